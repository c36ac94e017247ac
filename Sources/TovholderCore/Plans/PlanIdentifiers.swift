/// Database ids of the plan area.
public typealias PlanID = Int64
public typealias GoalID = Int64
public typealias SubGoalID = Int64
public typealias InterventionID = Int64
public typealias ProgressID = Int64
public typealias FollowUpID = Int64

/// A label in both languages, as catalogues give it.
public struct CatalogLabel: Hashable, Sendable, Codable {
  public var da: String
  public var en: String

  public init(da: String, en: String) {
    self.da = da
    self.en = en
  }

  /// The text for a language code ("da", "en"); Danish otherwise.
  public func text(_ language: String) -> String { language == "en" ? en : da }
}
