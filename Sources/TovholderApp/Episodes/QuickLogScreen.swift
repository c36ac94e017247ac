import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The night shift's quick log (F6 from any screen): time = now, the resident picked by
/// typing a few letters and Enter, a short text, Ctrl-S. A draft from the first key.
enum QuickLogScreen {
  static let draftKey = "episode.quick"

  static func make(session: Session, context: AppContext) -> EpisodesFormScreen {
    let t = context.texts
    let residents = (try? session.database.residents.list(for: session.actor)) ?? []
    let now = context.clock()
    let options = residents.map { r in
      session.actor.unitIDs.count > 1 ? "\(r.name) (\(session.unitNames[r.unitID] ?? ""))" : r.name
    }
    let screen = EpisodesFormScreen(
      session: session, title: t("episodes.quick.title"), headerLines: [t("episodes.quick.intro")],
      fields: [
        FormField(
          id: "time", label: t("episodes.field.time"), isRequired: true,
          input: .time(TimeFieldState(time: TimeOfDay(now, in: session.timeZone)))),
        FormField(
          id: "resident", label: t("episodes.field.resident"), isRequired: true,
          input: .choice(options: options, selected: nil)),
        FormField(
          id: "summary", label: t("episodes.field.summary"), isRequired: true, input: .area(TextAreaState(), height: 4)),
      ], focus: "resident", draftKey: draftKey, context: context
    ) { screen, context in
      guard let index = screen.choice("resident"), residents.indices.contains(index) else {
        throw EpisodesFieldError(fieldID: "resident", message: context.texts("form.required"))
      }
      let now = context.clock()
      let time = try screen.time("time", context: context) ?? TimeOfDay(now, in: session.timeZone)
      let today = CalendarDay(now, in: session.timeZone)
      var at = today.instant(at: time, in: session.timeZone)
      // A time later than now was yesterday evening (logged after midnight); yesterday's
      // wall clock, not 24 hours back, which is an hour off on the night summer time changes.
      if at > now.addingTimeInterval(60) { at = today.adding(days: -1).instant(at: time, in: session.timeZone) }
      let episode = try session.database.episodes.quickLog(
        QuickLog(residentID: residents[index].id, occurredAt: at, summary: screen.text("summary")), by: session.actor,
        timeZone: session.timeZone)
      context.show(context.texts("episodes.quick.saved", episode.id), seconds: 10)
      return .pop
    }
    screen.labelWidth = 18
    // Once a resident is chosen, go straight on to the text.
    screen.afterKey = { screen, key in
      if key == .enter, screen.form.focusedField?.id == "resident", screen.form.picker == nil,
        screen.choice("resident") != nil
      {
        screen.form.setFocus(id: "summary")
      }
    }
    return screen
  }
}
