import Foundation

/// A Danish CPR number, `DDMMYY-SSSS`. The date part must be a real date (the century
/// follows from the 7th digit); there is deliberately no modulus-11 check, since numbers
/// issued since 2007 may fail it.
public struct CPRNumber: Hashable, Sendable {
  /// The ten digits without a dash.
  public let digits: String
  /// The birth date encoded in the number.
  public let birthDate: CalendarDay

  /// Accepts `DDMMYY-SSSS` or `DDMMYYSSSS`, with surrounding whitespace ignored.
  public init(_ text: String) throws(CPRError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { throw .empty }
    var chars = Array(trimmed)
    if chars.count == 11 {
      guard chars[6] == "-" else { throw .invalidFormat }
      chars.remove(at: 6)
    }
    guard chars.count == 10, chars.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw .invalidFormat
    }
    let n = chars.map { Int(String($0))! }
    let day = n[0] * 10 + n[1]
    let month = n[2] * 10 + n[3]
    let yy = n[4] * 10 + n[5]
    let year = CPRNumber.century(yearOfCentury: yy, seventhDigit: n[6]) + yy
    guard let date = CalendarDay(year: year, month: month, day: day) else {
      throw .invalidDate(day: day, month: month, year: year)
    }
    self.digits = String(chars)
    self.birthDate = date
  }

  /// The Danish rule: the first digit of the serial part selects the century.
  static func century(yearOfCentury yy: Int, seventhDigit d: Int) -> Int {
    switch d {
    case 0...3: return 1900
    case 4, 9: return yy <= 36 ? 2000 : 1900
    default: return yy <= 57 ? 2000 : 1800
    }
  }

  /// `DDMMYY-SSSS`.
  public var formatted: String {
    String(digits.prefix(6)) + "-" + String(digits.suffix(4))
  }

  /// `DDMMYY-••••`: what the screen shows unless the user asks to see the number.
  public var masked: String {
    String(digits.prefix(6)) + "-••••"
  }
}

/// Why a text is not a CPR number. The app turns each case into a message.
public enum CPRError: Error, Equatable, Sendable {
  case empty
  /// Not ten digits with an optional dash after the sixth.
  case invalidFormat
  /// The date part is not a real date (century already applied to `year`).
  case invalidDate(day: Int, month: Int, year: Int)
}

/// As its ten digits; decoding checks the number like `init(_:)`.
extension CPRNumber: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    do {
      try self.init(try container.decode(String.self))
    } catch let error as CPRError {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a CPR number: \(error)")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(digits)
  }
}
