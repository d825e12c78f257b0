"""Training sentences written with inline entity marks, read as ``(words, BIO tags)``.

    قال [PER جورج بوش] في [LOC واشنطن] إن [ORG الأمم المتحدة] ستجتمع .

One sentence a line; ``[TYPE words]`` with TYPE one of PER, ORG, LOC, MISC; ``#`` starts a
comment line. Words are split on spaces and punctuation is split off, as in ANERcorp (a number
such as 3.5 stays whole); a clitic written inside the brackets stays on its word (``[ORG
للأمم المتحدة]`` → ``للأمم`` B-ORG). ``rasid.train.ner_stack`` and ``rasid.train.ner_neural``
read such files with ``--extra`` (rasid's own sentences in ``data/ner_extra/``).
"""

from __future__ import annotations

import re
from pathlib import Path

from rasid.arabic.chars import ARABIC_RE
from rasid.errors import InputError
from rasid.recognise.features import Tagged

LABELS = ("PER", "ORG", "LOC", "MISC")
PUNCT = "،.؛:؟!\"()«»“”,;?"
_ENTITY = re.compile(rf"\[({'|'.join(LABELS)}) ([^\[\]]+?)\]")
_NUMBER = re.compile(r"\d+[.,]\d+")


def split_words(text: str) -> list[str]:
    """Words of ``text``, with leading and trailing punctuation as words of their own."""
    out: list[str] = []
    for w in text.split():
        lead, trail = [], []
        while w and w[0] in PUNCT:
            lead.append(w[0])
            w = w[1:]
        while w and w[-1] in PUNCT and not _NUMBER.fullmatch(w):
            trail.insert(0, w[-1])
            w = w[:-1]
        out += lead + ([w] if w else []) + trail
    return out


def parse_line(line: str) -> Tagged:
    """``(words, tags)`` of one marked sentence; ``ValueError`` with the reason otherwise."""
    words: list[str] = []
    tags: list[str] = []
    at = 0
    for m in _ENTITY.finditer(line):
        plain = split_words(line[at : m.start()])
        name = split_words(m.group(2))
        if not name:
            raise ValueError("an entity with no words")
        words += plain + name
        tags += ["O"] * len(plain) + [f"B-{m.group(1)}"] + [f"I-{m.group(1)}"] * (len(name) - 1)
        at = m.end()
    rest = split_words(line[at:])
    words += rest
    tags += ["O"] * len(rest)
    stray = next((w for w in words if "[" in w or "]" in w), None)
    if stray is not None:
        raise ValueError(f"a bracket outside an entity mark ({stray!r}; types: PER ORG LOC MISC)")
    if not ARABIC_RE.search(line):
        raise ValueError("no Arabic text")
    return words, tags


def read_bracketed(path: Path | str) -> list[Tagged]:
    """The sentences of a file, or of every ``*.txt`` file of a folder in name order."""
    p = Path(path)
    files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
    if not files or not all(f.is_file() for f in files):
        raise InputError("no such file, or a folder without .txt files", path=str(p))
    out: list[Tagged] = []
    for f in files:
        try:
            text = f.read_text("utf-8")
        except UnicodeDecodeError:
            raise InputError("not a UTF-8 text file", path=str(f)) from None
        for i, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(parse_line(line))
            except ValueError as exc:
                raise InputError(str(exc), path=f"{f}:{i}") from None
    return out
