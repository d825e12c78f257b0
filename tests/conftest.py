"""Shared fixtures for rasid's tests (the one place fixtures live).

PostgreSQL: the store tests run on SQLite and on a real PostgreSQL server. ``RASID_TEST_PG``
(a ``postgresql://`` URL of a user who may create databases) names one; otherwise a throw-away
server is started from the PostgreSQL binaries (``initdb``/``pg_ctl`` in PATH or
/usr/lib/postgresql/*/bin) in a temporary directory, on a unix socket only, and stopped after
the session. Without either the PostgreSQL tests fail, saying how to install it.
"""

from __future__ import annotations

import glob
import itertools
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

TESTS = Path(__file__).parent
_DB_NUMBERS = itertools.count(1)


@pytest.fixture(scope="session")
def texts_dir() -> Path:
    return TESTS / "texts"


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _as_server_user(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """URL of a PostgreSQL server for the tests (its maintenance database)."""
    if url := os.environ.get("RASID_TEST_PG"):
        yield url
        return
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.fail("PostgreSQL is not installed: `apt-get install postgresql` (Debian) or set "
                    "RASID_TEST_PG=postgresql://USER@HOST/DB", pytrace=False)
    owner = "postgres" if os.geteuid() == 0 else None  # initdb refuses to run as root
    root = Path(tempfile.mkdtemp(prefix="rasid-pg-"))
    if owner:
        shutil.chown(root, owner)
    data, log = root / "data", root / "server.log"
    subprocess.run(_as_server_user([initdb, "-D", str(data), "-A", "trust", "-U", "postgres",
                                    "-E", "UTF8", "--locale=C", "--no-sync"], owner),
                   check=True, capture_output=True)
    opts = f"-k {root} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-l", str(log), "-o", opts, "-w",
                                    "start"], owner), check=True, capture_output=True)
    try:
        yield f"postgresql://postgres@/postgres?host={root}"
    finally:
        subprocess.run(_as_server_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                                       owner), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[str]:
    """URL of a fresh, empty PostgreSQL database, dropped after the test."""
    import psycopg

    name = f"rasid_test_{os.getpid()}_{next(_DB_NUMBERS)}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield _with_database(pg_url, name)
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store test keeps its data: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "rasid.db")
    return request.getfixturevalue("pg_database")


@pytest.fixture(scope="session")
def stored_corpus(texts_dir: Path) -> list[tuple[Any, dict[str, Any]]]:
    """Four short Arabic articles (tests/texts/store_articles.jsonl, written for these tests)
    with hand-checked document records (store_records.jsonl) in the spec/OUTPUT.md shape."""
    from rasid.read import read_paths

    records = {r["doc_id"]: r for r in map(json.loads, (texts_dir / "store_records.jsonl")
                                           .read_text(encoding="utf-8").splitlines())}
    return [(a, records[a.doc_id]) for a in read_paths([texts_dir / "store_articles.jsonl"])]
