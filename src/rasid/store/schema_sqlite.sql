-- SQLite only: an FTS5 index over search_text (external content, kept in step by triggers).
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    norm_text, content='search_text', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS search_text_ai AFTER INSERT ON search_text BEGIN
    INSERT INTO search_fts (rowid, norm_text) VALUES (new.rowid, new.norm_text);
END;
CREATE TRIGGER IF NOT EXISTS search_text_ad AFTER DELETE ON search_text BEGIN
    INSERT INTO search_fts (search_fts, rowid, norm_text) VALUES ('delete', old.rowid, old.norm_text);
END;
