import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Help (F1, `?`) is made per screen from what the screen handles, wraps its descriptions and
/// scrolls with a mark, so nothing is cut at 80×24 or 60×16.
@Suite struct HelpTests {
  /// Every line of the help overlay, scrolled through to the end, at `size`.
  static func wholeHelp(_ f: AppFixture, _ size: Size) -> String {
    var seen: [String] = []
    for _ in 0..<40 {
      let lines = f.shell.render(size: size).0.lines()
      seen += lines
      guard lines.contains(where: { $0.contains("▼") }) else { break }
      f.shell.handle(.down)
    }
    return seen.joined(separator: "\n")
  }

  /// The words of `text`, to find a wrapped description again.
  static func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

  @Test(arguments: [Size(width: 80, height: 24), Size(width: 60, height: 16)])
  func nothingIsCutAndAMarkShowsWhatIsBelow(_ size: Size) throws {
    let f = try AppFixture(user: "personale")
    f.press(.function(1))
    let first = f.shell.render(size: size).0.text
    #expect(first.contains("▼"), "the menu's help is longer than the box")
    let help = try #require(f.shell.help)
    let all = Self.wholeHelp(f, size)
    for row in help.rows {
      for word in Self.words(row.help) + Self.words(row.label) {
        #expect(all.contains(word), "\(word) of \(row.label) is not on screen")
      }
    }
    #expect(f.shell.render(size: size).0.text.contains("▲"), "scrolled down: a mark says lines are above")
  }

  @Test func aScreenShowsOnlyWhatItHandles() throws {
    let f = try AppFixture(user: "personale")
    f.press(.function(1))
    var rows = try #require(f.shell.help).rows.map(\.label)
    #expect(rows.contains("Åbn punkt") && rows.contains("Find punkt"), "the menu's digits and letters")
    #expect(!rows.contains("Gem") && !rows.contains("Ny"), "the menu neither saves nor makes anything")
    #expect(rows.contains("Lås"))
    f.press(.escape)

    // A form: saving and its keys; no list commands.
    f.press(.function(6))
    f.press(.function(1))
    rows = try #require(f.shell.help).rows.map(\.label)
    #expect(rows.contains("Gem") && rows.contains("Næste felt") && rows.contains("Vælg i en liste"))
    #expect(!rows.contains("Åbn") && !rows.contains("Side op"))
  }

  /// On a UTH review Ctrl-S closes the case: help names it as the status bar does.
  @Test func helpNamesSavingAsTheStatusBarDoes() throws {
    let entry = try #require(AllForms.incidents.first { $0.name == "incident.review" })
    let (f, _) = try entry.open()
    #expect(f.shell.render(size: Size(width: 80, height: 24)).0.text.contains("afslut"))
    f.press(.function(1))
    let rows = try #require(f.shell.help).rows
    #expect(rows.contains { $0.label == "Afslut" && $0.help.contains("kan ikke åbnes igen") })
    #expect(!rows.contains { $0.label == "Gem" })
  }

  /// Keys of a screen's own that are no command: ←→ on the statistics, 0–9 on a sub-goal.
  @Test func ownKeysOfChartsAndSubGoalsAreInHelp() throws {
    let f = try AppFixture(user: "leder")
    f.shell.reset(to: [f.shell.stack[0], IncidentStatisticsScreen(session: f.session, now: f.context.clock())])
    f.press(.function(1))
    #expect(try #require(f.shell.help).rows.contains { $0.keys == "←→" && $0.help.contains("måned") })
    f.press(.escape)
    let doc = try AllForms.plan(f)
    let goal = doc.goals[0]
    let screen = SubGoalScreen(session: f.session, doc: doc, goal: goal.goal, node: goal.subGoals[0])
    f.shell.reset(to: [f.shell.stack[0], screen])
    f.press(.function(1))
    #expect(try #require(f.shell.help).rows.contains { $0.keys == "0–9" && $0.label == "Registrér fremskridt" })
  }

  /// Before anyone signs in there is nothing to lock, search or report as a UTH; F6 is there:
  /// the quick log works on the sign-in and locked screen (issue 15).
  @Test func nobodySignedInHasNothingToLockOrRegisterButTheQuickLog() throws {
    let f = try AppFixture(user: nil)
    f.press(.function(1))
    let keys = try #require(f.shell.help).rows.map(\.keys)
    for key in ["F5", "Ctrl-X, F12", "Ctrl-F, /"] { #expect(!keys.contains(key), "\(key)") }
    #expect(keys.contains("F6"))
  }

  @Test func theAccessLogIsInHelpForLeadersOnly() throws {
    for (user, shown) in [("personale", false), ("leder", true)] {
      let f = try AppFixture(user: user)
      f.openMenu("Beboere")
      f.press(.enter, .function(1))
      let rows = try #require(f.shell.help).rows.map(\.keys)
      #expect(rows.contains("Ctrl-G") == shown, "\(user)")
    }
  }

  @Test func inATextFieldAQuestionMarkIsTextAndF1IsHelp() throws {
    let f = try AppFixture(user: "personale")
    f.press(.function(5))
    f.type("Hvorfor?")
    #expect(f.shell.help == nil)
    #expect(f.screen().contains("Hvorfor?"))
    f.press(.function(1))
    let help = try #require(f.shell.help)
    #expect(!help.rows.contains { $0.keys.contains("?") }, "? types itself here")
  }
}
