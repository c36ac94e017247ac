import TerminalUI

/// A column of a `TableScreen`: its title's text key, width and alignment.
public struct ColumnSpec {
  public var titleKey: String
  public var width: TableColumn.Width
  public var alignRight: Bool
  public init(_ titleKey: String, _ width: TableColumn.Width = .flexible(), alignRight: Bool = false) {
    self.titleKey = titleKey
    self.width = width
    self.alignRight = alignRight
  }
}

/// A screen that is one table: rows of text, type-to-filter, Enter opens the selected row.
/// Most list screens of every area are one of these with a few closures.
open class TableScreen: Screen {
  public let titleKey: String
  public var columns: [ColumnSpec]
  public private(set) var rows: [[String]] = []
  public var state = TableState()
  public var emptyKey: String
  /// Lines above the table (already localised), e.g. a filter summary.
  public var introLines: [(String, Style)] = []
  /// Reloads the rows (called on first draw and after `reload()`).
  public var load: (AppContext) -> [[String]]
  /// Enter on a row (index into `rows`).
  public var onOpen: ((Int, AppContext) -> ScreenAction)?
  /// Other commands (e.g. `.new`), with the selected row if any.
  public var onCommand: [CommandID: (Int?, AppContext) -> ScreenAction] = [:]
  /// Status-bar hints: (command, text key).
  public var commandHints: [(CommandID, String)] = []
  /// A row's own style (a group heading, an ended goal), or nil for the normal one.
  public var rowStyle: ((Int) -> Style?)?
  /// The row id of each row, when `load` fills it: lets a save select the row it made.
  public var rowIDs: [Int64] = []
  /// A question open over the list (e.g. before withdrawing a consent or discarding a draft).
  public var confirm: ConfirmPrompt?
  /// The text key naming what Enter does on a row ("Åbn" unless it does something else, with
  /// its help at the same key + ".help").
  public var openHintKey = "cmd.open"
  private var loaded = false
  private var selectAfterLoad: Int64?

  public init(
    titleKey: String, columns: [ColumnSpec], emptyKey: String = "list.empty",
    load: @escaping (AppContext) -> [[String]]
  ) {
    self.titleKey = titleKey
    self.columns = columns
    self.emptyKey = emptyKey
    self.load = load
  }

  open func title(_ context: AppContext) -> String { context.texts(titleKey) }
  open var scopes: [CommandScope] { [.list] }

  /// Reloads the rows the next time the screen is drawn.
  public func reload() { loaded = false }

  /// Help: moving in the list, Enter when a row opens something, the commands this list was
  /// given, and those of a subclass's own scopes.
  open func helpCommands(context: AppContext) -> Set<CommandID>? {
    var acted: Set<CommandID> = [.moveUp, .moveDown, .pageUp, .pageDown, .first, .last]
    if onOpen != nil { acted.insert(.open) }
    acted.formUnion(onCommand.keys)
    let own = Set(scopes).subtracting([.list])
    acted.formUnion(CommandTable.all.filter { own.contains($0.scope) }.map(\.id))
    return acted
  }

  /// Help names Enter as the status bar does when it does something else than open.
  open func helpWords(for command: CommandID, context: AppContext) -> (label: String, help: String)? {
    guard command == .open, openHintKey != "cmd.open" else { return nil }
    return (context.texts(openHintKey), context.texts(openHintKey + ".help"))
  }

  open func helpKeys(context: AppContext) -> [HelpKey] {
    let t = context.texts
    return [HelpKey(t("help.keys.letters"), t("help.filter"), t("help.filter.help"))]
  }

  /// Opens a form over the list; once it saves, the list shows the saved row, selected.
  public func open<ID>(_ form: FormScreen<ID>) -> ScreenAction {
    showSaves(of: form)
    reload()
    return .push(form)
  }

  /// The one way a list learns of a save: once `form` saves, the list reloads and selects the
  /// saved row (`FormSaved.savedID` among `rowIDs`). For a form this list opens through another
  /// screen (a chooser that replaces itself with the form); `open` uses it for the rest.
  public func showSaves<ID>(of form: FormScreen<ID>) {
    let earlier = form.onSaved
    form.onSaved = { [weak self] saved in
      earlier?(saved)
      self?.reload(selecting: saved.savedID)
    }
  }

  /// Back on top: the rows are read again (a form above may have saved one).
  open func reappear(context: AppContext) { loaded = false }

  /// Reloads, then selects the row with `id` (e.g. the one a form just saved).
  public func reload(selecting id: Int64?) {
    loaded = false
    selectAfterLoad = id
  }

  /// Re-reads the rows now (another terminal saved something), keeping the filter and the
  /// selected row: found again by its text, else by its first column, else by its place.
  open func refresh(context: AppContext) {
    guard loaded else { return }
    let selected = state.selectedRow.flatMap { rows.indices.contains($0) ? rows[$0] : nil }
    rows = load(context)
    state.update(ArrayTableDataSource(rows: rows), force: true)
    guard let selected else { return }
    if let row = rows.firstIndex(of: selected) ?? rows.firstIndex(where: { $0.first == selected.first }) {
      state.select(row: row)
    }
  }

  open func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    if !loaded {
      rows = load(context)
      loaded = true
      state.update(ArrayTableDataSource(rows: rows), force: true)
      if let id = selectAfterLoad, let row = rowIDs.firstIndex(of: id) { _ = state.select(row: row) }
      selectAfterLoad = nil
    }
    var rest = area.inset(horizontal: 1, vertical: 0)
    // A long line wraps (it is read whole), as long as the table keeps three rows.
    for (text, style) in introLines {
      for part in text.wrapped(toWidth: max(1, rest.width)) where rest.height > 3 {
        let (line, below) = rest.splitTop(1)
        buffer.put(part, x: line.x, y: line.y, maxWidth: line.width, style: style)
        rest = below
      }
    }
    var table = Table(
      data: ArrayTableDataSource(rows: rows),
      columns: columns.map { TableColumn(context.texts($0.titleKey), width: $0.width, alignRight: $0.alignRight) },
      emptyMessage: context.texts(emptyKey),
      filterPrompt: context.texts("list.filter")
    )
    table.rowStyle = rowStyle
    table.render(into: &buffer, area: rest, state: &state)
    if var c = confirm {
      let cursor = c.draw(into: &buffer, area: area)
      confirm = c
      return cursor
    }
    return state.cursor
  }

  open func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    if confirm != nil { return ConfirmPrompt.perform(ConfirmPrompt.reply(to: command, &confirm), context: context) }
    if command == .open, let onOpen {
      guard let row = state.selectedRow, rows.indices.contains(row) else { return .stay }
      return onOpen(row, context)
    }
    if let action = onCommand[command] { return action(state.selectedRow, context) }
    if command == .back, !state.filter.isEmpty {
      _ = state.handle(.escape, data: ArrayTableDataSource(rows: rows))
      return .stay
    }
    return .unhandled
  }

  open func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if confirm != nil { return ConfirmPrompt.perform(ConfirmPrompt.reply(to: key, &confirm), context: context) }
    _ = state.handle(key, data: ArrayTableDataSource(rows: rows))
    return .stay
  }

  open func hints(context: AppContext) -> [(String, String)] {
    if confirm != nil { return [] }
    var hints: [(String, String)] = []
    if onOpen != nil, !rows.isEmpty { hints.append((context.keyName(.open), context.texts(openHintKey))) }
    for (command, key) in commandHints { hints.append((context.keyName(command), context.texts(key))) }
    return hints
  }
}
