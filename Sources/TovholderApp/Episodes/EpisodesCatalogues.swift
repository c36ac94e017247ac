import Foundation
import TovholderCore
import TovholderResources

/// The force forms and the risk checklist. The shipped files are compiled in; a home may put
/// its own file of the same name in the config folder (`~/.config/tovholder/`) to replace one
/// (e.g. its own risk checklist, or a newer version of a form).
public enum EpisodesCatalogues {
  static func override(_ name: String) -> [UInt8]? {
    FileManager.default.contents(atPath: UserPaths.configDirectory + "/" + name).map { [UInt8]($0) }
  }

  /// The form of `kind`: the home's own file when present and valid, else the shipped one.
  public static func form(_ kind: ForceForm.Kind) -> ForceForm {
    let name = "episodes-force-\(kind.rawValue).json"
    if let own = override(name), let form = try? ForceForm.parse(own), form.form == kind { return form }
    return try! ForceForm.parse(TovholderResources.episodesForceForm(kind.rawValue)!)
  }

  /// All forms at hand: the current one of each kind, plus the shipped one when the home's
  /// file has another version (so older reports still export).
  public static var allForms: [ForceForm] {
    ForceForm.Kind.allCases.flatMap { kind -> [ForceForm] in
      let shipped = try! ForceForm.parse(TovholderResources.episodesForceForm(kind.rawValue)!)
      let current = form(kind)
      return current == shipped ? [current] : [current, shipped]
    }
  }

  public static var riskChecklist: RiskChecklist {
    if let own = override("episodes-risk-checklist.json"), let list = try? RiskChecklist.parse(own) { return list }
    return try! RiskChecklist.parse(TovholderResources.episodesRiskChecklist)
  }
}

extension EpisodesCatalogues {
  /// Makes this area's errors readable in Danish/English (for the command line).
  public static func installErrorMessages() { EpisodesArea.installDescribers }
}
