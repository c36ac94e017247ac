-- table account (account)
CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  displayName TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('staff', 'leader', 'admin')),
  passwordHash TEXT NOT NULL,
  failedAttempts INTEGER NOT NULL DEFAULT 0,
  lockedUntil DATETIME,
  expiresAt DATETIME,
  isActive BOOLEAN NOT NULL DEFAULT 1,
  createdAt DATETIME NOT NULL,
  createdBy INTEGER REFERENCES account(id),
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- table accountUnit (accountUnit)
CREATE TABLE accountUnit (
  accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  unitId INTEGER NOT NULL REFERENCES unit(id),
  PRIMARY KEY (accountId, unitId)
) WITHOUT ROWID;

-- index accountUnit_unit (accountUnit)
CREATE INDEX accountUnit_unit ON accountUnit(unitId);

-- table auditHead (auditHead)
CREATE TABLE auditHead (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  rowCount INTEGER NOT NULL,
  lastId INTEGER NOT NULL,
  lastHash TEXT NOT NULL
);

-- trigger auditHead_noDelete (auditHead)
CREATE TRIGGER auditHead_noDelete BEFORE DELETE ON auditHead
  BEGIN SELECT RAISE(ABORT, 'audit head cannot be deleted'); END;

-- trigger auditHead_noInsert (auditHead)
CREATE TRIGGER auditHead_noInsert BEFORE INSERT ON auditHead
  BEGIN SELECT RAISE(ABORT, 'audit head exists once'); END;

-- trigger auditHead_onlyForward (auditHead)
CREATE TRIGGER auditHead_onlyForward BEFORE UPDATE ON auditHead
  WHEN NEW.rowCount <> OLD.rowCount + 1
    OR NEW.lastHash IS NOT (SELECT hash FROM auditLog WHERE id = NEW.lastId)
  BEGIN SELECT RAISE(ABORT, 'audit head only follows new audit rows'); END;

-- table auditLog (auditLog)
CREATE TABLE auditLog (
  id INTEGER PRIMARY KEY,
  atMs INTEGER NOT NULL,
  actorId INTEGER,
  actorName TEXT NOT NULL,
  action TEXT NOT NULL,
  residentId INTEGER,
  subjectId INTEGER,
  prevHash TEXT NOT NULL,
  hash TEXT NOT NULL
, contentTable TEXT, contentId INTEGER, contentHash TEXT);

-- index auditLog_content (auditLog)
CREATE INDEX auditLog_content ON auditLog(contentTable, contentId, id) WHERE contentTable IS NOT NULL;

-- trigger auditLog_keepHead (auditLog)
CREATE TRIGGER auditLog_keepHead AFTER INSERT ON auditLog
  BEGIN
    UPDATE auditHead SET rowCount = rowCount + 1, lastId = NEW.id, lastHash = NEW.hash WHERE id = 1;
  END;

-- trigger auditLog_noDelete (auditLog)
CREATE TRIGGER auditLog_noDelete BEFORE DELETE ON auditLog
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

-- trigger auditLog_noUpdate (auditLog)
CREATE TRIGGER auditLog_noUpdate BEFORE UPDATE ON auditLog
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

-- index auditLog_resident (auditLog)
CREATE INDEX auditLog_resident ON auditLog(residentId, id) WHERE residentId IS NOT NULL;

-- table contactLog (contactLog)
CREATE TABLE contactLog (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  relativeId INTEGER REFERENCES relative(id),
  kind TEXT NOT NULL,
  occurredOn TEXT NOT NULL,
  staffId INTEGER NOT NULL REFERENCES account(id),
  said TEXT NOT NULL, agreed TEXT NOT NULL,
  toldAboutHealth BOOLEAN NOT NULL DEFAULT 0,
  followUpOwnerId INTEGER REFERENCES account(id),
  followUpDue TEXT, followUpDoneOn TEXT,
  createdAt DATETIME NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
, uncoveredSharing TEXT, uncoveredSeenBy INTEGER REFERENCES account(id), uncoveredSeenAt DATETIME);

-- index contactLog_followUp (contactLog)
CREATE INDEX contactLog_followUp ON contactLog(followUpOwnerId, followUpDue)
  WHERE followUpOwnerId IS NOT NULL AND followUpDoneOn IS NULL;

