import Foundation
import TovholderCore

/// One demo resident's health: which templates apply, their baseline values and the
/// trouble (if any) the demo shows: weight loss, high blood pressure, nutrition risk.
struct DemoHealthPlan {
  enum Trouble { case none, losingWeight, highPressure, nutritionRisk }

  var templates: [(String, ScreeningInterval?)]
  var trouble: Trouble
  var weight: Double
  var height: Double
  var systolic: Double
  var bmi: Double
  var skipsRecent: Bool

  init(index: Int, using rng: inout DemoRandom) {
    trouble =
      switch index {
      case 2, 11: .losingWeight
      case 5: .highPressure
      case 8: .nutritionRisk
      default: .none
      }
    height = Double(Int.random(in: 155...190, using: &rng))
    bmi = index % 9 == 4 ? 32.5 : Double.random(in: 20.5...28.5, using: &rng)
    weight = (bmi * height * height / 10_000 * 10).rounded() / 10
    systolic = Double.random(in: 112...132, using: &rng)
    skipsRecent = rng.chance(0.25) && trouble == .none
    templates = [
      ("weight", trouble == .losingWeight || rng.chance(0.15) ? ScreeningInterval("14d") : nil),
      ("bloodPressure", nil), ("nrs2002", nil), ("dentist", nil), ("medicationReview", nil), ("healthCheck", nil),
    ]
    if rng.chance(0.35) { templates.append(("bloodSugar", nil)) }
    if rng.chance(0.5) { templates.append(("waist", nil)) }
    if rng.chance(0.6) { templates.append(("sight", nil)) }
    if rng.chance(0.4) { templates.append(("hearing", nil)) }
  }

  /// Values for a screening taken `lateness` days before today.
  func screening(_ stay: DemoBulk.Stay, _ t: ScreeningTemplate, at: Date, lateness: Double, using rng: inout DemoRandom)
    -> DemoHealth.Row
  {
    func noise(_ r: Double) -> Double { Double.random(in: -r...r, using: &rng) }
    var note = ""
    var v: [String: ScreeningValue] = [:]
    switch t.key {
    case "weight":
      var w = weight + noise(0.8)
      if trouble == .losingWeight, lateness < 60 { w *= 1 - 0.09 * (60 - lateness) / 60 }
      v["weight"] = .number((w * 10).rounded() / 10)
      v["height"] = .number(height)
      if rng.chance(0.1) { note = "Målt før morgenmad." }
    case "bloodPressure":
      let high = trouble == .highPressure && lateness < 100
      v["systolic"] = .number((systolic + (high ? 32 : 0) + noise(8)).rounded())
      v["diastolic"] = .number((systolic * 0.64 + (high ? 14 : 0) + noise(5)).rounded())
      v["pulse"] = .number((70 + noise(12)).rounded())
    case "bloodSugar":
      v["glucose"] = .number(((5.6 + noise(1.2)) * 10).rounded() / 10)
      v["fasting"] = .yesNo(rng.chance(0.5))
    case "waist":
      v["waist"] = .number((40 + bmi * 2 + noise(3)).rounded())
    case "nrs2002":
      let risk = trouble == .nutritionRisk && lateness < 120
      v["lowBMI"] = .yesNo(false)
      v["weightLoss"] = .yesNo(trouble == .losingWeight && lateness < 60)
      v["reducedIntake"] = .yesNo(risk)
      v["severelyIll"] = .yesNo(false)
    case "dentist":
      v["followUp"] = .yesNo(rng.chance(0.08))
      if rng.chance(0.5) { v["place"] = .text(rng.pick(["Tandplejen", "Tandlæge Møller", "Omsorgstandplejen"])) }
    case "medicationReview":
      v["changed"] = .yesNo(rng.chance(0.3))
      v["sideEffects"] = .yesNo(rng.chance(0.05))
      if rng.chance(0.3) { note = "Gennemgået med egen læge og sygeplejersken." }
    default:
      v["followUp"] = .yesNo(rng.chance(0.1))
    }
    return DemoHealth.Row(stay: stay, template: t, at: at, values: v, note: note)
  }
}
