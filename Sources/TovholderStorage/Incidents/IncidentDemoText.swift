import TovholderCore

/// Texts for the demo events. Category codes match `incidents-categories.json` (a test
/// checks it). No names or CPR numbers, as the reporter is asked.
enum IncidentDemoText {
  struct Category {
    var code: String
    var name: String
    var isMedicine: Bool
    var weight: Int
  }

  static let categories = [
    Category(code: "medicine.administration", name: "Medicin – administration", isMedicine: true, weight: 30),
    Category(code: "medicine.dispensing", name: "Medicin – dispensering", isMedicine: true, weight: 10),
    Category(code: "medicine.prescription", name: "Medicin – ordination og opbevaring", isMedicine: true, weight: 5),
    Category(code: "fall", name: "Fald", isMedicine: false, weight: 25),
    Category(code: "infection", name: "Infektion", isMedicine: false, weight: 8),
    Category(code: "personalCare", name: "Personlig pleje", isMedicine: false, weight: 7),
    Category(code: "device", name: "Hjælpemidler og udstyr", isMedicine: false, weight: 6),
    Category(code: "identification", name: "Forveksling af person", isMedicine: false, weight: 3),
    Category(code: "communication", name: "Kommunikation og overlevering", isMedicine: false, weight: 4),
    Category(code: "other", name: "Andet", isMedicine: false, weight: 2),
  ]

  static func pickCategory(using rng: inout DemoRandom) -> Category {
    var n = Int.random(in: 0..<categories.reduce(0) { $0 + $1.weight }, using: &rng)
    for c in categories {
      if n < c.weight { return c }
      n -= c.weight
    }
    return categories[0]
  }

  struct Texts {
    var headline: String
    var course: String
    var consequences: String
    var prevention: String
  }

  static func texts(category: String, using rng: inout DemoRandom) -> Texts {
    let (headline, course) = rng.pick(byCategory[category] ?? byCategory["other"] ?? [("", "")])
    return Texts(
      headline: headline, course: course, consequences: rng.pick(consequences), prevention: rng.pick(preventions))
  }

  static let byCategory: [String: [(String, String)]] = [
    "medicine.administration": [
      (
        "Aftenmedicin ikke givet",
        "Ved vagtskifte opdagede vi, at aftenmedicinen lå urørt i doseringsæsken. Vagten havde travlt med en urolig beboer og glemte at kvittere."
      ),
      (
        "Forkert tidspunkt for morgenmedicin",
        "Morgenmedicinen blev givet kl. 11 i stedet for kl. 8, fordi beboeren sov længe og ingen var sat på opgaven."
      ),
      (
        "Dobbelt dosis givet",
        "Medicinen blev givet to gange, fordi den første udlevering ikke var kvitteret i systemet. Opdaget ved aftenens tjek."
      ),
      (
        "Tablet fundet på gulvet",
        "En tablet fra middagsmedicinen blev fundet under bordet i fællesstuen. Beboeren havde ikke synket den."
      ),
    ],
    "medicine.dispensing": [
      (
        "Forkert antal tabletter i doseringsæske",
        "Ved kontrol af ugens doseringsæske manglede én tablet tirsdag aften. Dispenseret af to personer uden dobbelttjek."
      ),
      (
        "Doseringsæske ikke ændret efter ny ordination",
        "Lægen havde nedsat dosis, men æsken var dispenseret efter den gamle ordination."
      ),
    ],
    "medicine.prescription": [
      ("Medicin opbevaret uden for aflåst skab", "Et glas med pn-medicin stod fremme i køkkenet efter aftenvagten."),
      (
        "Udløbet medicin i medicinskabet",
        "Ved månedens oprydning fandt vi en pakning, der var udløbet for to måneder siden."
      ),
    ],
    "fall": [
      (
        "Fald på badeværelset",
        "Beboeren gled på det våde gulv efter badet og faldt mod håndvasken. Rejste sig selv med hjælp."
      ),
      (
        "Fundet på gulvet om natten",
        "Nattevagten fandt beboeren siddende på gulvet ved sengen kl. 3. Ingen synlige skader, men øm i hoften."
      ),
      ("Snublede over ledning", "Beboeren snublede over en forlængerledning i gangen og slog knæet."),
    ],
    "infection": [
      (
        "Mistanke om urinvejsinfektion",
        "Beboeren var uklar og havde feber om eftermiddagen. Lægen blev kontaktet dagen efter, og der blev startet behandling."
      ),
      (
        "Opkastning og diarré i huset", "Tre beboere havde maveonde samme døgn. Rengøring og håndhygiejne blev skærpet."
      ),
    ],
    "personalCare": [
      ("Tryksår opdaget sent", "Ved badet så vi et rødt område på hælen, som ikke var nævnt ved overleveringen."),
      ("Vand for varmt ved bad", "Vandet var for varmt, da beboeren kom i brusebadet. Huden blev let rød."),
    ],
    "device": [
      (
        "Lift virkede ikke",
        "Loftliften stoppede midt i en forflytning. Beboeren blev sænket manuelt af to medarbejdere."
      ),
      ("Alarm ikke opladet", "Beboerens faldalarm var ikke opladet og gav ikke signal om natten."),
    ],
    "identification": [
      (
        "Medicin næsten givet til forkert beboer",
        "To beboere med samme fornavn sad ved siden af hinanden. Fejlen blev opdaget før medicinen blev givet."
      )
    ],
    "communication": [
      (
        "Lægens besked ikke givet videre",
        "En besked om ændret behandling blev skrevet på en seddel og ikke overleveret til aftenvagten."
      )
    ],
    "other": [
      (
        "Beboer forlod huset uden at vi vidste det",
        "Beboeren gik en tur alene om aftenen og blev fundet af en nabo. Kom hjem uden skader."
      )
    ],
  ]

