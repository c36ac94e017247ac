import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Registering an unintended event (F5 from any screen). Kept as a draft with every key;
/// the severity is shown as the consequences are chosen; a resident's name or a CPR-shaped
/// number in the text raises a visible warning (the text is left as typed). Ctrl-S saves.
final class IncidentFormScreen: AutosavingDraftForm {
  static let draftKey = "incident.new"
  let session: Session
  let fields: IncidentFormFields
  let detector: SensitiveTextDetector
  var form: FormState
  /// Per free-text field: its scanner (re-scans only changed sentences) and what it raised.
  private var scanners: [String: SensitiveTextScanner] = [:]
  private var foundByField: [String: SensitiveTextScanner.Found] = [:]
  static let freeTextIDs = ["headline", "place", "course", "consequences", "prevention"]
  var lastSavedPayload: String?
  private let medicineFieldIDs = ["medName", "medSubstance", "medRoute", "medStrength"]

  init(session: Session, context: AppContext) {
    self.session = session
    let t = context.texts
    let residents = (try? session.database.residents.list(for: session.actor)) ?? []
    fields = IncidentFormFields(
      categories: session.catalogues.incidents.categories,
      units: session.actor.unitIDs.sorted().map { ($0, session.unitNames[$0] ?? "\($0)") },
      residents: residents.sorted { DanishCollation.compare($0.name, $1.name) < 0 })
    detector = SensitiveTextDetector(
      residentNames: (try? session.database.incidents.residentNames(for: session.actor)) ?? [])
    form = FormState(
      fields: fields.make(t, now: context.clock(), timeZone: session.timeZone), requiredMessage: t("form.required"))
    if let payload = loadDraft(context: context) { apply(payload, t) }
    lastSavedPayload = draftPayload()
    for id in Self.freeTextIDs { rescan(id) }
  }

  /// Scans one free-text field again (after a key in it), not the others.
  private func rescan(_ id: String) {
    guard Self.freeTextIDs.contains(id) else { return }
    var scanner = scanners[id] ?? SensitiveTextScanner(detector: detector)
    foundByField[id] = scanner.scan(form.value(id))
    scanners[id] = scanner
  }

  var draftKey: String { Self.draftKey }

  func draftPayload() -> String? {
    let values = form.values
    let typed = Self.freeTextIDs.contains { !(values[$0] ?? "").isEmpty }
    guard typed else { return nil }
    var withCode = values
    // The code, not only the option's place: the catalogue may change before the draft is opened.
    if let category = fields.category(form) { withCode["categoryCode"] = category.code }
    return DraftCoding.encode(withCode)
  }

  private func apply(_ payload: String, _ t: Texts) {
    var values = DraftCoding.decode(payload)
    var categoryLeft = false
    if let code = values["categoryCode"], !code.isEmpty {
      let index = fields.categories.firstIndex { $0.code == code }
      values["category"] = index.map(String.init) ?? ""
      categoryLeft = index == nil
    }
    if let c = Int(values["category"] ?? ""), let i = form.index(of: "category"),
      case .choice(let o, _) = form.fields[i].input
    {
      form.fields[i].input = .choice(options: o, selected: c)
    }
    syncMedicineFields(t)
    form.setValues(values)
    if categoryLeft { form.setMessage(IncidentsErrorText.validation(.unknownCategory, t), for: "category") }
  }

  /// Adds the medicine fields after the category while a medicine category is chosen.
  private func syncMedicineFields(_ t: Texts) {
    let wanted = fields.category(form)?.isMedicine == true
    let present = form.index(of: "medName") != nil
    guard wanted != present else { return }
    let focusID = form.focusedField?.id
    if wanted, let at = form.index(of: "category") {
      form.fields.insert(contentsOf: IncidentFormFields.medicineFields(t), at: at + 1)
    } else {
      form.fields.removeAll { medicineFieldIDs.contains($0.id) }
    }
    if let focusID { form.setFocus(id: focusID) }
  }

  func title(_ context: AppContext) -> String { context.texts("incidents.new.title") }
  var scopes: [CommandScope] { [.form] }
  var isEditingText: Bool { true }

