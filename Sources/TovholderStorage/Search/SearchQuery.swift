/// Turns what the user typed into an FTS5 query: each word becomes a quoted prefix term,
/// and all words must match. Only letters and digits form words (like the unicode61
/// tokenizer), so no input can inject FTS5 syntax.
public enum SearchQuery {
  /// The words of `text`, lowercased, in order, without duplicates.
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    func flush() {
      if !current.isEmpty, !words.contains(current) { words.append(current) }
      current = ""
    }
    for ch in text.lowercased() {
      if ch.isLetter || ch.isNumber { current.append(ch) } else { flush() }
    }
    flush()
    return words
  }

  /// `"bjørn"* AND "køk"*`, or nil when there is nothing to search for.
  public static func ftsMatch(_ text: String) -> String? {
    let words = words(text)
    guard !words.isEmpty else { return nil }
    return words.map { "\"\($0)\"*" }.joined(separator: " AND ")
  }
}
