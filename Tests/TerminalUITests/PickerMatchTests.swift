import Testing

@testable import TerminalUI

/// The picker prefers options starting with what was typed, then word starts, then anywhere,
/// and says so when nothing matches.
@Suite struct PickerMatchTests {
  @Test func rankPrefersStartThenWordStartThenAnywhere() {
    #expect(TextMatch.rank("Ja", filter: "j") == 0)
    #expect(TextMatch.rank("Nej", filter: "j") == 2)
    #expect(TextMatch.rank("Anne Marie", filter: "ma") == 1)
    #expect(TextMatch.rank("Al-Sayed", filter: "sa") == 1)
    #expect(TextMatch.rank("Nej", filter: "x") == nil)
    #expect(TextMatch.rank("Bjørn", filter: "") == 0)
  }

  @Test func typingJInYesNoChoosesJaEvenWhenNejComesFirst() {
    var state = PickerState(items: ["Nej", "Ja"], selected: 0)
    _ = state.handle(.char("j"))
    #expect(state.matches == [1, 0])
    #expect(state.selectedItem == 1)
    _ = state.handle(.enter)
    #expect(state.result == .chosen(1))
  }

  @Test func orderIsStartThenWordThenAnywhereKeepingItemOrderWithin() {
    var state = PickerState(items: ["Karin Bo", "Bo Ibsen", "Nabo", "Bodil"])
    _ = state.handle(.char("b"))
    _ = state.handle(.char("o"))
    #expect(state.matches == [1, 3, 0, 2])
    #expect(state.selectedItem == 1)
    // Clearing the filter keeps what is highlighted.
    _ = state.handle(.down)
    _ = state.handle(.ctrl("u"))
    #expect(state.selectedItem == 3)
  }

  @Test func noMatchIsShownInsteadOfAnEmptyList() {
    var state = PickerState(items: ["Ja", "Nej"], selected: 1)
    _ = state.handle(.char("x"))
    #expect(state.hasNoMatch)
    _ = state.handle(.enter)
    #expect(state.result == nil)
    var b = Buffer(width: 30, height: 8)
    Picker(title: "Svar", emptyMessage: "Ingen match").render(into: &b, area: b.bounds, state: &state)
    #expect(b.text.contains("Ingen match"))
    #expect(!b.text.contains("Nej"))
    // The default message is the one the app bound for this drawing.
    var bound = Buffer(width: 30, height: 8)
    PickerTexts.$noMatch.withValue("No match") {
      Picker(title: "Svar").render(into: &bound, area: bound.bounds, state: &state)
    }
    #expect(bound.text.contains("No match"))
  }

  /// A filter longer than its line shows its end, where the typing is, with the cursor after it.
  @Test func aLongFilterShowsItsEndWhereTheTypingIs() throws {
    var state = PickerState(items: ["Ja", "Nej"])
    let typed = "Indledende samtale med pårørende om økonomi"
    for c in typed { _ = state.handle(.char(c)) }
    var b = Buffer(width: 40, height: 10)
    Picker(title: "Svar").render(into: &b, area: b.bounds, state: &state)
    let line = try #require(b.lines().first { $0.contains("/ ") })
    #expect(line.contains("…") && line.contains("økonomi"), "\(line)")
    #expect(!line.contains("Indledende"), "\(line)")
    // The cursor stands right after the last letter typed.
    let cursor = try #require(state.cursor)
    let end = try #require(line.range(of: "økonomi")).upperBound
    #expect(cursor.x == String(line[..<end]).displayWidth)
    #expect(b.lines()[cursor.y] == line)
  }

  @Test func formChoiceTakesTheOptionStartingWithTheTypedLetter() {
    var form = FormState(fields: [
      FormField(id: "force", label: "Magt brugt", input: .choice(options: ["Nej", "Ja"], selected: 0))
    ])
    _ = form.handle(.char("j"))
    _ = form.handle(.enter)
    #expect(form.value("force") == "Ja")
    // Nothing matches: the picker stays open and says so; Esc keeps the old answer.
    _ = form.handle(.char("q"))
    var b = Buffer(width: 30, height: 8)
    PickerTexts.$noMatch.withValue("Ingen match") { Form().render(into: &b, area: b.bounds, state: &form) }
    #expect(b.text.contains("Ingen match"))
    _ = form.handle(.enter)
    #expect(form.picker != nil)
    _ = form.handle(.escape)
    #expect(form.value("force") == "Ja")
  }
}
