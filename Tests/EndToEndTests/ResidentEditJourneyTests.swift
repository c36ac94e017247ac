import Foundation
import Testing

/// A leader edits a resident in the real program: the edit survives `kill -9` as a draft,
/// and saving it moves the resident out of the daily list.
@Suite struct ResidentEditJourneyTests {
  @Test func editSurvivesKillNineAndMovingOutLeavesTheDailyList() throws {
    let db = try DemoDatabase.copy()
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-home-\(UUID().uuidString)")
    do {
      let tmux = try Tmux(["--database", db.path, "--language", "da"], home: home)
      try tmux.signIn("leder")
      try tmux.keys("1")
      try tmux.waitFor("Indflyttet")
      try tmux.keys("F4")
      try tmux.waitFor("Ret beboer")
      try tmux.keys("C-e", "C-u")
      try tmux.type("Åse Ærø Zyxøl")
      try tmux.keys("Down", "Down", "Down", "Down")
      try tmux.type("i dag")
      try tmux.waitFor("i dag")
      try tmux.signalProgram("KILL")
      try tmux.waitFor("EXIT=137")
    }
    let again = try Tmux(["--database", db.path, "--language", "da"], home: home)
    let offered = try again.signIn("leder", expecting: "Kladder")
    #expect(offered.contains("Åse Ærø Zyxøl"))
    try again.keys("Enter")
    // The drafts list names the form too ("Ret beboer"): wait for the form's own save key.
    let form = try again.waitFor("Ctrl-S Gem")
    #expect(form.contains("Åse Ærø Zyxøl") && form.contains("i dag"))
    try again.keys("C-s")
    let saved = try again.waitFor("Beboerens oplysninger er gemt")
    if !saved.contains("Dagens liste") {
      try again.keys("Escape")
      try again.waitFor("Dagens liste")
    }
    // The menu is showing, so the Escape has been read on its own (never Escape + "1" as Alt-1).
    try again.keys("1")
    let list = try again.waitFor("Indflyttet")
    #expect(!list.contains("Zyxøl"))
    try again.keys("C-t")
    try again.waitFor("Zyxøl")
  }
}
