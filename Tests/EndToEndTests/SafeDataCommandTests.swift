import Foundation
import Testing

/// Issue 17 on the command line: checks change nothing and find tampering, exports are
/// 0600 and carry no formula or escape sequence, and passwords never go on the command line.
@Suite struct SafeDataCommandTests {
  let password = ProcessInfo.processInfo.environment.merging(["TOVHOLDER_PASSWORD": "demo1234", "LANG": "da_DK.UTF-8"])
  {
    $1
  }

  func sha(_ url: URL) -> String { (try? Spawn.run(["sha256sum", url.path]).out) ?? "" }

  @Test func checksRefuseAMissingOrEmptyFileAndCreateNothing() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-check-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let typo = folder.appendingPathComponent("tpyo/home.sqlite")
    for command in [["check"], ["audit", "verify"], ["audit", "anchor"]] {
      let result = try runTovholder(command + ["--database", typo.path], environment: password)
      #expect(result.status == 3)
      #expect(result.err.contains(typo.path))
      #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let empty = folder.appendingPathComponent("empty.sqlite")
    _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
    let result = try runTovholder(["check", "--database", empty.path], environment: password)
    #expect(result.status == 3)
    #expect(result.err.contains("tom"))
    #expect(FileManager.default.contents(atPath: empty.path) == Data())
  }

