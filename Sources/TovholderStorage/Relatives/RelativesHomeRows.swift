import Foundation
import GRDB
import TovholderCore

/// A row of `relativesPolicy`: one adopted version of the home's relatives policy.
struct RelativesPolicyRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "relativesPolicy"

  var id: Int64?
  var number: Int
  var text: String
  var adoptedOn: CalendarDay
  var recordedBy: AccountID
  var recordedAt: Date

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `councilMember`.
struct CouncilMemberRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "councilMember"

  var id: Int64?
  var name: String
  var role: String
  var fromOn: CalendarDay
  var untilOn: CalendarDay?
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func member() throws -> CouncilMember {
    guard let id else { throw undecodable(nil) }
    return CouncilMember(id: id, name: name, role: role, fromOn: fromOn, untilOn: untilOn, version: version)
  }
}

/// A row of `councilMeeting`.
struct CouncilMeetingRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "councilMeeting"

  var id: Int64?
  var heldOn: CalendarDay
  var agenda: String
  var minutes: String
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func meeting() throws -> CouncilMeeting {
    guard let id else { throw undecodable(nil) }
    return CouncilMeeting(id: id, heldOn: heldOn, agenda: agenda, minutes: minutes, version: version)
  }
}

/// A row of `councilRequest`: what the council asked for and what became of it.
struct CouncilRequestRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "councilRequest"

  var id: Int64?
  var meetingId: Int64?
  var raisedOn: CalendarDay
  var text: String
  var status: CouncilRequestStatus = .open
  var outcome = ""
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  func request() throws -> CouncilRequest {
    guard let id else { throw undecodable(nil) }
    return CouncilRequest(
      id: id, meetingID: meetingId, raisedOn: raisedOn, text: text, status: status, outcome: outcome, version: version)
  }
}

/// A row of `volunteer`.
struct VolunteerRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "volunteer"

  var id: Int64?
  var name: String
  var helpsWith: String
  var phone: String?
  var email: String?
  var policeCheckOn: CalendarDay?
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  mutating func set(_ v: Volunteer) {
    name = v.name.trimmingCharacters(in: .whitespaces)
    helpsWith = v.helpsWith
    phone = RelativeRows.nonEmpty(v.phone)
    email = RelativeRows.nonEmpty(v.email)
    policeCheckOn = v.policeCheckOn
  }

  func volunteer() throws -> Volunteer {
    guard let id else { throw undecodable(nil) }
    return Volunteer(
      id: id, name: name, helpsWith: helpsWith, phone: phone, email: email, policeCheckOn: policeCheckOn,
      version: version)
  }
}
