import Testing
import TovholderCore

@Suite struct DanishCollationTests {
  func sorted(_ names: [String]) -> [String] { names.sorted(by: DanishCollation.areInIncreasingOrder) }

  @Test func aeOeAaComeAfterZ() {
    #expect(sorted(["Åse", "Ørjan", "Æbel", "Zenia", "Anna"]) == ["Anna", "Zenia", "Æbel", "Ørjan", "Åse"])
  }

  @Test func karenBeforeKaare() {
    #expect(sorted(["Kåre", "Karen", "Kære", "Køre"]) == ["Karen", "Kære", "Køre", "Kåre"])
  }

  @Test func caseAndAccentsDoNotSeparateNames() {
    #expect(sorted(["bo", "Bent", "René", "Rene", "Renz"]) == ["Bent", "bo", "Rene", "René", "Renz"])
    #expect(sorted(["Müller", "Myrup", "Muus"]) == ["Muus", "Müller", "Myrup"])
    #expect(sorted(["Öberg", "Oberg", "Pia"]) == ["Oberg", "Pia", "Öberg"])
  }

  @Test func leadingAaSortsAsAa() {
    #expect(sorted(["Aase", "Ørjan", "Åge", "Abdi"]) == ["Abdi", "Ørjan", "Åge", "Aase"])
  }

  @Test func decomposedLettersSortLikeComposed() {
    #expect(DanishCollation.compare("A\u{30A}se", "Zoe") > 0)
    #expect(DanishCollation.compare("Ib", "Ib") == 0)
    #expect(DanishCollation.compare("Ib", "Ib Hansen") < 0)
  }
}
