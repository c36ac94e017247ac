import Foundation

/// Something in free text that should not be there: a resident's name or a CPR-shaped
/// number. The text is never changed; the reporter sees the warning and decides.
public struct SensitiveTextWarning: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// Ten digits shaped like `DDMMYY-SSSS` (also with a space or nothing in between).
    case cprNumber
    /// A word that is a name (or part of the name) of a resident of the home.
    case residentName(String)
  }

  public var kind: Kind
  /// Where in the text, for highlighting.
  public var range: Range<String.Index>
}

/// Finds residents' names and CPR-shaped numbers in free text, for a visible warning.
///
/// Names: each part of a resident's name of two letters or more (first, middle and last
/// names) matched as a whole word, regardless of case, where the word in the text begins
/// with a capital letter — so "Bo" the name is found, "bo" the verb is not.
public struct SensitiveTextDetector: Sendable {
  private let nameParts: [String: String]

  /// `residentNames`: the names of the home's residents (current and former).
  public init(residentNames: [String]) {
    var parts: [String: String] = [:]
    for name in residentNames {
      for part in name.split(whereSeparator: { $0.isWhitespace || $0 == "-" }) where part.count >= 2 {
        parts[Self.fold(part), default: String(part)] = String(part)
      }
    }
    nameParts = parts
  }

  public func warnings(in text: String) -> [SensitiveTextWarning] {
    (cprNumbers(in: text) + names(in: text)).sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// True if the text raises any warning.
  public func hasWarnings(_ text: String) -> Bool { !warnings(in: text).isEmpty }

  func cprNumbers(in text: String) -> [SensitiveTextWarning] {
    var found: [SensitiveTextWarning] = []
    let chars = Array(text.indices)
    var i = 0
    func isDigit(_ k: Int) -> Bool { k >= 0 && k < chars.count && text[chars[k]].isASCII && text[chars[k]].isNumber }
    while i < chars.count {
      guard isDigit(i), !isDigit(i - 1) else {
        i += 1
        continue
      }
      var j = i
      while isDigit(j) { j += 1 }
      var end: Int? = nil
      if j - i == 10 {
        end = j
      } else if j - i == 6, j < chars.count, text[chars[j]] == "-" || text[chars[j]] == " " {
        var k = j + 1
        while isDigit(k) { k += 1 }
        if k - j - 1 == 4 { end = k }
      }
      if let end {
        let upper = end < chars.count ? chars[end] : text.endIndex
        found.append(SensitiveTextWarning(kind: .cprNumber, range: chars[i]..<upper))
        i = end
      } else {
        i = j
      }
    }
    return found
  }

  func names(in text: String) -> [SensitiveTextWarning] {
    guard !nameParts.isEmpty else { return [] }
    var found: [SensitiveTextWarning] = []
    var start: String.Index? = nil
    func flush(_ end: String.Index) {
      guard let s = start else { return }
      let word = text[s..<end]
      if let first = word.first, first.isUppercase, let name = nameParts[Self.fold(word)] {
        found.append(SensitiveTextWarning(kind: .residentName(name), range: s..<end))
      }
      start = nil
    }
    var i = text.startIndex
    while i < text.endIndex {
      if text[i].isLetter {
        if start == nil { start = i }
      } else {
        flush(i)
      }
      i = text.index(after: i)
    }
    flush(text.endIndex)
    return found
  }

  private static func fold<S: StringProtocol>(_ s: S) -> String { s.lowercased() }
}
