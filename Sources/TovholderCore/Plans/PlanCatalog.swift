import Foundation

/// The plan area's catalogues (themes, goal types, level and measure scales), read from
/// the data in Resources/catalogues/plans. Code refers to entries by id only.
public struct PlanCatalog: Hashable, Sendable {
  public struct Entry: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: CatalogLabel
    /// A longer explanation (goal types), if the catalogue has one.
    public var hint: CatalogLabel?
  }

  /// A level of functional ability or support need; `rank` is nil for "not assessed".
  public struct Level: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: CatalogLabel
    public var rank: Int?
  }

  /// A measure a sub-goal can use, as a template for `Measure`.
  public struct MeasureTemplate: Hashable, Sendable, Identifiable {
    public var id: String
    public var label: CatalogLabel
    public var measure: Measure
  }

  public var themes: [Entry]
  public var goalTypes: [Entry]
  public var levels: [Level]
  public var measures: [MeasureTemplate]
  /// The progress score given to a goal at a follow-up.
  public var followUpScore: ClosedRange<Int>
  /// How many follow-ups a year a home may choose, and the default.
  public var followUpsPerYear: ClosedRange<Int>
  public var defaultFollowUpsPerYear: Int

  public func theme(_ id: String) -> Entry? { themes.first { $0.id == id } }
  public func goalType(_ id: String) -> Entry? { goalTypes.first { $0.id == id } }
  public func level(_ id: String) -> Level? { levels.first { $0.id == id } }
  public func measure(_ id: String) -> MeasureTemplate? { measures.first { $0.id == id } }

  /// The level meaning "not assessed" (the one without a rank).
  public var notAssessed: Level? { levels.first { $0.rank == nil } }

  /// Parses the three catalogue files. Throws `PlanCatalogError` naming the file and what
  /// is wrong, so a user's own catalogue file gets a clear message.
  public static func parse(themes: Data, goalTypes: Data, scales: Data) throws(PlanCatalogError)
    -> PlanCatalog
  {
    let t: ThemesFile = try decode(themes, file: "plans-themes.json")
    let g: GoalTypesFile = try decode(goalTypes, file: "plans-goal-types.json")
    let s: ScalesFile = try decode(scales, file: "plans-scales.json")
    var measures: [MeasureTemplate] = []
    for m in s.measures {
      guard let measure = Measure(kind: m.kind, min: m.min, max: m.max) else {
        throw .invalid(file: "plans-scales.json", detail: "measure \(m.id)")
      }
      measures.append(MeasureTemplate(id: m.id, label: CatalogLabel(da: m.da, en: m.en), measure: measure))
    }
    let catalog = PlanCatalog(
      themes: t.themes.map { Entry(id: $0.id, label: CatalogLabel(da: $0.da, en: $0.en)) },
      goalTypes: g.goalTypes.map { Entry(id: $0.id, label: CatalogLabel(da: $0.da, en: $0.en), hint: $0.hint) },
      levels: s.levels.map { Level(id: $0.id, label: CatalogLabel(da: $0.da, en: $0.en), rank: $0.rank) },
      measures: measures,
      followUpScore: s.followUpScore.min...max(s.followUpScore.min, s.followUpScore.max),
      followUpsPerYear: s.followUpsPerYear.min...max(s.followUpsPerYear.min, s.followUpsPerYear.max),
      defaultFollowUpsPerYear: s.followUpsPerYear.default)
    try catalog.check()
    return catalog
  }

  private func check() throws(PlanCatalogError) {
    func unique(_ ids: [String], _ file: String) throws(PlanCatalogError) {
      if ids.isEmpty { throw .invalid(file: file, detail: "empty") }
      if Set(ids).count != ids.count { throw .invalid(file: file, detail: "duplicate id") }
    }
    try unique(themes.map(\.id), "plans-themes.json")
    try unique(goalTypes.map(\.id), "plans-goal-types.json")
    try unique(levels.map(\.id), "plans-scales.json")
    try unique(measures.map(\.id), "plans-scales.json")
    if notAssessed == nil { throw .invalid(file: "plans-scales.json", detail: "no level without rank") }
    if !followUpsPerYear.contains(defaultFollowUpsPerYear) || followUpsPerYear.lowerBound < 1 {
      throw .invalid(file: "plans-scales.json", detail: "followUpsPerYear")
    }
  }

  private static func decode<T: Decodable>(_ data: Data, file: String) throws(PlanCatalogError) -> T {
    do { return try JSONDecoder().decode(T.self, from: data) } catch {
      throw .invalid(file: file, detail: "not the expected JSON")
    }
  }

  private struct LabelRow: Decodable {
    var id: String
    var da: String
    var en: String
    var hint: CatalogLabel?
  }
  private struct ThemesFile: Decodable { var themes: [LabelRow] }
  private struct GoalTypesFile: Decodable { var goalTypes: [LabelRow] }
  private struct ScalesFile: Decodable {
    struct LevelRow: Decodable {
      var id: String
      var da: String
      var en: String
      var rank: Int?
    }
    struct MeasureRow: Decodable {
      var id: String
      var kind: String
      var min: Int?
      var max: Int?
      var da: String
      var en: String
    }
    struct Range: Decodable {
      var min: Int
      var max: Int
      var `default`: Int?
    }
    struct PerYear: Decodable {
      var min: Int
      var max: Int
      var `default`: Int
    }
    var levels: [LevelRow]
    var measures: [MeasureRow]
    var followUpScore: Range
    var followUpsPerYear: PerYear
  }
}

public enum PlanCatalogError: Error, Equatable, Sendable {
  /// `detail` names the part (never user data).
  case invalid(file: String, detail: String)
}
