"""The store: every SQL statement rasid runs, written once for SQLite and PostgreSQL.

Statements use ``?`` placeholders; a dialect (``SQLiteStore``, ``PostgresStore``) turns them
into its own and supplies the little that differs: connecting, transactions, its schema extras
and full-text search. Storing an article replaces its previous rows (same content hash), so a
re-run never duplicates anything; an article already stored by the same rasid version is
skipped, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from importlib import resources
from typing import Any, ClassVar

from rasid import __version__
from rasid.errors import StoreError, UsageError
from rasid.model import Article
from rasid.store.query import (
    ActorMeaning,
    EventHit,
    EventQuery,
    SearchHit,
    outlet_matches,
    search_form,
    search_terms,
    snippet,
)

SCHEMA_VERSION = 4
TABLES = ("articles", "entities", "events", "quotes")
_CHILDREN = ("search_text", "entities", "events", "quotes")


def schema_sql(name: str = "schema.sql") -> str:
    return (resources.files("rasid") / "store" / name).read_text(encoding="utf-8")


class Store:
    """Articles, entities, events and quotes in a database (subclassed per dialect)."""

    dialect: ClassVar[str]
    placeholder: ClassVar[str]
    schema_extra: ClassVar[str]
    errors: ClassVar[tuple[type[Exception], ...]]
    conn: Any
    target: str

    # -- what a dialect provides -------------------------------------------------------------
    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _script(self, sql: str) -> None:
        raise NotImplementedError

    def _search_rows(self, terms: list[str], limit: int) -> list[tuple[Any, ...]]:
        """(doc_id, outlet, published, title, text) of the best matches, best first."""
        raise NotImplementedError

    def close(self) -> None:
        self.conn.close()

    # -- plumbing ----------------------------------------------------------------------------
    def sql(self, statement: str) -> str:
        return statement if self.placeholder == "?" else statement.replace("?", self.placeholder)

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.sql(statement), tuple(params))

    def execute_many(self, statement: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if rows:
            self.conn.cursor().executemany(self.sql(statement), rows)

    def query(self, statement: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.execute(statement, params).fetchall()]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_version(self) -> None:
        """A store opened read-only cannot be upgraded: its schema must be this rasid's."""
        try:
            row = self.query("SELECT value FROM meta WHERE key = 'schema_version'")
        except self.errors:
            raise StoreError("not a rasid database", path=self.target) from None
        version = int(row[0][0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"database schema version {version} is newer than this rasid "
                             f"({SCHEMA_VERSION})", path=self.target)
        if version < SCHEMA_VERSION:
            raise StoreError(f"database schema version {version} is older than this rasid's "
                             f"({SCHEMA_VERSION}) and it is opened read-only: run `rasid run` "
                             "on a copy you can write to upgrade it", path=self.target)

    def _migrate(self) -> None:
        with self.transaction():
            self._script(schema_sql())
            self._script(schema_sql(self.schema_extra))
            row = self.query("SELECT value FROM meta WHERE key = 'schema_version'")
            if not row:
                self.execute("INSERT INTO meta VALUES ('schema_version', ?)",
                             (str(SCHEMA_VERSION),))
                return
            version = int(row[0][0])
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"database schema version {version} is newer than this rasid "
                    f"({SCHEMA_VERSION})",
                    path=self.target,
                )
            if version < 3:  # version 1 had no search index, version 2 one without stems
                self.execute("DELETE FROM search_text")
                self.execute_many(
                    "INSERT INTO search_text VALUES (?, ?)",
                    [(h, search_form(title, text)) for h, title, text
                     in self.query("SELECT content_hash, title, text FROM articles")],
                )
            if version < 4:  # version 3 kept one copy a text: its key takes the copy's name too
                self._rekey_sources()
            self.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                         (str(SCHEMA_VERSION),))

    def _rekey_sources(self) -> None:
        rows = self.query("SELECT * FROM article_sources")
        self.execute("DROP TABLE article_sources")
        self._script(schema_sql())
        self.execute_many("INSERT INTO article_sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    # -- writing -----------------------------------------------------------------------------
    def is_current(self, article: Article) -> bool:
        """True when this exact text was already stored by this rasid version."""
        row = self.query("SELECT rasid_version FROM articles WHERE content_hash = ?",
                         (article.content_hash,))
        return bool(row) and row[0][0] == __version__

    def write_batch(self, items: Sequence[tuple[Article, dict[str, Any]]]) -> None:
        """Store articles with their records in one transaction (all or nothing)."""
        try:
            with self.transaction():
                for article, record in items:
                    self._write_one(article, record)
        except self.errors as exc:
            raise StoreError(f"write failed, batch rolled back ({exc})", path=self.target) from None

    def _write_one(self, art: Article, rec: dict[str, Any]) -> None:
        h = art.content_hash
        for table in _CHILDREN:
            self.execute(f"DELETE FROM {table} WHERE article_hash = ?", (h,))
        self.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (content_hash) "
            "DO UPDATE SET doc_id = excluded.doc_id, published = excluded.published, "
            "outlet = excluded.outlet, "
            "url = excluded.url, title = excluded.title, source = excluded.source, "
            "rasid_version = excluded.rasid_version, record = excluded.record",
            (h, art.doc_id, rec["published"], art.outlet, art.url, art.title, art.source, art.text,
             __version__, json.dumps(rec, ensure_ascii=False)),
        )
        self.execute("INSERT INTO search_text VALUES (?, ?)", (h, search_form(art.title, art.text)))
        self.execute_many(
            "INSERT INTO entities VALUES (?,?,?,?,?,?)",
            [(h, i, e["start"], e["end"], e["label"], e["text"])
             for i, e in enumerate(rec["entities"])],
        )
        self.execute_many(
            "INSERT INTO events VALUES (" + ",".join("?" * 28) + ")",
            [(h, i, *_event_row(e)) for i, e in enumerate(rec["events"])],
        )
        self.execute_many(
            "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)",
            [(h, i, q["start"], q["end"], q.get("cue"), *_actor_cols(q.get("speaker")))
             for i, q in enumerate(rec["quotes"])],
        )

    # -- reading -----------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {t: self.query(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}

    def records(self) -> Iterator[dict[str, Any]]:
        """Every stored document record (spec/OUTPUT.md), by doc_id."""
        for (rec,) in self.query("SELECT record FROM articles ORDER BY doc_id, content_hash"):
            yield json.loads(rec)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Articles containing every word of ``text``, matched in normalised form (hamza,
        alef, ta marbuta, ya and diacritic variants match each other), best first."""
        terms = search_terms(text)
        if not terms:
            raise UsageError(f"nothing to search for in {text!r}")
        rows = self._search_rows(terms, limit)
        if not rows:  # "وبإدلب" where the text has إدلب: the words without their clitics
            terms = search_terms(text, stems=True)
            rows = self._search_rows(terms, limit)
        return [SearchHit(doc, outlet, pub, title, snippet(body, terms)) for doc, outlet, pub, title, body in rows]

    def events(self, q: EventQuery | None = None) -> list[EventHit]:
        """Stored events that pass every filter of ``q``, by date then document."""
        q = q or EventQuery()
        where, params = _event_filters(q)
        rows = self.query(
            "SELECT a.content_hash, a.doc_id, a.outlet, a.published, a.url, e.idx, e.lat, e.lon, "
            "m.incident_id FROM events e JOIN articles a ON a.content_hash = e.article_hash "
            "LEFT JOIN incident_members m ON m.article_hash = e.article_hash AND m.idx = e.idx"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY COALESCE(e.date_start, ''), a.doc_id, e.idx",
            params,
        )
        if q.near is not None:
            rows = [r for r in rows if q.near.holds(r[6], r[7])]
        if q.outlet:
            hashes = {r[0] for r in rows}
            kept = {h for h in hashes if outlet_matches(q.outlet, self._outlets(h))}
            rows = [r for r in rows if r[0] in kept]
        if q.limit is not None:
            rows = rows[: q.limit]
        docs: dict[str, tuple[dict[str, Any], str]] = {}
        hits = []
        for h, doc_id, outlet, published, url, idx, _lat, _lon, incident in rows:
            if h not in docs:
                rec, text = self.query("SELECT record, text FROM articles WHERE content_hash = ?",
                                       (h,))[0]
                docs[h] = (json.loads(rec), text)
            rec, text = docs[h]
            event = rec["events"][idx]
            ev = event["evidence"]
            hits.append(EventHit(doc_id, outlet, published, url, idx, event,
                                 text[ev["start"]:ev["end"]], incident))
        return hits

    def _outlets(self, article_hash: str) -> list[str | None]:
        """The outlet of a stored article and those of its copies."""
        return [o for (o,) in self.query(
            "SELECT outlet FROM articles WHERE content_hash = ? UNION ALL "
            "SELECT outlet FROM article_sources WHERE article_hash = ?",
            (article_hash, article_hash))]


def _event_filters(q: EventQuery) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if not q.include_flagged:
        where.append("e.negated = 0 AND e.hypothetical = 0")
    if q.types:
        where.append("e.event_type IN (" + ",".join("?" * len(q.types)) + ")")
        params += [t.upper() for t in q.types]
    if q.actor:
        code, words = q.actor.upper(), f"%{q.actor.lower()}%"
        sides = []
        for side in ("source", "target"):
            sides.append(f"e.{side}_code = ? OR e.{side}_code LIKE ? OR lower(e.{side}_name) "
                         f"LIKE ? OR e.{side}_text LIKE ?")
            params += [code, f"{code}-%", words, f"%{q.actor}%"]
            if q.actor_as is not None:
                sides.append(_meaning_sql(side, q.actor_as, params))
        where.append("(" + " OR ".join(sides) + ")")
    if q.country:
        where.append("e.country = ?")
        params.append(q.country.upper())
    if q.near is not None:
        where.append("e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?")
        lat0, lat1, lon0, lon1 = q.near.box()
        params += [lat0, lat1, lon0, lon1]
    if q.date_from:
        where.append("e.date_end >= ?")
        params.append(q.date_from)
    if q.date_to:
        where.append("e.date_start <= ?")
        params.append(q.date_to)
    if q.min_sources > 1:
        where.append("COALESCE((SELECT i.outlets FROM incident_members m JOIN incidents i "
                     "ON i.incident_id = m.incident_id "
                     "WHERE m.article_hash = e.article_hash AND m.idx = e.idx), 1) >= ?")
        params.append(q.min_sources)
    return where, params


def _meaning_sql(side: str, meaning: ActorMeaning, params: list[Any]) -> str:
    params.append(meaning.code)
    if meaning.prefix:
        params.append(f"{meaning.code}-%")
        return f"e.{side}_code = ? OR e.{side}_code LIKE ?"
    if meaning.name is not None:
        params.append(meaning.name)
        return f"(e.{side}_code = ? AND e.{side}_name = ?)"
    return f"e.{side}_code = ?"


def _actor_cols(actor: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    if not actor:
        return (None, None, None)
    return (actor.get("code"), actor.get("name"), actor.get("text"))


def _event_row(e: dict[str, Any]) -> tuple[Any, ...]:
    loc = e.get("location") or {}
    date = e.get("date") or {}
    attributed = (e.get("attributed_to") or {}).get("code")
    return (
        e["event_type"], e["mode"], json.dumps(e["contexts"]),
        *_actor_cols(e["source"]), *_actor_cols(e["target"]),
        loc.get("name"), loc.get("text"), loc.get("lat"), loc.get("lon"), loc.get("country"),
        loc.get("admin1"), loc.get("feature"),
        date.get("start"), date.get("end"), date.get("text"),
        e["evidence"]["start"], e["evidence"]["end"], e["fatalities"], attributed,
        int(e["negated"]), int(e["hypothetical"]), e["confidence"],
    )
