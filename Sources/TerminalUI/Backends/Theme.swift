#if canImport(Glibc)
  import Glibc
#endif

/// Which theme to use; `.automatic` looks at NO_COLOR and the terminal's colour count.
public enum ThemeChoice: String, Sendable, CaseIterable {
  case automatic, colors256, colors16, monochrome
}

/// Maps style roles to colours and attributes. Backgrounds stay the terminal's own
/// (colour -1) except where a role needs a bar. Knows nothing of ncurses.
public struct Theme: Sendable {
  public enum Kind: Sendable { case colors256, colors16, monochrome }
  public let kind: Kind

  public struct Attributes: Hashable, Sendable {
    public var bold = false
    public var underline = false
    public var reverse = false
    public var dim = false
  }

  public static func choose(_ choice: ThemeChoice, colors: Int, noColor: Bool = Theme.noColorRequested) -> Theme {
    switch choice {
    case .colors256: return Theme(kind: colors >= 256 ? .colors256 : (colors >= 8 ? .colors16 : .monochrome))
    case .colors16: return Theme(kind: colors >= 8 ? .colors16 : .monochrome)
    case .monochrome: return Theme(kind: .monochrome)
    case .automatic:
      if noColor { return Theme(kind: .monochrome) }
      if colors >= 256 { return Theme(kind: .colors256) }
      if colors >= 8 { return Theme(kind: .colors16) }
      return Theme(kind: .monochrome)
    }
  }

  /// NO_COLOR set to anything non-empty (https://no-color.org).
  public static var noColorRequested: Bool {
    guard let v = getenv("NO_COLOR") else { return false }
    return v.pointee != 0
  }

  /// (foreground, background) per role, as terminal colour numbers; -1 is the default.
  /// nil on a monochrome theme.
  public func colors(_ role: StyleRole) -> (Int16, Int16)? {
    switch kind {
    case .monochrome: return nil
    case .colors16:
      switch role {
      case .normal: return (-1, -1)
      case .title: return (6, -1)
      case .header: return (3, -1)
      case .selected: return (0, 6)
      case .focus: return (7, 4)
      case .warning: return (3, -1)
      case .error: return (1, -1)
      case .success: return (2, -1)
      case .muted: return (4, -1)
      case .highlight: return (0, 3)
      case .statusBar: return (0, 7)
      }
    case .colors256:
      switch role {
      case .normal: return (-1, -1)
      case .title: return (38, -1)
      case .header: return (179, -1)
      case .selected: return (16, 116)
      case .focus: return (231, 25)
      case .warning: return (214, -1)
      case .error: return (203, -1)
      case .success: return (77, -1)
      case .muted: return (245, -1)
      case .highlight: return (16, 222)
      case .statusBar: return (16, 252)
      }
    }
  }

  /// The attributes to draw a style with; on monochrome the role itself becomes
  /// reverse, bold, underline or dim so nothing depends on colour.
  public func attributes(for style: Style) -> Attributes {
    var a = Attributes(bold: style.bold, underline: style.underline, reverse: style.reverse)
    if kind == .monochrome {
      switch style.role {
      case .selected, .statusBar, .highlight: a.reverse = true
      case .focus: a.underline = true
      case .title, .header, .error, .warning: a.bold = true
      case .muted: a.dim = true
      case .normal, .success: break
      }
    }
    return a
  }

  /// The colour pair number for a role (1-based, in `StyleRole.allCases` order; 0 on monochrome).
  public func pairNumber(_ role: StyleRole) -> Int16 {
    guard kind != .monochrome, let i = StyleRole.allCases.firstIndex(of: role) else { return 0 }
    return Int16(i + 1)
  }
}
