import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The form screen every episode, follow-up and force form uses: a `FormState`, a draft from
/// the first key that changes it, Ctrl-S saves through `onSave`. An error keeps the draft and
/// shows the Danish message; a field-level message goes under its field.
final class EpisodesFormScreen: AutosavingDraftForm {
  let session: Session
  let titleText: String
  var headerLines: [String]
  var form: FormState
  let draftKey: String
  /// Saves; returns the action after a save (the draft is then discarded).
  var onSave: (EpisodesFormScreen, AppContext) throws -> ScreenAction
  /// Runs after each key the form used (e.g. move on once a resident is chosen).
  var afterKey: ((EpisodesFormScreen, Key) -> Void)?
  /// Columns for labels; nil: the widest label, at most a third of the width.
  var labelWidth: Int?
  /// Shows the focused field's whole label above the form (for long official wordings).
  var showsFocusedLabel = false
  /// Whole labels by field id when the form's labels are shortened.
  var fullLabels: [String: String] = [:]
  private let initialPayload: String
  var lastSavedPayload: String?

  init(
    session: Session, title: String, headerLines: [String] = [], fields: [FormField], focus: String? = nil,
    draftKey: String, context: AppContext, onSave: @escaping (EpisodesFormScreen, AppContext) throws -> ScreenAction
  ) {
    self.session = session
    self.titleText = title
    self.headerLines = headerLines
    self.draftKey = draftKey
    self.onSave = onSave
    form = FormState(fields: fields, requiredMessage: context.texts("form.required"))
    initialPayload = EpisodesFormScreen.encode(form)
    if let focus { form.setFocus(id: focus) }
    if let payload = loadDraft(context: context) { apply(DraftCoding.decode(payload)) }
    lastSavedPayload = draftPayload()
  }

  static func encode(_ form: FormState) -> String {
    var values = form.values
    // Letters typed into an open picker (choosing the resident) already count: a draft from the first key.
    if let picker = form.picker, !picker.filter.isEmpty, let field = form.focusedField {
      values["picking." + field.id] = picker.filter
    }
    return DraftCoding.encode(values)
  }

  func draftPayload() -> String? {
    let payload = EpisodesFormScreen.encode(form)
    return payload == initialPayload ? nil : payload
  }

  /// Puts saved values back into the fields, by id.
  func apply(_ values: [String: String]) { form.setValues(values) }

  func title(_ context: AppContext) -> String { titleText }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let inner = area.inset(horizontal: 1, vertical: 0)
    var y = inner.y
    for line in headerLines where y < inner.y + inner.height - 3 {
      buffer.put(line, x: inner.x, y: y, maxWidth: inner.width, style: .header)
      y += 1
    }
    if showsFocusedLabel, let field = form.focusedField, y < inner.y + inner.height - 3 {
      buffer.put("› " + (fullLabels[field.id] ?? field.label), x: inner.x, y: y, maxWidth: inner.width, style: .warning)
      y += 1
    }
    let formArea = Rect(x: inner.x, y: y, width: inner.width, height: inner.height - (y - inner.y))
    let width = labelWidth.map { min($0, max(8, inner.width / 3)) }
    if let width, !fullLabels.isEmpty {
      // Long official wordings: shortened to the column with "…" (whole above the form).
      for i in form.fields.indices {
        guard let full = fullLabels[form.fields[i].id] else { continue }
        form.fields[i].label = Self.shortLabel(full, width: width - 1 - (form.fields[i].isRequired ? 2 : 0))
      }
    }
    Form(labelWidth: width).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  static func shortLabel(_ label: String, width: Int) -> String {
    label.count <= width ? label : String(label.prefix(max(1, width - 1))) + "…"
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    command == .save ? save(context) : .unhandled
  }

  func hints(context: AppContext) -> [(String, String)] {
    [(context.keyName(.save), context.texts("cmd.save"))]
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    if form.handle(key) {
      afterKey?(self, key)
      autosave(context)
    } else if key == .enter {
      _ = form.handle(.tab)
    }
    return .stay
  }

  private func save(_ context: AppContext) -> ScreenAction {
    guard form.validateAll() else { return .stay }
    do {
      let action = try onSave(self, context)
      discardDraft(context: context)
      lastSavedPayload = nil
      return action
    } catch let error as EpisodesFieldError {
      form.setMessage(error.message, for: error.fieldID)
      form.setFocus(id: error.fieldID)
    } catch {
      context.show(ErrorMessages.describe(error, context.texts), kind: .error, seconds: 15)
    }
    saveDraft(context: context)
    return .stay
  }

  // MARK: Reading values

  func text(_ id: String) -> String { form.value(id).trimmingCharacters(in: .whitespacesAndNewlines) }
  func choice(_ id: String) -> Int? { form.index(of: id).flatMap { form.fields[$0].selectedOption } }

  /// The day typed in a date field, or a field error.
  func day(_ id: String, context: AppContext) throws -> CalendarDay? {
    let raw = text(id)
    if raw.isEmpty { return nil }
    let today = CalendarDay(context.clock(), in: session.timeZone)
    switch DateInput.parse(raw, today: today) {
    case .success(let d): return d
    case .failure: throw EpisodesFieldError(fieldID: id, message: context.texts("episodes.error.date"))
    }
  }

  /// The time typed in a time field, or a field error.
  func time(_ id: String, context: AppContext) throws -> TimeOfDay? {
    let raw = text(id)
    if raw.isEmpty { return nil }
    let now = TimeOfDay(context.clock(), in: session.timeZone)
    switch TimeInput.parse(raw, now: now) {
    case .success(let t): return t
    case .failure: throw EpisodesFieldError(fieldID: id, message: context.texts("episodes.error.time"))
    }
  }
}

/// A problem with one field, shown under it.
struct EpisodesFieldError: Error {
  var fieldID: String
  var message: String
}

enum EpisodesFormat {
  static func yesNo(_ t: Texts) -> [String] { [t("episodes.answer.no"), t("episodes.answer.yes")] }
}
