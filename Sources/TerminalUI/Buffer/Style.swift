/// What a piece of text means on screen. Themes turn roles into colours, so no widget
/// ever names a colour.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
  case normal
  case title
  case header
  case selected
  case focus
  case warning
  case error
  case success
  case muted
  case highlight
  case statusBar
}

/// The style of one cell: a semantic role plus the attributes that survive on a monochrome terminal.
public struct Style: Hashable, Sendable {
  public var role: StyleRole
  public var bold: Bool
  public var underline: Bool
  public var reverse: Bool

  public init(_ role: StyleRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
    self.role = role
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
  }

  public static let normal = Style(.normal)
  public static let title = Style(.title, bold: true)
  public static let header = Style(.header, bold: true)
  public static let selected = Style(.selected)
  public static let focus = Style(.focus, underline: true)
  public static let warning = Style(.warning, bold: true)
  public static let error = Style(.error, bold: true)
  public static let success = Style(.success)
  public static let muted = Style(.muted)
  public static let highlight = Style(.highlight, bold: true)
  public static let statusBar = Style(.statusBar)

  public func with(bold: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil) -> Style {
    var s = self
    if let bold { s.bold = bold }
    if let underline { s.underline = underline }
    if let reverse { s.reverse = reverse }
    return s
  }
}
