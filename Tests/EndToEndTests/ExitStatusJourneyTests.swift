import Foundation
import Testing

/// The command line's exit status, as the man page lists it: 0 ok, 2 usage, 3 refused or
/// cannot open, 4 integrity; the reason on standard error in the user's language.
@Suite struct ExitStatusJourneyTests {
  /// The environment with a config folder of this test's own.
  func environment(config: URL) -> [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["XDG_CONFIG_HOME"] = config.path
    env["XDG_STATE_HOME"] = config.path
    env["LANG"] = "da_DK.UTF-8"
    return env
  }

  @Test func usageRefusedIntegrityAndOK() throws {
    let db = try DemoDatabase.copy()
    let config = db.deletingLastPathComponent().appendingPathComponent("config")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    var env = environment(config: config)
    env["TOVHOLDER_PASSWORD"] = "demo1234"
    let export = ["export", "incidents", "--database", db.path, "--user", "leder"]

    let badDay = try runTovholder(export + ["--from", "31-02-2026"], environment: env)
    #expect(badDay.status == 2)
    #expect(badDay.err.contains("--from"))
    let reversed = try runTovholder(export + ["--from", "2026-05-01", "--to", "2026-01-01"], environment: env)
    #expect(reversed.status == 2)
    #expect(reversed.err.contains("--from ligger efter --to"))
    let onCommandLine = try runTovholder(export + ["--password", "demo1234"], environment: env)
    #expect(onCommandLine.status == 2)
    var wrong = env
    wrong["TOVHOLDER_PASSWORD"] = "forkert"
    let wrongPassword = try runTovholder(export, environment: wrong)
    #expect(wrongPassword.status == 3)
    #expect(wrongPassword.err.hasPrefix("tovholder: "))

    let check = try runTovholder(["check", "--database", db.path], environment: env)
    #expect(check.status == 0)
    _ = try Spawn.run([
      "sqlite3", db.path,
      "DROP TRIGGER auditLog_noUpdate; UPDATE auditLog SET actorName = 'Nogen' WHERE id = 3;",
    ])
    let broken = try runTovholder(["audit", "verify", "--database", db.path], environment: env)
    #expect(broken.status == 4)
    #expect(broken.err.contains("3"))
  }

  @Test func aBrokenCatalogueStopsTheStartNamingTheFile() throws {
    let db = try DemoDatabase.copy()
    let config = db.deletingLastPathComponent().appendingPathComponent("config")
    let folder = config.appendingPathComponent("tovholder")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("episodes-risk-checklist.json")
    try Data("{ ikke json".utf8).write(to: file)
    let result = try runTovholder(["check", "--database", db.path], environment: environment(config: config))
    #expect(result.status == 3)
    #expect(result.err.contains(file.path))
    #expect(result.err.contains("Kataloget"))
  }
}
