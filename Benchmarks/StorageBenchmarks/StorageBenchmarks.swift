import Benchmark
import Foundation
import TovholderCore
import TovholderStorage

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .peakMemoryResident], timeUnits: .microseconds, warmupIterations: 3,
    maxDuration: .seconds(5), maxIterations: 1_000)

  let reader = Lazy { () throws -> (AppDatabase, Actor) in
    let db = try LargeDataset.open()
    return (db, try LargeDataset.signIn(db))
  }
  let writer = Lazy { () throws -> (AppDatabase, Actor, ResidentID) in
    let db = try LargeDataset.openCopy("write")
    let actor = try LargeDataset.signIn(db)
    guard let first = try db.residents.list(for: actor).first else { throw StorageError.notFound }
    return (db, actor, first.id)
  }

  Benchmark("Large: open a resident's record (50 newest notes, audited)") { _ in
    let (db, actor, resident) = try writer.value()
    blackHole(try db.residents.openRecord(id: resident, actor: actor))
  }

  Benchmark("Large: save a note durably") { _ in
    let (db, actor, resident) = try writer.value()
    blackHole(try db.notes.add(NewNote(residentID: resident, text: "Benchmark: rolig dag, spiste frokost."), by: actor))
  }

  for query in SearchCases.all {
    Benchmark("Large: search 500k notes \"\(query)\"") { _ in
      let (db, actor) = try reader.value()
      blackHole(try db.search.search(query, actor: actor))
    }
  }

  registerSignInBenchmarks()
}

enum SearchCases {
  /// Common word, rare word, prefix, two words, and two common words never in the same note.
  static let all = ["medicin", "tandlæge", "medi", "ny medicin", "søster medicin"]
}

/// A value made on first use inside a benchmark (not while the suite registers its benchmarks,
/// which happens for every benchmark process and for `benchmark list`).
final class Lazy<Value> {
  private let make: () throws -> Value
  private var made: Value?
  init(_ make: @escaping () throws -> Value) { self.make = make }
  func value() throws -> Value {
    if let made { return made }
    let v = try make()
    made = v
    return v
  }
}
