import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Who has read or changed a resident's data, newest first, in plain words (leaders of the
/// resident's unit): openings, reads, changes, exports, and searches that showed the resident.
/// The reporter of an unintended event is never named.
enum AccessLogScreen {
  static func make(session: Session, resident: Resident, context: AppContext) -> TableScreen {
    let screen = AccessLogList(
      titleKey: "rights.access.title",
      columns: [
        ColumnSpec("accessLog.col.when", .fixed(16)), ColumnSpec("accessLog.col.who", .fixed(20)),
        ColumnSpec("rights.access.col.kind", .fixed(7)), ColumnSpec("accessLog.col.what"),
      ], emptyKey: "accessLog.empty"
    ) { context in
      let t = context.texts
      do {
        return try session.database.rights.accessLog(residentID: resident.id, actor: session.actor).map {
          [
            DateWording.dateTime($0.at), RightsWords.who($0, t), RightsWords.readOrChanged($0, t),
            RightsWords.what($0, t),
          ]
        }
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error)
        return []
      }
    }
    screen.introLines = [
      (context.texts("rights.access.intro"), .normal),
      (context.texts("rights.access.copyHint", context.keyName(.residentCopy)), .muted),
    ]
    // The key the line above names works here too, as on the record below.
    screen.onCommand[.residentCopy] = { _, context in
      ResidentCopyAction.save(session: session, resident: resident, context: context)
    }
    screen.commandHints = [(.residentCopy, "cmd.residentCopy")]
    return screen
  }
}

/// The access log's list: the record's full-copy key (`.residentCopy`) reaches it, and only that
/// one of the record's commands.
final class AccessLogList: TableScreen {
  override var scopes: [CommandScope] { [.list, .record] }

  /// Help names the full copy, not the record's other commands (tabs, CPR …), which do nothing here.
  override func helpCommands(context: AppContext) -> Set<CommandID>? {
    let others = CommandTable.all.filter { $0.scope == .record && onCommand[$0.id] == nil }.map(\.id)
    return super.helpCommands(context: context)?.subtracting(others)
  }
}
