import Foundation
import TovholderCore
import TovholderStorage

/// "Del statusrapport" on screen: the same report and consent check as
/// `tovholder export plan --for-relative`, written to a new owner-only file (0600) in the
/// person's export folder, and logged on the relative's contact log. The file name holds numbers
/// only, never a name.
enum StatusReportFile {
  /// Writes the report for `relative` (checked against consent first; a refusal throws
  /// `.relatives(.sharingRefused)` and nothing is written) and returns the file's path.
  static func write(session: Session, residentID: ResidentID, relative: Relative, context: AppContext)
    throws(StorageError) -> String
  {
    let report = try session.database.plans.statusReport(
      residentID: residentID, format: .markdown, wording: PlanTexts.wording(context.texts, session.catalogues.plans),
      actor: session.actor,
      forRelative: relative.id, sharing: RelativeSharing.check(session.database))
    let folder = context.exportDirectory
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw .io(errno: EACCES)
    }
    let now = context.clock()
    let stamp =
      CalendarDay(now, in: session.timeZone).iso + "-"
      + DateWording.time(now, in: session.timeZone).replacingOccurrences(of: ":", with: "")
    let path = folder + "/statusrapport-nr\(residentID)-paaroerende\(relative.id)-\(stamp).md"
    try PrivateFile.write(Data(VisibleText.of(report).utf8), to: path, replacing: true)
    // Every report given to a relative is on the contact log, as with `export plan --for-relative`.
    _ = try session.database.relatives.logReportGiven(
      residentID: residentID, relativeID: relative.id, said: context.texts("rights.report.said.plan"),
      toldAboutHealth: false, actor: session.actor)
    return path
  }
}
