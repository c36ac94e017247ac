/// Editing primitives on an array of grapheme clusters, shared by `TextFieldState` and
/// `TextAreaState`. Positions are indices into the array (a cursor sits before `chars[i]`).
enum TextEditing {
  static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

  /// Alt-B: back to the start of the previous word.
  static func wordStart(before index: Int, in chars: [Character]) -> Int {
    var i = min(index, chars.count)
    while i > 0, !isWordCharacter(chars[i - 1]) { i -= 1 }
    while i > 0, isWordCharacter(chars[i - 1]) { i -= 1 }
    return i
  }

  /// Alt-F: forward to the end of the next word.
  static func wordEnd(after index: Int, in chars: [Character]) -> Int {
    var i = max(0, index)
    while i < chars.count, !isWordCharacter(chars[i]) { i += 1 }
    while i < chars.count, isWordCharacter(chars[i]) { i += 1 }
    return i
  }

  /// Ctrl-W: back over blanks, then over everything up to the previous blank (as in a shell).
  static func blankSeparatedStart(before index: Int, in chars: [Character]) -> Int {
    var i = min(index, chars.count)
    while i > 0, chars[i - 1].isWhitespace, chars[i - 1] != "\n" { i -= 1 }
    while i > 0, !chars[i - 1].isWhitespace { i -= 1 }
    return i
  }

  /// Pasted or inserted text made safe: controls dropped, tabs as spaces; newlines kept
  /// (`multiline`) or turned into spaces.
  static func clean(_ text: String, multiline: Bool) -> [Character] {
    var out: [Character] = []
    for c in text {
      if c == "\n" || c == "\r\n" || c == "\r" {
        out.append(multiline ? "\n" : " ")
      } else if c == "\t" {
        out.append(" ")
      } else if TextMatch.isPrintable(c) {
        out.append(c)
      }
    }
    return out
  }

  static func width(_ chars: ArraySlice<Character>) -> Int {
    var w = 0
    for c in chars { w += DisplayWidth.of(c) }
    return w
  }
}

extension TextEditing {
  /// A paste as the characters to insert into a text of `count` characters, or refused
  /// whole when they would pass `limit`.
  static func paste(_ text: String, into count: Int, limit: Int?, multiline: Bool) -> Result<[Character], RefusedPaste>
  {
    // A paste far over the limit (megabytes) is counted, never cleaned or copied.
    if let limit, text.utf8.count > 4 * limit, count + text.count > limit {
      return .failure(RefusedPaste(length: text.count, limit: limit))
    }
    let new = clean(text, multiline: multiline)
    if let limit, count + new.count > limit { return .failure(RefusedPaste(length: new.count, limit: limit)) }
    return .success(new)
  }
}

/// A paste a text input refused because the text would have passed its limit.
public struct RefusedPaste: Error, Sendable, Equatable {
  /// Characters (grapheme clusters) in the paste.
  public let length: Int
  /// The input's `maxLength`.
  public let limit: Int
}

/// Texts the form shows for lengths, in the user's language. The app binds them around
/// handling keys (a task local, as `PickerTexts`).
///
/// The task local holds a struct of closures, never a closure itself: `withValue` on a task
/// local of function type crashes in optimized builds (Swift 6.3.1, in
/// swift_task_localValuePush: the release program died on the first key).
public enum FormTexts {
  public struct Wording: Sendable {
    /// Under a field whose text is longer than its limit.
    public var tooLong: @Sendable (_ limit: Int) -> String
    /// Under a field that refused a paste: the paste's length and the limit.
    public var pasteTooLong: @Sendable (_ length: Int, _ limit: Int) -> String

    public init(
      tooLong: @escaping @Sendable (_ limit: Int) -> String,
      pasteTooLong: @escaping @Sendable (_ length: Int, _ limit: Int) -> String
    ) {
      self.tooLong = tooLong
      self.pasteTooLong = pasteTooLong
    }
  }

  @TaskLocal public static var wording = Wording(
    tooLong: { "At most \($0) characters." },
    pasteTooLong: { "The pasted text (\($0) characters) is longer than the field allows (\($1)); nothing was pasted." })

  public static func tooLong(_ limit: Int) -> String { wording.tooLong(limit) }
  public static func pasteTooLong(_ length: Int, _ limit: Int) -> String { wording.pasteTooLong(length, limit) }
}
