import Testing
import TovholderCore

@Suite struct StatusReportTests {
  let report = StatusReport(document: PlanSamples.document, unitName: "Hus A", printedOn: PlanSamples.day("2024-05-02"))

  @Test func markdownHasTheWishGoalsProgressChartsAndDecisions() {
    let md = report.render(.markdown, wording: PlanSamples.wording)
    let lines = md.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "# Statusrapport – Bjørn Ågård")
    #expect(lines.contains("Beboer nr. 7 · Hus A · udskrevet 02-05-2024"))
    #expect(lines.contains("> Jeg vil gerne lave min egen mad"))
    #expect(lines.contains("## Mål 1: Laver selv aftensmad"))
    #expect(lines.contains("- Tema: Egenomsorg · Måltype: Udvikle"))
    #expect(lines.contains("- Funktionsevne: Moderat · Støttebehov: Let"))
    #expect(lines.contains("- Ansvarlig: Kontaktperson (Anna Ærø)"))
    #expect(lines.contains("### Delmål 1.1: Laver mad to gange om ugen"))
    #expect(lines.contains("- Måles: Skala 0–4 · Mål: 3 · Opfølgning: 01-04-2024"))
    #expect(lines.contains("  - Handler ind sammen med Bjørn (1 gang om ugen)"))
    #expect(lines.contains("  - Ringer til kommunen (efter behov) – Per Hansen"))
    #expect(lines.contains("- 3 målinger · første 1 (15-01-2024) · seneste 4 (15-03-2024)"))
    // The chart: a sparkline and a run chart with the target line, in a code block.
    #expect(lines.contains("▃▅█"))
    #expect(lines.contains("0 ┤"))
    #expect(lines.contains("4 ┤  ●"))
    #expect(lines.contains("3 ┤┄┄┄  ← mål"))
    #expect(lines.contains("1 ┤●"))
    #expect(lines.contains("15-01-2024 → 15-03-2024 (3 målinger)"))
    // The yes/no sub-goal shows its target as a word and says it has no values.
    #expect(lines.contains("- Måles: Ja/nej · Mål: Ja · Opfølgning: 01-03-2024"))
    #expect(lines.contains("- Ansvarlig: Egen læge"))
    #expect(lines.contains("- Ingen målinger endnu"))
    #expect(lines.contains("### Opfølgning 02-04-2024"))
    #expect(lines.contains("- Laver selv aftensmad: Fortsættes · fremskridt 3/4 – Godt på vej"))
    #expect(lines.contains("- Går til lægen: Ændres · fremskridt 2/4 – Nu hver tredje måned"))
    #expect(md.hasSuffix("samtykke til.\n"))
  }

  @Test func plainTextHasNoMarkdownAndUnderlinesHeadings() {
    let text = report.render(.text, wording: PlanSamples.wording)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(!lines.contains { $0.hasPrefix("#") || $0 == "```" || $0.hasPrefix("> ") })
    #expect(lines[0] == "Statusrapport – Bjørn Ågård")
    #expect(lines[1] == String(repeating: "=", count: lines[0].count))
    #expect(lines.contains("• Tema: Egenomsorg · Måltype: Udvikle"))
    #expect(lines.contains("    ▃▅█"))
  }

  @Test func anEmptyPlanSaysSo() {
    var doc = PlanSamples.document
    doc.goals = []
    doc.followUps = []
    let md = StatusReport(document: doc, unitName: "Hus A", printedOn: PlanSamples.day("2024-05-02"))
      .render(.markdown, wording: PlanSamples.wording)
    #expect(md.contains("Planen har ingen mål endnu."))
    #expect(md.contains("Ingen opfølgninger endnu."))
  }

  /// Days read as on every other screen (not ISO), in both languages.
  @Test func englishWordingUsesTheProgramsDatesAndEnglishLabels() {
    let en = PlanWording(catalog: PlanSamples.catalog, language: "en") { $0 }
    #expect(en.day(PlanSamples.day("2024-05-02")) == "02-05-2024")
    #expect(en.theme("egenomsorg") == "Self-care")
    #expect(en.level("ukendt") == "ukendt")
  }
}

@Suite struct TextChartTests {
  @Test func sparklineScalesToTheRange() {
    #expect(TextChart.sparkline([0, 2, 4], range: 0...4) == "▁▅█")
    #expect(TextChart.sparkline([0, 10, 99], range: 0...10) == "▁██")
    #expect(TextChart.sparkline([], range: 0...4) == "")
  }

  @Test func runChartPutsOnePointPerColumnAndTheTargetLine() {
    let rows = TextChart.runChart([0, 1, 1], range: 0...1, target: 1, targetLabel: "mål")
    #expect(rows == ["1 ┤┄●●  ← mål", "0 ┤●"])
    // A 0–10 scale gets a row per value; a tall range is squeezed into the height given.
    #expect(TextChart.runChart([10, 0], range: 0...10, target: nil).count == 11)
    let tall = TextChart.runChart([10, 0], range: 0...10, target: nil, height: 5)
    #expect(tall.count == 5)
    #expect(tall.map { $0.prefix(2) } == ["10", " 8", " 5", " 3", " 0"])
    #expect(tall.first == "10 ┤●")
    #expect(tall.last == " 0 ┤ ●")
    #expect(TextChart.runChart([], range: 0...4, target: 2).isEmpty)
  }
}
