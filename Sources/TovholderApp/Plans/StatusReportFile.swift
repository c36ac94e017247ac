import Foundation
import TovholderCore
import TovholderStorage

/// "Del statusrapport" on screen: the same report and consent check as
/// `tovholder export plan --for-relative`, written through `ExportFolder` (a new 0600 file in
/// the person's export folder, named by numbers only) and logged on the relative's contact log.
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
    let name =
      ExportFolder.name("statusrapport", resident: residentID, at: context.clock()) + "-paaroerende\(relative.id)"
    let path = try ExportFolder.write(report, name: name, ext: "md", context: context)
    // Every report given to a relative is on the contact log, as with `export plan --for-relative`.
    _ = try session.database.relatives.logReportGiven(
      residentID: residentID, relativeID: relative.id, said: context.texts("rights.report.said.plan"),
      toldAboutHealth: false, actor: session.actor)
    return path
  }
}
