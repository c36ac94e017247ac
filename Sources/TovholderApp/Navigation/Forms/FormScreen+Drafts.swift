import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A form's draft: which row it is, when the form was started, and what the form held when
/// it opened (a form that holds only that is no draft).
struct FormDraft {
  /// What the form is about (`note.new.12`); nil: the form keeps no draft.
  let key: String?
  var id: Int64?
  /// Whose the written row is (`id`'s owner).
  var owner: DraftOwner?
  var startedAt: Date
  var baseline: [String: String] = [:]
  var lastWritten: String?
}

/// Whose a form's draft is: the signed-in person's in their session, or (the quick log on
/// the locked screen) the person the form names.
public struct DraftOwner: Equatable {
  let drafts: DraftRepository
  let accountID: AccountID
  let session: String

  init(drafts: DraftRepository, accountID: AccountID, session: String) {
    self.drafts = drafts
    self.accountID = accountID
    self.session = session
  }

  init(_ session: Session) {
    self.init(drafts: session.database.drafts, accountID: session.actor.accountID, session: session.id)
  }

  public static func == (a: DraftOwner, b: DraftOwner) -> Bool { a.accountID == b.accountID && a.session == b.session }
}

/// A screen that can go on with a saved draft (the drafts list opens drafts through it).
public protocol DraftContinuing: AnyObject {
  func continueDraft(_ draft: Draft, context: AppContext)
}

/// Keys of a draft's payload that are not fields.
enum DraftMeta {
  static let title = "_title"
  static let about = "_about"
  static let preview = "_preview"
  static let picking = "_picking"
  static let focus = "_focus"
  static let extra = "x."
}

extension FormScreen {
  /// Whose the written draft row is, if one is written.
  var draftRowOwner: AccountID? { draft.id == nil ? nil : draft.owner?.accountID }

  /// Field key → value, secrets left out; letters typed into an open list count too, so a
  /// draft exists from the first key.
  func fieldValues() -> [String: String] {
    var values: [String: String] = [:]
    for i in specs.indices {
      if case .secret = specs[i].kind { continue }
      values[specs[i].id.key] = value(at: i)
    }
    if let picker = form.picker, !picker.filter.isEmpty { values[DraftMeta.picking] = picker.filter }
    return values
  }

  func payload() -> String {
    var values = fieldValues()
    values[DraftMeta.title] = titleText
    if let about = draftAbout?(self) ?? nil, !about.isEmpty { values[DraftMeta.about] = about }
    values[DraftMeta.preview] = preview()
    if let focused = focusedID { values[DraftMeta.focus] = focused.key }
    for (k, v) in draftExtras?() ?? [:] { values[DraftMeta.extra + k] = v }
    return DraftCoding.encode(values)
  }

  /// The first words typed in the form's first filled-in text.
  func preview() -> String {
    for i in specs.indices {
      switch specs[i].kind {
      case .text, .textArea:
        let v = value(at: i).replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        if !v.isEmpty, v != specs[i].initial { return String(v.prefix(80)) }
      default: continue
      }
    }
    return ""
  }

