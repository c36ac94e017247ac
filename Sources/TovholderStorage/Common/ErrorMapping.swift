import Foundation
import GRDB

extension StorageError {
  /// Turns any error from GRDB or Foundation into a StorageError without its message
  /// (an SQLite message may quote values).
  static func from(_ error: any Error, path: String = "") -> StorageError {
    if let error = error as? StorageError { return error }
    if let error = error as? DatabaseError {
      switch error.resultCode {
      case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked
      case .SQLITE_READONLY: return .readOnly(path: path)
      case .SQLITE_NOTADB: return .notATovholderDatabase(path: path)
      default: return .database(code: error.extendedResultCode.rawValue)
      }
    }
    // A row that an update or a fetch by key expected is gone.
    if error is RecordError { return .notFound }
    // A value read outside a record (a count, a MAX(...)) that isn't what the column holds.
    if error is RowDecodingError || error is DecodingError { return .undecodable(table: "?", id: "?") }
    if let error = error as? CocoaError, let posix = error.underlying as? POSIXError {
      return .io(errno: posix.code.rawValue)
    }
    return .io(errno: 0)
  }
}

extension CocoaError {
  fileprivate var underlying: (any Error)? { userInfo[NSUnderlyingErrorKey] as? any Error }
}

/// Runs `body`, converting whatever it throws into a StorageError.
@inline(__always)
func storage<T>(_ body: () throws -> T) throws(StorageError) -> T {
  do {
    return try body()
  } catch {
    throw StorageError.from(error)
  }
}

extension DatabaseError {
  var isUniqueViolation: Bool { extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE }
}
