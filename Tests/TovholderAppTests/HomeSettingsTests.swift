import Foundation
import TerminalUI
import Testing
import TovholderCore
import TovholderStorage

@testable import TovholderApp

/// Issue 15: the home's settings (shift changes, address, acting municipality) on one form,
/// checked in Danish and audited; a resident may have their own acting municipality.
@Suite(.serialized) struct HomeSettingsTests {
  func replace(_ f: AppFixture, _ form: FormScreen<HomeSettingsField>, _ id: HomeSettingsField, _ text: String) {
    form.focus(id)
    f.press(.ctrl("e"), .ctrl("u"))
    f.type(text)
  }

  @Test func theAdminSetsShiftChangesAddressAndMunicipality() throws {
    let f = try AppFixture(user: "admin")
    f.openMenu("Bostedets indstillinger")
    let form = try #require(f.shell.top as? FormScreen<HomeSettingsField>)
    #expect(
      form.value(.dayStart) == "07:00" && form.value(.eveningStart) == "15:00" && form.value(.nightStart) == "23:00")
    replace(f, form, .address, "Solbakkevej 1, 9999 Fiktiv")
    replace(f, form, .actingMunicipality, "Solbakke Kommune")
    replace(f, form, .dayStart, "0645")
    replace(f, form, .eveningStart, "14:45")
    replace(f, form, .nightStart, "22.45")
    f.press(.ctrl("s"))
    #expect(!(f.shell.top is FormScreen<HomeSettingsField>))
    #expect(f.screen().contains("Bostedets indstillinger er gemt."))
    let home = try #require(try f.database.setup.home())
    #expect(home.address == "Solbakkevej 1, 9999 Fiktiv" && home.actingMunicipality == "Solbakke Kommune")
    #expect(home.shiftTimes == ShiftTimes(day: 6 * 60 + 45, evening: 14 * 60 + 45, night: 22 * 60 + 45))
    #expect(try f.database.setup.shiftTimes().day == 405)
    let audit = try f.database.audit.recent(actor: f.session.actor, limit: 5)
    #expect(audit.contains { $0.action == .updateHome && $0.actorID == f.session.actor.accountID })
  }

  @Test func shiftTimesOutOfOrderAreRefusedInDanishAndNothingChanges() throws {
    let f = try AppFixture(user: "admin")
    let before = try #require(try f.database.setup.home())
    f.openMenu("Bostedets indstillinger")
    let form = try #require(f.shell.top as? FormScreen<HomeSettingsField>)
    replace(f, form, .eveningStart, "06:00")
    f.press(.ctrl("s"))
    #expect((f.shell.top as? FormScreen<HomeSettingsField>) === form)
    #expect(f.screen().contains("Vagterne skal begynde i rækkefølgen dag, aften, nat"))
    replace(f, form, .eveningStart, "15:00")
    replace(f, form, .name, "")
    f.press(.ctrl("s"))
    #expect((f.shell.top as? FormScreen<HomeSettingsField>) === form && f.screen().contains("Skal udfyldes."))
    #expect(try f.database.setup.home() == before)
  }

  @Test func leadersAndTheAdminHaveTheSettingsStaffDoNot() throws {
    let staff = try AppFixture(user: "personale")
    #expect(!staff.screen(width: 80, height: 40).contains("Bostedets indstillinger"))
    let leader = try AppFixture(user: "leder")
    leader.openMenu("Bostedets indstillinger")
    let form = try #require(leader.shell.top as? FormScreen<HomeSettingsField>)
    replace(leader, form, .nightStart, "22:30")
    leader.press(.ctrl("s"))
    #expect(leader.screen().contains("Bostedets indstillinger er gemt."))
    #expect(try leader.database.setup.shiftTimes().night == 22 * 60 + 30)
  }

  @Test func aResidentGetsTheirOwnActingMunicipality() throws {
    let f = try AppFixture(user: "leder")
    f.openMenu("Beboere")
    let resident = try #require(try f.database.residents.list(for: f.session.actor).first)
    f.press(.function(4))
    let form = try #require(f.shell.top as? FormScreen<ResidentField>)
    form.focus(.actingMunicipality)
    #expect(f.screen().contains("Handlekommune"))
    f.type("Aarhus Kommune")
    f.press(.ctrl("s"))
    let saved = try f.database.residents.fetch(id: resident.id, actor: f.session.actor)
    #expect(saved.actingMunicipality == "Aarhus Kommune")
  }
}
