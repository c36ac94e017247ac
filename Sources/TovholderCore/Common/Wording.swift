import Foundation

/// The words a text made in Core reads in (an export, a report), in one language. Core keeps
/// the codes and the layout; the words are the app's texts (`Resources/texts`), handed in as
/// a look-up by key. `{0}`, `{1}` … in a text are filled with the arguments.
public struct Wording: Sendable {
  public let language: String
  let template: @Sendable (String) -> String

  public init(language: String, template: @escaping @Sendable (String) -> String) {
    self.language = language
    self.template = template
  }

  public func callAsFunction(_ key: String, _ args: CustomStringConvertible...) -> String {
    var text = template(key)
    for (i, a) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: a.description) }
    return text
  }
}
