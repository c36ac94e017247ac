import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Words and small conversions the relatives screens share.
enum RelativesWords {
  static func repository(_ session: Session) -> RelativesRepository { session.database.relatives }

  static func sharing(_ session: Session) -> SharingCheck { session.database.sharingCheck }

  static func language(_ t: Texts) -> String { t("rel.language") }

  static func kindName(_ code: String, _ t: Texts, _ catalogue: InformationKindCatalogue) -> String {
    catalogue.kind(code)?.name(language: language(t)) ?? code
  }

  static func day(_ d: CalendarDay?) -> String { d.map(DateWording.day) ?? "" }

  static func today(_ context: AppContext) -> CalendarDay { CalendarDay(context.clock(), in: .danish) }

  /// Parses a date field ("i dag", "24-12-2026" …); nil when empty, `.failure` when wrong.
  static func parse(_ text: String, context: AppContext) -> Result<CalendarDay?, DateInputError> {
    if text.trimmingCharacters(in: .whitespaces).isEmpty { return .success(nil) }
    let t = today(context)
    switch DateInput.parse(text, today: t) {
    case .success(let d): return .success(d)
    case .failure(let e): return .failure(e)
    }
  }

  static func dateError(_ e: DateInputError, _ t: Texts) -> String {
    switch e {
    case .empty: return t("form.required")
    case .unrecognized: return t("rel.error.date.unrecognized")
    case .invalidMonth: return t("rel.error.date.month")
    case .invalidDay: return t("rel.error.date.day")
    case .outOfRange: return t("rel.error.date.range")
    }
  }

  static func dateField(_ id: String, _ label: String, _ d: CalendarDay?, required: Bool = false) -> FormField {
    FormField(
      id: id, label: label, isRequired: required,
      input: .date(DateFieldState(date: d)))
  }

  /// One cell of the matrix: ✓ told by consent, V told as guardian, – not told.
  static func cell(_ d: SharingDecision?) -> String {
    switch d {
    case .allowed(.consent)?: return "✓"
    case .allowed(.guardian)?: return "V"
    default: return "–"
    }
  }

  /// The guardianship's scope in one line: "§ 5 økonomi (Bankforhold) 01-02-2022–".
  static func scope(_ g: Guardianship, _ t: Texts, _ kinds: InformationKindCatalogue) -> String {
    let areas = GuardianshipArea.allCases.filter { g.areas.contains($0) }.map { t("rel.area.\($0.rawValue)") }
    var text = t("rel.section.\(g.section.rawValue)") + " " + areas.joined(separator: "+")
    if !g.namedMatters.isEmpty { text += " (" + g.namedMatters.joined(separator: ", ") + ")" }
    if let limited = g.limitedToKinds {
      text += " " + t("rel.scope.only", limited.sorted().map { kindName($0, t, kinds) }.joined(separator: ", "))
    }
    return text + " " + t("rel.scope.period", day(g.decidedOn), day(g.endsOn))
  }

  /// The plain explanation of a refusal, naming the relative and the kind.
  static func refusal(
    _ r: SharingRefusal, name: String, kind: String, _ t: Texts, _ kinds: InformationKindCatalogue
  ) -> String {
    let k = kindName(kind, t, kinds).lowercased()
    switch r {
    case .unknownKind(let code): return t("rel.refused.unknownKind", code)
    case .noConsent: return t("rel.refused.noConsent", name, k)
    case .consentWithdrawn(let on): return t("rel.refused.withdrawn", name, k, day(on))
    case .consentExpired(let on): return t("rel.refused.expired", name, k, day(on))
    case .consentNotYetGiven(let from): return t("rel.refused.notYet", name, k, day(from))
    case .guardianConsentLapsed: return t("rel.refused.guardianConsentLapsed", name, k)
    case .outsideGuardianScope: return t("rel.refused.outsideScope", name, k)
    case .guardianshipNotInForce: return t("rel.refused.guardianshipNotInForce", name, k)
    }
  }

  /// Messages for the area's own errors.
  static func describe(_ e: RelativesError, _ t: Texts) -> String {
    switch e {
    case .unknownInformationKind(let code): return t("rel.refused.unknownKind", code)
    case .sharingRefused: return t("rel.refused.generic")
    default: return t("rel.error.\(String(describing: e))")
    }
  }
}

extension RelativesError: UserMessage {
  public func message(_ t: Texts) -> String { RelativesWords.describe(self, t) }
}