  static let consequences = [
    "Ingen synlige konsekvenser. Vi observerede beboeren resten af vagten.",
    "Beboeren var urolig resten af dagen.",
    "Lettere smerter; egen læge blev orienteret.",
    "Beboeren blev undersøgt på skadestuen og kom hjem samme aften.",
    "",
  ]

  static let preventions = [
    "Fast dobbelttjek ved vagtskifte.",
    "Skridsikker måtte på badeværelset.",
    "Tydeligere overlevering i handlelisten.",
    "Tjekliste ved medicinudlevering.",
    "",
  ]

  static let analyses = [
    "Hændelsen skyldtes travlhed ved vagtskifte og manglende kvittering. Gennemgået på personalemødet.",
    "Gulvet var vådt, og der var ingen skridsikker måtte. Arbejdsgangen ved bad er ændret.",
    "Ordinationen var ikke opdateret i doseringen. Rutinen for ændringer er gennemgået med sygeplejersken.",
  ]

  static let feedbacks = [
    "Tak for din indberetning. Vi har ændret rutinen, så det ikke sker igen.",
    "Tak fordi du meldte det. Hændelsen er gennemgået på personalemødet.",
    "Tak for en god beskrivelse. Vi har indført dobbelttjek.",
  ]

  static let actions = [
    "Indfør dobbelttjek ved vagtskifte", "Køb skridsikre måtter", "Gennemgå medicinrutine på personalemøde",
    "Opdater overleveringsskabelon", "Undervisning i forflytning",
  ]

  static let owners = ["Teamleder", "Sygeplejerske", "Kontaktperson", "Medicinansvarlig"]

  static let places = [
    "Køkkenet", "Badeværelset", "Fællesstuen", "Beboerens lejlighed", "Gangen", "Medicinrummet", "Haven",
    "Under udflugt",
  ]

  static let medicines = [
    MedicineInvolved(name: "Panodil", substance: "paracetamol", route: "oral", strength: "500 mg"),
    MedicineInvolved(name: "Furix", substance: "furosemid", route: "oral", strength: "40 mg"),
    MedicineInvolved(name: "Abilify", substance: "aripiprazol", route: "oral", strength: "10 mg"),
    MedicineInvolved(name: "Lamictal", substance: "lamotrigin", route: "oral", strength: "100 mg"),
    MedicineInvolved(name: "Insulatard", substance: "humant insulin", route: "subkutan", strength: "100 IE/ml"),
    MedicineInvolved(name: "Sertralin", substance: "sertralin", route: "oral", strength: "50 mg"),
    MedicineInvolved(name: "Zyprexa", substance: "olanzapin", route: "oral", strength: "5 mg"),
  ]
}
