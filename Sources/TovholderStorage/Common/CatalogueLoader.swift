import Foundation
import TovholderCore
import TovholderResources

/// The one way catalogues are read: each file from the home's own folder when it is there,
/// else the copy built into the program; every file is parsed and checked, and the first that
/// fails stops the load with its file and fault. `tovholder` calls it once at start.
public enum CatalogueLoader {
  /// Files a home may replace with its own, in the config folder.
  public static let replaceable: Set<String> = [
    "incidents-categories.json", "episodes-risk-checklist.json", "episodes-force-skema1.json",
    "episodes-force-skema2.json", "episodes-force-skema3.json", "episodes-force-skema4.json",
  ]

  public static func load(overridesIn folder: String?) throws(CatalogueLoadError) -> Catalogues {
    let files = Files(folder: folder)
    let kinds = ForceForm.Kind.allCases
    var current: [ForceForm] = []
    var replaced: [ForceForm] = []
    for kind in kinds {
      let name = "episodes-force-\(kind.rawValue).json"
      let shipped = try parse(files.shipped(name), name) { bytes throws(ForceFormError) in try ForceForm.parse(bytes) }
      let file = try files.bytes(name)
      let form = try parse(file, name) { bytes throws(ForceFormError) in try ForceForm.parse(bytes) }
      guard form.form == kind else {
        throw CatalogueLoadError(file: file.source, fault: "the file holds \(form.form.rawValue), not \(kind.rawValue)")
      }
      current.append(form)
      if form != shipped { replaced.append(shipped) }
    }
    let plans = TovholderResources.planCatalogues
    return Catalogues(
      incidents: try parse(try files.bytes("incidents-categories.json"), "incidents-categories.json") {
        bytes throws(IncidentCatalogueError) in try IncidentCatalogue(json: bytes)
      },
      plans: try parse(files.shipped("plans-themes.json"), "plans-*.json") { _ throws(PlanCatalogError) in
        try PlanCatalog.parse(themes: Data(plans.themes), goalTypes: Data(plans.goalTypes), scales: Data(plans.scales))
      },
      health: try parse(files.shipped("health-templates.json"), "health-templates.json") {
        bytes throws(HealthError) in try HealthCatalogue.parse(bytes)
      },
      forceForms: ForceForms(
        skema1: current[0], skema2: current[1], skema3: current[2], skema4: current[3], replaced: replaced),
      riskChecklist: try parse(try files.bytes("episodes-risk-checklist.json"), "episodes-risk-checklist.json") {
        bytes throws(RiskChecklistError) in try RiskChecklist.parse(bytes)
      },
      informationKinds: try parse(
        files.shipped("relatives-information-kinds.json"), "relatives-information-kinds.json"
      ) { bytes throws(CatalogueError) in try InformationKindCatalogue(json: bytes) })
  }

  private static func parse<T, E: Error>(
    _ file: (bytes: [UInt8], source: String), _ name: String, _ body: ([UInt8]) throws(E) -> T
  ) throws(CatalogueLoadError) -> T {
    do {
      return try body(file.bytes)
    } catch {
      throw CatalogueLoadError(file: file.source, fault: String(describing: error))
    }
  }

  /// Where each file's bytes come from.
  private struct Files {
    var folder: String?

    func shipped(_ name: String) -> (bytes: [UInt8], source: String) {
      (TovholderResources.catalogue(name) ?? [], name)
    }

    func bytes(_ name: String) throws(CatalogueLoadError) -> (bytes: [UInt8], source: String) {
      guard let folder, replaceable.contains(name) else { return shipped(name) }
      let path = folder + "/" + name
      guard FileManager.default.fileExists(atPath: path) else { return shipped(name) }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw CatalogueLoadError(file: path, fault: "cannot be read")
      }
      return ([UInt8](data), path)
    }
  }
}

extension Catalogues {
  /// The catalogues built into the program. A test and every start (`CatalogueLoader.load`)
  /// check that they load, so a fault here is a broken build, not a user's file.
  public static let shipped: Catalogues = {
    do throws(CatalogueLoadError) {
      return try CatalogueLoader.load(overridesIn: nil)
    } catch {
      fatalError("built-in catalogue \(error.file) is broken: \(error.fault)")
    }
  }()
}
