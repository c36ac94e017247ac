import Foundation
import Logging

/// A swift-log handler appending one line per message to a file readable by the owner only,
/// by default `$XDG_STATE_HOME/tovholder/tovholder.log` (fallback `~/.local/state`).
///
/// Rule: log messages carry event kinds and ids only, never names, CPR numbers or note
/// text. Storage logs through `StorageLog`, whose events cannot carry text; as a second
/// line of defence this handler replaces anything shaped like a CPR number.
public struct FileLogHandler: LogHandler {
  public var metadata: Logger.Metadata = [:]
  public var logLevel: Logger.Level = .info
  let label: String
  let sink: Sink

  /// Opens (creating 0600, folder 0700) the log file; nil if it cannot be opened.
  public init?(label: String, url: URL) {
    guard let sink = Sink(url: url) else { return nil }
    self.label = label
    self.sink = sink
  }

  public static func defaultURL(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    AppDatabase.xdgDirectory("XDG_STATE_HOME", fallback: ".local/state", environment: environment)
      .appendingPathComponent("tovholder.log")
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var all = metadata
    if let extra = event.metadata { all.merge(extra) { _, new in new } }
    let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    let time = ISO8601DateFormatter().string(from: Date())
    let line = "\(time) \(event.level) \(label): \(event.message)\(fields.isEmpty ? "" : " " + fields)"
    sink.write(LogScrubber.scrub(line) + "\n")
  }

  final class Sink: @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NSLock()

    init?(url: URL) {
      let folder = url.deletingLastPathComponent()
      try? FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      let fd = open(url.path, O_WRONLY | O_CREAT | O_APPEND, 0o600)
      guard fd >= 0 else { return nil }
      fchmod(fd, 0o600)
      handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    func write(_ text: String) {
      lock.lock()
      defer { lock.unlock() }
      try? handle.write(contentsOf: Data(text.utf8))
    }
  }
}

/// Replaces CPR-shaped digit runs (`DDMMYY-SSSS` or ten digits) with a marker.
public enum LogScrubber {
  public static func scrub(_ text: String) -> String {
    text.replacing(/\d{6}-?\d{4}/, with: "[cpr]")
  }

  /// True if `text` contains anything shaped like a CPR number.
  public static func containsCPRShape(_ text: String) -> Bool {
    text.contains(/\d{6}-?\d{4}/)
  }
}
