import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// The one form screen. A form is a field list (typed ids, kinds, required marks, checks) and
/// a save function; this screen gives every form the same keys (README, "Keys in forms"):
///
/// - Enter moves to the next field and saves only from the last one; Ctrl-S/F2 save from
///   anywhere; Tab/Shift-Tab and ↑/↓ move too. In a text area Enter is a new line.
/// - A choice list opens on Enter or on typing (typing filters from the start of words);
///   Enter picks and moves on; Esc closes only the list and keeps what was chosen.
/// - Esc on the form leaves it; what was typed stays as a draft and the message line says so.
/// - Saving checks every field, puts every message on its field and focus on the first; a
///   date, time or number field refuses characters that can never make one.
/// - A save that can't be undone asks first (`confirmSave`), naming what will happen.
/// - With a session, the form is a draft from its first key (`draftKey`: what it is about),
///   and the save removes the draft in the same transaction as the record. Without one, a
///   form that names its person (`draftOwner`) is that person's draft.
open class FormScreen<ID: FormFieldID>: Screen, DraftContinuing {
  public let titleText: String
  public internal(set) var specs: [FieldSpec<ID>]
  /// Choice options per field (nil for other kinds), parallel to `specs`.
  var options: [[ChoiceOption]?]
  public internal(set) var form: FormState
  let texts: Texts
  let session: Session?
  let save: (FormReading<ID>, AppContext) throws -> FormSaved
  /// Lines above the form, in the user's language, drawn each frame.
  public var header: (AppContext) -> [(String, Style)] = { _ in [] }
  /// Columns for labels; nil: the widest label, at most a third of the width.
  public var labelWidth: Int?
  /// Shows the focused field's whole label above the form (long official wordings).
  public var showsFocusedLabel = false
  /// Checks that need several fields (an end before a start …): (field, message) pairs.
  public var check: ((FormReading<ID>, Texts) -> [(ID, String)])?
  /// A question to confirm before saving, naming what will happen; nil saves at once.
  public var confirmSave: ((FormReading<ID>, Texts) -> String?)?
  /// Runs after a field's value changed or a choice was made (e.g. to add fields).
  public var onChange: ((FormScreen<ID>, ID) -> Void)?
  /// Where focus goes after a choice is made in the given field; nil (or no answer): the next
  /// field (e.g. past a unit that the chosen resident already decided).
  public var nextAfterChoice: ((FormScreen<ID>, ID) -> ID?)?
  /// Runs after a save (e.g. the list below reloads and selects the saved row).
  public var onSaved: ((FormSaved) -> Void)?
  /// Runs after a save was refused (e.g. sign-in clears the password).
  public var onRefused: ((FormScreen<ID>) -> Void)?
  /// Commands of the form's own besides saving (e.g. a review's F7/F8), with their scopes.
  public var commands: [CommandID: (AppContext) -> ScreenAction] = [:]
  public var extraScopes: [CommandScope] = []
  /// Status-bar hints before "save": (command, text key).
  public var commandHints: [(CommandID, String)] = []
  /// The text key of the save hint ("Gem" unless the save is something else, e.g. "Afslut").
  public var saveHintKey = "cmd.save"
  /// While true the fields are not shown and take no keys (e.g. a review not yet started).
  public var isFormHidden = false
  /// For the drafts list: whom or what the form is about (e.g. the resident chosen).
  public var draftAbout: ((FormScreen<ID>) -> String?)?
  /// Values kept in the draft besides the fields (e.g. the version an edit started from),
  /// and given back when the draft is continued.
  public var draftExtras: (() -> [String: String])?
  public var restoreExtras: (([String: String]) -> Void)?
  /// Whose the draft is, when not the signed-in person's (nil: theirs); no owner, no draft.
  public var draftOwner: (() -> DraftOwner?)?
  /// What the draft keeps, when not the fields as they are (another form's draft).
  public var draftPayload: (() -> String)?
  var draft: FormDraft
  public internal(set) var confirm: ConfirmPrompt?
  var prepared = false

  public init(
    title: String, context: AppContext, fields: [FieldSpec<ID>], focus: ID? = nil, draftKey: String?,
    save: @escaping (FormReading<ID>, AppContext) throws -> FormSaved
  ) {
    titleText = title
    texts = context.texts
    session = context.session
    specs = fields
    options = fields.map { $0.options(context.texts) }
    form = FormState(fields: [], requiredMessage: context.texts("form.required"))
    self.save = save
    draft = FormDraft(key: draftKey, startedAt: context.clock())
    let reading = emptyReading(context)
    form.fields = fields.indices.map { makeField(at: $0, value: fields[$0].initial, reading: reading) }
    if let focus { self.focus(focus) }
    draft.baseline = fieldValues()
  }

  open func title(_ context: AppContext) -> String { titleText }
  open var scopes: [CommandScope] { [.form] + extraScopes }
  open var isEditingText: Bool { !isFormHidden || confirm != nil }

  // MARK: Drawing

