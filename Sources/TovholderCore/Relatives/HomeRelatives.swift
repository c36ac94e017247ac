import Foundation

/// One adopted version of the home's relatives policy (pårørendepolitik).
public struct RelativesPolicyVersion: Hashable, Sendable, Identifiable {
  public var id: Int64
  /// 1, 2, 3 … in order of adoption.
  public var number: Int
  public var text: String
  public var adoptedOn: CalendarDay
  public var recordedByName: String

  public init(id: Int64, number: Int, text: String, adoptedOn: CalendarDay, recordedByName: String) {
    self.id = id
    self.number = number
    self.text = text
    self.adoptedOn = adoptedOn
    self.recordedByName = recordedByName
  }

  /// The version in force on `day`: the latest adopted on or before it.
  public static func inForce(_ versions: [RelativesPolicyVersion], on day: CalendarDay) -> RelativesPolicyVersion? {
    versions.filter { $0.adoptedOn <= day }.max { ($0.adoptedOn, $0.number) < ($1.adoptedOn, $1.number) }
  }
}

/// A member of the relatives council (pårørenderåd).
public struct CouncilMember: Hashable, Sendable, Identifiable {
  public var id: Int64
  public var name: String
  /// E.g. "pårørende, Hus A", "leder", "medarbejderrepræsentant".
  public var role: String
  public var fromOn: CalendarDay
  public var untilOn: CalendarDay?
  public var version: Int

  public init(id: Int64, name: String, role: String, fromOn: CalendarDay, untilOn: CalendarDay? = nil, version: Int = 1)
  {
    self.id = id
    self.name = name
    self.role = role
    self.fromOn = fromOn
    self.untilOn = untilOn
    self.version = version
  }

  public func isMember(on day: CalendarDay) -> Bool { fromOn <= day && untilOn.map { day <= $0 } ?? true }
}

/// A council meeting with its agenda and minutes.
public struct CouncilMeeting: Hashable, Sendable, Identifiable {
  public var id: Int64
  public var heldOn: CalendarDay
  public var agenda: String
  public var minutes: String
  public var version: Int

  public init(id: Int64, heldOn: CalendarDay, agenda: String, minutes: String = "", version: Int = 1) {
    self.id = id
    self.heldOn = heldOn
    self.agenda = agenda
    self.minutes = minutes
    self.version = version
  }
}

/// What became of something the council asked for. Stored by raw value.
public enum CouncilRequestStatus: String, CaseIterable, Sendable, Codable {
  case open, inProgress, done, declined
}

/// Something the council asked for, and what became of it.
public struct CouncilRequest: Hashable, Sendable, Identifiable {
  public var id: Int64
  public var meetingID: Int64?
  public var raisedOn: CalendarDay
  public var text: String
  public var status: CouncilRequestStatus
  public var outcome: String
  public var version: Int

  public init(
    id: Int64, meetingID: Int64?, raisedOn: CalendarDay, text: String, status: CouncilRequestStatus = .open,
    outcome: String = "", version: Int = 1
  ) {
    self.id = id
    self.meetingID = meetingID
    self.raisedOn = raisedOn
    self.text = text
    self.status = status
    self.outcome = outcome
    self.version = version
  }
}

/// A volunteer (frivillig) at the home.
public struct Volunteer: Hashable, Sendable, Identifiable {
  public var id: Int64
  public var name: String
  public var helpsWith: String
  public var phone: String?
  public var email: String?
  /// The date of the police record check (børne-/straffeattest); nil if not yet made.
  public var policeCheckOn: CalendarDay?
  public var version: Int

  public init(
    id: Int64, name: String, helpsWith: String, phone: String? = nil, email: String? = nil,
    policeCheckOn: CalendarDay? = nil, version: Int = 1
  ) {
    self.id = id
    self.name = name
    self.helpsWith = helpsWith
    self.phone = phone
    self.email = email
    self.policeCheckOn = policeCheckOn
    self.version = version
  }

  public func validate() throws(RelativesError) {
    try RelativeValidation.validate(name: name, phone: phone, email: email, address: nil, preferred: nil)
  }

  /// A check older than `years` (or none) should be renewed.
  public func policeCheckDue(on day: CalendarDay, years: Int = 3) -> Bool {
    guard let c = policeCheckOn else { return true }
    let renew = CalendarDay(year: c.year + years, month: c.month, day: min(c.day, 28)) ?? c
    return renew <= day
  }
}