-- index contactLog_resident (contactLog)
CREATE INDEX contactLog_resident ON contactLog(residentId, occurredOn);

-- index contactLog_uncovered (contactLog)
CREATE INDEX contactLog_uncovered ON contactLog(residentId)
  WHERE uncoveredSharing IS NOT NULL AND uncoveredSeenAt IS NULL;

-- table councilMeeting (councilMeeting)
CREATE TABLE councilMeeting (
  id INTEGER PRIMARY KEY, heldOn TEXT NOT NULL, agenda TEXT NOT NULL,
  minutes TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1, updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- table councilMember (councilMember)
CREATE TABLE councilMember (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
  fromOn TEXT NOT NULL, untilOn TEXT,
  version INTEGER NOT NULL DEFAULT 1, updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- table councilRequest (councilRequest)
CREATE TABLE councilRequest (
  id INTEGER PRIMARY KEY, meetingId INTEGER REFERENCES councilMeeting(id),
  raisedOn TEXT NOT NULL, text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open', outcome TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1, updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- table draft (draft)
CREATE TABLE "draft" (
  id INTEGER PRIMARY KEY,
  ownerId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  sessionId TEXT NOT NULL,
  formKey TEXT NOT NULL,
  payload TEXT NOT NULL,
  startedAt DATETIME NOT NULL,
  savedAt DATETIME NOT NULL
);

-- index draft_owner (draft)
CREATE INDEX draft_owner ON draft(ownerId, formKey);

-- table forceFormDefinition (forceFormDefinition)
CREATE TABLE forceFormDefinition (
  form TEXT NOT NULL,
  version TEXT NOT NULL,
  definition TEXT NOT NULL,
  loadedAt DATETIME NOT NULL,
  loadedBy INTEGER REFERENCES account(id),
  PRIMARY KEY (form, version)
) WITHOUT ROWID;

-- table forceReport (forceReport)
CREATE TABLE forceReport (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  episodeId INTEGER REFERENCES violentEpisode(id),
  form TEXT NOT NULL,
  formVersion TEXT NOT NULL,
  answers TEXT NOT NULL,
  registeredBy INTEGER NOT NULL REFERENCES account(id),
  registeredAt DATETIME NOT NULL,
  assessment TEXT,
  assessedBy INTEGER REFERENCES account(id),
  assessedAt DATETIME,
  sentToMunicipalityOn TEXT,
  sentToSupervisorOn TEXT,
  relativesInformedOn TEXT,
  relativesInformedWho TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
, sentBy INTEGER REFERENCES account(id), sentRecordedAt DATETIME, informedBy INTEGER REFERENCES account(id), informedRecordedAt DATETIME);

-- index forceReport_episode (forceReport)
CREATE INDEX forceReport_episode ON forceReport(episodeId);

-- index forceReport_resident (forceReport)
CREATE INDEX forceReport_resident ON forceReport(residentId, registeredAt);

-- table grdb_migrations (grdb_migrations)
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);

-- table guardianship (guardianship)
CREATE TABLE guardianship (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  guardianRelativeId INTEGER REFERENCES relative(id),
  outsideName TEXT, outsideContact TEXT,
  section TEXT NOT NULL CHECK (section IN ('5', '6', '7')),
  economic BOOLEAN NOT NULL, personal BOOLEAN NOT NULL,
  namedMatters TEXT NOT NULL DEFAULT '',
  limitedToKinds TEXT,
  decidedOn TEXT NOT NULL, endsOn TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id),
  CHECK ((guardianRelativeId IS NULL) != (outsideName IS NULL))
);

-- index guardianship_resident (guardianship)
CREATE INDEX guardianship_resident ON guardianship(residentId);

-- table healthConsent (healthConsent)
CREATE TABLE healthConsent (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  status TEXT NOT NULL CHECK (status IN ('given', 'refused', 'withdrawn')),
  form TEXT NOT NULL CHECK (form IN ('oral', 'written')),
  day TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  recordedAt DATETIME NOT NULL,
  recordedBy INTEGER NOT NULL REFERENCES account(id)
);

-- trigger healthConsent_noUpdate (healthConsent)
CREATE TRIGGER healthConsent_noUpdate BEFORE UPDATE ON healthConsent
  BEGIN SELECT RAISE(ABORT, 'consent history is append-only'); END;

-- index healthConsent_resident (healthConsent)
CREATE INDEX healthConsent_resident ON healthConsent(residentId, id);

-- table healthNurse (healthNurse)
CREATE TABLE healthNurse (
  accountId INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE
);

-- table home (home)
CREATE TABLE home (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  createdAt DATETIME NOT NULL
, address TEXT NOT NULL DEFAULT '', actingMunicipality TEXT NOT NULL DEFAULT '', dayShiftStart INTEGER NOT NULL DEFAULT 420, eveningShiftStart INTEGER NOT NULL DEFAULT 900, nightShiftStart INTEGER NOT NULL DEFAULT 1380, version INTEGER NOT NULL DEFAULT 1, updatedAt DATETIME, updatedBy INTEGER REFERENCES account(id));

-- table incident (incident)
CREATE TABLE incident (
  id INTEGER PRIMARY KEY,
  unitId INTEGER NOT NULL REFERENCES unit(id),
  residentId INTEGER REFERENCES resident(id),
  reporterId INTEGER NOT NULL REFERENCES account(id),
  place TEXT NOT NULL,
  occurredDay TEXT NOT NULL,
  occurredMonth TEXT NOT NULL,
  occurredMinute INTEGER CHECK (occurredMinute BETWEEN 0 AND 1439),
  timeCertainty TEXT NOT NULL CHECK (timeCertainty IN ('known', 'estimated', 'unknown')),
  timeZone TEXT NOT NULL,
  occurredAt DATETIME NOT NULL,
  categoryCode TEXT NOT NULL,
  categoryName TEXT NOT NULL,
  medicineName TEXT NOT NULL DEFAULT '',
  medicineSubstance TEXT NOT NULL DEFAULT '',
  medicineRoute TEXT NOT NULL DEFAULT '',
  medicineStrength TEXT NOT NULL DEFAULT '',
  headline TEXT NOT NULL,
  course TEXT NOT NULL,
  consequences TEXT NOT NULL DEFAULT '',
  prevention TEXT NOT NULL DEFAULT '',
  actualConsequence INTEGER NOT NULL CHECK (actualConsequence BETWEEN 0 AND 4),
  possibleConsequence INTEGER NOT NULL CHECK (possibleConsequence BETWEEN 0 AND 4),
  severity INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 4),
  status TEXT NOT NULL CHECK (status IN ('registered', 'underReview', 'closed', 'rejected')),
  rejectionReason TEXT,
  analysis TEXT NOT NULL DEFAULT '',
  feedback TEXT NOT NULL DEFAULT '',
  registeredAt DATETIME NOT NULL,
  statusChangedAt DATETIME NOT NULL,
  statusChangedBy INTEGER REFERENCES account(id),
  batchId INTEGER REFERENCES incidentBatch(id),
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
, rejectionComment TEXT, duplicateOf INTEGER REFERENCES incident(id));

