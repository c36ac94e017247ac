import GRDB

/// Home, units, accounts, residents, notes.
enum V1 {
  static func migrate(_ db: Database) throws {
    try db.execute(sql: "PRAGMA application_id = \(Migrations.applicationID)")
    try db.execute(
      sql: """
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
        """)
  }
}

/// The append-only, hash-chained audit log.
enum V1Audit {
  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
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
        """)
  }
}

/// Full-text search over every area's searchable rows, and drafts.
enum V1Search {
  static func migrate(_ db: Database) throws {
    try db.execute(
      sql: """
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
        CREATE INDEX searchItem_resident ON searchItem(residentId);
        CREATE VIRTUAL TABLE searchFts USING fts5(
          body, content='searchItem', content_rowid='id',
          tokenize="unicode61 remove_diacritics 0", prefix='2 3');
        CREATE TRIGGER searchItem_ai AFTER INSERT ON searchItem BEGIN
          INSERT INTO searchFts(rowid, body) VALUES (new.id, new.body);
        END;
        CREATE TRIGGER searchItem_ad AFTER DELETE ON searchItem BEGIN
          INSERT INTO searchFts(searchFts, rowid, body) VALUES ('delete', old.id, old.body);
        END;
        CREATE TRIGGER searchItem_au AFTER UPDATE OF body ON searchItem BEGIN
          INSERT INTO searchFts(searchFts, rowid, body) VALUES ('delete', old.id, old.body);
          INSERT INTO searchFts(rowid, body) VALUES (new.id, new.body);
        END;
        CREATE TABLE draft (
          ownerId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
          formKey TEXT NOT NULL,
          payload TEXT NOT NULL,
          savedAt DATETIME NOT NULL,
          PRIMARY KEY (ownerId, formKey)
        ) WITHOUT ROWID;
        """)
  }
}
