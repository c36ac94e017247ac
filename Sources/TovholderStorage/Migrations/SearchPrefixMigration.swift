/// The search index gets one-letter prefixes (it had two- and three-letter ones): the first
/// key typed in search (`"s"*`) read every word starting with that letter and merged their
/// lists, about half a second on the large home; with the prefix indexed it reads one list,
/// newest first, and stops at 50. The index is rebuilt from `searchItem` (its content table),
/// which also leaves it in one merged segment. Plain SQL, so it can move into a frozen file.
enum SearchPrefixMigration {
  static let name = "v3-search-one-letter-prefix"

  static let sql = """
    DROP TABLE searchFts;
    CREATE VIRTUAL TABLE searchFts USING fts5(
      body, content='searchItem', content_rowid='id',
      tokenize="unicode61 remove_diacritics 0", prefix='1 2 3');
    INSERT INTO searchFts(searchFts) VALUES ('rebuild');
    """
}
