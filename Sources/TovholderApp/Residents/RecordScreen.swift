import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A resident's record: a header with who they are, and tabs — the overview, notes, and
/// one tab per area (plans, relatives, health …). Tab / Shift-Tab switch tabs.
public final class RecordScreen: Screen {
  let session: Session
  public private(set) var record: ResidentRecord
  let tabs: [any Screen]
  var selected = 0
  var revealedCPR: String?

  init(session: Session, record: ResidentRecord) {
    self.session = session
    self.record = record
    tabs = [OverviewTab(record: record)] + AreaCatalog.recordTabs(session, resident: record.resident)
  }

  /// Opens (and audits the opening of) a resident's record, on the tab titled `tab` when given.
  public static func open(_ id: ResidentID, session: Session, context: AppContext, tab: String? = nil)
    -> ScreenAction
  {
    do {
      let record = try session.database.residents.openRecord(id: id, actor: session.actor)
      let screen = RecordScreen(session: session, record: record)
      if let tab, let index = screen.tabs.firstIndex(where: { $0.title(context) == tab }) { screen.selected = index }
      return .push(screen)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      return .stay
    }
  }

  var tab: any Screen { tabs[selected] }
  public var resident: Resident { record.resident }
  public var residentInView: ResidentID? { record.resident.id }

  public func title(_ context: AppContext) -> String { record.resident.name }
  public var scopes: [CommandScope] { [.record] + tab.scopes }
  public var isEditingText: Bool { tab.isEditingText }

  /// Help: switching tabs, the CPR number, the access log for leaders, editing the resident
  /// from the overview for those who may, and what the tab on show handles.
  public func helpCommands(context: AppContext) -> Set<CommandID>? {
    var acted: Set<CommandID> = [.nextTab, .previousTab, .revealCPR]
    if session.actor.role == .leader { acted.insert(.accessLog) }
    if tab is OverviewTab, AccessRules.canManageResidents(in: resident.unitID, actor: session.actor) {
      acted.insert(.editResident)
    }
    let ofTab =
      tab.helpCommands(context: context) ?? Set(CommandTable.all.filter { tab.scopes.contains($0.scope) }.map(\.id))
    return acted.union(ofTab)
  }

  public func helpKeys(context: AppContext) -> [HelpKey] { tab.helpKeys(context: context) }

  public func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let r = record.resident
    let (head, rest) = area.inset(horizontal: 1, vertical: 0).splitTop(3)
    let cpr = revealedCPR ?? r.cpr.masked
    buffer.put(r.name, x: head.x, y: head.y, maxWidth: head.width / 2, style: .header)
    let idText = t("record.numberAndCPR", r.id, cpr)
    buffer.put(idText, x: head.maxX - min(idText.displayWidth, head.width / 2), y: head.y, maxWidth: head.width / 2)
    var facts = [t("record.unit", record.unitName)]
    if let c = record.contactPersonName { facts.append(t("record.contactPerson", c)) }
    if let c = record.coordinatorName { facts.append(t("record.coordinator", c)) }
    if let out = r.movedOut { facts.append(t("record.movedOut", DateWording.day(out))) }
    buffer.put(
      facts.joined(separator: "  ·  ").truncated(toWidth: head.width), x: head.x, y: head.y + 1, maxWidth: head.width,
      style: .muted)
    Tabs(titles: tabs.map { $0.title(context) }, selected: selected).render(into: &buffer, area: head.row(2))
    return tab.draw(into: &buffer, area: rest.inset(horizontal: 0, vertical: 0), context: context)
  }

  public func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    switch command {
    case .nextTab where !tab.isEditingText:
      select(tab: (selected + 1) % tabs.count, context: context)
      return .stay
    case .previousTab where !tab.isEditingText:
      select(tab: (selected + tabs.count - 1) % tabs.count, context: context)
      return .stay
    case .revealCPR:
      do {
        revealedCPR =
          revealedCPR == nil
          ? try session.database.residents.revealCPR(residentID: resident.id, actor: session.actor).formatted : nil
      } catch { context.show(ErrorMessages.describe(error, context.texts), kind: .error) }
      return .stay
    case .editResident:
      // F4 edits the resident on the overview; on other tabs it edits the tab's selected row.
      guard tab is OverviewTab else { return tab.perform(.edit, context: context) }
      return editResident(context)
    case .accessLog:
      guard session.actor.role == .leader else {
        context.show(context.texts("record.accessLog.leadersOnly"), kind: .warning)
        return .stay
      }
      return .push(AccessLogScreen.make(session: session, resident: resident, context: context))
    case .residentCopy:
      return ResidentCopyAction.save(session: session, resident: resident, context: context)
    default:
      return tab.perform(command, context: context)
    }
  }

  private func editResident(_ context: AppContext) -> ScreenAction {
    guard AccessRules.canManageResidents(in: resident.unitID, actor: session.actor) else {
      context.show(context.texts("resident.edit.leadersOnly"), kind: .warning)
      return .stay
    }
    return .push(
      ResidentEditScreen.make(session: session, resident: resident, context: context) {
        [weak self] saved, contactPerson, coordinator in
        guard let self else { return }
        record.resident = saved
        record.unitName = session.unitNames[saved.unitID] ?? record.unitName
        record.contactPersonName = contactPerson
        record.coordinatorName = coordinator
        (tabs.first as? OverviewTab)?.record = record
      })
  }

  /// Another terminal saved something: the header, the overview and the tab on show re-read;
  /// the other tabs when they are chosen. A resident no longer visible keeps the record as
  /// it was until it is closed.
  public func refresh(context: AppContext) {
    if let fresh = try? session.database.residents.openRecord(id: resident.id, actor: session.actor) {
      record = fresh
      (tabs.first as? OverviewTab)?.record = fresh
    }
    tab.refresh(context: context)
    staleTabs = Set(tabs.indices).subtracting([selected])
  }

  /// Tabs not on show when another terminal saved something.
  private var staleTabs: Set<Int> = []

  private func select(tab index: Int, context: AppContext) {
    selected = index
    guard staleTabs.remove(index) != nil else { return }
    let tab = tabs[index]
    AppDatabase.refreshing { tab.refresh(context: context) }
  }

  public func handle(_ key: Key, context: AppContext) -> ScreenAction { tab.handle(key, context: context) }
  public func saveDraft(context: AppContext) { tab.saveDraft(context: context) }
  public func reappear(context: AppContext) { tab.reappear(context: context) }

  public func hints(context: AppContext) -> [(String, String)] {
    let edit =
      tab is OverviewTab && AccessRules.canManageResidents(in: resident.unitID, actor: session.actor)
      ? [(context.keyName(.editResident), context.texts("record.editResident"))] : []
    return tab.hints(context: context) + edit + [
      (context.keyName(.nextTab), context.texts("record.nextTab")),
      (context.keyName(.revealCPR), context.texts("record.revealCPR")),
    ]
  }
}
