import Foundation
import Testing

/// The form engine's journeys in the real binary (issue 14), with the keys besides typed text
/// counted: a consent records exactly the kind chosen, F6 from a record starts with that
/// resident, Esc in an open list keeps the form, a draft is offered back and can be discarded,
/// and a form that does not fit shows what is hidden.
@Suite(.serialized) struct FormJourneyTests {
  /// Presses keys and counts them.
  final class Counter {
    let tmux: Tmux
    var keys = 0
    init(_ tmux: Tmux) { self.tmux = tmux }

    func press(_ names: String...) throws {
      keys += names.count
      for name in names { try tmux.keys(name) }
    }

    /// A letter that picks in a list (counted as a key, not as text).
    func letter(_ c: String) throws {
      keys += 1
      try tmux.type(c)
    }
  }

  /// The first resident's record, on its relatives tab, with one relative added.
  func relativeScreen(_ tmux: Tmux, relative: String) throws {
    try tmux.signIn("personale")
    try tmux.openMenu("Beboere")
    try tmux.waitFor("Indflyttet")
    try tmux.keys("Enter")
    try tmux.waitFor("Overblik")
    try tmux.press("Tab", until: "✓ samtykke", limit: 12)
    try tmux.keys("C-n")
    try tmux.waitFor("Foretrukken kontakt")
    try tmux.type(relative)
    try tmux.keys("C-s")
    try tmux.waitFor("\(relative) er tilføjet.")
    try tmux.type(relative)
    try tmux.keys("Enter")
    try tmux.waitFor("Giv samtykke")
  }

