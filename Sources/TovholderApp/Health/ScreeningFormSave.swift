import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

extension ScreeningFormScreen {
  /// Checks the fields, records the screening and says whether it was flagged.
  func save(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    guard form.validateAll() else { return .stay }
    var values: [String: ScreeningValue] = [:]
    for f in template.fields {
      let text = form.value(f.key).trimmingCharacters(in: .whitespaces)
      switch f.kind {
      case .number:
        if let n = HealthEntry.number(text) { values[f.key] = .number(n) }
      case .yesNo:
        if let i = form.fields[form.index(of: f.key)!].selectedOption { values[f.key] = .yesNo(i == 1) }
      case .text:
        if !text.isEmpty { values[f.key] = .text(text) }
      }
    }
    guard let takenAt = takenAt(context) else { return .stay }
    do {
      let s = try session.database.health.record(
        NewScreening(
          residentID: resident.id, templateKey: template.key, takenAt: takenAt, values: values,
          note: form.value("note")), by: session.actor, timeZone: session.timeZone)
      discardDraft(context: context)
      onSaved?()
      if s.isFlagged {
        context.show(
          t("health.form.savedFlagged", context.healthFormat.flags(s, template: template)), kind: .warning, seconds: 15)
      } else {
        context.show(t("health.form.saved"))
      }
      return .pop
    } catch {
      saveDraft(context: context)
      if case .health(let e) = error, let field = ScreeningFormScreen.field(of: e) {
        form.setMessage(HealthErrors.describe(e, t, template: template), for: field)
        form.setFocus(id: field)
      } else {
        context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
      }
      return .stay
    }
  }

  /// The moment from the date and time fields, in the session's zone; messages on failure.
  private func takenAt(_ context: AppContext) -> Date? {
    let t = context.texts
    let now = context.clock()
    let today = CalendarDay(now, in: session.timeZone)
    guard let i = form.index(of: "date"), case .date(let ds) = form.fields[i].input,
      let j = form.index(of: "time"), case .time(let ts) = form.fields[j].input
    else { return nil }
    guard case .success(let d) = ds.value(today: today)
    else {
      form.setMessage(t("health.error.date"), for: "date")
      form.setFocus(id: "date")
      return nil
    }
    guard case .success(let tm) = ts.value(now: TimeOfDay(now, in: session.timeZone)) else {
      form.setMessage(t("health.error.time"), for: "time")
      form.setFocus(id: "time")
      return nil
    }
    return d.instant(at: tm, in: session.timeZone)
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
