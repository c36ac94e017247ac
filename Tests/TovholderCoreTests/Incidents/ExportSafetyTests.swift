import Foundation
import Testing
import TovholderCore

/// What leaves the program in an export can neither run as a spreadsheet formula nor
/// drive the terminal it is printed on.
@Suite struct ExportSafetyTests {
  /// The triggers a spreadsheet (LibreOffice, Excel) reads as a formula when a cell starts
  /// with them, after removing the quotes a CSV reader removes.
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  @Test func formulaCellsAreNeutralised() {
    let hostile = ["=HYPERLINK(\"http://x\";\"klik\")", "@SUM(A1:A9)", "+1+cmd|' /C calc'!A0", "-2+3", "\tTAB", "\rCR"]
    let rows = CSV.parse(CSV.row(hostile))
    #expect(rows.count == 1)
    for (cell, original) in zip(rows[0], hostile) {
      // Read back as a spreadsheet reads it: the cell is text starting with ', never a formula.
      #expect(cell.first.map { !Self.formulaStarts.contains($0) } == true, "\(cell)")
      #expect(cell == "'" + original)
    }
    #expect(CSV.field("Køkkenet") == "Køkkenet")
    #expect(CSV.field("5 = fem") == "5 = fem")
  }

  @Test func incidentCSVNeutralisesEveryTextColumn() {
    var incident = IncidentsExportTests().sample(reporter: nil)
    incident.report.headline = "=HYPERLINK(\"http://x\")"
    incident.report.place = "@SUM(1+1)"
    incident.report.description.course = "+1+cmd|'/C calc'!A0"
    let rows = CSV.parse(IncidentExport.csv([incident], unitNames: [1: "=Egehuset"], wording: .da))
    for cell in rows[1] { #expect(cell.first.map { !Self.formulaStarts.contains($0) } ?? true, "\(cell)") }
  }

  @Test func controlCharactersBecomeVisible() {
    let hostile = "Mål\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m \u{202E}tekst\u{2066}"
    let shown = VisibleText.of(hostile)
    #expect(shown == "Mål␛]0;pwned␇␛[2J\u{FFFD}31m [U+202E]tekst[U+2066]")
    #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    // Line breaks, tabs and Danish letters stay as they are.
    #expect(VisibleText.of("æøå\n\tÆØÅ\r\n") == "æøå\n\tÆØÅ\r\n")
    #expect(CSV.field("a\u{1B}b") == "a␛b")
  }
}
