import Testing

@testable import TovholderApp

@Suite struct TextsTests {
  @Test func bothLanguagesHaveTheSameKeys() {
    let da = Texts(language: .da).keys
    let en = Texts(language: .en).keys
    #expect(!da.isEmpty)
    #expect(da.subtracting(en).sorted() == [], "only in Danish")
    #expect(en.subtracting(da).sorted() == [], "only in English")
  }

  @Test func everyCommandHasLabelAndHelpInBothLanguages() {
    for language in Language.allCases {
      let t = Texts(language: language)
      for command in CommandTable.all {
        #expect(t.has(command.labelKey), "\(language) \(command.labelKey)")
        #expect(t.has(command.helpKey), "\(language) \(command.helpKey)")
      }
    }
  }

  @Test func placeholdersAreFilledAndDanishLettersKept() {
    let t = Texts(language: .da)
    #expect(t("screen.tooSmall", 60, 16, 30, 10) == "Vinduet er for lille. Gør det mindst 60×16 tegn (nu 30×10).")
    #expect(t("no.such.key") == "no.such.key")
  }

  @Test func languageFollowsLangAndDefaultsToDanish() {
    #expect(Language.fromEnvironment(["LANG": "en_GB.UTF-8"]) == .en)
    #expect(Language.fromEnvironment(["LANG": "da_DK.UTF-8"]) == .da)
    #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .da)
    #expect(Language.fromEnvironment([:]) == .da)
    #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "da_DK.UTF-8"]) == .en)
  }
}
