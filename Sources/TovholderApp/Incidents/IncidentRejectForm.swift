import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum RejectField: String, FormFieldID { case comment, duplicateOf }

/// Rejecting an event after its reason is chosen: the comment the national form asks for, and
/// for "Dobbeltregistrering" the number of the event it repeats (the two are linked). Ctrl-S
/// asks once more, since a rejected event can't be opened again.
enum IncidentRejectForm {
  static func make(
    session: Session, incident: Incident, reason: RejectionReason, context: AppContext,
    rejected: @escaping (Incident) -> Void
  ) -> FormScreen<RejectField> {
    let t = context.texts
    let reasonText = IncidentsErrorText.reason(reason, t)
    var fields: [FieldSpec<RejectField>] = [
      .area(.comment, t("incidents.reject.comment"), height: 3, required: true, max: IncidentValidation.maxTextLength)
    ]
    if reason == .duplicate {
      fields.append(.number(.duplicateOf, t("incidents.reject.duplicateOf"), required: true, range: 1...1e12))
    }
    let screen = FormScreen<RejectField>(
      title: t("incidents.reject.formTitle", incident.id, reasonText), context: context, fields: fields,
      draftKey: "incident.reject.\(incident.id).\(reason.rawValue)"
    ) { s, context in
      do {
        let saved = try session.database.incidents.reject(
          incident.id, reason: reason, comment: s.raw(.comment), duplicateOf: s.integer(.duplicateOf).map(Int64.init),
          version: incident.version, by: session.actor)
        rejected(saved)
        return FormSaved(IncidentReviewScreen.statusMessage(saved, context.texts), savedID: saved.id)
      } catch StorageError.incidentTransition(.duplicateNotFound) {
        throw FieldProblem(RejectField.duplicateOf, context.texts("incidents.error.duplicateNotFound"))
      } catch StorageError.incidentTransition(.missingRejectionComment) {
        throw FieldProblem(RejectField.comment, context.texts("incidents.error.missingRejectionComment"))
      }
    }
    screen.confirmSave = { _, t in t("incidents.review.rejectQuestion", incident.id, reasonText) }
    screen.saveHintKey = "incidents.reject.save"
    screen.labelWidth = 21
    screen.draftAbout = { _ in t("incidents.review.title", incident.id) }
    return screen
  }
}
