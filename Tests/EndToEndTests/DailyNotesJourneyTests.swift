import Foundation
import Testing

/// Issue 4's journeys: the daily note, search, lock and switching person, and a note that
/// survives `kill -9`.
@Suite struct DailyNotesJourneyTests {
  @Test func noteSearchLockAndSwitchPerson() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path, "--language", "da"])
    try tmux.signIn("personale")
    try tmux.keys("1")
    try tmux.waitFor("Indflyttet")
    try tmux.type("Anders")
    try tmux.waitFor("Filter: Anders")
    try tmux.keys("Enter")
    try tmux.waitFor("Seneste notater")
    try tmux.keys("Tab")
    try tmux.waitFor("Skrevet")
    try tmux.keys("C-n")
    try tmux.waitFor("Notat om Anders")
    try tmux.type("Hjalp med æblegrøden, sang Ærø-sangen og gik en tur ved åen")
    try tmux.keys("C-s")
    try tmux.waitFor("Notatet er gemt")
    try tmux.waitFor("Hjalp med æblegrøden")

    try tmux.keys("C-f")
    try tmux.waitFor("Søg:")
    try tmux.type("æblegrø ærø")
    let found = try tmux.waitFor("Anders Kæstel (")
    #expect(found.contains("æblegrøden"))

    try tmux.keys("C-x")
    try tmux.waitFor("Skærmen er låst")
    try tmux.signIn("leder")
    let menu = try tmux.screen()
    #expect(menu.contains("Lene Holm") || menu.contains("Hovedmenu"))
    #expect(!menu.contains("Mads Sørensen"))
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }

  @Test func killNineWhileTypingKeepsTheDraft() throws {
    let db = try DemoDatabase.copy()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-home-\(UUID().uuidString)")
    let text = "Natten: Bjørn vågnede 02:40, rolig efter 10 min – ÆØÅ æøå"
    do {
      let tmux = try Tmux(["--database", db.path], home: home)
      try tmux.signIn("nattevagt")
      try tmux.keys("1")
      try tmux.waitFor("Indflyttet")
      try tmux.keys("Enter")
      try tmux.waitFor("Seneste notater")
      try tmux.keys("Tab", "C-n")
      try tmux.waitFor("Notat om")
      try tmux.type(text)
      try tmux.waitFor("æøå")
      try tmux.signalProgram("KILL")
      try tmux.waitFor("EXIT=137")
    }
    let again = try Tmux(["--database", db.path], home: home)
    let offered = try again.signIn("nattevagt", expecting: "Kladder")
    #expect(offered.contains("Natten: Bjørn"))
    try again.keys("Enter")
    // The drafts list shows the text cut short; the whole of it is on the form only.
    try again.waitFor(text)
  }
}

@Suite struct IdleLockTests {
  @Test func theScreenLocksItselfWhenNobodyTypes() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path, "--idle-lock", "0.05"])
    try tmux.signIn("personale")
    try tmux.waitFor("Skærmen er låst", timeout: 30)
    // The header changes first; the rest of the screen (the menu, the name) must follow.
    try tmux.waitForAbsence("Mads Sørensen")
    try tmux.waitFor("Brugernavn")
  }
}
