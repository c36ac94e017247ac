import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum PolicyField: String, FormFieldID { case adopted, text }
enum MeetingField: String, FormFieldID { case held, agenda, minutes }
enum RequestField: String, FormFieldID { case text, status, outcome }
enum VolunteerField: String, FormFieldID { case name, helps, phone, email, check }

/// The home-level forms: a new policy version, a council meeting, a council request (or its
/// outcome), a volunteer.
enum HomeFormScreen {
  static func policy(session: Session, context: AppContext) -> FormScreen<PolicyField> {
    let t = context.texts
    let current = (try? session.database.relativesHome.policyVersions().last?.text) ?? ""
    let screen = FormScreen<PolicyField>(
      title: t("rel.policy.new"), context: context,
      fields: [
        .date(.adopted, t("rel.field.adopted"), RelativesWords.today(context), required: true),
        .area(.text, t("rel.field.policyText"), current, height: 10, required: true),
      ], draftKey: "rel.policy.0.0"
    ) { s, context in
      let v = try session.database.relativesHome.adoptPolicy(
        text: s.raw(.text), adoptedOn: s.day(.adopted) ?? RelativesWords.today(context), by: session.actor)
      return FormSaved(context.texts("rel.policy.adopted", v.number))
    }
    screen.header = { context in [(context.texts("rel.policy.newHeading"), .header)] }
    screen.labelWidth = 20
    return screen
  }

  static func meeting(session: Session, context: AppContext) -> FormScreen<MeetingField> {
    let t = context.texts
    let screen = FormScreen<MeetingField>(
      title: t("rel.council.new"), context: context,
      fields: [
        .date(.held, t("rel.field.held"), RelativesWords.today(context), required: true),
        .area(.agenda, t("rel.council.agenda"), height: 4, required: true),
        .area(.minutes, t("rel.council.minutes"), height: 5),
      ], draftKey: "rel.meeting.0.0"
    ) { s, context in
      let m = try session.database.relativesHome.addCouncilMeeting(
        heldOn: s.day(.held) ?? RelativesWords.today(context), agenda: s.raw(.agenda), minutes: s.raw(.minutes),
        by: session.actor)
      return FormSaved(context.texts("rel.saved.plain"), savedID: m.id)
    }
    screen.header = { context in [(context.texts("rel.council.title"), .header)] }
    screen.labelWidth = 20
    return screen
  }

  static func request(session: Session, editing: CouncilRequest?, context: AppContext) -> FormScreen<RequestField> {
    let t = context.texts
    let statuses = CouncilRequestStatus.allCases.map { ChoiceOption($0.rawValue, t("rel.request.\($0.rawValue)")) }
    let screen = FormScreen<RequestField>(
      title: t(editing == nil ? "rel.requests.new" : "rel.requests.edit"), context: context,
      fields: [
        .text(.text, t("rel.requests.col.text"), editing?.text ?? "", required: true),
        .choice(.status, t("rel.requests.col.status"), statuses, (editing?.status ?? .open).rawValue),
        .text(.outcome, t("rel.requests.col.outcome"), editing?.outcome ?? ""),
      ], draftKey: "rel.request.0.\(editing?.id ?? 0)"
    ) { s, context in
      let home = session.database.relativesHome
      var r =
        try editing
        ?? home.addCouncilRequest(
          text: s.raw(.text), raisedOn: RelativesWords.today(context), meetingID: nil, by: session.actor)
      r.text = s.raw(.text)
      r.status = s.choice(.status).flatMap(CouncilRequestStatus.init(rawValue:)) ?? .open
      r.outcome = s.raw(.outcome)
      let saved = try home.updateCouncilRequest(r, by: session.actor)
      return FormSaved(context.texts("rel.saved.plain"), savedID: saved.id)
    }
    screen.header = { context in [(context.texts("rel.requests.title"), .header)] }
    screen.labelWidth = 20
    return screen
  }

  static func volunteer(session: Session, context: AppContext) -> FormScreen<VolunteerField> {
    let t = context.texts
    let screen = FormScreen<VolunteerField>(
      title: t("rel.volunteers.new"), context: context,
      fields: [
        .text(.name, t("rel.volunteers.col.name"), required: true, max: FieldLimit.name),
        .text(.helps, t("rel.volunteers.col.helps")),
        .text(.phone, t("rel.field.phone"), max: FieldLimit.phone) { [t] v in
          ContactFormat.isPhone(v) ? nil : t("rel.error.invalidPhone")
        },
        .text(.email, t("rel.field.email"), max: FieldLimit.email) { [t] v in
          ContactFormat.isEmail(v) ? nil : t("rel.error.invalidEmail")
        },
        .date(.check, t("rel.volunteers.col.check"), nil),
      ], draftKey: "rel.volunteer.0.0"
    ) { s, context in
      let v = try session.database.relativesHome.addVolunteer(
        Volunteer(
          id: 0, name: s.raw(.name), helpsWith: s.raw(.helps), phone: s.raw(.phone), email: s.raw(.email),
          policeCheckOn: s.day(.check)), by: session.actor)
      return FormSaved(context.texts("rel.added", v.name), savedID: v.id)
    }
    screen.header = { context in [(context.texts("rel.volunteers.title"), .header)] }
    screen.labelWidth = 20
    return screen
  }
}
