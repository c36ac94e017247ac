import Foundation

/// The status report (statusrapport) of a plan, as Markdown or plain text: the wish, each
/// goal with its sub-goals, interventions, progress figures and charts, and the follow-up
/// decisions. Ready to print or send; the caller decides to whom.
public struct StatusReport: Sendable {
  public enum Format: String, CaseIterable, Sendable {
    case markdown, text
  }

  public var document: PlanDocument
  public var unitName: String
  public var printedOn: CalendarDay
  /// How many of the newest values the run chart shows.
  public var chartValues = 24

  public init(document: PlanDocument, unitName: String, printedOn: CalendarDay) {
    self.document = document
    self.unitName = unitName
    self.printedOn = printedOn
  }

  public func render(_ format: Format, wording w: PlanWording) -> String {
    var out = Writer(format: format)
    let doc = document
    out.heading(1, w("plans.report.title", doc.resident.name))
    out.line(
      [
        w("plans.report.resident", doc.resident.id), unitName, w("plans.report.printed", w.day(printedOn)),
      ].joined(separator: " · "))
    out.line(
      w("plans.report.planStart", w.day(doc.plan.startDate)) + " · "
        + w("plans.report.nextFollowUp", w.day(doc.plan.nextFollowUp)))
    out.line(
      w("plans.report.coordinator", doc.coordinatorName ?? w("plans.responsible.unassigned")) + " · "
        + w("plans.report.contactPerson", doc.contactPersonName ?? w("plans.responsible.unassigned")))
    out.heading(2, w("plans.report.wish"))
    out.quote(doc.plan.wish)
    if doc.goals.isEmpty { out.paragraph(w("plans.report.noGoals")) }
    for (gi, node) in doc.goals.enumerated() { goal(node, number: gi + 1, into: &out, w) }
    out.heading(2, w("plans.report.followUps"))
    if doc.followUps.isEmpty { out.paragraph(w("plans.report.noFollowUps")) }
    for meeting in doc.followUps.reversed() { followUp(meeting, into: &out, w) }
    out.blank()
    out.line(w("plans.report.footer"))
    return out.text
  }

  private func goal(_ node: PlanDocument.GoalNode, number: Int, into out: inout Writer, _ w: PlanWording) {
    let g = node.goal
    out.heading(2, w("plans.report.goal", number, g.title))
    out.bullet(
      w("plans.report.theme", w.theme(g.themeID)) + " · " + w("plans.report.goalType", w.goalType(g.goalTypeID)))
    out.bullet(
      w("plans.report.functional", w.level(g.functionalLevelID)) + " · "
        + w("plans.report.support", w.level(g.supportNeedID)))
    out.bullet(w("plans.report.responsible", w.responsible(g.responsible, name: document.name(of: g.responsible))))
    out.bullet(w("plans.report.status", w.status(g.status)))
    for (si, s) in node.subGoals.enumerated() { subGoal(s, number: "\(number).\(si + 1)", goal: g, into: &out, w) }
  }

  private func subGoal(
    _ node: PlanDocument.SubGoalNode, number: String, goal: Goal, into out: inout Writer, _ w: PlanWording
  ) {
    let s = node.subGoal
    let closed = s.isClosed ? " " + w("plans.report.closed") : ""
    out.heading(3, w("plans.report.subGoal", number, s.text) + closed)
    var facts = [w("plans.report.measure", w.measure(s.measure))]
    if let t = s.target { facts.append(w("plans.report.target", w.value(t, s.measure))) }
    facts.append(w("plans.report.followUpDate", w.day(s.followUpDate)))
    out.bullet(facts.joined(separator: " · "))
    let party = s.fields.responsible ?? goal.responsible
    out.bullet(w("plans.report.responsible", w.responsible(party, name: document.name(of: party))))
    let active = node.interventions.filter(\.isActive)
    if !active.isEmpty {
      out.bullet(w("plans.report.interventions"))
      for i in active {
        var line = i.text + " (" + w.frequency(i.frequency) + ")"
        if let p = i.responsible { line += " – " + w.responsible(p, name: document.name(of: p)) }
        out.bullet(line, level: 1)
      }
    }
    guard let first = node.progress.first, let last = node.progress.last else {
      out.bullet(w("plans.report.noProgress"))
      return
    }
    out.bullet(
      w(
        "plans.report.progress", node.progress.count, w.value(first.value, s.measure), w.day(first.recordedAt),
        w.value(last.value, s.measure), w.day(last.recordedAt)))
    if let note = last.note { out.bullet(w("plans.report.lastNote", note)) }
    let charted = node.progress.suffix(chartValues)
    let values = charted.map(\.value)
    let range = s.measure.range.lowerBound...s.measure.chartMaximum(values: values, target: s.target)
    let chart =
      [TextChart.sparkline(values, range: range)]
      + TextChart.runChart(values, range: range, target: s.target, targetLabel: w("plans.report.targetLine"))
      + [w("plans.report.chartSpan", w.day(charted.first!.recordedAt), w.day(charted.last!.recordedAt), values.count)]
    out.chart(chart)
  }

  private func followUp(_ m: FollowUpMeeting, into out: inout Writer, _ w: PlanWording) {
    out.heading(3, w("plans.report.meeting", w.day(m.heldOn)))
    if !m.participants.isEmpty { out.bullet(w("plans.report.participants", m.participants)) }
    for d in m.decisions {
      var line = d.goalTitle + ": " + w.decision(d.decision)
      if let s = d.score { line += " · " + w("plans.report.score", s, w.catalog.followUpScore.upperBound) }
      if !d.note.isEmpty { line += " – " + d.note }
      out.bullet(line)
    }
    out.bullet(w("plans.report.nextFollowUp", w.day(m.nextFollowUp)))
  }
}

/// Lines in Markdown or plain text.
struct Writer {
  let format: StatusReport.Format
  var lines: [String] = []

  var text: String { lines.joined(separator: "\n") + "\n" }

  mutating func blank() { if lines.last.map({ !$0.isEmpty }) ?? false { lines.append("") } }
  mutating func line(_ s: String) { lines.append(s) }
  mutating func paragraph(_ s: String) {
    blank()
    lines.append(s)
  }

  mutating func heading(_ level: Int, _ s: String) {
    blank()
    switch format {
    case .markdown: lines.append(String(repeating: "#", count: level) + " " + s)
    case .text:
      lines.append(s)
      if level < 3 { lines.append(String(repeating: level == 1 ? "=" : "-", count: s.count)) }
    }
    lines.append("")
  }

  mutating func quote(_ s: String) {
    for l in s.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append((format == .markdown ? "> " : "  ") + l)
    }
  }

  mutating func bullet(_ s: String, level: Int = 0) {
    lines.append(String(repeating: "  ", count: level) + (format == .markdown ? "- " : "• ") + s)
  }

  mutating func chart(_ rows: [String]) {
    lines.append("")
    if format == .markdown { lines.append("```") }
    for r in rows { lines.append((format == .markdown ? "" : "    ") + r) }
    if format == .markdown { lines.append("```") }
  }
}
