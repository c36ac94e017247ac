import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// One force report: the § 135 a flow as a checklist (registered by staff → the leader's
/// assessment → sent to the acting municipality and the supervising authority → guardian or
/// relatives informed), each step ticked with who recorded it and when; Enter on a step
/// records it. The first line shows the whole form as it is exported.
final class ForceReportScreen: TableScreen {
  enum Row: CaseIterable { case view, registered, assess, sent, informed }
  let session: Session
  let reportID: ForceReportID
  var report: ForceReport?

  init(session: Session, reportID: ForceReportID) {
    self.session = session
    self.reportID = reportID
    super.init(
      titleKey: "episodes.forceReport.title",
      columns: [ColumnSpec("episodes.col.step", .fixed(38)), ColumnSpec("episodes.col.whoWhen")], load: { _ in [] })
    load = { [unowned self] context in loadRows(context) }
    onOpen = { [unowned self] row, context in open(Row.allCases[row], context) }
  }

  override func title(_ context: AppContext) -> String { context.texts("episodes.forceReport.title", reportID) }

  private func loadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      let r = try session.database.force.fetch(id: reportID, actor: session.actor)
      report = r
      let form = session.catalogues.forceForms.form(r.form, version: r.formVersion)
      introLines = [
        (t("episodes.forceReport.head", form?.title ?? r.form.rawValue, r.formVersion), .header),
        (form.map { $0.verified ? "" : t("episodes.force.wordingNotice") } ?? "", .muted),
        (t("episodes.forceReport.statusLine", t("episodes.force.status.\(r.status.rawValue)")), .normal),
      ].filter { !$0.0.isEmpty }
      return [
        [t("episodes.forceReport.view"), ""],
        step(
          true, "episodes.forceReport.registered", t("episodes.status.byAt", r.registeredByName, stamp(r.registeredAt)),
          t),
        step(
          r.assessedAt != nil, "episodes.forceReport.assess",
          r.assessedAt.map { t("episodes.status.byAt", r.assessedByName ?? "", stamp($0)) }, t),
        step(
          r.sentToSupervisorOn != nil && r.sentToMunicipalityOn != nil, "episodes.forceReport.sent",
          r.sentToSupervisorOn.map {
            t("episodes.status.sentOn", DateWording.day(r.sentToMunicipalityOn ?? $0), DateWording.day($0))
              + recorded(r.sentByName, r.sentRecordedAt, t)
          }, t),
        step(
          r.relativesInformedOn != nil, "episodes.forceReport.informed",
          r.relativesInformedOn.map {
            "\(DateWording.day($0)): \(r.relativesInformedWho ?? "")"
              + recorded(r.informedByName, r.informedRecordedAt, t)
          }, t),
      ]
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
      return []
    }
  }

  /// "✓ Ledelsens vurdering" with who and when, or "☐ …" with what is missing.
  private func step(_ done: Bool, _ key: String, _ whoWhen: String?, _ t: Texts) -> [String] {
    [(done ? "✓ " : "☐ ") + t(key), whoWhen ?? t("episodes.status.missing")]
  }

  private func stamp(_ d: Date) -> String { DateWording.dateTime(d) }

  private func recorded(_ who: String?, _ at: Date?, _ t: Texts) -> String {
    guard let who, let at else { return "" }
    return " · " + t("episodes.status.recordedBy", who, stamp(at))
  }

  private func open(_ row: Row, _ context: AppContext) -> ScreenAction {
    guard let r = report else { return .stay }
    let t = context.texts
    reload()
    if row == .registered { return .stay }
    if row != .view && row != .informed && !session.isLeader {
      context.show(t("episodes.error.leaderOnly"), kind: .warning)
      return .stay
    }
    switch row {
    case .view:
      do {
        let text = try session.database.force.exportText(
          id: r.id, forms: session.catalogues.forceForms.all, wording: t.wording, actor: session.actor)
        return .push(TextScreen(title: t("episodes.forceReport.form"), text: text))
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
        return .stay
      }
    case .registered: return .stay
    case .assess: return .push(ForceStepForms.make(.assess, session: session, report: r, context: context))
    case .sent: return .push(ForceStepForms.make(.sent, session: session, report: r, context: context))
    case .informed: return .push(ForceStepForms.make(.informed, session: session, report: r, context: context))
    }
  }
}
