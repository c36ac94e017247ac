import Foundation

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
        } else {
          let base = String(c).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
          key.append(contentsOf: base.unicodeScalars.map(\.value))
        }
      }
    }
    return key
  }
}
