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
    // No pkgConfig: ncursesw's pkg-config file only adds -D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600,
    // which SwiftPM drops with a warning on every build; the shim header and the modulemap's
    // `link` say all that is needed (libncursesw.so pulls in libtinfo).
    .systemLibrary(name: "CNCurses", path: "Sources/CNCurses", providers: [.apt(["libncursesw5-dev"])]),
    .target(name: "TerminalUI", dependencies: ["CNCurses"], exclude: ["README.md"]),
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
        .embedInCode("texts/rights.da.json"),
        .embedInCode("texts/core.en.json"),
        .embedInCode("texts/residents.en.json"),
        .embedInCode("texts/incidents.en.json"),
        .embedInCode("texts/plans.en.json"),
        .embedInCode("texts/relatives.en.json"),
        .embedInCode("texts/health.en.json"),
        .embedInCode("texts/episodes.en.json"),
        .embedInCode("texts/rights.en.json"),
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
        .embedInCode("manual/manual-sections.mdoc"),
        .embedInCode("schemas/resident-copy.v1.schema.json"),
      ]),
    .target(name: "TovholderCore", exclude: ["README.md"]),
    .target(
      name: "TovholderStorage",
      dependencies: [
        "TovholderCore", "TovholderResources",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
        .product(name: "Logging", package: "swift-log"),
      ],
      exclude: ["README.md"],
      // The frozen migrations, in order (see Migrations/Migrations.swift).
      resources: [
        .embedInCode("Migrations/0001-v1-accounts-residents-notes.sql"),
        .embedInCode("Migrations/0002-v1-audit.sql"),
        .embedInCode("Migrations/0003-v1-search-drafts.sql"),
        .embedInCode("Migrations/0004-v2-incidents.sql"),
        .embedInCode("Migrations/0005-v2-plans.sql"),
        .embedInCode("Migrations/0006-health-v1.sql"),
        .embedInCode("Migrations/0007-v2-episodes-force-risk.sql"),
        .embedInCode("Migrations/0008-v1-relatives.sql"),
        .embedInCode("Migrations/0009-v2-health-search.sql"),
        .embedInCode("Migrations/0010-v2-residents-audit-head.sql"),
        .embedInCode("Migrations/0011-v3-audit-content-hash.sql"),
        .embedInCode("Migrations/0012-v3-search-one-letter-prefix.sql"),
        .embedInCode("Migrations/0013-v3-drafts-by-session.sql"),
        .embedInCode("Migrations/0014-v3-rights-retention.sql"),
        .embedInCode("Migrations/0015-v4-shift-as-lived.sql"),
      ]),
    .target(
      name: "TovholderApp",
      dependencies: [
        "TerminalUI", "TovholderCore", "TovholderStorage", "TovholderResources",
        .product(name: "Logging", package: "swift-log"),
      ],
      exclude: ["README.md", "Areas/README.md"]),
    .executableTarget(
      name: "tovholder",
      dependencies: [
        "TovholderApp", "TovholderCore", "TovholderStorage",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["README.md"]),
    // Date and time fields are tested with the program's own calendar (Core's CalendarDay,
    // conformed to TerminalUI's CalendarDate in the app).
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TovholderCore", "TovholderApp"]),
    .testTarget(name: "TovholderCoreTests", dependencies: ["TovholderCore", "TovholderResources"]),
    .testTarget(
      name: "TovholderStorageTests",
      dependencies: [
        "TovholderStorage", "TovholderCore", "TovholderResources",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      // Old databases for the upgrade tests, read from the source tree.
      exclude: ["Fixtures"]),
    .testTarget(
      name: "TovholderAppTests",
      dependencies: ["TovholderApp", "TerminalUI", "TovholderCore", "TovholderStorage"],
      // The golden screens, read from the source tree (GoldenScreenTests).
      exclude: ["Golden/screens"]),
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
        .product(name: "Logging", package: "swift-log"), .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    ("IncidentsBenchmarks", ["TovholderStorage", "TovholderCore", "TovholderResources"]),
    ("PlansBenchmarks", ["TovholderStorage", "TovholderCore"]),
    ("HealthBenchmarks", ["TovholderStorage", "TovholderCore"]),
  ]
  // The load benchmark drives N real sessions of .build/release/tovholder under ptys (no
  // benchmark package: it reports its own table; `make bench` runs it after the suites).
  // Glibc declares posix_openpt, grantpt, ptsname and POSIX_SPAWN_SETSID only for X/Open
  // and GNU sources, so its module is built here with _GNU_SOURCE (benchmark only).
  package.targets.append(
    .executableTarget(
      name: "LoadBenchmark", path: "Benchmarks/LoadBenchmark",
      swiftSettings: [.unsafeFlags(["-Xcc", "-D_GNU_SOURCE"])]))
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
