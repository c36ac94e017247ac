import Crypto
import Foundation
import GRDB
import TovholderCore

/// Appends rows to the audit chain. Call only inside the write transaction of the change
/// (or read) it records, so the change and its row commit together or not at all.
enum AuditLog {
  static let genesisHash = String(repeating: "0", count: 64)

  /// The row a write changed: its content is hashed as written and kept in the audit row.
  struct Written: Hashable {
    var table: ContentHash.Table
    var id: Int64
  }

  /// True while an open screen re-reads what it already shows (`AppDatabase.refreshing`):
  /// its opening wrote the access row, so a read writes none. Changes are always written.
  @TaskLocal static var accessAlreadyRecorded = false

  static func append(
    _ db: Database, at: Date, actorID: AccountID?, actorName: String, action: AuditAction,
    residentID: ResidentID? = nil, subjectID: Int64? = nil, wrote written: Written? = nil
  ) throws {
    if accessAlreadyRecorded, action.isAccess { return }
    let last = try AuditLogRow.Link.newest(db)
    let id = (last?.id ?? 0) + 1
    let prev = last?.hash ?? genesisHash
    let atMs = Int64((at.timeIntervalSince1970 * 1000).rounded())
    var fields = Fields(
      id: id, atMs: atMs, actorID: actorID, actorName: actorName, action: action.rawValue,
      residentID: residentID, subjectID: subjectID)
    if let written {
      fields.content = Fields.Content(
        table: written.table.rawValue, id: written.id,
        hash: try ContentHash.of(db, table: written.table, id: written.id))
    }
    try AuditLogRow(
      id: id, atMs: atMs, actorId: actorID, actorName: actorName, action: action.rawValue,
      residentId: residentID, subjectId: subjectID, prevHash: prev, hash: fields.hash(previous: prev),
      contentTable: fields.content?.table, contentId: fields.content?.id, contentHash: fields.content?.hash
    ).insert(db)
  }

  static func append(
    _ db: Database, at: Date, actor: Actor, action: AuditAction, residentID: ResidentID? = nil,
    subjectID: Int64? = nil, wrote written: Written? = nil
  ) throws {
    try append(
      db, at: at, actorID: actor.accountID, actorName: actor.displayName, action: action,
      residentID: residentID, subjectID: subjectID, wrote: written)
  }

  /// The canonical fields of a row, hashed together with the previous row's hash.
  struct Fields {
    var id: Int64
    var atMs: Int64
    var actorID: Int64?
    var actorName: String
    var action: String
    var residentID: Int64?
    var subjectID: Int64?
    /// The row written and its content hash (rows from before the content hash have none).
    var content: Content?

    struct Content: Equatable {
      var table: String
      var id: Int64
      var hash: String
    }

    init(
      id: Int64, atMs: Int64, actorID: Int64?, actorName: String, action: String,
      residentID: Int64?, subjectID: Int64?
    ) {
      self.id = id
      self.atMs = atMs
      self.actorID = actorID
      self.actorName = actorName
      self.action = action
      self.residentID = residentID
      self.subjectID = subjectID
    }

    init(_ row: AuditLogRow) {
      self.init(
        id: row.id, atMs: row.atMs, actorID: row.actorId, actorName: row.actorName, action: row.action,
        residentID: row.residentId, subjectID: row.subjectId)
      if let table = row.contentTable, let id = row.contentId, let hash = row.contentHash {
        content = Content(table: table, id: id, hash: hash)
      }
    }

    /// SHA-256 over `previous` and the fields, one per line; the name is length-prefixed so
    /// no field can imitate a line break. A row with content adds its table, id and hash
    /// (rows without keep the v1 form, so older rows verify as they were written).
    func hash(previous: String) -> String {
      func opt(_ v: Int64?) -> String { v.map(String.init) ?? "-" }
      var lines = [
        "tovholder-audit-v1", previous, String(id), String(atMs), opt(actorID),
        "\(actorName.utf8.count):\(actorName)", action, opt(residentID), opt(subjectID),
      ]
      if let content { lines += ["content", content.table, String(content.id), content.hash] }
      let text = lines.joined(separator: "\n")
      let digits = Array("0123456789abcdef")
      return String(SHA256.hash(data: Data(text.utf8)).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }
  }
}
