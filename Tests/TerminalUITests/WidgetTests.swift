import Testing

@testable import TerminalUI

@Suite struct WidgetTests {
  @Test func blockWithTitle() {
    var b = Buffer(width: 12, height: 4)
    let block = Block(title: "Borger")
    block.render(into: &b, area: b.bounds)
    #expect(b.lines() == ["┌ Borger ──┐", "│          │", "│          │", "└──────────┘"])
    #expect(block.inner(b.bounds) == Rect(x: 1, y: 1, width: 10, height: 2))
    #expect(Block(title: "T", borders: false).inner(b.bounds) == Rect(x: 0, y: 1, width: 12, height: 3))
    var long = Buffer(width: 8, height: 3)
    Block(title: "Meget lang titel").render(into: &long, area: long.bounds)
    #expect(long.lines()[0] == "┌ Meg… ┐")
  }

  @Test func statusBarLayouts() {
    var b = Buffer(width: 30, height: 1)
    StatusBar(left: "Jørgen Ærø · Afsnit Birk", right: "F1 Hjælp  q Afslut").render(into: &b, area: b.bounds)
    #expect(b.lines() == ["Jørgen Ærø… F1 Hjælp  q Afslut"])
    #expect(b.lines()[0].displayWidth == 30)
    #expect(b.styleLine(0) == String(repeating: "s", count: 30))
    var wide = Buffer(width: 40, height: 1)
    StatusBar(left: "Zoë", right: "Esc Tilbage").render(into: &wide, area: wide.bounds)
    #expect(wide.lines() == ["Zoë" + String(repeating: " ", count: 26) + "Esc Tilbage"])
    var narrow = Buffer(width: 8, height: 1)
    StatusBar(left: "Zoë", right: "Esc Tilbage").render(into: &narrow, area: narrow.bounds)
    #expect(narrow.lines() == ["Esc Til…"])
  }

  @Test func messageLineExpires() {
    var b = Buffer(width: 20, height: 1)
    let message = Message("Gemt", kind: .success, expiresAt: 10)
    MessageLine(message: message, now: 5).render(into: &b, area: b.bounds)
    #expect(b.lines() == ["Gemt"])
    #expect(b.styleLine(0).hasPrefix("ssss"))
    #expect(!message.isExpired(at: 9.9))
    #expect(message.isExpired(at: 10))
    MessageLine(message: message, now: 11).render(into: &b, area: b.bounds)
    #expect(b.lines() == [""])
    MessageLine(message: Message("Fejl", kind: .error)).render(into: &b, area: b.bounds)
    #expect(b.styleLine(0).hasPrefix("eeee"))
    #expect(!Message("x").isExpired(at: 1e12))
  }

  @Test func pickerFiltersAndChooses() {
    var state = PickerState(items: ["Anne", "Bjørn", "Bo", "Søren"])
    for k: Key in [.char("Ø")] { _ = state.handle(k) }
    #expect(state.matches == [1, 3])
    _ = state.handle(.down)
    #expect(state.selectedItem == 3)
    var b = Buffer(width: 24, height: 8)
    Picker(title: "Vælg").render(into: &b, area: b.bounds, state: &state)
    #expect(b.text.contains("Bjørn"))
    #expect(!b.text.contains("Anne"))
    #expect(b.text.contains("/ Ø"))
    #expect(state.cursor != nil)
    _ = state.handle(.enter)
    #expect(state.result == .chosen(3))
    var cancel = PickerState(items: ["a"])
    _ = cancel.handle(.escape)
    #expect(cancel.result == .cancelled)
    var none = PickerState(items: ["a"])
    _ = none.handle(.char("z"))
    _ = none.handle(.enter)
    #expect(none.result == nil)
    _ = none.handle(.backspace)
    #expect(none.matches == [0])
    // Diacritics matter: "o" does not find "Bjørn".
    var o = PickerState(items: ["Bjørn"])
    _ = o.handle(.char("o"))
    #expect(o.matches.isEmpty)
  }

  @Test func confirmDialog() {
    var state = ConfirmDialogState(yesKeys: ["j", "y"], noKeys: ["n"])
    var b = Buffer(width: 30, height: 7)
    let dialog = ConfirmDialog(question: "Slet udkastet?", yesLabel: "Ja", noLabel: "Nej")
    dialog.render(into: &b, area: b.bounds, state: &state)
    #expect(b.text.contains("Slet udkastet?"))
    #expect(b.text.contains("[ Ja ]  [ Nej ]"))
    let buttons = b.lines().firstIndex { $0.contains("[ Nej ]") }!
    #expect(state.cursor?.y == buttons)
    #expect(b[state.cursor!.x, buttons].symbol == "N")
    #expect(!state.yesSelected)
    _ = state.handle(.left)
    #expect(state.yesSelected)
    _ = state.handle(.tab)
    _ = state.handle(.enter)
    #expect(state.answer == false)
    var j = ConfirmDialogState(yesKeys: ["j", "y"], noKeys: ["n"])
    _ = j.handle(.char("J"))
    #expect(j.answer == true)
    var esc = ConfirmDialogState(defaultYes: true)
    _ = esc.handle(.escape)
    #expect(esc.answer == false)
    var other = ConfirmDialogState(yesKeys: ["j"])
    let consumed = other.handle(.char("x"))
    #expect(!consumed)
    #expect(other.answer == nil)
  }

