import Foundation
import TovholderCore
import TovholderStorage

/// Danish (and English) messages for the health area's errors.
public enum HealthErrors {
  /// The message for `e`; field keys become the field's name when `template` (or a
  /// catalogue template with the field) is known.
  static func describe(_ e: HealthError, _ t: Texts, template: ScreeningTemplate?) -> String {
    func name(_ key: String) -> String {
      let all = (template.map { [$0] } ?? []) + Catalogues.shipped.health.templates
      for tpl in all {
        if let f = tpl.field(key) { return f.name.text(t.language.rawValue) }
      }
      return key
    }
    func number(_ v: Double) -> String {
      HealthEntry.format(v, decimals: v == v.rounded() ? 0 : 1, language: t.language.rawValue)
    }
    switch e {
    case .unknownTemplate: return t("health.error.unknownTemplate")
    case .unknownField(let f): return t("health.error.unknownField", f)
    case .missingValue(let f): return t("health.error.missingValue", name(f))
    case .outOfValidRange(let f, let lo, let hi):
      return t("health.error.outOfValidRange", name(f), number(lo), number(hi))
    case .wrongKind(let f): return t("health.error.wrongKind", name(f))
    case .textTooLong(let f, let max): return t("health.error.textTooLong", name(f), max)
    case .noteTooLong(let max): return t("health.error.noteTooLong", max)
    case .takenInFuture: return t("health.error.takenInFuture")
    case .emptySeenNote: return t("health.error.emptySeenNote")
    case .notFlagged: return t("health.error.notFlagged")
    case .noHealthConsent: return t("health.error.noHealthConsent")
    case .invalidInterval: return t("health.error.invalidInterval")
    case .invalidCatalogue: return t("health.error.invalidCatalogue")
    case .responsibleNotInUnit: return t("health.error.responsibleNotInUnit")
    case .invalidTemplate(let p):
      let reason: String
      switch p {
      case .invalidKey: reason = t("health.template.invalidKey")
      case .keyTaken: reason = t("health.template.keyTaken")
      case .emptyName: reason = t("health.template.emptyName")
      case .noFields: reason = t("health.template.noFields")
      case .duplicateField(let f), .emptyFieldName(let f), .normalOutsideValid(let f), .ruleNamesUnknownField(let f):
        reason = t("health.template.field", f)
      case .fieldInUse(let f): reason = t("health.template.fieldInUse", name(f))
      }
      return t("health.error.invalidTemplate", reason)
    }
  }
}

extension HealthError: UserMessage {
  public func message(_ t: Texts) -> String { HealthErrors.describe(self, t, template: nil) }
}
