import Foundation
import Logging
import TovholderCore

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
  let clock: Clock

  /// Opens (creating 0600, folder 0700) the log file; nil if it cannot be opened.
  public init?(label: String, url: URL, clock: Clock = .system) {
    guard let sink = Sink(url: url) else { return nil }
    self.label = label
    self.sink = sink
    self.clock = clock
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
    let time = FileLogHandler.utcTimestamp(clock())
    let line = "\(time) \(event.level) \(label): \(event.message)\(fields.isEmpty ? "" : " " + fields)"
    sink.write(LogScrubber.scrub(line) + "\n")
  }

  /// `2026-11-24T12:39:29Z`, as ISO8601DateFormatter writes it, without loading ICU's locale data.
  static func utcTimestamp(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .gmt
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ n: Int?) -> String { (n ?? 0) < 10 ? "0\(n ?? 0)" : "\(n ?? 0)" }
    return "\(c.year ?? 0)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))Z"
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
///
/// A hand-written scan rather than a regex literal: Swift's regex engine costs about 1.5 MB
/// of memory once loaded, for one pattern.
public enum LogScrubber {
  public static func scrub(_ text: String) -> String {
    let chars = Array(text)
    var out = ""
    var i = 0
    while i < chars.count {
      if let length = cprLength(chars, at: i) {
        out += "[cpr]"
        i += length
      } else {
        out.append(chars[i])
        i += 1
      }
    }
    return out
  }

  /// True if `text` contains anything shaped like a CPR number.
  public static func containsCPRShape(_ text: String) -> Bool {
    let chars = Array(text)
    return chars.indices.contains { cprLength(chars, at: $0) != nil }
  }

  /// The length of the CPR-shaped run starting at `i` (11 with the dash, 10 without), if any.
  private static func cprLength(_ chars: [Character], at i: Int) -> Int? {
    func digits(_ from: Int, _ count: Int) -> Bool {
      from + count <= chars.count && chars[from..<from + count].allSatisfy(isDigit)
    }
    guard digits(i, 6) else { return nil }
    if i + 6 < chars.count, chars[i + 6] == "-", digits(i + 7, 4) { return 11 }
    return digits(i + 6, 4) ? 10 : nil
  }

  private static func isDigit(_ c: Character) -> Bool {
    c.unicodeScalars.count == 1 && c.unicodeScalars.first?.properties.numericType == .decimal
  }
}
