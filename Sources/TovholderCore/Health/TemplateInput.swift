import Foundation

/// A template of the home's own as the admin types it: a name, an interval, up to
/// `maxMeasures` measures (each a number with unit, valid and normal range, a yes/no
/// question or a short text) and two flag rules. `template(key:)` checks it and builds the
/// `ScreeningTemplate`; `init(template:)` fills it from a saved one to edit.
public struct TemplateInput: Hashable, Sendable {
  public static let maxMeasures = 4

  public struct Measure: Hashable, Sendable {
    /// The field key of a saved template's field; nil for a new one.
    public var key: String?
    public var name: String
    public var kind: Kind
    public var unit: String
    /// `20–300`: both bounds, a typing error outside.
    public var valid: String
    /// `18,5–25`, `–94` (at most) or `60–` (at least); empty: no range check.
    public var normal: String

    public enum Kind: Int, Hashable, Sendable, CaseIterable { case number, yesNo, text }

    public init(
      key: String? = nil, name: String = "", kind: Kind = .number, unit: String = "", valid: String = "",
      normal: String = ""
    ) {
      self.key = key
      self.name = name
      self.kind = kind
      self.unit = unit
      self.valid = valid
      self.normal = normal
    }

    var isEmpty: Bool { name.trimmingCharacters(in: .whitespaces).isEmpty }
  }

  public var name: String
  public var interval: String
  public var measures: [Measure]
  /// The measure (index into `measures`) whose change raises a flag; nil: no change rule.
  public var changeMeasure: Int?
  /// `-5` for a fall of 5 %, `10` for a rise of 10 %.
  public var changePercent: String
  /// The look-back period of the change, e.g. `3m`.
  public var changePeriod: String
  /// A yes to any yes/no question raises a flag.
  public var flagYes: Bool

  public init(
    name: String = "", interval: String = "", measures: [Measure] = [], changeMeasure: Int? = nil,
    changePercent: String = "", changePeriod: String = "", flagYes: Bool = false
  ) {
    self.name = name
    self.interval = interval
    self.measures = measures
    self.changeMeasure = changeMeasure
    self.changePercent = changePercent
    self.changePeriod = changePeriod
    self.flagYes = flagYes
  }

  /// Why the input cannot become a template; `measure` is an index into `measures`.
  public enum Problem: Error, Hashable, Sendable {
    case emptyName
    case invalidInterval
    case noMeasures
    case missingUnit(measure: Int)
    case invalidRange(measure: Int, normal: Bool)
    case minAboveMax(measure: Int, normal: Bool)
    case missingValidRange(measure: Int)
    case normalOutsideValid(measure: Int)
    case duplicateName(measure: Int)
    case changeNeedsNumber
    case invalidPercent
    case invalidPeriod
  }

