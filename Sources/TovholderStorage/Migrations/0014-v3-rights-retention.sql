-- The resident's rights (issue 20): the home's retention periods per kind of record (kept as
-- history: a change is a new row), what each retention run deleted (kind, count, rule and the
-- ids of the rows, never their content), and the stable pseudonym that replaces a former
-- resident's name and CPR number when the register entry's period ends.
CREATE TABLE retentionRule (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  months INTEGER CHECK (months IS NULL OR months BETWEEN 1 AND 1200),
  rule TEXT NOT NULL,
  setAt DATETIME NOT NULL,
  setBy INTEGER NOT NULL REFERENCES account(id)
);
CREATE INDEX retentionRule_kind ON retentionRule(kind, id);
CREATE TRIGGER retentionRule_noUpdate BEFORE UPDATE ON retentionRule
  BEGIN SELECT RAISE(ABORT, 'a retention rule is history: set a new one'); END;
CREATE TRIGGER retentionRule_noDelete BEFORE DELETE ON retentionRule
  BEGIN SELECT RAISE(ABORT, 'a retention rule is history: set a new one'); END;
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
CREATE INDEX retentionDeletion_resident ON retentionDeletion(residentId, kind);
CREATE TRIGGER retentionDeletion_noUpdate BEFORE UPDATE ON retentionDeletion
  BEGIN SELECT RAISE(ABORT, 'a retention record cannot change'); END;
CREATE TRIGGER retentionDeletion_noDelete BEFORE DELETE ON retentionDeletion
  BEGIN SELECT RAISE(ABORT, 'a retention record cannot change'); END;
CREATE TABLE residentPseudonym (
  residentId INTEGER PRIMARY KEY REFERENCES resident(id),
  pseudonym TEXT NOT NULL UNIQUE,
  assignedAt DATETIME NOT NULL
);
