"""Plain-text files: the whole decoded file is the article text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rasid.model import Article
from rasid.read.encoding import decode


def read_text(path: Path) -> Iterator[Article]:
    text = decode(path.read_bytes(), str(path))
    yield Article(doc_id=path.stem, text=text, source=str(path))