  func draw(into buffer: inout Buffer, area: Rect, context: AppContext) -> Point? {
    let t = context.texts
    let inner = area.inset(horizontal: 1, vertical: 0)
    var y = inner.y
    let severity = fields.severity(form).map { IncidentsErrorText.severity($0, t) } ?? "–"
    buffer.put(t("incidents.new.severity", severity), x: inner.x, y: y, maxWidth: inner.width, style: .header)
    y += 1
    if let warning = warningText(t) {
      buffer.put(warning, x: inner.x, y: y, maxWidth: inner.width, style: .warning)
    } else {
      buffer.put(t("incidents.new.noBlame"), x: inner.x, y: y, maxWidth: inner.width, style: .muted)
    }
    let formArea = Rect(x: inner.x, y: y + 2, width: inner.width, height: max(0, inner.maxY - y - 2))
    Form(labelWidth: min(22, inner.width / 3)).render(into: &buffer, area: formArea, state: &form)
    return form.cursor
  }

  /// The warning for names or CPR-shaped numbers in the free text, if any.
  func warningText(_ t: Texts) -> String? {
    var found = SensitiveTextScanner.Found()
    for id in Self.freeTextIDs { found.add(foundByField[id] ?? .init()) }
    guard !found.isEmpty else { return nil }
    let names = found.names.joined(separator: ", ")
    if !found.names.isEmpty && found.cprNumber { return t("incidents.warning.both", names) }
    return found.cprNumber ? t("incidents.warning.cpr") : t("incidents.warning.name", names)
  }

  func perform(_ command: CommandID, context: AppContext) -> ScreenAction {
    if command == .back, form.picker != nil {
      _ = form.handle(.escape)
      return .stay
    }
    return command == .save ? save(context) : .unhandled
  }

  func hints(context: AppContext) -> [(String, String)] {
    [(context.keyName(.save), context.texts("cmd.save"))]
  }

  func handle(_ key: Key, context: AppContext) -> ScreenAction {
    let editedID = form.picker == nil ? form.focusedField?.id : nil
    var used = false
    if key == .enter, form.picker == nil, form.focusedField?.isSingleLine == true,
      !(form.focusedField.map { if case .choice = $0.input { return true } else { return false } } ?? false)
    {
      used = form.handle(.tab)
    } else {
      let pickerWasOpen = form.picker != nil
      used = form.handle(key)
      // A choice made in the picker moves on to the next field: one key less per choice.
      if pickerWasOpen, form.picker == nil, key == .enter, form.focusedField?.selectedOption != nil {
        _ = form.handle(.tab)
      }
    }
    if used {
      if let editedID { rescan(editedID) }
      syncMedicineFields(context.texts)
      autosave(context)
    }
    return .stay
  }

  private func save(_ context: AppContext) -> ScreenAction {
    let t = context.texts
    func blank(_ id: String) -> Bool { form.value(id).trimmingCharacters(in: .whitespaces).isEmpty }
    if blank("date") && !blank("time") {
      show(.timeWithoutDate, context)
      return .stay
    }
    guard form.validateAll() else { return .stay }
    switch fields.report(form, now: context.clock(), timeZone: session.timeZone) {
    case .failure(let error):
      show(error, context)
      return .stay
    case .success(let report):
      do {
        let saved = try session.database.incidents.register(
          report, catalogue: session.catalogues.incidents, by: session.actor)
        discardDraft(context: context)
        lastSavedPayload = nil
        context.show(t("incidents.saved", saved.id))
        return .pop
      } catch {
        saveDraft(context: context)
        if case .invalidIncident(let e) = error {
          show(e, context)
        } else {
          context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
        }
        return .stay
      }
    }
  }

  private func show(_ error: IncidentValidationError, _ context: AppContext) {
    let text = IncidentsErrorText.validation(error, context.texts)
    let id = IncidentFormFields.fieldID(for: error)
    form.setMessage(text, for: id)
    form.setFocus(id: id)
    context.show(text, kind: .error, seconds: 10)
  }
}
