import Testing
@testable import TovholderCore

@Suite struct IncidentsSensitiveTextScannerTests {
  let detector = SensitiveTextDetector(residentNames: ["Bjørn Ågård", "Bo Østergaard"])

  static func long(_ bytes: Int) -> String {
    var text = ""
    while text.utf8.count < bytes { text += "Beboeren gik en tur i haven og kom glad tilbage. Det regnede lidt!\n" }
    return text
  }

  @Test func sentencesSplitWhereNoNameOrCPRCanSpan() {
    #expect(
      SensitiveTextScanner.sentences("Bo faldt. Cpr 010190 1234 her!\nNy linje? ja") == [
        "Bo faldt. ", "Cpr 010190 1234 her!\n", "Ny linje? ", "ja",
      ])
    #expect(SensitiveTextScanner.sentences("") == [])
  }

  @Test func aHundredKilobytesStillWarnAndEditsRescanTheirSentenceOnly() {
    var scanner = SensitiveTextScanner(detector: detector)
    let base = Self.long(100_000)
    #expect(scanner.scan(base).isEmpty)
    let withName = base + "Til sidst hjalp Bjørn med opvasken."
    #expect(scanner.scan(withName) == .init(names: ["Bjørn"]))
    // A CPR number typed in the middle of the text.
    let middle = withName.index(withName.startIndex, offsetBy: 50_000)
    var withCPR = withName
    withCPR.insert(contentsOf: " 010190-1234 ", at: middle)
    let found = scanner.scan(withCPR)
    #expect(found.cprNumber && found.names == ["Bjørn"])
    // The same as scanning the whole text at once.
    let whole = detector.warnings(in: withCPR)
    #expect(whole.contains { $0.kind == .cprNumber } && whole.contains { $0.kind == .residentName("Bjørn") })
    // Removing the name clears that warning; the CPR warning stays.
    #expect(scanner.scan(String(withCPR.dropLast(36))) == .init(cprNumber: true))
  }
}
