-- Each audit row of a write records which row it wrote and a hash of that row's content as
-- written (ContentHash), so `tovholder check` can name rows changed outside the program.
-- Rows written before this step have none and verify as they were written.
ALTER TABLE auditLog ADD COLUMN contentTable TEXT;
ALTER TABLE auditLog ADD COLUMN contentId INTEGER;
ALTER TABLE auditLog ADD COLUMN contentHash TEXT;
CREATE INDEX auditLog_content ON auditLog(contentTable, contentId, id) WHERE contentTable IS NOT NULL;
