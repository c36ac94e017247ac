import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Every relatives form keeps what is typed as a draft; after a crash (the screen dropped
/// unsaved) `RelativesArea.restoreDraft` re-opens it with every character back.
@Suite(.serialized) struct RelativesDraftTests {
  static let typed = "Åse Ærø-Ølund 👩‍👧 café"

  /// Types `text` into each field by id, key by key, as the shell would hand the keys over.
  func type(_ screen: any AnyFormScreen, _ f: AppFixture, _ fields: [String: String]) {
    for (id, text) in fields.sorted(by: { $0.key < $1.key }) {
      screen.focusField(id)
      for c in text { _ = screen.handle(c == "\n" ? .enter : .char(c), context: f.context) }
    }
  }

  /// Drops `screen` unsaved, re-opens its draft and compares every field.
  func restored(_ screen: any AnyFormScreen, _ f: AppFixture) throws -> any AnyFormScreen {
    let key = try #require(screen.draftFormKey)
    let draft = try #require(try f.database.drafts.load(owner: f.session.actor.accountID, formKey: key), "\(key)")
    let again = try f.reopen(draft)
    #expect(Swift.type(of: again) == Swift.type(of: screen))
    #expect(again.draftFormKey == key)
    #expect(again.values == screen.values, "\(key)")
    return again
  }

  @Test func theRelativeConsentAndContactFormsComeBackAsTyped() throws {
    let f = try AppFixture()
    let resident = try f.database.residents.list(for: f.session.actor).first!
    let ole = try f.database.relatives.add(
      NewRelative(residentID: resident.id, name: "Ole", relation: "bror"), by: f.session.actor)

    let new = RelativeFormScreen.make(session: f.session, resident: resident, editing: nil, context: f.context)
    #expect(new.draftRowID == nil)
    type(new, f, ["name": Self.typed, "relation": "søster", "notes": "Ring efter kl. 16 – ikke før"])
    var back = try restored(new, f)
    #expect(back.value(ofField: "name") == Self.typed)
    #expect(back.value(ofField: "notes") == "Ring efter kl. 16 – ikke før")

    let edit = RelativeFormScreen.make(session: f.session, resident: resident, editing: ole, context: f.context)
    type(edit, f, ["relation": " (halvbror)"])
    back = try restored(edit, f)
    #expect(back.value(ofField: "relation") == "bror (halvbror)")

    let consent = ConsentFormScreen.make(session: f.session, resident: resident, relative: ole, context: f.context)
    _ = consent.handle(.right, context: f.context)
    type(consent, f, ["note": Self.typed])
    back = try restored(consent, f)
    #expect(back.value(ofField: "note") == Self.typed)

    let contact = ContactFormScreen.make(session: f.session, resident: resident, relativeID: ole.id, context: f.context)
    type(contact, f, ["said": "Talte om weekenden\nog om julen ❄️", "agreed": Self.typed])
    back = try restored(contact, f)
    #expect(back.value(ofField: "said") == "Talte om weekenden\nog om julen ❄️")

    // Saved for real, the draft is gone.
    guard case .pop = back.perform(.save, context: f.context) else {
      Issue.record("the restored contact form did not save")
      return
    }
    #expect(
      try f.database.drafts.load(owner: f.session.actor.accountID, formKey: try #require(contact.draftFormKey)) == nil)
  }

  @Test func theGuardianshipAndExpectationsFormsComeBackAsTyped() throws {
    let f = try AppFixture()
    let resident = try f.database.residents.list(for: f.session.actor).first!
    let relatives = try f.database.relatives.overview(residentID: resident.id, actor: f.session.actor).relatives
    let guardianship = GuardianshipFormScreen.make(
      session: f.session, resident: resident, relatives: relatives, editing: nil, context: f.context)
    _ = guardianship.handle(.left, context: f.context)
    type(guardianship, f, ["outsideName": Self.typed, "matters": "Bankforhold, Boligstøtte", "decided": "i går"])
    let back = try restored(guardianship, f)
    #expect(back.value(ofField: "outsideName") == Self.typed)
    #expect(back.value(ofField: "decided") == "i går")

    let expectations = ExpectationsFormScreen.make(
      session: f.session, resident: resident, current: nil, context: f.context)
    type(expectations, f, ["held": "15-01-2024"])
    #expect(try restored(expectations, f).value(ofField: "held") == "15-01-2024")
  }

  @Test func theHomeFormsComeBackAsTyped() throws {
    let f = try AppFixture(user: "leder")
    let volunteer = HomeFormScreen.volunteer(session: f.session, context: f.context)
    type(volunteer, f, ["name": Self.typed, "helps": "Gåture og kaffe"])
    #expect(try restored(volunteer, f).value(ofField: "name") == Self.typed)

    let meeting = HomeFormScreen.meeting(session: f.session, context: f.context)
    type(meeting, f, ["agenda": "1. Sommerfest\n2. Besøgstider"])
    #expect(try restored(meeting, f).value(ofField: "agenda") == "1. Sommerfest\n2. Besøgstider")

    let request = HomeFormScreen.request(session: f.session, editing: nil, context: f.context)
    type(request, f, ["text": Self.typed])
    #expect(try restored(request, f).value(ofField: "text") == Self.typed)

    let policy = HomeFormScreen.policy(session: f.session, context: f.context)
    let before = policy.value(.text)
    type(policy, f, ["text": " Tilføjet."])
    #expect(try restored(policy, f).value(ofField: "text").hasPrefix(before))
  }
}
