import Foundation

/// Encodes and decodes a form's `[field key: value]` as JSON for its draft.
public enum DraftCoding {
  /// Keys sorted, so the same values always give the same payload (forms compare payloads
  /// to tell whether anything changed; a dictionary's order is not stable).
  public static func encode(_ values: [String: String]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let data = (try? encoder.encode(values)) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
  }

  public static func decode(_ payload: String) -> [String: String] {
    (try? JSONDecoder().decode([String: String].self, from: Data(payload.utf8))) ?? [:]
  }
}
