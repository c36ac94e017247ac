import Foundation
import GRDB
import TovholderCore

/// Look-ups of the relatives tables inside a transaction (the caller checks access and audits).
enum RelativeRows {
  static func nonEmpty(_ s: String?) -> String? {
    guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
    return t
  }

  static func relatives(_ db: Database, residentID: ResidentID) throws -> [Relative] {
    let request: SQLRequest<RelativeRow> = """
      SELECT * FROM relative WHERE residentId = \(residentID) ORDER BY name COLLATE danish, id
      """
    return try request.fetchAll(db).map { try $0.relative() }
  }

  static func fetchRelative(_ db: Database, id: RelativeID) throws -> Relative? {
    try RelativeRow.fetchOne(db, key: id)?.relative()
  }

  static func consents(_ db: Database, residentID: ResidentID) throws -> [Consent] {
    let request: SQLRequest<RelativeConsentRow.WithNames> = """
      SELECT \(RelativeConsentRow.WithNames.select) WHERE c.residentId = \(residentID) ORDER BY c.givenOn, c.id
      """
    return try request.fetchAll(db).map { try $0.consent() }
  }

  static func fetchConsent(_ db: Database, id: ConsentID) throws -> Consent? {
    let request: SQLRequest<RelativeConsentRow.WithNames> = """
      SELECT \(RelativeConsentRow.WithNames.select) WHERE c.id = \(id)
      """
    return try request.fetchOne(db)?.consent()
  }

  static func guardianships(_ db: Database, residentID: ResidentID) throws -> [Guardianship] {
    try GuardianshipRow.filter(Column("residentId") == residentID).order(Column("decidedOn"), Column("id"))
      .fetchAll(db).map { try $0.guardianship() }
  }

  static func fetchGuardianship(_ db: Database, id: GuardianshipID) throws -> Guardianship? {
    try GuardianshipRow.fetchOne(db, key: id)?.guardianship()
  }

  static func fetchContact(_ db: Database, id: ContactLogEntryID) throws -> ContactLogEntry? {
    let request: SQLRequest<ContactLogRow.WithNames> = "SELECT \(ContactLogRow.WithNames.select) WHERE l.id = \(id)"
    return try request.fetchOne(db)?.entry()
  }
}

/// A row of `relative`: a person in a resident's network.
struct RelativeRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "relative"

  var id: RelativeID?
  var residentId: ResidentID
  var name: String
  var relation: String
  var phone: String?
  var email: String?
  var address: String?
  var preferredContact: PreferredContact?
  var notes: String
  var chosenByResident: Bool
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  mutating func set(
    name: String, relation: String, phone: String?, email: String?, address: String?,
    preferredContact: PreferredContact?, notes: String, chosenByResident: Bool
  ) {
    self.name = name.trimmingCharacters(in: .whitespaces)
    self.relation = relation.trimmingCharacters(in: .whitespaces)
    self.phone = RelativeRows.nonEmpty(phone)
    self.email = RelativeRows.nonEmpty(email)
    self.address = RelativeRows.nonEmpty(address)
    self.preferredContact = preferredContact
    self.notes = notes
    self.chosenByResident = chosenByResident
  }

  func relative() throws -> Relative {
    guard let id else { throw undecodable(nil) }
    return Relative(
      id: id, residentID: residentId, name: name, relation: relation, phone: phone, email: email, address: address,
      preferredContact: preferredContact, notes: notes, chosenByResident: chosenByResident, version: version)
  }
}

/// A row of `relativesResident`: the relatives area's own facts about a resident.
struct RelativesResidentRow: StoredRecord, TableRecord {
  static let databaseTableName = "relativesResident"
  static var identityColumns: [String] { ["residentId"] }

  var residentId: ResidentID
  var expectationsMeetingOn: CalendarDay?
}

/// A row of `relativeConsent`: one consent for one relative and one kind of information.
struct RelativeConsentRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "relativeConsent"

  var id: ConsentID?
  var residentId: ResidentID
  var relativeId: RelativeID
  var kindCode: String
  var givenOn: CalendarDay
  var form: ConsentForm
  var givenByGuardianshipId: GuardianshipID?
  var note: String
  var endsOn: CalendarDay?
  var recordedBy: AccountID
  var recordedAt: Date
  var withdrawnOn: CalendarDay?
  var withdrawnBy: AccountID?
  var withdrawnAt: Date?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// A consent with the names of who recorded and who withdrew it.
  struct WithNames: Decodable, FetchableRecord {
    var row: RelativeConsentRow
    var recordedByName: String
    var withdrawnByName: String?

    /// `SELECT \(select) WHERE …`
    static let select: SQL = """
      c.*, a.displayName AS recordedByName, w.displayName AS withdrawnByName
      FROM relativeConsent c JOIN account a ON a.id = c.recordedBy
      LEFT JOIN account w ON w.id = c.withdrawnBy
      """

    func consent() throws -> Consent {
      let c = row
      guard let id = c.id else { throw c.undecodable(nil) }
      return Consent(
        id: id, residentID: c.residentId, relativeID: c.relativeId, kindCode: c.kindCode, givenOn: c.givenOn,
        form: c.form, givenBy: c.givenByGuardianshipId.map { .guardian($0) } ?? .resident,
        recordedByID: c.recordedBy, recordedByName: recordedByName, endsOn: c.endsOn, withdrawnOn: c.withdrawnOn,
        withdrawnByName: withdrawnByName, note: c.note)
    }
  }
}

