import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// A leader's review of one event: the event above, the analysis, actions and feedback
/// below. F7 starts the review, F8 rejects (one of five reasons), Ctrl-S closes (keys from
/// the command table, scope `.incidentReview`). The text
/// written is kept as a draft until the event is closed.
final class IncidentReviewScreen: AutosavingDraftForm {
  let session: Session
  var incident: Incident
  let residentName: String?
  var form: FormState
  var reasons: PickerState?
  var scroll = 0
  var lastSavedPayload: String?
  var onChange: (() -> Void)?

  init(session: Session, incident: Incident, context: AppContext) {
    self.session = session
    self.incident = incident
    residentName = incident.report.residentID.flatMap {
      try? session.database.residents.fetch(id: $0, actor: session.actor).name
    }
    let t = context.texts
    let actionsText = incident.review.actions.map { "\($0.text); \($0.owner); \(DateWording.day($0.due))" }.joined(
      separator: "\n")
    form = FormState(
      fields: [
        FormField(
          id: "analysis", label: t("incidents.review.analysis"), isRequired: true,
          input: .area(TextAreaState(text: incident.review.analysis), height: 3)),
        FormField(
          id: "actions", label: t("incidents.review.actions"), input: .area(TextAreaState(text: actionsText), height: 2)
        ),
        FormField(
          id: "feedback", label: t("incidents.review.feedback"), isRequired: true,
          input: .area(TextAreaState(text: incident.review.feedback), height: 2)),
      ], requiredMessage: t("form.required"))
    if let payload = loadDraft(context: context) {
      form.setValues(DraftCoding.decode(payload))
    }
    lastSavedPayload = draftPayload()
  }

  var draftKey: String { "incident.review.\(incident.id)" }

  func draftPayload() -> String? {
    guard incident.status == .underReview else { return nil }
    let values = Dictionary(uniqueKeysWithValues: form.fields.map { ($0.id, $0.value) })
    return values.values.allSatisfy(\.isEmpty) ? nil : DraftCoding.encode(values)
  }

  func title(_ context: AppContext) -> String { context.texts("incidents.review.title", incident.id) }
  var scopes: [CommandScope] { [.form, .incidentReview] }
  var isEditingText: Bool { incident.status == .underReview && reasons == nil }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let inner = area.inset(horizontal: 1, vertical: 0)
    let lines = IncidentDetail.lines(incident, session: session, residentName: residentName, now: context.clock(), t)
    let formHeight = incident.status == .underReview ? min(10, inner.height / 2) : 1
    let (top, bottom) = inner.splitTop(max(1, inner.height - formHeight - 1))
    IncidentDetail.draw(lines, into: &buffer, area: top, scroll: scroll)
    var cursor: Point?
    switch incident.status {
    case .underReview:
      let formArea = Rect(x: bottom.x, y: bottom.y + 1, width: bottom.width, height: bottom.height - 1)
      buffer.put(
        String(repeating: "─", count: bottom.width), x: bottom.x, y: bottom.y, maxWidth: bottom.width, style: .muted)
      Form(labelWidth: min(16, inner.width / 4)).render(into: &buffer, area: formArea, state: &form)
      cursor = form.cursor
    case .registered:
      buffer.put(
        t("incidents.review.registeredHint", context.keyName(.incidentStartReview), context.keyName(.incidentReject)),
        x: bottom.x, y: bottom.maxY - 1, maxWidth: bottom.width, style: .highlight
      )
    case .closed, .rejected:
      buffer.put(t("incidents.review.done"), x: bottom.x, y: bottom.maxY - 1, maxWidth: bottom.width, style: .muted)
    }
    if var open = reasons {
      let picker = Picker(title: t("incidents.reject.title"))
      picker.render(into: &buffer, area: picker.box(in: inner, state: open), state: &open)
      reasons = open
      cursor = open.cursor
    }
    return cursor
  }

  func hints(context: AppContext) -> [(String, String)] {
    let t = context.texts
    switch incident.status {
    case .registered:
      return [
        (context.keyName(.incidentStartReview), t("incidents.review.start")),
        (context.keyName(.incidentReject), t("incidents.review.reject")),
      ]
    case .underReview:
      return [
        (context.keyName(.save), t("incidents.review.close")),
        (context.keyName(.incidentReject), t("incidents.review.reject")),
        ("PgUp/PgDn", t("incidents.review.scroll")),
      ]
    default: return []
    }
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    if command == .back, reasons != nil {
      reasons = nil
      return .stay
    }
    if command == .back, form.picker != nil { return .stay }
    if command == .save, incident.status == .underReview { return close(context) }
    if reasons != nil { return .unhandled }
    switch command {
    case .incidentStartReview where incident.status == .registered:
      run(context) {
        try session.database.incidents.startReview(incident.id, version: incident.version, by: session.actor)
      }
      return .stay
    case .incidentReject where incident.status.isOpen:
      reasons = PickerState(items: RejectionReason.allCases.map { IncidentsErrorText.reason($0, context.texts) })
      return .stay
    case .incidentStartReview, .incidentReject: return .stay
    default: return .unhandled
    }
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if var open = reasons {
      _ = open.handle(key)
      reasons = open
      if case .chosen(let i) = open.result {
        reasons = nil
        run(context) {
          try session.database.incidents.reject(
            incident.id, reason: RejectionReason.allCases[i], version: incident.version, by: session.actor)
        }
      } else if open.result == .cancelled {
        reasons = nil
      }
      return .stay
    }
    switch key {
    case .pageDown: scroll += 5
    case .pageUp: scroll = max(0, scroll - 5)
    default:
      guard incident.status == .underReview else { return .unhandled }
      if form.handle(key) { autosave(context) }
    }
    return .stay
  }

  private func run(_ context: AppContext, _ step: () throws -> Incident) {
    do {
      incident = try step()
      context.show(context.texts("incidents.status.changed", IncidentsErrorText.status(incident.status, context.texts)))
      onChange?()
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 10)
    }
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

  private func close(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    guard form.validateAll() else { return .stay }
    guard let actions = Self.parseActions(form.value("actions")) else {
      form.setMessage(t("incidents.review.actionsFormat"), for: "actions")
      form.setFocus(id: "actions")
      return .stay
    }
    let review = IncidentReview(analysis: form.value("analysis"), actions: actions, feedback: form.value("feedback"))
    run(context) {
      try session.database.incidents.close(incident.id, review: review, version: incident.version, by: session.actor)
    }
    if incident.status == .closed {
      discardDraft(context: context)
      lastSavedPayload = nil
    }
    return .stay
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
      review.onChange = onChange
      return .push(review)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error)
      return .stay
    }
  }
}
