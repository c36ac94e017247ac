import ArgumentParser

/// `tovholder export …`: reports and data out of the program. Each area adds its subcommand here.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Writes reports and data (incidents, plans, screenings, force reports).",
    subcommands: [ExportIncidents.self, ExportPlan.self, ExportScreenings.self, ExportForceReport.self])
}
