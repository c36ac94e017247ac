/// Just enough of a terminal to know what is on screen: the benchmark's terminal type
/// (`Terminfo.source`) lets ncurses use only cursor addressing, clear, clear-to-end-of-line,
/// carriage return, line feed and colours, so a session can wait for text the way a person
/// reads it (ncurses writes only the cells that changed, so the byte stream alone won't do).
struct VirtualScreen {
  let width: Int
  let height: Int
  private(set) var cells: [[Character]]
  private var row = 0
  private var column = 0
  private var pending: [UInt8] = []

  init(width: Int = 80, height: Int = 24) {
    self.width = width
    self.height = height
    cells = Array(repeating: Array(repeating: " ", count: width), count: height)
  }

  var text: String { cells.map { String($0) }.joined(separator: "\n") }
  var firstLine: String { cells.first.map { String($0) } ?? "" }

  func contains(_ s: String) -> Bool { cells.contains { String($0).contains(s) } }

  mutating func feed(_ bytes: [UInt8]) {
    pending += bytes
    var i = 0
    while i < pending.count {
      let b = pending[i]
      if b == 0x1B {
        guard let end = escapeEnd(from: i) else { break }
        apply(escape: Array(pending[i...end]))
        i = end + 1
      } else if b == 0x0D {
        column = 0
        i += 1
      } else if b == 0x0A {
        lineFeed()
        i += 1
      } else if b < 0x20 || b == 0x7F {
        i += 1
      } else {
        let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
        guard i + length <= pending.count else { break }
        put(String(decoding: pending[i..<(i + length)], as: UTF8.self))
        i += length
      }
    }
    pending.removeFirst(i)
  }

  /// The index of the last byte of the escape sequence starting at `start`, nil if incomplete.
  private func escapeEnd(from start: Int) -> Int? {
    guard start + 1 < pending.count else { return nil }
    guard pending[start + 1] == UInt8(ascii: "[") else { return start + 1 }
    var j = start + 2
    while j < pending.count {
      if (0x40...0x7E).contains(pending[j]) { return j }
      j += 1
    }
    return nil
  }

  private mutating func apply(escape: [UInt8]) {
    guard escape.count > 2, let final = escape.last else { return }
    let parameters = String(decoding: escape[2..<(escape.count - 1)], as: UTF8.self)
    let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
    switch final {
    case UInt8(ascii: "H"):
      row = min(height - 1, max(0, (numbers.first ?? 1) - 1))
      column = min(width - 1, max(0, (numbers.count > 1 ? numbers[1] : 1) - 1))
    case UInt8(ascii: "J"):
      cells = Array(repeating: Array(repeating: " ", count: width), count: height)
    case UInt8(ascii: "K"):
      for c in column..<width { cells[row][c] = " " }
    default: break  // colours and cursor visibility
    }
  }

  private mutating func put(_ s: String) {
    guard let character = s.first else { return }
    if column >= width {
      column = 0
      lineFeed()
    }
    cells[row][column] = character
    column += 1
  }

  private mutating func lineFeed() {
    if row < height - 1 {
      row += 1
    } else {
      cells.removeFirst()
      cells.append(Array(repeating: " ", count: width))
    }
  }
}

/// The benchmark's terminal: an 80×24 colour terminal with xterm's keys and only the output
/// capabilities `VirtualScreen` knows, compiled with `tic` into a folder given as TERMINFO.
enum Terminfo {
  static let name = "tvhbench"
  static let source = """
    tvhbench|Tovholder load benchmark terminal,
      am, cols#80, lines#24, colors#256, pairs#65536,
      cup=\\E[%i%p1%d;%p2%dH, clear=\\E[H\\E[2J, el=\\E[K, cr=\\r, ind=\\n,
      sgr0=\\E[m, bold=\\E[1m, rev=\\E[7m, smul=\\E[4m, dim=\\E[2m,
      setaf=\\E[38;5;%p1%dm, setab=\\E[48;5;%p1%dm, op=\\E[39;49m,
      civis=\\E[?25l, cnorm=\\E[?25h,
      kcuu1=\\EOA, kcud1=\\EOB, kcuf1=\\EOC, kcub1=\\EOD, khome=\\EOH, kend=\\EOF,
      kf1=\\EOP, kf2=\\EOQ, kf3=\\EOR, kf4=\\EOS, kf5=\\E[15~, kf6=\\E[17~, kf7=\\E[18~,
      kf8=\\E[19~, kf9=\\E[20~, kf10=\\E[21~, kf12=\\E[24~, kcbt=\\E[Z, kbs=^?,
      smkx=\\E[?1h\\E=, rmkx=\\E[?1l\\E>,

    """
}
