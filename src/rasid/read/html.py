"""HTML pages: main text and metadata through trafilatura, page furniture removed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rasid.errors import InputError
from rasid.model import Article
from rasid.read.encoding import decode
from rasid.read.jsonl import parse_date


def read_html(path: Path) -> Iterator[Article]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    html = decode(path.read_bytes(), str(path))
    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML page", path=str(path))
    meta = trafilatura.extract_metadata(html, extensive=False)  # the page's own markup: a year
    # in the text is not made into 1 January
    published = None
    if meta is not None and meta.date:
        try:
            published = parse_date(meta.date)
        except ValueError:
            published = None
    yield Article(
        doc_id=path.stem,
        text=text,
        published=published,
        outlet=(meta.sitename if meta is not None else None) or None,
        url=(meta.url if meta is not None else None) or None,
        title=(meta.title if meta is not None else None) or None,
        source=str(path),
    )
