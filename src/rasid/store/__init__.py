"""rasid.store: articles, entities, events and quotes in SQLite (default) or PostgreSQL.

``open_store(target)`` picks the dialect: a ``postgresql://`` (or ``postgres://``) URL opens
PostgreSQL, anything else is a SQLite file path. Both share one schema and one ``Store`` class.
"""

from __future__ import annotations

from pathlib import Path

from rasid.store.base import Store
from rasid.store.query import EventHit, EventQuery, Near, SearchHit

__all__ = ["EventHit", "EventQuery", "Near", "SearchHit", "Store", "open_store"]


def is_postgres(target: str | Path) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def open_store(target: str | Path, *, for_reading: bool = False) -> Store:
    """Open (creating or upgrading the schema if needed) the store named by ``target``.

    ``for_reading``: the caller only reads, so an existing SQLite file that cannot be written
    (a colleague's database on a read-only share) is opened read-only instead of refused.
    """
    if is_postgres(target):
        from rasid.store.postgres import PostgresStore

        return PostgresStore(str(target))
    from rasid.store.sqlite import SQLiteStore

    return SQLiteStore(target, for_reading=for_reading)
