import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The fields of the quick log. The draft keeps the resident by id and the whole date.
enum QuickLogField: String, FormFieldID { case date, time, resident, summary }

/// The night shift's quick log (F6 from any screen): the date and time are now, the resident
/// is picked by typing a few letters and Enter (already chosen when F6 is pressed on their
/// record), a short text, Ctrl-S. A draft from the first key.
enum QuickLogScreen {
  static let draftKey = "episode.quick"
  /// A draft begun on the locked screen names the resident by the letters typed there.
  static let lettersExtra = "lockedLetters"

  static func make(session: Session, context: AppContext, resident: ResidentID? = nil) -> FormScreen<QuickLogField> {
    let t = context.texts
    let zone = session.timeZone
    let residents = (try? session.database.residents.list(for: session.actor)) ?? []
    let now = context.clock()
    let options = residents.map { r in
      ChoiceOption(
        id: r.id, session.actor.unitIDs.count > 1 ? "\(r.name) (\(session.unitNames[r.unitID] ?? ""))" : r.name)
    }
    let chosen = resident.flatMap { id in residents.contains { $0.id == id } ? String(id) : nil }
    let screen = FormScreen<QuickLogField>(
      title: t("episodes.quick.title"), context: context,
      fields: [
        .date(.date, t("episodes.field.date"), CalendarDay(now, in: zone), required: true),
        .time(.time, t("episodes.field.time"), TimeOfDay(now, in: zone), required: true),
        .choice(.resident, t("episodes.field.resident"), options, chosen, required: true),
        .area(.summary, t("episodes.field.summary"), height: 4, required: true),
      ], focus: chosen == nil ? .resident : .summary, draftKey: draftKey
    ) { form, context in
      guard let residentID = form.rowID(.resident) else {
        throw FieldProblem(QuickLogField.resident, context.texts("form.required"))
      }
      let at = try moment(
        day: form.day(.date), time: form.time(.time), now: context.clock(), zone: zone, field: QuickLogField.time,
        texts: context.texts)
      let episode = try session.database.episodes.quickLog(
        QuickLog(residentID: residentID, occurredAt: at, summary: form.text(.summary)), by: session.actor,
        timeZone: zone)
      return FormSaved(context.texts("episodes.quick.saved", episode.id), savedID: episode.id)
    }
    screen.header = { context in [(context.texts("episodes.quick.intro"), .header)] }
    screen.labelWidth = 18
    screen.draftAbout = { $0.label(of: .resident) }
    screen.restoreExtras = { [unowned screen] extras in
      guard let letters = extras[lettersExtra], !letters.isEmpty else { return }
      if case .one(let r) = LockedQuickLogScreen.resident(letters, among: residents) {
        screen.setValue(.resident, String(r.id))
      } else {
        screen.setMessage(t("episodes.locked.lettersWere", letters), for: .resident)
        screen.focus(.resident)
      }
    }
    return screen
  }
}

extension QuickLogScreen {
  /// The moment the date and time name. A time later than now on today's date was yesterday
  /// evening (logged after midnight): yesterday's wall clock, not 24 hours back, which is an
  /// hour off on the night summer time changes. Later than that is refused on `field`.
  static func moment<ID: FormFieldID>(
    day: CalendarDay?, time: TimeOfDay?, now: Date, zone: TimeZone, field: ID, texts t: Texts
  ) throws -> Date {
    guard let day, let time else { throw FieldProblem(field, t("form.required")) }
    var at = day.instant(at: time, in: zone)
    let today = CalendarDay(now, in: zone)
    if at > now.addingTimeInterval(60), day == today {
      at = today.adding(days: -1).instant(at: time, in: zone)
    }
    if at > now.addingTimeInterval(60) { throw FieldProblem(field, t("episodes.error.inFuture")) }
    return at
  }
}
