import Foundation
import TerminalUI
import TovholderCore

/// The registration form's fields (the DPSD fields, required ones first) and how to read
/// a report back from them.
struct IncidentFormFields {
  let categories: [IncidentCategory]
  let units: [(id: UnitID, name: String)]
  let residents: [Resident]

  func make(_ t: Texts, now: Date, timeZone: TimeZone) -> [FormField] {
    let today = CalendarDay(now, in: timeZone)
    let consequences = Consequence.allCases.map { IncidentsErrorText.consequence($0, t) }
    func text(_ id: String, required: Bool = false, max: Int = IncidentValidation.maxShortTextLength) -> FormField {
      .text(id: id, label: t("incidents.field.\(id)"), isRequired: required, maxLength: max)
    }
    func area(_ id: String, height: Int, required: Bool = false) -> FormField {
      FormField(
        id: id, label: t("incidents.field.\(id)"), isRequired: required,
        input: .area(TextAreaState(text: ""), height: height))
    }
    var fields: [FormField] = [
      text("headline", required: true),
      FormField(
        id: "category", label: t("incidents.field.category"), isRequired: true,
        input: .choice(
          options: categories.map { IncidentsCatalogue.name($0, texts: t) }, selected: nil)),
      FormField(
        id: "date", label: t("incidents.field.date"), isRequired: true,
        input: .date(DateFieldState(date: today))),
      FormField(
        id: "time", label: t("incidents.field.time"),
        input: .time(TimeFieldState(time: TimeOfDay(now, in: timeZone)))),
      FormField(
        id: "certainty", label: t("incidents.field.certainty"), isRequired: true,
        input: .choice(options: TimeCertainty.allCases.map { t("incidents.certainty.\($0.rawValue)") }, selected: 0)),
      text("place", required: true),
      FormField(
        id: "resident", label: t("incidents.field.resident"),
        input: .choice(options: [t("incidents.resident.none")] + residents.map(\.name), selected: 0)),
      FormField(
        id: "actual", label: t("incidents.field.actual"), isRequired: true,
        input: .choice(options: consequences, selected: nil)),
      FormField(
        id: "possible", label: t("incidents.field.possible"), isRequired: true,
        input: .choice(options: consequences, selected: nil)),
      area("course", height: 4, required: true),
      area("consequences", height: 2),
      area("prevention", height: 2),
    ]
    if units.count > 1 {
      fields.insert(
        FormField(
          id: "unit", label: t("incidents.field.unit"), isRequired: true,
          input: .choice(options: units.map(\.name), selected: 0)),
        at: 7)
    }
    return fields
  }

  /// Shown only while a medicine category is chosen.
  static func medicineFields(_ t: Texts) -> [FormField] {
    ["medName", "medSubstance", "medRoute", "medStrength"].map {
      .text(
        id: $0, label: t("incidents.field.\($0)"), isRequired: $0 == "medName",
        maxLength: IncidentValidation.maxShortTextLength)
    }
  }

  /// The chosen category, if any.
  func category(_ form: FormState) -> IncidentCategory? {
    form.index(of: "category").flatMap { form.fields[$0].selectedOption }.flatMap {
      categories.indices.contains($0) ? categories[$0] : nil
    }
  }

  func consequence(_ form: FormState, _ id: String) -> Consequence? {
    form.index(of: id).flatMap { form.fields[$0].selectedOption }.flatMap(Consequence.init(rawValue:))
  }

  /// The severity to show while the reporter chooses (nil until both are chosen).
  func severity(_ form: FormState) -> Severity? {
    guard let a = consequence(form, "actual"), let p = consequence(form, "possible") else { return nil }
    return SeverityTable.severity(actual: a, possible: p)
  }

  /// The report in the form, or the first problem (field id and error).
  func report(_ form: FormState, now: Date, timeZone: TimeZone) -> Result<IncidentReport, IncidentValidationError> {
    let today = CalendarDay(now, in: timeZone)
    var day: CalendarDay?
    if let i = form.index(of: "date"), case .date(let s) = form.fields[i].input,
      !s.text.trimmingCharacters(in: .whitespaces).isEmpty
    {
      guard case .success(let d) = s.value(today: today) else { return .failure(.invalidDate) }
      day = d
    }
    let certainty =
      form.index(of: "certainty").flatMap { form.fields[$0].selectedOption }.map { TimeCertainty.allCases[$0] }
      ?? .known
    let time: IncidentTime
    do {
      time = try IncidentTime.from(day: day, clock: form.value("time"), certainty: certainty, timeZone: timeZone)
    } catch {
      return .failure(error)
    }
    let residentIndex = (form.index(of: "resident").flatMap { form.fields[$0].selectedOption } ?? 0) - 1
    let resident = residents.indices.contains(residentIndex) ? residents[residentIndex] : nil
    let unitIndex = form.index(of: "unit").flatMap { form.fields[$0].selectedOption } ?? 0
    let unitID = resident?.unitID ?? (units.indices.contains(unitIndex) ? units[unitIndex].id : units.first?.id ?? 0)
    return .success(
      IncidentReport(
        unitID: unitID, residentID: resident?.id, place: form.value("place"), time: time,
        categoryCode: category(form)?.code ?? "",
        medicine: MedicineInvolved(
          name: form.value("medName"), substance: form.value("medSubstance"), route: form.value("medRoute"),
          strength: form.value("medStrength")),
        headline: form.value("headline"),
        description: IncidentDescription(
          course: form.value("course"), consequences: form.value("consequences"), prevention: form.value("prevention")),
        actual: consequence(form, "actual") ?? .none, possible: consequence(form, "possible") ?? .none))
  }

  /// The form field an error belongs to.
  static func fieldID(for error: IncidentValidationError) -> String {
    switch error {
    case .missingPlace: "place"
    case .missingDate, .invalidDate, .dateInFuture: "date"
    case .timeWithoutDate: "date"
    case .missingTime, .invalidTime: "time"
    case .missingCategory, .unknownCategory: "category"
    case .missingHeadline: "headline"
    case .missingDescription: "course"
    case .missingMedicine: "medName"
    case .possibleBelowActual: "possible"
    case .textTooLong(let field, _): field == "medicine" ? "medName" : field
    case .residentNotInUnit: "resident"
    }
  }
}
