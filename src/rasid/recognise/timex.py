"""Arabic temporal expressions: where they are in a text, and what kind they are.

The text is read through an *analysis string*: its matching form (``normalize``), with runs of
spaces made one, a space put between letters and digits (``سبتمبر2017``), and proclitics split
off words that begin a temporal expression (``وأمس`` → ``و امس``, ``للعام`` → ``ل العام``).
Each analysis character keeps the offset of the original character it comes from, so the
spans returned are offsets into the original text. Regular expressions over that string find
the expressions; every pattern names the span it reports as group ``x``.

Span convention: a leading preposition (في، منذ، خلال، حتى، بحلول) and attached proclitics
(و ف ب ل) are *not* part of the span; the fixed phrase "في وقت سابق" is. Weekdays and parts of
the day that come with a date are inside it ("مساء الخميس 12 أيار"), as are "يوم", "شهر",
"عام" and a year suffix (م، هـ).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rasid.arabic.calendar import FEAST_PARTS, GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS
from rasid.arabic.chars import WORD_RE
from rasid.arabic.normalize import normalize
from rasid.recognise.anchored import anchored_finditer, reach
from rasid.recognise.timex_patterns import (
    ANCHORS,
    BEFORE_LAST,
    CUR,
    DECADES,
    NEXT,
    PARTS,
    PAST,
    PATTERNS,
    PERIODS,
    PREPS,
    VAGUE_N,
    relative_sign,
)

__all__ = ["BEFORE_LAST", "CUR", "NEXT", "PAST", "PERIODS", "VAGUE_N", "Timex", "analyse",
           "find_timexes", "parse_timexes", "relative_sign"]


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression: original offsets, its pattern kind and its (normalised) parts."""

    start: int
    end: int
    kind: str
    parts: dict[str, str] = field(default_factory=dict, compare=False)


_COMPILED = {k: re.compile(v) for k, v in PATTERNS.items()}

_WINDOWED = {k: (re.compile(ANCHORS[k]), w) for k, v in PATTERNS.items()
             if (w := reach(v)) is not None}


def _finditer(kind: str, s: str) -> Iterator[re.Match[str]]:
    """``_COMPILED[kind].finditer(s)``, searching only near the pattern's anchors."""
    if kind not in _WINDOWED:
        return _COMPILED[kind].finditer(s)
    return anchored_finditer(_COMPILED[kind], *_WINDOWED[kind], s)


#: An ordinal after these words is not a day of the month ("الأسبوع الأول من الشهر الجاري").
_NOT_DAY_BEFORE = frozenset({"الاسبوع", "النصف", "الربع", "الثلث", "العقد", "الفصل", "الجزء",
                             "الاسبوعين", "الشهر", "العام", "المرحله", "الجوله"})


def _valid(kind: str, g: dict[str, str], before: str) -> bool:
    if g.get("dayw") and before in _NOT_DAY_BEFORE:
        return False
    if kind == "my":
        return any(g.get(k) for k in ("prep", "shahr", "monb", "year", "yrel", "rel"))
    if kind == "mm":
        return bool(g.get("prep") or g.get("shahr"))
    if kind == "hijri":
        if g.get("day") or g.get("dayw") or g.get("hy") or g.get("rel") or g.get("shahr"):
            return True
        return bool(g.get("prep")) and g["hm"] not in ("صفر", "رجب")
    if kind == "rday" and g["rday"] in ("غد", "الغد"):
        return bool(g.get("part") or g.get("yawm"))
    if kind == "rday" and g["rday"] == "اليوم" and before in ("في", "خلال", "كل", "بحلول"):
        return bool(g.get("part") or g.get("wd"))  # "مليون برميل في اليوم" is per day
    if kind == "ago":
        vague = g.get("n") in VAGUE_N or (not g.get("n") and g["unit"] in (
            "ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام", "سنين", "ساعات", "دقايق"))
        return not (vague and g["unit"] in ("سنوات", "اعوام", "سنين", "عام", "سنه"))
    return True


# --- analysis string ------------------------------------------------------------------------

def _first_words() -> frozenset[str]:
    words = {k.split()[0] for k in (*GREGORIAN_MONTHS, *HIJRI_MONTHS, *WEEKDAYS)}
    words |= {p.split()[0] for p in PARTS} | set(PERIODS) | set(PREPS)
    words |= {"امس", "الامس", "البارحه", "اليوم", "الليله", "غدا", "غد", "الغد", "اول", "يوم",
              "نهار", "يومي", "قبل", "قبيل", "بعد", "عام", "العام", "عامي", "سنه", "السنه", "شهر",
              "الشهر",
              "الاسبوع", "هذا", "هذه", "صيف", "شتاء", "ربيع", "خريف", "الصيف",
              "الشتاء", "الربيع", "الخريف", "الايام", "الاسابيع", "الساعات", "ال", "عيد",
              "الاشهر", "الشهور", "السنوات", "الاعوام", "السنين", "النصف", "الربع", "الثلث",
              "عقد", "عاشوراء", "المولد", "راس", "ذكري"}
    words |= set(DECADES) | {"ال" + d for d in DECADES}
    words |= {p.split()[0] for p in FEAST_PARTS}
    return frozenset(words)


_VOCAB = _first_words()


