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
);
CREATE INDEX auditLog_resident ON auditLog(residentId, id) WHERE residentId IS NOT NULL;
CREATE TRIGGER auditLog_noUpdate BEFORE UPDATE ON auditLog
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER auditLog_noDelete BEFORE DELETE ON auditLog
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
