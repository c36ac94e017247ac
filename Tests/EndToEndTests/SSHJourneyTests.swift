import Foundation
import Testing

/// Two workstations on one database over a real `sshd` (issue 19): the README's setup on a
/// loopback port, two `ssh -tt` clients in tmux signed in as two people; what one saves the
/// other's open screen shows, without a key pressed.
@Suite struct SSHJourneyTests {
  @Test func whatOneWorkstationSavesTheOtherSees() throws {
    let server: SSHServer
    do {
      server = try SSHServer(database: try DemoDatabase.copy())
    } catch let reason as SSHServer.CannotStart {
      try Test.cancel("sshd can't start on this machine, so the SSH journey is skipped: \(reason)")
    }
    defer { server.stop() }
    do {
      let day = try Tmux(program: server.clientCommand)
      let night = try Tmux(program: server.clientCommand)
      try day.signIn("personale")
      try night.signIn("leder")
      for tmux in [day, night] {
        try tmux.openMenu("Beboere")
        try tmux.pick("Anders Kæstel")
        try tmux.waitFor("Seneste notater")
        try tmux.keys("Tab")
        try tmux.waitFor("Skrevet")
      }

      let text = "Over SSH: Anders spiste æblegrød og så Ærø-filmen"
      try day.keys("C-n")
      try day.waitFor("Notat om Anders")
      try day.type(text)
      try day.keys("C-s")
      try day.waitFor("Notatet er gemt")
      // The leader's open Notes tab shows it on its own (the idle tick, within about 2 s).
      let seen = try night.waitFor("Over SSH: Anders spiste", timeout: 10)
      #expect(seen.contains("Mads Sørensen"))

      // And the other way round, onto the day's record overview this time.
      try day.keys("BTab")
      try day.waitFor("Seneste notater")
      try night.keys("C-n")
      try night.waitFor("Notat om Anders")
      try night.type("Lederen svarer: godt gået – øv dig på ø og å")
      try night.keys("C-s")
      try night.waitFor("Notatet er gemt")
      try day.waitFor("Lederen svarer: godt gået", timeout: 10)

      for tmux in [day, night] {
        try tmux.keys("C-c")
        try tmux.waitFor("EXIT=0")
      }
    }
    // The server's file holds both notes, and stayed owner-only for its account.
    let attributes = try FileManager.default.attributesOfItem(atPath: server.databasePath)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let count = try Spawn.run([
      "sqlite3", server.databasePath,
      "SELECT count(*) FROM note WHERE text LIKE 'Over SSH:%' OR text LIKE 'Lederen svarer:%'",
    ])
    #expect(count.out.trimmingCharacters(in: .whitespacesAndNewlines) == "2")
  }
}
