import Foundation

/// Every file the program writes outside the database (exports, reports, backups, the log)
/// is readable by its owner only: created 0600 and set to 0600 again after creation, so the
/// umask (022, 002, 000 …) never widens it.
public enum PrivateFile {
  /// Writes `data` to `path`. With `replacing`, an existing file is replaced atomically (the
  /// new content is written beside it and renamed over it); without, an existing file is
  /// refused with `.io(errno: EEXIST)` and left as it was.
  public static func write(_ data: Data, to path: String, replacing: Bool) throws(StorageError) {
    guard replacing else {
      let fd = try create(path)
      defer { close(fd) }
      try writeAll(data, fd: fd, path: path)
      return
    }
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).tmp"
    let fd = try create(temporary)
    do {
      try writeAll(data, fd: fd, path: temporary)
      close(fd)
    } catch {
      close(fd)
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw .io(errno: code)
    }
  }

  /// Creates a new, empty file 0600 and returns its descriptor; refuses an existing one.
  public static func create(_ path: String) throws(StorageError) -> Int32 {
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .io(errno: errno) }
    // The mode given to open() is narrowed by the umask, never widened; fchmod sets it exactly.
    fchmod(fd, 0o600)
    return fd
  }

  private static func writeAll(_ data: Data, fd: Int32, path: String) throws(StorageError) {
    var failure: Int32 = 0
    data.withUnsafeBytes { raw in
      guard var p = raw.baseAddress else { return }
      var left = raw.count
      while left > 0 {
        let n = Foundation.write(fd, p, left)
        if n < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        p += n
        left -= n
      }
    }
    if failure != 0 { throw .io(errno: failure) }
    if fsync(fd) != 0 { throw .io(errno: errno) }
  }
}
