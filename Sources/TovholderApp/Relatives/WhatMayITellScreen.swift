import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// "What may I tell?" for one relative: per kind of information whether it may be shared now
/// and why (a consent with its date and form, a guardianship's scope, or no basis), then the
/// digest of exactly what may be shared: shown, given as a file, or marked as told by phone.
/// Giving logs a contact on the contact log; nothing is given that no consent covers.
final class WhatMayITellScreen: TableScreen {
  enum Row {
    case kind(RelativeDigest.Permission)
    case view, giveFile, toldByPhone
  }

  let session: Session
  let resident: Resident
  let relative: Relative
  var digest: RelativeDigest?
  var lines: [Row] = []
  var kinds: InformationKindCatalogue { session.catalogues.informationKinds }

  init(session: Session, resident: Resident, relative: Relative) {
    self.session = session
    self.resident = resident
    self.relative = relative
    super.init(
      titleKey: "rights.tell.title",
      columns: [
        ColumnSpec("rights.tell.col.kind", .fixed(12)), ColumnSpec("rights.tell.col.may", .fixed(4)),
        ColumnSpec("rights.tell.col.why"),
      ], load: { _ in [] })
    load = { [unowned self] context in reloadRows(context) }
    onOpen = { [unowned self] row, context in act(row, context) }
  }

  func reloadRows(_ context: AppContext) -> [[String]] {
    let t = context.texts
    do {
      digest = try RelativesWords.repository(session).digest(
        residentID: resident.id, relativeID: relative.id, actor: session.actor, on: RelativesWords.today(context))
    } catch {
      digest = nil
      context.show(ErrorMessages.describe(error, t), kind: .error)
    }
    guard let d = digest else { return [] }
    introLines = [(t("rights.tell.heading", relative.name, resident.name, DateWording.day(d.day)), .header)]
    if d.allowedKinds.isEmpty { introLines.append((t("rights.tell.nothing", relative.name), .warning)) }
    lines = d.permissions.map { .kind($0) } + (d.allowedKinds.isEmpty ? [] : [.view, .giveFile, .toldByPhone])
    return lines.map { row in
      switch row {
      case .kind(let p):
        return [
          RelativesWords.kindName(p.kind.code, t, kinds),
          t(p.decision.isAllowed ? "rights.tell.allowed" : "rights.tell.refused"),
          RelativeDigestText.why(p, relative: relative.name, t, kinds),
        ]
      case .view: return ["▸", "", t("rights.tell.view", relative.name)]
      case .giveFile: return ["▸", "", t("rights.tell.give")]
      case .toldByPhone: return ["▸", "", t("rights.tell.told")]
      }
    }
  }

  func act(_ row: Int, _ context: AppContext) -> ScreenAction {
    guard lines.indices.contains(row), let d = digest else { return .stay }
    let t = context.texts
    switch lines[row] {
    case .kind(let p):
      context.show(
        RelativeDigestText.line(p, relative: relative.name, t, kinds), kind: p.decision.isAllowed ? .info : .warning,
        seconds: 15)
      return .stay
    case .view:
      return .push(
        TextScreen(title: t("rights.tell.digestTitle", relative.name), text: RelativeDigestText.render(d, t, kinds)))
    case .giveFile: return give(d, as: .letter, context)
    case .toldByPhone: return give(d, as: .call, context)
    }
  }

  /// Writes the file (for a letter), then logs the contact; if the log refuses (a consent
  /// withdrawn meanwhile), the file is removed again so nothing leaves unlogged. A file given
  /// opens a page with its path and what it holds.
  func give(_ d: RelativeDigest, as kind: ContactKind, _ context: AppContext) -> ScreenAction {
    let t = context.texts
    let names = d.allowedKinds.map { RelativesWords.kindName($0.code, t, kinds) }.joined(separator: ", ")
    let said = t("rights.tell.said", t(kind == .call ? "rights.tell.said.phone" : "rights.tell.said.file"), names)
    var path: String?
    do {
      if kind != .call {
        path = try ExportFolder.write(
          RelativeDigestText.render(d, t, kinds),
          name: ExportFolder.name("sammendrag", resident: resident.id, at: d.generatedAt),
          ext: "txt", context: context)
      }
      try RelativesWords.repository(session).logDigestGiven(d, as: kind, said: said, actor: session.actor)
      reload()
      guard let path else {
        context.show(t("rights.tell.toldLogged", said), seconds: 20)
        return .stay
      }
      context.show(t("rights.tell.logged"), seconds: 10)
      return .push(
        TextScreen(
          title: t("rights.tell.digestTitle", relative.name),
          text: t("rights.tell.given", ExportFolder.whereSaved([path], t)) + "\n\n"
            + RelativeDigestText.render(d, t, kinds)))
    } catch {
      if let path { unlink(path) }
      context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 20)
      reload()
      return .stay
    }
  }
}
