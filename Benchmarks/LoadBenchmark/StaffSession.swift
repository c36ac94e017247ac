import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What one session measured and saw.
struct SessionResult {
  var signIn: Duration?
  /// Key written to the first byte of the frame that answers it, for typed text.
  var keystrokes: [Duration] = []
  /// Ctrl-S on a note or UTH to the form closed and the saved text on screen.
  var saves: [Duration] = []
  /// Markers of notes and UTH headlines the session saw saved.
  var savedNotes: [String] = []
  var savedIncidents: [String] = []
  /// Times the message line said the database was locked or busy.
  var lockedMessages = 0
  /// The screen each time the locked message appeared (for finding which step met the lock).
  var lockedScreens: [String] = []
  var waitingNotices = 0
  var failures: [String] = []
  var memory: (rss: Int, pss: Int, peak: Int) = (0, 0, 0)
}

/// One member of staff at a terminal, at a human pace compressed by `pace`: signs in, then
/// until `deadline` opens a resident's record, writes a note (each key a draft write), saves,
/// searches, and every third round registers an unintended event (UTH). Each session is
/// driven by one thread of its own, and read only after that thread has ended.
final class StaffSession: @unchecked Sendable {
  let index: Int
  let user: String
  let pace: Double
  private let process: PtyProcess
  private var screen = VirtualScreen()
  private(set) var result = SessionResult()
  private var lockedShown = false
  private var waitingShown = false

  init(index: Int, user: String, pace: Double, binary: String, database: String, environment: [String: String]) throws {
    self.index = index
    self.user = user
    self.pace = pace
    process = try PtyProcess([binary, "--database", database, "--language", "da"], environment: environment)
  }

  struct Timeout: Error, CustomStringConvertible {
    let description: String
  }

  /// The session's work until `deadline`; then it hangs up (the terminal closes).
  func run(until deadline: ContinuousClock.Instant) {
    do {
      try waitFor("Brugernavn")
      try press((user + "\r").map(String.init))
      try press("demo1234".map(String.init))
      let started = ContinuousClock.now
      process.send([0x0D])
      try waitUntil("the menu after sign-in") { $0.contains("Hovedmenu") || $0.contains("Kladder") }
      result.signIn = ContinuousClock.now - started
      // Staff start on their unit's handover (or the drafts list): Esc goes to the menu.
      if screen.contains("Hovedmenu ›") || screen.contains("Kladder") { try escapeToMainMenu() }
      var round = 0
      while ContinuousClock.now < deadline {
        round += 1
        try writeNote(round: round)
        try search(["medicin", "s", "tandlæge", "ny medicin"][round % 4])
        if round % 3 == 0 { try registerIncident(round: round) }
      }
    } catch {
      result.failures.append("\(user)#\(index): \(error)")
    }
    result.memory = process.memory()
    process.hangUp()
  }

  private func writeNote(round: Int) throws {
    try key(Array("1".utf8), until: "Indflyttet")
    think()
    for _ in 0..<(index + round) % 6 { process.send(Array("\u{1B}[B".utf8)) }
    try key([0x0D], until: "Seneste notater")
    think()
    try key([0x09], until: "Skrevet")
    think()
    try key([0x0E], until: "Notat om")
    try startAnewOverEarlierDraft(form: "Notat om")
    let marker = String(format: "LB%03d-%03d", index, round)
    try typeMeasured(
      marker + " Rolig aften. Spiste aftensmad i fællesstuen, så tv og gik i seng kl. 22. Ingen uro – æøå.")
    let started = ContinuousClock.now
    process.send([0x13])
    try waitUntil("the saved note in the list") {
      $0.contains(marker) && $0.contains("Skrevet") && !$0.contains("Notat om")
    }
    result.saves.append(ContinuousClock.now - started)
    result.savedNotes.append(marker)
    think()
    try key([0x1B], until: "Indflyttet")
    try escapeToMainMenu()
    think()
  }

  private func search(_ query: String) throws {
    try key([0x06], until: "Søg")
    try typeMeasured(query)
    think()
    try escapeToMainMenu()
  }

  private func registerIncident(round: Int) throws {
    try key(Array("1".utf8), until: "Indflyttet")
    try key(Array("\u{1B}[15~".utf8), until: "Overskrift *")
    try startAnewOverEarlierDraft(form: "Overskrift *")
    let marker = String(format: "UB%03d-%03d", index, round)
    try typeMeasured(marker + " Fald ved bruseren")
    try press(tabs(from: "Overskrift", to: "Kategori") + ["f", "\r"])
    try waitFor("Fald ")
    try press(tabs(from: field(after: "Kategori"), to: "Hændelsessted"))
    try typeMeasured("Badeværelset")
    // A choice filters on typing, and Enter picks and moves on to the next field (the last
    // Enter to the course).
    try press(tabs(from: "Hændelsessted", to: "Faktisk konsekvens") + ["i", "\r", "m", "i", "\r"])
    try waitUntil("a severity") { $0.contains("Alvorlighed:") && !$0.contains("Alvorlighed: –") }
    try typeMeasured("Gled på det våde gulv; rejste sig selv.")
    let started = ContinuousClock.now
    process.send([0x13])
    try waitUntil("the UTH registered") { $0.contains("er registreret") && !$0.contains("Overskrift *") }
    result.saves.append(ContinuousClock.now - started)
    result.savedIncidents.append(marker)
    think()
    try escapeToMainMenu()
  }

