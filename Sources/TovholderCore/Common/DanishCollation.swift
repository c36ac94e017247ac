/// Names sorted as Danes expect: a–z, then æ, ø, å, regardless of case ("Karen" before
/// "Kåre", "Åse" after "Ørjan"). The Swedish/German ä and ö sort with æ and ø, ü with y, and
/// other accents with their base letter (é as e). A leading "Aa" is sorted as Å ("Aase"
/// after "Ørjan"), as in Danish telephone books; "aa" inside a name is left alone.
/// SQLite uses the same rule as the collation `danish` (see `AppDatabase`).
public enum DanishCollation {
  /// The collation's name in SQL: `ORDER BY name COLLATE danish`.
  public static let name = "danish"

  /// Negative when `a` sorts before `b`, zero when equal, positive after. Ties in the sort
  /// key (differing only in case or accent) fall back to the text itself, so the order is total.
  public static func compare(_ a: String, _ b: String) -> Int {
    if a == b { return 0 }
    let ka = sortKey(a)
    let kb = sortKey(b)
    if ka != kb { return ka.lexicographicallyPrecedes(kb) ? -1 : 1 }
    return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1
  }

  /// `sorted(by: DanishCollation.areInIncreasingOrder)`.
  public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool { compare(a, b) < 0 }

  private static let ae: UInt32 = 0x7B  // just after "z"
  private static let oe: UInt32 = 0x7C
  private static let aa: UInt32 = 0x7D

  /// Accented Latin letters met in names, by their base letters. (A table rather than
  /// Foundation's diacritic folding, which loads ICU: megabytes of memory for a sort.)
  private static let baseLetters: [Character: String] = {
    var table: [Character: String] = [:]
    let groups: [(String, String)] = [
      ("a", "àáâãāăą"), ("c", "çćčĉ"), ("d", "ďđð"), ("e", "èéêëēĕėęě"), ("g", "ğĝġģ"), ("h", "ĥħ"),
      ("i", "ìíîïĩīĭįı"), ("j", "ĵ"), ("k", "ķ"), ("l", "ĺļľŀł"), ("n", "ñńņňŋ"), ("o", "òóôõōŏő"),
      ("r", "ŕŗř"), ("s", "śŝşšș"), ("t", "ţťŧț"), ("u", "ùúûũūŭůűų"), ("w", "ŵ"), ("y", "ýÿŷ"),
      ("z", "źżž"),
    ]
    for (base, letters) in groups { for c in letters { table[c] = base } }
    table["ß"] = "ss"
    table["þ"] = "th"
    table["œ"] = "oe"
    return table
  }()

  /// One number per letter, in Danish alphabetical order.
  static func sortKey(_ text: String) -> [UInt32] {
    var key: [UInt32] = []
    key.reserveCapacity(text.unicodeScalars.count)
    var chars = Substring(text.lowercased())
    if chars.hasPrefix("aa") {
      key.append(aa)
      chars = chars.dropFirst(2)
    }
    for c in chars {
      switch c {
      case "æ", "ä": key.append(ae)
      case "ø", "ö": key.append(oe)
      case "å": key.append(aa)
      case "ü": key.append(UInt32(("y" as Unicode.Scalar).value))
      default:
        if c.isASCII {
          key.append(contentsOf: c.unicodeScalars.map(\.value))
        } else if let base = baseLetters[c] {
          key.append(contentsOf: base.unicodeScalars.map(\.value))
        } else {
          // A letter followed by combining marks sorts by the letter; marks break ties only.
          let scalars = c.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
          key.append(contentsOf: (scalars.isEmpty ? Array(c.unicodeScalars) : Array(scalars)).map(\.value))
        }
      }
    }
    return key
  }
}
