import Foundation
import Testing

/// Issue 15: `tovholder forms list` shows each force form's version, where it comes from and
/// whether its wording is verified; `forms load` checks a newer file, names what changed, is
/// refused to anyone but an admin, and the loaded version is the one in use afterwards.
@Suite struct FormsCommandTests {
  static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Resources/catalogues/episodes/episodes-force-skema1.json")

  func run(_ arguments: [String]) throws -> (Int32, String, String) {
    let environment = ProcessInfo.processInfo.environment.merging(["TOVHOLDER_PASSWORD": "demo1234"]) { $1 }
    let r = try runTovholder(arguments, environment: environment)
    return (r.status, r.out, r.err)
  }

  /// The shipped Skema 1 with a new version and its first field relabelled.
  func newerSkema1(in folder: URL) throws -> URL {
    let data = try Data(contentsOf: Self.shipped)
    var form = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    form["version"] = "2026-02 (Åbenrå-prøve)"
    var sections = try #require(form["sections"] as? [[String: Any]])
    var fields = try #require(sections[0]["fields"] as? [[String: Any]])
    fields[0]["label"] = "Tilbuddets fulde navn"
    sections[0]["fields"] = fields
    form["sections"] = sections
    let url = folder.appendingPathComponent("skema1-ny.json")
    try JSONSerialization.data(withJSONObject: form, options: [.prettyPrinted]).write(to: url)
    return url
  }

  @Test func listShowsProvenanceAndLoadNamesTheChangeAndPutsTheNewVersionInUse() throws {
    let db = try DemoDatabase.copy()
    let (listed, before, err) = try run(["forms", "list", "--database", db.path])
    #expect(listed == 0, "\(err)")
    #expect(before.contains("Skema 1: Indberetning af akutte indgreb"))
    #expect(before.contains("indbygget") && before.contains("i brug") && before.contains("ordlyd ikke verificeret"))
    #expect(!before.contains("2026-02"))

    let file = try newerSkema1(in: db.deletingLastPathComponent())
    let (refused, _, _) = try run(["forms", "load", file.path, "--database", db.path, "--user", "personale"])
    #expect(refused != 0)
    let (loaded, out, loadErr) = try run(["forms", "load", file.path, "--database", db.path, "--user", "admin"])
    #expect(loaded == 0, "\(loadErr)")
    #expect(out.contains("version 2026-02 (Åbenrå-prøve) er indlæst"))
    #expect(out.contains("\"Tilbuddets navn\" hedder nu \"Tilbuddets fulde navn\""))

    let (_, after, _) = try run(["forms", "list", "--database", db.path])
    let line = try #require(after.split(separator: "\n").first { $0.contains("2026-02") })
    #expect(line.contains("indlæst") && line.contains("Admin") && line.contains("i brug"))
    let (again, same, _) = try run(["forms", "load", file.path, "--database", db.path, "--user", "admin"])
    #expect(again == 0 && same.contains("er allerede i brug"))
  }
}
