/// Everything the Relatives tab shows for one resident on one day.
public struct RelativesOverview: Hashable, Sendable {
  public var residentID: ResidentID
  public var day: CalendarDay
  /// The expectations meeting (forventningssamtale) at move-in, if held.
  public var expectationsMeetingOn: CalendarDay?
  public var relatives: [Relative]
  /// Every consent ever recorded, withdrawn ones included (history is kept).
  public var consents: [Consent]
  public var guardianships: [Guardianship]
  /// Who may be told what on `day`.
  public var matrix: ConsentMatrix
  /// The newest contacts first.
  public var contactLog: [ContactLogEntry]

  public init(
    residentID: ResidentID, day: CalendarDay, expectationsMeetingOn: CalendarDay?, relatives: [Relative],
    consents: [Consent], guardianships: [Guardianship], contactLog: [ContactLogEntry],
    catalogue: InformationKindCatalogue
  ) {
    self.residentID = residentID
    self.day = day
    self.expectationsMeetingOn = expectationsMeetingOn
    self.relatives = relatives
    self.consents = consents
    self.guardianships = guardianships
    self.contactLog = contactLog
    self.matrix = ConsentMatrix(
      relatives: relatives, on: day, consents: consents, guardianships: guardianships, catalogue: catalogue)
  }

  public func relative(_ id: RelativeID?) -> Relative? { id.flatMap { id in relatives.first { $0.id == id } } }

  /// The guardian's name: the relative's, or the outside person's.
  public func guardianName(_ g: Guardianship) -> String {
    switch g.guardian {
    case .relative(let id): return relative(id)?.name ?? ""
    case .outside(let name, _): return name
    }
  }

  /// Consents of one relative, newest first.
  public func consents(of relativeID: RelativeID) -> [Consent] {
    consents.filter { $0.relativeID == relativeID }.sorted { ($0.givenOn, $0.id) > ($1.givenOn, $1.id) }
  }
}
