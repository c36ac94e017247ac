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
CREATE INDEX violentEpisode_resident ON violentEpisode(residentId, occurredAt);
CREATE INDEX violentEpisode_open ON violentEpisode(occurredAt)
  WHERE completedAt IS NULL OR defusedAt IS NULL OR debriefingHeldAt IS NULL OR reviewedAt IS NULL
    OR (absenceFirstDay IS NOT NULL AND easyReportedOn IS NULL);
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
);
CREATE INDEX forceReport_resident ON forceReport(residentId, registeredAt);
CREATE INDEX forceReport_episode ON forceReport(episodeId);
CREATE TABLE riskResident (
  residentId INTEGER PRIMARY KEY REFERENCES resident(id),
  markedBy INTEGER NOT NULL REFERENCES account(id),
  markedAt DATETIME NOT NULL
);
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
CREATE INDEX riskCheck_resident ON riskCheck(residentId, checkedAt);
CREATE INDEX riskCheck_at ON riskCheck(checkedAt);
