import Foundation

/// A kind of information a relative may be told (health, plan, daily life, economy). The
/// kinds are data: `Resources/catalogues/relatives/relatives-information-kinds.json`.
public struct InformationKind: Hashable, Sendable, Codable, Identifiable {
  /// Stable code stored with each consent, e.g. "health".
  public var code: String
  public var da: String
  public var en: String
  /// Health data: sharing follows sundhedsloven §§ 17–18 and 43.
  public var isHealth: Bool
  /// Which part of a guardianship (§ 5 economic or personal) covers this kind.
  public var guardianArea: GuardianshipArea
  /// The law the consent follows, shown beside the kind.
  public var law: String

  public var id: String { code }

  public init(
    code: String, da: String, en: String, isHealth: Bool, guardianArea: GuardianshipArea, law: String
  ) {
    self.code = code
    self.da = da
    self.en = en
    self.isHealth = isHealth
    self.guardianArea = guardianArea
    self.law = law
  }

  public func name(language: String) -> String { language == "en" ? en : da }
}

/// The catalogue of information kinds, parsed from the bytes it is given.
public struct InformationKindCatalogue: Hashable, Sendable {
  public let kinds: [InformationKind]

  public init(kinds: [InformationKind]) throws(CatalogueError) {
    guard !kinds.isEmpty else { throw .empty }
    var seen = Set<String>()
    for kind in kinds {
      guard !kind.code.isEmpty, seen.insert(kind.code).inserted else { throw .duplicateCode(kind.code) }
    }
    self.kinds = kinds
  }

  /// Parses the catalogue file's JSON (`{"version": 1, "kinds": [...]}`).
  public init(json: [UInt8]) throws(CatalogueError) {
    struct File: Decodable {
      var version: Int
      var kinds: [InformationKind]
    }
    let file: File
    do { file = try JSONDecoder().decode(File.self, from: Data(json)) } catch { throw .unreadable }
    guard file.version == 1 else { throw .unsupportedVersion(file.version) }
    try self.init(kinds: file.kinds)
  }

  public func kind(_ code: String) -> InformationKind? { kinds.first { $0.code == code } }

  public var healthKinds: [InformationKind] { kinds.filter(\.isHealth) }
}

public enum CatalogueError: Error, Equatable, Sendable {
  case unreadable
  case unsupportedVersion(Int)
  case empty
  case duplicateCode(String)
}
