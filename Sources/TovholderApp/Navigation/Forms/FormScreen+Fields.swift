import Foundation
import TerminalUI
import TovholderCore

/// Fields by id: values as the form keeps them (a choice by its option's key), and the
/// changes a form may make while it is open (fields added or removed, options changed).
extension FormScreen {
  public func index(of id: ID) -> Int? { specs.firstIndex { $0.id == id } }
  public func contains(_ id: ID) -> Bool { index(of: id) != nil }

  var focusIndex: Int? { form.fields.indices.contains(form.focus) ? form.focus : nil }
  public var focusedID: ID? { focusIndex.map { specs[$0].id } }

  public func focus(_ id: ID) {
    if let i = index(of: id) { form.setFocus(i) }
  }

  public func setMessage(_ message: String?, for id: ID) { form.setMessage(message, for: id.key) }

  /// The value as the form keeps it: text as typed, a choice as its key ("" when none),
  /// several choices as keys joined by ",", yes/no as "yes"/"no".
  public func value(_ id: ID) -> String { index(of: id).map(value(at:)) ?? "" }

  func value(at i: Int) -> String {
    let field = form.fields[i]
    switch field.input {
    case .choice(_, let selected):
      guard let selected, let o = options[i], o.indices.contains(selected) else { return "" }
      return o[selected].key
    case .multiChoice(_, let selected):
      guard let o = options[i] else { return "" }
      return o.indices.filter(selected.contains).map { o[$0].key }.joined(separator: ",")
    default: return field.value
    }
  }

  /// The words shown for a field's value (a choice's label).
  public func label(of id: ID) -> String { index(of: id).map { form.fields[$0].value } ?? "" }

  /// Puts a value in (as `value(_:)` gives it). Returns false when a choice's key is not
  /// among the options (the row it named is gone).
  @discardableResult
  public func setValue(_ id: ID, _ value: String) -> Bool {
    guard let i = index(of: id) else { return false }
    return setValue(at: i, value)
  }

  @discardableResult
  func setValue(at i: Int, _ value: String) -> Bool {
    switch form.fields[i].input {
    case .text(var s, let secret):
      s.text = value
      form.fields[i].input = .text(s, secret: secret)
    case .area(var s, let height):
      s.text = value
      form.fields[i].input = .area(s, height: height)
    case .date(var s):
      s.text = value
      form.fields[i].input = .date(s)
    case .time(var s):
      s.text = value
      form.fields[i].input = .time(s)
    case .choice(let labels, _):
      let selected = value.isEmpty ? nil : options[i]?.firstIndex { $0.key == value }
      form.fields[i].input = .choice(options: labels, selected: selected)
      return value.isEmpty || selected != nil
    case .multiChoice(let labels, _):
      let keys = value.split(separator: ",").map(String.init)
      let found = Set(keys.compactMap { k in options[i]?.firstIndex { $0.key == k } })
      form.fields[i].input = .multiChoice(options: labels, selected: found)
      return found.count == keys.count
    }
    return true
  }

  /// Replaces a choice's options, keeping the chosen key when it is still offered.
  public func setOptions(_ id: ID, _ new: [ChoiceOption], selected: String? = nil) {
    guard let i = index(of: id) else { return }
    let keep = selected ?? value(at: i)
    options[i] = new
    switch specs[i].kind {
    case .multiChoice: specs[i].kind = .multiChoice(new)
    default: specs[i].kind = .choice(new)
    }
    form.fields[i].input =
      if case .multiChoice = specs[i].kind {
        .multiChoice(options: new.map(\.label), selected: [])
      } else {
        .choice(options: new.map(\.label), selected: nil)
      }
    setValue(at: i, keep)
  }

  /// Adds fields after `id` (e.g. the medicine fields once a medicine category is chosen).
  public func insert(_ fields: [FieldSpec<ID>], after id: ID, context: AppContext) {
    guard let at = index(of: id) else { return }
    let focused = focusedID
    let reading = emptyReading(context)
    specs.insert(contentsOf: fields, at: at + 1)
    options.insert(contentsOf: fields.map { $0.options(texts) }, at: at + 1)
    form.fields.insert(
      contentsOf: fields.indices.map {
        makeField(fields[$0], options: options[at + 1 + $0], value: fields[$0].initial, reading: reading)
      },
      at: at + 1)
    if let focused { focus(focused) }
  }

  public func remove(_ ids: [ID]) {
    let focused = focusedID
    for id in ids {
      guard let i = index(of: id) else { continue }
      specs.remove(at: i)
      options.remove(at: i)
      form.fields.remove(at: i)
    }
    if let focused, contains(focused) { focus(focused) }
  }

  func makeField(at i: Int, value: String, reading: FormReading<ID>) -> TerminalUI.FormField {
    makeField(specs[i], options: options[i], value: value, reading: reading)
  }

  /// The TerminalUI field for a spec. Its check (run as a field with a message is left)
  /// is the engine's, so a fixed value's message goes away.
  func makeField(_ spec: FieldSpec<ID>, options: [ChoiceOption]?, value: String, reading: FormReading<ID>)
    -> TerminalUI.FormField
  {
    let input: TerminalUI.FormField.Input
    switch spec.kind {
    case .text(let max): input = .text(TextFieldState(text: value, maxLength: max), secret: false)
    case .secret(let max): input = .text(TextFieldState(text: value, maxLength: max), secret: true)
    case .number: input = .text(TextFieldState(text: value, maxLength: 16), secret: false)
    // Typing stops at the limit and a paste that would pass it is refused whole (with a
    // message); a longer text that came from elsewhere (a draft) stays and is refused on save.
    case .textArea(let max, let height): input = .area(TextAreaState(text: value, maxLength: max), height: height)
    case .date:
      var s = DateFieldState()
      s.text = value
      input = .date(s)
    case .time:
      var s = TimeFieldState()
      s.text = value
      input = .time(s)
    case .choice, .yesNo:
      let o = options ?? []
      input = .choice(options: o.map(\.label), selected: o.firstIndex { $0.key == value })
    case .multiChoice:
      let o = options ?? []
      let keys = Set(value.split(separator: ",").map(String.init))
      input = .multiChoice(options: o.map(\.label), selected: Set(o.indices.filter { keys.contains(o[$0].key) }))
    }
    let t = texts
    var textSpec = spec
    textSpec.isRequired = false
    let check: (@Sendable (String) -> String?)? =
      options == nil
      ? { @Sendable [textSpec, reading, t] v in FormChecks.message(textSpec, value: v, reading: reading, t) } : nil
    return TerminalUI.FormField(
      id: spec.id.key, label: spec.label, isRequired: spec.isRequired, input: input, validate: check)
  }

  /// Today and now for reading dates and times, with no values.
  func emptyReading(_ context: AppContext) -> FormReading<ID> {
    let zone = session?.timeZone ?? TimeZone.danish
    let now = context.clock()
    return FormReading(
      values: [:], kinds: [:], today: CalendarDay(now, in: zone), now: TimeOfDay(now, in: zone),
      timeZone: zone)
  }

  /// What the form holds now, to read by id.
  public func reading(_ context: AppContext) -> FormReading<ID> {
    let empty = emptyReading(context)
    var values: [String: String] = [:]
    var kinds: [String: FieldKind] = [:]
    for i in specs.indices {
      values[specs[i].id.key] = value(at: i)
      kinds[specs[i].id.key] = specs[i].kind
    }
    return FormReading(values: values, kinds: kinds, today: empty.today, now: empty.now, timeZone: empty.timeZone)
  }
}
