import Foundation

public typealias GuardianshipID = Int64

/// The section of værgemålsloven the court's decision is under. Stored by raw value.
public enum GuardianshipSection: String, CaseIterable, Sendable, Codable {
  /// § 5: economic and/or personal matters, often limited to named matters.
  case section5 = "5"
  /// § 6: with loss of legal capacity (economic matters).
  case section6 = "6"
  /// § 7: co-guardianship; the resident keeps their own legal capacity.
  case section7 = "7"
}

/// The part of a person's affairs a guardianship covers. Stored by raw value.
public enum GuardianshipArea: String, CaseIterable, Sendable, Codable {
  case economic, personal
}

/// Who the guardian is: one of the resident's relatives, or an outside person.
public enum Guardian: Hashable, Sendable {
  case relative(RelativeID)
  case outside(name: String, contact: String)
}

/// A court-appointed guardianship (værgemål) and its scope.
public struct Guardianship: Hashable, Sendable, Identifiable {
  public var id: GuardianshipID
  public var residentID: ResidentID
  public var guardian: Guardian
  public var section: GuardianshipSection
  public var areas: Set<GuardianshipArea>
  /// The named matters it is limited to, in the decision's words; empty when not limited.
  public var namedMatters: [String]
  /// When limited to named matters: the information kinds those matters touch. Nil covers
  /// every kind of its areas.
  public var limitedToKinds: Set<String>?
  public var decidedOn: CalendarDay
  public var endsOn: CalendarDay?
  public var version: Int

  public init(
    id: GuardianshipID, residentID: ResidentID, guardian: Guardian, section: GuardianshipSection,
    areas: Set<GuardianshipArea>, namedMatters: [String] = [], limitedToKinds: Set<String>? = nil,
    decidedOn: CalendarDay, endsOn: CalendarDay? = nil, version: Int = 1
  ) {
    self.id = id
    self.residentID = residentID
    self.guardian = guardian
    self.section = section
    self.areas = areas
    self.namedMatters = namedMatters
    self.limitedToKinds = limitedToKinds
    self.decidedOn = decidedOn
    self.endsOn = endsOn
    self.version = version
  }

  /// In force from the decision date up to and including the end date.
  public func isActive(on day: CalendarDay) -> Bool {
    decidedOn <= day && endsOn.map { day <= $0 } ?? true
  }

  /// The scope covers `kind` (whatever the date).
  public func scopeCovers(_ kind: InformationKind) -> Bool {
    guard areas.contains(kind.guardianArea) else { return false }
    return limitedToKinds.map { $0.contains(kind.code) } ?? true
  }

  /// In force on `day` and covering `kind`.
  public func covers(_ kind: InformationKind, on day: CalendarDay) -> Bool {
    isActive(on: day) && scopeCovers(kind)
  }

  public func isGuardian(_ relativeID: RelativeID) -> Bool { guardian == .relative(relativeID) }

  public func validate() throws(RelativesError) {
    try GuardianshipValidation.validate(
      guardian: guardian, section: section, areas: areas, decidedOn: decidedOn, endsOn: endsOn)
  }
}

public enum GuardianshipValidation {
  public static func validate(
    guardian: Guardian, section: GuardianshipSection, areas: Set<GuardianshipArea>,
    decidedOn: CalendarDay, endsOn: CalendarDay?
  ) throws(RelativesError) {
    if case .outside(let name, _) = guardian, name.trimmingCharacters(in: .whitespaces).isEmpty {
      throw .guardianMissing
    }
    if areas.isEmpty { throw .guardianshipWithoutArea }
    if section == .section6, !areas.contains(.economic) { throw .section6WithoutEconomy }
    if let endsOn, endsOn < decidedOn { throw .guardianshipEndsBeforeDecision }
  }
}

/// What is needed to record a guardianship.
public struct NewGuardianship: Sendable {
  public var residentID: ResidentID
  public var guardian: Guardian
  public var section: GuardianshipSection
  public var areas: Set<GuardianshipArea>
  public var namedMatters: [String]
  public var limitedToKinds: Set<String>?
  public var decidedOn: CalendarDay
  public var endsOn: CalendarDay?

  public init(
    residentID: ResidentID, guardian: Guardian, section: GuardianshipSection, areas: Set<GuardianshipArea>,
    namedMatters: [String] = [], limitedToKinds: Set<String>? = nil, decidedOn: CalendarDay,
    endsOn: CalendarDay? = nil
  ) {
    self.residentID = residentID
    self.guardian = guardian
    self.section = section
    self.areas = areas
    self.namedMatters = namedMatters
    self.limitedToKinds = limitedToKinds
    self.decidedOn = decidedOn
    self.endsOn = endsOn
  }

  public func validate() throws(RelativesError) {
    try GuardianshipValidation.validate(
      guardian: guardian, section: section, areas: areas, decidedOn: decidedOn, endsOn: endsOn)
  }
}