  /// Writes the draft when the form changed since the last write; removes it when the form
  /// holds again only what it opened with, or nothing at all (every field blanked). As the
  /// user types (`waiting` false) a database locked by another program does not freeze the
  /// screen: the message line says it waits, the text stays in the form, and the draft is
  /// written on the idle tick once it is free.
  func autosave(_ context: AppContext, waiting: Bool = false) {
    guard let key = draft.key else { return }
    let owner = draftOwner?() ?? session.map(DraftOwner.init)
    let payload = draftPayload?() ?? payload()
    guard payload != draft.lastWritten || owner != draft.owner else { return }
    let values = fieldValues()
    let isBaseline = owner == nil || values == draft.baseline || values.values.allSatisfy(\.isEmpty)
    let write = { [weak self] (waiting: Bool) throws(StorageError) in
      guard let self else { return }
      // A row of someone else (the locked quick log's user name changed) goes first.
      if let old = draft.owner, let id = draft.id, isBaseline || old != owner {
        try old.drafts.delete(id: id, owner: old.accountID, waiting: waiting)
        draft.id = nil
        draft.owner = nil
      }
      if !isBaseline, let owner {
        draft.id = try owner.drafts.save(
          id: draft.id, owner: owner.accountID, session: owner.session, formKey: key,
          startedAt: draft.startedAt, payload: payload, waiting: waiting)
        draft.owner = owner
      }
      draft.lastWritten = payload
    }
    let retry: () -> Bool = {
      do {
        try write(false)
        return true
      } catch StorageError.locked {
        return false
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error)
        return true
      }
    }
    // Already waiting: the idle tick writes the newest text; each key asking again would
    // only queue behind the lock once more.
    if !waiting, context.isWaiting(for: key) {
      context.waitForDatabase(key, retry)
      return
    }
    do {
      try write(waiting)
      context.stopWaiting(key)
    } catch .locked where !waiting {
      context.waitForDatabase(key, retry)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
    }
  }

  /// Writes the draft now, waiting for another program's lock (the shell calls it before
  /// lock, quit and termination signals).
  public func saveDraft(context: AppContext) { autosave(context, waiting: true) }

  /// Opening a form that has drafts asks whether to go on with the newest or start anew (the
  /// others stay in the drafts list); a new one starts now.
  func offerEarlierDraft(_ context: AppContext) {
    guard draft.id == nil, let key = draft.key, let session,
      let earlier = (try? session.database.drafts.find(owner: session.actor.accountID, formKey: key))?.first
    else { return }
    let t = context.texts
    let values = DraftCoding.decode(earlier.payload)
    var what = DateWording.dateTime(earlier.startedAt)
    if let about = values[DraftMeta.about] { what += " (" + about + ")" }
    if let preview = values[DraftMeta.preview], !preview.isEmpty { what += ": «" + preview + "»" }
    confirm = ConfirmPrompt(
      title: t("form.draftOffer.title"), question: t("form.draftOffer", what), yesLabel: t("form.draftOffer.continue"),
      noLabel: t("form.draftOffer.new"), yesKeys: ["f", "c"], noKeys: ["n"], defaultYes: true,
      onYes: { [unowned self] context in
        continueDraft(earlier, context: context)
        return .stay
      },
      onNo: { _ in .stay }, onCancel: { _ in .pop })
  }

  /// Goes on with `d` here: it moves to this session, and the form takes its values and the
  /// moment it was started. A choice whose row is gone says so at its field.
  public func continueDraft(_ d: Draft, context: AppContext) {
    prepared = true
    confirm = nil
    guard let session else { return }
    try? session.database.drafts.claim(id: d.id, owner: session.actor.accountID, session: session.id)
    draft.id = d.id
    draft.owner = DraftOwner(session)
    draft.startedAt = d.startedAt
    let values = DraftCoding.decode(d.payload)
    // In order, and as if chosen: a choice may add fields after it (a medicine category).
    var i = 0
    while i < specs.count {
      defer { i += 1 }
      let id = specs[i].id
      guard let v = values[id.key] else { continue }
      let before = value(at: i)
      if !setValue(at: i, v) { form.fields[i].message = context.texts("form.choiceGone") }
      // The draft's own date and time are where it starts from, not today's.
      switch specs[i].kind {
      case .date, .time: draft.baseline[id.key] = v
      default: break
      }
      if value(at: i) != before { onChange?(self, id) }
    }
    // Back where the person was typing (a field whose row is gone asks first).
    if let gone = form.fields.indices.first(where: { form.fields[$0].message != nil }) {
      form.setFocus(gone)
    } else if let key = values[DraftMeta.focus], let i = specs.firstIndex(where: { $0.id.key == key }) {
      form.setFocus(i)
    }
    var extras: [String: String] = [:]
    for (k, v) in values where k.hasPrefix(DraftMeta.extra) { extras[String(k.dropFirst(DraftMeta.extra.count))] = v }
    if !extras.isEmpty { restoreExtras?(extras) }
    draft.lastWritten = draftPayload?() ?? payload()
  }
}
