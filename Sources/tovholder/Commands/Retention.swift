import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder retention --dry-run | --apply --user NAME` and `tovholder retention set KIND
/// PERIOD --rule TEXT --user ADMIN`: the home's retention periods and the runs that apply them.
struct Retention: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "retention",
    abstract: "Deletes what the home's retention periods no longer allow it to keep (--dry-run first).",
    subcommands: [RetentionRun.self, RetentionSet.self], defaultSubcommand: RetentionRun.self)
}

struct RetentionRun: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Lists (--dry-run) or deletes (--apply) what is due, per former resident and kind of record.",
    discussion: """
      A kind is due for a former resident when its period, counted from the day they moved out, has \
      passed. A kind without a period is kept. --apply deletes in one transaction per resident, removes \
      it from search, and logs per kind how many rows were deleted under which rule (never the content); \
      when the register entry's period ends, the name and CPR number become a stable pseudonym. \
      --dry-run: leaders and admin; --apply: admin. Run `tovholder check` afterwards.
      """)

  @OptionGroup var global: GlobalOptions
  @Flag(name: .customLong("dry-run"), help: "Show what is due (counts only); delete nothing.") var dryRun = false
  @Flag(help: "Delete what is due.") var apply = false
  @OptionGroup var signIn: SignInOptions

  func run() throws {
    let t = Texts(language: global.resolvedLanguage)
    guard dryRun != apply else { throw CommandFailure(t("rights.cli.mode"), .usage) }
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    do {
      let rules = try db.retention.rules(actor: actor)
      let unset = RetentionKind.allCases.filter { rules[$0]?.months == nil }
      if !unset.isEmpty {
        say(global, "rights.cli.notSet", unset.map { RightsWords.kind($0, t) }.joined(separator: ", "))
      }
      if dryRun {
        show(try db.retention.due(actor: actor), t)
      } else {
        report(try db.retention.apply(actor: actor), t)
      }
    } catch {
      throw failure(error, global)
    }
  }

  func show(_ due: [RetentionDue], _ t: Texts) {
    guard !due.isEmpty else { return say(global, "rights.cli.nothingDue") }
    for resident in due {
      say(global, "rights.cli.due.resident", resident.residentID, DateWording.day(resident.movedOut))
      for item in resident.items {
        let period = RightsWords.period(item.rule.months, t)
        if item.kind == .register {
          say(global, "rights.cli.due.register", RightsWords.kind(item.kind, t), VisibleText.of(item.rule.rule), period)
        } else {
          say(
            global, "rights.cli.due.item", RightsWords.kind(item.kind, t), item.rows, VisibleText.of(item.rule.rule),
            period)
        }
      }
    }
    say(global, "rights.cli.due.total", due.count)
  }

  func report(_ result: RetentionRunResult, _ t: Texts) {
    guard result.residents > 0 else { return say(global, "rights.cli.appliedNothing") }
    let kinds = RetentionKind.deletionOrder.compactMap { kind in
      result.rowsByKind[kind].map { t("rights.cli.rowsOfKind", RightsWords.kind(kind, t), $0) }
    }
    say(
      global, "rights.cli.applied", result.residents, kinds.isEmpty ? "–" : kinds.joined(separator: ", "),
      result.pseudonymised)
  }
}

extension RetentionKind: ExpressibleByArgument {}

struct RetentionSet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Sets the retention period of one kind of record and the rule it follows (admin).",
    discussion:
      "Kinds: \(RetentionKind.allCases.map(\.rawValue).joined(separator: ", ")). An empty period (\"\") keeps the kind until one is set."
  )

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The kind of record.") var kind: RetentionKind
  @Argument(help: "The period counted from moving out: 5 år, 18 mdr, 10 years, 6 months; \"\" to clear.")
  var period: String
  @Option(help: "The rule the period follows (e.g. the law and section).") var rule: String = ""
  @OptionGroup var signIn: SignInOptions

  func run() throws {
    let t = Texts(language: global.resolvedLanguage)
    let chosen = kind
    var months: Int?
    if !period.trimmingCharacters(in: .whitespaces).isEmpty {
      do { months = try RetentionPeriod.months(from: period) } catch {
        throw CommandFailure(error.message(t), .usage)
      }
    }
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    do {
      let saved = try db.retention.setRule(chosen, months: months, rule: rule, by: actor)
      if let months = saved.months {
        say(
          global, "rights.cli.set", RightsWords.kind(chosen, t), RightsWords.period(months, t),
          VisibleText.of(saved.rule))
      } else {
        say(global, "rights.cli.cleared", RightsWords.kind(chosen, t))
      }
    } catch .retention(let e) {
      throw CommandFailure(e.message(t), .usage)
    } catch {
      throw failure(error, global)
    }
  }
}
