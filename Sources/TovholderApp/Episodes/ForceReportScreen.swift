import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// One force report: its flow (registered → leader's assessment → sent → guardian or
/// relatives informed), each a line; Enter on a line records that step. The first line shows
/// the whole form as it is exported.
final class ForceReportScreen: TableScreen {
  enum Row: CaseIterable { case view, assess, sent, informed }
  let session: Session
  let reportID: ForceReportID
  var report: ForceReport?

  init(session: Session, reportID: ForceReportID) {
    self.session = session
    self.reportID = reportID
    super.init(
      titleKey: "episodes.forceReport.title",
      columns: [ColumnSpec("episodes.col.step", .fixed(28)), ColumnSpec("episodes.col.status")], load: { _ in [] })
    load = { [unowned self] context in loadRows(context) }
    onOpen = { [unowned self] row, context in open(Row.allCases[row], context) }
  }

  override func title(_ context: AppContext) -> String { context.texts("episodes.forceReport.title", reportID) }

  private func loadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      let r = try session.database.force.fetch(id: reportID, actor: session.actor)
      report = r
      let form = session.catalogues.forceForms.all.first { $0.form == r.form && $0.version == r.formVersion }
      introLines = [
        (t("episodes.forceReport.head", form?.title ?? r.form.rawValue, r.formVersion), .header),
        (form?.wordingSource == nil ? "" : t("episodes.force.wordingNotice"), .warning),
        (t("episodes.forceReport.registered", r.registeredByName, DateWording.dateTime(r.registeredAt)), .normal),
        (t("episodes.forceReport.statusLine", t("episodes.force.status.\(r.status.rawValue)")), .normal),
      ].filter { !$0.0.isEmpty }
      let missing = t("episodes.status.missing")
      return [
        [t("episodes.forceReport.view"), ""],
        [
          t("episodes.forceReport.assess"),
          r.assessedAt.map { t("episodes.status.byAt", r.assessedByName ?? "", DateWording.day($0)) } ?? missing,
        ],
        [
          t("episodes.forceReport.sent"),
          r.sentToSupervisorOn.map {
            t("episodes.status.sentOn", DateWording.day(r.sentToMunicipalityOn ?? $0), DateWording.day($0))
          } ?? missing,
        ],
        [
          t("episodes.forceReport.informed"),
          r.relativesInformedOn.map { "\(DateWording.day($0)) (\(r.relativesInformedWho ?? ""))" } ?? missing,
        ],
      ]
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
      return []
    }
  }

  private func open(_ row: Row, _ context: AppContext) -> ScreenAction {
    guard let r = report else { return .stay }
    let t = context.texts
    reload()
    if row != .view && row != .informed && !session.isLeader {
      context.show(t("episodes.error.leaderOnly"), kind: .warning)
      return .stay
    }
    switch row {
    case .view:
      do {
        let text = try session.database.force.exportText(
          id: r.id, forms: session.catalogues.forceForms.all, wording: t.wording, actor: session.actor)
        return .push(EpisodesTextScreen(title: t("episodes.forceReport.title", r.id), text: text))
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
        return .stay
      }
    case .assess: return .push(ForceStepForms.make(.assess, session: session, report: r, context: context))
    case .sent: return .push(ForceStepForms.make(.sent, session: session, report: r, context: context))
    case .informed: return .push(ForceStepForms.make(.informed, session: session, report: r, context: context))
    }
  }
}

/// A read-only text (the force report as exported).
final class EpisodesTextScreen: Screen {
  let titleText: String
  let lines: [String]
  var top = 0

  init(title: String, text: String) {
    titleText = title
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  func title(_ context: AppContext) -> String { titleText }
  var scopes: [CommandScope] { [.list] }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 0)
    top = max(0, min(top, lines.count - inner.height))
    Paragraph(lines[top...].joined(separator: "\n")).render(into: &buffer, area: inner)
    return nil
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    switch command {
    case .moveDown: top += 1
    case .moveUp: top = max(0, top - 1)
    case .pageDown: top += 10
    case .pageUp: top = max(0, top - 10)
    case .first: top = 0
    case .last: top = lines.count
    default: return .unhandled
    }
    return .stay
  }
}
