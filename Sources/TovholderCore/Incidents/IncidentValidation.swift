import Foundation

/// What can be wrong with a report. The app turns each case into a Danish message; none
/// carries the text itself.
public enum IncidentValidationError: Error, Equatable, Sendable {
  case missingPlace
  case missingDate
  /// A time of day was typed but no date.
  case timeWithoutDate
  /// The time is said to be known or estimated but none was typed.
  case missingTime
  case invalidTime
  case invalidDate
  case dateInFuture
  case missingCategory
  /// The code is not in the catalogue (new reports only; old events keep theirs).
  case unknownCategory
  case missingHeadline
  case missingDescription
  /// A medicine event needs at least the medicine's name.
  case missingMedicine
  /// The possible consequence is lower than the actual one.
  case possibleBelowActual
  /// A text field is longer than `limit` characters (`field`: headline, place, course,
  /// consequences, prevention, medicine).
  case textTooLong(field: String, limit: Int)
  /// The resident does not live in the chosen unit.
  case residentNotInUnit
}

/// Checks a report before it is saved. Pure: the caller gives the catalogue and the time.
public enum IncidentValidation {
  /// The longest free text field accepted (characters). A 100 kB paste is refused with a
  /// message; the draft keeps it so nothing typed is lost.
  public static let maxTextLength = 20_000
  public static let maxShortTextLength = 200

  /// Throws the first problem found, in the order of the form.
  public static func validate(
    _ report: IncidentReport, catalogue: IncidentCatalogue, now: Date
  ) throws(IncidentValidationError) {
    func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    if blank(report.place) { throw .missingPlace }
    if report.place.count > maxShortTextLength { throw .textTooLong(field: "place", limit: maxShortTextLength) }
    if report.time.certainty != .unknown && report.time.minuteOfDay == nil { throw .missingTime }
    if report.time.isInFuture(now: now) { throw .dateInFuture }
    if blank(report.categoryCode) { throw .missingCategory }
    guard let category = catalogue.category(code: report.categoryCode) else { throw .unknownCategory }
    if category.isMedicine && blank(report.medicine.name) { throw .missingMedicine }
    let medicine = report.medicine
    if [medicine.name, medicine.substance, medicine.route, medicine.strength].contains(where: {
      $0.count > maxShortTextLength
    }) {
      throw .textTooLong(field: "medicine", limit: maxShortTextLength)
    }
    if blank(report.headline) { throw .missingHeadline }
    if report.headline.count > maxShortTextLength { throw .textTooLong(field: "headline", limit: maxShortTextLength) }
    if blank(report.description.course) { throw .missingDescription }
    for (field, text) in [
      ("course", report.description.course), ("consequences", report.description.consequences),
      ("prevention", report.description.prevention),
    ] where text.count > maxTextLength {
      throw .textTooLong(field: field, limit: maxTextLength)
    }
    if report.possible < report.actual { throw .possibleBelowActual }
  }
}
