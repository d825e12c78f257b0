"""Dictionary phrase matching over tokens, through clitics and spelling variants.

A ``PhraseMatcher`` maps phrases (one or more words) to payloads. ``find`` walks the tokens
left to right and returns the longest match at each position, trying the first word with its
proclitics removed (``وبالعراق`` → ``العراق``) and two adjacent words written together
(``البو كمال`` ↔ ``البوكمال``). Match spans exclude the stripped proclitics and point into the
original text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rasid.arabic.chars import WORD_RE
from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.normalize import normalize
from rasid.model import Token

T = TypeVar("T")
_CACHE_MAX = 200_000  # word types remembered per matcher


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    first_token: int
    last_token: int  # exclusive
    start: int  # original offsets, proclitics excluded
    end: int
    payloads: tuple[T, ...]
    key: tuple[str, ...]


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The matching key of a phrase: its words in matching form."""
    return tuple(normalize(w) for w in WORD_RE.findall(phrase))


def skip_chars(word: str, n: int) -> int:
    """Offset in ``word`` after ``n`` characters of its matching form.

    Marks (diacritics, tatweel) that normalise to nothing are skipped with the letter before.
    """
    consumed = 0
    i = 0
    while i < len(word) and consumed < n:
        if normalize(word[i]):
            consumed += 1
        i += 1
    while i < len(word) and not normalize(word[i]):
        i += 1
    return i


class PhraseMatcher(Generic[T]):
    def __init__(self, min_stem: int = 2, short_first: bool = False) -> None:
        """``short_first``: a phrase may start with a two-letter word behind proclitics (place
        names: "وتل أبيض"), which single words may not ("ولد" is no "لد")."""
        self._index: dict[tuple[str, ...], list[T]] = {}
        self.short_first = short_first
        self._lengths: dict[str, set[int]] = {}
        self._joined: set[str] = set()
        self.min_stem = min_stem
        # caches for ``find``, emptied by ``add``
        self._starts_clitics: dict[str, tuple] = {}
        self._starts_plain: dict[str, tuple] = {}
        self._sorted_joined: list[str] | None = None

    def __len__(self) -> int:
        return len(self._index)

    def add(self, phrase: str, payload: T) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        self._starts_clitics.clear()
        self._starts_plain.clear()
        self._sorted_joined = None
        bucket = self._index.setdefault(key, [])
        if payload not in bucket:
            bucket.append(payload)
        self._lengths.setdefault(key[0], set()).add(len(key))
        if len(key) == 1:
            self._joined.add(key[0])

    def add_all(self, phrases: Iterable[str], payload: T) -> None:
        for p in phrases:
            self.add(p, payload)

    def get(self, phrase: str) -> list[T]:
        """Payloads of an exact phrase (in matching form), with proclitics tried."""
        key = phrase_key(phrase)
        if not key:
            return []
        if key in self._index:
            return list(self._index[key])
        for _, stem in proclitic_splits(key[0])[1:]:
            k = (stem, *key[1:])
            if k in self._index:
                return list(self._index[k])
        joined = ("".join(key),)
        return list(self._index.get(joined, []))

    def find(
        self,
        tokens: Sequence[Token],
        first: int = 0,
        last: int | None = None,
        strip_clitics: bool = True,
    ) -> list[Match[T]]:
        """Longest non-overlapping matches in ``tokens[first:last]``."""
        last = len(tokens) if last is None else last
        # runs[k - first]: the end of the run of word tokens at k (punctuation ends a phrase)
        runs = [0] * max(0, last - first)
        run_end = last
        for k in range(last - 1, first - 1, -1):
            if not tokens[k].is_word:
                run_end = k
            runs[k - first] = run_end
        cache = self._starts_clitics if strip_clitics else self._starts_plain
        out: list[Match[T]] = []
        i = first
        while i < last:
            tok = tokens[i]
            m = None
            if tok.is_word:
                starts = cache.get(key := tok.text if strip_clitics else tok.norm)
                if starts is None:
                    if len(cache) >= _CACHE_MAX:
                        cache.clear()  # bounded memory over a long corpus
                    starts = cache[key] = self._starts(tok, strip_clitics)
                if starts:
                    m = self._match_at(tokens, i, runs[i - first], starts)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.last_token
        return out

    def _starts(self, tok: Token, strip: bool) -> tuple[tuple[int, str, tuple[int, ...]], ...]:
        """The readings of a first word that can start a match: (proclitic length, stem,
        phrase lengths from the longest). Empty when none can."""
        splits = proclitic_splits(tok.text) if strip else ((0, tok.norm),)
        out = tuple((prefix, stem, tuple(sorted(self._lengths.get(stem, ()), reverse=True)))
                    for prefix, stem in splits)
        if strip and self.short_first and len(tok.norm) in (3, 4):
            out += self._short_first(tok.norm)
        if any(lengths for _, _, lengths in out):
            return out
        if self._sorted_joined is None:
            self._sorted_joined = sorted(self._joined)
        joined = self._sorted_joined
        for _, stem, _ in out:  # the stem and the next word written apart: "البو كمال"
            k = bisect_right(joined, stem)
            if k < len(joined) and joined[k].startswith(stem):
                return out
        return ()

    def _short_first(self, norm: str) -> tuple[tuple[int, str, tuple[int, ...]], ...]:
        """"وتل أبيض", "وبتل أبيض": a two-letter first word behind و/ف and ب/ل, which
        ``proclitic_splits`` leaves whole; read so in phrases only."""
        cut = len(norm) - 2
        if not (norm[0] in "وفبل" if cut == 1 else norm[0] in "وف" and norm[1] in "بل"):
            return ()
        longer = tuple(sorted((n for n in self._lengths.get(norm[cut:], ()) if n > 1), reverse=True))
        return ((cut, norm[cut:], longer),) if longer else ()

    def _match_at(
        self, tokens: Sequence[Token], i: int, j: int,
        starts: tuple[tuple[int, str, tuple[int, ...]], ...],
    ) -> Match[T] | None:
        """The longest match starting at word token ``i``; ``j`` ends its run of words."""
        tok = tokens[i]
        best: Match[T] | None = None
        for prefix, stem, lengths in starts:
            for n in lengths:
                if i + n > j or (best is not None and n <= best.last_token - i):
                    continue
                key = (stem, *(t.norm for t in tokens[i + 1 : i + n]))
                if key in self._index:
                    start = tok.start + skip_chars(tok.text, prefix)
                    best = Match(i, i + n, start, tokens[i + n - 1].end,
                                 tuple(self._index[key]), key)
                    break
            if best is None and i + 1 < j:
                joined = stem + tokens[i + 1].norm
                if joined in self._joined:
                    start = tok.start + skip_chars(tok.text, prefix)
                    best = Match(i, i + 2, start, tokens[i + 1].end,
                                 tuple(self._index[(joined,)]), (joined,))
            if best is not None and prefix == 0:
                break
        return best
