import Foundation
import Logging
import TovholderStorage

/// The program's log: a file in $XDG_STATE_HOME/tovholder/ with ids and event kinds only,
/// never names, CPR numbers or note text.
public enum AppLog {
  public static let logger: Logger = {
    if let handler = FileLogHandler(label: "tovholder", url: FileLogHandler.defaultURL()) {
      return Logger(label: "tovholder") { _ in handler }
    }
    return Logger(label: "tovholder") { _ in SwiftLogNoOpLogHandler() }
  }()
}
