import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Golden screens: every form and the main screens as text, at 80×24 and 60×16, in Danish and
/// English, checked into `Golden/screens/` (one file per screen and language, both sizes in
/// it), so a change to a screen shows up as a changed file in the diff. To write them again
/// after a change meant to be seen:
///
///     TOVHOLDER_GOLDEN=write swift test --skip-build --filter GoldenScreenTests
@Suite struct GoldenScreenTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let user: String?
    /// Brings the fixture to the screen to keep.
    let show: @Sendable (AppFixture) throws -> Void
    var testDescription: String { name }
  }

  static let sizes = [Size(width: 80, height: 24), Size(width: 60, height: 16)]
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("screens")
  static let writing = ProcessInfo.processInfo.environment["TOVHOLDER_GOLDEN"] == "write"

  /// Every form, as it opens.
  static let forms: [Case] = AllForms.all.map { entry in
    Case(name: "form." + entry.name, user: entry.user) { f in
      let form = try entry.make(f)
      f.shell.reset(to: [f.shell.stack[0], form])
      _ = f.screen()
    }
  }

  /// The main screens, and a form with an open list, with errors and with a confirm dialog.
  static let screens: [Case] = [
    Case(name: "signIn", user: nil) { _ in },
    Case(name: "menu.staff", user: "personale") { _ in },
    Case(name: "menu.leader", user: "leder") { _ in },
    Case(name: "menu.admin", user: "admin") { _ in },
    Case(name: "help.menu", user: "personale") { f in f.press(.function(1)) },
    Case(name: "residents", user: "personale") { f in f.openMenu(f.context.texts("menu.residents")) },
    Case(name: "record", user: "personale") { f in
      f.openMenu(f.context.texts("menu.residents"))
      f.press(.enter)
    },
    Case(name: "help.record", user: "personale") { f in
      f.openMenu(f.context.texts("menu.residents"))
      f.press(.enter, .function(1))
    },
    Case(name: "quickLog.openList", user: "nattevagt") { f in f.press(.function(6), .enter) },
    Case(name: "quickLog.typedFilter", user: "nattevagt") { f in
      f.press(.function(6))
      f.type("b")
    },
    Case(name: "force.paragraphs.openList", user: "nattevagt") { f in
      let (e, _) = try AllForms.episode(f)
      let form = ForceFormScreen.make(session: f.session, kind: .skema2, episode: e, context: f.context)
      f.shell.reset(to: [f.shell.stack[0], form])
      form.focus(ForceField(key: "hjemmel"))
      f.press(.enter)
    },
    Case(name: "note.errors", user: "personale") { f in
      let form = NoteFormScreen.make(
        session: f.session, resident: try AllForms.resident(f), editing: nil, context: f.context)
      f.shell.reset(to: [f.shell.stack[0], form])
      f.press(.ctrl("s"))
    },
    Case(name: "incident.errors", user: "personale") { f in f.press(.function(5), .ctrl("s")) },
    Case(name: "drafts.confirmDiscard", user: "personale") { f in
      f.press(.function(5))
      f.type("Faldt i badet")
      f.press(.escape)
      f.shell.reset(to: [f.shell.stack[0], DraftsScreen(session: f.session)])
      _ = f.screen()
      f.press(.delete)
    },
  ]

  /// Every case: the main screens, the lists, the record's tabs, the screens opened from them, and every form.
  static var all: [Case] { screens + lists + tabs + details + forms }

  @Test(arguments: all)
  func screenIsAsKept(_ c: Case) throws {
    for language in [Language.da, .en] {
      let f = try AppFixture(user: c.user, language: language)
      try c.show(f)
      let text = Self.sizes.map { size in
        let lines = f.shell.render(size: size).0.lines()
        return "== \(size.width)x\(size.height) ==\n" + lines.joined(separator: "\n") + "\n"
      }.joined()
      let url = Self.folder.appendingPathComponent("\(c.name).\(language.rawValue).txt")
      if Self.writing {
        try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        continue
      }
      let kept = try? String(contentsOf: url, encoding: .utf8)
      #expect(
        kept == text,
        """
        \(url.lastPathComponent) differs (if the change is meant, TOVHOLDER_GOLDEN=write swift test --skip-build \
        --filter GoldenScreenTests). Now:
        \(text)
        """)
    }
  }

  /// Each kept file belongs to a case (a screen that is gone takes its files along).
  @Test func noFileWithoutACase() throws {
    let names = Set(
      Self.all.flatMap { c in ["da", "en"].map { "\(c.name).\($0).txt" } })
    let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []
    #expect(Set(files).subtracting(names).isEmpty, "\(Set(files).subtracting(names).sorted())")
    #expect(!files.isEmpty || Self.writing)
  }
}
