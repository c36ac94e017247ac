import Foundation

/// One kind of unintended event (hændelsestype) from the catalogue in Resources. Events keep
/// the code and the Danish name they were saved with, so removing a category from the
/// catalogue later leaves old events readable.
public struct IncidentCategory: Hashable, Sendable, Codable, Identifiable {
  /// Stable code stored with each event, e.g. `medicine.administration`.
  public var code: String
  /// Danish name shown on screen and in exports.
  public var name: String
  /// English name (second language).
  public var nameEnglish: String
  /// Events of this category ask for the medicine involved.
  public var isMedicine: Bool
  /// Minor events of this category may go into the monthly batch report (since March 2024:
  /// falls, infections, medicine administration and dispensing).
  public var allowsBatchReport: Bool

  public var id: String { code }

  public init(
    code: String, name: String, nameEnglish: String, isMedicine: Bool = false, allowsBatchReport: Bool = false
  ) {
    self.code = code
    self.name = name
    self.nameEnglish = nameEnglish
    self.isMedicine = isMedicine
    self.allowsBatchReport = allowsBatchReport
  }
}

/// The categories offered when registering, parsed from catalogue JSON given by the caller
/// (TovholderCore cannot read Resources itself).
public struct IncidentCatalogue: Hashable, Sendable {
  public var version: String
  public var categories: [IncidentCategory]

  public init(version: String, categories: [IncidentCategory]) {
    self.version = version
    self.categories = categories
  }

  /// Parses `{"version": "...", "categories": [{code, name, nameEnglish, isMedicine, allowsBatchReport}]}`.
  public init(json: [UInt8]) throws(IncidentCatalogueError) {
    struct File: Decodable {
      var version: String
      var categories: [IncidentCategory]
    }
    let file: File
    do { file = try JSONDecoder().decode(File.self, from: Data(json)) } catch { throw .unreadable }
    if file.categories.isEmpty { throw .empty }
    var seen = Set<String>()
    for c in file.categories {
      if c.code.isEmpty || c.name.trimmingCharacters(in: .whitespaces).isEmpty { throw .blankEntry }
      if !seen.insert(c.code).inserted { throw .duplicateCode(c.code) }
    }
    self.init(version: file.version, categories: file.categories)
  }

  public func category(code: String) -> IncidentCategory? { categories.first { $0.code == code } }

  /// Codes of every medicine category (for "days without a medicine error").
  public var medicineCodes: [String] { categories.filter(\.isMedicine).map(\.code) }
}

public enum IncidentCatalogueError: Error, Equatable, Sendable {
  case unreadable
  case empty
  case blankEntry
  case duplicateCode(String)
}
