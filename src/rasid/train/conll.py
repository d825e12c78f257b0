"""Read named-entity training data: CoNLL ``word TAG`` files and rasid's own marked sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

Sent = tuple[list[str], list[str]]
_BIO = re.compile(r"O|[BI]-\S+")


def read_conll(path: Path | str, *, strict: bool = False) -> list[Sent]:
    """Sentences of a ``token tag`` CoNLL file (blank line between sentences).

    A line with one column is a word tagged ``O``; with ``strict`` it is a ``ValueError``
    naming the line, as is a tag that is not ``O``, ``B-TYPE`` or ``I-TYPE``.
    """
    out: list[Sent] = []
    words: list[str] = []
    tags: list[str] = []
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            if words:
                out.append((words, tags))
                words, tags = [], []
            continue
        if strict and (len(parts) == 1 or not _BIO.fullmatch(parts[-1])):
            what = "no tag column" if len(parts) == 1 else f"tag {parts[-1]!r} is not BIO"
            raise ValueError(f"line {n}: {what} (expected 'word TAG', TAG one of O, B-TYPE, "
                             "I-TYPE)")
        if len(parts) == 1:
            words.append(parts[0])
            tags.append("O")
        else:
            words.append(" ".join(parts[:-1]))
            tags.append(parts[-1])
    if words:
        out.append((words, tags))
    return out


def extra_sentences(paths: Sequence[str]) -> list[Sent]:
    """rasid's own marked training sentences (``--extra``: files or folders)."""
    from rasid.train.bracketed import read_bracketed

    return [s for p in paths for s in read_bracketed(p)]
