-- Issue 15, the shift as it is lived. Frozen: never edit it, add a migration after it.

-- The home's own facts for the force forms, and when its shifts start (minutes after
-- local midnight; 07:00, 15:00, 23:00 unless the home says otherwise).
ALTER TABLE home ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE home ADD COLUMN actingMunicipality TEXT NOT NULL DEFAULT '';
ALTER TABLE home ADD COLUMN dayShiftStart INTEGER NOT NULL DEFAULT 420;
ALTER TABLE home ADD COLUMN eveningShiftStart INTEGER NOT NULL DEFAULT 900;
ALTER TABLE home ADD COLUMN nightShiftStart INTEGER NOT NULL DEFAULT 1380;
ALTER TABLE home ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE home ADD COLUMN updatedAt DATETIME;
ALTER TABLE home ADD COLUMN updatedBy INTEGER REFERENCES account(id);

-- The resident's acting municipality (handlekommune); NULL: the home's.
ALTER TABLE resident ADD COLUMN actingMunicipality TEXT;

-- Who recorded the force report's later steps, and when.
ALTER TABLE forceReport ADD COLUMN sentBy INTEGER REFERENCES account(id);
ALTER TABLE forceReport ADD COLUMN sentRecordedAt DATETIME;
ALTER TABLE forceReport ADD COLUMN informedBy INTEGER REFERENCES account(id);
ALTER TABLE forceReport ADD COLUMN informedRecordedAt DATETIME;

-- Form definitions an admin loaded (`tovholder forms load FILE`): the newest version of a
-- form is the one new reports use; reports keep the version they were made on.
CREATE TABLE forceFormDefinition (
  form TEXT NOT NULL,
  version TEXT NOT NULL,
  definition TEXT NOT NULL,
  loadedAt DATETIME NOT NULL,
  loadedBy INTEGER REFERENCES account(id),
  PRIMARY KEY (form, version)
) WITHOUT ROWID;

-- A progress value marked wrong: it stays, struck through, with the reason.
ALTER TABLE planProgress ADD COLUMN correctedAt DATETIME;
ALTER TABLE planProgress ADD COLUMN correctedBy INTEGER REFERENCES account(id);
ALTER TABLE planProgress ADD COLUMN correctionReason TEXT;

-- Sharing a consent did not cover, recorded as it happened (the kinds' codes, comma
-- separated), until a leader has seen it.
ALTER TABLE contactLog ADD COLUMN uncoveredSharing TEXT;
ALTER TABLE contactLog ADD COLUMN uncoveredSeenBy INTEGER REFERENCES account(id);
ALTER TABLE contactLog ADD COLUMN uncoveredSeenAt DATETIME;
CREATE INDEX contactLog_uncovered ON contactLog(residentId)
  WHERE uncoveredSharing IS NOT NULL AND uncoveredSeenAt IS NULL;

-- A rejected UTH's comment, and the case a duplicate repeats.
ALTER TABLE incident ADD COLUMN rejectionComment TEXT;
ALTER TABLE incident ADD COLUMN duplicateOf INTEGER REFERENCES incident(id);