  /// The template, or the first problem in the order the form shows its fields.
  public func template(key: String) throws(Problem) -> ScreeningTemplate {
    let name = name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw .emptyName }
    guard let interval = ScreeningInterval(interval) else { throw .invalidInterval }
    var fields: [ScreeningField] = []
    var fieldOfMeasure: [Int: ScreeningField] = [:]
    var names = Set<String>()
    for (i, m) in measures.enumerated() where !m.isEmpty {
      let fieldName = m.name.trimmingCharacters(in: .whitespaces)
      guard names.insert(fieldName.lowercased()).inserted else { throw .duplicateName(measure: i) }
      let fieldKey = m.key ?? freeKey(i, taken: Set(fields.map(\.key)).union(measures.compactMap(\.key)))
      var field = ScreeningField(key: fieldKey, name: LocalizedName(da: fieldName), kind: .yesNo)
      switch m.kind {
      case .number:
        let unit = m.unit.trimmingCharacters(in: .whitespaces)
        guard !unit.isEmpty else { throw .missingUnit(measure: i) }
        guard let valid = RangeText.parse(m.valid) else { throw .invalidRange(measure: i, normal: false) }
        guard let lo = valid.min, let hi = valid.max else { throw .missingValidRange(measure: i) }
        guard lo < hi else { throw .minAboveMax(measure: i, normal: false) }
        guard let normal = RangeText.parse(m.normal) else { throw .invalidRange(measure: i, normal: true) }
        if let a = normal.min, let b = normal.max, a > b { throw .minAboveMax(measure: i, normal: true) }
        for bound in [normal.min, normal.max] {
          if let bound, !(lo...hi).contains(bound) { throw .normalOutsideValid(measure: i) }
        }
        let decimals = [m.valid, m.normal].map(RangeText.decimals).max() ?? 0
        field.kind = .number(.init(unit: unit, decimals: decimals, valid: lo...hi))
        if normal.min != nil || normal.max != nil { field.normal = NormalRange(min: normal.min, max: normal.max) }
      case .yesNo: field.kind = .yesNo
      case .text:
        field.kind = .text
        field.isOptional = true
      }
      fields.append(field)
      fieldOfMeasure[i] = field
    }
    guard !fields.isEmpty else { throw .noMeasures }
    var rules: [FlagRule] = []
    if let index = changeMeasure {
      guard let field = fieldOfMeasure[index], case .number = field.kind else { throw .changeNeedsNumber }
      guard let percent = HealthEntry.number(changePercent), percent != 0, abs(percent) <= 100 else {
        throw .invalidPercent
      }
      guard let period = ScreeningInterval(changePeriod) else { throw .invalidPeriod }
      rules.append(.change(field: field.key, percent: percent, period: period))
    }
    let questions = fields.filter { $0.kind == .yesNo }.map(\.key)
    if flagYes && !questions.isEmpty {
      // An empty message: the flag is worded from the texts ("<question>: ja").
      rules.append(.anyYes(fields: questions, message: LocalizedName(da: "")))
    }
    return ScreeningTemplate(
      key: key, name: LocalizedName(da: name), interval: interval, fields: fields, rules: rules, isCustom: true)
  }

  private func freeKey(_ index: Int, taken: Set<String>) -> String {
    var n = index + 1
    while taken.contains("m\(n)") { n += 1 }
    return "m\(n)"
  }

  /// The input that gives `template` back (to edit a saved template). Derived values and
  /// sex-specific ranges are not editable here and are kept out.
  public init(template t: ScreeningTemplate, language: String = "da") {
    self.init(name: t.name.text(language), interval: t.interval.description)
    measures = t.fields.map { f in
      var m = Measure(key: f.key, name: f.name.text(language))
      switch f.kind {
      case .number(let spec):
        m.kind = .number
        m.unit = spec.unit
        m.valid = RangeText.format(min: spec.valid.lowerBound, max: spec.valid.upperBound, decimals: spec.decimals)
        m.normal = f.normal.map { RangeText.format(min: $0.min, max: $0.max, decimals: spec.decimals) } ?? ""
      case .yesNo: m.kind = .yesNo
      case .text: m.kind = .text
      }
      return m
    }
    for rule in t.rules {
      switch rule {
      case .change(let field, let percent, let period):
        changeMeasure = t.fields.firstIndex { $0.key == field }
        changePercent = HealthEntry.format(percent, decimals: percent == percent.rounded() ? 0 : 1, language: language)
        changePeriod = period.description
      case .anyYes: flagYes = true
      }
    }
  }

  /// A key for a new template from its name: `Fodpleje` → `egenFodpleje`, with a number
  /// added while it is in `taken` (the home's keys and the catalogue's).
  public static func key(forName name: String, taken: Set<String>) -> String {
    let ascii = name.lowercased().replacingOccurrences(of: "æ", with: "ae")
      .replacingOccurrences(of: "ø", with: "oe").replacingOccurrences(of: "å", with: "aa")
    let words = ascii.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    let camel = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    let base = "egen" + String(camel.prefix(30))
    var key = base
    var n = 2
    while taken.contains(key) {
      key = base + String(n)
      n += 1
    }
    return key
  }
}

/// A range as typed: `20–300`, `18,5-25`, `–94` (at most), `60–` (at least), empty (none).
/// Negative values are not expected in screenings and are not read.
public enum RangeText {
  /// Nil when the text is not a range; both bounds nil for an empty text.
  public static func parse(_ text: String) -> (min: Double?, max: Double?)? {
    let t = text.filter { !$0.isWhitespace }.replacingOccurrences(of: "–", with: "-")
      .replacingOccurrences(of: "—", with: "-")
    if t.isEmpty { return (nil, nil) }
    let parts = t.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, !(parts[0].isEmpty && parts[1].isEmpty) else { return nil }
    func bound(_ s: Substring) -> Double?? {
      if s.isEmpty { return .some(nil) }
      guard let n = HealthEntry.number(String(s)), n >= 0 else { return nil }
      return .some(n)
    }
    guard let lo = bound(parts[0]), let hi = bound(parts[1]) else { return nil }
    return (lo, hi)
  }

  /// `20–300`, `–94`, `60–`, with a Danish comma.
  public static func format(min: Double?, max: Double?, decimals: Int) -> String {
    func n(_ v: Double?) -> String { v.map { HealthEntry.format($0, decimals: decimals) } ?? "" }
    return min == nil && max == nil ? "" : "\(n(min))–\(n(max))"
  }

  /// The most decimals typed in any number of `text` (at most 2).
  static func decimals(_ text: String) -> Int {
    let numbers = text.replacingOccurrences(of: ",", with: ".").split { !($0.isNumber || $0 == ".") }
    return Swift.min(2, numbers.map { $0.split(separator: ".").dropFirst().first?.count ?? 0 }.max() ?? 0)
  }
}
