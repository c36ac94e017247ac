import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Who has read or changed a resident's data, newest first (leaders only).
enum AccessLogScreen {
  static func make(session: Session, resident: Resident) -> TableScreen {
    TableScreen(
      titleKey: "accessLog.title",
      columns: [
        ColumnSpec("accessLog.col.when", .fixed(16)), ColumnSpec("accessLog.col.who", .fixed(20)),
        ColumnSpec("accessLog.col.what"),
      ], emptyKey: "accessLog.empty"
    ) { context in
      do {
        let entries = try session.database.audit.accessLog(residentID: resident.id, actor: session.actor)
        return entries.map {
          [DateWording.dateTime($0.at), $0.actorName, context.texts("audit.\($0.action.rawValue)")]
        }
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
        return []
      }
    }
  }
}
