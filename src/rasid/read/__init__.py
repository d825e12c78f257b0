"""Readers: files and folders in, ``Article``s (or one-line ``InputError``s) out.

``read_paths`` picks a reader by suffix: ``.jsonl``/``.ndjson`` (one article per line),
``.html``/``.htm`` (main text via trafilatura), tables, archives and ``.json`` refused, anything
else as plain text when named on its own. Folders are read recursively in sorted order; in them
only those suffixes and plain ``.txt`` files are articles (another file is named in one line),
and hidden files are skipped. A ``manifest.jsonl`` in a folder is
metadata for the files beside it (``read/manifest.py``), not articles. A file that cannot be
read yields an ``InputError`` and reading goes on with the next one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from rasid.errors import InputError, NotRead
from rasid.model import Article
from rasid.read.html import read_html
from rasid.read.jsonl import read_jsonl
from rasid.read.manifest import MANIFEST, apply_manifest, is_manifest, read_manifest
from rasid.read.text import read_text

Reader = Callable[[Path], Iterable[Article | InputError]]

READERS: dict[str, Reader] = {
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
}
TEXT_SUFFIXES = {".txt", ".text", ""}
#: files that are not articles in plain text, though they may hold text: read as such they
#: would make one article of a whole table or archive
NOT_TEXT = {".json", ".csv", ".tsv", ".xls", ".xlsx", ".ods", ".parquet", ".pdf", ".doc", ".docx",
            ".zip", ".gz", ".bz2", ".xz", ".tar", ".db", ".sqlite", ".png", ".jpg", ".jpeg"}


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                yield child
    else:
        yield path


def _article_suffix(path: Path) -> bool:
    """A suffix that articles have (notes, scripts or sheets in a folder are not news)."""
    return path.suffix.lower() in READERS or path.suffix.lower() in TEXT_SUFFIXES


def read_file(path: Path) -> Iterator[Article | InputError]:
    if path.suffix.lower() in NOT_TEXT:
        hint = " (JSON Lines: one article object a line, as .jsonl)" if path.suffix.lower() == ".json" else ""
        yield InputError(f"{path.suffix} files are not read: give .jsonl, .txt or .html{hint}", path=str(path))
        return
    reader = READERS.get(path.suffix.lower(), read_text)
    if reader is read_text and _html_inside(path):
        reader = read_html  # a page saved as .txt or without a suffix ("wget", "save as")
    try:
        yield from reader(path)
    except InputError as err:
        yield err
    except OSError as exc:
        yield InputError(exc.strerror or "cannot read file", path=str(path))


def _html_inside(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except OSError:
        return False
    return head.startswith((b"<!doctype html", b"<html"))


class _Manifests:
    """The manifest of each folder, read once; its errors reported once."""

    def __init__(self) -> None:
        self._by_dir: dict[Path, dict[str, dict]] = {}

    def of(self, folder: Path) -> tuple[dict[str, dict], list[InputError]]:
        if folder in self._by_dir:
            return self._by_dir[folder], []
        path = folder / MANIFEST
        meta: dict[str, dict] = {}
        errors: list[InputError] = []
        if path.is_file():
            try:
                meta, errors = read_manifest(path)
            except InputError as err:
                errors = [err]
            except OSError as exc:
                errors = [InputError(exc.strerror or "cannot read file", path=str(path))]
        self._by_dir[folder] = meta
        return meta, errors

    def unmatched(self, folder: Path, ids: set[str]) -> Iterator[InputError]:
        """The rows of a folder's manifest that name no file of it (a misspelt id)."""
        for doc_id in self._by_dir.get(folder, {}):
            if doc_id not in ids:
                yield InputError(f"no file {doc_id!r} (.txt or .html) in this folder: its row "
                                 "gave no article its date", path=str(folder / MANIFEST))


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Every article under the given files and folders, in order."""
    manifests = _Manifests()
    seen: dict[str, str] = {}  # id → where it was first read
    done: set[Path] = set()  # files read: one named twice, or named and in a folder, is read once
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputError("no such file or directory", path=str(path))
            continue
        in_folder: dict[Path, set[str]] = {}  # the ids of the files of each folder read whole
        for file in _files(path):
            if path.is_dir() and not is_manifest(file):
                in_folder.setdefault(file.parent, set()).add(file.stem)
            if path.is_dir() and is_manifest(file) or file.resolve() in done:
                continue
            done.add(file.resolve())
            meta: dict[str, dict] = {}
            if file.suffix.lower() not in (".jsonl", ".ndjson"):
                meta, errors = manifests.of(file.parent)
                yield from errors
            if path.is_dir() and not _article_suffix(file):
                yield NotRead(f"{file.suffix} files in a folder are not read: rasid reads .jsonl, "
                                 ".txt and .html there (name the file itself to read it as text)",
                                 path=str(file))
                continue
            for item in read_file(file):
                if isinstance(item, InputError):
                    yield item
                elif item.doc_id in seen and seen[item.doc_id] != item.source:
                    yield InputError(f"id {item.doc_id!r} was already read from {seen[item.doc_id]}: "
                                     "skipped (ids name documents; rename the file or the record)",
                                     path=item.source or str(file))
                else:
                    seen[item.doc_id] = item.source or str(file)
                    yield apply_manifest(item, meta)
        for folder, ids in in_folder.items():
            yield from manifests.unmatched(folder, ids)
