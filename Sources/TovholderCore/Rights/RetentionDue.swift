import Foundation

/// What a retention run would remove for one former resident (`tovholder retention
/// --dry-run`): counts per kind, never content.
public struct RetentionDue: Hashable, Sendable {
  public struct Item: Hashable, Sendable {
    public var kind: RetentionKind
    /// Rows to delete (for the register entry: 1, the entry to pseudonymise).
    public var rows: Int
    public var rule: RetentionRule

    public init(kind: RetentionKind, rows: Int, rule: RetentionRule) {
      self.kind = kind
      self.rows = rows
      self.rule = rule
    }
  }

  public var residentID: ResidentID
  public var movedOut: CalendarDay
  public var items: [Item]

  public init(residentID: ResidentID, movedOut: CalendarDay, items: [Item]) {
    self.residentID = residentID
    self.movedOut = movedOut
    self.items = items
  }
}

/// What a retention run did, per kind, for the summary a command prints.
public struct RetentionRunResult: Hashable, Sendable {
  public var residents: Int
  public var rowsByKind: [RetentionKind: Int]
  /// Residents whose name and CPR number were replaced by a pseudonym.
  public var pseudonymised: Int

  public init(residents: Int = 0, rowsByKind: [RetentionKind: Int] = [:], pseudonymised: Int = 0) {
    self.residents = residents
    self.rowsByKind = rowsByKind
    self.pseudonymised = pseudonymised
  }
}

/// A stable stand-in for a former resident's name and CPR number in what is kept: `P-` and six
/// letters and digits that cannot be mistaken for each other, drawn once and stored, so the
/// same person is the same pseudonym in every statistic from then on.
public enum Pseudonym {
  static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")

  public static func draw<G: RandomNumberGenerator>(using generator: inout G) -> String {
    "P-" + String((0..<6).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
  }

  public static func isPseudonym(_ text: String) -> Bool {
    text.count == 8 && text.hasPrefix("P-") && text.dropFirst(2).allSatisfy { alphabet.contains($0) }
  }
}
