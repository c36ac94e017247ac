CREATE TABLE screeningTemplate (
  key TEXT PRIMARY KEY,
  definition TEXT NOT NULL,
  isActive BOOLEAN NOT NULL DEFAULT 1,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);
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
CREATE INDEX screening_resident ON screening(residentId, templateKey, takenAt);
CREATE INDEX screening_unseen ON screening(takenAt) WHERE isFlagged AND seenAt IS NULL;
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
CREATE INDEX healthConsent_resident ON healthConsent(residentId, id);
CREATE TRIGGER healthConsent_noUpdate BEFORE UPDATE ON healthConsent
  BEGIN SELECT RAISE(ABORT, 'consent history is append-only'); END;
CREATE TABLE healthNurse (
  accountId INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE
);
