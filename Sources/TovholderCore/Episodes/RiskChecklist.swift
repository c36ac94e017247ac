import Foundation

/// A short structured checklist scored each shift for residents marked at risk of violence.
/// Published instruments are copyrighted: items and score bands live in a catalogue the home
/// can replace; Tovholder ships a neutral example.
public struct RiskChecklist: Hashable, Sendable, Decodable {
  public var id: String
  public var title: String
  public var version: String
  public var note: String
  public var items: [Item]
  public var bands: [Band]

  public init(id: String, title: String, version: String, note: String, items: [Item], bands: [Band]) {
    self.id = id
    self.title = title
    self.version = version
    self.note = note
    self.items = items
    self.bands = bands
  }

  public struct Item: Hashable, Sendable, Decodable {
    public var id: String
    public var label: String
    /// Yes/no items score 0 or 1; a scale item scores `0...max`.
    public var max: Int

    public init(id: String, label: String, max: Int = 1) {
      self.id = id
      self.label = label
      self.max = max
    }

    enum CodingKeys: String, CodingKey { case id, label, max }
    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      id = try c.decode(String.self, forKey: .id)
      label = try c.decode(String.self, forKey: .label)
      max = try c.decodeIfPresent(Int.self, forKey: .max) ?? 1
    }
  }

  public struct Band: Hashable, Sendable, Decodable {
    /// Lowest total in the band.
    public var from: Int
    public var level: RiskLevel
    public var label: String

    public init(from: Int, level: RiskLevel, label: String) {
      self.from = from
      self.level = level
      self.label = label
    }
  }

  public var maxScore: Int { items.reduce(0) { $0 + $1.max } }

  /// Parses a catalogue: unique item ids, positive scales, bands starting at 0 and rising.
  public static func parse(_ bytes: some Sequence<UInt8>) throws(RiskChecklistError) -> RiskChecklist {
    let list: RiskChecklist
    do {
      list = try JSONDecoder().decode(RiskChecklist.self, from: Data(bytes))
    } catch {
      throw .unreadable
    }
    if list.items.isEmpty { throw .noItems }
    if Set(list.items.map(\.id)).count != list.items.count { throw .duplicateItem }
    if list.items.contains(where: { $0.max < 1 }) { throw .badScale }
    guard list.bands.first?.from == 0, zip(list.bands, list.bands.dropFirst()).allSatisfy({ $0.from < $1.from })
    else { throw .badBands }
    return list
  }

  /// The total of the answers (item id → score); every item must be answered within its scale.
  public func score(_ answers: [String: Int]) throws(RiskChecklistError) -> Int {
    var total = 0
    for item in items {
      guard let v = answers[item.id] else { throw .unanswered(item.id) }
      guard (0...item.max).contains(v) else { throw .outOfScale(item.id) }
      total += v
    }
    return total
  }

  /// The band a total falls in.
  public func band(for score: Int) -> Band {
    bands.last { $0.from <= score } ?? bands[0]
  }
}

public enum RiskLevel: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
  case low, moderate, high

  public static func < (a: RiskLevel, b: RiskLevel) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

public enum RiskChecklistError: Error, Equatable, Sendable {
  case unreadable
  case noItems
  case duplicateItem
  case badScale
  case badBands
  case unanswered(String)
  case outOfScale(String)
}

/// One scored check of one resident in one shift.
public struct RiskCheck: Hashable, Sendable, Identifiable {
  public var id: Int64
  public var residentID: ResidentID
  public var checklistID: String
  public var checklistVersion: String
  public var answers: [String: Int]
  public var score: Int
  public var level: RiskLevel
  public var bandLabel: String
  public var checkedAt: Date
  public var shift: Shift
  public var checkedByName: String

  public init(
    id: Int64, residentID: ResidentID, checklistID: String, checklistVersion: String, answers: [String: Int],
    score: Int, level: RiskLevel, bandLabel: String, checkedAt: Date, shift: Shift, checkedByName: String
  ) {
    self.id = id
    self.residentID = residentID
    self.checklistID = checklistID
    self.checklistVersion = checklistVersion
    self.answers = answers
    self.score = score
    self.level = level
    self.bandLabel = bandLabel
    self.checkedAt = checkedAt
    self.shift = shift
    self.checkedByName = checkedByName
  }
}
