import Foundation
import Testing

/// The UTH journey in the real binary: `personale` registers an event with æøå, `leder`
/// reviews and closes it, `personale` sees the feedback; the CSV export reads back.
@Suite(.serialized) struct IncidentsJourneyTests {
  /// The number in front of a main-menu line.
  func menuNumber(_ screen: String, _ title: String) throws -> String {
    let line = try #require(screen.split(separator: "\n").first { $0.contains(title) })
    return String(try #require(line.split(separator: " ").first))
  }

  @Test func registerReviewCloseFeedbackAndExport() throws {
    let db = try DemoDatabase.copy()
    let headline = "Fald ved bruseren – æøå ÆØÅ"

    // The reporter registers from the residents list with F5. Non-text keys are counted,
    // letters that choose in a list too; the resident's name letters are counted apart.
    var keys = 0
    var nameLetters = 0
    do {
      let tmux = try Tmux(["--database", db.path])
      try tmux.signIn("personale")
      let menu = try tmux.screen()
      try tmux.type(try menuNumber(menu, "Beboere"))
      let list = try tmux.waitFor("Hovedmenu › Beboere")
      // A resident of one of the reporter's two units: the first on the list, by first name.
      let firstName = try #require(residentFirstName(list))
      func press(_ names: String...) throws {
        keys += names.count
        for name in names { try tmux.keys(name) }
      }
      func choose(_ letters: String) throws {
        keys += letters.count
        try tmux.type(letters)
      }
      try press("F5")
      try tmux.waitFor("Overskrift *")
      try tmux.type(headline)
      try press("Tab")
      try choose("f")
      try press("Enter")  // Fald, and on to the place
      try tmux.type("Badeværelset")
      try press("Tab")
      nameLetters = firstName.count
      try tmux.type(firstName)
      try press("Enter")  // the resident decides the unit: on to the actual consequence
      try choose("m")
      try press("Enter")  // Mild
      try choose("mo")
      try press("Enter")  // Moderat
      try tmux.waitFor("Alvorlighed: Lettere")
      try tmux.type("Gled på det våde gulv; rejste sig selv. Søren så det.")
      try press("C-s")
      try tmux.waitFor("er registreret")
      try tmux.keys("C-c")
      try tmux.waitFor("EXIT=0")
    }
    // Issue 15: at most 12 keys besides the text (18 before: the time fields and the unit
    // stood between the place and the consequences).
    #expect(keys <= 12)
    print("UTH registration: \(keys) keys besides the typed text and \(nameLetters) name letters")

    // The leader opens the queue (oldest first: the new event is last), reviews and closes.
    do {
      let tmux = try Tmux(["--database", db.path])
      try tmux.signIn("leder")
      try tmux.type(try menuNumber(try tmux.screen(), "UTH-kø"))
      try tmux.waitFor("Alvorlighed")
      try tmux.keys("End", "Enter")
      try tmux.waitFor("Mads Sørensen")
      try tmux.keys("F7")
      try tmux.waitFor("Analyse *")
      try tmux.type("Vådt gulv og ingen måtte – æøå.")
      try tmux.keys("Tab")
      try tmux.type("Køb skridsikker måtte; Teamleder; 31-12-2099")
      try tmux.keys("Tab")
      try tmux.type("Tak for indberetningen – vi har købt en måtte. Æblegrød!")
      try tmux.keys("C-s")
      // Closing can't be undone: one question, answered yes.
      try tmux.waitFor("Afslut UTH nr.")
      try tmux.type("j")
      try tmux.waitFor("Sagen er afsluttet")
      try tmux.keys("C-c")
      try tmux.waitFor("EXIT=0")
    }

    // The reporter sees the status and the feedback.
    do {
      let tmux = try Tmux(["--database", db.path])
      try tmux.signIn("personale")
      try tmux.type(try menuNumber(try tmux.screen(), "Mine UTH'er"))
      let list = try tmux.waitFor(headline)
      #expect(list.contains("Afsluttet"))
      try tmux.keys("Enter")
      let shown = try tmux.waitFor("Æblegrød!")
      #expect(shown.contains("Køb skridsikker måtte – Teamleder, senest 31-12-2099"))
      try tmux.keys("C-c")
      try tmux.waitFor("EXIT=0")
    }

    // Export as CSV and read it back; no reporter name in it.
    let out = db.deletingLastPathComponent().appendingPathComponent("uth.csv")
    let (code, _) = try run([
      "export", "incidents", "--database", db.path, "--user", "leder", "--from", "01-01-2000", "--output", out.path,
    ])
    #expect(code == 0)
    let csv = try String(contentsOf: out, encoding: .utf8)
    #expect(csv.contains(headline))
    #expect(!csv.contains("Mads Sørensen"))
    let header = try #require(csv.split(separator: "\r\n").first)
    #expect(header.contains("Hændelsesdato;") && header.contains(";Overskrift;"))
    let row = try #require(csv.split(separator: "\r\n").first { $0.contains(headline) })
    #expect(row.contains("\"Gled på det våde gulv; rejste sig selv. Søren så det.\""))

    let (bad, message) = try run([
      "export", "incidents", "--database", db.path, "--user", "leder", "--from", "31-02-2026",
    ])
    #expect(bad != 0)
    #expect(message.contains("31-02-2026"))
  }

  /// The first word of the first resident's name on the residents list (the column after
  /// the mark column), read from the screen.
  func residentFirstName(_ screen: String) -> String? {
    let rows = screen.split(separator: "\n").dropFirst(3)
    for row in rows {
      let words = row.split(separator: " ").filter { $0.first?.isLetter == true && $0.first?.isUppercase == true }
      if let word = words.first, word.count > 2 { return String(word) }
    }
    return nil
  }

  func run(_ arguments: [String]) throws -> (Int32, String) {
    let environment = ProcessInfo.processInfo.environment.merging(["TOVHOLDER_PASSWORD": "demo1234"]) { $1 }
    let result = try runTovholder(arguments, environment: environment)
    return (result.status, result.err)
  }

  /// The leader filters the queue with F9 at 60×16, and Esc clears the filter.
  @Test func leaderFiltersTheQueueAtSixtyColumns() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try tmux.signIn("leder")
    try tmux.type(try menuNumber(try tmux.screen(), "UTH-kø"))
    try tmux.waitFor("Filter: åbne · alle afdelinger · alle kategorier · alle grader")
    try tmux.resize(width: 60, height: 16)
    try tmux.waitForAbsence("alle grader")
    try tmux.waitFor("F9 Filter")
    // Category: the fourth in the catalogue is Fald.
    try tmux.keys("F9", "Right", "Right", "Down", "Down", "Down", "Down")
    try tmux.waitFor("Filter: åbne · alle afdelinger · Fald · alle grader")
    try tmux.waitFor("↑↓ skift")
    try tmux.keys("Enter")
    let filtered = try tmux.waitFor("Enter Åbn")
    let rows = filtered.split(separator: "\n").dropFirst(3).dropLast(3).filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }
    #expect(rows.allSatisfy { $0.contains("Fald") })
    try tmux.keys("Escape")
    try tmux.waitFor("Filteret er ryddet")
    try tmux.waitForAbsence("· Fald ·")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }
}
