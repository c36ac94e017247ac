CREATE TABLE incidentBatch (
  id INTEGER PRIMARY KEY,
  unitId INTEGER NOT NULL REFERENCES unit(id),
  month TEXT NOT NULL,
  createdAt DATETIME NOT NULL,
  createdBy INTEGER NOT NULL REFERENCES account(id),
  UNIQUE (unitId, month)
);
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
);
CREATE INDEX incident_queue ON incident(status, registeredAt, unitId);
CREATE INDEX incident_reporter ON incident(reporterId, registeredAt);
CREATE INDEX incident_stats ON incident(occurredMonth, categoryCode, unitId, status);
CREATE INDEX incident_lastByCategory ON incident(unitId, categoryCode, occurredDay);
CREATE INDEX incident_resident ON incident(residentId) WHERE residentId IS NOT NULL;
CREATE TABLE incidentAction (
  incidentId INTEGER NOT NULL REFERENCES incident(id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  owner TEXT NOT NULL,
  due TEXT NOT NULL,
  PRIMARY KEY (incidentId, position)
) WITHOUT ROWID;
