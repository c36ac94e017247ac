import Foundation
import Testing

/// Issue 20 on the command line, run as the binary on a copy of the demo home: the full copy
/// (JSON to a 0600 file, text, the schema), the access log with its period, a relative's
/// digest logged on the contact log, and a retention run after which `check` still passes.
@Suite struct RightsCommandTests {
  let environment = ProcessInfo.processInfo.environment.merging([
    "TOVHOLDER_PASSWORD": "demo1234", "LANG": "da_DK.UTF-8",
  ]) { $1 }

  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test func theFullCopyIsWrittenOwnerOnlyAndTheAccessLogShowsIt() throws {
    let db = try DemoDatabase.copy()
    let file = db.deletingLastPathComponent().appendingPathComponent("kopi.json").path
    let json = try runTovholder(
      ["export", "resident", "1", "--format", "json", "--output", file, "--user", "leder", "--database", db.path],
      environment: environment)
    #expect(json.status == 0, "\(json.err)")
    #expect(try mode(file) == 0o600)
    let copy = try JSONSerialization.jsonObject(with: try Data(contentsOf: URL(fileURLWithPath: file)))
    let tables = (copy as? [String: Any])?["tables"] as? [String: Any]
    #expect((tables?["resident"] as? [Any])?.count == 1)
    #expect(tables?["note"] != nil && tables?["plan"] != nil && tables?["contactLog"] != nil)

    let text = try runTovholder(
      ["export", "resident", "1", "--format", "text", "--user", "leder", "--database", db.path],
      environment: environment)
    #expect(text.status == 0 && text.out.contains("har registreret om"))
    let schema = try runTovholder(["export", "resident", "--schema", "--user", "leder"], environment: environment)
    #expect(schema.status == 0 && schema.out.contains("json-schema.org"))

    // Staff may not take the copy; the refusal says so and writes no file.
    let refused = db.deletingLastPathComponent().appendingPathComponent("nej.json").path
    let staff = try runTovholder(
      ["export", "resident", "1", "--output", refused, "--user", "personale", "--database", db.path],
      environment: environment)
    #expect(staff.status == 3)
    #expect(!FileManager.default.fileExists(atPath: refused))

    let log = try runTovholder(
      ["access-log", "1", "--from", "2026-12-01", "--user", "leder", "--database", db.path], environment: environment)
    #expect(log.status == 0, "\(log.err)")
    #expect(log.out.contains("Lavede en fuld kopi af alle oplysninger"))
    let before = try runTovholder(
      ["access-log", "1", "--to", "2000-01-01", "--user", "leder", "--database", db.path], environment: environment)
    #expect(before.status == 0 && before.out.contains("Ingen har set eller ændret noget"))
  }

  @Test func aDigestForARelativeIsLoggedOnTheContactLog() throws {
    let db = try DemoDatabase.copy()
    // A relative with a consent in force, so the digest has something it may give.
    let pair = try sqlite(
      db,
      """
      SELECT residentId || ' ' || relativeId FROM relativeConsent
      WHERE withdrawnOn IS NULL AND (endsOn IS NULL OR endsOn >= '2026-12-03') ORDER BY id LIMIT 1
      """
    ).split(separator: " ").map(String.init)
    try #require(pair.count == 2, "the demo has no consent in force")
    let (resident, relative) = (pair[0], pair[1])
    let logged = try sqlite(db, "SELECT count(*) FROM contactLog WHERE residentId = \(resident)")
    let file = db.deletingLastPathComponent().appendingPathComponent("sammendrag.txt").path
    let digest = try runTovholder(
      [
        "export", "relative-digest", resident, "--for-relative", relative, "--output", file, "--user", "leder",
        "--database", db.path,
      ], environment: environment)
    #expect(digest.status == 0, "\(digest.err)")
    #expect(try mode(file) == 0o600)
    #expect(digest.err.contains("Logget i kontaktloggen"))
    #expect(
      try sqlite(db, "SELECT count(*) FROM contactLog WHERE residentId = \(resident)") == String((Int(logged) ?? 0) + 1)
    )
  }

  @Test func aRetentionRunKeepsCheckWhole() throws {
    let db = try DemoDatabase.copy()
    let unset = try runTovholder(
      ["retention", "--dry-run", "--user", "admin", "--database", db.path], environment: environment)
    #expect(unset.status == 0 && unset.out.contains("Ingen periode for"))
    let set = try runTovholder(
      ["retention", "set", "notes", "1 år", "--rule", "Prøve", "--user", "admin", "--database", db.path],
      environment: environment)
    #expect(set.status == 0, "\(set.err)")
    let dry = try runTovholder(
      ["retention", "--dry-run", "--user", "leder", "--database", db.path], environment: environment)
    #expect(dry.status == 0)
    #expect(dry.out.contains("Slet med --apply") || dry.out.contains("Intet skal slettes i dag"))
    let leader = try runTovholder(
      ["retention", "--apply", "--user", "leder", "--database", db.path], environment: environment)
    #expect(leader.status == 3, "only an admin deletes")
    let applied = try runTovholder(
      ["retention", "--apply", "--user", "admin", "--database", db.path], environment: environment)
    #expect(applied.status == 0, "\(applied.err)")
    #expect(applied.out.contains("Slettet for") || applied.out.contains("Intet var forfaldent"))
    let check = try runTovholder(["check", "--database", db.path], environment: environment)
    #expect(check.status == 0, "\(check.out)")
    let both = try runTovholder(["retention", "--user", "admin", "--database", db.path], environment: environment)
    #expect(both.status == 2, "neither --dry-run nor --apply is a usage error")
  }
}
