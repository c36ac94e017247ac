import Foundation

/// The resident's consent for health matters (sundhedsloven §18): staff may handle and pass
/// on health information to the GP and other health professionals. Recorded per resident
/// as a history; the newest entry is the current state.
public struct HealthConsent: Hashable, Sendable {
  public enum Status: String, Sendable, CaseIterable, Codable {
    case given, refused, withdrawn
  }

  public enum Form: String, Sendable, CaseIterable, Codable {
    case oral, written
  }

  public var status: Status
  public var form: Form
  /// The day the resident gave, refused or withdrew it.
  public var day: CalendarDay
  /// Who gave it if not the resident (e.g. the guardian) and any limits.
  public var note: String
  public var recordedByName: String
  public var recordedAt: Date

  public init(
    status: Status, form: Form, day: CalendarDay, note: String = "", recordedByName: String = "",
    recordedAt: Date = Date(timeIntervalSince1970: 0)
  ) {
    self.status = status
    self.form = form
    self.day = day
    self.note = note
    self.recordedByName = recordedByName
    self.recordedAt = recordedAt
  }

  public var allowsSharing: Bool { status == .given }

  public static let maxNoteLength = 500
}

/// Parsing what a user types into a number field: Danish decimal comma or a point.
public enum HealthEntry {
  /// `"74,5"` → 74.5; nil for empty or non-numbers (thousands separators are not accepted).
  public static func number(_ text: String) -> Double? {
    let t = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
    guard !t.isEmpty, t.filter({ $0 == "." }).count <= 1,
      t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") })
    else { return nil }
    return Double(t)
  }

  /// A number for display with `decimals` places and a Danish comma: 74.5 → "74,5".
  public static func format(_ value: Double, decimals: Int, language: String = "da") -> String {
    let s = String(format: "%.\(max(0, decimals))f", value)
    return language == "en" ? s : s.replacingOccurrences(of: ".", with: ",")
  }
}
