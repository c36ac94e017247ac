import Foundation
import Testing
import TovholderCore

/// The shipped catalogues, read from the source tree.
enum EpisodesCatalogueFiles {
  static var folder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources/catalogues/episodes")
  }
  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
  }
  static func form(_ kind: ForceForm.Kind) throws -> ForceForm {
    try ForceForm.parse(bytes("episodes-force-\(kind.rawValue).json"))
  }
}

@Suite struct EpisodesForceFormTests {
  @Test func allFourShippedFormsParseAndAreMarkedUnverified() throws {
    let expected: [ForceForm.Kind: [String]] = [
      .skema1: ["124 c", "124 d", "136 a", "136 c", "nødret"],
      .skema2: ["125", "128 b", "128 c–128 h", "136 a, stk. 3"],
      .skema3: ["125", "128"], .skema4: ["129", "129 a", "136 f"],
    ]
    for kind in ForceForm.Kind.allCases {
      let form = try EpisodesCatalogueFiles.form(kind)
      #expect(form.form == kind)
      #expect(!form.verified && form.unverifiedFieldCount == form.fields.count)
      #expect(form.note.contains("IKKE kontrolleret"))
      // Each file says plainly that its wording is not the official one.
      #expect(form.wordingSource?.hasPrefix("Ikke den officielle ordlyd") == true, "\(kind)")
      #expect(form.inForceFrom == "2025-01-01" && !form.version.isEmpty)
      let basis = form.legalBasis.joined(separator: " ")
      for paragraph in expected[kind]! { #expect(basis.contains(paragraph), "\(kind) \(paragraph)") }
    }
  }

  /// Issue 15: paragraph choices carry a plain title where one could be grounded offline; the
  /// rest show the paragraph alone (never an invented title), and the file says where from.
  @Test func paragraphChoicesHaveTheirPlainTitleWhereKnown() throws {
    let skema2 = try EpisodesCatalogueFiles.form(.skema2)
    let basis = try #require(skema2.fields.first { $0.id == "hjemmel" })
    #expect(basis.titled("§ 125") == "§ 125 – Særlige døråbnere")
    #expect(basis.titled("§ 128 c") == "§ 128 c – Låse eller sikre døre og vinduer i egen bolig")
    #expect(basis.titled("§ 128 d") == "§ 128 d")
    let counts = skema2.optionTitleCount
    #expect(counts.titled == 4 && counts.of == 11)
    let skema4 = try EpisodesCatalogueFiles.form(.skema4)
    #expect(
      skema4.fields.first { $0.id == "hjemmel" }?.titled("§ 129")
        == "§ 129 – Optagelse i særligt botilbud uden samtykke")
    let skema1 = try EpisodesCatalogueFiles.form(.skema1).optionTitleCount
    #expect(skema1.titled == 3 && skema1.of == 7)
  }

  /// A newer form file that gives a paragraph its title says so when it is loaded.
  @Test func aNewTitleIsAChangeTheAdminSees() throws {
    let text = String(decoding: try EpisodesCatalogueFiles.bytes("episodes-force-skema2.json"), as: UTF8.self)
    let old = try ForceForm.parse(Array(text.utf8))
    let newer = try ForceForm.parse(
      Array(
        text.replacingOccurrences(
          of: "\"§ 125\": \"Særlige døråbnere\"", with: "\"§ 125\": \"Særlige døråbnere\", \"§ 128 d\": \"Titel\""
        ).utf8))
    #expect(ForceFormChange.between(old, newer) == [.optionTitlesChanged(id: "hjemmel", titled: ["§ 128 d – Titel"])])
    #expect(ForceFormChange.between(old, old).isEmpty)
  }

  @Test func badCataloguesAreRefused() {
    #expect(throws: ForceFormError.unreadable) { try ForceForm.parse(Array("{".utf8)) }
    let dup = """
      {"form":"skema1","title":"t","version":"1","issuer":"i","inForceFrom":"2025-01-01","legalBasis":[],
       "verified":false,"note":"n","sections":[{"id":"s","title":"S","fields":[
        {"id":"a","label":"A","kind":"text","required":true,"verified":false},
        {"id":"a","label":"B","kind":"text","required":false,"verified":false}]}]}
      """
    #expect(throws: ForceFormError.duplicateField("a")) { try ForceForm.parse(Array(dup.utf8)) }
    let noOptions = dup.replacingOccurrences(
      of: "\"id\":\"a\",\"label\":\"B\",\"kind\":\"text\"", with: "\"id\":\"b\",\"label\":\"B\",\"kind\":\"choice\"")
    #expect(throws: ForceFormError.choiceWithoutOptions("b")) { try ForceForm.parse(Array(noOptions.utf8)) }
  }

  @Test func answersAreCheckedAgainstTheForm() throws {
    let form = try EpisodesCatalogueFiles.form(.skema1)
    var answers = Self.filledSkema1(form)
    #expect(throws: Never.self) { try form.validate(answers) }
    answers["hjemmel"] = "§ 999"
    #expect(throws: ForceFormError.notAnOption("hjemmel")) { try form.validate(answers) }
    answers = Self.filledSkema1(form)
    answers["start"] = "25:00"
    #expect(throws: ForceFormError.badTime("start")) { try form.validate(answers) }
    answers = Self.filledSkema1(form)
    answers["dato"] = "2025-02-30"
    #expect(throws: ForceFormError.badDate("dato")) { try form.validate(answers) }
    answers = Self.filledSkema1(form)
    answers["foer"] = " "
    #expect(throws: ForceFormError.missing("foer")) { try form.validate(answers) }
  }

  static func filledSkema1(_ form: ForceForm) -> [String: String] {
    var a: [String: String] = [:]
    for f in form.fields where f.required {
      switch f.kind {
      case .date: a[f.id] = "2025-03-04"
      case .time: a[f.id] = "02:40"
      case .choice, .yesNo: a[f.id] = form.options(of: f)[0]
      default: a[f.id] = "tekst for \(f.id)"
      }
    }
    return a
  }
}
