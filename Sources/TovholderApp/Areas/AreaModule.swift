import TerminalUI
import TovholderCore
import TovholderStorage

/// What an area (residents, plans, relatives, health, incidents, episodes) adds to the shell.
/// Each area has one type conforming to this in its folder, listed in `AreaCatalog.modules`.
public protocol AreaModule: Sendable {
  /// Main-menu entries for the signed-in person (empty when the area is not for their role).
  static func menuEntries(_ session: Session) -> [MenuEntry]
  /// Tabs this area adds to a resident's record, in order.
  static func recordTabs(_ session: Session, resident: Resident) -> [any Screen]
  /// The screen a global command opens from any screen (e.g. a quick log), or nil when the
  /// command is not this area's. `context.residentInView` is the resident whose record is
  /// open, if any (a form about a resident starts with them chosen).
  static func screen(for command: CommandID, context: AppContext) -> (any Screen)?
  /// A form re-opened from a saved draft whose key this area made, or nil when not this area's.
  static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)?
  /// A short mark for residents' lines in the daily list (e.g. the latest risk score).
  static func residentLineMarks(_ session: Session, residentIDs: [ResidentID], texts: Texts) -> [ResidentID: String]
  /// This area's lines in a unit's handover list: what happened in `window` and what is due
  /// (`HandoverScreen` groups them by resident).
  static func handoverLines(_ session: Session, window: HandoverWindow, texts: Texts) -> [HandoverLine]
  /// The short label shown before a search hit of a kind this area indexes ("Note", "UTH" …),
  /// or nil when the kind is not this area's.
  static func searchLabel(_ kind: SearchKind, texts: Texts) -> String?
  /// Which record tab a search hit of this area's kind opens on (its title), or nil when the
  /// kind is not this area's. Without one, a hit opens the record's first tab.
  static func searchTab(_ kind: SearchKind, texts: Texts) -> String?
}

extension AreaModule {
  public static func menuEntries(_ session: Session) -> [MenuEntry] { [] }
  public static func recordTabs(_ session: Session, resident: Resident) -> [any Screen] { [] }
  public static func screen(for command: CommandID, context: AppContext) -> (any Screen)? { nil }
  public static func restoreDraft(key: String, payload: String, context: AppContext) -> (any Screen)? { nil }
  public static func residentLineMarks(_ session: Session, residentIDs: [ResidentID], texts: Texts)
    -> [ResidentID: String]
  { [:] }
  public static func handoverLines(_ session: Session, window: HandoverWindow, texts: Texts) -> [HandoverLine] {
    []
  }
  public static func searchLabel(_ kind: SearchKind, texts: Texts) -> String? { nil }
  public static func searchTab(_ kind: SearchKind, texts: Texts) -> String? { nil }
}
