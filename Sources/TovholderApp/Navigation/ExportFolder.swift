import Foundation
import TovholderCore
import TovholderStorage

/// Files made from a screen go to the user's export folder (0700), each file 0600, named by
/// what it is, the resident's number and the minute (never a name: a file listing shows no
/// one's identity). A second file in the same minute gets `-2`, `-3` …
enum ExportFolder {
  static func write(_ text: String, name: String, ext: String, context: AppContext) throws(StorageError) -> String {
    let folder = context.exportDirectory
    try makeFolder(folder)
    let data = Data(VisibleText.of(text).utf8)
    var attempt = 1
    while true {
      let path = folder + "/" + name + (attempt == 1 ? "" : "-\(attempt)") + "." + ext
      do {
        try PrivateFile.write(data, to: path, replacing: false)
        return path
      } catch .io(let code) where code == EEXIST && attempt < 100 {
        attempt += 1
      }
    }
  }

  /// Where files went, for a page: the folder on one line and each file's name on its own, so
  /// a narrow screen wraps the folder but never breaks a file name.
  static func whereSaved(_ paths: [String], _ t: Texts) -> String {
    let folder = paths.first.map { ($0 as NSString).deletingLastPathComponent } ?? ""
    let names = paths.map { "  " + ($0 as NSString).lastPathComponent }
    return ([t("rights.file.folder", folder)] + names).joined(separator: "\n")
  }

  /// `kopi-nr16-20261203-1400`: what, whose, when (Danish time).
  static func name(_ what: String, resident: ResidentID, at: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .danish
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: at)
    func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
    return "\(what)-nr\(resident)-\(c.year ?? 0)\(two(c.month))\(two(c.day))-\(two(c.hour))\(two(c.minute))"
  }

  static func makeFolder(_ path: String) throws(StorageError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw .cannotCreateFolder(path: path)
    }
    chmod(path, 0o700)
  }
}
