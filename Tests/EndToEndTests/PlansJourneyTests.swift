import Foundation
import Testing

/// The plan journey in the real binary: make a plan with two goals and sub-goals, record
/// three values, see the chart, hold a follow-up, export the status report.
@Suite(.serialized) struct PlansJourneyTests {
  func step(_ tmux: Tmux, _ keys: String..., waitFor text: String) throws {
    for k in keys { try tmux.keys(k) }
    try tmux.waitFor(text)
  }

  @Test func makeAPlanRecordProgressSeeTheChartHoldAFollowUpAndExport() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try tmux.signIn("leder")
    // Every demo resident has a plan: the leader registers a new one, who has none yet and
    // shows last in the due list.
    try tmux.openMenu("Beboere")
    try step(tmux, "C-n", waitFor: "Ny beboer")
    try tmux.type("Åse Ørnebjerg")
    try tmux.keys("Tab")
    try tmux.type("300199-1234")
    try step(tmux, "C-s", waitFor: "oprettet som nr.")
    try tmux.keys("Escape")
    try tmux.openMenu("Planer til opfølgning")
    try step(tmux, "End", waitFor: "mangler plan")
    try tmux.keys("Enter")
    let record = try tmux.waitFor("Nr. ")
    let number = try #require(
      record.split(separator: "\n").first { $0.contains("Nr. ") }?.split(separator: "Nr. ").last?
        .split(separator: " ").first)
    try tmux.press("Tab", until: "Borgeren har ingen plan endnu", limit: 8)

    try tmux.keys("C-n")
    try tmux.waitFor("Ny plan")
    try tmux.type("Jeg vil klare mig selv")
    try step(tmux, "C-s", waitFor: "Ønske: Jeg vil klare mig selv")

    for (title, theme) in [("Laver selv aftensmad", "prak"), ("Tager bussen alene", "mobil")] {
      try step(tmux, "C-n", waitFor: "Nyt mål")
      try tmux.type(title)
      try tmux.keys("Tab")
      try tmux.type(theme)
      try tmux.keys("Enter")
      try step(tmux, "C-s", waitFor: "■ " + title)
    }
    // Sub-goals: one on the 0–4 scale under goal 1, one yes/no under goal 2.
    try step(tmux, "Down", "C-n", waitFor: "Nyt delmål")
    try tmux.type("Handler ind efter liste")
    try tmux.keys("Tab")
    try tmux.type("0–4")
    try tmux.keys("Enter")  // picks and moves on to the target
    try tmux.type("3")
    try step(tmux, "C-s", waitFor: "· Handler ind efter liste")
    try step(tmux, "Down", "Down", "C-n", waitFor: "Nyt delmål")
    try tmux.type("Tager bussen uden ledsager")
    try tmux.keys("Tab")
    try tmux.type("ja")
    try tmux.keys("Enter")
    try step(tmux, "C-s", waitFor: "· Tager bussen uden ledsager")

    // Three values on the first sub-goal, three keys each: the digit, Enter to the note,
    // Enter on the last field saves.
    try tmux.keys("Up")
    for v in ["1", "2", "4"] {
      try step(tmux, v, waitFor: "Registrér fremskridt")
      try step(tmux, "Enter", waitFor: "Note")
      try step(tmux, "Enter", waitFor: "Gemt.")
    }
    try tmux.waitFor("4 ▃▅█")
    // The chart with its target line.
    let chart = try {
      try step(tmux, "Enter", waitFor: "mål 3"); return try tmux.screen()
    }()
    #expect(chart.contains("median 2"))
    #expect(chart.contains("Skala 0–4 · Mål: 3"))

    // The newest value (4) was wrong: Enter on it marks it, with why and the right value
    // (3 keys besides the typed text); it stays in the history, struck through and marked,
    // beside the right one, and leaves the chart and the report.
    try step(tmux, "Enter", waitFor: "Markér værdi som forkert")
    try tmux.type("Tastet forkert – det var 3")
    try tmux.keys("Enter")
    try tmux.type("3")
    try step(tmux, "C-s", waitFor: "Værdien er markeret som forkert, og den rigtige er registreret.")
    let corrected = try tmux.waitFor("Forkert: Tastet forkert – det var 3")
    #expect(corrected.contains("4\u{0336}"), "the wrong value stays, struck through")
    try step(tmux, "Escape", waitFor: "■ Laver selv aftensmad")

    // The follow-up: goal 1 continues with score 3, goal 2 is changed with a note.
    try step(tmux, "F7", waitFor: "Opfølgningsmøde")
    try tmux.keys("Down", "Down", "Down", "Down")
    try tmux.type("3")
    try tmux.keys("Down", "Down", "Down", "Right")
    try tmux.keys("Down", "Down")
    try tmux.type("Kun med ledsager første måned")
    try step(tmux, "C-s", waitFor: "Gemt.")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")

    // The status report, as the command line writes it.
    let export = try runTovholder(
      ["export", "plan", String(number), "--user", "personale", "--database", db.path],
      environment: ["TOVHOLDER_PASSWORD": "demo1234", "LANG": "da_DK.UTF-8", "HOME": tmux.home.path])
    #expect(export.status == 0)
    let report = export.out
    #expect(report.contains("# Statusrapport – "))
    #expect(report.contains("> Jeg vil klare mig selv"))
    #expect(report.contains("## Mål 1: Laver selv aftensmad"))
    #expect(report.contains("▃▅▆"), "the values without the one marked wrong: 1, 2, 3")
    #expect(report.contains("Laver selv aftensmad: Fortsættes · fremskridt 3/4"))
    #expect(report.contains("Tager bussen alene: Ændres – Kun med ledsager første måned"))
  }
}
