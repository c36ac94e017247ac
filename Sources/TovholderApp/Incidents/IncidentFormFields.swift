import Foundation
import TerminalUI
import TovholderCore

enum IncidentField: String, FormFieldID {
  case headline, category, medName, medSubstance, medRoute, medStrength, date, time, certainty, place, unit,
    resident, actual, possible, course, consequences, prevention

  static let medicine: [IncidentField] = [.medName, .medSubstance, .medRoute, .medStrength]
  static let freeText: [IncidentField] = [.headline, .place, .course, .consequences, .prevention]
}

/// The registration form's fields (the DPSD fields, required ones first), kept by code and
/// id, and how to read a report back from them.
struct IncidentFormFields {
  static let noResident = "none"
  let categories: [IncidentCategory]
  let units: [(id: UnitID, name: String)]
  let residents: [Resident]

  func make(_ t: Texts, now: Date, timeZone: TimeZone, resident: ResidentID?) -> [FieldSpec<IncidentField>] {
    let short = IncidentValidation.maxShortTextLength
    let long = IncidentValidation.maxTextLength
    let consequences = Consequence.allCases.map {
      ChoiceOption("\($0.rawValue)", IncidentsErrorText.consequence($0, t))
    }
    func label(_ id: IncidentField) -> String { t("incidents.field.\(id.rawValue)") }
    let chosen = resident.flatMap { id in residents.contains { $0.id == id } ? String(id) : nil }
    // What must be chosen or typed comes first; the time fields follow the course of events,
    // as they need no key: the date is today, and the certainty follows the time (typed: known,
    // empty: unknown).
    var fields: [FieldSpec<IncidentField>] = [
      .text(.headline, label(.headline), required: true, max: short),
      .choice(
        .category, label(.category),
        categories.map { ChoiceOption($0.code, IncidentsCatalogue.name($0, texts: t)) }, nil,
        required: true),
      .text(.place, label(.place), required: true, max: short),
      .choice(
        .resident, label(.resident),
        [ChoiceOption(Self.noResident, t("incidents.resident.none"))]
          + residents.map { ChoiceOption(id: $0.id, $0.name) },
        chosen ?? Self.noResident),
      .choice(.actual, label(.actual), consequences, nil, required: true),
      .choice(.possible, label(.possible), consequences, nil, required: true),
      .area(.course, label(.course), height: 4, required: true, max: long),
      .date(.date, label(.date), CalendarDay(now, in: timeZone), required: true),
      .time(.time, label(.time), nil),
      .choice(
        .certainty, label(.certainty),
        TimeCertainty.allCases.map { ChoiceOption($0.rawValue, t("incidents.certainty.\($0.rawValue)")) },
        TimeCertainty.unknown.rawValue, required: true),
      .area(.consequences, label(.consequences), height: 2, max: long),
      .area(.prevention, label(.prevention), height: 2, max: long),
    ]
    if units.count > 1 {
      let unit = unit(of: chosen) ?? units.first.map { String($0.id) }
      fields.insert(
        .choice(.unit, label(.unit), units.map { ChoiceOption(id: $0.id, $0.name) }, unit, required: true), at: 4)
    }
    return fields
  }

  /// Shown only while a medicine category is chosen.
  static func medicineFields(_ t: Texts) -> [FieldSpec<IncidentField>] {
    IncidentField.medicine.map {
      .text(
        $0, t("incidents.field.\($0.rawValue)"), required: $0 == .medName, max: IncidentValidation.maxShortTextLength)
    }
  }

  /// The certainty that follows from the time field: a time typed is known, none is unknown;
  /// an estimate chosen by the reporter stays while a time is there.
  static func certainty(following time: String, current: String) -> String {
    if time.trimmingCharacters(in: .whitespaces).isEmpty { return TimeCertainty.unknown.rawValue }
    return current == TimeCertainty.estimated.rawValue ? current : TimeCertainty.known.rawValue
  }

  /// The unit (its option key) where the resident with option key `resident` lives, if one of the reporter's.
  func unit(of resident: String?) -> String? {
    guard let id = resident.flatMap({ Int64($0) }), let r = residents.first(where: { $0.id == id }),
      units.contains(where: { $0.id == r.unitID })
    else { return nil }
    return String(r.unitID)
  }

  func category(_ code: String?) -> IncidentCategory? { code.flatMap { c in categories.first { $0.code == c } } }

  static func consequence(_ key: String?) -> Consequence? {
    key.flatMap { Int($0) }.flatMap(Consequence.init(rawValue:))
  }

  /// The severity to show while the reporter chooses (nil until both are chosen).
  static func severity(actual: String?, possible: String?) -> Severity? {
    guard let a = consequence(actual), let p = consequence(possible) else { return nil }
    return SeverityTable.severity(actual: a, possible: p)
  }

  /// The report in the form, or the first problem.
  func report(_ s: FormReading<IncidentField>) -> Result<IncidentReport, IncidentValidationError> {
    if s.isEmpty(.date) && !s.isEmpty(.time) { return .failure(.timeWithoutDate) }
    var day: CalendarDay?
    if !s.isEmpty(.date) {
      guard let d = s.day(.date) else { return .failure(.invalidDate) }
      day = d
    }
    let certainty = s.choice(.certainty).flatMap(TimeCertainty.init(rawValue:)) ?? .known
    let time: IncidentTime
    do {
      time = try IncidentTime.from(day: day, clock: s.text(.time), certainty: certainty, timeZone: s.timeZone)
    } catch {
      return .failure(error)
    }
    let resident = s.rowID(.resident).flatMap { id in residents.first { $0.id == id } }
    let unitID = resident?.unitID ?? s.rowID(.unit) ?? units.first?.id ?? 0
    return .success(
      IncidentReport(
        unitID: unitID, residentID: resident?.id, place: s.raw(.place), time: time,
        categoryCode: s.choice(.category) ?? "",
        medicine: MedicineInvolved(
          name: s.raw(.medName), substance: s.raw(.medSubstance), route: s.raw(.medRoute),
          strength: s.raw(.medStrength)),
        headline: s.raw(.headline),
        description: IncidentDescription(
          course: s.raw(.course), consequences: s.raw(.consequences), prevention: s.raw(.prevention)),
        actual: Self.consequence(s.choice(.actual)) ?? .none, possible: Self.consequence(s.choice(.possible)) ?? .none))
  }

  /// The form field an error belongs to.
  static func fieldID(for error: IncidentValidationError) -> IncidentField {
    switch error {
    case .missingPlace: .place
    case .missingDate, .invalidDate, .dateInFuture: .date
    case .timeWithoutDate: .date
    case .missingTime, .invalidTime: .time
    case .missingCategory, .unknownCategory: .category
    case .missingHeadline: .headline
    case .missingDescription: .course
    case .missingMedicine: .medName
    case .possibleBelowActual: .possible
    case .textTooLong(let field, _): field == "medicine" ? .medName : IncidentField(rawValue: field) ?? .course
    case .residentNotInUnit: .resident
    }
  }
}
