CREATE TABLE relativesResident (
  residentId INTEGER PRIMARY KEY REFERENCES resident(id),
  expectationsMeetingOn TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);
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
CREATE INDEX relative_resident ON relative(residentId);
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
CREATE INDEX guardianship_resident ON guardianship(residentId);
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
CREATE INDEX relativeConsent_resident ON relativeConsent(residentId, relativeId);
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
);
CREATE INDEX contactLog_resident ON contactLog(residentId, occurredOn);
CREATE INDEX contactLog_followUp ON contactLog(followUpOwnerId, followUpDue)
  WHERE followUpOwnerId IS NOT NULL AND followUpDoneOn IS NULL;
CREATE TABLE relativesPolicy (
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  text TEXT NOT NULL,
  adoptedOn TEXT NOT NULL,
  recordedBy INTEGER NOT NULL REFERENCES account(id),
  recordedAt DATETIME NOT NULL
);
CREATE TABLE councilMember (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
  fromOn TEXT NOT NULL, untilOn TEXT,
  version INTEGER NOT NULL DEFAULT 1, updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);
CREATE TABLE councilMeeting (
  id INTEGER PRIMARY KEY, heldOn TEXT NOT NULL, agenda TEXT NOT NULL,
  minutes TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1, updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);
CREATE TABLE councilRequest (
  id INTEGER PRIMARY KEY, meetingId INTEGER REFERENCES councilMeeting(id),
  raisedOn TEXT NOT NULL, text TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open', outcome TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1, updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);
CREATE TABLE volunteer (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, helpsWith TEXT NOT NULL,
  phone TEXT, email TEXT, policeCheckOn TEXT,
  version INTEGER NOT NULL DEFAULT 1, updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);
