import Foundation
import TovholderCore
import TovholderStorage

/// An error that reaches a person: it gives its own text, in the user's language, from
/// `Texts`. Each area makes its error types conform in its own folder (`Health/HealthErrors.swift`
/// …); the compiler checks every case, and nothing is registered at run time.
/// Never include personal data: only what the user typed themselves or names of staff.
public protocol UserMessage: Error {
  func message(_ t: Texts) -> String
}

/// Turns any error into a plain message in the user's language.
public enum ErrorMessages {
  public static func describe(_ error: any Error, _ t: Texts) -> String {
    (error as? any UserMessage)?.message(t) ?? t("error.unknown")
  }
}

extension StorageError: UserMessage {
  public func message(_ t: Texts) -> String {
    switch self {
    case .notATovholderDatabase(let path): return t("error.notTovholder", path)
    case .newerSchema: return t("error.newerSchema")
    case .readOnly(let path): return t("error.readOnly", path)
    case .locked: return t("error.locked")
    case .cannotCreateFolder(let path): return t("error.cannotCreateFolder", path)
    case .missingDatabase(let path): return t("error.missingDatabase", path)
    case .emptyDatabase(let path): return t("error.emptyDatabase", path)
    case .networkFileSystem(let path, let kind): return t("error.networkFileSystem", path, kind)
    case .versionConflict(let who, let at): return t("error.versionConflict", who, DateWording.dateTime(at))
    case .notFound: return t("error.notFound")
    case .accessDenied: return t("error.accessDenied")
    case .residentNotAvailable: return t("error.residentNotAvailable")
    case .alreadyInitialized: return t("error.alreadyInitialized")
    case .notInitialized: return t("error.notInitialized")
    case .databaseNotEmpty: return t("error.databaseNotEmpty")
    case .invalidAccount(let e): return e.message(t)
    case .invalidResident(let e): return e.message(t)
    case .invalidHome(let e): return e.message(t)
    case .invalidNote(let e): return e.message(t)
    case .invalidIncident(let e): return e.message(t)
    case .incidentTransition(let e): return e.message(t)
    case .incidentBatch(let e): return e.message(t)
    case .invalidPlan(let e): return e.message(t)
    case .relatives(let e): return e.message(t)
    case .usernameTaken: return t("error.usernameTaken")
    case .unitNameTaken: return t("error.unitNameTaken")
    case .emptyUnitName: return t("error.emptyUnitName")
    case .duplicateCPR: return t("error.duplicateCPR")
    case .signInRefused(let e): return e.message(t)
    case .health(let e): return e.message(t)
    case .invalidEpisode(let e): return e.message(t)
    case .invalidForceForm(let e): return e.message(t)
    case .forceFlow(let e): return e.message(t)
    case .invalidRiskCheck(let e): return e.message(t)
    case .retention(let e): return e.message(t)
    case .undecodable(let table, let id): return t("error.undecodable", table, id)
    case .database(let code): return ErrorWords.database(code, t)
    case .io(let errno): return ErrorWords.io(errno, t)
    }
  }
}

extension SignInError: UserMessage {
  public func message(_ t: Texts) -> String {
    switch self {
    case .wrongCredentials:
      return t("signin.error.wrong", SignInRules.maxFailedAttempts, Int(SignInRules.lockDuration / 60))
    case .locked(let until): return t("signin.error.locked", DateWording.time(until))
    case .expired(let at): return t("signin.error.expired", DateWording.day(at))
    case .disabled: return t("signin.error.disabled")
    }
  }
}

extension CPRError: UserMessage {
  public func message(_ t: Texts) -> String {
    switch self {
    case .empty: return t("error.cpr.empty")
    case .invalidFormat: return t("error.cpr.format")
    case .invalidDate(let d, let m, let y): return t("error.cpr.date", d, m, y)
    }
  }
}

extension AccountValidationError: UserMessage {
  public func message(_ t: Texts) -> String {
    switch self {
    case .emptyUsername: return t("error.account.emptyUsername")
    case .usernameContainsSpace: return t("error.account.usernameSpace")
    case .emptyDisplayName: return t("error.account.emptyDisplayName")
    case .passwordTooShort(let n): return t("error.account.passwordShort", n)
    case .noUnits: return t("error.account.noUnits")
    case .expiryInPast: return t("error.account.expiryInPast")
    }
  }
}

extension ResidentValidationError: UserMessage {
  public func message(_ t: Texts) -> String {
    switch self {
    case .emptyName: return t("error.resident.emptyName")
    case .moveOutBeforeMoveIn: return t("error.resident.moveOutBeforeMoveIn")
    case .moveInBeforeBirth(let born): return t("error.resident.moveInBeforeBirth", DateWording.day(born))
    case .moveInTooFarAhead(let latest): return t("error.resident.moveInTooFarAhead", DateWording.day(latest))
    }
  }
}

extension HomeValidationError: UserMessage {
  public func message(_ t: Texts) -> String {
    switch self {
    case .emptyName: return t("error.home.emptyName")
    case .shiftTimes: return t("error.home.shiftTimes")
    }
  }
}

extension NoteValidationError: UserMessage {
  public func message(_ t: Texts) -> String {
    switch self {
    case .emptyText: return t("error.note.emptyText")
    case .tooLong(let limit): return t("form.tooLong", limit)
    }
  }
}
