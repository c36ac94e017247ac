import Foundation

/// One of the four official force forms (magtanvendelsesskemaer) of Social- og
/// Boligstyrelsen, in force since 1 January 2025, as DATA: the fields, their order and their
/// wording live in a catalogue file per form (Resources/catalogues/episodes/), so a new
/// version of a form is a data change. Wording not checked against the official form is
/// marked `verified: false` and the export says so.
public struct ForceForm: Hashable, Sendable, Decodable {
  public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Skema 1: acute interventions (§§ 124 c, 124 d stk. 1 og 2, 136 a, 136 c, nødret/nødværge).
    case skema1
    /// Skema 2: pre-approved interventions on the municipality's decision.
    case skema2
    /// Skema 3: request for the municipality's decision (pre-approval).
    case skema3
    /// Skema 4: moving a resident without consent (§§ 129, 129 a, 136 f).
    case skema4
  }

  public var form: Kind
  public var title: String
  /// The form's own version (the one the agency publishes), shown on every export.
  public var version: String
  public var issuer: String
  public var inForceFrom: String
  public var legalBasis: [String]
  /// False while any wording in the file is not checked against the official form.
  public var verified: Bool
  /// Where the wording comes from, said plainly (e.g. that it is not the official wording
  /// because the official form was not at hand); shown on the form screen and the export.
  public var wordingSource: String?
  public var note: String
  public var sections: [Section]

  public struct Section: Hashable, Sendable, Decodable {
    public var id: String
    public var title: String
    public var fields: [Field]
  }

  public struct Field: Hashable, Sendable, Decodable {
    public enum FieldKind: String, Hashable, Sendable, Decodable {
      case text, longText, date, time, choice, yesNo
    }
    public var id: String
    public var label: String
    public var kind: FieldKind
    public var required: Bool
    public var options: [String]?
    /// A choice's plain title by option (a paragraph's "Særlige døråbnere"), where known.
    public var optionTitles: [String: String]?
    public var verified: Bool

    /// An option as shown and printed: "§ 125 – Særlige døråbnere", or the option alone.
    public func titled(_ option: String) -> String {
      guard let title = optionTitles?[option], !title.isEmpty else { return option }
      return "\(option) – \(title)"
    }
  }

  /// Every field in the form's order.
  public var fields: [Field] { sections.flatMap(\.fields) }
  public var unverifiedFieldCount: Int { fields.filter { !$0.verified }.count }
  /// How many of the choices' options have a plain title, of how many.
  public var optionTitleCount: (titled: Int, of: Int) {
    let choices = fields.filter { $0.kind == .choice }
    let options = choices.flatMap { f in (f.options ?? []).map { (f, $0) } }
    return (options.filter { $0.0.titled($0.1) != $0.1 }.count, options.count)
  }

  /// Parses a catalogue file; checks ids are unique and choice fields have options.
  public static func parse(_ bytes: some Sequence<UInt8>) throws(ForceFormError) -> ForceForm {
    let form: ForceForm
    do {
      form = try JSONDecoder().decode(ForceForm.self, from: Data(bytes))
    } catch {
      throw .unreadable
    }
    var seen = Set<String>()
    for field in form.fields {
      guard seen.insert(field.id).inserted else { throw .duplicateField(field.id) }
      if field.kind == .choice, (field.options ?? []).isEmpty { throw .choiceWithoutOptions(field.id) }
    }
    if form.fields.isEmpty { throw .noFields }
    return form
  }

  /// The options of a yes/no field, or a choice field's options.
  public func options(of field: Field) -> [String] {
    field.kind == .yesNo ? ForceForm.yesNo : (field.options ?? [])
  }

  public static let yesNo = ["Ja", "Nej"]

  /// Checks answers against the form: required fields filled, choices among the options,
  /// dates `YYYY-MM-DD`, times `HH:MM`. Returns the first problem's field id and kind.
  public func validate(_ answers: [String: String]) throws(ForceFormError) {
    for field in fields {
      let value = (answers[field.id] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
      if value.isEmpty {
        if field.required { throw .missing(field.id) }
        continue
      }
      switch field.kind {
      case .choice, .yesNo:
        if !options(of: field).contains(value) { throw .notAnOption(field.id) }
      case .date:
        if CalendarDay(iso: value) == nil { throw .badDate(field.id) }
      case .time:
        if !ForceForm.isTime(value) { throw .badTime(field.id) }
      case .text, .longText: break
      }
    }
  }

  /// Exactly `HH:MM`, the form's stored shape.
  static func isTime(_ text: String) -> Bool {
    text.count == 5 && text.dropFirst(2).first == ":" && TimeOfDay(parsing: text) != nil
  }
}

public enum ForceFormError: Error, Equatable, Sendable {
  case unreadable
  case noFields
  case duplicateField(String)
  case choiceWithoutOptions(String)
  case missing(String)
  case notAnOption(String)
  case badDate(String)
  case badTime(String)
  /// No catalogue was given for this form.
  case unknownForm(String)
  /// The report was made on another version of the form than the catalogue at hand.
  case versionMismatch(report: String, catalogue: String)
  /// A form file reuses a version number already loaded with other content.
  case versionReused(String)
}
