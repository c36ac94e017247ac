import ArgumentParser
import Foundation
import TovholderApp
import TovholderStorage

/// Opens the database for a command, or exits 3 with the Danish (or English) reason.
/// `readOnly` for checks: the file must exist and stays byte-identical.
func openDatabase(_ global: GlobalOptions, readOnly: Bool = false) throws -> AppDatabase {
  let options = Launcher.Options(language: global.resolvedLanguage, databasePath: global.database)
  switch Launcher.openDatabase(options, readOnly: readOnly) {
  case .success(let db): return db
  case .failure(let failure):
    FileHandle.standardError.write(Data(("tovholder: " + failure.message + "\n").utf8))
    throw ExitCode(failure.code)
  }
}

/// Prints a storage error in the user's language and exits non-zero.
func failure(_ error: Error, _ global: GlobalOptions, code: Int32 = 1) -> ExitCode {
  let texts = Texts(language: global.resolvedLanguage)
  FileHandle.standardError.write(Data(("tovholder: " + ErrorMessages.describe(error, texts) + "\n").utf8))
  return ExitCode(code)
}

func say(_ global: GlobalOptions, _ key: String, _ args: CustomStringConvertible...) {
  let texts = Texts(language: global.resolvedLanguage)
  var text = texts(key)
  for (i, arg) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: arg.description) }
  print(text)
}