  open func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    prepare(context)
    let inner = area.inset(horizontal: 1, vertical: 0)
    let formArea = drawHeader(into: &buffer, area: inner, context: context)
    var cursor: Point?
    if !isFormHidden {
      cursor = drawForm(into: &buffer, area: formArea)
    }
    return drawConfirm(into: &buffer, area: area) ?? cursor
  }

  /// Draws the header lines (keeping at least three rows for the form); returns the rest.
  public func drawHeader(into buffer: inout Buffer, area: Rect, context: AppContext) -> Rect {
    var y = area.y
    let keep = min(3, area.height)
    let lines = header(context)
    // A long line wraps (a warning is read whole), as long as the form keeps its rows.
    for (text, style) in lines {
      for part in text.wrapped(toWidth: area.width) where y < area.maxY - keep {
        buffer.put(part, x: area.x, y: y, maxWidth: area.width, style: style)
        y += 1
      }
    }
    if showsFocusedLabel, let i = focusIndex, y < area.maxY - keep {
      buffer.put("› " + specs[i].label, x: area.x, y: y, maxWidth: area.width, style: .warning)
      y += 1
    }
    if !lines.isEmpty, area.height >= 18, y < area.maxY - keep { y += 1 }
    return Rect(x: area.x, y: y, width: area.width, height: max(0, area.maxY - y))
  }

  public func drawForm(into buffer: inout Buffer, area: Rect) -> Point? {
    let width = labelWidth.map { min($0, max(8, area.width / 3)) }
    Form(labelWidth: width).render(into: &buffer, area: area, state: &form)
    return form.cursor
  }

  func drawConfirm(into buffer: inout Buffer, area: Rect) -> Point? {
    guard var c = confirm else { return nil }
    let cursor = c.draw(into: &buffer, area: area)
    confirm = c
    return cursor
  }

  // MARK: Commands and keys

  open func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    prepare(context)
    if confirm != nil { return ConfirmPrompt.perform(ConfirmPrompt.reply(to: command, &confirm), context: context) }
    if let action = commands[command] { return action(context) }
    switch command {
    case .save where !isFormHidden:
      if form.picker != nil { _ = form.handle(.escape) }
      return requestSave(context)
    case .back:
      if form.picker != nil {
        _ = form.handle(.escape)
        return .stay
      }
      return leave(context)
    default: return .unhandled
    }
  }

  open func handle(_ key: Key, context: AppContext) -> ScreenAction {
    prepare(context)
    if confirm != nil { return ConfirmPrompt.perform(ConfirmPrompt.reply(to: key, &confirm), context: context) }
    guard !isFormHidden, let i = focusIndex else { return .unhandled }
    let id = specs[i].id
    let pickerWasOpen = form.picker != nil
    if !pickerWasOpen, key == .enter, form.fields[i].isSingleLine, options[i] == nil {
      if i == form.fields.count - 1 { return requestSave(context) }
      form.setFocus(i + 1)
      return .stay
    }
    var trial = form
    guard trial.handle(key) else { return .stay }
    let before = form.fields[i].value
    let after = trial.fields[i].value
    if !pickerWasOpen, before != after, !FormChecks.canBecome(specs[i].kind, after) {
      form.setMessage(FormChecks.refusal(specs[i].kind, context.texts), for: id.key)
      return .stay
    }
    form = trial
    if let refused = form.refusedPaste {
      // Also on the message line: under a tall text area the field's own message may be out of sight.
      context.show(context.texts("form.pasteTooLong", refused.length, refused.limit), kind: .warning, seconds: 15)
    }
    if before != after, form.fields[i].message == FormChecks.refusal(specs[i].kind, context.texts) {
      form.setMessage(nil, for: id.key)
    }
    if pickerWasOpen, form.picker == nil, key == .enter {
      // A choice made: the form may change (e.g. add fields after it), then focus moves on.
      onChange?(self, id)
      if let next = nextAfterChoice?(self, id), let j = index(of: next) {
        form.setFocus(j)
      } else if let j = index(of: id), j + 1 < form.fields.count {
        form.setFocus(j + 1)
      }
    } else if before != after {
      onChange?(self, id)
    }
    autosave(context)
    return .stay
  }

  /// Help: saving and moving between fields while the fields are shown, and the form's own
  /// commands (e.g. a review's F7/F8).
  open func helpCommands(context: AppContext) -> Set<CommandID>? {
    let fields: Set<CommandID> = isFormHidden ? [] : [.save, .nextField, .previousField]
    return fields.union(commands.keys)
  }

  /// Help: Enter between fields, and choosing in a list when the form has one.
  open func helpKeys(context: AppContext) -> [HelpKey] {
    guard !isFormHidden else { return [] }
    let t = context.texts
    var keys = [HelpKey(Key.enter.name, t("help.form.next"), t("help.form.next.help"))]
    if options.contains(where: { $0 != nil }) {
      keys.append(
        HelpKey(Key.enter.name + ", " + t("help.keys.letters"), t("help.form.list"), t("help.form.list.help")))
    }
    return keys
  }

  /// Help names saving as the status bar does ("Afslut" on a review), with its own description.
  open func helpWords(for command: CommandID, context: AppContext) -> (label: String, help: String)? {
    guard command == .save, saveHintKey != "cmd.save" else { return nil }
    let label = context.texts(saveHintKey)
    return (label.prefix(1).uppercased() + label.dropFirst(), context.texts(saveHintKey + ".help"))
  }

  open func hints(context: AppContext) -> [(String, String)] {
    if confirm != nil { return [] }
    var hints = commandHints.map { (context.keyName($0.0), context.texts($0.1)) }
    if !isFormHidden { hints.append((context.keyName(.save), context.texts(saveHintKey))) }
    return hints
  }

  /// Leaves the form; what was typed stays as a draft, and the message line says so.
  func leave(_ context: AppContext) -> ScreenAction {
    autosave(context)
    if draft.id != nil { context.show(context.texts("form.draftKept")) }
    return .pop
  }

  /// Runs once, before the first key or frame: offers an earlier draft of the same form.
  func prepare(_ context: AppContext) {
    guard !prepared else { return }
    prepared = true
    offerEarlierDraft(context)
  }
}
