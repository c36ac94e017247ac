PRAGMA application_id = 1416590920;
CREATE TABLE home (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  createdAt DATETIME NOT NULL
);
CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER
);
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
CREATE TABLE accountUnit (
  accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  unitId INTEGER NOT NULL REFERENCES unit(id),
  PRIMARY KEY (accountId, unitId)
) WITHOUT ROWID;
CREATE INDEX accountUnit_unit ON accountUnit(unitId);
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
);
CREATE INDEX resident_unit ON resident(unitId, movedOut);
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
CREATE INDEX note_resident ON note(residentId, writtenAt);
CREATE INDEX note_handover ON note(writtenAt) WHERE isHandover;
