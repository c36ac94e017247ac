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
