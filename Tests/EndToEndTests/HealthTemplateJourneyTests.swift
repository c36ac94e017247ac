import Foundation
import Testing

/// The admin adds the home's own screening, a leader gives it to a resident and records it:
/// a yes is flagged as the template says.
@Suite(.serialized) struct HealthTemplateJourneyTests {
  @Test func adminsOwnTemplateIsAssignedRecordedAndFlagged() throws {
    let db = try DemoDatabase.copy()
    let tmux = try Tmux(["--database", db.path, "--language", "da"])
    try tmux.signIn("admin")
    try tmux.openMenu("Screeningsskabeloner")
    try tmux.waitFor("Katalogets skabeloner læses kun")
    try tmux.keys("C-n")
    try tmux.waitFor("Ny screeningsskabelon")
    try tmux.type("Fodpleje")
    try tmux.keys("Tab")
    try tmux.type("1m")
    try tmux.keys("Tab")
    try tmux.type("Sår på fødderne")
    try tmux.keys("Tab")
    try tmux.type("ja")  // the kind: the picker filtered on "ja": ja/nej
    try tmux.keys("Enter")  // picks and moves on to the unit
    // Back over the kind, name and interval, wrapping to the last field, "Markér ja-svar": ja.
    try tmux.keys("BTab", "BTab", "BTab", "BTab", "BTab")
    try tmux.waitFor("Markér ja-svar")
    try tmux.type("ja")
    try tmux.keys("Enter", "C-s")
    let list = try tmux.waitFor("Skabelonen er gemt.")
    #expect(list.contains("Fodpleje") && list.contains("Egen"))

    try tmux.keys("C-x")
    try tmux.signIn("leder")
    try tmux.openMenu("Beboere")
    try tmux.waitFor("Indflyttet")
    try tmux.keys("Enter")  // the first resident's record
    try tmux.waitFor("Overblik")
    try tmux.press("Tab", until: "Samtykke (sundhedsloven", limit: 10)
    try tmux.pick("+ Tilføj")
    try tmux.waitFor("Tilføj screening")
    try tmux.type("Fod")
    try tmux.keys("Enter")
    try tmux.waitFor("Fodpleje")
    try tmux.keys("C-s")
    try tmux.waitFor("Screeningen er gemt.")
    try tmux.clearFilter()
    try tmux.type("Fodpleje")
    try tmux.waitFor("Filter: Fodpleje")
    try tmux.keys("C-n")
    try tmux.waitFor("Fodpleje – ")
    try tmux.type("ja")
    try tmux.keys("Enter", "C-s")
    let saved = try tmux.waitFor("Gemt og markeret")
    #expect(saved.contains("Sår på fødderne: ja"))
    try tmux.keys("C-c")
    try tmux.waitFor("EXIT=0")
  }
}
