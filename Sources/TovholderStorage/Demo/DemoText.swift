import TovholderCore

/// Plausible, fictional note texts. `{n}` is the resident's first name.
enum DemoText {
  static let daily = [
    "{n} har spist morgenmad og var i godt humør.",
    "{n} var med på gåtur til søen. Snakkede om sin søster.",
    "{n} sov dårligt i nat, var oppe flere gange omkring kl. 3.",
    "{n} hjalp til med at lave aftensmad i køkkenet. Kartofler og frikadeller.",
    "Rolig dag for {n}. Så fjernsyn i fællesstuen om eftermiddagen.",
    "{n} var urolig efter frokost, faldt til ro efter en snak på værelset.",
    "{n} har gjort rent på værelset med støtte. Godt samarbejde.",
    "{n} var i byen og købe tøj med kontaktpersonen.",
    "{n} ville ikke deltage i fællesspisning i dag. Spiste på værelset.",
    "{n} har været på arbejde i værkstedet og var træt bagefter.",
    "{n} spillede kort med de andre beboere efter aftensmaden.",
    "{n} gik tidligt i seng. Ingen bemærkninger.",
  ]
  static let health = [
    "{n} har fået sin medicin kl. 8 og kl. 20 som ordineret.",
    "{n} klager over ondt i maven. Vi holder øje, ring til lægen hvis det fortsætter.",
    "Blodtryk målt hos {n}: 128/82. Vægt 74,5 kg.",
    "{n} var til tandlæge. Ny tid om seks måneder.",
    "{n} har hoste og let feber (37,9). Holdt sig inde i dag.",
    "PN-medicin givet til {n} kl. 22 efter aftale med sygeplejersken.",
  ]
  static let relatives = [
    "{n}s mor ringede og spurgte til weekenden. Hun kommer på besøg søndag.",
    "Besøg af {n}s bror. De gik en tur og drak kaffe.",
    "{n} talte med sin søster i telefonen. Glad bagefter.",
  ]
  static let other = [
    "Møde med kommunens sagsbehandler om {n}s plan er aftalt til næste uge.",
    "{n} ønsker at tale med sin tovholder om fremtidige boligønsker.",
  ]
  static let handover = [
    "OBS: {n} skal fastende til blodprøve i morgen tidlig.",
    "{n} var meget urolig i aftes, råbte på gangen. Vær opmærksom ved morgenmaden.",
    "{n} har fået ny medicin fra i dag, se medicinlisten.",
    "Episode med {n} kl. 02.40 i køkkenet, rolig efter 10 min. Leder er orienteret.",
    "{n} skal hentes af sin far kl. 10.",
  ]

  static func note(firstName: String, using rng: inout DemoRandom) -> (NoteKind, String, Bool) {
    let roll = Double.random(in: 0..<1, using: &rng)
    let (kind, texts, handover): (NoteKind, [String], Bool) =
      roll < 0.10
      ? (.daily, handover, true)
      : roll < 0.70
        ? (.daily, daily, false)
        : roll < 0.85 ? (.health, health, false) : roll < 0.95 ? (.relatives, relatives, false) : (.other, other, false)
    return (kind, named(rng.pick(texts), firstName), handover)
  }

  /// The text with the first name in it; "{n}s" is the genitive, which in Danish takes an
  /// apostrophe after a name ending in s, x or z ("Anders' bror", "Karens mor").
  static func named(_ text: String, _ firstName: String) -> String {
    let genitive = firstName.last.map { "sxzSXZ".contains($0) } == true ? firstName + "'" : firstName + "s"
    return text.replacingOccurrences(of: "{n}s ", with: genitive + " ").replacingOccurrences(of: "{n}", with: firstName)
  }
}
