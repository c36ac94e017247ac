import TovholderCore

extension InformationKindCatalogue {
  /// The four kinds of the shipped catalogue (Resources/catalogues/relatives).
  static let standard = try! InformationKindCatalogue(kinds: [
    InformationKind(
      code: "health", da: "Helbred", en: "Health", isHealth: true, guardianArea: .personal,
      law: "sundhedsloven §§ 17–18 og 43"),
    InformationKind(
      code: "plan", da: "Plan", en: "Plan", isHealth: false, guardianArea: .personal,
      law: "forvaltningsloven §§ 27–28"),
    InformationKind(
      code: "dailyLife", da: "Hverdag", en: "Daily life", isHealth: false, guardianArea: .personal,
      law: "forvaltningsloven §§ 27–28"),
    InformationKind(
      code: "economy", da: "Økonomi", en: "Economy", isHealth: false, guardianArea: .economic,
      law: "forvaltningsloven §§ 27–28"),
  ])
}
