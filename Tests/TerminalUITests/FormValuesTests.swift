import Testing

@testable import TerminalUI

@Suite struct FormValuesTests {
  func form() -> FormState {
    FormState(fields: [
      .text(id: "name", label: "Navn"),
      FormField(id: "note", label: "Notat", input: .area(TextAreaState(), height: 3)),
      FormField(id: "day", label: "Dato", input: .date(DateFieldState())),
      FormField(id: "time", label: "Tid", input: .time(TimeFieldState())),
      FormField(id: "kind", label: "Slags", input: .choice(options: ["Dagbog", "Sundhed"], selected: nil)),
    ])
  }

  @Test func valuesRoundTripThroughADraft() {
    var a = form()
    a.setValues(["name": "Jørgen Ærø", "note": "linje 1\nlinje 2 👩‍⚕️", "day": "24-12-2026", "time": "14:05", "kind": "1"])
    #expect(
      a.values == [
        "name": "Jørgen Ærø", "note": "linje 1\nlinje 2 👩‍⚕️", "day": "24-12-2026", "time": "14:05", "kind": "1",
      ])
    var b = form()
    b.setValues(a.values)
    #expect(b.values == a.values)
    #expect(b.fields[4].selectedOption == 1)
  }

  @Test func unknownIdsAreIgnoredAndVanishedChoicesCleared() {
    var f = form()
    f.setValues(["kind": "7", "nobody": "x"])
    #expect(f.fields[4].selectedOption == nil)
    #expect(f.values["kind"] == "")
    #expect(f.values["nobody"] == nil)
    #expect(f.values["name"] == "")
  }
}
