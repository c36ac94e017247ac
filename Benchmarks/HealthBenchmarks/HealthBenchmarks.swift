import Benchmark
import Foundation
import TovholderCore
import TovholderStorage

/// The demo home over ten years: 60 current and 200 former residents, every current resident
/// with eight to ten screening templates, and 20,000 screenings (the `--large` health data).
private struct HealthHome: @unchecked Sendable {
  let db: AppDatabase
  let leader: Actor
  let resident: ResidentID

  static let shared: HealthHome = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tovholder-health-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let db = try! AppDatabase.open(
      at: folder.appendingPathComponent("home.sqlite"), options: .init(passwordHashing: .fastForTesting))
    try! DemoHome.create(
      in: db, size: DemoHome.Size(days: 3_652, currentResidents: 60, formerResidents: 200, notes: 2_000))
    let leader = try! db.accounts.signIn(username: "leder", password: DemoHome.password)
    let first = try! db.residents.list(for: leader).first!
    return HealthHome(db: db, leader: leader, resident: first.id)
  }()
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5))

  Benchmark("Health due list for the whole home (20,000 screenings)") { benchmark in
    let home = HealthHome.shared
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(try home.db.health.dueList(actor: home.leader))
    }
  }

  Benchmark("Health flag list for the whole home (20,000 screenings)") { benchmark in
    let home = HealthHome.shared
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(try home.db.health.flagList(actor: home.leader))
    }
  }

  Benchmark("Health tab of one resident") { benchmark in
    let home = HealthHome.shared
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(try home.db.health.overview(residentID: home.resident, actor: home.leader))
    }
  }

  Benchmark("Record a weight (validation, BMI, flag rules, audit)") { benchmark in
    let home = HealthHome.shared
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations {
      blackHole(
        try home.db.health.record(
          NewScreening(residentID: home.resident, templateKey: "weight", values: ["weight": .number(72.5)]),
          by: home.leader))
    }
  }
}
