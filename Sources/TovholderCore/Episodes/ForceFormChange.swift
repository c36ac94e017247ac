import Foundation

/// What changed between two versions of a force form, field by field (for
/// `tovholder forms load`): an admin bringing in the official wording sees exactly what the
/// new file does to the form staff fill in.
public enum ForceFormChange: Hashable, Sendable {
  case added(id: String, label: String)
  case removed(id: String, label: String)
  case relabelled(id: String, from: String, to: String)
  case kindChanged(id: String, from: ForceForm.Field.FieldKind, to: ForceForm.Field.FieldKind)
  case requiredChanged(id: String, required: Bool)
  case optionsChanged(id: String, from: [String], to: [String])
  /// Choices whose plain title is new or different (the options as now titled).
  case optionTitlesChanged(id: String, titled: [String])
  /// The same fields in another order.
  case reordered

  /// The changes from `old` to `new`, in `new`'s order (removed fields last).
  public static func between(_ old: ForceForm, _ new: ForceForm) -> [ForceFormChange] {
    let before = Dictionary(old.fields.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let after = Set(new.fields.map(\.id))
    var changes: [ForceFormChange] = []
    for field in new.fields {
      guard let was = before[field.id] else {
        changes.append(.added(id: field.id, label: field.label))
        continue
      }
      if was.label != field.label { changes.append(.relabelled(id: field.id, from: was.label, to: field.label)) }
      if was.kind != field.kind { changes.append(.kindChanged(id: field.id, from: was.kind, to: field.kind)) }
      if was.required != field.required { changes.append(.requiredChanged(id: field.id, required: field.required)) }
      if new.options(of: field) != old.options(of: was) {
        changes.append(.optionsChanged(id: field.id, from: old.options(of: was), to: new.options(of: field)))
      }
      let retitled = new.options(of: field).filter { field.titled($0) != was.titled($0) }
      if !retitled.isEmpty { changes.append(.optionTitlesChanged(id: field.id, titled: retitled.map(field.titled))) }
    }
    for field in old.fields where !after.contains(field.id) {
      changes.append(.removed(id: field.id, label: field.label))
    }
    let common = Set(before.keys).intersection(after)
    if old.fields.map(\.id).filter(common.contains) != new.fields.map(\.id).filter(common.contains) {
      changes.append(.reordered)
    }
    return changes
  }
}