@lru_cache(maxsize=50_000)
def _split(word: str) -> tuple[int, bool]:
    """(prefix length, insert alef) for a matching-form word; (0, False) when not split."""
    if word in _VOCAB or len(word) < 3:
        return 0, False
    rest, used = word, 0
    if rest[0] in "وف":
        rest, used = rest[1:], 1
        if rest in _VOCAB:
            return used, False
    if rest[:1] in "بل" and len(rest) > 2:
        if rest.startswith("لل") and "ا" + rest[1:] in _VOCAB:
            return used + 1, True
        if rest[1:] in _VOCAB:
            return used + 1, False
    return 0, False


@lru_cache(maxsize=100_000)
def _word_form(word: str) -> tuple[str, tuple[int, ...]]:
    """The analysis form of one word (a ``WORD_RE`` match) and, for each of its characters,
    the offset in ``word`` of the character it comes from."""
    chars: list[str] = []
    cpos: list[int] = []
    for j, ch in enumerate(word):
        for c in normalize(ch):
            if chars and chars[-1] != " " and chars[-1].isdigit() != c.isdigit():
                chars.append(" ")
                cpos.append(j)
            chars.append(c)
            cpos.append(j)
    form = "".join(chars)
    first = form.split(" ", 1)[0]
    cut, alef = _split(first) if first and not first[0].isdigit() else (0, False)
    if not cut:
        return form, tuple(cpos)
    mark = "ا" if alef else ""
    return (form[:cut] + " " + mark + form[cut:],
            (cpos[0],) * cut + (cpos[cut],) * (1 + len(mark)) + tuple(cpos[cut:]))


@dataclass(frozen=True, slots=True)
class _Offsets:
    """Where each analysis character comes from, kept per piece (a word or one gap
    character): piece ``k`` starts at analysis index ``marks[k]``, and its ``j``-th character
    comes from ``bases[k] + rels[k][j]`` in the text."""

    marks: list[int]
    bases: list[int]
    rels: list[tuple[int, ...]]

    def __getitem__(self, i: int) -> int:
        k = bisect_right(self.marks, i) - 1
        return self.bases[k] + self.rels[k][i - self.marks[k]]

    def as_list(self) -> list[int]:
        return [b + r for b, rel in zip(self.bases, self.rels, strict=True) for r in rel]


_ONE = (0,)


def _analyse(text: str, start: int, end: int) -> tuple[str, _Offsets]:
    out: list[str] = []
    marks: list[int] = []
    bases: list[int] = []
    rels: list[tuple[int, ...]] = []
    size = 0
    space = False  # the last character out is " " or "\n"

    def gap(i: int, j: int) -> None:
        nonlocal space, size
        for k in range(i, j):
            ch = text[k]
            if ch.isspace():
                if space:
                    if ch == "\n":
                        out[-1] = "\n"
                elif out:
                    out.append("\n" if ch == "\n" else " ")
                    marks.append(size)
                    bases.append(k)
                    rels.append(_ONE)
                    size += 1
                    space = True
            elif n := normalize(ch):
                out.append(n)
                marks.append(size)
                bases.append(k)
                rels.append(_ONE * len(n))
                size += len(n)
                space = False

    i = start
    for m in WORD_RE.finditer(text, start, end):
        w0 = m.start()
        if w0 > i:
            if w0 == i + 1 and text[i] == " ":
                if out and not space:
                    out.append(" ")
                    marks.append(size)
                    bases.append(i)
                    rels.append(_ONE)
                    size += 1
                    space = True
            else:
                gap(i, w0)
        form, rel = _word_form(m.group())
        if form:
            out.append(form)
            marks.append(size)
            bases.append(w0)
            rels.append(rel)
            size += len(form)
            space = False
        i = m.end()
    gap(i, end)
    return "".join(out), _Offsets(marks, bases, rels)


def analyse(text: str, start: int = 0, end: int | None = None) -> tuple[str, list[int]]:
    """The analysis string of ``text[start:end]`` and, for each of its characters, the offset
    in ``text`` of the character it comes from."""
    s, offsets = _analyse(text, start, len(text) if end is None else end)
    return s, offsets.as_list()


def _orig_end(text: str, pos: _Offsets, ne: int) -> int:
    e = pos[ne - 1] + 1
    while e < len(text) and not text[e].isspace() and not normalize(text[e]):
        e += 1  # trailing diacritics and tatweel belong to the last letter
    return e


def parse_timexes(text: str, start: int = 0, end: int | None = None) -> list[Timex]:
    """Temporal expressions of ``text[start:end]``: longest, non-overlapping, in text order."""
    s, pos = _analyse(text, start, len(text) if end is None else end)
    if not s:
        return []
    cands: list[tuple[int, int, str, dict]] = []
    for kind in _COMPILED:
        for m in _finditer(kind, s):
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            before = s[max(0, m.start("x") - 20) : m.start("x")].split()
            if m.start("x") == m.end("x") or not _valid(kind, g, before[-1] if before else ""):
                continue
            cands.append((m.start("x"), m.end("x"), kind, g))
    cands.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int, str, dict]] = []
    for c in cands:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    taken.sort()
    return [Timex(pos[a], _orig_end(text, pos, b), kind, g) for a, b, kind, g in taken]


def find_timexes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (offsets into ``text``) of the temporal expressions inside ``text[start:end]``."""
    return [(t.start, t.end) for t in parse_timexes(text, start, end)]
