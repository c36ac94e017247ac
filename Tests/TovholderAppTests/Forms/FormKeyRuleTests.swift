import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// The key rules of the README ("Keys in forms"), each tested against every form through the
/// shell, as the program hands the keys over. A new form is added to `AllForms`, and
/// `everyFormIsInTheTable` fails until it is.
@Suite struct FormKeyRuleTests {
  /// Forms without a draft, and why: nobody is signed in yet (sign-in, first run, the quick
  /// log on the locked screen, which waits under the lock instead), or the only field is a
  /// password, which is never kept.
  static let withoutDraft: Set<String> = ["signIn", "firstRun", "account.password", "lockedQuickLog"]

  static func isTyped(_ kind: FieldKind?) -> Bool {
    switch kind {
    case .text?, .secret?, .number?, .date?, .time?: return true
    default: return false
    }
  }

  static func options(_ kind: FieldKind?) -> [ChoiceOption]? {
    switch kind {
    case .choice(let o)?: return o
    case .yesNo?: return [ChoiceOption("no", "Nej"), ChoiceOption("yes", "Ja")]
    default: return nil
    }
  }

  /// A character the field takes: a digit for dates, times and numbers, a letter otherwise.
  static func typeable(_ kind: FieldKind?) -> Character {
    switch kind {
    case .date?, .time?, .number?: return "1"
    default: return "Å"
    }
  }

  @Test(arguments: AllForms.all)
  func enterMovesToTheNextFieldAndSavesOnlyFromTheLast(_ entry: FormEntry) throws {
    let (f, form) = try entry.open()
    let keys = form.fieldKeys
    for (i, key) in keys.enumerated().dropLast() where Self.isTyped(form.fieldKind(key)) {
      form.focusField(key)
      f.press(.enter)
      #expect(form.focusedKey == keys[i + 1], "\(entry.name): Enter on \(key)")
      #expect(f.shell.top === form && !keys.contains { form.message(ofField: $0) != nil }, "\(entry.name): \(key)")
    }
    // From the last field Enter saves: with every required field empty, the checks answer.
    guard let last = keys.last, Self.isTyped(form.fieldKind(last)), keys.contains(where: form.isRequired) else {
      return
    }
    for key in keys where form.isRequired(key) { form.setValue(ofField: key, "") }
    form.focusField(last)
    f.press(.enter)
    #expect(keys.contains { form.message(ofField: $0) != nil }, "\(entry.name): Enter on the last field")
  }

  @Test(arguments: AllForms.all)
  func tabAndShiftTabMoveAndWrap(_ entry: FormEntry) throws {
    let (f, form) = try entry.open()
    let keys = form.fieldKeys
    guard keys.count > 1 else { return }
    form.focusField(keys[0])
    f.press(.tab)
    #expect(form.focusedKey == keys[1], "\(entry.name)")
    f.press(.backTab)
    #expect(form.focusedKey == keys[0], "\(entry.name)")
    f.press(.backTab)
    #expect(form.focusedKey == keys.last, "\(entry.name)")
  }

  /// A list opens on Enter; Esc closes only the list and keeps what was chosen; typing opens
  /// it filtered; Enter picks and moves on.
  @Test(arguments: AllForms.all)
  func aChoiceOpensOnEnterOrTypingEscClosesOnlyTheListEnterPicksAndMovesOn(_ entry: FormEntry) throws {
    let (f, form) = try entry.open()
    let keys = form.fieldKeys
    for (i, key) in keys.enumerated() {
      guard let options = Self.options(form.fieldKind(key)), let pick = options.last else { continue }
      form.focusField(key)
      let before = form.value(ofField: key)
      f.press(.enter)
      #expect(form.isPickerOpen, "\(entry.name): Enter on \(key)")
      f.press(.escape)
      #expect(f.shell.top === form && !form.isPickerOpen, "\(entry.name): Esc in \(key)'s list")
      #expect(form.value(ofField: key) == before, "\(entry.name): Esc kept \(key)")
      f.type(pick.label)
      #expect(form.isPickerOpen, "\(entry.name): typing in \(key)")
      f.press(.enter)
      #expect(!form.isPickerOpen && form.value(ofField: key) == pick.key, "\(entry.name): picked in \(key)")
      // A choice may add fields after it (a medicine category): focus goes to the next one,
      // or past fields the choice decided (a UTH's unit, decided by the resident chosen).
      let now = form.fieldKeys
      if let at = now.firstIndex(of: key), at + 1 < now.count {
        let next = entry.name == "incident.new" && key == "resident" ? now.dropFirst(at + 1).prefix(2) : [now[at + 1]]
        #expect(next.contains { $0 == form.focusedKey }, "\(entry.name): moved on from \(key)")
      } else {
        #expect(form.focusedKey == key || i == keys.count - 1, "\(entry.name): \(key)")
      }
    }
  }

