import Foundation
import TovholderCore
import TovholderStorage

/// The full copy made from the record (Ctrl-O, leaders of the unit): the JSON and the text
/// document, both written 0600 to the user's export folder, the paths shown.
enum ResidentCopyAction {
  static func save(session: Session, resident: Resident, context: AppContext) {
    let t = context.texts
    _ = RightsWords.registerErrors
    guard AccessRules.canSeeAccessLog(in: resident.unitID, actor: session.actor) else {
      context.show(t("rights.error.notLeader"), kind: .warning)
      return
    }
    do {
      let copy = try session.database.rights.copy(residentID: resident.id, actor: session.actor)
      let name = ExportFolder.name("kopi", resident: resident.id, at: copy.generatedAt)
      let json = try copy.json { RightsWords.what($0, t) }
      let jsonPath = try ExportFolder.write(json, name: name, ext: "json", context: context)
      let textPath = try ExportFolder.write(
        ResidentCopyText.render(copy, t), name: name, ext: "txt", context: context)
      context.show(t("rights.copy.written", jsonPath, textPath), kind: .info, seconds: 30)
    } catch {
      context.show(ErrorMessages.describe(error, t), kind: .error, seconds: 15)
    }
  }
}
