/// Every command the user can give. The command table says which keys give it, in which
/// scope, and where its label and help text are (`cmd.<id>` and `cmd.<id>.help`).
public enum CommandID: String, CaseIterable, Sendable {
  // Everywhere
  case quit, help, redraw, back, lock, search, suspend
  // Areas' global commands
  case quickLog
  // Lists and menus
  case open, moveUp, moveDown, pageUp, pageDown, first, last
  // Forms
  case save, nextField, previousField
  // Records and lists
  case new, edit, discard, nextTab, previousTab, revealCPR, accessLog, toggleFormer
  // The resident's rights (on the record, leaders): the full copy
  case residentCopy
  // Areas' global commands
  case reportIncident
  // Plans (on the record's Plan tab)
  case planFollowUp, planTasks
  // Episodes (on the record's Episodes tab)
  case markAtRisk
  // Incidents (the review queue and the review of one event)
  case incidentStartReview, incidentReject, incidentFilter, incidentBatch
  // Residents (on the record's overview; other tabs get F4 as their own edit)
  case editResident
  // The first-run screen: open the fictional demo home instead of creating one
  case openDemo
}

/// Where a command's keys work. A screen lists the scopes it accepts; `.global` always applies.
public enum CommandScope: String, CaseIterable, Sendable {
  case global, list, form, record
  // Incidents: the review queue, and the review of one event (its F7/F8 are not the record's)
  case incidentQueue, incidentReview
  // The first-run screen of an empty database
  case firstRun
}