  /// Typing filters from the start of words: "j" picks Ja (not Nej, which ends in j).
  @Test(arguments: AllForms.all)
  func aYesNoAnswerIsPickedByItsFirstLetter(_ entry: FormEntry) throws {
    let (f, form) = try entry.open()
    for key in form.fieldKeys {
      guard case .yesNo? = form.fieldKind(key) else { continue }
      form.focusField(key)
      f.type("j")
      f.press(.enter)
      #expect(form.value(ofField: key) == "yes", "\(entry.name): j in \(key)")
      form.focusField(key)
      f.type("n")
      f.press(.enter)
      #expect(form.value(ofField: key) == "no", "\(entry.name): n in \(key)")
    }
  }

  /// Esc leaves the form; what was typed stays as a draft, and the message line says so.
  @Test(arguments: AllForms.all.filter { !FormKeyRuleTests.withoutDraft.contains($0.name) })
  func escLeavesAndKeepsWhatWasTypedAsADraft(_ entry: FormEntry) throws {
    let (f, form) = try entry.open()
    let key = try #require(
      form.fieldKeys.first { Self.isTyped(form.fieldKind($0)) } ?? form.fieldKeys.first, "\(entry.name)")
    form.focusField(key)
    if Self.isTyped(form.fieldKind(key)) {
      f.press(.ctrl("e"), .char(Self.typeable(form.fieldKind(key))))
    } else {
      f.press(.enter, .end, .enter)
    }
    let typed = form.value(ofField: key)
    // A draft from the first key.
    let formKey = try #require(form.draftFormKey, "\(entry.name)")
    #expect(try f.database.drafts.load(owner: f.session.actor.accountID, formKey: formKey) != nil, "\(entry.name)")
    f.press(.escape)
    #expect(!(f.shell.top === form), "\(entry.name): Esc left the form")
    #expect(f.context.message?.text.contains("kladde") == true, "\(entry.name)")
    let draft = try #require(try f.database.drafts.load(owner: f.session.actor.accountID, formKey: formKey))
    #expect(DraftCoding.decode(draft.payload)[key] == typed, "\(entry.name): \(key)")
  }

  /// Saving checks every field at once: every empty required field gets its message, and
  /// focus goes to the first of them.
  @Test(arguments: AllForms.all.filter { $0.name != "signIn" })
  func savingPutsEveryMessageOnItsFieldAndFocusOnTheFirst(_ entry: FormEntry) throws {
    let (f, form) = try entry.open()
    let required = form.fieldKeys.filter(form.isRequired)
    guard !required.isEmpty else { return }
    for key in required { form.setValue(ofField: key, "") }
    form.focusField(form.fieldKeys.last ?? required[0])
    f.press(.ctrl("s"))
    #expect(f.shell.top === form, "\(entry.name)")
    for key in required { #expect(form.message(ofField: key) != nil, "\(entry.name): \(key)") }
    #expect(form.focusedKey == required[0], "\(entry.name)")
  }

  /// F2 saves as Ctrl-S does: with every required field empty, the same messages on the same
  /// fields and focus on the same one; a form with nothing required is saved and left by both
  /// (two copies of the demo, one key each).
  @Test(arguments: AllForms.all.filter { $0.name != "signIn" })
  func f2SavesLikeCtrlS(_ entry: FormEntry) throws {
    func answer(_ key: Key) throws -> (messages: [String?], focus: String?, kept: Bool, required: Int) {
      let (f, form) = try entry.open()
      let required = form.fieldKeys.filter(form.isRequired)
      for key in required { form.setValue(ofField: key, "") }
      form.focusField(form.fieldKeys.last ?? "")
      f.press(key)
      return (form.fieldKeys.map(form.message(ofField:)), form.focusedKey, f.shell.top === form, required.count)
    }
    let f2 = try answer(.function(2))
    let ctrlS = try answer(.ctrl("s"))
    #expect(f2.messages == ctrlS.messages && f2.focus == ctrlS.focus, "\(entry.name)")
    #expect(f2.kept == ctrlS.kept, "\(entry.name)")
    if f2.required > 0 {
      #expect(f2.kept && f2.messages.contains { $0 != nil }, "\(entry.name): F2 checked the fields")
    }
  }

  /// A multi-choice list opens on Enter; Space ticks the highlighted option; Esc closes only
  /// the list and keeps what was ticked before; Enter takes the ticks and moves on.
  @Test(arguments: AllForms.all)
  func aMultiChoiceOpensTicksKeepsOnEscAndMovesOn(_ entry: FormEntry) throws {
    let (f, form) = try entry.open()
    for key in form.fieldKeys {
      guard case .multiChoice(let options)? = form.fieldKind(key), !options.isEmpty else { continue }
      form.focusField(key)
      let before = form.value(ofField: key)
      f.press(.enter)
      #expect(form.isPickerOpen, "\(entry.name): Enter on \(key)")
      f.press(.char(" "), .escape)
      #expect(f.shell.top === form && !form.isPickerOpen, "\(entry.name): Esc in \(key)'s list")
      #expect(form.value(ofField: key) == before, "\(entry.name): Esc kept \(key)")
      f.press(.enter, .char(" "), .enter)
      #expect(!form.isPickerOpen && form.value(ofField: key) != before, "\(entry.name): ticked in \(key)")
      let now = form.fieldKeys
      if let at = now.firstIndex(of: key), at + 1 < now.count {
        #expect(form.focusedKey == now[at + 1], "\(entry.name): moved on from \(key)")
      }
    }
  }

  /// The table holds a multi-choice field, so the rule above runs on one.
  @Test func aFormInTheTableHasAMultiChoiceField() throws {
    let entry = try #require(AllForms.all.first { $0.name == "rel.guardianship" })
    let form = try entry.open().1
    #expect(
      form.fieldKeys.filter {
        if case .multiChoice? = form.fieldKind($0) { return true }
        return false
      }.count == 2)
  }

  /// Blanking every field removes the form's draft: a form that holds nothing is no draft,
  /// and leaving it says nothing about a draft.
  @Test(arguments: AllForms.all.filter { !FormKeyRuleTests.withoutDraft.contains($0.name) })
  func blankingEveryFieldRemovesTheDraft(_ entry: FormEntry) throws {
    let (f, form) = try entry.open()
    guard let key = form.fieldKeys.first(where: { Self.isTyped(form.fieldKind($0)) }) else { return }
    let typed = Self.typeable(form.fieldKind(key))
    form.focusField(key)
    f.press(.ctrl("e"), .char(typed))
    let formKey = try #require(form.draftFormKey, "\(entry.name)")
    let owner = f.session.actor.accountID
    #expect(try f.database.drafts.load(owner: owner, formKey: formKey) != nil, "\(entry.name): a draft")
    for k in form.fieldKeys { form.setValue(ofField: k, "") }
    form.focusField(key)
    f.press(.char(typed), .backspace)
    let blank = form.values.values.allSatisfy(\.isEmpty)
    #expect(blank, "\(entry.name): \(form.values)")
    #expect(try f.database.drafts.load(owner: owner, formKey: formKey) == nil, "\(entry.name): draft removed")
    f.press(.escape)
    #expect(f.context.message?.text.contains("kladde") != true, "\(entry.name)")
  }

  /// A date, time or number field refuses a letter as it is typed, and says what goes there.
  @Test(arguments: AllForms.all)
  func dateTimeAndNumberFieldsRefuseLettersAsTyped(_ entry: FormEntry) throws {
    let (f, form) = try entry.open()
    for key in form.fieldKeys {
      switch form.fieldKind(key) {
      case .date?, .time?, .number?: break
      default: continue
      }
      form.focusField(key)
      let before = form.value(ofField: key)
      f.press(.end, .char("x"))
      #expect(form.value(ofField: key) == before, "\(entry.name): x in \(key)")
      #expect(form.message(ofField: key) != nil, "\(entry.name): \(key) says why")
    }
  }

  /// Every form declares a limit on every text field that fits its purpose.
  @Test(arguments: AllForms.all)
  func everyTextFieldHasALimit(_ entry: FormEntry) throws {
    let (_, form) = try entry.open()
    for key in form.fieldKeys {
      switch form.fieldKind(key) {
      case .text(let max)?, .secret(let max)?: #expect((1...2_000).contains(max), "\(entry.name): \(key)")
      case .textArea(let max, _)?: #expect((1...FieldLimit.note).contains(max), "\(entry.name): \(key)")
      default: continue
      }
    }
  }

  /// The table holds a form of every field-id type the sources declare.
  @Test func everyFormIsInTheTable() throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/TovholderApp")
    var declared = Set<String>()
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    for case let file as String in files where file.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for line in text.split(separator: "\n")
      where line.contains("FormFieldID") && !line.contains("protocol") && !line.contains("<") {
        let words = line.split(whereSeparator: { " :,{<".contains($0) })
        if let i = words.firstIndex(where: { $0 == "enum" || $0 == "struct" }), i + 1 < words.count {
          declared.insert(String(words[i + 1]))
        }
      }
    }
    var covered = Set<String>()
    for entry in AllForms.all { covered.insert(try entry.open().1.fieldIDType) }
    #expect(declared.count > 20)
    #expect(declared.subtracting(covered).isEmpty, "forms missing from AllForms: \(declared.subtracting(covered))")
  }
}