  /// The UTH form's field labels; their order and which of them are there are read off the
  /// screen (Afdeling only for someone in more than one unit).
  private static let incidentLabels = [
    "Overskrift", "Kategori", "Dato", "Tidspunkt ", "Tidspunktet er", "Hændelsessted", "Beboer", "Afdeling",
    "Faktisk konsekvens", "Mulig konsekvens", "Før, under og efter",
  ]

  /// The labels of the form's fields as they stand on screen, top to bottom.
  private var fieldsShown: [String] {
    screen.text.split(separator: "\n").compactMap { line in
      Self.incidentLabels.first { line.hasPrefix(" " + $0) }
    }
  }

  /// The field below `label`.
  private func field(after label: String) -> String {
    let shown = fieldsShown
    guard let i = shown.firstIndex(of: label), i + 1 < shown.count else { return label }
    return shown[i + 1]
  }

  /// Tab presses from the field labelled `from` to the one labelled `to`.
  private func tabs(from: String, to: String) -> [String] {
    let shown = fieldsShown
    guard let a = shown.firstIndex(of: from), let b = shown.firstIndex(of: to), b > a else { return [] }
    return Array(repeating: "\t", count: b - a)
  }

  // MARK: Keys and the screen

  /// Human typing (about 3 characters a second) compressed by `pace`; each key's time to the
  /// first byte of its frame is measured.
  private func typeMeasured(_ text: String) throws {
    for character in text {
      let sent = ContinuousClock.now
      process.send(Array(String(character).utf8))
      guard let answered = try readUntilOutput(timeout: .seconds(30)) else {
        throw Timeout(description: "no frame for the typed key \"\(character)\"; screen:\n\(screen.text)")
      }
      result.keystrokes.append(answered - sent)
      let gap = Duration.seconds(0.33 / pace) - (ContinuousClock.now - sent)
      if gap > .zero { drain(for: gap) }
    }
  }

  /// Keys without measuring (moves between fields), at the same pace; each key's bytes are
  /// written at once (an escape sequence split in time would read as Esc and letters).
  private func press(_ keys: [String]) throws {
    for key in keys {
      process.send(Array(key.utf8))
      drain(for: .seconds(0.33 / pace))
    }
  }

  /// Sends `bytes` and waits for `text` on screen.
  private func key(_ bytes: [UInt8], until text: String) throws {
    process.send(bytes)
    try waitFor(text)
  }

  /// Esc until the main menu itself is on top: every screen's title line begins with
  /// "Hovedmenu ›", so the word alone would match before the Esc was read (and a key sent
  /// right after an unread Esc arrives as Alt+key). One Esc leaves one screen: after sign-in
  /// the drafts list may lie over the handover, which lies over the menu.
  private func escapeToMainMenu() throws {
    func atMenu(_ s: VirtualScreen) -> Bool { s.contains("Hovedmenu") && !s.contains("Hovedmenu ›") }
    for _ in 0..<4 {
      let title = screen.firstLine
      process.send([0x1B])
      try waitUntil("the screen under this one") { atMenu($0) || $0.firstLine != title }
      if atMenu(screen) { return }
    }
    try waitUntil("the main menu", atMenu)
  }

  /// The same person at another terminal (sessions share the demo home's seven accounts) may
  /// have a draft of this very form: the form asks to continue it or start anew, and the
  /// person starts anew (the other terminal is still typing it).
  private func startAnewOverEarlierDraft(form: String) throws {
    drain(for: .milliseconds(50))
    guard screen.contains("Start en ny") else { return }
    try press(["n"])
    try waitUntil("the new form") { !$0.contains("Start en ny") && $0.contains(form) }
  }

  /// A person reading the screen and deciding: about 3 seconds, compressed.
  private func think() { drain(for: .seconds(3 / pace)) }

  private func waitFor(_ text: String, timeout: Duration = .seconds(60)) throws {
    try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  private func waitUntil(
    _ what: String, timeout: Duration = .seconds(60), _ done: (VirtualScreen) -> Bool
  ) throws {
    let deadline = ContinuousClock.now + timeout
    while !done(screen) {
      guard ContinuousClock.now < deadline else {
        throw Timeout(description: "waited \(timeout) for \(what); screen:\n\(screen.text)")
      }
      guard let bytes = process.read(timeout: .milliseconds(200)) else {
        throw Timeout(description: "the program ended; screen:\n\(screen.text)")
      }
      take(bytes)
    }
  }

  /// Reads until the first output arrives; the instant it did (nil after `timeout`).
  private func readUntilOutput(timeout: Duration) throws -> ContinuousClock.Instant? {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      guard let bytes = process.read(timeout: .milliseconds(200)) else {
        throw Timeout(description: "the program ended")
      }
      if !bytes.isEmpty {
        let at = ContinuousClock.now
        take(bytes)
        return at
      }
    }
    return nil
  }

  /// Keeps reading (and drawing) for `duration`.
  private func drain(for duration: Duration) {
    let until = ContinuousClock.now + duration
    while case let left = until - ContinuousClock.now, left > .zero {
      guard let bytes = process.read(timeout: left) else { return }
      take(bytes)
    }
  }

  private func take(_ bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    screen.feed(bytes)
    let locked = screen.contains("Databasen er optaget af et andet program")
    if locked, !lockedShown {
      result.lockedMessages += 1
      result.lockedScreens.append("\(user)#\(index) saw the locked message; screen:\n\(screen.text)")
    }
    lockedShown = locked
    let waiting = screen.contains("Databasen er optaget –")
    if waiting, !waitingShown { result.waitingNotices += 1 }
    waitingShown = waiting
  }
}
