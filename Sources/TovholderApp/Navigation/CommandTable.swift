import TerminalUI

/// One command: what it is, where it works and its default keys.
public struct Command: Sendable {
  public let id: CommandID
  public let scope: CommandScope
  public let defaultKeys: [Key]

  public var labelKey: String { "cmd.\(id.rawValue)" }
  public var helpKey: String { "cmd.\(id.rawValue).help" }
}

/// The single table of commands: it drives key dispatch, the status bar hints and the help overlay.
public enum CommandTable {
  public static let all: [Command] = [
    Command(id: .help, scope: .global, defaultKeys: [.function(1), .char("?")]),
    Command(id: .back, scope: .global, defaultKeys: [.escape]),
    Command(id: .search, scope: .global, defaultKeys: [.ctrl("f"), .char("/")]),
    Command(id: .lock, scope: .global, defaultKeys: [.ctrl("x"), .function(12)]),
    Command(id: .redraw, scope: .global, defaultKeys: [.ctrl("l")]),
    Command(id: .suspend, scope: .global, defaultKeys: [.ctrl("z")]),
    Command(id: .quit, scope: .global, defaultKeys: [.ctrl("c"), .function(10)]),
    Command(id: .quickLog, scope: .global, defaultKeys: [.function(6)]),
    Command(id: .open, scope: .list, defaultKeys: [.enter]),
    Command(id: .moveUp, scope: .list, defaultKeys: [.up]),
    Command(id: .moveDown, scope: .list, defaultKeys: [.down]),
    Command(id: .pageUp, scope: .list, defaultKeys: [.pageUp]),
    Command(id: .pageDown, scope: .list, defaultKeys: [.pageDown]),
    Command(id: .first, scope: .list, defaultKeys: [.home]),
    Command(id: .last, scope: .list, defaultKeys: [.end]),
    Command(id: .save, scope: .form, defaultKeys: [.ctrl("s"), .function(2)]),
    Command(id: .nextField, scope: .form, defaultKeys: [.tab]),
    Command(id: .previousField, scope: .form, defaultKeys: [.backTab]),
    Command(id: .new, scope: .list, defaultKeys: [.ctrl("n"), .function(3)]),
    Command(id: .edit, scope: .list, defaultKeys: [.function(4)]),
    Command(id: .discard, scope: .list, defaultKeys: [.delete]),
    Command(id: .toggleFormer, scope: .list, defaultKeys: [.ctrl("t")]),
    Command(id: .nextTab, scope: .record, defaultKeys: [.tab]),
    Command(id: .previousTab, scope: .record, defaultKeys: [.backTab]),
    Command(id: .revealCPR, scope: .record, defaultKeys: [.ctrl("r")]),
    Command(id: .accessLog, scope: .record, defaultKeys: [.ctrl("g")]),
    Command(id: .residentCopy, scope: .record, defaultKeys: [.ctrl("o")]),
    Command(id: .reportIncident, scope: .global, defaultKeys: [.function(5)]),
    Command(id: .planFollowUp, scope: .record, defaultKeys: [.function(7)]),
    Command(id: .planTasks, scope: .record, defaultKeys: [.function(8)]),
    Command(id: .markAtRisk, scope: .record, defaultKeys: [.function(9)]),
    Command(id: .incidentStartReview, scope: .incidentReview, defaultKeys: [.function(7)]),
    Command(id: .incidentReject, scope: .incidentReview, defaultKeys: [.function(8)]),
    Command(id: .incidentFilter, scope: .incidentQueue, defaultKeys: [.function(9)]),
    Command(id: .incidentBatch, scope: .incidentQueue, defaultKeys: [.ctrl("o")]),
    Command(id: .editResident, scope: .record, defaultKeys: [.function(4)]),
    Command(id: .openDemo, scope: .firstRun, defaultKeys: [.function(9)]),
  ]

  public static func command(_ id: CommandID) -> Command {
    all.first { $0.id == id }!
  }
}
