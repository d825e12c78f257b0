"""JSONL files: one article per line (``id`` or ``doc_id``, ``text``, optional metadata)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from rasid.errors import InputError
from rasid.model import Article
from rasid.read.encoding import decode


def parse_date(value: object) -> date | None:
    """An ISO date (or the date part of an ISO timestamp); None for empty values."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"published is not a string: {value!r}")
    return date.fromisoformat(value.strip()[:10])


def _optional_str(row: dict, key: str) -> str | None:
    value = row.get(key)
    return value if isinstance(value, str) and value.strip() else None


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Articles of a JSONL file; a bad line yields an ``InputError`` and reading goes on."""
    text = decode(path.read_bytes(), str(path))
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(json_problem(exc), path=where)
            continue
        if not isinstance(row, dict):
            yield InputError("a line must be a JSON object", path=where)
            continue
        doc_id = row.get("id", row.get("doc_id"))
        body = row.get("text")
        if doc_id in (None, "") or not isinstance(doc_id, (str, int)):
            yield InputError("missing 'id' (or 'doc_id')", path=where)
            continue
        if not isinstance(body, str) or not body.strip():
            yield InputError(f"record {doc_id}: missing or empty 'text'", path=where)
            continue
        try:
            published = parse_date(row.get("published"))
        except ValueError:
            yield InputError(
                f"record {doc_id}: 'published' is not an ISO date: {row.get('published')!r}",
                path=where,
            )
            continue
        yield Article(
            doc_id=str(doc_id),
            text=body,
            published=published,
            outlet=_optional_str(row, "outlet"),
            url=_optional_str(row, "url"),
            title=_optional_str(row, "title"),
            source=where,
        )


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong with a line of JSON, in words and a column ("invalid JSON: unterminated
    string (column 28)"), without the parser's dangling "at"."""
    words = exc.msg.removesuffix(" at").removesuffix(" starting").removesuffix(":").strip()
    return f"invalid JSON: {words[:1].lower()}{words[1:]} (column {exc.colno})"
