import Crypto
import Foundation
import _CryptoExtras

/// scrypt password hashes with a per-account random salt. The parameters are stored with
/// the hash (`scrypt$ln=15,r=8,p=1$<salt>$<key>`, base64) so they can be raised later:
/// a sign-in with an older cost re-hashes the password.
public struct PasswordHashing: Sendable, Equatable {
  /// log2 of the scrypt cost N.
  public var logN: Int
  public var blockSize: Int
  public var parallelism: Int

  public init(logN: Int, blockSize: Int = 8, parallelism: Int = 1) {
    self.logN = logN
    self.blockSize = blockSize
    self.parallelism = parallelism
  }

  /// N = 2^15, r = 8, p = 1 (32 MiB, the OWASP minimum for scrypt).
  public static let production = PasswordHashing(logN: 15)
  /// Cheap parameters for tests. Never use in production.
  public static let fastForTesting = PasswordHashing(logN: 4)

  static let saltBytes = 16
  static let keyBytes = 32

  public func hash(_ password: String) -> String {
    var rng = SystemRandomNumberGenerator()
    let salt = (0..<Self.saltBytes).map { _ in UInt8.random(in: .min ... .max, using: &rng) }
    let key = derive(password, salt: salt)
    return "scrypt$ln=\(logN),r=\(blockSize),p=\(parallelism)$"
      + Data(salt).base64EncodedString() + "$" + Data(key).base64EncodedString()
  }

  /// Checks `password` against a stored hash in constant time (for equal lengths).
  public static func verify(_ password: String, against stored: String) -> Bool {
    guard let parsed = Parsed(stored) else { return false }
    let key = parsed.parameters.derive(password, salt: parsed.salt)
    return constantTimeEqual(key, parsed.key)
  }

  /// True when `stored` was made with weaker parameters than these.
  public func isWeaker(_ stored: String) -> Bool {
    guard let p = Parsed(stored)?.parameters else { return true }
    return p.logN < logN || p.blockSize < blockSize
  }

  func derive(_ password: String, salt: [UInt8]) -> [UInt8] {
    do {
      let key = try KDF.Scrypt.deriveKey(
        from: Array(password.utf8), salt: salt, outputByteCount: Self.keyBytes,
        rounds: 1 << logN, blockSize: blockSize, parallelism: parallelism)
      return key.withUnsafeBytes { Array($0) }
    } catch {
      // Only invalid parameters can fail; a hash that cannot be derived never verifies.
      return []
    }
  }

  static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count, !a.isEmpty else { return false }
    var diff: UInt8 = 0
    for i in 0..<a.count { diff |= a[i] ^ b[i] }
    return diff == 0
  }

  struct Parsed {
    var parameters: PasswordHashing
    var salt: [UInt8]
    var key: [UInt8]

    init?(_ stored: String) {
      let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
      guard parts.count == 4, parts[0] == "scrypt" else { return nil }
      var values: [String: Int] = [:]
      for pair in parts[1].split(separator: ",") {
        let kv = pair.split(separator: "=")
        guard kv.count == 2, let v = Int(kv[1]) else { return nil }
        values[String(kv[0])] = v
      }
      guard let ln = values["ln"], let r = values["r"], let p = values["p"],
        (1...20).contains(ln), (1...32).contains(r), (1...16).contains(p),
        let salt = Data(base64Encoded: String(parts[2])),
        let key = Data(base64Encoded: String(parts[3]))
      else { return nil }
      self.parameters = PasswordHashing(logN: ln, blockSize: r, parallelism: p)
      self.salt = Array(salt)
      self.key = Array(key)
    }
  }
}
