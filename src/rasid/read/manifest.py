"""Metadata sidecars: a ``manifest.jsonl`` beside ``.txt``/``.html`` files.

Plain-text files carry no publication date or outlet, yet relative dates ("أمس", "الثلاثاء")
need one. A folder may therefore hold a ``manifest.jsonl`` with one JSON object per file:
``id`` (the file name without extension), and any of ``published`` (or ``date``), ``outlet``,
``url``, ``title``. Rows of the manifest are metadata, not articles; a bad row is reported
once, as one line, and the files it would have described are read without it.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from rasid.errors import InputError
from rasid.model import Article
from rasid.read.encoding import decode
from rasid.read.jsonl import json_problem, optional_str, parse_date

MANIFEST = "manifest.jsonl"
_FIELDS = ("outlet", "url", "title")


def is_manifest(path: Path) -> bool:
    return path.name.lower() == MANIFEST


def read_manifest(path: Path) -> tuple[dict[str, dict], list[InputError]]:
    """Metadata by document id, and the errors of rows that could not be used."""
    meta: dict[str, dict] = {}
    errors: list[InputError] = []
    text = decode(path.read_bytes(), str(path))
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(InputError(json_problem(exc), path=where))
            continue
        doc_id = row.get("id", row.get("doc_id")) if isinstance(row, dict) else None
        if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or doc_id == "":
            errors.append(InputError("manifest row without 'id'", path=where))
            continue
        raw_date = row.get("published", row.get("date"))
        try:
            published = parse_date(raw_date)
        except ValueError:
            errors.append(InputError(f"record {doc_id}: not a date (give YYYY-MM-DD or "
                                     f"DD/MM/YYYY): {raw_date!r}", path=where))
            continue
        entry: dict = {"published": published}
        entry.update({k: v for k in _FIELDS if (v := optional_str(row, k)) is not None})
        meta[_stem(str(doc_id))] = entry
    return meta, errors


def _stem(doc_id: str) -> str:
    """"a01.txt" names the file a01.txt, whose id is a01."""
    path = Path(doc_id)
    return path.stem if path.suffix.lower() in (".txt", ".text", ".html", ".htm") else doc_id


def apply_manifest(article: Article, meta: dict[str, dict]) -> Article:
    """The article with the manifest's metadata filled in where the file itself gave none."""
    entry = meta.get(article.doc_id)
    if not entry:
        return article
    changes = {k: v for k, v in entry.items() if v is not None and getattr(article, k) is None}
    return replace(article, **changes) if changes else article
