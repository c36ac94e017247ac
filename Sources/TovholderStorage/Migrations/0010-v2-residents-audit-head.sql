-- The head of the audit chain: how many rows it has and the newest row's id and hash, kept by
-- a trigger in the same transaction as every insert. The chain cannot show that its newest rows
-- were deleted (what remains is still a whole chain); comparing with the head can. It does not
-- stop someone with full write access who also forges the head or rewrites the whole chain
-- (the hashes are not keyed): that needs a copy of the head kept elsewhere.
CREATE TABLE auditHead (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  rowCount INTEGER NOT NULL,
  lastId INTEGER NOT NULL,
  lastHash TEXT NOT NULL
);
INSERT INTO auditHead (id, rowCount, lastId, lastHash)
  SELECT 1, (SELECT count(*) FROM auditLog), coalesce((SELECT max(id) FROM auditLog), 0),
    coalesce((SELECT hash FROM auditLog ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000');
CREATE TRIGGER auditLog_keepHead AFTER INSERT ON auditLog
  BEGIN
    UPDATE auditHead SET rowCount = rowCount + 1, lastId = NEW.id, lastHash = NEW.hash WHERE id = 1;
  END;
CREATE TRIGGER auditHead_onlyForward BEFORE UPDATE ON auditHead
  WHEN NEW.rowCount <> OLD.rowCount + 1
    OR NEW.lastHash IS NOT (SELECT hash FROM auditLog WHERE id = NEW.lastId)
  BEGIN SELECT RAISE(ABORT, 'audit head only follows new audit rows'); END;
CREATE TRIGGER auditHead_noDelete BEFORE DELETE ON auditHead
  BEGIN SELECT RAISE(ABORT, 'audit head cannot be deleted'); END;
CREATE TRIGGER auditHead_noInsert BEFORE INSERT ON auditHead
  BEGIN SELECT RAISE(ABORT, 'audit head exists once'); END;
