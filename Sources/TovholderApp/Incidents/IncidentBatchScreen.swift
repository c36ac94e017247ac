import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The monthly batch report (Ctrl-O in the queue): last month's minor falls, infections and
/// medicine administration/dispensing events of each of the leader's units, collected into
/// one report per unit and marked as such. Shows the reports as text.
final class IncidentBatchScreen: Screen {
  let lines: [(String, Style)]
  var scroll = 0

  init(session: Session, context: AppContext) {
    let t = context.texts
    let month = IncidentMonth(CalendarDay(context.clock(), in: session.timeZone)).previous
    var lines: [(String, Style)] = []
    for unit in IncidentRules.reviewUnits(for: session.actor).sorted() {
      let name = session.unitNames[unit] ?? "\(unit)"
      do {
        let report = try session.database.incidents.createBatchReport(
          unitID: unit, month: month, catalogue: session.catalogues.incidents, by: session.actor)
        lines += report.text(t.wording).split(separator: "\n", omittingEmptySubsequences: false).map {
          (String($0), .normal)
        }
      } catch {
        lines.append((t("incidents.batch.unit", name, month.shown, ErrorMessages.describe(error, t)), .muted))
        lines.append(("", .normal))
      }
    }
    self.lines = lines
  }

  func title(_ context: AppContext) -> String { context.texts("incidents.batch.title") }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    IncidentDetail.draw(lines, into: &buffer, area: area.inset(horizontal: 1, vertical: 0), scroll: scroll)
    return nil
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    switch key {
    case .down, .pageDown: scroll = min(scroll + (key == .down ? 1 : 10), max(0, lines.count - 1))
    case .up, .pageUp: scroll = max(0, scroll - (key == .up ? 1 : 10))
    default: return .unhandled
    }
    return .stay
  }
}
