import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The fields of the quick log on the locked screen: the same as the quick log's, the
/// resident as the first letters of the name (no names are shown before anyone signs in),
/// and who logs it with their password.
enum LockedQuickLogField: String, FormFieldID { case date, time, username, resident, summary, password }

/// F6 on the locked screen (or the sign-in screen): the quick log at once, before anyone
/// signs in. The person gives user name and password when saving; the episode is theirs (and
/// the audit says so), and the screen stays locked. Until then what is typed is a quick-log
/// draft of the person the user name names, from the first key, so a killed terminal loses
/// nothing; nobody else sees it, and it holds the resident's letters, not a resident (nobody
/// is signed in to look one up): the quick log finds the resident when its person opens the
/// draft. Esc keeps the form for the next F6 (the password is dropped).
///
/// Keys (the user name given): F6, the name letters, Enter, the text, Tab, the password,
/// Enter: four keys besides the name letters, the text and the password.
final class LockedQuickLogScreen: FormScreen<LockedQuickLogField> {
  /// This form's drafts are written as this "session", one per form.
  private let draftSession = "locked-" + UUID().uuidString

  init(flow: SessionFlow, username: String, locked: Bool) {
    let context = flow.context
    let t = context.texts
    let zone = TimeZone.danish
    let now = context.clock()
    let words = locked ? "episodes.locked" : "episodes.signedOut"
    let row = DraftRowBox()
    super.init(
      title: t(words + ".title"), context: context,
      fields: [
        .date(.date, t("episodes.field.date"), CalendarDay(now, in: zone), required: true),
        .time(.time, t("episodes.field.time"), TimeOfDay(now, in: zone), required: true),
        .text(.username, t("signin.username"), username, required: true, max: 64),
        .text(.resident, t("episodes.locked.resident"), required: true, max: FieldLimit.name),
        .area(.summary, t("episodes.field.summary"), height: 4, required: true),
        .secret(.password, t("signin.password"), required: true),
      ], focus: username.isEmpty ? .username : .resident, draftKey: QuickLogScreen.draftKey
    ) { form, context in
      try Self.save(form, flow: flow, context: context, zone: zone, draft: row.screen?.draft, words: words)
    }
    row.screen = self
    header = { context in [(context.texts(words + ".intro"), .header)] }
    labelWidth = 21
    onRefused = { screen in screen.setValue(.password, "") }
    onSaved = { _ in flow.pendingLockedLog = nil }
    draftOwner = { [unowned self] in
      let name = value(.username).trimmingCharacters(in: .whitespaces)
      guard !name.isEmpty, let account = (try? flow.database.accounts.fetch(username: name)) ?? nil,
        account.isActive, account.role != .admin
      else { return nil }
      return DraftOwner(drafts: flow.database.drafts, accountID: account.id, session: self.draftSession)
    }
    draftPayload = { [unowned self] in quickLogDraft(texts: t) }
  }

  /// Lets the save reach the screen's draft row, made after the save function.
  private final class DraftRowBox { weak var screen: LockedQuickLogScreen? }

  override var scopes: [CommandScope] { [.form] }

  /// Esc: back to the lock screen. The form waits there for the next F6; the password goes.
  override func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    if command == .back, form.picker == nil, confirm == nil {
      setValue(.password, "")
      return .pop
    }
    return super.perform(command, context: context)
  }

  /// Whether anything was typed that should not be lost (the resident's letters or the text).
  var hasContent: Bool { !value(.resident).isEmpty || !value(.summary).isEmpty }

  /// Signs the person in for this one save, finds the resident among those they may see, and
  /// saves the quick log as theirs. The screen stays locked.
  static func save(
    _ form: FormReading<LockedQuickLogField>, flow: SessionFlow, context: AppContext, zone: TimeZone,
    draft: FormDraft?, words: String
  ) throws -> FormSaved {
    let t = context.texts
    let actor: Actor
    do {
      actor = try flow.database.accounts.signIn(username: form.text(.username), password: form.raw(.password))
    } catch {
      throw FieldProblem(LockedQuickLogField.password, ErrorMessages.describe(error, t))
    }
    guard actor.role != .admin else {
      throw FieldProblem(LockedQuickLogField.username, t("episodes.locked.notForAdmin"))
    }
    let residents = (try? flow.database.residents.list(for: actor)) ?? []
    let resident: Resident
    switch Self.resident(form.text(.resident), among: residents) {
    case .one(let r): resident = r
    case .none: throw FieldProblem(LockedQuickLogField.resident, t("episodes.locked.noResident", form.text(.resident)))
    case .several(let n): throw FieldProblem(LockedQuickLogField.resident, t("episodes.locked.severalResidents", n))
    }
    let at = try QuickLogScreen.moment(
      day: form.day(.date), time: form.time(.time), now: context.clock(), zone: zone,
      field: LockedQuickLogField.time, texts: t)
    // The draft goes in the episode's own transaction, as with every form.
    let row = draft?.owner?.accountID == actor.accountID ? draft?.id : nil
    let episode = try DraftRepository.discarding(row, owner: actor.accountID) {
      try flow.database.episodes.quickLog(
        QuickLog(residentID: resident.id, occurredAt: at, summary: form.text(.summary)), by: actor, timeZone: zone)
    }
    return FormSaved(t(words + ".saved", episode.id, actor.displayName))
  }

  enum Match { case one(Resident), none, several(Int) }

  /// The resident the letters name, as the quick log's list would pick: a name starting with
  /// them, else a word in the name starting with them; one such resident, or how many.
  static func resident(_ letters: String, among residents: [Resident]) -> Match {
    guard !letters.isEmpty else { return .none }
    for rank in 0...1 {
      let found = residents.filter { TextMatch.rank($0.name, filter: letters) == rank }
      if found.count == 1 { return .one(found[0]) }
      if found.count > 1 {
        // The letters are a whole name: that one.
        let exact = found.filter { $0.name.lowercased() == letters.lowercased() }
        return exact.count == 1 ? .one(exact[0]) : .several(found.count)
      }
    }
    return .none
  }

  /// The draft, in the quick log's own shape: date, time and text, and the resident's letters
  /// (`QuickLogScreen.lettersExtra`) for the quick log to look up when its person opens it.
  func quickLogDraft(texts t: Texts) -> String {
    let letters = value(.resident).trimmingCharacters(in: .whitespaces)
    let summary = value(.summary)
    var values = [
      QuickLogField.date.key: value(.date), QuickLogField.time.key: value(.time), QuickLogField.summary.key: summary,
      DraftMeta.title: t("episodes.quick.title"), DraftMeta.about: letters,
      DraftMeta.preview: String(summary.replacingOccurrences(of: "\n", with: " ").prefix(80)),
      DraftMeta.extra + QuickLogScreen.lettersExtra: letters,
    ]
    values[DraftMeta.focus] = QuickLogField.summary.key
    return DraftCoding.encode(values)
  }
}
