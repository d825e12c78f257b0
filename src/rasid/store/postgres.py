"""The PostgreSQL dialect of the store (psycopg 3): the same tables, a GIN word index for search.

Needs the ``postgres`` extra (``pip install 'rasid[postgres]'``).
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from typing import Any

from rasid.errors import StoreError
from rasid.store.base import Store

try:
    import psycopg
except ImportError:  # the optional extra is not installed: open_store says how to get it
    psycopg = None  # type: ignore[assignment]

_PASSWORD = re.compile(r"(://[^:/@]*:)[^@]*@")


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return _PASSWORD.sub(r"\1***@", url)


class PostgresStore(Store):
    dialect = "postgresql"
    placeholder = "%s"
    schema_extra = "schema_postgres.sql"
    errors = (psycopg.Error,) if psycopg else ()

    def __init__(self, url: str) -> None:
        self.target = redact(url)
        if psycopg is None:
            raise StoreError("PostgreSQL needs psycopg: pip install 'psycopg[binary]'",
                             path=self.target)
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split())
            raise StoreError(f"cannot connect ({redact(reason)})", path=self.target) from None
        try:
            self._migrate()
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"cannot prepare database ({exc})", path=self.target) from None

    def transaction(self) -> AbstractContextManager[Any]:
        return self.conn.transaction()

    def _script(self, sql: str) -> None:
        self.conn.execute(sql)

    def _search_rows(self, terms: list[str], limit: int) -> list[tuple[Any, ...]]:
        tsq = " & ".join(terms)
        return self.query(
            "SELECT a.doc_id, a.outlet, a.published, a.title, a.text FROM search_text s "
            "JOIN articles a ON a.content_hash = s.article_hash "
            "WHERE to_tsvector('simple', s.norm_text) @@ to_tsquery('simple', ?) "
            "ORDER BY ts_rank(to_tsvector('simple', s.norm_text), to_tsquery('simple', ?)) DESC, "
            "a.doc_id LIMIT ?",
            (tsq, tsq, limit),
        )
