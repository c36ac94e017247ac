import Foundation
import TovholderCore
import TovholderStorage

/// Turns any error into a plain message in the user's language. Never includes personal
/// data: only what the user typed themselves or names of staff may appear.
public enum ErrorMessages {
  /// Areas describe their own error types here (tried in order before the generic text).
  nonisolated(unsafe) public static var describers: [(Error, Texts) -> String?] = []

  public static func describe(_ error: Error, _ t: Texts) -> String {
    if let e = error as? StorageError { return storage(e, t) }
    if let e = error as? CPRError { return cpr(e, t) }
    if let e = error as? AccountValidationError { return account(e, t) }
    for describer in describers {
      if let text = describer(error, t) { return text }
    }
    return t("error.unknown")
  }

  static func storage(_ e: StorageError, _ t: Texts) -> String {
    switch e {
    case .notATovholderDatabase(let path): return t("error.notTovholder", path)
    case .newerSchema: return t("error.newerSchema")
    case .readOnly(let path): return t("error.readOnly", path)
    case .locked: return t("error.locked")
    case .cannotCreateFolder(let path): return t("error.cannotCreateFolder", path)
    case .missingDatabase(let path): return t("error.missingDatabase", path)
    case .emptyDatabase(let path): return t("error.emptyDatabase", path)
    case .versionConflict(let who, let at): return t("error.versionConflict", who, DanishFormat.dateTime(at))
    case .notFound: return t("error.notFound")
    case .accessDenied: return t("error.accessDenied")
    case .residentNotAvailable: return t("error.residentNotAvailable")
    case .alreadyInitialized: return t("error.alreadyInitialized")
    case .notInitialized: return t("error.notInitialized")
    case .databaseNotEmpty: return t("error.databaseNotEmpty")
    case .invalidAccount(let a): return account(a, t)
    case .invalidResident(let r): return resident(r, t)
    case .invalidHome(.emptyName): return t("error.home.emptyName")
    case .invalidHome(.shiftTimes): return t("error.home.shiftTimes")
    case .invalidNote(.emptyText): return t("error.note.emptyText")
    case .invalidNote(.tooLong(let limit)): return t("form.tooLong", limit)
    case .usernameTaken: return t("error.usernameTaken")
    case .unitNameTaken: return t("error.unitNameTaken")
    case .emptyUnitName: return t("error.emptyUnitName")
    case .duplicateCPR: return t("error.duplicateCPR")
    case .signInRefused(let s): return signIn(s, t)
    case .database(let code): return ErrorWords.database(code, t)
    case .io(let errno): return ErrorWords.io(errno, t)
    default:
      for describer in describers {
        if let text = describer(e, t) { return text }
      }
      return t("error.unknown")
    }
  }

  static func resident(_ e: ResidentValidationError, _ t: Texts) -> String {
    switch e {
    case .emptyName: return t("error.resident.emptyName")
    case .moveOutBeforeMoveIn: return t("error.resident.moveOutBeforeMoveIn")
    case .moveInBeforeBirth(let born): return t("error.resident.moveInBeforeBirth", DanishFormat.day(born))
    case .moveInTooFarAhead(let latest): return t("error.resident.moveInTooFarAhead", DanishFormat.day(latest))
    }
  }

  static func signIn(_ e: SignInError, _ t: Texts) -> String {
    switch e {
    case .wrongCredentials:
      return t("signin.error.wrong", SignInRules.maxFailedAttempts, Int(SignInRules.lockDuration / 60))
    case .locked(let until): return t("signin.error.locked", DanishFormat.time(until))
    case .expired(let at): return t("signin.error.expired", DanishFormat.date(at))
    case .disabled: return t("signin.error.disabled")
    }
  }

  static func cpr(_ e: CPRError, _ t: Texts) -> String {
    switch e {
    case .empty: return t("error.cpr.empty")
    case .invalidFormat: return t("error.cpr.format")
    case .invalidDate(let d, let m, let y): return t("error.cpr.date", d, m, y)
    }
  }

  static func account(_ e: AccountValidationError, _ t: Texts) -> String {
    switch e {
    case .emptyUsername: return t("error.account.emptyUsername")
    case .usernameContainsSpace: return t("error.account.usernameSpace")
    case .emptyDisplayName: return t("error.account.emptyDisplayName")
    case .passwordTooShort(let n): return t("error.account.passwordShort", n)
    case .noUnits: return t("error.account.noUnits")
    case .expiryInPast: return t("error.account.expiryInPast")
    }
  }
}

/// Dates and times as Danes write them, in Danish local time. Built from calendar fields
/// rather than `DateFormatter`, whose locale data (ICU) costs megabytes of memory and a
/// formatter per call.
public enum DanishFormat {
  private static let calendar: Calendar = {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = .danish
    return c
  }()
  private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
  private static func four(_ n: Int) -> String {
    let s = "\(n)"
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
  }
  private static func fields(_ d: Date) -> DateComponents {
    calendar.dateComponents([.year, .month, .day, .hour, .minute], from: d)
  }
  public static func date(_ d: Date) -> String {
    let c = fields(d)
    return "\(two(c.day ?? 0))-\(two(c.month ?? 0))-\(four(c.year ?? 0))"
  }
  public static func time(_ d: Date) -> String {
    let c = fields(d)
    return "\(two(c.hour ?? 0)):\(two(c.minute ?? 0))"
  }
  public static func dateTime(_ d: Date) -> String {
    let c = fields(d)
    return "\(two(c.day ?? 0))-\(two(c.month ?? 0))-\(four(c.year ?? 0)) \(two(c.hour ?? 0)):\(two(c.minute ?? 0))"
  }
  public static func day(_ d: CalendarDay) -> String { "\(two(d.day))-\(two(d.month))-\(four(d.year))" }
}
