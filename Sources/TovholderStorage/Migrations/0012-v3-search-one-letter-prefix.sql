-- The search index gets one-letter prefixes (it had two- and three-letter ones): the first key
-- typed in search ("s"*) read every word starting with that letter and merged their lists;
-- with the prefix indexed it reads one list. Rebuilt from searchItem, its content table.
DROP TABLE searchFts;
CREATE VIRTUAL TABLE searchFts USING fts5(
  body, content='searchItem', content_rowid='id',
  tokenize="unicode61 remove_diacritics 0", prefix='1 2 3');
INSERT INTO searchFts(searchFts) VALUES ('rebuild');
