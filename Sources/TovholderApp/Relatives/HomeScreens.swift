import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A text to read whole (a policy version, a meeting's agenda and minutes).
final class RelativesTextScreen: Screen {
  let titleText: String
  let text: String
  init(title: String, text: String) {
    titleText = title
    self.text = text
  }

  func title(_ context: AppContext) -> String { titleText }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    Paragraph(text).render(into: &buffer, area: area.inset(horizontal: 1, vertical: 1))
    return nil
  }
}

/// The relatives policy (pårørendepolitik): every adopted version, newest first. Leaders
/// adopt a new version with Ctrl-N; earlier versions stay.
final class PolicyScreen: TableScreen {
  let session: Session
  var versions: [RelativesPolicyVersion] = []

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "rel.policy.title",
      columns: [
        ColumnSpec("rel.policy.col.version", .fixed(7)), ColumnSpec("rel.policy.col.adopted", .fixed(11)),
        ColumnSpec("rel.policy.col.text"),
      ], emptyKey: "rel.policy.empty", load: { _ in [] })
    load = { [unowned self] context in
      let t = context.texts
      versions = ((try? session.database.relativesHome.policyVersions()) ?? []).reversed()
      let inForce = RelativesPolicyVersion.inForce(versions, on: RelativesWords.today(context))
      introLines = [(inForce.map { t("rel.policy.inForce", $0.number, DateWording.day($0.adoptedOn)) } ?? "", .muted)]
      return versions.map {
        ["\($0.number)", DateWording.day($0.adoptedOn), $0.text.replacingOccurrences(of: "\n", with: " ")]
      }
    }
    onOpen = { [unowned self] row, context in
      let v = versions[row]
      return .push(
        RelativesTextScreen(
          title: context.texts("rel.policy.version", v.number, DateWording.day(v.adoptedOn)),
          text: v.text + "\n\n" + context.texts("rel.policy.recordedBy", v.recordedByName)))
    }
    if RelativesHomeRepository.canChange(session.actor) {
      onCommand[.new] = { [unowned self] _, context in
        return self.open(HomeFormScreen.policy(session: session, context: context))
      }
      commandHints = [(.new, "rel.policy.new")]
    }
  }
}

/// The relatives council (pårørenderåd): members above, meetings below (Enter reads the
/// agenda and minutes); leaders add a meeting with Ctrl-N.
final class CouncilScreen: TableScreen {
  let session: Session
  var meetings: [CouncilMeeting] = []

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "rel.council.title",
      columns: [ColumnSpec("rel.council.col.held", .fixed(11)), ColumnSpec("rel.council.col.agenda")],
      emptyKey: "rel.council.empty", load: { _ in [] })
    load = { [unowned self] context in
      let t = context.texts
      let today = RelativesWords.today(context)
      let home = session.database.relativesHome
      meetings = (try? home.councilMeetings()) ?? []
      rowIDs = meetings.map(\.id)
      let members = ((try? home.councilMembers()) ?? []).filter { $0.isMember(on: today) }
      introLines =
        [(t("rel.council.members", members.count), .header)] + members.map { ("  \($0.name) · \($0.role)", .normal) }
      return meetings.map { [DateWording.day($0.heldOn), $0.agenda.replacingOccurrences(of: "\n", with: " ")] }
    }
    onOpen = { [unowned self] row, context in
      let m = meetings[row]
      let t = context.texts
      return .push(
        RelativesTextScreen(
          title: t("rel.council.meeting", DateWording.day(m.heldOn)),
          text: t("rel.council.agenda") + "\n" + m.agenda + "\n\n" + t("rel.council.minutes") + "\n" + m.minutes))
    }
    if RelativesHomeRepository.canChange(session.actor) {
      onCommand[.new] = { [unowned self] _, context in
        return self.open(HomeFormScreen.meeting(session: session, context: context))
      }
      commandHints = [(.new, "rel.council.new")]
    }
  }
}

/// What the council asked for and what became of it. Leaders add (Ctrl-N) and record the
/// outcome (F4).
final class CouncilRequestsScreen: TableScreen {
  let session: Session
  var requests: [CouncilRequest] = []

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "rel.requests.title",
      columns: [
        ColumnSpec("rel.requests.col.raised", .fixed(11)), ColumnSpec("rel.requests.col.text"),
        ColumnSpec("rel.requests.col.status", .fixed(11)), ColumnSpec("rel.requests.col.outcome"),
      ], emptyKey: "rel.requests.empty", load: { _ in [] })
    load = { [unowned self] context in
      let t = context.texts
      requests = (try? session.database.relativesHome.councilRequests()) ?? []
      rowIDs = requests.map(\.id)
      return requests.map {
        [DateWording.day($0.raisedOn), $0.text, t("rel.request.\($0.status.rawValue)"), $0.outcome]
      }
    }
    if RelativesHomeRepository.canChange(session.actor) {
      onCommand[.new] = { [unowned self] _, context in
        return self.open(HomeFormScreen.request(session: session, editing: nil, context: context))
      }
      onCommand[.edit] = { [unowned self] row, context in
        guard let row, requests.indices.contains(row) else { return .stay }
        return self.open(HomeFormScreen.request(session: session, editing: requests[row], context: context))
      }
      commandHints = [(.new, "rel.requests.new"), (.edit, "rel.requests.edit")]
    }
  }
}

/// Volunteers: what they help with, how to reach them, and the police record check (marked
/// when missing or older than three years). Leaders add with Ctrl-N.
final class VolunteersScreen: TableScreen {
  let session: Session

  init(session: Session) {
    self.session = session
    super.init(
      titleKey: "rel.volunteers.title",
      columns: [
        ColumnSpec("rel.volunteers.col.name", .fixed(18)), ColumnSpec("rel.volunteers.col.helps"),
        ColumnSpec("rel.volunteers.col.contact", .fixed(14)), ColumnSpec("rel.volunteers.col.check", .fixed(14)),
      ], emptyKey: "rel.volunteers.empty", load: { _ in [] })
    load = { [unowned self] context in
      let today = RelativesWords.today(context)
      let volunteers = (try? session.database.relativesHome.volunteers()) ?? []
      rowIDs = volunteers.map(\.id)
      return volunteers.map {
        [
          $0.name, $0.helpsWith, $0.phone ?? $0.email ?? "",
          ($0.policeCheckDue(on: today) ? "! " : "")
            + ($0.policeCheckOn.map(DateWording.day) ?? context.texts("rel.volunteers.noCheck")),
        ]
      }
    }
    if RelativesHomeRepository.canChange(session.actor) {
      onCommand[.new] = { [unowned self] _, context in
        return self.open(HomeFormScreen.volunteer(session: session, context: context))
      }
      commandHints = [(.new, "rel.volunteers.new")]
    }
  }
}
