import Foundation
import TerminalUI
import TovholderCore

/// The span a unit's handover list covers: from the start of the previous shift (by the
/// home's shift times) until now.
public struct HandoverWindow: Sendable {
  public var unitID: UnitID
  public var since: Date
  public var now: Date
  public var today: CalendarDay
  public var previous: ShiftPeriod
  public var current: ShiftPeriod

  public init(unitID: UnitID, now: Date, times: ShiftTimes, timeZone: TimeZone) {
    let (previous, current) = HandoverRule.window(now: now, times: times, in: timeZone)
    self.unitID = unitID
    self.since = previous.start
    self.now = now
    self.today = CalendarDay(now, in: timeZone)
    self.previous = previous
    self.current = current
  }

  /// This week, Monday to Sunday, for what is due "this week".
  public var thisWeek: ClosedRange<CalendarDay> {
    today.adding(days: -today.weekdayFromMonday)...today.endOfWeek
  }
}

/// One line of the handover list, from any area: what it names, about which resident, when
/// (nil for a state such as "due today"), and what Enter opens.
public struct HandoverLine {
  public var residentID: ResidentID
  public var residentName: String
  public var at: Date?
  /// The kind in a word or two ("Notat", "Voldsom episode", "UTH" …).
  public var what: String
  public var text: String
  public var style: Style
  public var open: (AppContext) -> ScreenAction

  public init(
    residentID: ResidentID, residentName: String, at: Date?, what: String, text: String, style: Style = .normal,
    open: @escaping (AppContext) -> ScreenAction
  ) {
    self.residentID = residentID
    self.residentName = residentName
    self.at = at
    self.what = what
    self.text = text
    self.style = style
    self.open = open
  }

  /// Grouped by resident, the resident with the newest line first; within a resident the
  /// newest first, then the lines without a time (states) in the order given. Residents with
  /// only states come last, by name.
  public static func grouped(_ lines: [HandoverLine]) -> [(residentID: ResidentID, lines: [HandoverLine])] {
    var groups: [ResidentID: [HandoverLine]] = [:]
    var order: [ResidentID] = []
    for line in lines {
      if groups[line.residentID] == nil { order.append(line.residentID) }
      groups[line.residentID, default: []].append(line)
    }
    let sorted = order.map { id -> (ResidentID, [HandoverLine]) in
      let group = groups[id] ?? []
      let timed = group.filter { $0.at != nil }.sorted { ($0.at ?? .distantPast) > ($1.at ?? .distantPast) }
      return (id, timed + group.filter { $0.at == nil })
    }
    return sorted.sorted { a, b in
      switch (a.1.first?.at, b.1.first?.at) {
      case (let x?, let y?): return x != y ? x > y : a.0 < b.0
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil):
        return DanishCollation.compare(a.1.first?.residentName ?? "", b.1.first?.residentName ?? "") < 0
      }
    }.map { (residentID: $0.0, lines: $0.1) }
  }
}
