import Foundation
import TovholderCore
import TovholderResources
import TovholderStorage

/// The force forms and the risk checklist. The shipped files are compiled in; a home may put
/// its own file of the same name in the config folder (`~/.config/tovholder/`) to replace one
/// (e.g. its own risk checklist), and an admin may load a newer form definition into the
/// database (`tovholder forms load FILE`): the newest loaded one of a form is the one in use.
public enum EpisodesCatalogues {
  /// Where a form definition at hand comes from.
  public enum Origin: Sendable {
    case shipped
    case configFile
    case loaded(at: Date, by: String?)
  }

  static func override(_ name: String) -> [UInt8]? {
    FileManager.default.contents(atPath: UserPaths.configDirectory + "/" + name).map { [UInt8]($0) }
  }

  /// The form compiled into the program (a test checks that each parses).
  public static func shipped(_ kind: ForceForm.Kind) -> ForceForm {
    guard let bytes = TovholderResources.episodesForceForm(kind.rawValue), let form = try? ForceForm.parse(bytes) else {
      preconditionFailure("the shipped form \(kind.rawValue) does not parse")
    }
    return form
  }

  /// Every definition at hand, each with its origin; per kind the one in use is the last.
  public static func available(in database: AppDatabase?) -> [(form: ForceForm, origin: Origin)] {
    let loaded = ((try? database?.forceForms.loaded()) ?? nil) ?? []
    return ForceForm.Kind.allCases.flatMap { kind -> [(form: ForceForm, origin: Origin)] in
      var list: [(form: ForceForm, origin: Origin)] = [(shipped(kind), .shipped)]
      if let own = override("episodes-force-\(kind.rawValue).json"), let form = try? ForceForm.parse(own),
        form.form == kind
      {
        list.append((form, .configFile))
      }
      for l in loaded where l.form.form == kind { list.append((l.form, .loaded(at: l.loadedAt, by: l.loadedByName))) }
      return list
    }
  }

  /// The form of `kind` new reports use: the newest loaded, else the home's file, else the shipped one.
  public static func form(_ kind: ForceForm.Kind, in database: AppDatabase?) -> ForceForm {
    available(in: database).last { $0.form.form == kind }?.form ?? shipped(kind)
  }

  /// All forms at hand (every version), so older reports still show and export.
  public static func allForms(in database: AppDatabase?) -> [ForceForm] {
    var seen = Set<String>()
    return available(in: database).reversed().map(\.form).filter {
      seen.insert("\($0.form)\u{0}\($0.version)").inserted
    }
  }

  /// The form a report was made on (its kind and version), when at hand.
  public static func form(of report: ForceReport, in database: AppDatabase?) -> ForceForm? {
    allForms(in: database).first { $0.form == report.form && $0.version == report.formVersion }
  }

  public static var riskChecklist: RiskChecklist {
    if let own = override("episodes-risk-checklist.json"), let list = try? RiskChecklist.parse(own) { return list }
    guard let list = try? RiskChecklist.parse(TovholderResources.episodesRiskChecklist) else {
      preconditionFailure("the shipped risk checklist does not parse (a test checks it)")
    }
    return list
  }
}

extension EpisodesCatalogues {
  /// Makes this area's errors readable in Danish/English (for the command line).
  public static func installErrorMessages() { EpisodesArea.installDescribers }
}
