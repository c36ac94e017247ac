// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
  name: "Tovholder",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "tovholder", targets: ["tovholder"]),
    .library(name: "TovholderApp", targets: ["TovholderApp"]),
    .library(name: "TerminalUI", targets: ["TerminalUI"]),
    .library(name: "TovholderCore", targets: ["TovholderCore"]),
    .library(name: "TovholderStorage", targets: ["TovholderStorage"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
  ],
  targets: [
    .systemLibrary(
      name: "CNCurses", path: "Sources/CNCurses", pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]),
    .target(name: "TerminalUI", dependencies: ["CNCurses"]),
    .target(
      name: "TovholderResources", path: "Resources",
      exclude: ["README.md"],
      resources: [
        .embedInCode("texts/core.da.json"),
        .embedInCode("texts/residents.da.json"),
        .embedInCode("texts/incidents.da.json"),
        .embedInCode("texts/plans.da.json"),
        .embedInCode("texts/relatives.da.json"),
        .embedInCode("texts/health.da.json"),
        .embedInCode("texts/episodes.da.json"),
        .embedInCode("texts/core.en.json"),
        .embedInCode("texts/residents.en.json"),
        .embedInCode("texts/incidents.en.json"),
        .embedInCode("texts/plans.en.json"),
        .embedInCode("texts/relatives.en.json"),
        .embedInCode("texts/health.en.json"),
        .embedInCode("texts/episodes.en.json"),
        .embedInCode("catalogues/incidents/incidents-categories.json"),
        .embedInCode("catalogues/plans/plans-themes.json"),
        .embedInCode("catalogues/plans/plans-goal-types.json"),
        .embedInCode("catalogues/plans/plans-scales.json"),
        .embedInCode("catalogues/health/health-templates.json"),
        .embedInCode("catalogues/episodes/episodes-force-skema1.json"),
        .embedInCode("catalogues/episodes/episodes-force-skema2.json"),
        .embedInCode("catalogues/episodes/episodes-force-skema3.json"),
        .embedInCode("catalogues/episodes/episodes-force-skema4.json"),
        .embedInCode("catalogues/episodes/episodes-risk-checklist.json"),
        .embedInCode("catalogues/relatives/relatives-information-kinds.json"),
      ]),
    .target(name: "TovholderCore"),
    .target(
      name: "TovholderStorage",
      dependencies: [
        "TovholderCore", "TovholderResources",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
      ],
      // Frozen migrations in plain SQL (see Migrations/Migrations.swift).
      resources: [
        .embedInCode("Migrations/0012-v4-shift-as-lived.sql")
      ]),
    .target(
      name: "TovholderApp",
      dependencies: [
        "TerminalUI", "TovholderCore", "TovholderStorage", "TovholderResources",
        .product(name: "Logging", package: "swift-log"),
      ],
      exclude: ["Areas/README.md"]),
    .executableTarget(
      name: "tovholder",
      dependencies: [
        "TovholderApp", "TovholderCore", "TovholderStorage",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
    .testTarget(name: "TovholderCoreTests", dependencies: ["TovholderCore", "TovholderResources"]),
    .testTarget(
      name: "TovholderStorageTests", dependencies: ["TovholderStorage", "TovholderCore", "TovholderResources"]),
    .testTarget(
      name: "TovholderAppTests",
      dependencies: ["TovholderApp", "TerminalUI", "TovholderCore", "TovholderStorage"]),
    .testTarget(name: "EndToEndTests"),
  ],
  swiftLanguageModes: [.v6]
)

// The benchmarks (`make bench`) are part of the package only when TOVHOLDER_BENCH is set, so
// `make test` never resolves or builds the benchmark package. One target per suite in Benchmarks/.
if ProcessInfo.processInfo.environment["TOVHOLDER_BENCH"] != nil {
  package.dependencies.append(
    .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]))
  let suites: [(String, [Target.Dependency])] = [
    ("RenderingBenchmarks", ["TerminalUI", "TovholderApp"]),
    // Spawns .build/release/tovholder (`make bench` builds it) and a C floor under a pty.
    ("StartupBenchmarks", []),
    (
      "StorageBenchmarks",
      [
        "TovholderStorage", "TovholderCore", "TovholderApp", "TerminalUI",
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    ("IncidentsBenchmarks", ["TovholderStorage", "TovholderCore", "TovholderResources"]),
    ("PlansBenchmarks", ["TovholderStorage", "TovholderCore"]),
    ("HealthBenchmarks", ["TovholderStorage", "TovholderCore"]),
  ]
  for (name, dependencies) in suites {
    package.targets.append(
      .executableTarget(
        name: name,
        dependencies: dependencies + [.product(name: "Benchmark", package: "benchmark")],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
      ))
  }
}
