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

    // The reporter registers from the residents list with F5. Non-text keys are counted.
    var keys = 0
    do {
      let tmux = try Tmux(["--database", db.path])
      try tmux.signIn("personale")
      let menu = try tmux.screen()
      try tmux.type(try menuNumber(menu, "Beboere"))
      try tmux.waitFor("Hovedmenu › Beboere")
      func press(_ names: String...) throws {
        keys += names.count
        for name in names { try tmux.keys(name) }
      }
      try press("F5")
      try tmux.waitFor("Overskrift *")
      try tmux.type(headline)
      try press("Tab")
      try tmux.type("f")
      keys += 1
      try press("Enter", "Tab", "Tab", "Tab")
      try tmux.type("Badeværelset")
      try press("Tab", "Tab", "Tab", "Right", "Right", "Tab", "Right", "Right", "Right")
      try tmux.waitFor("Alvorlighed: Lettere")
      try press("Tab")
      try tmux.type("Gled på det våde gulv; rejste sig selv. Søren så det.")
      try press("C-s")
      try tmux.waitFor("er registreret")
      try tmux.keys("C-c")
      try tmux.waitFor("EXIT=0")
    }
    #expect(keys == 18)
    print("UTH registration: \(keys) keys besides the typed text")

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
