import Foundation

public typealias ConsentID = Int64

/// How a consent was given. Stored by raw value.
public enum ConsentForm: String, CaseIterable, Sendable, Codable {
  case oral, written
}

/// Who gave the consent: the resident, or (sundhedsloven § 18, værgemålsloven § 5) a guardian
/// whose scope covers the kind, on behalf of a resident who cannot consent.
public enum ConsentGiver: Hashable, Sendable {
  case resident
  case guardian(GuardianshipID)
}

/// Permission for one relative to be told one kind of information (samtykke). Specific,
/// dated, oral or written, may end on a date, and may be withdrawn; a withdrawn consent is
/// kept with its withdrawal, never deleted.
public struct Consent: Hashable, Sendable, Identifiable {
  public var id: ConsentID
  public var residentID: ResidentID
  public var relativeID: RelativeID
  public var kindCode: String
  public var givenOn: CalendarDay
  public var form: ConsentForm
  public var givenBy: ConsentGiver
  public var recordedByID: AccountID
  public var recordedByName: String
  /// The last day the consent covers, if it was given for a time.
  public var endsOn: CalendarDay?
  /// The day it was withdrawn: it no longer covers that day or later.
  public var withdrawnOn: CalendarDay?
  public var withdrawnByName: String?
  public var note: String

  public init(
    id: ConsentID, residentID: ResidentID, relativeID: RelativeID, kindCode: String,
    givenOn: CalendarDay, form: ConsentForm, givenBy: ConsentGiver = .resident, recordedByID: AccountID,
    recordedByName: String, endsOn: CalendarDay? = nil, withdrawnOn: CalendarDay? = nil,
    withdrawnByName: String? = nil, note: String = ""
  ) {
    self.id = id
    self.residentID = residentID
    self.relativeID = relativeID
    self.kindCode = kindCode
    self.givenOn = givenOn
    self.form = form
    self.givenBy = givenBy
    self.recordedByID = recordedByID
    self.recordedByName = recordedByName
    self.endsOn = endsOn
    self.withdrawnOn = withdrawnOn
    self.withdrawnByName = withdrawnByName
    self.note = note
  }

  /// Where the consent stands on `day`.
  public func status(on day: CalendarDay) -> ConsentStatus {
    if let withdrawnOn, withdrawnOn <= day { return .withdrawn(on: withdrawnOn) }
    if day < givenOn { return .notYetGiven(from: givenOn) }
    if let endsOn, endsOn < day { return .expired(on: endsOn) }
    return .active
  }

  public func isActive(on day: CalendarDay) -> Bool { status(on: day) == .active }
}

public enum ConsentStatus: Hashable, Sendable {
  case active
  case notYetGiven(from: CalendarDay)
  case expired(on: CalendarDay)
  case withdrawn(on: CalendarDay)
}

/// What is needed to record a consent.
public struct NewConsent: Sendable {
  public var residentID: ResidentID
  public var relativeID: RelativeID
  public var kindCode: String
  public var givenOn: CalendarDay
  public var form: ConsentForm
  public var givenBy: ConsentGiver
  public var endsOn: CalendarDay?
  public var note: String

  public init(
    residentID: ResidentID, relativeID: RelativeID, kindCode: String, givenOn: CalendarDay,
    form: ConsentForm, givenBy: ConsentGiver = .resident, endsOn: CalendarDay? = nil, note: String = ""
  ) {
    self.residentID = residentID
    self.relativeID = relativeID
    self.kindCode = kindCode
    self.givenOn = givenOn
    self.form = form
    self.givenBy = givenBy
    self.endsOn = endsOn
    self.note = note
  }

  /// The kind must be in the catalogue, the end not before the start, and a consent given
  /// by a guardian needs that guardian's active guardianship to cover the kind on the day.
  public func validate(catalogue: InformationKindCatalogue, guardianships: [Guardianship])
    throws(RelativesError)
  {
    guard let kind = catalogue.kind(kindCode) else { throw .unknownInformationKind(kindCode) }
    if let endsOn, endsOn < givenOn { throw .consentEndsBeforeStart }
    if case .guardian(let id) = givenBy {
      guard let g = guardianships.first(where: { $0.id == id }), g.residentID == residentID,
        g.covers(kind, on: givenOn)
      else { throw .consentGiverNotGuardian }
    }
  }
}

extension Consent {
  /// Withdrawal on `day`: not before the consent was given, and only once.
  public static func validateWithdrawal(of consent: Consent, on day: CalendarDay) throws(RelativesError) {
    if consent.withdrawnOn != nil || day < consent.givenOn { throw .invalidWithdrawal }
  }
}
