import Foundation
import TovholderCore
import TovholderStorage

/// The full copy made from the record (Ctrl-O, leaders of the unit): the JSON and the text
/// document, both written 0600 to the user's export folder; a page shows where (the paths
/// are longer than the message line).
enum ResidentCopyAction {
  static func save(session: Session, resident: Resident, context: AppContext) -> ScreenAction {
    let t = context.texts
    guard AccessRules.canSeeAccessLog(in: resident.unitID, actor: session.actor) else {
      context.show(t("rights.error.notLeader"), kind: .warning)
      return .stay
    }
    do {
      let copy = try session.database.rights.copy(residentID: resident.id, actor: session.actor)
      let name = ExportFolder.name("kopi", resident: resident.id, at: copy.generatedAt)
      let json = try copy.json { RightsWords.what($0, t) }
      let jsonPath = try ExportFolder.write(json, name: name, ext: "json", context: context)
      let textPath = try ExportFolder.write(
        ResidentCopyText.render(copy, t), name: name, ext: "txt", context: context)
      context.show(t("rights.copy.saved"), kind: .info, seconds: 10)
      return .push(
        TextScreen(
          title: t("rights.copy.savedTitle"),
          text: [
            t("rights.copy.saved"), "", ExportFolder.whereSaved([jsonPath, textPath], t), "", t("rights.copy.handOver"),
          ].joined(separator: "\n")))
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
      return .stay
    }
  }
}
