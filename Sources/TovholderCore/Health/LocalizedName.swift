/// A name given in Danish and English, as catalogue data carries it. A template the home
/// defines itself may have only the one language its author typed.
public struct LocalizedName: Hashable, Sendable, Codable {
  public var da: String
  public var en: String?

  public init(da: String, en: String? = nil) {
    self.da = da
    self.en = en
  }

  /// The name in `language` ("da" or "en"), falling back to Danish.
  public func text(_ language: String) -> String {
    language == "en" ? (en ?? da) : da
  }
}
