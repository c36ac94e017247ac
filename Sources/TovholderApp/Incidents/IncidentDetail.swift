import Foundation
import TerminalUI
import TovholderCore

/// An event as lines of text (label: value), for the review screen and the reporter's view.
enum IncidentDetail {
  static func lines(_ i: Incident, session: Session, residentName: String?, now: Date, _ t: Texts) -> [(String, Style)]
  {
    let r = i.report
    var out: [(String, Style)] = [
      (r.headline, .header),
      (
        t(
          "incidents.detail.when", DateWording.day(r.time.day),
          r.time.clockText ?? t("incidents.certainty.unknown"), t("incidents.certainty.\(r.time.certainty.rawValue)")),
        .normal
      ),
      (t("incidents.detail.where", session.unitNames[r.unitID] ?? "", r.place), .normal),
      (
        t(
          "incidents.detail.category",
          IncidentsCatalogue.name(
            code: r.categoryCode, saved: i.categoryName, texts: t, in: session.catalogues.incidents)),
        .normal
      ),
      (
        t(
          "incidents.detail.severity", IncidentsErrorText.severity(i.severity, t),
          IncidentsErrorText.consequence(r.actual, t), IncidentsErrorText.consequence(r.possible, t)), .normal
      ),
      (
        t("incidents.detail.status", IncidentsErrorText.status(i.status, t), DateWording.dateTime(i.statusChangedAt)),
        .normal
      ),
      (
        t(
          "incidents.detail.registered", DateWording.dateTime(i.registeredAt),
          t.dayCount(i.daysSinceRegistration(now: now, in: session.timeZone))), .muted
      ),
    ]
    if let residentName { out.append((t("incidents.detail.resident", residentName), .normal)) }
    out.append((t("incidents.detail.reporter", i.reporter?.name ?? t("incidents.detail.reporterHidden")), .muted))
    if !r.medicine.isEmpty {
      out.append(
        (
          t("incidents.detail.medicine", r.medicine.name, r.medicine.substance, r.medicine.route, r.medicine.strength),
          .normal
        ))
    }
    if let reason = i.rejection {
      out.append((t("incidents.detail.rejected", IncidentsErrorText.reason(reason, t)), .warning))
      if let comment = i.rejectionComment { out.append((t("incidents.detail.rejectionComment", comment), .normal)) }
      if let other = i.duplicateOf { out.append((t("incidents.detail.duplicateOf", other), .normal)) }
    }
    if i.batchID != nil { out.append((t("incidents.detail.batched"), .muted)) }
    for (key, text) in [
      ("course", r.description.course), ("consequences", r.description.consequences),
      ("prevention", r.description.prevention),
    ] where !text.isEmpty {
      out.append(("", .normal))
      out.append((t("incidents.field.\(key)"), .header))
      out += text.split(separator: "\n", omittingEmptySubsequences: false).map { (String($0), .normal) }
    }
    if !i.review.analysis.isEmpty || !i.review.feedback.isEmpty {
      out.append(("", .normal))
      out.append((t("incidents.review.analysis"), .header))
      out += i.review.analysis.split(separator: "\n", omittingEmptySubsequences: false).map { (String($0), .normal) }
      for a in i.review.actions {
        out.append((t("incidents.detail.action", a.text, a.owner, DateWording.day(a.due)), .normal))
      }
      out.append((t("incidents.review.feedback"), .header))
      out += i.review.feedback.split(separator: "\n", omittingEmptySubsequences: false).map { (String($0), .success) }
    }
    return out
  }

  /// Draws `lines` wrapped into `area`, from row `scroll`; returns the total row count.
  @discardableResult
  static func draw(_ lines: [(String, Style)], into buffer: inout Buffer, area: Rect, scroll: Int) -> Int {
    var rows: [(String, Style)] = []
    for (text, style) in lines {
      let wrapped = text.isEmpty ? [""] : text.wrapped(toWidth: max(1, area.width))
      rows += wrapped.map { ($0, style) }
    }
    for i in 0..<area.height where scroll + i < rows.count {
      buffer.put(rows[scroll + i].0, x: area.x, y: area.y + i, maxWidth: area.width, style: rows[scroll + i].1)
    }
    return rows.count
  }
}

/// The reporter's view of their own event: the event, its status and the leader's feedback.
final class IncidentViewScreen: Screen {
  let session: Session
  let incident: Incident
  var scroll = 0
  private var rowCount = 0

  init(session: Session, incident: Incident) {
    self.session = session
    self.incident = incident
  }

  func title(_ context: AppContext) -> String { context.texts("incidents.view.title", incident.id) }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let lines = IncidentDetail.lines(incident, session: session, residentName: nil, now: context.clock(), context.texts)
    rowCount = IncidentDetail.draw(lines, into: &buffer, area: area.inset(horizontal: 1, vertical: 0), scroll: scroll)
    return nil
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    switch key {
    case .down: scroll = min(scroll + 1, max(0, rowCount - 1))
    case .up: scroll = max(0, scroll - 1)
    case .pageDown: scroll = min(scroll + 10, max(0, rowCount - 1))
    case .pageUp: scroll = max(0, scroll - 10)
    default: return .unhandled
    }
    return .stay
  }

  var scopes: [CommandScope] { [] }
}
