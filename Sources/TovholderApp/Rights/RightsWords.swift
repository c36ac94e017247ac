import Foundation
import TovholderCore
import TovholderStorage

/// Words the rights screens and commands share: kinds, periods, an access-log row in plain
/// words, and the error texts of retention.
public enum RightsWords {
  public static func kind(_ k: RetentionKind, _ t: Texts) -> String { t("rights.kind.\(k.rawValue)") }

  /// "5 år", "18 mdr."; nil months is the "must be set" text.
  public static func period(_ months: Int?, _ t: Texts) -> String {
    guard let months else { return t("rights.retention.notSet") }
    let (years, rest) = RetentionPeriod.parts(months)
    if years > 0 { return years == 1 ? t("rights.period.year") : t("rights.period.years", years) }
    return rest == 1 ? t("rights.period.month") : t("rights.period.months", rest)
  }

  /// Who, in plain words: the reporter of a UTH is never named.
  public static func who(_ e: AuditEntry, _ t: Texts) -> String {
    e.action.hidesActor ? t("rights.copy.reporterHidden") : e.actorName
  }

  /// What they did, in plain words ("Åbnede journalen").
  public static func what(_ e: AuditEntry, _ t: Texts) -> String { t("audit.\(e.action.rawValue)") }

  /// "Læste" for a read, "Ændrede" for a change.
  public static func readOrChanged(_ e: AuditEntry, _ t: Texts) -> String {
    e.action.isAccess ? t("rights.access.read") : t("rights.access.changed")
  }

  /// A resident given on the command line: the number shown on screen, or a CPR number.
  public static func resident(_ reference: String, db: AppDatabase, actor: Actor) throws(StorageError) -> ResidentID {
    try db.plans.resident(reference: reference, actor: actor).id
  }
}

extension RetentionError: UserMessage {
  public func message(_ t: Texts) -> String {
    switch self {
    case .periodMissing: return t("rights.error.periodMissing")
    case .periodUnreadable(let text): return t("rights.error.periodUnreadable", text)
    case .periodOutOfRange: return t("rights.error.periodOutOfRange")
    case .ruleMissing: return t("rights.error.ruleMissing")
    case .ruleTooLong: return t("rights.error.ruleTooLong", RetentionRule.maximumRuleLength)
    }
  }
}
