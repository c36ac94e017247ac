import Foundation
import TovholderCore

/// The real catalogue file, read from the repository (Core tests do not link the resources).
enum HealthTestCatalogue {
  static let bytes: [UInt8] = {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Resources/catalogues/health/health-templates.json")
    return Array(try! Data(contentsOf: url))
  }()

  static let catalogue = try! HealthCatalogue.parse(bytes)

  static func template(_ key: String) -> ScreeningTemplate { catalogue.template(key)! }
}

func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 10) -> Date {
  var c = Calendar(identifier: .gregorian)
  c.timeZone = .danish
  return c.date(from: DateComponents(year: y, month: m, day: d, hour: h))!
}
