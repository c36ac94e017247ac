import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The date of the expectations meeting (forventningssamtale) held with the resident's
/// relatives at move-in; an empty date clears it.
final class ExpectationsFormScreen: RelativesFormBase {
  let resident: Resident

  init(session: Session, resident: Resident, current: CalendarDay?, context: AppContext) {
    self.resident = resident
    let t = context.texts
    super.init(
      session: session, title: t("rel.expectations.title"), heading: t("rel.for", resident.name),
      draftKey: "rel.expectations.\(resident.id).0",
      fields: [RelativesWords.dateField("held", t("rel.field.expectationsOn"), current)], context: context)
  }

  override func commit(_ context: AppContext) throws -> String? {
    guard let day = date("held", context) else { return nil }
    try RelativesWords.repository(session).setExpectationsMeeting(residentID: resident.id, on: day, by: session.actor)
    let t = context.texts
    return t("rel.expectations.saved", day.map(DateWording.day) ?? t("rel.expectations.none"))
  }
}
