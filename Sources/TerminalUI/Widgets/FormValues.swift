/// A form's content as plain `[field id: value]` pairs (text as typed, a choice as its
/// index, "" when none), so a screen can keep it as a draft and put it back later.
extension FormState {
  public var values: [String: String] {
    var values: [String: String] = [:]
    for field in fields {
      switch field.input {
      case .choice(_, let selected): values[field.id] = selected.map(String.init) ?? ""
      case .multiChoice(_, let selected): values[field.id] = selected.sorted().map(String.init).joined(separator: ",")
      default: values[field.id] = field.value
      }
    }
    return values
  }

  /// Puts values back by field id. Unknown ids are ignored; a choice index that no longer
  /// exists is cleared.
  public mutating func setValues(_ values: [String: String]) {
    for i in fields.indices {
      guard let value = values[fields[i].id] else { continue }
      switch fields[i].input {
      case .text(var s, let secret):
        s.text = value
        fields[i].input = .text(s, secret: secret)
      case .area(_, let height): fields[i].input = .area(TextAreaState(text: value), height: height)
      case .date(var s):
        s.text = value
        fields[i].input = .date(s)
      case .time(var s):
        s.text = value
        fields[i].input = .time(s)
      case .choice(let options, _):
        fields[i].input = .choice(
          options: options, selected: Int(value).flatMap { options.indices.contains($0) ? $0 : nil })
      case .multiChoice(let options, _):
        let picked = value.split(separator: ",").compactMap { Int($0) }.filter(options.indices.contains)
        fields[i].input = .multiChoice(options: options, selected: Set(picked))
      }
    }
  }
}
