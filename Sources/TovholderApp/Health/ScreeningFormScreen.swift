import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A field of a screening form: one per value of the template (its key), then date, time, note.
struct ScreeningEntryField: FormFieldID {
  let key: String
  static let date = ScreeningEntryField(key: "date")
  static let time = ScreeningEntryField(key: "time")
  static let note = ScreeningEntryField(key: "note")
}

/// Recording a screening: one field per value of the template, then date, time and a note.
/// A value outside the valid range is refused at its field; outside the normal range it is
/// saved and the flag is shown. Kept as a draft while typed.
enum ScreeningFormScreen {
  static func make(session: Session, resident: Resident, template: ScreeningTemplate, context: AppContext)
    -> FormScreen<ScreeningEntryField>
  {
    let t = context.texts
    let lang = t.language.rawValue
    let zone = session.timeZone
    let latest = try? session.database.health.history(
      residentID: resident.id, templateKey: template.key, actor: session.actor, limit: 1
    ).first
    var fields: [FieldSpec<ScreeningEntryField>] = template.fields.map { f in
      let id = ScreeningEntryField(key: f.key)
      let label = f.name.text(lang)
      switch f.kind {
      case .number(let spec):
        let previous = f.carriesForward ? latest?.values[f.key]?.number : nil
        return .number(
          id, "\(label) (\(spec.unit))",
          previous.map { HealthEntry.format($0, decimals: spec.decimals, language: lang) }
            ?? "", required: !f.isOptional, decimals: spec.decimals, validate: numberCheck(spec, name: label, texts: t))
      case .yesNo: return .yesNo(id, label, nil, required: !f.isOptional)
      case .text: return .text(id, label, required: !f.isOptional, max: ScreeningRules.maxTextLength)
      }
    }
    let now = context.clock()
    fields += [
      .date(.date, t("health.field.date"), CalendarDay(now, in: zone), required: true),
      .time(.time, t("health.field.time"), TimeOfDay(now, in: zone), required: true),
      .text(.note, t("health.field.note"), max: ScreeningRules.maxNoteLength),
    ]
    let screen = FormScreen<ScreeningEntryField>(
      title: template.name.text(lang), context: context, fields: fields,
      draftKey: "screening.new.\(resident.id).\(template.key)"
    ) { s, context in try save(s, context, session: session, resident: resident, template: template) }
    screen.header = { context in
      let f = context.healthFormat
      let t = context.texts
      let head: String = t("health.form.for", template.name.text(f.language), resident.name)
      var last: String = t("health.form.first")
      if let latest { last = t("health.form.last", f.day(latest.day), f.values(latest, template: template)) }
      return [(head, .header), (last, .muted)]
    }
    screen.labelWidth = 24
    screen.draftAbout = { _ in resident.name }
    return screen
  }

  private static func save(
    _ s: FormReading<ScreeningEntryField>, _ context: AppContext, session: Session, resident: Resident,
    template: ScreeningTemplate
  ) throws -> FormSaved {
    let t = context.texts
    var values: [String: ScreeningValue] = [:]
    for f in template.fields {
      let id = ScreeningEntryField(key: f.key)
      switch f.kind {
      case .number: if let n = s.number(id) { values[f.key] = .number(n) }
      case .yesNo: if let b = s.flag(id) { values[f.key] = .yesNo(b) }
      case .text: if !s.isEmpty(id) { values[f.key] = .text(s.text(id)) }
      }
    }
    guard let takenAt = s.instant(.date, .time) else {
      throw FieldProblem(ScreeningEntryField.date, t("form.required"))
    }
    let saved: Screening
    do {
      saved = try session.database.health.record(
        NewScreening(
          residentID: resident.id, templateKey: template.key, takenAt: takenAt, values: values, note: s.raw(.note)),
        by: session.actor, timeZone: s.timeZone)
    } catch {
      if case .health(let e) = error, let field = field(of: e) {
        throw FieldProblem(ScreeningEntryField(key: field), HealthErrors.describe(e, t, template: template))
      }
      throw error
    }
    if saved.isFlagged {
      let flags = context.healthFormat.flags(saved, template: template)
      return FormSaved(t("health.form.savedFlagged", flags), kind: .warning, savedID: saved.id)
    }
    return FormSaved(t("health.form.saved"), savedID: saved.id)
  }

  static func numberCheck(_ spec: ScreeningField.NumberSpec, name: String, texts t: Texts)
    -> @Sendable (String) -> String?
  {
    let lang = t.language.rawValue
    return { text in
      guard let n = HealthEntry.number(text) else { return t("health.error.notANumber") }
      guard spec.valid.contains(n) else {
        func fmt(_ v: Double) -> String { HealthEntry.format(v, decimals: v == v.rounded() ? 0 : 1, language: lang) }
        return t("health.error.outOfValidRange", name, fmt(spec.valid.lowerBound), fmt(spec.valid.upperBound))
      }
      return nil
    }
  }

  /// The form again from its draft key (`screening.new.<resident>.<template>`).
  static func restore(key: String, session: Session, context: AppContext) -> FormScreen<ScreeningEntryField>? {
    let parts = key.split(separator: ".")
    guard parts.count == 4, let id = ResidentID(parts[2]),
      let resident = try? session.database.residents.fetch(id: id, actor: session.actor),
      let template = session.screeningTemplate(String(parts[3]))
    else { return nil }
    return make(session: session, resident: resident, template: template, context: context)
  }

  static func field(of e: HealthError) -> String? {
    switch e {
    case .missingValue(let f), .outOfValidRange(let f, _, _), .wrongKind(let f), .textTooLong(let f, _): return f
    case .takenInFuture: return "date"
    case .noteTooLong: return "note"
    default: return nil
    }
  }
}