  @Test func tabsAndParagraph() {
    var b = Buffer(width: 30, height: 1)
    Tabs(titles: ["Plan", "Mål", "Notater"], selected: 1).render(into: &b, area: b.bounds)
    #expect(b.lines() == [" Plan │ Mål │ Notater"])
    #expect(b.styleLine(0).prefix(11) == "nnnnnmmmsss")
    var p = Buffer(width: 10, height: 2)
    let para = Paragraph("Én to tre fire fem seks", scroll: 1)
    para.render(into: &p, area: p.bounds)
    #expect(p.lines() == ["fire fem", "seks"])
    #expect(para.lineCount(width: 10) == 3)
  }

  @Test func tabsThatDoNotFitKeepTheSelectedTitleWholeAndMarkWhatIsLeftOut() {
    let titles = ["Overblik", "Notater", "Plan", "Sundhed", "Pårørende", "Kontaktlog", "UTH"]
    var b = Buffer(width: 30, height: 1)
    Tabs(titles: titles, selected: 0).render(into: &b, area: b.bounds)
    #expect(b.lines()[0].hasPrefix(" Overblik │ Notater │ Plan"))
    #expect(b.lines()[0].hasSuffix("›"))
    b = Buffer(width: 30, height: 1)
    Tabs(titles: titles, selected: 6).render(into: &b, area: b.bounds)
    #expect(b.lines()[0].hasPrefix("‹"))
    #expect(b.lines()[0].hasSuffix("Kontaktlog │ UTH"))
    b = Buffer(width: 30, height: 1)
    Tabs(titles: titles, selected: 4).render(into: &b, area: b.bounds)
    #expect(b.lines()[0].contains("Pårørende"))
    #expect(b.lines()[0].hasPrefix("‹"))
    #expect(b.lines()[0].hasSuffix("›"))
  }

  @Test func sparkline() {
    var b = Buffer(width: 8, height: 1)
    Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7]).render(into: &b, area: b.bounds)
    #expect(b.lines() == ["▁▂▃▄▅▆▇█"])
    b = Buffer(width: 8, height: 1)
    Sparkline(values: [5, 5, 5]).render(into: &b, area: b.bounds)
    #expect(b.lines() == ["▄▄▄"])
    var c = Buffer(width: 3, height: 1)
    Sparkline(values: [1, 2, 3, 4, 8]).render(into: &c, area: c.bounds)
    #expect(c.lines() == ["▁▂█"])  // the newest values, scaled among themselves
    var e = Buffer(width: 3, height: 1)
    Sparkline(values: []).render(into: &e, area: e.bounds)
    #expect(e.lines() == [""])
  }

  @Test func barChart() {
    var b = Buffer(width: 20, height: 2)
    BarChart(bars: [.init(label: "Fald", value: 10), .init(label: "Medicin", value: 2.5)])
      .render(into: &b, area: b.bounds)
    // Labels get at most a third of the width; the longest bar fills the room left.
    #expect(b.lines() == ["Fald   █████████ 10", "Medic… ██▎ 2,5"])
    #expect(ChartNumber.format(2.5) == "2,5")
    #expect(ChartNumber.format(-0.04) == "0")
    #expect(ChartNumber.format(3.14159, decimals: 2, separator: ".") == "3.14")
    #expect(ChartNumber.format(12) == "12")
  }

  @Test func runChartHandlesZeroOneManyAndConstant() {
    var b = Buffer(width: 24, height: 6)
    RunChart(values: []).render(into: &b, area: b.bounds)
    #expect(b.lines() == Array(repeating: "", count: 6))
    RunChart(values: [4]).render(into: &b, area: b.bounds)
    #expect(b.text.filter { $0 == "●" }.count == 1)
    b = Buffer(width: 24, height: 6)
    RunChart(values: [3, 3, 3], medianLabel: "Md").render(into: &b, area: b.bounds)
    #expect(b.text.contains("Md 3"))
    #expect(b.text.filter { $0 == "●" }.count == 3)
    b = Buffer(width: 24, height: 6)
    let values = (0..<100).map { Double($0 % 10) }
    RunChart(values: values, target: 8, medianLabel: "Md", targetLabel: "Mål", startLabel: "jan", endLabel: "dec")
      .render(into: &b, area: b.bounds)
    let lines = b.lines()
    #expect(lines[0].hasPrefix("9│"))
    #expect(lines[4].hasPrefix("0│"))
    #expect(lines[5] == "  jan         dec")
    #expect(b.text.contains("Mål 8"))
    #expect(b.text.contains("Md 4,5"))
    #expect(b.text.contains("╌"))
    #expect(RunChart.median([1, 9, 2]) == 2)
    #expect(RunChart.median([]) == nil)
  }
}
