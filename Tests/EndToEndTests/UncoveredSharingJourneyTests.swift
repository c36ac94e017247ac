import Foundation
import Testing

/// Issue 15, moment 5: staff record what actually happened (a relative was told about health
/// with no consent covering it); the program records it, and the leader finds it on their
/// list, marks it seen after one question, and it leaves the list.
@Suite struct UncoveredSharingJourneyTests {
  @Test func sharingNoConsentCoveredIsRecordedAndTheLeaderMarksItSeen() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path])
    try tmux.signIn("personale")
    try tmux.openFirstResidentsRelatives()
    try tmux.keys("C-n")
    try tmux.waitFor("Foretrukken kontakt")
    try tmux.type("Zacharias Åby")
    try tmux.keys("C-s")
    try tmux.waitFor("Zacharias Åby er tilføjet.")
    try tmux.type("Zach")
    try tmux.keys("Enter")
    try tmux.waitFor("Ingen samtykker")
    try tmux.pick("Registrér kontakt")
    try tmux.waitFor("Hvad blev sagt")
    try tmux.type("Fortalte om lægebesøget i går")
    try tmux.keys("Tab", "Tab")
    try tmux.waitFor("Fortalt om helbred")
    try tmux.type("j")
    try tmux.keys("Enter")  // picks Ja and moves on
    try tmux.keys("C-s")
    try tmux.waitFor("Kontakten er registreret")
    try tmux.keys("C-x")

    try tmux.signIn("leder")
    try tmux.openMenu("Deling uden samtykke")
    let list = try tmux.waitFor("Zacharias Åby")
    #expect(list.contains("Mads Sørensen"))
    try tmux.keys("Enter")
    try tmux.waitFor("Markér som set?")
    try tmux.type("j")
    try tmux.waitForAbsence("Zacharias Åby")
    #expect(try sqlite(db, "SELECT COUNT(*) FROM auditLog WHERE action = 'sharing.uncovered.seen'") == "1")
  }
}
