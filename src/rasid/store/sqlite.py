"""The SQLite dialect of the store: one file, WAL, FTS5 for full-text search."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rasid.errors import StoreError
from rasid.store.base import SCHEMA_VERSION, Store


class SQLiteStore(Store):
    dialect = "sqlite"
    placeholder = "?"
    schema_extra = "schema_sqlite.sql"
    errors = (sqlite3.DatabaseError,)

    def __init__(self, path: str | Path, *, for_reading: bool = False) -> None:
        self.target = str(path)
        if Path(path).is_dir():
            raise StoreError(f"a folder, not a database file (e.g. {Path(path) / 'rasid.db'})",
                             path=self.target)
        try:
            if for_reading and (not _writable(Path(path)) or self._current(Path(path))):
                self._open_read_only()  # the reading commands never write: not even a schema
                return
            try:
                # autocommit mode: transactions are explicit (``transaction``), as on PostgreSQL
                self.conn = sqlite3.connect(self.target, isolation_level=None)
                self.conn.execute("PRAGMA foreign_keys = ON")
                tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master")}
                if tables and "meta" not in tables:  # another program's database: not ours to fill
                    self.conn.close()
                    raise StoreError("not a rasid database (it holds other tables)",
                                     path=self.target)
                if self.target != ":memory:":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                self._migrate()
            except sqlite3.OperationalError:
                if not for_reading:  # a run should fail here, not after its extraction
                    raise
                self.conn.close()
                self._open_read_only()  # e.g. an immutable file that only root could "write"
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database ({exc})", path=self.target) from None

    def _open_read_only(self) -> None:
        self.conn = _read_only(Path(self.target))
        self._check_version()

    def _current(self, path: Path) -> bool:
        """True when ``path`` holds anything but a rasid database of an older schema (which a
        reading command upgrades): this rasid's database, or something it must not write into
        (an empty file, another program's database), which ``_check_version`` refuses."""
        if not path.is_file():
            return False
        conn = _read_only(path)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError:
            return True  # no meta table: not a rasid database
        finally:
            conn.close()
        return row is not None and int(row[0]) >= SCHEMA_VERSION

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.conn.in_transaction:  # nested: the outer transaction decides
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _script(self, sql: str) -> None:
        for statement in _statements(sql):
            self.conn.execute(statement)

    def _search_rows(self, terms: list[str], limit: int) -> list[tuple[Any, ...]]:
        match = " ".join(f'"{t}"' for t in terms)
        return self.query(
            "SELECT a.doc_id, a.outlet, a.published, a.title, a.text FROM search_fts "
            "JOIN search_text s ON s.rowid = search_fts.rowid "
            "JOIN articles a ON a.content_hash = s.article_hash "
            "WHERE search_fts MATCH ? ORDER BY bm25(search_fts), a.doc_id LIMIT ?",
            (match, limit),
        )


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes: ``mode=ro``, or ``immutable=1`` where even that cannot
    work (a WAL database in a folder where its ``-shm`` file cannot be made)."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn


def _statements(sql: str) -> Iterator[str]:
    """Complete statements of a script (``executescript`` would commit the open transaction)."""
    pending = ""
    for line in sql.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending.strip()
            pending = ""
    if pending.strip():
        yield pending.strip()
