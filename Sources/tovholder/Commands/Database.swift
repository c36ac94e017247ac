import ArgumentParser
import Foundation
import TovholderApp
import TovholderStorage

/// Opens the database for a command (catalogues first), or fails with the reason in the
/// user's language (exit 3). `readOnly` for checks: the file must exist and stays byte-identical.
func openDatabase(_ global: GlobalOptions, readOnly: Bool = false) throws(CommandFailure) -> AppDatabase {
  let options = Launcher.Options(language: global.resolvedLanguage, databasePath: global.database)
  switch Launcher.openDatabase(options, readOnly: readOnly) {
  case .success(let db): return db
  case .failure(let failure): throw CommandFailure(failure.message, .refused)
  }
}

/// The error as the command's failure, in the user's language, ending with `status` or
/// else the one `ExitStatus(for:)` chooses.
func failure(_ error: Error, _ global: GlobalOptions, status: ExitStatus? = nil) -> CommandFailure {
  var failure = CommandFailure(error, Texts(language: global.resolvedLanguage))
  if let status { failure.status = status }
  return failure
}

func say(_ global: GlobalOptions, _ key: String, _ args: CustomStringConvertible...) {
  let texts = Texts(language: global.resolvedLanguage)
  var text = texts(key)
  for (i, arg) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: arg.description) }
  print(text)
}
