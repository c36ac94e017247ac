import TerminalUI
import TovholderCore

/// "Om Tovholder": version, where the data lives, and the most useful keys.
public final class AboutScreen: Screen {
  private let databasePath: String?

  public init(databasePath: String?) { self.databasePath = databasePath }

  public func title(_ context: AppContext) -> String { context.texts("about.title") }

  public func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    var lines = [
      t("about.line.version", TovholderVersion.current),
      t("about.line.database", databasePath ?? t("about.noDatabase")),
      "",
      t("about.line.keys", context.keyName(.help), context.keyName(.search), context.keyName(.lock)),
      "",
      t("about.line.purpose"),
    ]
    lines = lines.flatMap { $0.isEmpty ? [""] : $0.wrapped(toWidth: max(1, area.width - 4)) }
    for (i, line) in lines.enumerated() where 1 + i < area.height {
      buffer.put(line, x: area.x + 2, y: area.y + 1 + i, maxWidth: area.width - 4, style: i == 0 ? .header : .normal)
    }
    return nil
  }
}
