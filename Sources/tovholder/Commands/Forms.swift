import ArgumentParser
import Foundation
import TovholderApp
import TovholderCore
import TovholderStorage

/// `tovholder forms …`: the force forms (magtanvendelsesskemaer) at hand, and loading a newer
/// definition so a home can bring in the official wording when it has the form.
struct Forms: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Lists the force forms (version, source, verified wording) and loads a newer form file.",
    subcommands: [FormsList.self, FormsLoad.self])
}

/// `tovholder forms list`: each form's versions at hand, where each comes from, whether its
/// wording is verified against the official form, and which one new reports use.
struct FormsList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Lists each force form's versions, source and whether its wording is verified.")

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let t = Texts(language: global.resolvedLanguage)
    let db = try openDatabase(global, readOnly: true)
    let loaded = (try? db.forceForms.loaded()) ?? []
    let forms = db.catalogues.forceForms
    for kind in ForceForm.Kind.allCases {
      let inUse = forms[kind]
      // Oldest first: the shipped one, the home's own file, then what an admin loaded.
      let versions = forms.all.filter { $0.form == kind && $0 != inUse } + [inUse]
      print(inUse.title)
      for f in versions {
        let origin: String
        if let l = loaded.last(where: { $0.form == f }) {
          origin = t("forms.origin.loaded", DateWording.day(l.loadedAt), l.loadedByName ?? "–")
        } else if f == Catalogues.shipped.forceForms[kind] {
          origin = t("forms.origin.shipped")
        } else {
          origin = t("forms.origin.configFile")
        }
        let verified = t(f.verified ? "forms.verified" : "forms.unverified", f.unverifiedFieldCount, f.fields.count)
        let use = f == inUse ? " · " + t("forms.inUse") : ""
        print("  " + t("forms.version", f.version) + " · \(origin) · \(verified)\(use)")
        if let source = f.wordingSource { print("    " + t("forms.source", source)) }
        let titles = f.optionTitleCount
        if titles.of > 0 { print("    " + t("forms.optionTitles", titles.titled, titles.of)) }
      }
    }
  }
}

/// `tovholder forms load FILE --user ADMIN`: checks a form file and stores it; new reports on
/// that form use it from then on, older reports keep the version they were made on.
struct FormsLoad: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract: "Loads a force form definition (JSON, as in Resources/catalogues/episodes) after checking it.")

  @OptionGroup var global: GlobalOptions
  @Argument(help: "The form file (JSON).") var file: String
  @OptionGroup var signIn: SignInOptions

  func run() throws {
    let t = Texts(language: global.resolvedLanguage)
    guard let data = FileManager.default.contents(atPath: file), data.count <= 2_000_000 else {
      throw CommandFailure(t("forms.unreadable", file), .refused)
    }
    let secret = try signIn.password(global)
    let db = try openDatabase(global)
    let actor = try signIn.signIn(db, global, password: secret)
    let json = [UInt8](data)
    let kind = (try? ForceForm.parse(json))?.form
    let current = kind.map { db.catalogues.forceForms[$0] }
    let loaded: (form: ForceForm, result: ForceFormLoad)
    do {
      loaded = try db.forceForms.load(
        json: json, current: current, known: db.catalogues.forceForms.all, by: actor)
    } catch {
      throw failure(error, global, status: .refused)
    }
    let f = loaded.form
    switch loaded.result {
    case .alreadyLoaded:
      say(global, "forms.alreadyLoaded", f.title, f.version)
    case .loaded(let changes):
      say(global, "forms.loaded", f.title, f.version)
      if changes.isEmpty {
        say(global, "forms.sameFields", current?.version ?? "–")
      } else {
        say(global, "forms.changes", changes.count, current?.version ?? "–")
        for change in changes { print("  " + FormsWording.change(change, t)) }
      }
      if !f.verified { say(global, "forms.stillUnverified", f.unverifiedFieldCount) }
    }
  }
}

enum FormsWording {
  static func change(_ c: ForceFormChange, _ t: Texts) -> String {
    switch c {
    case .added(let id, let label): return t("forms.change.added", label, id)
    case .removed(let id, let label): return t("forms.change.removed", label, id)
    case .relabelled(let id, let from, let to): return t("forms.change.relabelled", id, from, to)
    case .kindChanged(let id, let from, let to): return t("forms.change.kind", id, from.rawValue, to.rawValue)
    case .requiredChanged(let id, let required):
      return t(required ? "forms.change.nowRequired" : "forms.change.nowOptional", id)
    case .optionsChanged(let id, let from, let to):
      return t("forms.change.options", id, from.joined(separator: ", "), to.joined(separator: ", "))
    case .optionTitlesChanged(let id, let titled): return t("forms.change.titles", id, titled.joined(separator: "; "))
    case .reordered: return t("forms.change.reordered")
    }
  }
}
