public enum TovholderVersion {
  public static let current = "0.1.0"
}
