import Testing
import TovholderCore

@Suite struct IncidentsSensitiveTextTests {
  let detector = SensitiveTextDetector(residentNames: ["Bjørn Ågård", "Bo Østergaard", "Anne-Marie Lund"])

  func kinds(_ text: String) -> [SensitiveTextWarning.Kind] { detector.warnings(in: text).map(\.kind) }

  @Test func cprShapedNumbers() {
    #expect(kinds("cpr 010190-1234 står her") == [.cprNumber])
    #expect(kinds("0101901234") == [.cprNumber])
    #expect(kinds("010190 1234.") == [.cprNumber])
    // Shape only: an impossible date still looks like a CPR number.
    #expect(kinds("999999-9999") == [.cprNumber])
  }

  @Test func numbersThatAreNotCPRShaped() {
    #expect(kinds("Ring 12345678 eller 1234-5678") == [])
    #expect(kinds("kl. 14:30, 2 tabletter á 500 mg") == [])
    #expect(kinds("01019012345") == [])  // eleven digits
    #expect(kinds("10-03-2026") == [])
  }

  @Test func namesOfResidents() {
    let text = "Bjørn faldt, og Østergaard hjalp. Anne-Marie så det."
    let w = detector.warnings(in: text)
    #expect(
      w.map(\.kind) == [
        .residentName("Bjørn"), .residentName("Østergaard"), .residentName("Anne"), .residentName("Marie"),
      ])
    #expect(text[w[0].range] == "Bjørn")
  }

  @Test func caseInsensitiveButTheWordMustBeCapitalised() {
    #expect(kinds("BJØRN var urolig") == [.residentName("Bjørn")])
    #expect(kinds("jeg bo her og bjørn") == [])
    #expect(kinds("Bo sov") == [.residentName("Bo")])
  }

  @Test func partOfALongerWordIsNotAName() {
    #expect(kinds("Bjørnebær og Boremaskine") == [])
  }

  @Test func warningsInTextOrderAndTextUnchanged() {
    let text = "Ågård 010190-1234"
    let copy = text
    let w = detector.warnings(in: text)
    #expect(w.map(\.kind) == [.residentName("Ågård"), .cprNumber])
    #expect(text == copy)
  }

  @Test func largePasteIsHandled() {
    let big = String(repeating: "Der skete ingenting særligt i dag. ", count: 3_000) + "Bjørn 0101901234"
    #expect(big.utf8.count > 100_000)
    #expect(detector.warnings(in: big).count == 2)
  }

  @Test func noNamesNoWarnings() {
    #expect(SensitiveTextDetector(residentNames: []).warnings(in: "Bjørn") == [])
    #expect(!detector.hasWarnings("Alt gik godt"))
  }
}
