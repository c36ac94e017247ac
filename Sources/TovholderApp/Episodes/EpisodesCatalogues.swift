import Foundation

/// The force forms and the risk checklist come from `session.catalogues` (loaded at start,
/// a home's own file in the config folder replacing a shipped one).
public enum EpisodesCatalogues {
  /// Makes this area's errors readable in Danish/English (for the command line).
  public static func installErrorMessages() { EpisodesArea.installDescribers }
}
