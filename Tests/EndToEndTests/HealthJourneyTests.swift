import Foundation
import Testing

/// The nurse's weekly round: record a resident's weight three times with a fall of 6 %, see
/// the flag, mark it seen; the due list changes as screenings are recorded.
@Suite(.serialized) struct HealthJourneyTests {
  /// Opens a main-menu entry by moving to it: Home, then Down once per entry above it.
  /// The window is made tall for the count (the menu scrolls); headings are indented less
  /// than entries and are skipped.
  func openMenu(_ tmux: Tmux, _ title: String) throws {
    try tmux.resize(width: 80, height: 60)
    let menu = try tmux.waitFor(title)
    let entries = menu.split(separator: "\n").map(String.init).filter { $0.hasPrefix("    ") }
    let index = try #require(entries.firstIndex { $0.contains(title) }, "\(menu)")
    try tmux.keys("Home")
    for _ in 0..<index { try tmux.keys("Down") }
    try tmux.keys("Enter")
    try tmux.resize(width: 80, height: 24)
  }

  /// Data rows of a list (they start with a date).
  func rows(_ screen: String) -> [String] {
    screen.split(separator: "\n").map(String.init).filter {
      $0.range(of: #"^ \d\d-\d\d-\d{4}"#, options: .regularExpression) != nil
    }
  }

  func overdueCount(_ screen: String) -> Int? {
    guard let r = screen.range(of: #"(\d+) forfaldne"#, options: .regularExpression) else { return nil }
    return Int(screen[r].split(separator: " ")[0])
  }

  func day(_ daysAgo: Int) -> String {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = TimeZone(identifier: "Europe/Copenhagen")!
    let d = c.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(Double(-daysAgo) * 86_400))
    return String(format: "%02d-%02d-%04d", d.day!, d.month!, d.year!)
  }

  /// Selects the due-list row of `name`'s weight and records `kg`, dated `daysAgo` days back.
  func recordWeight(_ tmux: Tmux, name: String, kg: String, daysAgo: Int) throws {
    let list = try tmux.waitFor("forfaldne ·")
    let index = try #require(
      rows(list).firstIndex { $0.contains(name) && $0.contains("Vægt og BMI") }, "\(name)\n\(list)")
    // The list keeps its selection after a save; start from the top so `index` counts right.
    try tmux.keys("Home")
    for _ in 0..<index { try tmux.keys("Down") }
    try tmux.keys("Enter")
    try tmux.waitFor("Vægt og BMI – \(name)")
    try tmux.type(kg)
    if daysAgo > 0 {
      try tmux.keys("Tab", "Tab", "End")
      for _ in 0..<10 { try tmux.keys("BSpace") }
      try tmux.type(day(daysAgo))
    }
    try tmux.keys("C-s")
    try tmux.waitForAbsence("Vægt (kg)")
    try tmux.waitFor("forfaldne ·")
  }

  @Test func weightFallIsFlaggedSeenAndTheDueListMoves() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path, "--language", "da"])
    try tmux.signIn("leder")
    try openMenu(tmux, "Forfaldne screeninger")
    let first = try tmux.waitFor("forfaldne ·")
    let before = try #require(overdueCount(first))
    let row = try #require(rows(first).first { $0.contains("Vægt og BMI") && $0.contains("dage over") })
    // Columns are apart by two or more spaces; the day and status come first, then the name.
    let columns = row.replacingOccurrences(of: #" {2,}"#, with: "\t", options: .regularExpression)
      .split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
    let name = try #require(columns.count >= 3 ? columns[1] : nil, "\(row)")

    try recordWeight(tmux, name: name, kg: "150", daysAgo: 60)
    try recordWeight(tmux, name: name, kg: "147", daysAgo: 30)
    try recordWeight(tmux, name: name, kg: "141", daysAgo: 0)
    let flagged = try tmux.waitFor("Vægt faldet 6,0 %")
    #expect(flagged.contains("Gemt og markeret"))
    #expect(overdueCount(flagged) == before - 1)
    #expect(!rows(flagged).contains { $0.contains(name) && $0.contains("Vægt og BMI") && $0.contains("dage over") })

    try tmux.keys("Escape")
    try openMenu(tmux, "Markerede målinger")
    let flags = try tmux.waitFor("venter på")
    let index = try #require(rows(flags).firstIndex { $0.contains(name) && $0.contains("Vægt faldet 6,0") })
    for _ in 0..<index { try tmux.keys("Down") }
    try tmux.keys("Enter")
    let detail = try tmux.waitFor("Hvad er gjort")
    #expect(detail.contains("! Vægt faldet 6,0 % siden \(day(60)) (150,0 kg)"))
    try tmux.type("Lægetid bestilt")
    try tmux.keys("Enter")
    let after = try tmux.waitFor("Markeret som set.")
    #expect(!rows(after).contains { $0.contains(name) && $0.contains("Vægt") })
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }
}
