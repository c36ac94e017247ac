import Foundation
import TovholderCore

/// The demo home's relatives: a network around each current resident, consents (some
/// withdrawn, some for a time), two guardianships, a year of contact log with follow-ups,
/// the relatives policy in two versions, a council with four meetings a year, and volunteers.
/// Everything goes through the repositories, so it is validated and audited like real work.
enum RelativesDemo {
  /// Words that fit any first name.
  static let relations = [
    "forælder", "søskende", "barn", "ven", "nabo", "fætter/kusine", "onkel/tante", "bedsteforælder",
  ]
  static let said = [
    "Fortalte om ugens tur til stranden og den nye hobby med træarbejde.",
    "Talte om julefrokosten og hvem der kommer.",
    "Spurgte til søvnen; den er blevet bedre efter de nye aftenrutiner.",
    "Drøftede besøgstider i weekenden.",
    "Opfølgning på statusmødet og de nye delmål.",
    "Talte om tøjindkøb og lommepenge.",
  ]
  static let agreed = [
    "Vi sender datoen for næste møde.", "Besøg næste søndag kl. 14.", "Tjekker om bussen kan køre lørdag.",
    "Ringer igen efter lægebesøget.", "",
  ]

  static func create(
    in db: AppDatabase, residents: [Resident], staff: [Actor], leader: Actor, using rng: inout DemoRandom
  ) throws(StorageError) {
    let today = CalendarDay(db.now, in: .danish)
    let yearAgo = day(db.now, minus: 365)
    let repo = db.relatives
    var network: [(Resident, [Relative])] = []
    for resident in residents where resident.movedOut == nil {
      let last = resident.name.split(separator: " ").last.map(String.init) ?? ""
      var people: [Relative] = []
      for i in 0..<Int.random(in: 1...4, using: &rng) {
        let first = rng.pick(DemoNames.first)
        let relation = relations[(i + Int.random(in: 0..<relations.count, using: &rng)) % relations.count]
        let family = !["ven", "nabo"].contains(relation)
        let phone =
          rng.chance(0.85)
          ? String(
            format: "%02d %02d %02d %02d", Int.random(in: 20...99, using: &rng),
            Int.random(in: 10...99, using: &rng), Int.random(in: 10...99, using: &rng),
            Int.random(in: 10...99, using: &rng)) : nil
        let email = rng.chance(0.5) ? "\(first.lowercased()).\(last.lowercased())@eksempel.dk" : nil
        let preferred: PreferredContact = phone != nil ? .phone : email != nil ? .email : .throughOthers
        people.append(
          try repo.add(
            NewRelative(
              residentID: resident.id, name: family ? "\(first) \(last)" : "\(first) \(rng.pick(DemoNames.last))",
              relation: relation, phone: phone, email: email,
              address: rng.chance(0.4) ? "Skovvej \(Int.random(in: 1...80, using: &rng)), 8600 Silkeborg" : nil,
              preferredContact: preferred, notes: i == 0 ? "Vigtigste kontakt" : "",
              chosenByResident: rng.chance(0.95)), by: leader))
      }
      network.append((resident, people))
      try repo.setExpectationsMeeting(
        residentID: resident.id, on: min(today, day(resident.movedIn, plus: Int.random(in: 3...20, using: &rng))),
        by: leader)
      for person in people {
        for kind in repo.catalogue.kinds where rng.chance(kind.isHealth ? 0.4 : 0.6) {
          let given = max(resident.movedIn, day(db.now, minus: Int.random(in: 30...900, using: &rng)))
          let consent = try repo.addConsent(
            NewConsent(
              residentID: resident.id, relativeID: person.id, kindCode: kind.code, givenOn: given,
              form: rng.chance(0.6) ? .written : .oral,
              endsOn: rng.chance(0.1) ? day(given, plus: 365) : nil), by: leader)
          if rng.chance(0.08) {
            _ = try repo.withdrawConsent(consent.id, on: max(given, day(db.now, minus: 20)), by: leader)
          }
        }
      }
    }
    if network.count >= 2 {
      let (first, people) = network[0]
      _ = try repo.addGuardianship(
        NewGuardianship(
          residentID: first.id, guardian: .relative(people[0].id), section: .section5, areas: [.economic],
          namedMatters: ["Bankforhold", "Betaling af husleje"], decidedOn: max(first.movedIn, yearAgo)), by: leader)
      let second = network[1].0
      _ = try repo.addGuardianship(
        NewGuardianship(
          residentID: second.id, guardian: .outside(name: "Advokat Henrik Bæk", contact: "86 12 34 56"),
          section: .section7, areas: [.personal], namedMatters: ["Helbredsforhold og behandling"],
          limitedToKinds: ["health"], decidedOn: max(second.movedIn, day(db.now, minus: 200))), by: leader)
    }
    try contactLog(db, network: network, staff: staff, today: today, using: &rng)
    try home(db, leader: leader, today: today, using: &rng)
  }

