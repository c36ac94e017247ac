CREATE TABLE planSetting (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  followUpsPerYear INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  updatedAt DATETIME NOT NULL,
  updatedBy INTEGER REFERENCES account(id)
);
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
CREATE INDEX planGoal_plan ON planGoal(planId);
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
CREATE INDEX planSubGoal_goal ON planSubGoal(goalId);
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
CREATE INDEX planIntervention_subGoal ON planIntervention(subGoalId);
CREATE TABLE planProgress (
  id INTEGER PRIMARY KEY,
  subGoalId INTEGER NOT NULL REFERENCES planSubGoal(id),
  value INTEGER NOT NULL,
  note TEXT,
  recordedAt DATETIME NOT NULL,
  timeZone TEXT NOT NULL,
  authorId INTEGER NOT NULL REFERENCES account(id)
);
CREATE INDEX planProgress_subGoal ON planProgress(subGoalId, recordedAt);
CREATE TABLE planFollowUp (
  id INTEGER PRIMARY KEY,
  planId INTEGER NOT NULL REFERENCES plan(id),
  heldOn TEXT NOT NULL,
  participants TEXT NOT NULL,
  nextFollowUp TEXT NOT NULL,
  authorId INTEGER NOT NULL REFERENCES account(id),
  recordedAt DATETIME NOT NULL
);
CREATE INDEX planFollowUp_plan ON planFollowUp(planId, heldOn);
CREATE TABLE planDecision (
  followUpId INTEGER NOT NULL REFERENCES planFollowUp(id),
  goalId INTEGER NOT NULL REFERENCES planGoal(id),
  goalTitle TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('continue', 'change', 'end', 'revisitation')),
  score INTEGER,
  note TEXT NOT NULL,
  PRIMARY KEY (followUpId, goalId)
) WITHOUT ROWID;
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
CREATE INDEX planHistory_plan ON planHistory(planId, id);
