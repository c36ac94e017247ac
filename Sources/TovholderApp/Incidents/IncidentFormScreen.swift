import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Registering an unintended event (F5 from any screen; on a resident's record that resident
/// is chosen). Kept as a draft with every key; the severity is shown as the consequences are
/// chosen; a medicine category adds the medicine fields right after it; a resident's name or
/// a CPR-shaped number in the text raises a visible warning (the text is left as typed).
enum IncidentFormScreen {
  static let draftKey = "incident.new"

  static func make(session: Session, context: AppContext, resident: ResidentID? = nil) -> FormScreen<IncidentField> {
    let t = context.texts
    let residents = (try? session.database.residents.list(for: session.actor)) ?? []
    let fields = IncidentFormFields(
      categories: session.catalogues.incidents.categories,
      units: session.actor.unitIDs.sorted().map { ($0, session.unitNames[$0] ?? "\($0)") },
      residents: residents.sorted { DanishCollation.compare($0.name, $1.name) < 0 })
    let scanner = TextScanners(
      detector: SensitiveTextDetector(
        residentNames: (try? session.database.incidents.residentNames(for: session.actor)) ?? []))
    let screen = FormScreen<IncidentField>(
      title: t("incidents.new.title"), context: context,
      fields: fields.make(t, now: context.clock(), timeZone: session.timeZone, resident: resident), draftKey: draftKey
    ) { s, context in
      switch fields.report(s) {
      case .failure(let error):
        throw FieldProblem(IncidentFormFields.fieldID(for: error), IncidentsErrorText.validation(error, context.texts))
      case .success(let report):
        do {
          let saved = try session.database.incidents.register(
            report, catalogue: session.catalogues.incidents, by: session.actor)
          return FormSaved(context.texts("incidents.saved", saved.id), savedID: saved.id)
        } catch StorageError.invalidIncident(let e) {
          throw FieldProblem(IncidentFormFields.fieldID(for: e), IncidentsErrorText.validation(e, context.texts))
        }
      }
    }
    screen.onChange = { screen, id in
      if id == .category { syncMedicineFields(screen, fields: fields, context: context) }
      // The event happened where the resident lives.
      if id == .resident, let unit = fields.unit(of: screen.value(.resident)) { screen.setValue(.unit, unit) }
      if id == .time {
        screen.setValue(
          .certainty, IncidentFormFields.certainty(following: screen.value(.time), current: screen.value(.certainty)))
      }
      if IncidentField.freeText.contains(id) { scanner.scan(id, screen.value(id)) }
    }
    // A resident chosen decides the unit: focus goes past it (Shift-Tab still reaches it).
    screen.nextAfterChoice = { screen, id in
      guard id == .resident, fields.unit(of: screen.value(.resident)) != nil, let i = screen.index(of: .unit),
        i + 1 < screen.specs.count
      else { return nil }
      return screen.specs[i + 1].id
    }
    for id in IncidentField.freeText { scanner.scan(id, screen.value(id)) }
    screen.header = { [unowned screen] context in
      let t = context.texts
      let severity = IncidentFormFields.severity(actual: screen.value(.actual), possible: screen.value(.possible))
      return [
        (t("incidents.new.severity", severity.map { IncidentsErrorText.severity($0, t) } ?? "–"), .header),
        scanner.warning(t).map { ($0, .warning) } ?? (t("incidents.new.noBlame"), .muted),
      ]
    }
    screen.labelWidth = 22
    screen.draftAbout = { $0.value(.resident) == IncidentFormFields.noResident ? nil : $0.label(of: .resident) }
    return screen
  }

  /// Adds the medicine fields after the category while a medicine category is chosen.
  static func syncMedicineFields(_ screen: FormScreen<IncidentField>, fields: IncidentFormFields, context: AppContext) {
    let wanted = fields.category(screen.value(.category))?.isMedicine == true
    guard wanted != screen.contains(.medName) else { return }
    if wanted {
      screen.insert(IncidentFormFields.medicineFields(context.texts), after: .category, context: context)
    } else {
      screen.remove(IncidentField.medicine)
    }
  }
}

/// The free-text fields' scanners (each re-scans only changed sentences) and what they found.
final class TextScanners {
  let detector: SensitiveTextDetector
  private var scanners: [IncidentField: SensitiveTextScanner] = [:]
  private var found: [IncidentField: SensitiveTextScanner.Found] = [:]

  init(detector: SensitiveTextDetector) { self.detector = detector }

  func scan(_ id: IncidentField, _ text: String) {
    var scanner = scanners[id] ?? SensitiveTextScanner(detector: detector)
    found[id] = scanner.scan(text)
    scanners[id] = scanner
  }

  /// The warning for names or CPR-shaped numbers in the free text, if any.
  func warning(_ t: Texts) -> String? {
    var all = SensitiveTextScanner.Found()
    for f in found.values { all.add(f) }
    guard !all.isEmpty else { return nil }
    let names = all.names.joined(separator: ", ")
    if !all.names.isEmpty && all.cprNumber { return t("incidents.warning.both", names) }
    return all.cprNumber ? t("incidents.warning.cpr") : t("incidents.warning.name", names)
  }
}
