import Foundation

public typealias RelativeID = Int64

/// How a relative prefers to be reached. Stored by raw value.
public enum PreferredContact: String, CaseIterable, Sendable, Codable {
  case phone, email, letter, visit, throughOthers
}

/// A person in the resident's network (pårørende): family, friend, or another the resident
/// chooses. A relative may have no way to be reached (some are reached through others).
public struct Relative: Hashable, Sendable, Identifiable {
  public var id: RelativeID
  public var residentID: ResidentID
  public var name: String
  /// In the resident's words: "søster", "ven", "nabo".
  public var relation: String
  public var phone: String?
  public var email: String?
  public var address: String?
  public var preferredContact: PreferredContact?
  public var notes: String
  /// The resident has chosen this person as part of their network.
  public var chosenByResident: Bool
  public var version: Int

  public init(
    id: RelativeID, residentID: ResidentID, name: String, relation: String, phone: String? = nil,
    email: String? = nil, address: String? = nil, preferredContact: PreferredContact? = nil,
    notes: String = "", chosenByResident: Bool = true, version: Int = 1
  ) {
    self.id = id
    self.residentID = residentID
    self.name = name
    self.relation = relation
    self.phone = phone
    self.email = email
    self.address = address
    self.preferredContact = preferredContact
    self.notes = notes
    self.chosenByResident = chosenByResident
    self.version = version
  }

  /// Checks name, phone, e-mail and that the preferred way is one they can be reached by.
  public func validate() throws(RelativesError) {
    try RelativeValidation.validate(
      name: name, phone: phone, email: email, address: address, preferred: preferredContact)
  }
}

/// What is needed to add a relative to a resident's network.
public struct NewRelative: Sendable {
  public var residentID: ResidentID
  public var name: String
  public var relation: String
  public var phone: String?
  public var email: String?
  public var address: String?
  public var preferredContact: PreferredContact?
  public var notes: String
  public var chosenByResident: Bool

  public init(
    residentID: ResidentID, name: String, relation: String, phone: String? = nil, email: String? = nil,
    address: String? = nil, preferredContact: PreferredContact? = nil, notes: String = "",
    chosenByResident: Bool = true
  ) {
    self.residentID = residentID
    self.name = name
    self.relation = relation
    self.phone = phone
    self.email = email
    self.address = address
    self.preferredContact = preferredContact
    self.notes = notes
    self.chosenByResident = chosenByResident
  }

  public func validate() throws(RelativesError) {
    try RelativeValidation.validate(
      name: name, phone: phone, email: email, address: address, preferred: preferredContact)
  }
}

public enum RelativeValidation {
  public static func validate(
    name: String, phone: String?, email: String?, address: String?, preferred: PreferredContact?
  ) throws(RelativesError) {
    if name.trimmed.isEmpty { throw .emptyName }
    if let phone, !phone.trimmed.isEmpty, !ContactFormat.isPhone(phone) { throw .invalidPhone }
    if let email, !email.trimmed.isEmpty, !ContactFormat.isEmail(email) { throw .invalidEmail }
    switch preferred {
    case .phone? where phone?.trimmed.isEmpty ?? true: throw .preferredContactMissing
    case .email? where email?.trimmed.isEmpty ?? true: throw .preferredContactMissing
    case .letter? where address?.trimmed.isEmpty ?? true: throw .preferredContactMissing
    default: break
    }
  }
}

/// What a phone number and an e-mail address can look like.
public enum ContactFormat {
  /// Digits with optional spaces, dashes, dots and parentheses, an optional leading `+`;
  /// 3 to 15 digits (3 for short numbers such as 112, 15 by ITU E.164).
  public static func isPhone(_ text: String) -> Bool {
    let s = text.trimmed
    var digits = 0
    var plus = false
    for c in s {
      if c.isASCII, c.isNumber {
        digits += 1
      } else if c == "+" {
        // Only one, before the first digit: "+45 …" or "(+45) …".
        if plus || digits > 0 { return false }
        plus = true
      } else if !" -.()".contains(c) {
        return false
      }
    }
    return (3...15).contains(digits)
  }

  /// `local@domain.tld`: one `@`, no spaces, a domain of labels separated by dots with a
  /// top-level label of at least two letters.
  public static func isEmail(_ text: String) -> Bool {
    let s = text.trimmed
    let parts = s.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64, s.count <= 254,
      !s.contains(where: { $0.isWhitespace || $0.isNewline }),
      !parts[0].hasPrefix("."), !parts[0].hasSuffix("."), !parts[0].contains("..")
    else { return false }
    let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") }),
      let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
    else { return false }
    return labels.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
  }
}

extension String {
  fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
