import Foundation
import GRDB
import TovholderCore

// How Core's values are stored in a column. A stored text that isn't one (a day that doesn't
// exist, a CPR number with a bad date, an unknown code) fails to decode, so the record that
// holds it throws `StorageError.undecodable` instead of inventing a value.

/// `YYYY-MM-DD`.
extension CalendarDay: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { iso.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDay? {
    String.fromDatabaseValue(dbValue).flatMap(CalendarDay.init(iso:))
  }
}

/// The ten digits without a dash.
extension CPRNumber: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { digits.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CPRNumber? {
    String.fromDatabaseValue(dbValue).flatMap { try? CPRNumber($0) }
  }
}

extension Role: DatabaseValueConvertible {}
extension NoteKind: DatabaseValueConvertible {}
extension TimeCertainty: DatabaseValueConvertible {}
extension Consequence: DatabaseValueConvertible {}
extension Severity: DatabaseValueConvertible {}
extension IncidentStatus: DatabaseValueConvertible {}
extension RejectionReason: DatabaseValueConvertible {}
extension GoalStatus: DatabaseValueConvertible {}
extension FollowUpDecision: DatabaseValueConvertible {}
extension HealthConsent.Status: DatabaseValueConvertible {}
extension HealthConsent.Form: DatabaseValueConvertible {}
extension ForceForm.Kind: DatabaseValueConvertible {}
extension RiskLevel: DatabaseValueConvertible {}
extension Shift: DatabaseValueConvertible {}
extension ConsentForm: DatabaseValueConvertible {}
extension ContactKind: DatabaseValueConvertible {}
extension GuardianshipSection: DatabaseValueConvertible {}
extension CouncilRequestStatus: DatabaseValueConvertible {}
extension PreferredContact: DatabaseValueConvertible {}
