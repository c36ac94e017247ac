import Foundation

/// The detector for text that changes a key at a time: remembers what each sentence of the
/// last text raised, so a key typed into a long text (a 100 kB paste) re-scans only the
/// sentence it changed. Sentences end at a newline or at ". ", "! ", "? ": neither a CPR
/// number nor a name spans such a break, so the result is the whole text's.
///
///     var scanner = SensitiveTextScanner(detector: detector)
///     let found = scanner.scan(fieldText)   // on every change
public struct SensitiveTextScanner: Sendable {
  /// What a text raised: whether a CPR-shaped number, and which residents' names (in order).
  public struct Found: Hashable, Sendable {
    public var cprNumber = false
    public var names: [String] = []
    public var isEmpty: Bool { !cprNumber && names.isEmpty }

    public init(cprNumber: Bool = false, names: [String] = []) {
      self.cprNumber = cprNumber
      self.names = names
    }

    public mutating func add(_ other: Found) {
      cprNumber = cprNumber || other.cprNumber
      for n in other.names where !names.contains(n) { names.append(n) }
    }
  }

  public let detector: SensitiveTextDetector
  private var last: [Substring: Found] = [:]
  private var lastText = ""
  private var lastFound = Found()

  public init(detector: SensitiveTextDetector) { self.detector = detector }

  public mutating func scan(_ text: String) -> Found {
    if text == lastText { return lastFound }
    var found = Found()
    var seen: [Substring: Found] = [:]
    for sentence in Self.sentences(text) {
      let result: Found
      if let known = seen[sentence] ?? last[sentence] {
        result = known
      } else {
        result = Self.found(detector.warnings(in: String(sentence)))
      }
      seen[sentence] = result
      found.add(result)
    }
    last = seen
    lastText = text
    lastFound = found
    return found
  }

  static func found(_ warnings: [SensitiveTextWarning]) -> Found {
    var found = Found()
    for w in warnings {
      switch w.kind {
      case .cprNumber: found.cprNumber = true
      case .residentName(let n): if !found.names.contains(n) { found.names.append(n) }
      }
    }
    return found
  }

  /// The text cut after each newline and after ". ", "! ", "? " (by bytes: cheap on 100 kB).
  static func sentences(_ text: String) -> [Substring] {
    var out: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var previous: UInt8 = 0
    var i = utf8.startIndex
    while i != utf8.endIndex {
      let byte = utf8[i]
      let next = utf8.index(after: i)
      if byte == 0x0A || (byte == 0x20 && (previous == 0x2E || previous == 0x21 || previous == 0x3F)) {
        out.append(text[start..<next])
        start = next
      }
      previous = byte
      i = next
    }
    if start != utf8.endIndex { out.append(text[start..<utf8.endIndex]) }
    return out
  }
}
