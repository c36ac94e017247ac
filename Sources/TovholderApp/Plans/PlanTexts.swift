import Foundation
import TovholderCore
import TovholderStorage

/// The plan catalogue compiled into the program, the wording built on the user's texts,
/// and the Danish (or English) messages for the plan area's errors.
public enum PlanTexts {
  public static func wording(_ texts: Texts, _ catalog: PlanCatalog) -> PlanWording {
    PlanWording(catalog: catalog, language: texts.language.rawValue) { key in texts(key) }
  }

  public static func describe(_ e: PlanValidationError, _ t: Texts) -> String {
    switch e {
    case .followUpBeforePlanStart(let start): return t("plans.error.followUpBeforePlanStart", DateWording.day(start))
    case .scoreOutOfRange(let r), .targetOutOfRange(let r), .followUpScoreOutOfRange(let r):
      let key =
        switch e {
        case .targetOutOfRange: "plans.error.targetOutOfRange"
        case .followUpScoreOutOfRange: "plans.error.followUpScoreOutOfRange"
        default: r.upperBound == Int.max ? "plans.error.countNegative" : "plans.error.scoreOutOfRange"
        }
      return t(key, r.lowerBound, r.upperBound)
    case .intervalOutOfRange(let allowed):
      return t("plans.error.intervalOutOfRange", allowed.lowerBound, allowed.upperBound)
    case .unknownCatalogEntry(let id): return t("plans.error.unknownCatalogEntry", id)
    case .missingDecision: return t("plans.error.missingDecision")
    case .invalidDecision: return t("plans.error.invalidDecision")
    case .decisionNeedsNote: return t("plans.error.decisionNeedsNote")
    case .emptyWish: return t("plans.error.emptyWish")
    case .emptyGoalTitle: return t("plans.error.emptyGoalTitle")
    case .emptySubGoalText: return t("plans.error.emptySubGoalText")
    case .emptyInterventionText: return t("plans.error.emptyInterventionText")
    case .emptyOutsideName: return t("plans.error.emptyOutsideName")
    case .missingMeasure: return t("plans.error.missingMeasure")
    case .frequencyOutOfRange: return t("plans.error.frequencyOutOfRange")
    case .planExists: return t("plans.error.planExists")
    case .subGoalClosed: return t("plans.error.subGoalClosed")
    case .goalEnded: return t("plans.error.goalEnded")
    case .followUpInFuture: return t("plans.error.followUpInFuture")
    case .nextFollowUpNotAfterMeeting: return t("plans.error.nextFollowUpNotAfterMeeting")
    case .emptyCorrectionReason: return t("plans.error.emptyCorrectionReason")
    case .alreadyCorrected: return t("plans.error.alreadyCorrected")
    }
  }
}

extension PlanValidationError: UserMessage {
  public func message(_ t: Texts) -> String { PlanTexts.describe(self, t) }
}
