import Foundation
import Testing

/// Issue 15, moment 2 at a locked terminal: the night worker locked the screen; after the
/// episode she logs it from the lock screen with F6, gives her password on saving, and the
/// episode and its audit row are hers. Keys besides the name letters, the text and the
/// password are counted.
@Suite(.serialized) struct LockedQuickLogJourneyTests {
  @Test func f6OnTheLockedScreenSavesTheLogAsTheNightWorkersInFourKeys() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try tmux.signIn("nattevagt")
    try tmux.keys("C-x")
    let locked = try tmux.waitFor("Skærmen er låst")
    #expect(locked.contains("F6"))

    var keys = 0
    func key(_ name: String) throws {
      keys += 1
      try tmux.keys(name)
    }
    let text = "slog mig i armen i køkkenet, rolig efter 10 min – æøå"
    try key("F6")
    try tmux.waitFor("Beboer (bogstaver)")
    try tmux.type("fat")
    try key("Enter")
    try tmux.type(text)
    try key("Tab")
    try tmux.type("demo1234")
    try key("Enter")
    let saved = try tmux.waitFor("er gemt af Sofie Ærenlund")
    print("Quick log from the locked screen: \(keys) keys besides the name letters, the text and the password")
    #expect(keys <= 4)
    // Still locked: nobody is signed in, the lock screen asks for a user name.
    #expect(saved.contains("Skærmen er låst"))

    let reporter = try sqlite(
      db,
      "SELECT a.username FROM violentEpisode e JOIN account a ON a.id = e.reporterId WHERE e.summary = '\(text)'")
    #expect(reporter == "nattevagt")
    let author = try sqlite(
      db,
      """
      SELECT a.username FROM auditLog l JOIN account a ON a.id = l.actorId WHERE l.action = 'episode.create'
      AND l.subjectId = (SELECT id FROM violentEpisode WHERE summary = '\(text)')
      """)
    #expect(author == "nattevagt")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }

  /// The terminal is killed (-9) while the log is half typed under the lock: nothing is lost.
  /// When the night worker signs in on another terminal it is offered as her draft, and it
  /// opens with the resident the letters named.
  @Test func aLogHalfTypedUnderTheLockSurvivesKillMinus9() throws {
    let db = try DemoDatabase.copy()
    let text = "trak kniven frem i køkkenet – Ærø"
    do {
      let tmux = try Tmux(["--database", db.path])
      try tmux.waitFor("Log ind")
      try tmux.keys("F6")
      try tmux.waitFor("før log ind")
      try tmux.type("nattevagt")
      try tmux.keys("Enter")
      try tmux.type("fat")
      try tmux.keys("Enter")
      try tmux.type(text)
      try tmux.waitFor("Ærø")
      try tmux.signalProgram("KILL")
      try tmux.waitFor("EXIT=137")
    }
    let again = try Tmux(["--database", db.path])
    let offered = try again.signIn("nattevagt", expecting: "Kladder")
    #expect(offered.contains("trak kniven"))
    try again.keys("Enter")
    let form = try again.waitFor(text)
    #expect(form.contains("Fatima Al-Sayed"))
    try again.keys("C-s")
    try again.waitFor("er gemt")
    #expect(try sqlite(db, "SELECT COUNT(*) FROM violentEpisode WHERE summary = '\(text)'") == "1")
    #expect(try sqlite(db, "SELECT COUNT(*) FROM draft WHERE payload LIKE '%trak kniven%'") == "0")
  }
}
