import Foundation

/// The screening templates of the catalogue (Resources/catalogues/health/health-templates.json)
/// together with those the home defines itself. Parsing takes the bytes it is given.
public struct HealthCatalogue: Sendable, Hashable {
  public var templates: [ScreeningTemplate]

  public init(templates: [ScreeningTemplate]) { self.templates = templates }

  struct File: Codable {
    var version: Int
    var templates: [ScreeningTemplate]
  }

  /// Parses catalogue JSON and checks every template as a custom one would be checked.
  public static func parse(_ bytes: [UInt8]) throws(HealthError) -> HealthCatalogue {
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: Data(bytes))
    } catch {
      throw .invalidCatalogue(String(describing: error).prefix(300).description)
    }
    var keys = Set<String>()
    for t in file.templates {
      do { try TemplateRules.validate(t) } catch { throw .invalidCatalogue("\(t.key): \(error)") }
      guard keys.insert(t.key).inserted else { throw .invalidCatalogue("duplicate key \(t.key)") }
    }
    return HealthCatalogue(templates: file.templates)
  }

  public func template(_ key: String) -> ScreeningTemplate? { templates.first { $0.key == key } }

  /// The catalogue with `custom` templates added; a custom template with a catalogue key
  /// replaces the catalogue one (the home's own interval or ranges).
  public func merged(with custom: [ScreeningTemplate]) -> HealthCatalogue {
    var result = templates.map { t in custom.first { $0.key == t.key } ?? t }
    result += custom.filter { c in !templates.contains { $0.key == c.key } }
    return HealthCatalogue(templates: result)
  }
}

/// Checks a template's own consistency.
public enum TemplateRules {
  public static func validate(_ t: ScreeningTemplate) throws(TemplateProblem) {
    guard isValidKey(t.key) else { throw .invalidKey }
    if t.name.da.trimmingCharacters(in: .whitespaces).isEmpty { throw .emptyName }
    if t.fields.isEmpty { throw .noFields }
    var keys = Set<String>()
    for f in t.fields {
      guard isValidKey(f.key), keys.insert(f.key).inserted else { throw .duplicateField(f.key) }
      if f.name.da.trimmingCharacters(in: .whitespaces).isEmpty { throw .emptyFieldName(f.key) }
      if case .number(let spec) = f.kind, let normal = f.normal {
        for b in [normal.min, normal.max, normal.female?.min, normal.female?.max, normal.male?.min, normal.male?.max]
        where b != nil && !spec.valid.contains(b!) {
          throw .normalOutsideValid(f.key)
        }
      }
    }
    for d in t.derived {
      guard isValidKey(d.key), keys.insert(d.key).inserted else { throw .duplicateField(d.key) }
    }
    for rule in t.rules {
      switch rule {
      case .change(let field, _, _):
        guard let f = t.field(field), case .number = f.kind else { throw .ruleNamesUnknownField(field) }
      case .anyYes(let fields, _):
        for key in fields {
          guard let f = t.field(key), f.kind == .yesNo else { throw .ruleNamesUnknownField(key) }
        }
      }
    }
  }

  /// The first field of `old` that `new` removes or gives another kind or unit: a change
  /// that would make recorded screenings of the template unreadable. Nil when none.
  public static func destructiveChange(from old: ScreeningTemplate, to new: ScreeningTemplate) -> String? {
    for f in old.fields {
      guard let g = new.field(f.key) else { return f.key }
      switch (f.kind, g.kind) {
      case (.number(let a), .number(let b)) where a.unit == b.unit: continue
      case (.yesNo, .yesNo), (.text, .text): continue
      default: return f.key
      }
    }
    return nil
  }

  /// 1–40 ASCII letters and digits, starting with a letter.
  public static func isValidKey(_ key: String) -> Bool {
    guard let first = key.first, first.isASCII, first.isLetter, key.count <= 40 else { return false }
    return key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
  }
}
