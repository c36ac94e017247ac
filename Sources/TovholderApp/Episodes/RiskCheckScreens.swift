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

  static func form(session: Session, resident: Resident, context: AppContext) -> FormScreen<RiskItemField> {
    let t = context.texts
    let list = session.catalogues.riskChecklist
    let fields = list.items.map { item -> FieldSpec<RiskItemField> in
      // The option's key is its score.
      let options =
        item.max == 1
        ? [ChoiceOption("0", t("episodes.answer.no")), ChoiceOption("1", t("episodes.answer.yes"))]
        : (0...item.max).map { ChoiceOption(String($0), String($0)) }
      return .choice(RiskItemField(key: item.id), item.label, options, "0", required: true)
    }
    let screen = FormScreen<RiskItemField>(
      title: t("episodes.risk.formTitle", resident.name), context: context, fields: fields,
      draftKey: "risk.check.\(resident.id)"
    ) { s, context in
      var answers: [String: Int] = [:]
      for item in list.items { answers[item.id] = Int(s.choice(RiskItemField(key: item.id)) ?? "") ?? 0 }
      let check = try session.database.risk.record(
        residentID: resident.id, checklist: list, answers: answers, by: session.actor, timeZone: session.timeZone)
      return FormSaved(context.texts("episodes.risk.saved", EpisodesArea.scoreText(check, context.texts)))
    }
    screen.header = { _ in [(list.title, .header)] }
    screen.labelWidth = 24
    screen.draftAbout = { _ in resident.name }
    return screen
  }
}

/// An item of the home's risk checklist (the checklist is data, not code).
struct RiskItemField: FormFieldID { let key: String }
