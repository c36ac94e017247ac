import Testing
import TovholderCore

@Suite struct CPRNumberTests {
  @Test func acceptsWithAndWithoutDash() throws {
    let a = try CPRNumber("010190-1234")
    let b = try CPRNumber("0101901234")
    #expect(a == b)
    #expect(a.formatted == "010190-1234")
    #expect(a.birthDate == CalendarDay(year: 1990, month: 1, day: 1))
  }

  @Test func masksSerial() throws {
    #expect(try CPRNumber("010190-1234").masked == "010190-••••")
  }

  @Test func noModulus11Check() throws {
    // 010190-1235 fails modulus 11 but must be accepted.
    _ = try CPRNumber("010190-1235")
  }

  @Test func leapDay() throws {
    #expect(try CPRNumber("290200-4000").birthDate.year == 2000)  // 2000 is a leap year
    #expect(throws: CPRError.invalidDate(day: 29, month: 2, year: 1900)) {
      try CPRNumber("290200-1234")  // 1900 is not
    }
    _ = try CPRNumber("290296-1234")
    #expect(throws: CPRError.invalidDate(day: 29, month: 2, year: 1997)) {
      try CPRNumber("290297-1234")
    }
  }

  @Test(arguments: [
    ("0101001234", 1900), ("0101994234", 1999), ("0101364234", 2036), ("0101374234", 1937),
    ("0101575234", 2057), ("0101588234", 1858), ("0101369234", 2036), ("0101379234", 1937),
  ])
  func centuryFromSeventhDigit(text: String, year: Int) throws {
    #expect(try CPRNumber(text).birthDate.year == year)
  }

  @Test(arguments: ["", "  ", "abc", "010190-123", "01019012345", "010190_1234", "0101a01234", "０１０１９０１２３４"])
  func rejectsGarbage(text: String) {
    #expect(throws: CPRError.self) { try CPRNumber(text) }
  }

  @Test func rejectsImpossibleDates() {
    #expect(throws: CPRError.invalidDate(day: 32, month: 1, year: 1990)) { try CPRNumber("320190-1234") }
    #expect(throws: CPRError.invalidDate(day: 1, month: 13, year: 1990)) { try CPRNumber("011390-1234") }
    #expect(throws: CPRError.invalidDate(day: 0, month: 1, year: 1990)) { try CPRNumber("000190-1234") }
    #expect(throws: CPRError.invalidDate(day: 31, month: 4, year: 1990)) { try CPRNumber("310490-1234") }
  }
}
