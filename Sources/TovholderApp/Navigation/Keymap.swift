import TerminalUI

/// Which key gives which command, per scope: the command table's defaults with the user's
/// rebindings from keys.conf applied.
public struct Keymap: Sendable {
  private(set) var keysByCommand: [CommandID: [Key]]

  /// A problem with one line of keys.conf; the default binding stays.
  public struct LineProblem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case syntax, unknownCommand(String), unknownKey(String) }
    public let line: Int
    public let kind: Kind
  }

  public init() {
    keysByCommand = Dictionary(uniqueKeysWithValues: CommandTable.all.map { ($0.id, $0.defaultKeys) })
  }

  /// Applies keys.conf text: one `command = key` a line, `#` starts a comment. The first
  /// line for a command replaces its default keys; later lines add more keys.
  public mutating func apply(config: String) -> [LineProblem] {
    var problems: [LineProblem] = []
    var rebound: Set<CommandID> = []
    for (index, rawLine) in config.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line =
        rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
        .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
      if line.isEmpty { continue }
      let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        problems.append(LineProblem(line: index + 1, kind: .syntax))
        continue
      }
      guard let id = CommandID(rawValue: parts[0]) else {
        problems.append(LineProblem(line: index + 1, kind: .unknownCommand(parts[0])))
        continue
      }
      guard let key = Key(name: parts[1]) else {
        problems.append(LineProblem(line: index + 1, kind: .unknownKey(parts[1])))
        continue
      }
      if rebound.insert(id).inserted { keysByCommand[id] = [] }
      keysByCommand[id, default: []].append(key)
    }
    return problems
  }

  public func keys(for id: CommandID) -> [Key] { keysByCommand[id] ?? [] }

  /// The command `key` gives in the first of `scopes` that binds it (then `.global`).
  /// While text is being edited, plain characters are text, never commands.
  public func command(for key: Key, scopes: [CommandScope], editingText: Bool) -> CommandID? {
    if editingText, case .char = key { return nil }
    for scope in scopes + [.global] {
      for command in CommandTable.all where command.scope == scope {
        if keysByCommand[command.id]?.contains(key) == true { return command.id }
      }
    }
    return nil
  }
}

extension String {
  func trimmingCharacters(in set: Set<Character>) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}

extension Substring {
  func trimmingCharacters(in set: Set<Character>) -> String { String(self).trimmingCharacters(in: set) }
}

extension Set where Element == Character {
  static let whitespaces: Set<Character> = [" ", "\t", "\r"]
}
