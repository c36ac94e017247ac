import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

enum ReviewField: String, FormFieldID { case analysis, actions, feedback }

/// A leader's review of one event: the event above (PgUp/PgDn scroll it), the analysis,
/// actions and feedback below. F7 starts the review, F8 rejects (one of five reasons, then a
/// comment), Ctrl-S closes; rejecting and closing can't be undone, so each asks first. The text
/// written is kept as a draft until the event is closed.
final class IncidentReviewScreen: FormScreen<ReviewField> {
  /// The event as last read; the save reads it too (its version changes as the review goes).
  final class Current {
    var incident: Incident
    init(_ incident: Incident) { self.incident = incident }
  }

  let reviewer: Session
  let current: Current
  let residentName: String?
  var reasons: PickerState?
  var scroll = 0
  /// Runs after a review step is saved (the list below reloads).
  var onStatusChange: (() -> Void)?
  var incident: Incident { current.incident }

  init(session: Session, incident: Incident, context: AppContext) {
    reviewer = session
    let current = Current(incident)
    self.current = current
    residentName = incident.report.residentID.flatMap {
      try? session.database.residents.fetch(id: $0, actor: session.actor).name
    }
    let t = context.texts
    let actionsText = incident.review.actions.map { "\($0.text); \($0.owner); \(DateWording.day($0.due))" }
      .joined(separator: "\n")
    let limit = IncidentValidation.maxTextLength
    super.init(
      title: t("incidents.review.title", incident.id), context: context,
      fields: [
        .area(
          .analysis, t("incidents.review.analysis"), incident.review.analysis, height: 3, required: true, max: limit),
        .area(.actions, t("incidents.review.actions"), actionsText, height: 2, max: limit),
        .area(
          .feedback, t("incidents.review.feedback"), incident.review.feedback, height: 2, required: true, max: limit),
      ], draftKey: "incident.review.\(incident.id)"
    ) { s, context in
      let review = IncidentReview(
        analysis: s.raw(.analysis), actions: Self.parseActions(s.raw(.actions)) ?? [], feedback: s.raw(.feedback))
      let i = current.incident
      current.incident = try session.database.incidents.close(
        i.id, review: review, version: i.version, by: session.actor)
      return FormSaved(Self.statusMessage(current.incident, context.texts), then: .stay)
    }
    check = { s, t in Self.parseActions(s.raw(.actions)) == nil ? [(.actions, t("incidents.review.actionsFormat"))] : []
    }
    confirmSave = { _, t in t("incidents.review.closeQuestion", incident.id) }
    saveHintKey = "incidents.review.close"
    extraScopes = [.incidentReview]
    onSaved = { [unowned self] _ in statusChanged() }
    commands[.incidentStartReview] = { [unowned self] context in startReview(context) }
    commands[.incidentReject] = { [unowned self] context in
      guard self.incident.status.isOpen, confirm == nil else { return .stay }
      reasons = PickerState(items: RejectionReason.allCases.map { IncidentsErrorText.reason($0, context.texts) })
      return .stay
    }
    isFormHidden = incident.status != .underReview
  }

  override var isEditingText: Bool { reasons != nil || super.isEditingText }

  private func statusChanged() {
    isFormHidden = incident.status != .underReview
    onStatusChange?()
  }

  static func statusMessage(_ i: Incident, _ t: Texts) -> String {
    t("incidents.status.changed", IncidentsErrorText.status(i.status, t))
  }

  private func startReview(_ context: AppContext) -> ScreenAction {
    guard incident.status == .registered else { return .stay }
    run(context) {
      try reviewer.database.incidents.startReview(incident.id, version: incident.version, by: reviewer.actor)
    }
    return .stay
  }

