import Benchmark
import Foundation
import TerminalUI
import TovholderApp
import TovholderCore
import TovholderStorage

/// The app's own types on the large dataset, rendered into a `Buffer` (no terminal).
func registerSignInBenchmarks() {
  let copy = Lazy { try LargeDataset.openCopy("signin") }
  let size = Size(width: 120, height: 40)

  // Password check (scrypt, production cost), the main menu frame, Enter on "Beboere" and
  // the resident list frame.
  Benchmark(
    "Large: sign in to the first frame of the resident list",
    configuration: .init(timeUnits: .milliseconds, maxIterations: 50)
  ) { _ in
    let shell = try signedInShell(copy.value(), size: size)
    shell.handle(.enter)
    blackHole(shell.render(size: size))
  }

  // What one person's session holds: the resident list, a record and a search, drawn by the
  // app's screens. Signed in once before (the sign-in's scrypt buffer, 32 MiB for a moment,
  // shows in the benchmark above instead).
  let signedIn = Lazy { () throws -> (AppDatabase, Actor) in
    let db = try copy.value()
    return (db, try LargeDataset.signIn(db))
  }
  Benchmark(
    "Large: memory of a session (list, record, search)",
    configuration: .init(metrics: [.peakMemoryResident, .wallClock], timeUnits: .milliseconds, maxIterations: 100)
  ) { _ in
    let (db, actor) = try signedIn.value()
    let context = AppContext(texts: Texts(language: .da))
    let units = try db.units.list()
    let session = Session(
      database: db, actor: actor, unitNames: Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0.name) }))
    context.session = session
    let shell = Shell(root: MainMenuScreen(entries: AreaCatalog.menuEntries(session)), context: context)
    shell.handle(.enter)
    blackHole(shell.render(size: size))
    shell.handle(.enter)
    blackHole(shell.render(size: size))
    blackHole(try db.search.search("medicin", actor: actor))
  }
}

/// A new shell on `db` through the sign-in screen, showing the main menu.
func signedInShell(_ db: AppDatabase, size: Size) throws -> Shell {
  let context = AppContext(texts: Texts(language: .da))
  let flow = SessionFlow(database: db, context: context)
  let shell = Shell(root: flow.firstScreen(), context: context)
  for c in "personale" { shell.handle(.char(c)) }
  shell.handle(.enter)
  for c in DemoHome.password { shell.handle(.char(c)) }
  shell.handle(.enter)
  guard context.session != nil else { throw StorageError.notFound }
  blackHole(shell.render(size: size))
  return shell
}
