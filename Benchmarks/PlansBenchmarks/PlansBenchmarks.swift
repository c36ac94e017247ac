import Benchmark
import Foundation
import TovholderCore
import TovholderStorage

/// A home of 60 current residents whose plans run from move-in (up to ten years of weekly
/// values per sub-goal); the first resident's plan started ten years ago.
private struct PlanHome: @unchecked Sendable {
  let db: AppDatabase
  let leader: Actor
  let longest: ResidentID

  static let shared: PlanHome = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tovholder-plans-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let db = try! AppDatabase.open(
      at: folder.appendingPathComponent("home.sqlite"), options: .init(passwordHashing: .fastForTesting))
    try! DemoHome.create(
      in: db, size: DemoHome.Size(days: 3_652, currentResidents: 60, formerResidents: 0, notes: 2_000))
    let leader = try! db.accounts.signIn(username: "leder", password: DemoHome.password)
    let first = try! db.residents.list(for: leader, which: .all).min { $0.id < $1.id }!
    return PlanHome(db: db, leader: leader, longest: first.id)
  }()
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5))

  Benchmark("Open a plan with ten years of progress values") { benchmark in
    let home = PlanHome.shared
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let doc = try home.db.plans.document(residentID: home.longest, actor: home.leader)
      blackHole(doc?.goals.flatMap(\.subGoals).map(\.progress.count).reduce(0, +))
    }
  }

  Benchmark("Plan due list for the whole home") { benchmark in
    let home = PlanHome.shared
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(try home.db.plans.dueList(actor: home.leader))
    }
  }

  Benchmark("Status report of a ten-year plan (markdown)") { benchmark in
    let home = PlanHome.shared
    let wording = PlanWording(catalog: benchCatalog, language: "da") { $0 }
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(
        try home.db.plans.statusReport(
          residentID: home.longest, format: .markdown, wording: wording, actor: home.leader))
    }
  }
}

/// A minimal catalogue (the benchmark does not link the resources).
private let benchCatalog: PlanCatalog = try! PlanCatalog.parse(
  themes: Data(#"{"themes": [{"id": "egenomsorg", "da": "Egenomsorg", "en": "Self-care"}]}"#.utf8),
  goalTypes: Data(#"{"goalTypes": [{"id": "udvikle", "da": "Udvikle", "en": "Develop"}]}"#.utf8),
  scales: Data(
    #"""
    {"levels": [{"id": "ikke-vurderet", "da": "Ikke vurderet", "en": "Not assessed", "rank": null}],
     "measures": [{"id": "antal", "kind": "count", "da": "Antal", "en": "Count"}],
     "followUpScore": {"min": 0, "max": 4}, "followUpsPerYear": {"min": 2, "max": 4, "default": 2}}
    """#.utf8))
