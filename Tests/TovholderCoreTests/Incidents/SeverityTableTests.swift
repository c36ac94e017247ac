import Testing
import TovholderCore
import TovholderResources

@Suite struct IncidentsSeverityTableTests {
  @Test func everyCellOfTheTable() {
    let expected: [Consequence: [Severity]] = [
      .none: [.noHarm, .noHarm, .noHarm, .seriousRisk, .seriousRisk],
      .mild: [.minor, .minor, .minor, .seriousRisk, .seriousRisk],
      .moderate: [.minor, .minor, .minor, .seriousRisk, .seriousRisk],
      .severe: [.serious, .serious, .serious, .serious, .serious],
      .death: [.fatal, .fatal, .fatal, .fatal, .fatal],
    ]
    for actual in Consequence.allCases {
      for possible in Consequence.allCases {
        #expect(
          SeverityTable.severity(actual: actual, possible: possible) == expected[actual]![possible.rawValue],
          "actual \(actual) possible \(possible)")
      }
    }
  }

  @Test func severityNeverBelowWhatTheActualConsequenceImplies() {
    for actual in Consequence.allCases {
      let least = SeverityTable.severity(actual: actual, possible: actual)
      for possible in Consequence.allCases where possible >= actual {
        #expect(SeverityTable.severity(actual: actual, possible: possible) >= least)
      }
    }
  }

  @Test func danishNamesAsOnTheForm() {
    #expect(
      Severity.allCases.map { IncidentExport.severityName($0, .da) } == [
        "Ingen skade", "Lettere", "Alvorlig patientsikkerhedsrisiko", "Alvorlig", "Dødelig",
      ])
    #expect(!Severity.minor.isSerious && Severity.seriousRisk.isSerious)
  }

  @Test func catalogueInResourcesParses() throws {
    let catalogue = try IncidentCatalogue(json: TovholderResources.incidentCategories)
    #expect(catalogue.categories.count >= 6)
    for code in ["fall", "infection", "personalCare", "device", "other"] {
      #expect(catalogue.category(code: code) != nil, "\(code)")
    }
    #expect(catalogue.medicineCodes.contains("medicine.administration"))
    let batch = Set(catalogue.categories.filter(\.allowsBatchReport).map(\.code))
    #expect(batch == ["fall", "infection", "medicine.administration", "medicine.dispensing"])
  }

  @Test func badCatalogueRefused() {
    #expect(throws: IncidentCatalogueError.unreadable) { try IncidentCatalogue(json: Array("nope".utf8)) }
    #expect(throws: IncidentCatalogueError.empty) {
      try IncidentCatalogue(json: Array(#"{"version":"1","categories":[]}"#.utf8))
    }
    let dup =
      #"{"version":"1","categories":[{"code":"a","name":"A","nameEnglish":"A","isMedicine":false,"allowsBatchReport":false},{"code":"a","name":"B","nameEnglish":"B","isMedicine":false,"allowsBatchReport":false}]}"#
    #expect(throws: IncidentCatalogueError.duplicateCode("a")) { try IncidentCatalogue(json: Array(dup.utf8)) }
  }
}
