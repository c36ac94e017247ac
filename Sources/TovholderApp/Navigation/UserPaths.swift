import Foundation

/// Where Tovholder keeps its files, following the XDG base directories.
public enum UserPaths {
  static var env: [String: String] { ProcessInfo.processInfo.environment }
  static var home: String { env["HOME"] ?? NSHomeDirectory() }

  private static func base(_ variable: String, _ fallback: String) -> String {
    if let v = env[variable], v.hasPrefix("/") { return v }
    return home + "/" + fallback
  }

  public static var configDirectory: String { base("XDG_CONFIG_HOME", ".config") + "/tovholder" }
  public static var dataDirectory: String { base("XDG_DATA_HOME", ".local/share") + "/tovholder" }
  public static var stateDirectory: String { base("XDG_STATE_HOME", ".local/state") + "/tovholder" }
  public static var keysFile: String { configDirectory + "/keys.conf" }
  /// Files made from a screen (a resident's full copy, a relative's digest), folder 0700.
  public static var exportDirectory: String { dataDirectory + "/exports" }
}
