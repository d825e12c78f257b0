"""The SQLite store: one file, WAL, one transaction per batch, upsert by content hash.

Storing an article replaces its previous rows (same content hash), so a re-run never
duplicates anything; an article already stored by the same rasid version is skipped, so an
interrupted run resumes where it stopped.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from rasid import __version__
from rasid.errors import StoreError
from rasid.model import Article

SCHEMA_VERSION = 1
TABLES = ("articles", "entities", "events", "quotes")


def _schema_sql() -> str:
    return (resources.files("rasid") / "store" / "schema.sql").read_text(encoding="utf-8")


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.conn = sqlite3.connect(self.path)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database ({exc})", path=self.path) from None

    def _migrate(self) -> None:
        with self.conn:
            self.conn.executescript(_schema_sql())
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None:
                self.conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(
                    f"database schema version {row[0]} is newer than this rasid ({SCHEMA_VERSION})",
                    path=self.path,
                )

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def is_current(self, article: Article) -> bool:
        """True when this exact text was already stored by this rasid version."""
        row = self.conn.execute(
            "SELECT rasid_version FROM articles WHERE content_hash = ?", (article.content_hash,)
        ).fetchone()
        return row is not None and row[0] == __version__

    def write_batch(self, items: Sequence[tuple[Article, dict[str, Any]]]) -> None:
        """Store articles with their records in one transaction (all or nothing)."""
        try:
            with self.conn:
                for article, record in items:
                    self._write_one(article, record)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"write failed, batch rolled back ({exc})", path=self.path) from None

    def _write_one(self, art: Article, rec: dict[str, Any]) -> None:
        h = art.content_hash
        c = self.conn
        for table in TABLES[1:]:
            c.execute(f"DELETE FROM {table} WHERE article_hash = ?", (h,))
        c.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(content_hash) DO UPDATE SET "
            "doc_id=excluded.doc_id, published=excluded.published, outlet=excluded.outlet, "
            "url=excluded.url, title=excluded.title, source=excluded.source, "
            "rasid_version=excluded.rasid_version, record=excluded.record",
            (h, art.doc_id, rec["published"], art.outlet, art.url, art.title, art.source, art.text,
             __version__, json.dumps(rec, ensure_ascii=False)),
        )
        c.executemany(
            'INSERT INTO entities VALUES (?,?,?,?,?,?)',
            [(h, i, e["start"], e["end"], e["label"], e["text"]) for i, e in enumerate(rec["entities"])],
        )
        c.executemany(
            "INSERT INTO events VALUES (" + ",".join("?" * 28) + ")",
            [(h, i, *_event_row(e)) for i, e in enumerate(rec["events"])],
        )
        c.executemany(
            "INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?)",
            [(h, i, q["start"], q["end"], q.get("cue"), *_actor_cols(q.get("speaker")))
             for i, q in enumerate(rec["quotes"])],
        )

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def records(self) -> Iterable[dict[str, Any]]:
        for (rec,) in self.conn.execute("SELECT record FROM articles ORDER BY doc_id"):
            yield json.loads(rec)


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


def open_store(target: str | Path) -> SQLiteStore:
    """Open the store named by a path (SQLite file); PostgreSQL URLs come in a later version."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL stores are not supported yet; use a SQLite file path", path=text)
    return SQLiteStore(target)
