import Testing
import TovholderApp
import TovholderCore

@testable import TerminalUI

@Suite struct FormTests {
  func makeForm() -> FormState {
    FormState(
      fields: [
        .text(id: "name", label: "Navn", isRequired: true),
        FormField(id: "date", label: "Dato", input: .date(DateFieldState())) {
          DateInput.parse($0, today: CalendarDay(year: 2026, month: 1, day: 1) ?? .first).isSuccess
            ? nil : "Ugyldig dato"
        },
        FormField(id: "unit", label: "Afsnit", input: .choice(options: ["Birk", "Bøg", "Eg"], selected: nil)),
        FormField(id: "note", label: "Notat", input: .area(TextAreaState(), height: 2)),
      ], requiredMessage: "Skal udfyldes")
  }

  func type(_ text: String, into form: inout FormState) {
    for c in text { _ = form.handle(.char(c)) }
  }

  @Test func rendersLabelsRequiredMarkAndCursor() {
    var form = makeForm()
    type("Zoë", into: &form)
    var b = Buffer(width: 30, height: 6)
    Form().render(into: &b, area: b.bounds, state: &form)
    #expect(b.lines() == ["Navn *  Zoë", "Dato", "Afsnit                       ▾", "Notat", "", ""])
    #expect(form.cursor == Point(x: 11, y: 0))
  }

  @Test func tabAndArrowsMoveFocus() {
    var form = makeForm()
    _ = form.handle(.tab)
    #expect(form.focus == 1)
    _ = form.handle(.down)
    #expect(form.focus == 2)
    _ = form.handle(.backTab)
    #expect(form.focus == 1)
    _ = form.handle(.up)
    _ = form.handle(.up)  // not consumed at the first field
    #expect(form.focus == 0)
    do {
      let consumed = form.handle(.up)
      #expect(!consumed)
    }
    _ = form.handle(.backTab)  // wraps
    #expect(form.focus == 3)
    type("ab", into: &form)
    _ = form.handle(.enter)
    type("c", into: &form)
    #expect(form.value("note") == "ab\nc")
    _ = form.handle(.up)  // inside the text area
    #expect(form.focus == 3)
    _ = form.handle(.up)  // off its first row
    #expect(form.focus == 2)
  }

  @Test func validateAllSetsMessagesAndFocusesFirstFailure() {
    var form = makeForm()
    _ = form.handle(.tab)
    type("31-02-2026", into: &form)
    _ = form.handle(.tab)
    do {
      let ok = form.validateAll()
      #expect(!ok)
    }
    #expect(form.focus == 0)
    #expect(form.fields[0].message == "Skal udfyldes")
    #expect(form.fields[1].message == "Ugyldig dato")
    var b = Buffer(width: 30, height: 8)
    Form().render(into: &b, area: b.bounds, state: &form)
    #expect(b.lines()[0...3] == ["Navn *", "        Skal udfyldes", "Dato    31-02-2026", "        Ugyldig dato"])
    #expect(b.styleLine(1).dropFirst(8).hasPrefix("eeeee"))
    type("Bo", into: &form)
    _ = form.handle(.tab)  // leaving a field re-checks it
    #expect(form.fields[0].message == nil)
    form.setMessage("Optaget", for: "name")
    #expect(form.fields[0].message == "Optaget")
  }

  @Test func choiceFieldOpensAPickerAndFilters() {
    var form = makeForm()
    form.setFocus(id: "unit")
    // Typing filters from the start of words: "ø" is inside "Bøg", so nothing; "bø" starts it.
    _ = form.handle(.char("ø"))
    #expect(form.picker?.matches == [])
    _ = form.handle(.backspace)
    _ = form.handle(.char("b"))
    #expect(form.picker?.matches == [0, 1])
    _ = form.handle(.char("ø"))
    #expect(form.picker?.matches == [1])
    var b = Buffer(width: 30, height: 8)
    Form().render(into: &b, area: b.bounds, state: &form)
    #expect(b.text.contains("Bøg"))
    #expect(b.text.contains("┌"))
    _ = form.handle(.enter)
    #expect(form.picker == nil)
    #expect(form.value("unit") == "Bøg")
    #expect(form.fields[2].selectedOption == 1)
    _ = form.handle(.right)
    #expect(form.value("unit") == "Eg")
    _ = form.handle(.enter)
    _ = form.handle(.escape)
    #expect(form.picker == nil)
    #expect(form.value("unit") == "Eg")
  }

  @Test func scrollsToTheFocusedField() {
    var form = FormState(fields: (1...10).map { .text(id: "f\($0)", label: "F\($0)", text: "v\($0)") })
    var b = Buffer(width: 20, height: 3)
    form.setFocus(id: "f9")
    Form().render(into: &b, area: b.bounds, state: &form)
    // Fields hidden above and below: ▲ and ▼ in the right column.
    #expect(b.lines() == ["F7   v7            ▲", "F8   v8", "F9   v9            ▼"])
    #expect(form.cursor == Point(x: 7, y: 2))
    form.setFocus(0)
    Form().render(into: &b, area: b.bounds, state: &form)
    #expect(b.lines().first == "F1   v1")
  }

  @Test func secretFieldIsMasked() {
    var form = FormState(fields: [.text(id: "pw", label: "Kode", text: "hemmelig", secret: true)])
    var b = Buffer(width: 20, height: 1)
    Form().render(into: &b, area: b.bounds, state: &form)
    #expect(b.lines() == ["Kode  ••••••••"])
  }
}

extension Result {
  var isSuccess: Bool {
    if case .success = self { return true }
    return false
  }
}
