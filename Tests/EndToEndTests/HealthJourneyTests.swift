import Foundation
import Testing

/// The nurse's weekly round: record a resident's weight three times with a fall of 6 %, see
/// the flag, mark it seen; the due list changes as screenings are recorded.
@Suite(.serialized) struct HealthJourneyTests {
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
      try tmux.type(FakeTime.day(-daysAgo))
    }
    try tmux.keys("C-s")
    try tmux.waitForAbsence("Vægt (kg)")
    try tmux.waitFor("forfaldne ·")
  }

  @Test func weightFallIsFlaggedSeenAndTheDueListMoves() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path, "--language", "da"])
    try tmux.signIn("leder")
    try tmux.openMenu("Forfaldne screeninger")
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
    try tmux.openMenu("Markerede målinger")
    let flags = try tmux.waitFor("venter på")
    let index = try #require(rows(flags).firstIndex { $0.contains(name) && $0.contains("Vægt faldet 6,0") })
    for _ in 0..<index { try tmux.keys("Down") }
    try tmux.keys("Enter")
    let detail = try tmux.waitFor("Hvad er gjort")
    #expect(detail.contains("! Vægt faldet 6,0 % siden \(FakeTime.day(-60)) (150,0 kg)"))
    try tmux.type("Lægetid bestilt")
    try tmux.keys("Enter")
    let after = try tmux.waitFor("Markeret som set.")
    #expect(!rows(after).contains { $0.contains(name) && $0.contains("Vægt") })
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }
}
