import Foundation
import TovholderCore
import TovholderStorage

/// Where every export goes: standard output, or a new owner-only file (0600 whatever the
/// umask). Control characters in the data are made visible here, for every format, so no
/// report can carry an escape sequence to the terminal it is printed on.
enum ExportOutput {
  static func write(_ text: String, to output: String?, _ global: GlobalOptions) throws(CommandFailure) {
    let data = Data(VisibleText.of(text).utf8)
    guard let output else {
      FileHandle.standardOutput.write(data)
      return
    }
    do {
      try PrivateFile.write(data, to: output, replacing: true)
    } catch {
      throw failure(error, global, status: .refused)
    }
  }
}
