import Benchmark
import Foundation
import GRDB
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
  // The same FTS5 query in raw SQLite (GRDB, no grouping or names), beside the app's.
  let raw = Lazy { () throws -> (DatabaseQueue, [Int64]) in
    let (db, actor) = try reader.value()
    var config = Configuration()
    config.readonly = true
    return (try DatabaseQueue(path: db.url.path, configuration: config), actor.unitIDs.sorted())
  }
  for query in SearchCases.raw {
    Benchmark("Large: raw SQLite FTS5 \(SearchQuery.ftsMatch(query) ?? query) LIMIT 50") { _ in
      let (queue, units) = try raw.value()
      blackHole(
        try queue.read {
          try Row.fetchAll(
            $0, sql: SearchCases.rawSQL(units: units.count),
            arguments: StatementArguments([SearchQuery.ftsMatch(query)!]) + StatementArguments(units))
        })
    }
  }

  registerSignInBenchmarks()
}

enum SearchCases {
  /// Common word, rare word, prefix, two words, two common words never in the same note, and
  /// one-letter prefixes (what search shows after the first key).
  static let all = ["medicin", "tandlæge", "medi", "ny medicin", "søster medicin", "s", "ø"]
  static let raw = ["medicin", "s"]

  /// SearchRepository's query.
  static func rawSQL(units: Int) -> String {
    """
    SELECT searchItem.kind, searchItem.sourceId, searchItem.residentId, searchItem.unitId,
      searchItem.at, snippet(searchFts, 0, char(1), char(2), '…', 16) AS excerpt
    FROM searchFts JOIN searchItem ON searchItem.id = searchFts.rowid
    WHERE searchFts MATCH ? AND searchItem.unitId IN (\(Array(repeating: "?", count: units).joined(separator: ",")))
    ORDER BY searchFts.rowid DESC LIMIT 50
    """
  }
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
