import Foundation
import Logging
import TovholderCore
import TovholderStorage

/// The `--large` demo home (500,000 notes), made once in `.build-bench/large.sqlite` and
/// reused; `large.sqlite.ready` marks a finished file. Benchmarks that write use a copy.
enum LargeDataset {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build-bench")
  static let url = folder.appendingPathComponent("large.sqlite")
  static let ready = folder.appendingPathComponent("large.sqlite.ready")
  static let options = AppDatabase.Options(
    logger: FileLogHandler(label: "bench", url: folder.appendingPathComponent("bench.log"))
      .map { handler in Logger(label: "bench") { _ in handler } } ?? Logger(label: "bench"))

  /// The cached file, made first when missing (about half a minute in release).
  static func ensure() throws -> URL {
    let files = FileManager.default
    if files.fileExists(atPath: ready.path) { return url }
    for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: url.path + suffix) }
    try files.createDirectory(at: folder, withIntermediateDirectories: true)
    do {
      let db = try AppDatabase.open(at: url, options: options)
      try DemoHome.create(in: db, size: .large)
    }
    files.createFile(atPath: ready.path, contents: Data())
    return url
  }

  /// The cached database itself (for benchmarks that only read).
  static func open() throws -> AppDatabase { try AppDatabase.open(at: ensure(), options: options) }

  /// A fresh copy of the cached database (for benchmarks that write).
  static func openCopy(_ name: String) throws -> AppDatabase {
    let source = try ensure()
    let copy = folder.appendingPathComponent("large-\(name).sqlite")
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy.path + suffix) }
    try FileManager.default.copyItem(at: source, to: copy)
    return try AppDatabase.open(at: copy, options: options)
  }

  static func signIn(_ db: AppDatabase, as user: String = "personale") throws -> Actor {
    try db.accounts.signIn(username: user, password: DemoHome.password)
  }
}
