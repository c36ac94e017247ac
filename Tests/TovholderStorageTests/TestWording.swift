import Foundation
import TovholderCore
import TovholderResources

extension Wording {
  /// The program's own texts in `language` (as the app's `Texts` merges them).
  static func texts(_ language: String) -> Wording {
    var table: [String: String] = [:]
    for bytes in TovholderResources.texts(language: language) {
      let decoded = (try? JSONDecoder().decode([String: String].self, from: Data(bytes))) ?? [:]
      table.merge(decoded) { first, _ in first }
    }
    let merged = table
    return Wording(language: language) { merged[$0] ?? $0 }
  }

  static let da = texts("da")
  static let en = texts("en")
}
