import Foundation

/// A demo database made once per test run with the real binary (`tovholder demo`, at the fake
/// time), copied for each test so tests never share a file. Everything lives in one folder of
/// this test process, removed when it exits.
enum DemoDatabase {
  /// `$TMPDIR/tvh-e2e-<pid>`.
  static var folder: URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("tvh-e2e-\(getpid())")
  }

  /// The demo every test copies, or why it could not be made.
  static let template: Result<URL, Tmux.Failure> = {
    atexit { try? FileManager.default.removeItem(at: DemoDatabase.folder) }
    let url = folder.appendingPathComponent("demo.sqlite")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let made = try runTovholder(["demo", "--database", url.path])
      guard made.status == 0 else {
        return .failure(
          Tmux.Failure(description: "`tovholder demo` failed (exit \(made.status)): \(made.err)\(made.out)"))
      }
      return .success(url)
    } catch {
      return .failure(Tmux.Failure(description: "could not make the demo database: \(error)"))
    }
  }()

  /// A fresh copy of the demo database in its own folder.
  static func copy() throws -> URL {
    let template = try template.get()
    let dir = folder.appendingPathComponent("db-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent("demo.sqlite")
    for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: template.path + suffix) {
      try FileManager.default.copyItem(atPath: template.path + suffix, toPath: url.path + suffix)
    }
    return url
  }
}
