import Foundation

/// SQLite result codes and errno values in words: what is wrong and what to do. A code is
/// only shown (for the one who supports the program) when no wording fits it.
enum ErrorWords {
  static func database(_ code: Int32, _ t: Texts) -> String {
    switch code & 0xFF {
    case 13: return t("error.diskFull")
    case 5, 6: return t("error.locked")
    case 11, 26: return t("error.database.corrupt")
    case 10: return t("error.database.disk")
    case 14: return t("error.database.cantOpen")
    case 8: return t("error.database.readOnly")
    case 19: return t("error.database.constraint")
    default: return t("error.database", code)
    }
  }

  static func io(_ code: Int32, _ t: Texts) -> String {
    switch code {
    case ENOSPC, EDQUOT: return t("error.diskFull")
    case EEXIST: return t("error.io.exists")
    case ENOENT, ENOTDIR: return t("error.io.noFolder")
    case EACCES, EPERM: return t("error.io.permission")
    case EROFS: return t("error.io.readOnlyDisk")
    case EISDIR: return t("error.io.isFolder")
    default: return t("error.io", code)
    }
  }
}
