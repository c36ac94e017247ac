import Foundation
import TovholderCore
import TovholderStorage

/// A relative's digest in words: per kind whether it may be shared and why, then only the
/// parts that may (plan status, health, daily life, economy), the meetings ahead, and who
/// gave it. The same text on the screen, in the file and from `export relative-digest`.
public enum RelativeDigestText {
  public static func render(_ d: RelativeDigest, _ t: Texts, _ kinds: InformationKindCatalogue) -> String {
    var lines = [t("rights.tell.heading", d.relative.name, d.residentName, DateWording.day(d.day)), ""]
    lines += d.permissions.map { "  " + line($0, relative: d.relative.name, t, kinds) }
    lines.append("")
    guard !d.allowedKinds.isEmpty else {
      lines.append(t("rights.tell.nothing", d.relative.name))
      return lines.joined(separator: "\n") + "\n"
    }
    lines.append(t("rights.tell.digest", d.relative.name))
    for kind in d.allowedKinds {
      lines += ["", ResidentCopyText.heading(RelativesWords.kindName(kind.code, t, kinds))]
      lines += section(kind, d, t)
    }
    lines += ["", ResidentCopyText.heading(t("rights.tell.meetings"))]
    if d.meetings.isEmpty { lines.append(t("rights.tell.meetings.none")) }
    for m in d.meetings { lines.append(t("rights.tell.meeting.\(m.kind.rawValue)", DateWording.day(m.on))) }
    lines += ["", t("rights.tell.footer", d.generatedBy, DateWording.dateTime(d.generatedAt), d.relative.name)]
    return lines.joined(separator: "\n") + "\n"
  }

  /// "Plan: JA – samtykke givet 01-03-2026 (skriftligt)" / "Helbred: NEJ – …".
  static func line(_ p: RelativeDigest.Permission, relative: String, _ t: Texts, _ kinds: InformationKindCatalogue)
    -> String
  {
    t(
      p.decision.isAllowed ? "rights.tell.yes" : "rights.tell.no.line", RelativesWords.kindName(p.kind.code, t, kinds),
      why(p, relative: relative, t, kinds))
  }

  /// Why a kind may or may not be shared, in one sentence.
  static func why(_ p: RelativeDigest.Permission, relative: String, _ t: Texts, _ kinds: InformationKindCatalogue)
    -> String
  {
    switch p.decision {
    case .allowed(.consent):
      guard let c = p.consent else { return t("rel.allowed.consent") }
      let form = t("rel.form.\(c.form.rawValue)")
      if case .guardian = c.givenBy { return t("rights.tell.why.consentGuardian", DateWording.day(c.givenOn), form) }
      return t("rights.tell.why.consent", DateWording.day(c.givenOn), form)
    case .allowed(.guardian):
      guard let g = p.guardianship else { return t("rel.allowed.guardian") }
      return t("rights.tell.why.guardian", RelativesWords.scope(g, t, kinds))
    case .refused(let reason):
      return RelativesWords.refusal(reason, name: relative, kind: p.kind.code, t, kinds)
    }
  }

  static func section(_ kind: InformationKind, _ d: RelativeDigest, _ t: Texts) -> [String] {
    switch kind.code {
    case SharingCheck.plan:
      guard let p = d.plan else { return [t("rights.tell.plan.none")] }
      var lines = [t("rights.tell.plan.wish", p.wish)]
      lines +=
        p.openGoals.isEmpty ? [t("rights.tell.plan.noGoals")] : p.openGoals.map { t("rights.tell.plan.goal", $0.title) }
      lines.append(
        t("rights.tell.plan.followUps", p.lastFollowUp.map(DateWording.day) ?? "–", DateWording.day(p.nextFollowUp)))
      return lines
    case SharingCheck.dailyLife:
      guard let notes = d.dailyLife, !notes.isEmpty else {
        return [t("rights.tell.daily.none", RelativeDigest.dailyLifeDays)]
      }
      return notes.map { ResidentCopyText.field(DateWording.dateTime($0.writtenAt), $0.text) }
    case SharingCheck.economy:
      return [t("rights.tell.economy")]
    default:
      guard kind.isHealth else { return [] }
      if d.healthConsentMissing { return [t("rights.tell.health.consentMissing")] }
      guard let h = d.health, !h.sections.isEmpty else { return [t("rights.tell.health.none")] }
      let f = HealthFormat(language: t.language.rawValue) { t($0) }
      return h.sections.map { s in
        let name = s.template.name.text(f.language)
        guard let latest = s.screenings.first else { return t("rights.tell.health.notTaken", name, f.day(s.due)) }
        var values = f.values(latest, template: s.template)
        if latest.isFlagged { values += " (!) " + f.flags(latest, template: s.template) }
        return t("rights.tell.health.line", name, f.day(latest.day), values, f.day(s.due))
      }
    }
  }
}
