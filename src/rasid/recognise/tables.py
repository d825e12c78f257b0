"""Large word tables of the NER models as JSON, gzip-compressed when the name ends in ``.gz``.

The shipped cluster and word-frequency tables are written as ``*.json.gz`` (about a fifth of the
size); plain ``*.json`` files, as models trained before were written, are still read.
Compression is deterministic (no timestamp, no file name in the header), so a rebuild gives the
same bytes.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path


def read_json(path: Path) -> object:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return json.loads(data.decode("utf-8"))


def write_json(path: Path, obj: object) -> None:
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(text, compresslevel=9, mtime=0) if path.suffix == ".gz"
                     else text)


def existing(path: Path) -> Path:
    """``path`` (``X.json.gz``), or ``X.json`` when only that exists (older models)."""
    if path.suffix == ".gz" and not path.is_file():
        plain = path.with_suffix("")
        if plain.is_file():
            return plain
    return path
