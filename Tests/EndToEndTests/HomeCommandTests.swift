import Foundation
import Testing

/// Issue 15: `tovholder home set` changes the home's settings as the screen for leaders and the admin does,
/// checked the same way (Danish messages) and audited; `home show` reads them back.
@Suite struct HomeCommandTests {
  func run(_ arguments: [String]) throws -> (Int32, String, String) {
    let environment = ProcessInfo.processInfo.environment.merging(["TOVHOLDER_PASSWORD": "demo1234"]) { $1 }
    let r = try runTovholder(arguments, environment: environment)
    return (r.status, r.out, r.err)
  }

  @Test func theAdminAndLeadersSetShiftChangesAndMunicipalityAndStaffCannot() throws {
    let db = try DemoDatabase.copy()
    let (code, out, err) = try run([
      "home", "set", "--database", db.path, "--user", "admin", "--shifts", "06:45,14:45,22:45", "--municipality",
      "Solbakke Kommune", "--address", "Solbakkevej 1",
    ])
    #expect(code == 0, "\(err)")
    #expect(out.contains("Vagtskifte: dag 06:45, aften 14:45, nat 22:45"))
    #expect(try sqlite(db, "SELECT dayShiftStart, actingMunicipality FROM home") == "405|Solbakke Kommune")
    #expect(try sqlite(db, "SELECT COUNT(*) FROM auditLog WHERE action = 'home.update'") == "1")
    let (_, shown, _) = try run(["home", "show", "--database", db.path])
    #expect(shown.contains("Handlekommune: Solbakke Kommune") && shown.contains("Adresse: Solbakkevej 1"))

    let (bad, _, message) = try run([
      "home", "set", "--database", db.path, "--user", "admin", "--shifts", "15:00,07:00,23:00",
    ])
    #expect(bad != 0 && message.contains("Vagterne skal begynde i rækkefølgen dag, aften, nat"))
    let (unreadable, _, why) = try run(["home", "set", "--database", db.path, "--user", "admin", "--shifts", "7"])
    #expect(unreadable != 0 && why.contains("kan ikke læses"))
    let (refused, _, _) = try run(["home", "set", "--database", db.path, "--user", "personale", "--name", "Andet"])
    #expect(refused != 0)
    #expect(try sqlite(db, "SELECT dayShiftStart, name FROM home") == "405|Bostedet Solbakken (fiktivt)")
    let (leader, _, leaderErr) = try run([
      "home", "set", "--database", db.path, "--user", "leder", "--shifts", "06:30,14:30,22:30",
    ])
    #expect(leader == 0, "\(leaderErr)")
    #expect(try sqlite(db, "SELECT dayShiftStart FROM home") == "390")
  }
}
