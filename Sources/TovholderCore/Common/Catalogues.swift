import Foundation

/// Every catalogue the program works with, read and checked once when it starts
/// (`CatalogueLoader` in Storage) and carried from there: in `AppDatabase.Options` for
/// Storage and in the context for the screens. Nothing reads a catalogue file later.
public struct Catalogues: Sendable {
  public var incidents: IncidentCatalogue
  public var plans: PlanCatalog
  public var health: HealthCatalogue
  public var forceForms: ForceForms
  public var riskChecklist: RiskChecklist
  public var informationKinds: InformationKindCatalogue

  public init(
    incidents: IncidentCatalogue, plans: PlanCatalog, health: HealthCatalogue, forceForms: ForceForms,
    riskChecklist: RiskChecklist, informationKinds: InformationKindCatalogue
  ) {
    self.incidents = incidents
    self.plans = plans
    self.health = health
    self.forceForms = forceForms
    self.riskChecklist = riskChecklist
    self.informationKinds = informationKinds
  }
}

/// The four force forms in use, and the shipped ones a home's own file replaced (so a report
/// made on a shipped form still reads and exports on it).
public struct ForceForms: Sendable {
  public var skema1: ForceForm
  public var skema2: ForceForm
  public var skema3: ForceForm
  public var skema4: ForceForm
  public var replaced: [ForceForm]

  public init(skema1: ForceForm, skema2: ForceForm, skema3: ForceForm, skema4: ForceForm, replaced: [ForceForm] = []) {
    self.skema1 = skema1
    self.skema2 = skema2
    self.skema3 = skema3
    self.skema4 = skema4
    self.replaced = replaced
  }

  public subscript(kind: ForceForm.Kind) -> ForceForm {
    switch kind {
    case .skema1: skema1
    case .skema2: skema2
    case .skema3: skema3
    case .skema4: skema4
    }
  }

  /// Every form at hand: the one in use of each kind, then the replaced shipped ones.
  public var all: [ForceForm] { ForceForm.Kind.allCases.map { self[$0] } + replaced }

  /// The form a report was made on (its kind and version), if at hand.
  public func form(_ kind: ForceForm.Kind, version: String) -> ForceForm? {
    all.first { $0.form == kind && $0.version == version }
  }
}

/// A catalogue that cannot be used: the file (a path for the home's own file, the name for
/// one built into the program) and what is wrong with it.
public struct CatalogueLoadError: Error, Equatable, Sendable {
  public var file: String
  public var fault: String

  public init(file: String, fault: String) {
    self.file = file
    self.fault = fault
  }
}
