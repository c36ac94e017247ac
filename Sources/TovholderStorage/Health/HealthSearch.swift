import Foundation
import GRDB
import TovholderCore

extension SearchKind {
  /// A recorded screening: the template's name, the values and the note.
  public static let screening = SearchKind("screening")
}

/// Keeps a screening's search row in step with it: the template's name, each measure with
/// its value and unit, the questions answered yes, text answers and the note (Danish, as the
/// catalogue names them).
enum HealthSearch {
  static func item(_ s: Screening, template: ScreeningTemplate?, unitID: UnitID) -> SearchIndex.Item {
    SearchIndex.Item(
      kind: .screening, sourceID: s.id, residentID: s.residentID, unitID: unitID, at: s.takenAt,
      body: body(values: s.values, note: s.note, template: template, key: s.templateKey))
  }

  static func body(values: [String: ScreeningValue], note: String, template: ScreeningTemplate?, key: String)
    -> String
  {
    guard let template else { return [key, note].filter { !$0.isEmpty }.joined(separator: "\n") }
    var measures: [String] = []
    for m in template.measures {
      guard let n = values[m.key]?.number else { continue }
      measures.append("\(m.name.da) \(HealthEntry.format(n, decimals: m.decimals)) \(m.unit)")
    }
    var answers: [String] = []
    for f in template.fields {
      switch values[f.key] {
      case .yesNo(true)?: answers.append(f.name.da)
      case .text(let t)?: answers.append(t)
      default: break
      }
    }
    return [template.name.da, measures.joined(separator: " · "), answers.joined(separator: " · "), note]
      .filter { !$0.isEmpty }.joined(separator: "\n")
  }

  static func upsert(_ db: Database, _ s: Screening, template: ScreeningTemplate?, unitID: UnitID) throws {
    try SearchIndex.upsert(db, item(s, template: template, unitID: unitID))
  }

  /// Indexes every screening recorded before screenings were searchable.
  static func indexAll(_ db: Database, builtIn: HealthCatalogue) throws {
    let catalogue = try HealthRows.catalogue(db, builtIn: builtIn)
    let request: SQLRequest<WithUnit> = """
      SELECT \(ScreeningRow.WithNames.columns), r.unitId AS unitId \(ScreeningRow.WithNames.from)
      JOIN resident r ON r.id = screening.residentId ORDER BY screening.takenAt, screening.id
      """
    for row in try request.fetchAll(db) {
      let s = try row.screening.screening()
      try upsert(db, s, template: catalogue.template(s.templateKey), unitID: row.unitId)
    }
  }

  private struct WithUnit: Decodable, FetchableRecord {
    var screening: ScreeningRow.WithNames
    var unitId: UnitID
  }
}
