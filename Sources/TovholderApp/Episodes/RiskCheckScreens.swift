import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// This shift's risk checks: the residents marked at risk with their latest score; Enter
/// scores one now on the home's checklist.
enum RiskCheckScreen {
  static func make(session: Session) -> TableScreen {
    var residents: [Resident] = []
    let screen = TableScreen(
      titleKey: "episodes.risk.title",
      columns: [
        ColumnSpec("episodes.col.resident"), ColumnSpec("episodes.col.unit", .fixed(14)),
        ColumnSpec("episodes.col.latest", .fixed(22)),
      ], emptyKey: "episodes.risk.empty"
    ) { context in
      let t = context.texts
      var latest: [ResidentID: RiskCheck] = [:]
      do {
        residents = try session.database.risk.atRisk(actor: session.actor)
        latest = try session.database.risk.latest(residentIDs: residents.map(\.id), actor: session.actor)
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
      }
      let shift = ShiftPeriod.containing(context.clock(), in: session.timeZone)
      return residents.map { r in
        let check = latest[r.id]
        let mark =
          check.map { $0.checkedAt >= shift.start ? "" : t("episodes.risk.due") + " " } ?? t("episodes.risk.due") + " "
        return [r.name, session.unitNames[r.unitID] ?? "", mark + (check.map { EpisodesArea.scoreText($0, t) } ?? "–")]
      }
    }
    screen.introLines = [(session.catalogues.riskChecklist.title, .header)]
    screen.onOpen = { row, context in
      screen.reload()
      return .push(form(session: session, resident: residents[row], context: context))
    }
    return screen
  }

  static func form(session: Session, resident: Resident, context: AppContext) -> EpisodesFormScreen {
    let t = context.texts
    let list = session.catalogues.riskChecklist
    let fields = list.items.map { item -> FormField in
      let options = item.max == 1 ? EpisodesFormat.yesNo(t) : (0...item.max).map(String.init)
      return FormField(id: item.id, label: item.label, isRequired: true, input: .choice(options: options, selected: 0))
    }
    let screen = EpisodesFormScreen(
      session: session, title: t("episodes.risk.formTitle", resident.name), headerLines: [list.title], fields: fields,
      draftKey: "risk.check.\(resident.id)", context: context
    ) { s, context in
      var answers: [String: Int] = [:]
      for item in list.items { answers[item.id] = s.choice(item.id) ?? 0 }
      let check = try session.database.risk.record(
        residentID: resident.id, checklist: list, answers: answers, by: session.actor, timeZone: session.timeZone)
      context.show(context.texts("episodes.risk.saved", EpisodesArea.scoreText(check, context.texts)))
      return .pop
    }
    screen.labelWidth = 24
    return screen
  }
}