-- table incidentAction (incidentAction)
CREATE TABLE incidentAction (
  incidentId INTEGER NOT NULL REFERENCES incident(id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  owner TEXT NOT NULL,
  due TEXT NOT NULL,
  PRIMARY KEY (incidentId, position)
) WITHOUT ROWID;

-- table incidentBatch (incidentBatch)
CREATE TABLE incidentBatch (
  id INTEGER PRIMARY KEY,
  unitId INTEGER NOT NULL REFERENCES unit(id),
  month TEXT NOT NULL,
  createdAt DATETIME NOT NULL,
  createdBy INTEGER NOT NULL REFERENCES account(id),
  UNIQUE (unitId, month)
);

-- index incident_lastByCategory (incident)
CREATE INDEX incident_lastByCategory ON incident(unitId, categoryCode, occurredDay);

-- index incident_queue (incident)
CREATE INDEX incident_queue ON incident(status, registeredAt, unitId);

-- index incident_reporter (incident)
CREATE INDEX incident_reporter ON incident(reporterId, registeredAt);

-- index incident_resident (incident)
CREATE INDEX incident_resident ON incident(residentId) WHERE residentId IS NOT NULL;

-- index incident_stats (incident)
CREATE INDEX incident_stats ON incident(occurredMonth, categoryCode, unitId, status);

-- table note (note)
CREATE TABLE note (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  authorId INTEGER NOT NULL REFERENCES account(id),
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  isHandover BOOLEAN NOT NULL DEFAULT 0,
  writtenAt DATETIME NOT NULL,
  timeZone TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- index note_handover (note)
CREATE INDEX note_handover ON note(writtenAt) WHERE isHandover;

-- index note_resident (note)
CREATE INDEX note_resident ON note(residentId, writtenAt);

-- table plan (plan)
CREATE TABLE plan (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL UNIQUE REFERENCES resident(id),
  wish TEXT NOT NULL,
  startDate TEXT NOT NULL,
  nextFollowUp TEXT NOT NULL,
  createdAt DATETIME NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- table planDecision (planDecision)
CREATE TABLE planDecision (
  followUpId INTEGER NOT NULL REFERENCES planFollowUp(id),
  goalId INTEGER NOT NULL REFERENCES planGoal(id),
  goalTitle TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('continue', 'change', 'end', 'revisitation')),
  score INTEGER,
  note TEXT NOT NULL,
  PRIMARY KEY (followUpId, goalId)
) WITHOUT ROWID;

-- table planFollowUp (planFollowUp)
CREATE TABLE planFollowUp (
  id INTEGER PRIMARY KEY,
  planId INTEGER NOT NULL REFERENCES plan(id),
  heldOn TEXT NOT NULL,
  participants TEXT NOT NULL,
  nextFollowUp TEXT NOT NULL,
  authorId INTEGER NOT NULL REFERENCES account(id),
  recordedAt DATETIME NOT NULL
);

-- index planFollowUp_plan (planFollowUp)
CREATE INDEX planFollowUp_plan ON planFollowUp(planId, heldOn);

-- table planGoal (planGoal)
CREATE TABLE planGoal (
  id INTEGER PRIMARY KEY,
  planId INTEGER NOT NULL REFERENCES plan(id),
  title TEXT NOT NULL,
  themeId TEXT NOT NULL,
  goalTypeId TEXT NOT NULL,
  functionalLevelId TEXT NOT NULL,
  supportNeedId TEXT NOT NULL,
  responsibleKind TEXT NOT NULL,
  responsibleAccountId INTEGER REFERENCES account(id),
  responsibleName TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'revisitation', 'ended')),
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- index planGoal_plan (planGoal)
CREATE INDEX planGoal_plan ON planGoal(planId);

-- table planHistory (planHistory)
CREATE TABLE planHistory (
  id INTEGER PRIMARY KEY,
  planId INTEGER NOT NULL REFERENCES plan(id),
  kind TEXT NOT NULL CHECK (kind IN ('plan', 'goal', 'subGoal')),
  sourceId INTEGER NOT NULL,
  snapshot TEXT NOT NULL,
  reason TEXT NOT NULL,
  changedAt DATETIME NOT NULL,
  changedBy INTEGER NOT NULL REFERENCES account(id)
);

-- index planHistory_plan (planHistory)
CREATE INDEX planHistory_plan ON planHistory(planId, id);

-- table planIntervention (planIntervention)
CREATE TABLE planIntervention (
  id INTEGER PRIMARY KEY,
  subGoalId INTEGER NOT NULL REFERENCES planSubGoal(id),
  text TEXT NOT NULL,
  frequency TEXT NOT NULL,
  responsibleKind TEXT,
  responsibleAccountId INTEGER REFERENCES account(id),
  responsibleName TEXT,
  isActive BOOLEAN NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- index planIntervention_subGoal (planIntervention)
CREATE INDEX planIntervention_subGoal ON planIntervention(subGoalId);

-- table planProgress (planProgress)
CREATE TABLE planProgress (
  id INTEGER PRIMARY KEY,
  subGoalId INTEGER NOT NULL REFERENCES planSubGoal(id),
  value INTEGER NOT NULL,
  note TEXT,
  recordedAt DATETIME NOT NULL,
  timeZone TEXT NOT NULL,
  authorId INTEGER NOT NULL REFERENCES account(id)
, correctedAt DATETIME, correctedBy INTEGER REFERENCES account(id), correctionReason TEXT);

-- index planProgress_subGoal (planProgress)
CREATE INDEX planProgress_subGoal ON planProgress(subGoalId, recordedAt);

-- table planSetting (planSetting)
CREATE TABLE planSetting (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  followUpsPerYear INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- table planSubGoal (planSubGoal)
CREATE TABLE planSubGoal (
  id INTEGER PRIMARY KEY,
  goalId INTEGER NOT NULL REFERENCES planGoal(id),
  text TEXT NOT NULL,
  measureKind TEXT NOT NULL CHECK (measureKind IN ('scale', 'count', 'yesNo')),
  measureMin INTEGER,
  measureMax INTEGER,
  target INTEGER,
  followUpDate TEXT NOT NULL,
  responsibleKind TEXT,
  responsibleAccountId INTEGER REFERENCES account(id),
  responsibleName TEXT,
  isClosed BOOLEAN NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- index planSubGoal_goal (planSubGoal)
CREATE INDEX planSubGoal_goal ON planSubGoal(goalId);

-- table relative (relative)
CREATE TABLE relative (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  name TEXT NOT NULL,
  relation TEXT NOT NULL,
  phone TEXT, email TEXT, address TEXT,
  preferredContact TEXT,
  notes TEXT NOT NULL DEFAULT '',
  chosenByResident BOOLEAN NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- table relativeConsent (relativeConsent)
CREATE TABLE relativeConsent (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  relativeId INTEGER NOT NULL REFERENCES relative(id),
  kindCode TEXT NOT NULL,
  givenOn TEXT NOT NULL,
  form TEXT NOT NULL CHECK (form IN ('oral', 'written')),
  givenByGuardianshipId INTEGER REFERENCES guardianship(id),
  note TEXT NOT NULL DEFAULT '',
  endsOn TEXT,
  recordedBy INTEGER NOT NULL REFERENCES account(id),
  recordedAt DATETIME NOT NULL,
  withdrawnOn TEXT,
  withdrawnBy INTEGER REFERENCES account(id),
  withdrawnAt DATETIME
);

-- index relativeConsent_resident (relativeConsent)
CREATE INDEX relativeConsent_resident ON relativeConsent(residentId, relativeId);

-- index relative_resident (relative)
CREATE INDEX relative_resident ON relative(residentId);

-- table relativesPolicy (relativesPolicy)
CREATE TABLE relativesPolicy (
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  text TEXT NOT NULL,
  adoptedOn TEXT NOT NULL,
  recordedBy INTEGER NOT NULL REFERENCES account(id),
  recordedAt DATETIME NOT NULL
);

-- table relativesResident (relativesResident)
CREATE TABLE relativesResident (
  residentId INTEGER PRIMARY KEY REFERENCES resident(id),
  expectationsMeetingOn TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- table resident (resident)
CREATE TABLE resident (
  id INTEGER PRIMARY KEY,
  unitId INTEGER NOT NULL REFERENCES unit(id),
  name TEXT NOT NULL,
  cpr TEXT NOT NULL UNIQUE,
  movedIn TEXT NOT NULL,
  movedOut TEXT,
  contactPersonId INTEGER REFERENCES account(id),
  coordinatorId INTEGER REFERENCES account(id),
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
, actingMunicipality TEXT);

-- table residentPseudonym (residentPseudonym)
CREATE TABLE residentPseudonym (
  residentId INTEGER PRIMARY KEY REFERENCES resident(id),
  pseudonym TEXT NOT NULL UNIQUE,
  assignedAt DATETIME NOT NULL
);

-- index resident_unit (resident)
CREATE INDEX resident_unit ON resident(unitId, movedOut);

-- table retentionDeletion (retentionDeletion)
CREATE TABLE retentionDeletion (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  kind TEXT NOT NULL,
  rowCount INTEGER NOT NULL,
  ruleId INTEGER NOT NULL REFERENCES retentionRule(id),
  months INTEGER NOT NULL,
  rule TEXT NOT NULL,
  rowIds TEXT NOT NULL,
  deletedAt DATETIME NOT NULL,
  deletedBy INTEGER NOT NULL REFERENCES account(id)
);

-- trigger retentionDeletion_noDelete (retentionDeletion)
CREATE TRIGGER retentionDeletion_noDelete BEFORE DELETE ON retentionDeletion
  BEGIN SELECT RAISE(ABORT, 'a retention record cannot change'); END;

-- trigger retentionDeletion_noUpdate (retentionDeletion)
CREATE TRIGGER retentionDeletion_noUpdate BEFORE UPDATE ON retentionDeletion
  BEGIN SELECT RAISE(ABORT, 'a retention record cannot change'); END;

-- index retentionDeletion_resident (retentionDeletion)
CREATE INDEX retentionDeletion_resident ON retentionDeletion(residentId, kind);

-- table retentionRule (retentionRule)
CREATE TABLE retentionRule (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  months INTEGER CHECK (months IS NULL OR months BETWEEN 1 AND 1200),
  rule TEXT NOT NULL,
  setAt DATETIME NOT NULL,
  setBy INTEGER NOT NULL REFERENCES account(id)
);

-- index retentionRule_kind (retentionRule)
CREATE INDEX retentionRule_kind ON retentionRule(kind, id);

-- trigger retentionRule_noDelete (retentionRule)
CREATE TRIGGER retentionRule_noDelete BEFORE DELETE ON retentionRule
  BEGIN SELECT RAISE(ABORT, 'a retention rule is history: set a new one'); END;

-- trigger retentionRule_noUpdate (retentionRule)
CREATE TRIGGER retentionRule_noUpdate BEFORE UPDATE ON retentionRule
  BEGIN SELECT RAISE(ABORT, 'a retention rule is history: set a new one'); END;

-- table riskCheck (riskCheck)
CREATE TABLE riskCheck (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  checklistId TEXT NOT NULL,
  checklistVersion TEXT NOT NULL,
  answers TEXT NOT NULL,
  score INTEGER NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('low', 'moderate', 'high')),
  bandLabel TEXT NOT NULL,
  checkedAt DATETIME NOT NULL,
  shift TEXT NOT NULL,
  checkedBy INTEGER NOT NULL REFERENCES account(id)
);

-- index riskCheck_at (riskCheck)
CREATE INDEX riskCheck_at ON riskCheck(checkedAt);

-- index riskCheck_resident (riskCheck)
CREATE INDEX riskCheck_resident ON riskCheck(residentId, checkedAt);

-- table riskResident (riskResident)
CREATE TABLE riskResident (
  residentId INTEGER PRIMARY KEY REFERENCES resident(id),
  markedBy INTEGER NOT NULL REFERENCES account(id),
  markedAt DATETIME NOT NULL
);

-- table screening (screening)
CREATE TABLE screening (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  templateKey TEXT NOT NULL,
  takenAt DATETIME NOT NULL,
  timeZone TEXT NOT NULL,
  vals TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  flags TEXT NOT NULL DEFAULT '[]',
  isFlagged BOOLEAN NOT NULL DEFAULT 0,
  recordedBy INTEGER NOT NULL REFERENCES account(id),
  seenBy INTEGER REFERENCES account(id),
  seenAt DATETIME,
  seenNote TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- table screeningAssignment (screeningAssignment)
CREATE TABLE screeningAssignment (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  templateKey TEXT NOT NULL,
  interval TEXT,
  startDay TEXT NOT NULL,
  responsibleId INTEGER REFERENCES account(id),
  isActive BOOLEAN NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id),
  UNIQUE (residentId, templateKey)
);

-- table screeningTemplate (screeningTemplate)
CREATE TABLE screeningTemplate (
  key TEXT PRIMARY KEY,
  definition TEXT NOT NULL,
  isActive BOOLEAN NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- index screening_resident (screening)
CREATE INDEX screening_resident ON screening(residentId, templateKey, takenAt);

-- index screening_unseen (screening)
CREATE INDEX screening_unseen ON screening(takenAt) WHERE isFlagged AND seenAt IS NULL;

-- table searchFts (searchFts)
CREATE VIRTUAL TABLE searchFts USING fts5(
  body, content='searchItem', content_rowid='id',
  tokenize="unicode61 remove_diacritics 0", prefix='1 2 3');

-- table searchFts_config (searchFts_config)
CREATE TABLE 'searchFts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table searchFts_data (searchFts_data)
CREATE TABLE 'searchFts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table searchFts_docsize (searchFts_docsize)
CREATE TABLE 'searchFts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table searchFts_idx (searchFts_idx)
CREATE TABLE 'searchFts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table searchItem (searchItem)
CREATE TABLE searchItem (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  sourceId INTEGER NOT NULL,
  residentId INTEGER NOT NULL,
  unitId INTEGER NOT NULL,
  at DATETIME NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (kind, sourceId)
);

-- trigger searchItem_ad (searchItem)
CREATE TRIGGER searchItem_ad AFTER DELETE ON searchItem BEGIN
  INSERT INTO searchFts(searchFts, rowid, body) VALUES ('delete', old.id, old.body);
END;

-- trigger searchItem_ai (searchItem)
CREATE TRIGGER searchItem_ai AFTER INSERT ON searchItem BEGIN
  INSERT INTO searchFts(rowid, body) VALUES (new.id, new.body);
END;

-- trigger searchItem_au (searchItem)
CREATE TRIGGER searchItem_au AFTER UPDATE OF body ON searchItem BEGIN
  INSERT INTO searchFts(searchFts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO searchFts(rowid, body) VALUES (new.id, new.body);
END;

-- index searchItem_resident (searchItem)
CREATE INDEX searchItem_resident ON searchItem(residentId);

-- table signInSession (signInSession)
CREATE TABLE signInSession (
  id TEXT PRIMARY KEY,
  accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  startedAt DATETIME NOT NULL
);

-- index signInSession_account (signInSession)
CREATE INDEX signInSession_account ON signInSession(accountId, startedAt);

-- index sqlite_autoindex_account_1 (account)

-- index sqlite_autoindex_grdb_migrations_1 (grdb_migrations)

-- index sqlite_autoindex_incidentBatch_1 (incidentBatch)

-- index sqlite_autoindex_plan_1 (plan)

-- index sqlite_autoindex_relativesPolicy_1 (relativesPolicy)

-- index sqlite_autoindex_residentPseudonym_1 (residentPseudonym)

-- index sqlite_autoindex_resident_1 (resident)

-- index sqlite_autoindex_screeningAssignment_1 (screeningAssignment)

-- index sqlite_autoindex_screeningTemplate_1 (screeningTemplate)

-- index sqlite_autoindex_searchItem_1 (searchItem)

-- index sqlite_autoindex_signInSession_1 (signInSession)

-- index sqlite_autoindex_unit_1 (unit)

-- table unit (unit)
CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER
);

-- table violentEpisode (violentEpisode)
CREATE TABLE violentEpisode (
  id INTEGER PRIMARY KEY,
  residentId INTEGER NOT NULL REFERENCES resident(id),
  reporterId INTEGER NOT NULL REFERENCES account(id),
  occurredAt DATETIME NOT NULL,
  timeZone TEXT NOT NULL,
  summary TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  involvedStaff TEXT NOT NULL DEFAULT '',
  involvedResidents TEXT NOT NULL DEFAULT '',
  before TEXT NOT NULL DEFAULT '',
  during TEXT NOT NULL DEFAULT '',
  after TEXT NOT NULL DEFAULT '',
  staffInjured BOOLEAN NOT NULL DEFAULT 0,
  residentInjured BOOLEAN NOT NULL DEFAULT 0,
  injuries TEXT NOT NULL DEFAULT '',
  forceUsed BOOLEAN,
  policeCalled BOOLEAN NOT NULL DEFAULT 0,
  emergencyCalled BOOLEAN NOT NULL DEFAULT 0,
  completedAt DATETIME,
  defusedBy TEXT,
  defusedAt DATETIME,
  debriefingPlanned TEXT,
  debriefingHeldAt DATETIME,
  debriefingNote TEXT,
  reviewedBy INTEGER REFERENCES account(id),
  reviewedAt DATETIME,
  reviewActions TEXT,
  absenceFirstDay TEXT,
  easyReportedOn TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);

-- index violentEpisode_open (violentEpisode)
CREATE INDEX violentEpisode_open ON violentEpisode(occurredAt)
  WHERE completedAt IS NULL OR defusedAt IS NULL OR debriefingHeldAt IS NULL OR reviewedAt IS NULL
    OR (absenceFirstDay IS NOT NULL AND easyReportedOn IS NULL);

-- index violentEpisode_resident (violentEpisode)
CREATE INDEX violentEpisode_resident ON violentEpisode(residentId, occurredAt);

-- table volunteer (volunteer)
CREATE TABLE volunteer (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, helpsWith TEXT NOT NULL,
  phone TEXT, email TEXT, policeCheckOn TEXT,
  version INTEGER NOT NULL DEFAULT 1, updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);
