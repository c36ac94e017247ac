import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The home-level forms: a new policy version, a council meeting, a council request (or its
/// outcome), a volunteer.
final class HomeFormScreen: RelativesFormBase {
  var onCommit: (HomeFormScreen, AppContext) throws -> String? = { _, _ in nil }

  override func commit(_ context: AppContext) throws -> String? { try onCommit(self, context) }

  static func policy(session: Session, context: AppContext) -> HomeFormScreen {
    let t = context.texts
    let current = (try? session.database.relativesHome.policyVersions().last?.text) ?? ""
    let s = HomeFormScreen(
      session: session, title: t("rel.policy.new"), heading: t("rel.policy.newHeading"), draftKey: "rel.policy.0.0",
      fields: [
        RelativesWords.dateField("adopted", t("rel.field.adopted"), RelativesWords.today(context), required: true),
        FormField(
          id: "text", label: t("rel.field.policyText"), isRequired: true,
          input: .area(TextAreaState(text: current), height: 10)),
      ], context: context)
    s.onCommit = { s, context in
      guard let day = s.date("adopted", context) ?? nil else { return nil }
      let v = try session.database.relativesHome.adoptPolicy(
        text: s.form.value("text"), adoptedOn: day, by: session.actor)
      return context.texts("rel.policy.adopted", v.number)
    }
    return s
  }

  static func meeting(session: Session, context: AppContext) -> HomeFormScreen {
    let t = context.texts
    let s = HomeFormScreen(
      session: session, title: t("rel.council.new"), heading: t("rel.council.title"), draftKey: "rel.meeting.0.0",
      fields: [
        RelativesWords.dateField("held", t("rel.field.held"), RelativesWords.today(context), required: true),
        FormField(
          id: "agenda", label: t("rel.council.agenda"), isRequired: true,
          input: .area(TextAreaState(text: ""), height: 4)),
        FormField(id: "minutes", label: t("rel.council.minutes"), input: .area(TextAreaState(text: ""), height: 5)),
      ], context: context)
    s.onCommit = { s, context in
      guard let day = s.date("held", context) ?? nil else { return nil }
      _ = try session.database.relativesHome.addCouncilMeeting(
        heldOn: day, agenda: s.form.value("agenda"), minutes: s.form.value("minutes"), by: session.actor)
      return context.texts("rel.saved.plain")
    }
    return s
  }

  static func request(session: Session, editing: CouncilRequest?, context: AppContext) -> HomeFormScreen {
    let t = context.texts
    let statuses = CouncilRequestStatus.allCases
    let s = HomeFormScreen(
      session: session, title: t(editing == nil ? "rel.requests.new" : "rel.requests.edit"),
      heading: t("rel.requests.title"), draftKey: "rel.request.0.\(editing?.id ?? 0)",
      fields: [
        .text(id: "text", label: t("rel.requests.col.text"), text: editing?.text ?? "", isRequired: true),
        RelativesFormBase.choice(
          "status", t("rel.requests.col.status"), statuses.map { t("rel.request.\($0.rawValue)") },
          statuses.firstIndex(of: editing?.status ?? .open)),
        .text(id: "outcome", label: t("rel.requests.col.outcome"), text: editing?.outcome ?? ""),
      ], context: context)
    s.onCommit = { s, context in
      let home = session.database.relativesHome
      var r =
        try editing
        ?? home.addCouncilRequest(
          text: s.form.value("text"), raisedOn: RelativesWords.today(context), meetingID: nil, by: session.actor)
      r.text = s.form.value("text")
      r.status = statuses[s.choice("status") ?? 0]
      r.outcome = s.form.value("outcome")
      _ = try home.updateCouncilRequest(r, by: session.actor)
      return context.texts("rel.saved.plain")
    }
    return s
  }

  static func volunteer(session: Session, context: AppContext) -> HomeFormScreen {
    let t = context.texts
    let s = HomeFormScreen(
      session: session, title: t("rel.volunteers.new"), heading: t("rel.volunteers.title"),
      draftKey: "rel.volunteer.0.0",
      fields: [
        .text(id: "name", label: t("rel.volunteers.col.name"), isRequired: true),
        .text(id: "helps", label: t("rel.volunteers.col.helps")),
        .text(id: "phone", label: t("rel.field.phone")) { [t] v in
          v.isEmpty || ContactFormat.isPhone(v) ? nil : t("rel.error.invalidPhone")
        },
        .text(id: "email", label: t("rel.field.email")) { [t] v in
          v.isEmpty || ContactFormat.isEmail(v) ? nil : t("rel.error.invalidEmail")
        },
        RelativesWords.dateField("check", t("rel.volunteers.col.check"), nil),
      ], context: context)
    s.onCommit = { s, context in
      guard let check = s.date("check", context) else { return nil }
      let v = try session.database.relativesHome.addVolunteer(
        Volunteer(
          id: 0, name: s.form.value("name"), helpsWith: s.form.value("helps"), phone: s.form.value("phone"),
          email: s.form.value("email"), policeCheckOn: check), by: session.actor)
      return context.texts("rel.added", v.name)
    }
    return s
  }
}
