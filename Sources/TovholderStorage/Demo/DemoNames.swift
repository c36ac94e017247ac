import TovholderCore

/// Fictional names. Any likeness to a real person is a coincidence.
enum DemoNames {
  static let first = [
    "Bjørn", "Søren", "Åse", "Mette", "Jørgen", "Kirsten", "Ærbar", "Lærke", "Rasmus", "Sørine",
    "Grete", "Ole", "Birthe", "Niels", "Hanne", "Poul", "Inger", "Kåre", "Dorthe", "Jens", "Signe",
    "Frederik", "Ida", "Mikkel", "Astrid", "Troels", "Bodil", "Henning", "Vibeke", "Torben",
    "Karen", "Anders", "Lise", "Morten", "Tove", "Emil", "Freja", "Malthe", "Ellen", "Jonas",
  ]
  static let last = [
    "Ågård", "Østergaard", "Sørensen", "Mølgaard", "Bæk", "Løvgren", "Fæster", "Højmark",
    "Kjær", "Lund", "Dahl", "Skov", "Bøgh", "Holm", "Nørgaard", "Krogh", "Vestergård", "Brøndum",
    "Thygesen", "Friis", "Damgård", "Ravn", "Strøm", "Kæstel", "Lykke",
  ]
  /// A few names from elsewhere, as in any Danish home.
  static let international = [
    "Ahmed Hassan", "Tomasz Kowalski", "Nguyen Thi Lan", "Fatima Al-Sayed", "Olumide Adeyemi",
  ]
  static let units = ["Egehuset", "Birkehuset", "Granhuset"]
  static let homeName = "Bostedet Solbakken (fiktivt)"

  /// Demo accounts: user name, display name, role, unit indexes (into `units`).
  static let accounts: [(String, String, Role, [Int])] = [
    ("leder", "Lene Holm", .leader, [0, 1, 2]),
    ("personale", "Mads Sørensen", .staff, [0, 1]),
    ("nattevagt", "Sofie Ærenlund", .staff, [0, 1, 2]),
    ("camilla", "Camilla Bøgh", .staff, [0]),
    ("peter", "Peter Østergaard", .staff, [1]),
    ("aase", "Aase Kjær", .staff, [2]),
    ("jonas", "Jonas Fæster", .staff, [2]),
    ("hussein", "Hussein Mahdi", .staff, [0, 2]),
  ]
}