  /// The wrong consent: `Enter ↓ ↓ Enter` (Hverdag) `m Enter Ctrl-S` once recorded a
  /// consent to Økonomi, because the choice did not move on and "m" re-opened the list.
  @Test func aConsentForAChosenKindRecordsExactlyThatKind() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try relativeScreen(tmux, relative: "Åse Ågård")
    let count = Counter(tmux)
    try count.press("Enter")
    try tmux.waitFor("Slags oplysninger")
    try count.press("Enter", "Down", "Down")
    try tmux.waitFor("Hverdag")
    try count.press("Enter")  // picks Hverdag and moves on to "Givet"
    try count.letter("m")  // opens that list filtered: mundtligt
    try tmux.waitFor("mundtligt")
    try count.press("Enter", "C-s")
    try tmux.waitFor("Samtykke til Hverdag er registreret for Åse Ågård.")
    print("Consent of a chosen kind: \(count.keys) keys, opening the form included")
    #expect(count.keys == 8)
    let saved = try sqlite(
      db, "SELECT kindCode, form FROM relativeConsent WHERE relativeId = (SELECT id FROM relative WHERE name = 'Åse Ågård')")
    #expect(saved == "dailyLife|oral")
  }

  /// F6 on a resident's record starts with that resident: two keys besides the text. `j Esc`
  /// in the resident list closes only the list. Esc with text keeps a draft; F6 offers it back.
  @Test func quickLogFromARecordEscInAListAndTheDraftOffer() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try tmux.signIn("nattevagt")
    try tmux.openMenu("Beboere")
    try tmux.waitFor("Indflyttet")
    try tmux.type("Fatima")
    try tmux.waitFor("Filter: Fatima")
    try tmux.keys("Enter")
    try tmux.waitFor("Overblik")

    let count = Counter(tmux)
    try count.press("F6")
    let form = try tmux.waitFor("hurtig registrering")
    #expect(form.contains("Beboer *          Fatima Al-Sayed"))
    try tmux.type("Slog ud efter mig i gangen")
    try count.press("C-s")
    try tmux.waitFor("er gemt")
    print("F6 quick log from a record: \(count.keys) keys besides the text")
    #expect(count.keys == 2)
    #expect(try sqlite(db, "SELECT COUNT(*) FROM violentEpisode WHERE summary = 'Slog ud efter mig i gangen'") == "1")

    // Esc in the open list closes the list only.
    try tmux.press("Escape", until: "Risikotjek", limit: 4)
    try tmux.keys("F6")
    try tmux.waitFor("hurtig registrering")
    try tmux.type("j")
    try tmux.waitFor("┌ Beboer")
    try tmux.keys("Escape")
    try tmux.waitForAbsence("┌ Beboer")
    #expect(try tmux.screen().contains("Hvad skete der"))

    // A resident and some words, then Esc: a draft, and the message line says so.
    try tmux.type("fat")
    try tmux.keys("Enter")
    try tmux.type("Råbte om natten")
    try tmux.keys("Escape")
    try tmux.waitFor("gemt som kladde")
    try tmux.keys("F6")
    let offer = try tmux.waitFor("Fortsæt kladden")
    #expect(offer.contains("Råbte om natten") && offer.contains("Start en ny"))
    try tmux.keys("Enter")
    try tmux.waitFor("Råbte om natten")
    try tmux.keys("C-s")
    try tmux.waitFor("er gemt")
    #expect(try sqlite(db, "SELECT COUNT(*) FROM draft") == "0")
  }

  /// An abandoned form is a draft; when someone else has used the terminal in between, the
  /// next sign-in shows the drafts list with what, for whom, when and the first words; Delete
  /// asks, `j` discards; the sign-in after goes to the start screen. (The same person right
  /// after their own lock comes back to the form itself.)
  @Test func theDraftsListShowsWhatAndForWhomAndDiscardsAfterAsking() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try tmux.signIn("nattevagt")
    try tmux.keys("F6")
    try tmux.waitFor("hurtig registrering")
    try tmux.type("fat")
    try tmux.keys("Enter")
    try tmux.type("Smed en kop på gulvet")
    try tmux.keys("C-x")
    try tmux.signIn("personale")
    try tmux.keys("C-x")
    let list = try tmux.signIn("nattevagt", expecting: "Kladder")
    let row = try #require(list.split(separator: "\n").first { $0.contains("Fatima") }, "\(list)")
    #expect(row.contains("Voldsom episode") && row.contains(FakeTime.day(0)) && row.contains("Smed en kop"), "\(row)")
    try tmux.keys("DC")
    try tmux.waitFor("Kassér kladden »Voldsom episode")
    try tmux.type("j")
    try tmux.waitFor("Kladden er kasseret.")
    try tmux.waitFor("Ingen kladder.")
    try tmux.keys("C-x")
    try tmux.signIn("personale")
    try tmux.keys("C-x")
    let menu = try tmux.signIn("nattevagt")
    #expect(!menu.contains("Kladder"))
    #expect(try sqlite(db, "SELECT COUNT(*) FROM draft") == "0")
  }

  /// At 60×16 the note form opens with its first fields in sight; the UTH form, taller than
  /// the screen, marks that fields are hidden below (▼) and, further down, above (▲).
  @Test func formsThatDoNotFitScrollWithMarks() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try tmux.resize(width: 60, height: 16)
    try tmux.signIn("personale")
    try tmux.openMenu("Beboere")
    try tmux.waitFor("Indflyttet")
    try tmux.keys("Enter")
    try tmux.waitFor("Overblik")
    try tmux.press("Tab", until: "Nyt notat", limit: 3)
    try tmux.keys("C-n")
    let note = try tmux.waitFor("Notat *")
    #expect(note.contains("Slags *") && note.contains("Til overlevering"))
    try tmux.keys("Escape")
    try tmux.waitForAbsence("Notat *")
    try tmux.keys("F5")
    let top = try tmux.waitFor("Overskrift *")
    #expect(top.contains("▼") && !top.contains("▲"))
    for _ in 0..<12 { try tmux.keys("Tab") }
    let lower = try tmux.waitFor("▲")
    #expect(!lower.contains("Overskrift *"))
  }
}