  /// About two contacts a month per resident over the last year (from move-in when later);
  /// agreements get a follow-up owner, and those more than a week old are done.
  static func contactLog(
    _ db: AppDatabase, network: [(Resident, [Relative])], staff: [Actor], today: CalendarDay,
    using rng: inout DemoRandom
  ) throws(StorageError) {
    let repo = db.relatives
    for (resident, people) in network {
      let team = staff.filter { $0.role == .staff && $0.unitIDs.contains(resident.unitID) }
      guard !team.isEmpty else { continue }
      for back in stride(from: 365, through: 0, by: -Int.random(in: 10...20, using: &rng)) {
        let on = day(db.now, minus: back)
        guard on >= resident.movedIn, let person = people.isEmpty ? nil : rng.pick(people) else { continue }
        let author = rng.pick(team)
        let agreement = rng.pick(agreed)
        let owner = agreement.isEmpty ? nil : rng.pick(team)
        let entry = try repo.logContact(
          NewContactLogEntry(
            residentID: resident.id, relativeID: person.id, kind: rng.pick(ContactKind.allCases), occurredOn: on,
            said: rng.pick(said), agreed: agreement,
            followUpOwnerID: owner?.accountID,
            followUpDue: owner.map { _ in day(on, plus: Int.random(in: 2...14, using: &rng)) }), by: author)
        if let owner, back > 7 { _ = try repo.completeFollowUp(entry, on: min(today, day(on, plus: 5)), by: owner) }
      }
    }
  }

  static func home(_ db: AppDatabase, leader: Actor, today: CalendarDay, using rng: inout DemoRandom)
    throws(StorageError)
  {
    let home = db.relativesHome
    _ = try home.adoptPolicy(
      text: "Pårørende er en ressource. Beboeren bestemmer, hvem der er pårørende, og hvad de må vide.",
      adoptedOn: day(db.now, minus: 900), by: leader)
    _ = try home.adoptPolicy(
      text: """
        Pårørende er en ressource. Beboeren bestemmer, hvem der er pårørende, og hvad de må vide.
        Vi holder en forventningssamtale ved indflytning og svarer på henvendelser inden for to hverdage.
        Pårørenderådet mødes fire gange om året.
        """, adoptedOn: day(db.now, minus: 200), by: leader)
    for (name, role) in [
      ("Grethe Østergaard", "pårørende, Egehuset"), ("Niels Bæk", "pårørende, Birkehuset"),
      ("Inger Dahl", "pårørende, Granhuset"), ("Lene Holm", "leder"), ("Mads Sørensen", "medarbejderrepræsentant"),
    ] {
      _ = try home.addCouncilMember(name: name, role: role, from: day(db.now, minus: 500), by: leader)
    }
    let requests = [
      ("Flere fælles udflugter om sommeren", CouncilRequestStatus.done, "To busture gennemført i juli."),
      ("Bedre information om vagtskift", .inProgress, "Tavle ved indgangen er bestilt."),
      ("Faste besøgstider i weekenden", .declined, "Beboerne ønsker frie besøgstider; fastholdes."),
      ("Pårørendeaften om demens", .open, ""),
    ]
    for (i, back) in [330, 240, 150, 60].enumerated() {
      let held = day(db.now, minus: back)
      let meeting = try home.addCouncilMeeting(
        heldOn: held, agenda: "1. Velkomst\n2. Nyt fra ledelsen\n3. Beboernes ønsker\n4. Eventuelt",
        minutes: "Referat: gennemgik punkterne; næste møde om ca. tre måneder.", by: leader)
      let (text, status, outcome) = requests[i]
      var request = try home.addCouncilRequest(text: text, raisedOn: held, meetingID: meeting.id, by: leader)
      request.status = status
      request.outcome = outcome
      _ = try home.updateCouncilRequest(request, by: leader)
    }
    for (name, helps, phone, checked) in [
      ("Kurt Løvgren", "gåture og fiskeri", "21 43 65 87", 400), ("Birthe Skov", "strik og højtlæsning", "", 1_300),
      ("Ahmed Hassan", "fodbold om torsdagen", "30 30 12 12", -1),
    ] {
      _ = try home.addVolunteer(
        Volunteer(
          id: 0, name: name, helpsWith: helps, phone: phone.isEmpty ? nil : phone,
          policeCheckOn: checked < 0 ? nil : day(db.now, minus: checked)), by: leader)
    }
    _ = rng.next()
  }

  static func day(_ date: Date, minus days: Int) -> CalendarDay {
    CalendarDay(date.addingTimeInterval(-Double(days) * 86_400), in: .danish)
  }

  static func day(_ d: CalendarDay, plus days: Int) -> CalendarDay {
    CalendarDay(d.start(in: .danish).addingTimeInterval(Double(days) * 86_400 + 7_200), in: .danish)
  }
}
