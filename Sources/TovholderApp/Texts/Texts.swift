import Foundation
import TovholderCore
import TovholderResources

/// The language the user reads.
public enum Language: String, CaseIterable, Sendable {
  case da, en

  /// From LANG / LC_ALL / LC_MESSAGES: English when it says English, Danish otherwise.
  public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let v = env[name], !v.isEmpty { return v.lowercased().hasPrefix("en") ? .en : .da }
    }
    return .da
  }
}

/// Every text the user reads, looked up by key in Resources/texts/<language>.json.
/// Placeholders `{0}`, `{1}` … are filled from the arguments.
public struct Texts: Sendable {
  public let language: Language
  private let table: [String: String]

  public init(language: Language) {
    self.language = language
    self.table = Texts.load(language)
  }

  /// All text files of a language merged; a key defined twice keeps its first text.
  public static func load(_ language: Language) -> [String: String] {
    var table: [String: String] = [:]
    for bytes in TovholderResources.texts(language: language.rawValue) {
      let decoded = (try? JSONDecoder().decode([String: String].self, from: Data(bytes))) ?? [:]
      table.merge(decoded) { first, _ in first }
    }
    return table
  }

  public var keys: Set<String> { Set(table.keys) }

  /// These texts for what Core writes in words (exports, reports).
  public var wording: Wording {
    let table = table
    return Wording(language: language.rawValue) { key in table[key] ?? key }
  }

  /// The text for `key` with placeholders filled; the key itself when missing, so a
  /// missing text is visible rather than blank.
  public func callAsFunction(_ key: String, _ args: CustomStringConvertible...) -> String {
    guard var text = table[key] else { return key }
    for (i, arg) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: arg.description) }
    return text
  }

  public func has(_ key: String) -> Bool { table[key] != nil }
}
