/// The texts and catalogues in this folder are compiled into the binary (see Package.swift),
/// so an installed `tovholder` needs no files beside it.
public enum TovholderResources {
  /// The text files of one language (`texts/<area>.<language>.json`), one per area.
  /// A new area adds its two files here and in Package.swift.
  public static func texts(language: String) -> [[UInt8]] {
    switch language {
    case "en":
      return [
        PackageResources.core_en_json,
        PackageResources.residents_en_json,
        PackageResources.incidents_en_json,
        PackageResources.plans_en_json,
        PackageResources.relatives_en_json,
        PackageResources.health_en_json,
        PackageResources.episodes_en_json,
        PackageResources.rights_en_json,
      ]
    default:
      return [
        PackageResources.core_da_json,
        PackageResources.residents_da_json,
        PackageResources.incidents_da_json,
        PackageResources.plans_da_json,
        PackageResources.relatives_da_json,
        PackageResources.health_da_json,
        PackageResources.episodes_da_json,
        PackageResources.rights_da_json,
      ]
    }
  }

  /// The UTH category catalogue (`catalogues/incidents/incidents-categories.json`), parsed
  /// by `IncidentCatalogue(json:)` in TovholderCore.
  public static var incidentCategories: [UInt8] { PackageResources.incidents_categories_json }
  /// The plan area's catalogues: VUM 2.0 themes, goal types, level and measure scales.
  public static var planCatalogues: (themes: [UInt8], goalTypes: [UInt8], scales: [UInt8]) {
    (PackageResources.plans_themes_json, PackageResources.plans_goal_types_json, PackageResources.plans_scales_json)
  }
  /// The hand-written sections of the man page (`ManualPage` in TovholderApp).
  public static var manualSections: [UInt8] { PackageResources.manual_sections_mdoc }
  /// The JSON Schema of a resident's full copy (`tovholder export resident --format json`).
  public static var residentCopySchema: [UInt8] { PackageResources.resident_copy_v1_schema_json }
  /// The built-in screening templates (health area).
  public static var healthTemplates: [UInt8] { PackageResources.health_templates_json }
}

extension TovholderResources {
  /// The four force forms (magtanvendelse), one catalogue per form: `skema1` … `skema4`.
  public static func episodesForceForm(_ name: String) -> [UInt8]? {
    switch name {
    case "skema1": return PackageResources.episodes_force_skema1_json
    case "skema2": return PackageResources.episodes_force_skema2_json
    case "skema3": return PackageResources.episodes_force_skema3_json
    case "skema4": return PackageResources.episodes_force_skema4_json
    default: return nil
    }
  }

  /// The neutral example risk checklist (six yes/no signs); a home may load its own.
  public static var episodesRiskChecklist: [UInt8] { PackageResources.episodes_risk_checklist_json }
  /// The kinds of information a relative may be told (health, plan, daily life, economy).
  public static var relativesInformationKinds: [UInt8] { PackageResources.relatives_information_kinds_json }
}

extension TovholderResources {
  /// A catalogue file by its name (`incidents-categories.json`), nil for an unknown name.
  public static func catalogue(_ name: String) -> [UInt8]? {
    switch name {
    case "incidents-categories.json": return PackageResources.incidents_categories_json
    case "plans-themes.json": return PackageResources.plans_themes_json
    case "plans-goal-types.json": return PackageResources.plans_goal_types_json
    case "plans-scales.json": return PackageResources.plans_scales_json
    case "health-templates.json": return PackageResources.health_templates_json
    case "episodes-force-skema1.json": return PackageResources.episodes_force_skema1_json
    case "episodes-force-skema2.json": return PackageResources.episodes_force_skema2_json
    case "episodes-force-skema3.json": return PackageResources.episodes_force_skema3_json
    case "episodes-force-skema4.json": return PackageResources.episodes_force_skema4_json
    case "episodes-risk-checklist.json": return PackageResources.episodes_risk_checklist_json
    case "relatives-information-kinds.json": return PackageResources.relatives_information_kinds_json
    default: return nil
    }
  }
}
