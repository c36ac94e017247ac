-- Drafts belong to a person and a sign-in session, are rows of their own (one form may have
-- several drafts, e.g. two quick logs), and keep the moment the form was started. Each
-- sign-in is a row, so a person's previous sign-in is known.
CREATE TABLE signInSession (
  id TEXT PRIMARY KEY,
  accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  startedAt DATETIME NOT NULL
);
CREATE INDEX signInSession_account ON signInSession(accountId, startedAt);
CREATE TABLE draftBySession (
  id INTEGER PRIMARY KEY,
  ownerId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
  sessionId TEXT NOT NULL,
  formKey TEXT NOT NULL,
  payload TEXT NOT NULL,
  startedAt DATETIME NOT NULL,
  savedAt DATETIME NOT NULL
);
INSERT INTO draftBySession (ownerId, sessionId, formKey, payload, startedAt, savedAt)
  SELECT ownerId, '', formKey, payload, savedAt, savedAt FROM draft;
DROP TABLE draft;
ALTER TABLE draftBySession RENAME TO draft;
CREATE INDEX draft_owner ON draft(ownerId, formKey);