  /// The file's checksum is the same after every check; an export (a real change: its
  /// audit row) is the only thing that moves it; the anchor printed before still verifies;
  /// a note edited with sqlite3 and a dropped trigger are named, exit 4.
  @Test func checksLeaveTheFileByteIdenticalAndFindTampering() throws {
    let db = try DemoDatabase.copy()
    _ = try runTovholder(["backup", db.path + ".bak", "--database", db.path])  // settles a copied file once
    let before = sha(db)
    var compared = 0
    for command in [["check"], ["audit", "verify"], ["audit", "anchor"], ["check"]] {
      let result = try runTovholder(command + ["--database", db.path], environment: password)
      #expect(result.status == 0, "\(command): \(result.err)")
      #expect(sha(db) == before, "\(command) changed the file")
      compared += 1
    }
    #expect(compared == 4)
    let anchor = try runTovholder(["audit", "anchor", "--database", db.path]).out
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(anchor.range(of: #"^[0-9]+:[0-9a-f]{64}$"#, options: .regularExpression) != nil)
    let export = try runTovholder(
      ["export", "plan", "1", "--user", "personale", "--database", db.path], environment: password)
    #expect(export.status == 0)
    let verified = try runTovholder(["audit", "verify", "--anchor", anchor, "--database", db.path])
    #expect(verified.status == 0)
    #expect(verified.out.contains("Ankeret er stadig i loggen"))
    let forged = try runTovholder([
      "audit", "verify", "--anchor", "3:" + String(repeating: "a", count: 64), "--database", db.path,
    ])
    #expect(forged.status == 4)

    // A note saved through the program, then edited with sqlite3.
    let tmux = try Tmux(["--database", db.path])
    try tmux.signIn("personale")
    try tmux.keys("1")
    try tmux.waitFor("Indflyttet")
    try tmux.keys("Enter")
    try tmux.waitFor("Seneste notater")
    try tmux.keys("Tab", "C-n")
    try tmux.waitFor("Notat om")
    try tmux.type("Rolig aften")
    try tmux.keys("C-s")
    try tmux.waitFor("Notatet er gemt")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
    let id = try sqlite(db, "SELECT max(id) FROM note")
    #expect(try runTovholder(["check", "--database", db.path]).status == 0)
    _ = try sqlite(db, "UPDATE note SET text = 'Urolig aften' WHERE id = \(id)")
    let changed = try runTovholder(["check", "--database", db.path])
    #expect(changed.status == 4)
    #expect(changed.out.contains("Rækken note \(id) er ændret uden om programmet"))
    _ = try sqlite(db, "DROP TRIGGER auditLog_noDelete")
    let dropped = try runTovholder(["check", "--database", db.path])
    #expect(dropped.status == 4)
    #expect(dropped.out.contains("auditLog_noDelete mangler"))
  }

  /// Exports are 0600 under umask 022, CSV cells cannot run as formulas, and escape
  /// sequences in the data reach neither the file nor the terminal.
  @Test func exportsArePrivateAndInert() throws {
    let db = try DemoDatabase.copy()
    let id = try sqlite(db, "SELECT min(id) FROM incident")
    _ = try sqlite(
      db,
      "UPDATE incident SET headline = '=HYPERLINK(\"http://x\";\"klik\")', place = '@SUM(1+1)', course = '+1+cmd|x' || char(27) || ']0;pwned' || char(7) WHERE id = \(id)"
    )
    _ = try sqlite(
      db, "UPDATE plan SET wish = 'Ønske' || char(27) || '[2J' || char(8238) || 'slut' WHERE residentId = 1")
    let out = db.deletingLastPathComponent().appendingPathComponent("uth.csv")
    let script =
      "umask 022; exec \(Tmux.quote(Tmux.binary)) export incidents --user leder --from 01-01-2000 --include-rejected --database \(Tmux.quote(db.path)) --output \(Tmux.quote(out.path))"
    let home = DemoDatabase.folder.appendingPathComponent("home").path
    let result = try Spawn.run(
      ["sh", "-c", script], environment: password.merging(["HOME": home, "XDG_STATE_HOME": home + "/state"]) { $1 })
    #expect(result.status == 0, "\(result.err)")
    let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let csv = try String(contentsOf: out, encoding: .utf8)
    #expect(!csv.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    for cell in csv.split(separator: ";").map({ $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }) {
      #expect(!cell.hasPrefix("=") && !cell.hasPrefix("@") && !cell.hasPrefix("+"), "\(cell)")
    }
    #expect(csv.contains("'=HYPERLINK"))
    let plan = try runTovholder(
      ["export", "plan", "1", "--format", "text", "--user", "personale", "--database", db.path], environment: password)
    #expect(plan.status == 0)
    #expect(!plan.out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    #expect(plan.out.contains("Ønske␛[2J[U+202E]slut"))
  }

  @Test func passwordsNeverOnTheCommandLine() throws {
    let db = try DemoDatabase.copy()
    let refused = try runTovholder(
      ["export", "plan", "1", "--user", "personale", "--password", "demo1234", "--database", db.path],
      environment: ["LANG": "da_DK.UTF-8", "PATH": "/usr/bin:/bin"])
    #expect(refused.status == 2)
    #expect(refused.err.contains("ps"))
    let none = try runTovholder(
      ["export", "plan", "1", "--user", "personale", "--database", db.path], environment: ["LANG": "da_DK.UTF-8"])
    #expect(none.status == 2)
    #expect(none.err.contains("--password-file"))
    // From a file that only its owner may read.
    let file = db.deletingLastPathComponent().appendingPathComponent("kode")
    _ = FileManager.default.createFile(
      atPath: file.path, contents: Data("demo1234\n".utf8), attributes: [.posixPermissions: 0o644])
    let open = try runTovholder([
      "export", "plan", "1", "--user", "personale", "--password-file", file.path, "--database", db.path,
    ])
    #expect(open.status == 2)
    #expect(open.err.contains("chmod 600"))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    let fromFile = try runTovholder([
      "export", "plan", "1", "--user", "personale", "--password-file", file.path, "--database", db.path,
    ])
    #expect(fromFile.status == 0)
    #expect(fromFile.out.contains("Statusrapport"))
    // A real and an unknown user name get the same answer, exit 3.
    let wrong = try runTovholder(
      ["export", "plan", "1", "--user", "personale", "--database", db.path],
      environment: ["TOVHOLDER_PASSWORD": "forkert", "LANG": "da_DK.UTF-8"])
    let unknown = try runTovholder(
      ["export", "plan", "1", "--user", "ingen", "--database", db.path],
      environment: ["TOVHOLDER_PASSWORD": "forkert", "LANG": "da_DK.UTF-8"])
    #expect(wrong.status == 3 && unknown.status == 3)
    #expect(wrong.err == unknown.err)
    // Another unit's resident and one that does not exist: one answer.
    let cpr = try sqlite(
      db,
      "SELECT cpr FROM resident WHERE unitId NOT IN (SELECT unitId FROM accountUnit WHERE accountId = (SELECT id FROM account WHERE username = 'personale')) LIMIT 1"
    )
    #expect(cpr.count == 10)
    let notMine = try runTovholder(
      ["export", "plan", cpr, "--user", "personale", "--database", db.path], environment: password)
    let missing = try runTovholder(
      ["export", "plan", "9999", "--user", "personale", "--database", db.path], environment: password)
    #expect(notMine.err == missing.err)
  }

  /// At a terminal the password is asked for without echo.
  @Test func thePasswordIsReadFromTheTerminalWithoutEcho() throws {
    let db = try DemoDatabase.copy()
    let report = db.deletingLastPathComponent().appendingPathComponent("plan.md")
    let tmux = try Tmux(["export", "plan", "1", "--user", "personale", "--database", db.path, "-o", report.path])
    try tmux.waitFor("Adgangskode for personale:")
    try tmux.type("demo1234")
    try tmux.keys("Enter")
    let screen = try tmux.waitFor("EXIT=0")
    #expect(!screen.contains("demo1234"))
    #expect(try String(contentsOf: report, encoding: .utf8).contains("Statusrapport"))
  }
}
