import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum ExpectationsField: String, FormFieldID { case held }

/// The date of the expectations meeting (forventningssamtale) held with the resident's
/// relatives at move-in; an empty date clears it.
enum ExpectationsFormScreen {
  static func make(session: Session, resident: Resident, current: CalendarDay?, context: AppContext)
    -> FormScreen<ExpectationsField>
  {
    let t = context.texts
    let screen = FormScreen<ExpectationsField>(
      title: t("rel.expectations.title"), context: context,
      fields: [.date(.held, t("rel.field.expectationsOn"), current)], draftKey: "rel.expectations.\(resident.id).0"
    ) { s, context in
      let day = s.day(.held)
      try RelativesWords.repository(session).setExpectationsMeeting(residentID: resident.id, on: day, by: session.actor)
      let t = context.texts
      return FormSaved(t("rel.expectations.saved", day.map(DateWording.day) ?? t("rel.expectations.none")))
    }
    screen.header = { context in [(context.texts("rel.for", resident.name), .header)] }
    screen.labelWidth = 20
    screen.draftAbout = { _ in resident.name }
    return screen
  }
}
