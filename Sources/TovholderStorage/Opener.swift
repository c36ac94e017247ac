import Foundation
import GRDB
import TovholderCore

/// Checks a file before anything may change it, then opens the pool and migrates.
struct Opener {
  let url: URL
  let options: AppDatabase.Options

  var path: String { url.path }

  func open() throws(StorageError) -> AppDatabase {
    let fm = FileManager.default
    try createFolder()
    if let kind = NetworkFileSystem.kind(of: url.deletingLastPathComponent().path) {
      throw .networkFileSystem(path: path, kind: kind)
    }
    if fm.fileExists(atPath: path) {
      try preflight()
    } else {
      close(try PrivateFile.create(path))
    }
    let pool: DatabasePool
    do {
      pool = try DatabasePool(path: path, configuration: configuration(readOnly: false))
      try Migrations.migrate(pool, catalogues: options.catalogues)
    } catch {
      throw StorageError.from(error, path: path)
    }
    restrictPermissions()
    let db = AppDatabase(url: url, pool: pool, options: try withLoadedForms(pool))
    db.log.event(.opened)
    return db
  }

  /// Opens an existing database to read only (`check`, `audit verify`, `audit anchor`): never
  /// creates the file or its folder, never migrates, never writes, so the file stays
  /// byte-identical. A missing or empty file is refused with its path.
  func openReadOnly() throws(StorageError) -> AppDatabase {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw .missingDatabase(path: path)
    }
    guard !isFolder.boolValue else { throw .notATovholderDatabase(path: path) }
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    guard size > 0 else { throw .emptyDatabase(path: path) }
    let pool: DatabasePool
    do {
      try readHeader()
      pool = try DatabasePool(path: path, configuration: configuration(readOnly: true))
      try pool.read { db in
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        guard appID == Migrations.applicationID else { throw StorageError.notATovholderDatabase(path: path) }
        let unknown = try Set(Migrations.migrator.appliedIdentifiers(db)).subtracting(Migrations.migrator.migrations)
        if !unknown.isEmpty { throw StorageError.newerSchema(unknownMigrations: unknown.sorted()) }
      }
    } catch {
      throw StorageError.from(error, path: path)
    }
    return AppDatabase(url: url, pool: pool, options: try withLoadedForms(pool))
  }

  /// The options with the force forms an admin loaded into this file (`tovholder forms load`)
  /// added to the catalogues: read once, here, like the catalogue files.
  private func withLoadedForms(_ pool: DatabasePool) throws(StorageError) -> AppDatabase.Options {
    var options = options
    do {
      let loaded = try pool.read(ForceFormRepository.loaded)
      options.catalogues.forceForms = options.catalogues.forceForms.adding(loaded.map(\.form))
    } catch {
      throw StorageError.from(error, path: path)
    }
    return options
  }

  private func configuration(readOnly: Bool) -> Configuration {
    var config = Configuration()
    config.readonly = readOnly
    config.foreignKeysEnabled = true
    config.busyMode = .timeout(options.busyTimeout)
    config.label = readOnly ? "tovholder-readonly" : "tovholder"
    AppDatabase.configure(&config)
    return config
  }

  /// The first bytes of an SQLite file, or `.notATovholderDatabase`.
  private func readHeader() throws(StorageError) {
    guard let handle = FileHandle(forReadingAtPath: path) else { throw .readOnly(path: path) }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    try? handle.close()
    guard header == Data("SQLite format 3\0".utf8) else { throw .notATovholderDatabase(path: path) }
  }

  private func createFolder() throws(StorageError) {
    let folder = url.deletingLastPathComponent()
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir) {
      guard isDir.boolValue else { throw .cannotCreateFolder(path: folder.path) }
      return
    }
    do {
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw .cannotCreateFolder(path: folder.path)
    }
  }

  /// Reads the existing file without writing to it.
  private func preflight() throws(StorageError) {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
    let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? 0
    let folder = url.deletingLastPathComponent().path
    if attributes?[.type] as? FileAttributeType != .typeRegular {
      throw .notATovholderDatabase(path: path)
    }
    if size > 0 { try readHeader() }
    // Root may write anything, so also honour a cleared owner-write bit.
    if access(path, W_OK) != 0 || mode & 0o200 == 0 || access(folder, W_OK) != 0 {
      throw .readOnly(path: path)
    }
    guard size > 0 else { return }
    var config = Configuration()
    config.readonly = true
    config.busyMode = .timeout(options.busyTimeout)
    do {
      let queue = try DatabaseQueue(path: path, configuration: config)
      defer { try? queue.close() }
      try queue.read { db in
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if appID != Migrations.applicationID {
          let objects = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
          if appID != 0 || objects > 0 { throw StorageError.notATovholderDatabase(path: path) }
          return
        }
        let known = Set(Migrations.migrator.migrations)
        let applied = try Migrations.migrator.appliedIdentifiers(db)
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty { throw StorageError.newerSchema(unknownMigrations: unknown.sorted()) }
      }
    } catch {
      throw StorageError.from(error, path: path)
    }
  }

  /// The database and its -wal and -shm files are readable by the owner only.
  private func restrictPermissions() {
    for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      chmod(path + suffix, 0o600)
    }
  }
}
