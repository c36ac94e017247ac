import Foundation
import TerminalUI
import TovholderCore
import TovholderStorage

/// Fields of a force form that are picked from what the program knows instead of typed
/// (issue 15): the staff who took part from the accounts of the resident's unit, the guardian
/// and relatives from the resident's network (and, on the report, who was informed: guardians
/// and relatives). The official form asks for text, so the answer saved is the names chosen,
/// as text; the form's fields, order and wording are unchanged.
struct ForceFormPicks {
  static let staffField = "medarbejdere"
  static let guardianField = "vaerge"
  /// The option keeping the episode's own words about who took part.
  static let episodeWords = "episode"
  static let nobody = "-"

  /// Options of each picked field, by the field's id.
  var options: [String: [ChoiceOption]] = [:]
  /// What each picked field starts with (option keys; several joined by ",").
  var initial: [String: String] = [:]
  /// The words an option gives the answer when not its label (a guardian: the name alone).
  var words: [String: String] = [:]

  /// The names of the resident's network to offer: guardians in force first ("Name (værge)"),
  /// then the relatives ("Name (relation)"), keyed by "g<n>" and "r<id>".
  static func network(_ session: Session, _ residentID: ResidentID, today: CalendarDay, texts t: Texts)
    -> (guardians: [ChoiceOption], relatives: [ChoiceOption], names: [String: String])
  {
    guard
      let overview = try? session.database.relatives(catalogue: session.catalogues.informationKinds).overview(
        residentID: residentID, actor: session.actor, on: today)
    else { return ([], [], [:]) }
    var names: [String: String] = [:]
    let guardians = overview.guardianships.filter { $0.isActive(on: today) }.enumerated().compactMap {
      i, g -> ChoiceOption? in
      let name: String
      switch g.guardian {
      case .relative(let id): name = overview.relatives.first { $0.id == id }?.name ?? ""
      case .outside(let outside, _): name = outside
      }
      if name.isEmpty { return nil }
      names["g\(i)"] = name
      return ChoiceOption("g\(i)", t("episodes.force.pick.guardian", name))
    }
    let relatives = overview.relatives.map { r -> ChoiceOption in
      names["r\(r.id)"] = r.name
      return ChoiceOption("r\(r.id)", r.relation.isEmpty ? r.name : "\(r.name) (\(r.relation))")
    }
    return (guardians, relatives, names)
  }

  static func make(_ session: Session, _ e: ViolentEpisode, unitID: UnitID?, today: CalendarDay, texts t: Texts)
    -> ForceFormPicks
  {
    var picks = ForceFormPicks()
    // Who took part: the unit's staff and leaders, the reporter and anyone the episode names chosen.
    let colleagues = unitID.flatMap { try? session.database.accounts.colleagues(in: $0, for: session.actor) } ?? []
    var staff = colleagues.map { ChoiceOption(id: $0.id, "\($0.displayName) (\(t("role.\($0.role.rawValue)")))") }
    let words = e.details.involvedStaff.trimmingCharacters(in: .whitespacesAndNewlines)
    var chosen = colleagues.filter { $0.id == e.reporterID || (!words.isEmpty && words.contains($0.displayName)) }
      .map { String($0.id) }
    if !words.isEmpty, !colleagues.contains(where: { words.contains($0.displayName) }) {
      staff.insert(ChoiceOption(episodeWords, words), at: 0)
      chosen.insert(episodeWords, at: 0)
    }
    picks.options[staffField] = staff
    picks.initial[staffField] = staff.map(\.key).filter(chosen.contains).joined(separator: ",")
    // The guardian: those in force first, then the resident's relatives (a relative may be the
    // guardian before it is recorded), or none. With nobody on record the field stays text, so
    // a guardian from outside the network can still be named.
    let network = network(session, e.residentID, today: today, texts: t)
    if !network.guardians.isEmpty || !network.relatives.isEmpty {
      let none = ChoiceOption(nobody, t("episodes.force.pick.noGuardian"))
      picks.options[guardianField] = network.guardians + network.relatives + [none]
      picks.initial[guardianField] = network.guardians.first?.key ?? none.key
      picks.words = network.names
    }
    return picks
  }

  /// The text answer of a picked field: the chosen options' words in the list's order.
  func answer(_ fieldID: String, keys: String) -> String {
    let chosen = Set(keys.split(separator: ",").map(String.init))
    return (options[fieldID] ?? []).filter { chosen.contains($0.key) && $0.key != Self.nobody }.map {
      words[$0.key] ?? $0.label
    }.joined(separator: ", ")
  }
}
