import CNCurses

#if canImport(Glibc)
  import Glibc
#endif

/// The real terminal, through ncursesw. The only file that imports CNCurses.
/// Writes only the cells that changed since the last frame, then lets ncurses send the
/// difference (it keeps its own copy of the screen too, so unchanged cells cost nothing).
public final class NcursesBackend: Backend {
  private var previous: Buffer?
  private var decoder = KeyDecoder()
  private var queued: [Key] = []
  private let theme: Theme
  private let screen: OpaquePointer?
  public private(set) var cellsWritten = 0

  /// Starts curses mode. `output`/`input`: streams for `newterm` (benchmarks write to a file);
  /// nil uses the process's terminal.
  public init(
    themeChoice: ThemeChoice = .automatic, output: UnsafeMutablePointer<FILE>? = nil,
    input: UnsafeMutablePointer<FILE>? = nil
  ) {
    setlocale(LC_ALL, "")
    tv_set_escdelay(25)
    if let output {
      screen = newterm(nil, output, input ?? fdopen(STDIN_FILENO, "r"))
      set_term(screen)
    } else {
      screen = nil
      initscr()
    }
    raw()
    noecho()
    nonl()
    keypad(tv_stdscr(), true)
    intrflush(tv_stdscr(), false)
    leaveok(tv_stdscr(), false)
    let hasColor = has_colors()
    if hasColor {
      start_color()
      use_default_colors()
    }
    theme = Theme.choose(themeChoice, colors: hasColor ? Int(tv_colors()) : 0)
    for role in StyleRole.allCases {
      if let (fg, bg) = theme.colors(role) { init_pair(theme.pairNumber(role), fg, bg) }
    }
    TerminalRestore.shared.armed = true
    // Bracketed paste: pasted text arrives as one `.paste` key, not as typed keys.
    writeRaw("\u{1B}[?2004h")
  }

  deinit { shutdown() }

  /// Leaves curses mode and restores the terminal. Safe to call more than once.
  public func shutdown() {
    guard TerminalRestore.shared.armed else { return }
    writeRaw("\u{1B}[?2004l")
    endwin()
    if let screen { delscreen(screen) }
    TerminalRestore.shared.armed = false
  }

  public var size: Size { Size(width: Int(tv_cols()), height: Int(tv_lines())) }

  public func invalidate() {
    previous = nil
    clearok(tv_stdscr(), true)
  }

  public func draw(_ buffer: Buffer, cursor: Point?) {
    let changes = buffer.diff(from: previous)
    cellsWritten = changes.count
    var cc = cchar_t()
    for change in changes {
      let cell = change.cell
      var chars: [wchar_t] = cell.symbol.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
      if chars.isEmpty { chars = [wchar_t(32)] }
      chars.append(0)
      setcchar(
        &cc, chars, attr_t(Self.cursesAttributes(theme.attributes(for: cell.style))),
        theme.pairNumber(cell.style.role), nil)
      mvadd_wch(Int32(change.y), Int32(change.x), &cc)
    }
    previous = buffer
    if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < buffer.width, cursor.y < buffer.height {
      curs_set(1)
      move(Int32(cursor.y), Int32(cursor.x))
    } else {
      curs_set(0)
    }
    refresh()
  }

  /// How long a paste may go quiet before what arrived is taken as the whole paste.
  static let pasteQuietMilliseconds: Int32 = 1000

  /// Reads bytes (not wide characters: ncurses' own UTF-8 decoding waits forever on a byte
  /// that is not UTF-8), and leaves UTF-8 to the decoder.
  public func readKey(timeoutMilliseconds: Int) -> Key? {
    if !queued.isEmpty { return queued.removeFirst() }
    var wait = Int32(timeoutMilliseconds)
    while true {
      timeout(wait)
      let code = wgetch(tv_stdscr())
      if code == ERR {
        if decoder.isPasting, wait != Self.pasteQuietMilliseconds {
          wait = Self.pasteQuietMilliseconds
          continue
        }
        queued.append(contentsOf: decoder.isPasting ? decoder.endUnfinishedPaste() : decoder.flush())
        return queued.isEmpty ? nil : queued.removeFirst()
      }
      let raw: RawInput
      if code >= 0, code <= 0xFF {
        raw = .byte(UInt8(code))
      } else {
        guard let key = Self.mapKeyCode(code) else { continue }
        raw = .key(key)
      }
      queued.append(contentsOf: decoder.feed(raw))
      if decoder.isPasting, screen == nil { queued.append(contentsOf: readPaste()) }
      // Keep reading what is already waiting (rest of an escape sequence or a paste).
      wait = 0
      if !queued.isEmpty && !decoder.isInsideSequence { return queued.removeFirst() }
    }
  }

  /// Reads the rest of a paste straight from the terminal in blocks, not a byte per ncurses
  /// call (a 10 MB paste took minutes). ncurses holds nothing back here: the paste's start
  /// marker is no key it knows, so it gave every byte of it on. Bytes after the end marker go
  /// through the decoder as typed keys.
  private func readPaste() -> [Key] {
    var keys: [Key] = []
    var block = [UInt8](repeating: 0, count: 1 << 16)
    while decoder.isPasting {
      var ready = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      let waiting = poll(&ready, 1, Self.pasteQuietMilliseconds)
      if waiting < 0, errno == EINTR { continue }
      guard waiting > 0 else { return keys + decoder.endUnfinishedPaste() }
      let count = read(STDIN_FILENO, &block, block.count)
      if count < 0, errno == EINTR || errno == EAGAIN { continue }
      guard count > 0 else { return keys + decoder.endUnfinishedPaste() }
      for byte in block[0..<count] { keys += decoder.feed(.byte(byte)) }
    }
    return keys
  }

  /// Suspends the program (Ctrl-Z) and redraws everything when the shell resumes it.
  public func suspend() {
    writeRaw("\u{1B}[?2004l")
    endwin()
    raise(SIGTSTP)
    writeRaw("\u{1B}[?2004h")
    refresh()
    invalidate()
  }

  private func writeRaw(_ s: String) {
    if screen == nil {
      var bytes = Array(s.utf8)
      _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }
  }

  private static func cursesAttributes(_ a: Theme.Attributes) -> Int32 {
    var attrs = tv_attr_normal()
    if a.bold { attrs |= tv_attr_bold() }
    if a.underline { attrs |= tv_attr_underline() }
    if a.reverse { attrs |= tv_attr_reverse() }
    if a.dim { attrs |= tv_attr_dim() }
    return attrs
  }

  static func mapKeyCode(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_IC: return .insert
    case KEY_DC: return .delete
    case KEY_BACKSPACE: return .backspace
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_RESIZE: return .resize
    case KEY_F0 + 1...KEY_F0 + 24: return .function(Int(code - KEY_F0))
    default: return nil
    }
  }
}
