import Testing

@testable import TerminalUI

/// Every widget drawn into tiny areas (and areas reaching past the buffer) must not crash and
/// must leave every cell outside its area untouched.
@Suite struct TinyAreaTests {
  static let areas = [
    Rect(x: 2, y: 2, width: 0, height: 0), Rect(x: 2, y: 2, width: 1, height: 1),
    Rect(x: 2, y: 2, width: 3, height: 2), Rect(x: 5, y: 4, width: 4, height: 3),
    Rect(x: 0, y: 0, width: 2, height: 1), Rect(x: 9, y: 9, width: 2, height: 2),
  ]

  func check(_ name: String, _ draw: (inout Buffer, Rect) -> Void) {
    for area in Self.areas {
      var b = Buffer(width: 7, height: 6)
      b.fill(b.bounds, symbol: ".")
      draw(&b, area)
      for y in 0..<b.height {
        for x in 0..<b.width where !area.contains(Point(x: x, y: y)) {
          #expect(b[x, y].symbol == ".", "\(name) drew at \(x),\(y) outside \(area)")
        }
      }
    }
  }

  @Test func statelessWidgets() {
    let wide = "作者 👩‍⚕️ Jørgen e\u{301}"
    check("Block") { Block(title: wide).render(into: &$0, area: $1) }
    check("Block untitled") { Block().render(into: &$0, area: $1) }
    check("StatusBar") { StatusBar(left: wide, right: wide).render(into: &$0, area: $1) }
    check("MessageLine") { MessageLine(message: Message(wide)).render(into: &$0, area: $1) }
    check("Tabs") { Tabs(titles: [wide, "b"], selected: 0).render(into: &$0, area: $1) }
    check("Paragraph") { Paragraph(wide + " " + wide, scroll: 1).render(into: &$0, area: $1) }
    check("Sparkline") { Sparkline(values: [1, 5, 2, 8]).render(into: &$0, area: $1) }
    check("BarChart") {
      BarChart(bars: [.init(label: wide, value: 3), .init(label: "b", value: 9)]).render(into: &$0, area: $1)
    }
    for values: [Double] in [[], [1], [2, 2, 2], (0..<50).map(Double.init)] {
      check("RunChart \(values.count)") {
        RunChart(values: values, target: 3, medianLabel: "Md", startLabel: "a", endLabel: "b").render(
          into: &$0, area: $1)
      }
    }
  }

  @Test func statefulWidgets() {
    check("TextField") {
      var s = TextFieldState(text: "作者👩‍⚕️abc")
      TextField().render(into: &$0, area: $1, state: &s)
      if let c = s.cursor { #expect($1.contains(c)) }
    }
    check("TextArea") {
      var s = TextAreaState(text: "作者 👩‍⚕️\nabc def")
      TextArea().render(into: &$0, area: $1, state: &s)
      if let c = s.cursor { #expect($1.contains(c)) }
    }
    check("Table") {
      var s = TableState()
      _ = s.handle(.char("a"))
      let data = ArrayTableDataSource(rows: [["作者", "1"], ["abc", "2"]])
      Table(data: data, columns: [TableColumn("作者"), TableColumn("N", width: .fixed(3))], emptyMessage: "tom")
        .render(into: &$0, area: $1, state: &s)
      if let c = s.cursor { #expect($1.contains(c)) }
    }
    check("Picker") {
      var s = PickerState(items: ["作者", "Bjørn"])
      Picker(title: "Vælg").render(into: &$0, area: $1, state: &s)
      if let c = s.cursor { #expect($1.contains(c)) }
    }
    check("ConfirmDialog") {
      var s = ConfirmDialogState()
      ConfirmDialog(question: "Slet 作者?", yesLabel: "Ja", noLabel: "Nej").render(into: &$0, area: $1, state: &s)
      if let c = s.cursor { #expect($1.contains(c)) }
    }
    check("Form") {
      var s = FormState(fields: [
        .text(id: "a", label: "Navn", text: "作者", isRequired: true),
        FormField(id: "b", label: "Valg", input: .choice(options: ["x"], selected: 0)),
        FormField(id: "c", label: "Notat", input: .area(TextAreaState(text: "a b c"), height: 2)),
      ])
      s.setMessage("fejl", for: "a")
      Form().render(into: &$0, area: $1, state: &s)
      if let c = s.cursor { #expect($1.contains(c)) }
    }
  }

  @Test func cursorIsReportedOnlyInsideTheArea() {
    var b = Buffer(width: 10, height: 3)
    var s = TextFieldState(text: "abc")
    TextField().render(into: &b, area: Rect(x: 0, y: 0, width: 0, height: 1), state: &s)
    #expect(s.cursor == nil)
    TextField().render(into: &b, area: Rect(x: 2, y: 1, width: 1, height: 1), state: &s)
    #expect(s.cursor == Point(x: 2, y: 1))
  }
}
