import Foundation
import Testing
import TovholderCore

@Suite struct HealthFlagRuleTests {
  let weight = HealthTestCatalogue.template("weight")

  func flags(
    _ values: [String: ScreeningValue], _ t: ScreeningTemplate, at date: Date, sex: Sex? = nil,
    history: [(Date, [String: ScreeningValue])] = []
  ) -> [ScreeningFlag] {
    let complete = ScreeningRules.complete(values, template: t, previous: history.reversed().map(\.1))
    return ScreeningRules.flags(
      complete, template: t, sex: sex, takenAt: date, history: history.map { (takenAt: $0.0, values: $0.1) })
  }

  @Test func bmiFromWeightAndCarriedHeight() {
    #expect(abs(Derivation.bmi(weightKg: 80, heightCm: 180)! - 24.69) < 0.01)
    #expect(Derivation.bmi(weightKg: 80, heightCm: 0) == nil)
    let v = ScreeningRules.complete(
      ["weight": .number(70)], template: weight, previous: [["weight": .number(72), "height": .number(175)]])
    #expect(v["height"] == .number(175))
    #expect(v["bmi"] == .number(22.9))
    let none = ScreeningRules.complete(["weight": .number(70)], template: weight, previous: [])
    #expect(none["bmi"] == nil)
  }

  @Test func weightFallOfSixPercentInThreeMonthsIsFlagged() {
    let history: [(Date, [String: ScreeningValue])] = [
      (at(2024, 3, 1), ["weight": .number(80), "height": .number(178)]),
      (at(2024, 4, 1), ["weight": .number(78.5)]),
    ]
    let f = flags(["weight": .number(75.2)], weight, at: at(2024, 5, 20), history: history)
    #expect(f.count == 1)
    #expect(f[0].kind == .fall && f[0].field == "weight")
    #expect(f[0].percent == -6.0 && f[0].limit == 80)
    #expect(f[0].since == at(2024, 3, 1))
  }

  @Test func slowOrOldFallIsNotFlagged() {
    // 4 % within three months: no flag.
    let h1: [(Date, [String: ScreeningValue])] = [(at(2024, 4, 1), ["weight": .number(80)])]
    #expect(flags(["weight": .number(76.8)], weight, at: at(2024, 5, 1), history: h1).isEmpty)
    // 10 % but the heavy value is older than three months.
    let h2: [(Date, [String: ScreeningValue])] = [(at(2024, 1, 10), ["weight": .number(80)])]
    #expect(flags(["weight": .number(72)], weight, at: at(2024, 5, 1), history: h2).isEmpty)
    // Exactly three months back (same day) still counts; exactly −5 % is flagged.
    let h3: [(Date, [String: ScreeningValue])] = [(at(2024, 2, 1, 8), ["weight": .number(80)])]
    #expect(flags(["weight": .number(76)], weight, at: at(2024, 5, 1), history: h3).map(\.kind) == [.fall])
    // A later screening in the history does not count against an earlier one.
    let h4: [(Date, [String: ScreeningValue])] = [(at(2024, 6, 1), ["weight": .number(90)])]
    #expect(flags(["weight": .number(80)], weight, at: at(2024, 5, 1), history: h4).isEmpty)
  }

  @Test func riseRuleAndBmiRange() {
    let h: [(Date, [String: ScreeningValue])] = [(at(2024, 1, 1), ["weight": .number(60), "height": .number(150)])]
    let f = flags(["weight": .number(68)], weight, at: at(2024, 5, 1), history: h)
    #expect(f.map(\.kind) == [.aboveNormal, .rise])
    #expect(f[0].field == "bmi" && f[0].value == 30.2 && f[0].limit == 30)
    #expect(f[1].percent == 13.3)
    let thin = flags(["weight": .number(40), "height": .number(160)], weight, at: at(2024, 5, 1))
    #expect(thin.map(\.kind) == [.belowNormal])
    #expect(thin[0].limit == 18.5)
  }

  @Test func bloodPressureOutsideNormalIsFlaggedPerField() {
    let bp = HealthTestCatalogue.template("bloodPressure")
    let f = flags(["systolic": .number(165), "diastolic": .number(80)], bp, at: at(2024, 5, 1))
    #expect(f == [ScreeningFlag(kind: .aboveNormal, field: "systolic", value: 165, limit: 139)])
    #expect(
      flags(["systolic": .number(120), "diastolic": .number(80), "pulse": .number(72)], bp, at: at(2024, 5, 1))
        .isEmpty)
    #expect(
      flags(["systolic": .number(120), "diastolic": .number(80), "pulse": .number(44)], bp, at: at(2024, 5, 1))
        .map(\.field) == ["pulse"])
  }

  @Test func waistNormalDependsOnSex() throws {
    let waist = HealthTestCatalogue.template("waist")
    #expect(flags(["waist": .number(85)], waist, at: at(2024, 5, 1), sex: .female).map(\.kind) == [.aboveNormal])
    #expect(flags(["waist": .number(85)], waist, at: at(2024, 5, 1), sex: .male).isEmpty)
    #expect(Sex(cpr: try CPRNumber("010190-1233")) == .male)
    #expect(Sex(cpr: try CPRNumber("010190-1234")) == .female)
  }

  @Test func nrs2002AnyYesMeansFullScreeningDue() {
    let nrs = HealthTestCatalogue.template("nrs2002")
    let no: [String: ScreeningValue] = [
      "lowBMI": .yesNo(false), "weightLoss": .yesNo(false), "reducedIntake": .yesNo(false),
      "severelyIll": .yesNo(false),
    ]
    #expect(flags(no, nrs, at: at(2024, 5, 1)).isEmpty)
    var one = no
    one["reducedIntake"] = .yesNo(true)
    let f = flags(one, nrs, at: at(2024, 5, 1))
    #expect(f.count == 1 && f[0].kind == .answer && f[0].field == "reducedIntake")
    #expect(f[0].message?.text("da").contains("fuld ernæringsscreening") == true)
  }
}
