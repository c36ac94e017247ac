import Benchmark
import Foundation
import TovholderCore
import TovholderStorage

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(5))
}
