/// The demo home's plan texts: wishes in the residents' own words, and goal templates.
enum PlanDemoText {
  static let wishes = [
    "Jeg vil gerne bo i min egen lejlighed en dag.",
    "Jeg vil have et arbejde, hvor jeg kan være med.",
    "Jeg vil se min søster mere.",
    "Jeg vil gerne kunne tage bussen alene.",
    "Jeg vil have det godt og ikke være så bange om natten.",
    "Jeg vil lave mad selv og invitere nogen til middag.",
    "Jeg vil gerne have en kæreste.",
    "Jeg vil passe mine penge selv.",
    "Jeg vil være mere ude i naturen og gå med hund.",
    "Jeg vil have færre indlæggelser og sove bedre.",
  ]

  struct SubGoalTemplate {
    var text: String
    var measureKind: String
    var min: Int?
    var max: Int?
    var target: Int
    var interventions: [(String, String)]
  }

  struct GoalTemplate {
    var title: String
    var theme: String
    var type: String
    var responsible: String
    var outsideName: String?
    var subGoals: [SubGoalTemplate]
  }

  static let goals: [GoalTemplate] = [
    GoalTemplate(
      title: "Laver selv aftensmad", theme: "praktiske-opgaver", type: "udvikle", responsible: "contactPerson",
      subGoals: [
        SubGoalTemplate(
          text: "Laver aftensmad med let støtte", measureKind: "count", target: 3,
          interventions: [
            ("Planlægger ugens mad sammen med borgeren", "1/week"), ("Står ved siden af ved komfuret", "3/week"),
          ]),
        SubGoalTemplate(
          text: "Handler ind efter liste", measureKind: "scale", min: 0, max: 4, target: 3,
          interventions: [("Går med i butikken de første gange", "1/week")]),
      ]),
    GoalTemplate(
      title: "Sover bedre om natten", theme: "sundhedsforhold", type: "fastholde", responsible: "coordinator",
      subGoals: [
        SubGoalTemplate(
          text: "Oplevet søvnkvalitet", measureKind: "scale", min: 0, max: 10, target: 7,
          interventions: [("Fast aftenrutine med te og dæmpet lys", "7/week"), ("Søvndagbog gennemgås", "1/week")])
      ]),
    GoalTemplate(
      title: "Tager bussen alene til dagtilbud", theme: "mobilitet", type: "udvikle", responsible: "contactPerson",
      subGoals: [
        SubGoalTemplate(
          text: "Tager bussen uden ledsager", measureKind: "yesNo", target: 1,
          interventions: [("Øver turen sammen med borgeren", "2/week")])
      ]),
    GoalTemplate(
      title: "Holder kontakt med familien", theme: "relationer", type: "fastholde", responsible: "contactPerson",
      subGoals: [
        SubGoalTemplate(
          text: "Ringer til familien", measureKind: "count", target: 2,
          interventions: [("Minder om opkald søndag", "1/week")])
      ]),
    GoalTemplate(
      title: "Går til lægen og tandlægen", theme: "sundhedsforhold", type: "begraense-tab", responsible: "outside",
      outsideName: "Egen læge",
      subGoals: [
        SubGoalTemplate(
          text: "Møder op til aftalt kontrol", measureKind: "yesNo", target: 1,
          interventions: [("Følger med til konsultation", "asNeeded")])
      ]),
    GoalTemplate(
      title: "Klarer personlig hygiejne", theme: "egenomsorg", type: "begraense-tab", responsible: "contactPerson",
      subGoals: [
        SubGoalTemplate(
          text: "Bader selv med verbal guidning", measureKind: "scale", min: 0, max: 4, target: 3,
          interventions: [("Guider ved bad morgen", "3/week")])
      ]),
    GoalTemplate(
      title: "Deltager i fællesskabet i huset", theme: "sociale-forhold", type: "udvikle", responsible: "coordinator",
      subGoals: [
        SubGoalTemplate(
          text: "Deltager i fællesspisning", measureKind: "count", target: 3,
          interventions: [("Inviterer personligt til fællesspisning", "3/week")])
      ]),
    GoalTemplate(
      title: "Styrer egen økonomi", theme: "samfundsliv", type: "udvikle", responsible: "outside",
      outsideName: "Sagsbehandler, kommunen",
      subGoals: [
        SubGoalTemplate(
          text: "Lægger budget for måneden", measureKind: "scale", min: 0, max: 4, target: 3,
          interventions: [("Gennemgår kontoudtog sammen", "1/month")])
      ]),
  ]

  static let levels = ["let", "moderat", "moderat", "svaer", "ikke-vurderet"]
  static let progressNotes = ["God uge", "Træt efter weekend", "Meget motiveret", "Svært i dag", "Bedre end sidst"]
  static let participants = [
    "Borgeren, kontaktperson", "Borgeren, søster, sagsbehandler", "Borgeren, tovholder, forælder",
  ]
}
