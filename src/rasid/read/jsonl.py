"""JSONL files: one article per line (``id`` or ``doc_id``, ``text``, optional metadata)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path

from rasid.errors import InputError
from rasid.model import Article
from rasid.read.encoding import decode

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_SLASHED = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})|(\d{4})/(\d{1,2})/(\d{1,2})")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_date(value: object) -> date | None:
    """A publication date as feeds and spreadsheets write it: ISO (2024-03-10, 2024-3-10, a
    timestamp 2024-03-10T08:00:00Z), day/month/year as Arab outlets write it (10/03/2024,
    10-03-2024, 10.03.2024, Eastern Arabic digits too), year/month/day, or an RSS date (Sun,
    10 Mar 2024 08:00:00 GMT); None for empty values. Anything else is a ``ValueError``."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"published is not a string: {value!r}")
    raw = value.strip().translate(_DIGITS)
    if m := _ISO.fullmatch(raw):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _SLASHED.fullmatch(raw):
        if m[4]:
            return date(int(m[4]), int(m[3]), int(m[1]))
        return date(int(m[5]), int(m[6]), int(m[7]))
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not a date: {value!r}") from None


def optional_str(row: dict, key: str) -> str | None:
    """A metadata string (outlet, url, title) on one line: runs of spaces, tabs and line breaks
    become one space, so a row of a table or a CSV cell is never split; empty is None."""
    value = row.get(key)
    return " ".join(value.split()) or None if isinstance(value, str) else None


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Articles of a JSONL file; a bad line yields an ``InputError`` and reading goes on."""
    text = decode(path.read_bytes(), str(path))
    for number, line in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 is text
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
        if doc_id in (None, "") or not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
            yield InputError("missing 'id' (or 'doc_id')", path=where)
            continue
        if body is not None and not isinstance(body, str):
            yield InputError(f"record {doc_id}: 'text' is not a string ({type(body).__name__})",
                             path=where)
            continue
        if not body or not body.strip():
            yield InputError(f"record {doc_id}: missing or empty 'text'", path=where)
            continue
        try:
            published = parse_date(row.get("published", row.get("date")))
        except ValueError:
            yield InputError(
                f"record {doc_id}: 'published' is not a date "
                f"(give YYYY-MM-DD or DD/MM/YYYY): "
                f"{row.get('published', row.get('date'))!r}", path=where)
            continue
        yield Article(
            doc_id=str(doc_id),
            text=body,
            published=published,
            outlet=optional_str(row, "outlet"),
            url=optional_str(row, "url"),
            title=optional_str(row, "title"),
            source=where,
        )


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong with a line of JSON, in words and a column ("invalid JSON: unterminated
    string (column 28)"), without the parser's dangling "at"."""
    words = exc.msg.removesuffix(" at").removesuffix(" starting").removesuffix(":").strip()
    return f"invalid JSON: {words[:1].lower()}{words[1:]} (column {exc.colno})"
