import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum RetentionField: String, FormFieldID { case period, rule }

/// Sets the retention period of one kind of record and the rule it follows (admin), on the one
/// form engine. The period as typed ("5 år", "18 mdr"; empty keeps the kind until a period is
/// set) and the rule. What is typed is a draft (`retention.<kind>`).
enum RetentionFormScreen {
  static func draftKey(_ kind: RetentionKind) -> String { "retention.\(kind.rawValue)" }

  static func make(session: Session, kind: RetentionKind, current: RetentionRule?, context: AppContext)
    -> FormScreen<RetentionField>
  {
    let t = context.texts
    let screen = FormScreen<RetentionField>(
      title: t("rights.retention.form.title", RightsWords.kind(kind, t)), context: context,
      fields: [
        .text(
          .period, t("rights.retention.field.period"), current?.months.map { RightsWords.period($0, t) } ?? "", max: 20),
        .text(.rule, t("rights.retention.field.rule"), current?.rule ?? "", max: RetentionRule.maximumRuleLength),
      ], draftKey: draftKey(kind)
    ) { form, context in
      let t = context.texts
      var months: Int?
      if !form.isEmpty(.period) {
        do { months = try RetentionPeriod.months(from: form.text(.period)) } catch {
          throw FieldProblem(RetentionField.period, ErrorMessages.describe(error, t))
        }
      }
      do {
        try session.database.retention.setRule(kind, months: months, rule: form.raw(.rule), by: session.actor)
      } catch StorageError.retention(let e) {
        throw FieldProblem(e == .ruleMissing || e == .ruleTooLong ? RetentionField.rule : .period, e.message(t))
      }
      let name = RightsWords.kind(kind, t)
      return FormSaved(months == nil ? t("rights.retention.cleared", name) : t("rights.retention.saved", name))
    }
    screen.header = { (context: AppContext) -> [(String, Style)] in
      [(RightsWords.kind(kind, context.texts), .header), (context.texts("rights.retention.form.help"), .muted)]
    }
    screen.labelWidth = 12
    screen.draftAbout = { _ in RightsWords.kind(kind, t) }
    return screen
  }
}
