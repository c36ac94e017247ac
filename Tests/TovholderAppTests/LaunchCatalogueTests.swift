import Foundation
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// A broken catalogue stops the program at start with the file and the fault named, in the
/// user's language, and the database is not opened.
@Suite struct LaunchCatalogueTests {
  @Test(arguments: [Language.da, .en]) func brokenCatalogueStopsTheStart(_ language: Language) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tovholder-launch-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("incidents-categories.json")
    try Data(#"{"version": "x", "categories": []}"#.utf8).write(to: file)
    let database = folder.appendingPathComponent("db.sqlite")
    let result = Launcher.openDatabase(
      .init(language: language, databasePath: database.path, configDirectory: folder.path))
    guard case .failure(let failure) = result else {
      Issue.record("opened despite a broken catalogue")
      return
    }
    #expect(failure.code == 3)
    #expect(failure.message.contains(file.path))
    #expect(failure.message.contains("empty"))
    #expect(failure.message.contains(language == .da ? "Kataloget" : "The catalogue"))
    #expect(!FileManager.default.fileExists(atPath: database.path))
  }

  @Test func aHomesOwnCategoriesReachTheScreens() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tovholder-launch-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let own =
      #"{"version": "eget", "categories": [{"code": "fald", "name": "Fald i haven", "nameEnglish": "Fall", "isMedicine": false, "allowsBatchReport": true}]}"#
    try Data(own.utf8).write(to: folder.appendingPathComponent("incidents-categories.json"))
    let result = Launcher.openDatabase(
      .init(
        language: .da, databasePath: folder.appendingPathComponent("db.sqlite").path, configDirectory: folder.path))
    let db = try result.get()
    #expect(db.catalogues.incidents.categories.map(\.name) == ["Fald i haven"])
  }
}
