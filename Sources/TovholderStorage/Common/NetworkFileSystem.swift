import Foundation

/// SQLite's locks and its shared-memory WAL index only work among processes of one machine:
/// on a network file system two workstations writing the same file can corrupt it. The
/// supported setup is the file on the server's own disk and the workstations opening a
/// terminal on the server over SSH (README, "Several workstations, one database").
enum NetworkFileSystem {
  /// The kind of network (or user-space) file system `path` lies on, or nil for a local disk
  /// (or when the mount table can't be read: the open that follows reports real errors).
  static func kind(of path: String) -> String? {
    guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return nil }
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    return kind(of: resolved, mountinfo: table)
  }

  /// The kind for `path` (absolute, symlinks resolved) by the mount that holds it in
  /// `mountinfo` (the format of /proc/self/mountinfo): the longest mount point above it.
  static func kind(of path: String, mountinfo: String) -> String? {
    var best: (point: String, type: String)?
    for line in mountinfo.split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: false)
      guard fields.count > 6, let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count else { continue }
      let point = unescape(String(fields[4]))
      let holds = point == "/" || path == point || path.hasPrefix(point + "/")
      if holds, point.count >= (best?.point.count ?? -1) { best = (point, String(fields[dash + 1])) }
    }
    return best.flatMap { kind(type: $0.type) }
  }

  /// The name to show for a file-system type, when it is one to refuse.
  static func kind(type: String) -> String? {
    switch type {
    case "nfs", "nfs4": return "NFS"
    case "cifs", "smb3", "smbfs": return "SMB/CIFS"
    case "fuse", "fuseblk": return "FUSE"
    case _ where type.hasPrefix("fuse."): return "FUSE (\(type.dropFirst(5)))"
    case "9p", "ceph", "afs", "coda", "lustre", "gfs2", "ocfs2", "glusterfs", "davfs", "ncpfs": return type
    default: return nil
    }
  }

  /// Mount points escape space, tab, newline and backslash as octal (`\040`).
  private static func unescape(_ field: String) -> String {
    guard field.contains("\\") else { return field }
    var out = ""
    var chars = Array(field)[...]
    while let c = chars.popFirst() {
      if c == "\\", chars.count >= 3, let code = UInt8(String(chars.prefix(3)), radix: 8) {
        out.append(Character(UnicodeScalar(code)))
        chars = chars.dropFirst(3)
      } else {
        out.append(c)
      }
    }
    return out
  }
}