  private func run(_ context: AppContext, _ step: () throws -> Incident) {
    do {
      current.incident = try step()
      context.show(Self.statusMessage(incident, context.texts))
      statusChanged()
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 10)
    }
  }

  /// The rejection's comment (and, for a duplicate, which event it repeats), asked on a form
  /// over this screen that asks once more before saving.
  private func rejectForm(_ reason: RejectionReason, _ context: AppContext) -> ScreenAction {
    .push(
      IncidentRejectForm.make(session: reviewer, incident: incident, reason: reason, context: context) {
        [unowned self] saved in
        current.incident = saved
        statusChanged()
      })
  }

  override func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let inner = area.inset(horizontal: 1, vertical: 0)
    let lines = IncidentDetail.lines(incident, session: reviewer, residentName: residentName, now: context.clock(), t)
    let formHeight = incident.status == .underReview ? min(10, inner.height / 2) : 1
    let (top, bottom) = inner.splitTop(max(1, inner.height - formHeight - 1))
    IncidentDetail.draw(lines, into: &buffer, area: top, scroll: scroll)
    var cursor: Point?
    switch incident.status {
    case .underReview:
      buffer.put(
        String(repeating: "─", count: bottom.width), x: bottom.x, y: bottom.y, maxWidth: bottom.width, style: .muted)
      labelWidth = 18
      cursor = drawForm(
        into: &buffer, area: Rect(x: bottom.x, y: bottom.y + 1, width: bottom.width, height: bottom.height - 1))
    case .registered:
      buffer.put(
        t("incidents.review.registeredHint", context.keyName(.incidentStartReview), context.keyName(.incidentReject)),
        x: bottom.x, y: bottom.maxY - 1, maxWidth: bottom.width, style: .highlight)
    case .closed, .rejected:
      buffer.put(t("incidents.review.done"), x: bottom.x, y: bottom.maxY - 1, maxWidth: bottom.width, style: .muted)
    }
    if var open = reasons {
      let picker = Picker(title: t("incidents.reject.title"))
      picker.render(into: &buffer, area: picker.box(in: inner, state: open), state: &open)
      reasons = open
      cursor = open.cursor
    }
    return drawConfirm(into: &buffer, area: area) ?? cursor
  }

  override func hints(context: AppContext) -> [(String, String)] {
    let t = context.texts
    guard confirm == nil, reasons == nil else { return [] }
    switch incident.status {
    case .registered:
      return [
        (context.keyName(.incidentStartReview), t("incidents.review.start")),
        (context.keyName(.incidentReject), t("incidents.review.reject")),
      ]
    case .underReview:
      return super.hints(context: context) + [
        (context.keyName(.incidentReject), t("incidents.review.reject")), ("PgUp/PgDn", t("incidents.review.scroll")),
      ]
    default: return []
    }
  }

  override func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    if reasons != nil {
      if command == .back { reasons = nil }
      return command == .back ? .stay : .unhandled
    }
    return super.perform(command, context: context)
  }

  override func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if var open = reasons {
      _ = open.handle(key)
      reasons = open
      if case .chosen(let i) = open.result {
        reasons = nil
        return rejectForm(RejectionReason.allCases[i], context)
      } else if open.result == .cancelled {
        reasons = nil
      }
      return .stay
    }
    if confirm == nil {
      switch key {
      case .pageDown:
        scroll += 5
        return .stay
      case .pageUp:
        scroll = max(0, scroll - 5)
        return .stay
      default: break
      }
    }
    return super.handle(key, context: context)
  }

  /// Actions typed one a line as `what; who; dd-mm-yyyy`.
  static func parseActions(_ text: String) -> [IncidentAction]? {
    var out: [IncidentAction] = []
    for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let parts = line.split(separator: ";", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard parts.count == 3, let due = try? ExportDate.parse(parts[2]) else { return nil }
      out.append(IncidentAction(text: parts[0], owner: parts[1], due: due))
    }
    return out
  }
}

extension IncidentReviewScreen {
  /// Opens event `id` as the actor may see it (an audited read): the review for a leader of
  /// its unit, the read-only view for others. `onChange` runs after a review step is saved.
  static func open(
    _ id: IncidentID, session: Session, context: AppContext, onChange: @escaping () -> Void
  ) -> ScreenAction {
    do {
      let incident = try session.database.incidents.get(id, by: session.actor)
      guard IncidentRules.canReview(unitID: incident.report.unitID, actor: session.actor) else {
        return .push(IncidentViewScreen(session: session, incident: incident))
      }
      let review = IncidentReviewScreen(session: session, incident: incident, context: context)
      review.onStatusChange = onChange
      return .push(review)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      return .stay
    }
  }
}
