import TerminalUI

/// Any form, whatever its field ids: fields by their draft keys. The key-rule tests drive
/// every form through this; nothing in a form depends on it.
protocol AnyFormScreen: Screen {
  var fieldKeys: [String] { get }
  func fieldKind(_ key: String) -> FieldKind?
  func isRequired(_ key: String) -> Bool
  /// The value as the form keeps it (a choice: its option's key).
  func value(ofField key: String) -> String
  func message(ofField key: String) -> String?
  var focusedKey: String? { get }
  func focusField(_ key: String)
  var isPickerOpen: Bool { get }
  var isConfirmOpen: Bool { get }
  /// The fields' values as the draft keeps them.
  var values: [String: String] { get }
  var draftFormKey: String? { get }
  var draftRowID: Int64? { get }
  /// The name of the form's field id type (one per form).
  var fieldIDType: String { get }
  @discardableResult func setValue(ofField key: String, _ value: String) -> Bool
}

extension FormScreen: AnyFormScreen {
  var fieldKeys: [String] { specs.map(\.id.key) }
  func fieldKind(_ key: String) -> FieldKind? { specs.first { $0.id.key == key }?.kind }
  func isRequired(_ key: String) -> Bool { specs.first { $0.id.key == key }?.isRequired ?? false }
  func value(ofField key: String) -> String { specs.firstIndex { $0.id.key == key }.map(value(at:)) ?? "" }
  func message(ofField key: String) -> String? {
    specs.firstIndex { $0.id.key == key }.flatMap { form.fields[$0].message }
  }
  var focusedKey: String? { focusedID?.key }
  func focusField(_ key: String) {
    if let i = specs.firstIndex(where: { $0.id.key == key }) { form.setFocus(i) }
  }
  var isPickerOpen: Bool { form.picker != nil }
  var isConfirmOpen: Bool { confirm != nil }
  var values: [String: String] { fieldValues() }
  var draftFormKey: String? { draft.key }
  var draftRowID: Int64? { draft.id }
  var fieldIDType: String { String(describing: ID.self) }
  @discardableResult func setValue(ofField key: String, _ value: String) -> Bool {
    specs.firstIndex { $0.id.key == key }.map { setValue(at: $0, value) } ?? false
  }
}
