import Foundation
import Testing

/// The relatives journey in the real binary: add two relatives, give one a health consent,
/// try to share a health summary with the other and be refused, withdraw the consent, log a
/// call with a follow-up that lands on the owner's task list.
@Suite(.serialized) struct RelativesJourneyTests {
  @Test func consentRefusalWithdrawalAndFollowUp() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try tmux.signIn("personale")
    let record = try tmux.openFirstResidentsRelatives()
    let number = try #require(
      record.split(separator: "\n").first { $0.contains("Nr. ") }?.split(separator: "Nr. ").last?
        .split(separator: " ").first)

    // Two relatives.
    for name in ["Åse Ågård", "Ib Ørsted"] {
      try tmux.keys("C-n")
      try tmux.waitFor("Foretrukken kontakt")
      try tmux.type(name)
      try tmux.keys("C-s")
      try tmux.waitFor("\(name) er tilføjet.")
    }

    // Åse: a written health consent from today.
    try tmux.type("Åse")
    try tmux.keys("Enter")
    try tmux.waitFor("Giv samtykke")
    try tmux.keys("Enter")
    try tmux.waitFor("Slags oplysninger")
    try tmux.keys("Right")
    try tmux.waitFor("Helbred — sundhedsloven")
    try tmux.keys("C-s")
    try tmux.waitFor("Samtykke til Helbred er registreret for Åse Ågård.")

    // Ib: sharing a health summary is refused, in plain words.
    try tmux.keys("Escape")
    try tmux.waitFor("Hver Økon")
    try tmux.keys("Escape")  // clears the filter
    try tmux.waitForAbsence("Filter: ")
    try tmux.type("Ib")
    try tmux.keys("Enter")
    try tmux.waitFor("Ingen samtykker")
    try tmux.pick("Del helbredsoversigt")
    try tmux.waitFor("Må ikke deles: Ib Ørsted har intet samtykke til helbred.")

    // Åse: the consent is withdrawn; the history stays.
    try tmux.clearFilter()
    try tmux.keys("Escape")
    try tmux.waitFor("Hver Økon")
    try tmux.keys("Escape")
    try tmux.waitForAbsence("Filter: ")
    try tmux.type("Åse")
    try tmux.keys("Enter")
    try tmux.waitFor("Træk samtykke tilbage: Helbred")
    try tmux.pick("Træk samtykke tilbage: Helbred")
    // It can't be undone: one question, answered yes.
    try tmux.waitFor("Tilbagetrækningen kan ikke fortrydes")
    try tmux.type("j")
    let withdrawn = try tmux.waitFor("trukket tilbage for Åse Ågård")
    #expect(withdrawn.contains("Helbred · trukket tilbage \(FakeTime.day(0))"))

    // A call with Åse and a follow-up for me in three days.
    try tmux.pick("Registrér kontakt")
    try tmux.waitFor("Hvad blev sagt")
    // The form starts in "Hvad blev sagt" (who and how are filled in already).
    try tmux.type("Talte om besøget i weekenden")
    try tmux.keys("Tab")
    try tmux.type("Åse ringer om tidspunktet")
    try tmux.keys("Tab", "Tab")
    try tmux.type("Mads")
    try tmux.keys("Enter")  // picks and moves on to the date
    try tmux.type(FakeTime.day(3))
    try tmux.keys("C-s")
    try tmux.waitFor("opfølgningen står på Mads Sørensens liste")

    // It is on my task list.
    // Form → relative → tab (Esc clears the filter first) → residents → main menu.
    try tmux.press("Escape", until: "Aftaler med pårørende", limit: 6)
    try tmux.openMenu("Mine opfølgninger")
    let tasks = try tmux.waitFor("Enter markerer den valgte som klaret")
    let line = tasks.split(separator: "\n").first { $0.contains("Åse ringer om tidspunktet") }
    #expect(line?.contains(FakeTime.day(3)) == true, "\(tasks)")
    #expect(line?.contains("Åse Ågård") == true)

    // The plan's status report for Ib is refused from the command line: no consent covers it.
    let export = try runTovholder(
      ["export", "plan", String(number), "--for-relative", "ib ørsted", "--user", "personale", "--database", db.path],
      environment: ["TOVHOLDER_PASSWORD": "demo1234", "LANG": "da_DK.UTF-8", "HOME": tmux.home.path])
    #expect(export.status == 3)
    #expect(export.out.isEmpty)
    #expect(
      export.err.contains("Statusrapporten er ikke skrevet. Må ikke deles: Ib Ørsted har intet samtykke til plan."))
    // So is the health summary, for the same reason.
    let health = try runTovholder(
      [
        "export", "screenings", String(number), "--for-relative", "ib ørsted", "--user", "personale", "--database",
        db.path,
      ],
      environment: ["TOVHOLDER_PASSWORD": "demo1234", "LANG": "da_DK.UTF-8", "HOME": tmux.home.path])
    #expect(health.status == 3)
    #expect(health.out.isEmpty)
    #expect(health.err.contains("Sundhedsoversigten er ikke skrevet. Må ikke deles: Ib Ørsted"), "\(health.err)")
  }

  /// A guardianship registered from the Relatives tab shows with its scope; the expectations
  /// meeting's date is set from the tab.
  @Test func guardianshipAndExpectationsMeeting() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try tmux.signIn("personale")
    try tmux.openFirstResidentsRelatives()
    try tmux.waitFor("» Værgemål")
    try tmux.pick("» Værgemål")
    try tmux.waitFor("Værgemål for ")
    try tmux.keys("C-n")
    try tmux.waitFor("Nyt værgemål")
    try tmux.keys("Tab")
    try tmux.type("Advokat Bæk")
    for _ in 0..<6 { try tmux.keys("Tab") }
    try tmux.type("i går")
    try tmux.keys("C-s")
    let list = try tmux.waitFor("Advokat Bæk ")
    #expect(list.contains("§ 5 økonomi \(FakeTime.day(-1))–"), "\(list)")
    try tmux.keys("Escape")
    try tmux.waitFor("Værge: Advokat Bæk · § 5 økonomi")

    try tmux.pick("» Forventningssamtale")
    try tmux.waitFor("Holdt den")
    try tmux.keys("C-u")
    try tmux.type(FakeTime.day(-400))
    try tmux.keys("C-s")
    try tmux.waitFor("Forventningssamtale: \(FakeTime.day(-400))")
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }
}
