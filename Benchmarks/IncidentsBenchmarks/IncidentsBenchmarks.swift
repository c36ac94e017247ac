import Benchmark
import Foundation
import TovholderCore
import TovholderResources
import TovholderStorage

/// Ten years of unintended events (50,000) in a demo home, made once per run.
enum IncidentsBenchmarkHome {
  static let db: AppDatabase = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tvh-bench-incidents-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let db = try! AppDatabase.open(
      at: dir.appendingPathComponent("home.sqlite"), options: .init(passwordHashing: .fastForTesting))
    let size = DemoHome.Size(
      days: 30, currentResidents: 60, formerResidents: 200, notes: 1_000, incidents: 50_000, incidentDays: 3_652)
    try! DemoHome.create(in: db, size: size)
    return db
  }()
  static let leader = try! db.accounts.signIn(username: "leder", password: DemoHome.password)
  static let catalogue = try! IncidentCatalogue(json: TovholderResources.incidentCategories)

  static var tenYears: ClosedRange<IncidentMonth> {
    let now = IncidentMonth(CalendarDay(Date(), in: .danish))
    var start = now
    for _ in 1..<121 { start = start.previous }
    return start...now
  }
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5))
  let home = IncidentsBenchmarkHome.self

  Benchmark("Incidents: review queue (open events, 50,000 in the table)") { benchmark in
    _ = home.db
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(try home.db.incidents.queue(IncidentQueueFilter(), by: home.leader))
    }
  }

  Benchmark("Incidents: review queue filtered by category and severity") { benchmark in
    _ = home.db
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(
        try home.db.incidents.queue(
          IncidentQueueFilter(categoryCode: "fall", severity: .minor, status: .closed), by: home.leader, limit: 200))
    }
  }

  Benchmark("Incidents: statistics over ten years (121 months, all units)") { benchmark in
    _ = home.db
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      let stats = try home.db.incidents.statistics(months: home.tenYears, by: home.leader)
      blackHole(stats.runChart)
    }
  }

  Benchmark("Incidents: days without a medicine error per unit") { benchmark in
    _ = home.db
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(try home.db.incidents.daysWithoutMedicineError(catalogue: home.catalogue, by: home.leader))
    }
  }

  Benchmark("Incidents: CSV export of ten years", configuration: .init(maxDuration: .seconds(10))) { benchmark in
    _ = home.db
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(try home.db.incidents.export(period: nil, format: .csv, by: home.leader))
    }
  }
}
