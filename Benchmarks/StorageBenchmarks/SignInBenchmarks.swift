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
  Benchmark("Large: sign in to the first frame of the resident list") { _ in
    let shell = try signedInShell(copy.value(), size: size)
    shell.handle(.enter)
    blackHole(shell.render(size: size))
  }

  // What one person's session holds at its largest: list, record, a search.
  Benchmark(
    "Large: memory of a session (sign in, list, record, search)",
    configuration: .init(metrics: [.peakMemoryResident, .wallClock], maxIterations: 10)
  ) { _ in
    let db = try copy.value()
    let shell = try signedInShell(db, size: size)
    shell.handle(.enter)
    blackHole(shell.render(size: size))
    shell.handle(.enter)
    blackHole(shell.render(size: size))
    blackHole(try db.search.search("medicin", actor: shell.context.session!.actor))
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
