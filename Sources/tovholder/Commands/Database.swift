import ArgumentParser
import Foundation
import TovholderApp
import TovholderStorage

/// Opens the database for a command (catalogues first), or fails with the reason in the
/// user's language (exit 3).
func openDatabase(_ global: GlobalOptions) throws(CommandFailure) -> AppDatabase {
  let options = Launcher.Options(language: global.resolvedLanguage, databasePath: global.database)
  switch Launcher.openDatabase(options) {
  case .success(let db): return db
  case .failure(let failure): throw CommandFailure(failure.message, .refused)
  }
}

/// The error as the command's failure, in the user's language (see `ExitStatus(for:)`).
func failure(_ error: Error, _ global: GlobalOptions) -> CommandFailure {
  CommandFailure(error, Texts(language: global.resolvedLanguage))
}

func say(_ global: GlobalOptions, _ key: String, _ args: CustomStringConvertible...) {
  let texts = Texts(language: global.resolvedLanguage)
  var text = texts(key)
  for (i, arg) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: arg.description) }
  print(text)
}
