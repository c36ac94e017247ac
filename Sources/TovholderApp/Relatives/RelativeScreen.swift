import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// One relative: how to reach them, their consents (withdrawn ones too), the guardianship
/// they hold, and what can be done: give or withdraw consent, share (checked against
/// consent), log a contact, edit.
final class RelativeScreen: TableScreen {
  enum Action {
    case whatMayITell
    case giveConsent
    case withdraw(Consent)
    case share(String)
    case logContact
    case edit
  }

  let session: Session
  let resident: Resident
  let relativeID: RelativeID
  var overview: RelativesOverview?
  var actions: [Action] = []

  let relativeName: String

  init(session: Session, resident: Resident, relativeID: RelativeID, name: String) {
    self.relativeName = name
    self.session = session
    self.resident = resident
    self.relativeID = relativeID
    super.init(titleKey: "rel.relative.title", columns: [ColumnSpec("rel.col.action")], load: { _ in [] })
    load = { [unowned self] context in reloadRows(context) }
    onOpen = { [unowned self] row, context in act(row, context) }
  }

  var relative: Relative? { overview?.relative(relativeID) }

  override func title(_ context: AppContext) -> String { relative?.name ?? relativeName }

  func reloadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      overview = try RelativesWords.repository(session).overview(
        residentID: resident.id, actor: session.actor, on: RelativesWords.today(context), contactLimit: 1)
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error)
    }
    guard let o = overview, let r = relative else { return [] }
    var reach = r.relation.isEmpty ? [] : [r.relation]
    if let p = r.phone { reach.append(t("rel.phone.short", p)) }
    if let e = r.email { reach.append(e) }
    if let p = r.preferredContact { reach.append(t("rel.prefers", t("rel.preferred.\(p.rawValue)"))) }
    if r.phone == nil && r.email == nil && r.address == nil { reach.append(t("rel.noWayToReach")) }
    reach.append(t("rel.number", r.id))
    var intro: [(String, Style)] = [(reach.joined(separator: " · "), .header)]
    if let a = r.address { intro.append((a, .normal)) }
    if !r.notes.isEmpty { intro.append((r.notes, .muted)) }
    if !r.chosenByResident { intro.append((t("rel.notChosen"), .warning)) }
    for g in o.guardianships where g.isGuardian(r.id) {
      intro.append(
        (t("rel.guardian.scope", RelativesWords.scope(g, t, session.catalogues.informationKinds)), .highlight))
    }
    let consents = o.consents(of: r.id)
    intro.append((consents.isEmpty ? t("rel.consents.none") : t("rel.consents"), .normal))
    for c in consents { intro.append((consentLine(c, o.day, t), c.isActive(on: o.day) ? .success : .muted)) }
    introLines = intro
    actions = [.giveConsent]
    actions += consents.filter { $0.withdrawnOn == nil }.map { .withdraw($0) }
    actions += [.share(SharingCheck.health), .share(SharingCheck.plan), .whatMayITell, .logContact, .edit]
    // A consent in force is a row of its own (the way to withdraw it): a new one is selected once saved.
    rowIDs = actions.map { action in
      if case .withdraw(let c) = action { return c.id }
      return -1
    }
    return actions.map { [label($0, t)] }
  }

  /// Most important first: the kind, whether withdrawn, then form, period and who recorded it.
  func consentLine(_ c: Consent, _ day: CalendarDay, _ t: Texts) -> String {
    var parts = ["  " + RelativesWords.kindName(c.kindCode, t, session.catalogues.informationKinds)]
    if let w = c.withdrawnOn { parts.append(t("rel.consent.withdrawnOn", RelativesWords.day(w))) }
    parts.append(
      t("rel.form.\(c.form.rawValue)") + " "
        + t("rel.scope.period", RelativesWords.day(c.givenOn), RelativesWords.day(c.endsOn)))
    if case .guardian = c.givenBy { parts.append(t("rel.consent.byGuardian")) }
    parts.append(c.recordedByName)
    return parts.joined(separator: " · ")
  }

  func label(_ a: Action, _ t: Texts) -> String {
    switch a {
    case .whatMayITell: return t("rights.tell.action", relative?.name ?? relativeName)
    case .giveConsent: return t("rel.action.giveConsent")
    case .withdraw(let c):
      return t(
        "rel.action.withdraw", RelativesWords.kindName(c.kindCode, t, session.catalogues.informationKinds),
        RelativesWords.day(c.givenOn))
    case .share(let kind): return t("rel.action.share.\(kind)")
    case .logContact: return t("rel.action.logContact")
    case .edit: return t("rel.action.edit")
    }
  }

  func act(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard actions.indices.contains(row), let r = relative else { return .stay }
    switch actions[row] {
    case .whatMayITell:
      reload()
      return .push(WhatMayITellScreen(session: session, resident: resident, relative: r))
    case .giveConsent:
      return open(ConsentFormScreen.make(session: session, resident: resident, relative: r, context: context))
    case .withdraw(let c):
      confirm = withdrawal(c, of: r, context)
      return .stay
    case .share(let kind):
      return share(kind, r, context)
    case .logContact:
      // A contact and the relative are not rows here (their ids are not consents'): no selection.
      reload()
      return .push(ContactFormScreen.make(session: session, resident: resident, relativeID: r.id, context: context))
    case .edit:
      reload()
      return .push(RelativeFormScreen.make(session: session, resident: resident, editing: r, context: context))
    }
  }

  /// Asks before withdrawing a consent: it can't be undone.
  private func withdrawal(_ c: Consent, of r: Relative, _ context: AppContext) -> ConfirmPrompt {
    let t = context.texts
    let kind: String = RelativesWords.kindName(c.kindCode, t, session.catalogues.informationKinds)
    let today: String = RelativesWords.day(RelativesWords.today(context))
    let question: String = t("rel.withdraw.question", kind, r.name, today)
    let withdraw: (AppContext) -> ScreenAction = { [unowned self] context in
      do {
        _ = try RelativesWords.repository(session).withdrawConsent(
          c.id, on: RelativesWords.today(context), by: session.actor)
        context.show(context.texts("rel.withdrawn", kind, r.name))
      } catch {
        context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 15)
      }
      reload()
      return .stay
    }
    return ConfirmPrompt.irreversible(question, yes: t("rel.withdraw.yes"), texts: t, onYes: withdraw)
  }

  /// Asks the sharing check, as any area does before sharing; says plainly why not. The
  /// status report is then written to a file (path shown), as `export plan --for-relative`.
  func share(_ kind: String, _ r: Relative, _ context: AppContext) -> ScreenAction {
    let t = context.texts
    if kind == SharingCheck.plan {
      do {
        let path = try StatusReportFile.write(session: session, residentID: resident.id, relative: r, context: context)
        context.show(t("rel.shared.planShort", r.name), kind: .info, seconds: 10)
        reload()
        return .push(TextScreen(title: t("rel.shared.title"), text: t("rel.shared.plan", r.name, path)))
      } catch .relatives(.sharingRefused(let reason)) {
        context.show(
          RelativesWords.refusal(reason, name: r.name, kind: kind, t, session.catalogues.informationKinds),
          kind: .error, seconds: 20)
      } catch .notFound {
        context.show(t("rel.shared.noPlan"), kind: .warning, seconds: 15)
      } catch {
        context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
      }
      reload()
      return .stay
    }
    do {
      let ground = try RelativesWords.sharing(session).require(
        residentID: resident.id, relativeID: r.id, kindCode: kind, actor: session.actor,
        on: RelativesWords.today(context))
      let why: String
      switch ground {
      case .consent: why = t("rel.allowed.consent")
      case .guardian: why = t("rel.allowed.guardian")
      }
      context.show(
        t(
          "rel.allowed", r.name, RelativesWords.kindName(kind, t, session.catalogues.informationKinds).lowercased(), why
        ), kind: .info, seconds: 10)
    } catch {
      if case .relatives(.sharingRefused(let reason)) = error {
        context.show(
          RelativesWords.refusal(reason, name: r.name, kind: kind, t, session.catalogues.informationKinds),
          kind: .error, seconds: 20)
      } else {
        context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
      }
    }
    reload()
    return .stay
  }
}
