/// What the record screen's overview shows: the resident, the names around them, and the
/// newest notes. Reading it is audited.
public struct ResidentRecord: Hashable, Sendable {
  public var resident: Resident
  public var unitName: String
  public var contactPersonName: String?
  public var coordinatorName: String?
  /// Newest first.
  public var recentNotes: [Note]

  public init(
    resident: Resident, unitName: String, contactPersonName: String?, coordinatorName: String?,
    recentNotes: [Note]
  ) {
    self.resident = resident
    self.unitName = unitName
    self.contactPersonName = contactPersonName
    self.coordinatorName = coordinatorName
    self.recentNotes = recentNotes
  }
}
