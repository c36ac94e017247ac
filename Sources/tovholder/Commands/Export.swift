import ArgumentParser

/// `tovholder export …`: reports and data out of the program. Each area adds its subcommand here.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Writes reports and data (incidents, plans, screenings, force reports, a resident's full copy, a relative's digest).",
    subcommands: [
      ExportIncidents.self, ExportPlan.self, ExportScreenings.self, ExportForceReport.self, ExportResident.self,
      ExportRelativeDigest.self,
    ])
}