/// A row of `guardianship`: the guardian is a relative or an outside person (never both).
struct GuardianshipRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "guardianship"

  var id: GuardianshipID?
  var residentId: ResidentID
  var guardianRelativeId: RelativeID?
  var outsideName: String?
  var outsideContact: String?
  var section: GuardianshipSection
  var economic: Bool
  var personal: Bool
  /// One matter a line.
  var namedMatters: String
  /// Kind codes separated by commas; NULL for no limit.
  var limitedToKinds: String?
  var decidedOn: CalendarDay
  var endsOn: CalendarDay?
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// Every column `g` decides; the guardian must be a relative of the same resident.
  mutating func set(
    _ db: Database, guardian: Guardian, section: GuardianshipSection, areas: Set<GuardianshipArea>,
    namedMatters: [String], limitedToKinds: Set<String>?, decidedOn: CalendarDay, endsOn: CalendarDay?
  ) throws {
    switch guardian {
    case .relative(let id):
      guard let r = try RelativeRows.fetchRelative(db, id: id), r.residentID == residentId else {
        throw StorageError.notFound
      }
      (guardianRelativeId, outsideName, outsideContact) = (id, nil, nil)
    case .outside(let name, let contact):
      (guardianRelativeId, outsideName, outsideContact) = (nil, name.trimmingCharacters(in: .whitespaces), contact)
    }
    self.section = section
    economic = areas.contains(.economic)
    personal = areas.contains(.personal)
    self.namedMatters = namedMatters.map { $0.replacingOccurrences(of: "\n", with: " ") }.filter { !$0.isEmpty }
      .joined(separator: "\n")
    self.limitedToKinds = limitedToKinds.map { $0.sorted().joined(separator: ",") }
    self.decidedOn = decidedOn
    self.endsOn = endsOn
  }

  func guardianship() throws -> Guardianship {
    guard let id else { throw undecodable(nil) }
    let guardian: Guardian =
      guardianRelativeId.map { .relative($0) } ?? .outside(name: outsideName ?? "", contact: outsideContact ?? "")
    var areas = Set<GuardianshipArea>()
    if economic { areas.insert(.economic) }
    if personal { areas.insert(.personal) }
    return Guardianship(
      id: id, residentID: residentId, guardian: guardian, section: section, areas: areas,
      namedMatters: namedMatters.split(separator: "\n").map(String.init),
      limitedToKinds: limitedToKinds.map { Set($0.split(separator: ",").map(String.init)) }, decidedOn: decidedOn,
      endsOn: endsOn, version: version)
  }
}

/// A row of `contactLog`: one contact with a relative, and its follow-up.
struct ContactLogRow: StoredRecord, MutablePersistableRecord {
  static let databaseTableName = "contactLog"

  var id: ContactLogEntryID?
  var residentId: ResidentID
  var relativeId: RelativeID?
  var kind: ContactKind
  var occurredOn: CalendarDay
  var staffId: AccountID
  var said: String
  var agreed: String
  var toldAboutHealth: Bool
  var followUpOwnerId: AccountID?
  var followUpDue: CalendarDay?
  var followUpDoneOn: CalendarDay?
  var createdAt: Date
  var version = 1
  var updatedAt: Date
  var updatedBy: AccountID?
  /// Sharing no consent covered, as it happened (the kinds' codes, comma separated), until a
  /// leader has seen it.
  var uncoveredSharing: String?
  var uncoveredSeenBy: AccountID?
  var uncoveredSeenAt: Date?

  mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

  /// An entry with the names of the staff member, the follow-up's owner and the relative.
  struct WithNames: Decodable, FetchableRecord {
    var row: ContactLogRow
    var staffName: String
    var ownerName: String?
    var relativeName: String?

    /// `SELECT \(select) WHERE …`
    static let select: SQL = "\(columns) \(from)"
    static let columns: SQL = "l.*, s.displayName AS staffName, o.displayName AS ownerName, r.name AS relativeName"
    static let from: SQL = """
      FROM contactLog l JOIN account s ON s.id = l.staffId
      LEFT JOIN account o ON o.id = l.followUpOwnerId
      LEFT JOIN relative r ON r.id = l.relativeId
      """

    func entry() throws -> ContactLogEntry {
      let l = row
      guard let id = l.id else { throw l.undecodable(nil) }
      var followUp: ContactLogEntry.FollowUp?
      if let owner = l.followUpOwnerId, let due = l.followUpDue {
        followUp = .init(ownerID: owner, ownerName: ownerName ?? "", due: due, doneOn: l.followUpDoneOn)
      }
      return ContactLogEntry(
        id: id, residentID: l.residentId, relativeID: l.relativeId, relativeName: relativeName, kind: l.kind,
        occurredOn: l.occurredOn, staffID: l.staffId, staffName: staffName, said: l.said, agreed: l.agreed,
        toldAboutHealth: l.toldAboutHealth,
        uncoveredSharing: (l.uncoveredSharing ?? "").split(separator: ",").map(String.init),
        uncoveredSeenAt: l.uncoveredSeenAt, followUp: followUp, version: l.version)
    }
  }
}
