import Foundation
import TovholderCore
import TovholderStorage

/// The category catalogue's names in the user's language.
enum IncidentsCatalogue {
  /// The category's name in the user's language (the saved name if it left the catalogue).
  static func name(code: String, saved: String, texts: Texts, in catalogue: IncidentCatalogue) -> String {
    guard let c = catalogue.category(code: code) else { return saved }
    return name(c, texts: texts)
  }

  static func name(_ c: IncidentCategory, texts: Texts) -> String { texts.language == .en ? c.nameEnglish : c.name }
}

/// Texts for the area's values and errors.
public enum IncidentsErrorText {
  static func severity(_ s: Severity, _ t: Texts) -> String { t("incidents.severity.\(s.key)") }
  static func status(_ s: IncidentStatus, _ t: Texts) -> String { t("incidents.status.\(s.rawValue)") }
  static func consequence(_ c: Consequence, _ t: Texts) -> String { t("incidents.consequence.\(c.key)") }
  static func reason(_ r: RejectionReason, _ t: Texts) -> String { t("incidents.reject.\(r.rawValue)") }

  static func validation(_ e: IncidentValidationError, _ t: Texts) -> String {
    switch e {
    case .textTooLong(let field, let limit):
      return t("incidents.error.textTooLong", t("incidents.field.\(field)"), limit)
    default: return t("incidents.error.\(String(describing: e))")
    }
  }

  static func transition(_ e: IncidentTransitionError, _ t: Texts) -> String {
    switch e {
    case .notAllowed(let from, let to): return t("incidents.error.notAllowed", status(from, t), status(to, t))
    case .notLeaderOfUnit: return t("error.accessDenied")
    case .missingAnalysis: return t("incidents.error.missingAnalysis")
    case .missingFeedback: return t("incidents.error.missingFeedback")
    case .incompleteAction(let i): return t("incidents.error.incompleteAction", i + 1)
    case .actionDueInPast(let i): return t("incidents.error.actionDueInPast", i + 1)
    case .textTooLong(let limit): return t("incidents.error.reviewTooLong", limit)
    case .missingRejectionComment: return t("incidents.error.missingRejectionComment")
    case .duplicateNotFound: return t("incidents.error.duplicateNotFound")
    }
  }

  static func batchKey(_ e: IncidentBatchError) -> String {
    switch e {
    case .monthNotOver: "monthNotOver"
    case .alreadyReported: "alreadyReported"
    case .nothingToReport: "nothingToReport"
    }
  }

  /// For `tovholder export incidents --from/--to`.
  public static func exportDate(_ e: ExportDate.ParseError, _ t: Texts) -> String {
    switch e {
    case .unreadable(let s): return t("incidents.export.unreadableDate", s)
    case .impossible(let s): return t("incidents.export.impossibleDate", s)
    case .reversed: return t("incidents.export.reversed")
    }
  }
}

extension IncidentValidationError: UserMessage {
  public func message(_ t: Texts) -> String { IncidentsErrorText.validation(self, t) }
}

extension IncidentTransitionError: UserMessage {
  public func message(_ t: Texts) -> String { IncidentsErrorText.transition(self, t) }
}

extension IncidentBatchError: UserMessage {
  public func message(_ t: Texts) -> String { t("incidents.error.batch.\(IncidentsErrorText.batchKey(self))") }
}

extension ExportDate.ParseError: UserMessage {
  public func message(_ t: Texts) -> String { IncidentsErrorText.exportDate(self, t) }
}
