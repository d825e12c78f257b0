-- rasid store schema, one text for SQLite and PostgreSQL (types both accept; "end" quoted).
-- Dialect-only objects (SQLite FTS5 table and triggers, PostgreSQL GIN index) are in
-- schema_sqlite.sql and schema_postgres.sql. Version: meta.schema_version; rasid refuses a
-- database of a newer version.

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    content_hash  TEXT PRIMARY KEY,
    doc_id        TEXT NOT NULL,
    published     TEXT,
    outlet        TEXT,
    url           TEXT,
    title         TEXT,
    source        TEXT,
    text          TEXT NOT NULL,
    rasid_version TEXT NOT NULL,
    record        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_doc_id ON articles (doc_id);

-- The Arabic-normalised title and text (rasid.arabic.normalize) that full-text search indexes.
CREATE TABLE IF NOT EXISTS search_text (
    article_hash TEXT PRIMARY KEY REFERENCES articles (content_hash) ON DELETE CASCADE,
    norm_text    TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS entities (
    article_hash TEXT NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    label        TEXT NOT NULL,
    text         TEXT NOT NULL,
    PRIMARY KEY (article_hash, idx)
);

CREATE TABLE IF NOT EXISTS events (
    article_hash   TEXT NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    event_type     TEXT NOT NULL,
    mode           TEXT,
    contexts       TEXT NOT NULL,
    source_code    TEXT,
    source_name    TEXT,
    source_text    TEXT,
    target_code    TEXT,
    target_name    TEXT,
    target_text    TEXT,
    place_name     TEXT,
    place_text     TEXT,
    lat            DOUBLE PRECISION,
    lon            DOUBLE PRECISION,
    country        TEXT,
    admin1         TEXT,
    feature        TEXT,
    date_start     TEXT,
    date_end       TEXT,
    date_text      TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    fatalities     INTEGER,
    attributed_to  TEXT,
    negated        INTEGER NOT NULL,
    hypothetical   INTEGER NOT NULL,
    confidence     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_hash, idx)
);
CREATE INDEX IF NOT EXISTS events_type ON events (event_type);
CREATE INDEX IF NOT EXISTS events_date ON events (date_start);

CREATE TABLE IF NOT EXISTS quotes (
    article_hash TEXT NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    cue          TEXT,
    speaker_code TEXT,
    speaker_name TEXT,
    speaker_text TEXT,
    PRIMARY KEY (article_hash, idx)
);

-- Copies of stored articles (syndicated or re-posted, rasid.merge.duplicates): not stored
-- again, but their outlet, URL and headline are kept beside the article they copy.
-- A copy is one text under one name: the same text reprinted by two outlets is two copies.
CREATE TABLE IF NOT EXISTS article_sources (
    copy_hash    TEXT NOT NULL,
    article_hash TEXT NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
    doc_id       TEXT NOT NULL,
    published    TEXT,
    outlet       TEXT,
    url          TEXT,
    title        TEXT,
    score        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (copy_hash, doc_id)
);
CREATE INDEX IF NOT EXISTS article_sources_article ON article_sources (article_hash);

-- Incidents (rasid.merge.incidents): events of several articles that report one occurrence.
-- ``record`` is the incident as ``rasid incidents`` prints it; the columns serve filters.
CREATE TABLE IF NOT EXISTS incidents (
    incident_id TEXT PRIMARY KEY,
    event_type  TEXT NOT NULL,
    date_start  TEXT,
    date_end    TEXT,
    country     TEXT,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    fatalities  INTEGER,
    outlets     INTEGER NOT NULL,
    record      TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS incident_members (
    article_hash TEXT NOT NULL REFERENCES articles (content_hash) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    incident_id  TEXT NOT NULL REFERENCES incidents (incident_id) ON DELETE CASCADE,
    PRIMARY KEY (article_hash, idx)
);
CREATE INDEX IF NOT EXISTS incident_members_incident ON incident_members (incident_id);
