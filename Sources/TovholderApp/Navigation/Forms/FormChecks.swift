import Foundation
import TerminalUI
import TovholderCore

/// The checks every form gets from its fields' kinds: a required field must be filled, a date,
/// time or number must be one, and (as it is typed) a date, time or number field refuses
/// characters that can never make one.
enum FormChecks {
  /// "72,5", "-3", "1.5" → a number; nil when not one.
  static func number(_ text: String) -> Double? {
    let s = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
    guard !s.isEmpty, s.allSatisfy({ "0123456789.-".contains($0) }) else { return nil }
    return Double(s)
  }

  /// Words a date field accepts besides digits (see `DateInput`), without blanks.
  static let dateWords = ["idag", "igår", "igaar", "imorgen", "today", "yesterday", "tomorrow"]
  static let timeWords = ["nu", "now"]

  /// Whether `text` can still become a valid value of `kind` as more is typed.
  static func canBecome(_ kind: FieldKind, _ text: String) -> Bool {
    let s = text.lowercased().filter { $0 != " " && $0 != "\t" }
    switch kind {
    case .date:
      return s.allSatisfy { "0123456789.-/".contains($0) } || dateWords.contains { $0.hasPrefix(s) }
    case .time:
      var rest = Substring(s)
      if rest.hasPrefix("kl.") {
        rest = rest.dropFirst(3)
      } else if rest.hasPrefix("kl") {
        rest = rest.dropFirst(2)
      }
      return rest.allSatisfy { "0123456789:.,".contains($0) } || (timeWords + ["kl"]).contains { $0.hasPrefix(s) }
    case .number(let decimals, let range):
      let minus = (range?.lowerBound ?? -1) < 0
      return s.enumerated().allSatisfy { i, c in
        c.isASCIIDigit || (decimals > 0 && (c == "," || c == ".")) || (minus && c == "-" && i == 0)
      }
    default: return true
    }
  }

  /// The message for a field's value, or nil when it is acceptable.
  static func message<ID>(_ spec: FieldSpec<ID>, value: String, reading: FormReading<ID>, _ t: Texts) -> String? {
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return spec.isRequired ? spec.requiredMessage ?? t("form.required") : nil }
    switch spec.kind {
    case .date:
      if case .failure(let e) = DateInput.parse(trimmed, today: reading.today) {
        return DateMessages.describe(e, t)
      }
    case .time:
      if case .failure(let e) = TimeInput.parse(trimmed, now: reading.now) { return DateMessages.describe(e, t) }
    case .number(let decimals, let range):
      guard let n = number(trimmed) else { return t("form.error.number") }
      if decimals == 0, n != n.rounded() { return t("form.error.wholeNumber") }
      if let range, !range.contains(n) {
        return t("form.error.numberRange", format(range.lowerBound), format(range.upperBound))
      }
    case .text(let max), .secret(let max), .textArea(let max, _):
      if value.count > max { return t("form.error.tooLong", max) }
    default: break
    }
    return spec.validate?(value)
  }

  /// Shown under a date, time or number field when a key was refused.
  static func refusal(_ kind: FieldKind, _ t: Texts) -> String {
    switch kind {
    case .date: return t("form.refused.date")
    case .time: return t("form.refused.time")
    default: return t("form.refused.number")
    }
  }

  static func format(_ n: Double) -> String {
    n == n.rounded() ? String(Int(n)) : String(n).replacingOccurrences(of: ".", with: ",")
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
