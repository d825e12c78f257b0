"""Clitic segmentation of a single Arabic word.

Arabic writes conjunctions (و ف), prepositions (ب ل ك), the article (ال) and the future
marker (س) as prefixes, and object/possessive pronouns as suffixes. This module proposes the
ways a word can be split; dictionaries decide which split is real. The future marker is not
split off here (a name such as سنجار or سيناء would offer نجار or يناء to every name list): the
verb lexicon lists its future forms whole (``rasid.coding.triggers``: سيزور, وسيزور through و).
"""

from __future__ import annotations

from functools import lru_cache

from rasid.arabic.normalize import normalize

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ARTICLE = "ال"
SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي")
MIN_STEM = 2


@lru_cache(maxsize=200_000)
def proclitic_splits(word: str) -> tuple[tuple[int, str], ...]:
    """Candidate stems of a word after removing proclitics, most literal first.

    Returns ``(prefix_length, stem_matching_form)`` pairs where ``prefix_length`` counts
    characters of the *matching form*. ``لل`` is read as ``ل`` + ``ال`` so ``للعراق`` also
    yields ``العراق``, and ``للجنة`` yields ``اللجنة`` (ل + اللجنة, written with two lams).

    >>> [s for _, s in proclitic_splits("وبالعراق")]
    ['وبالعراق', 'بالعراق', 'العراق', 'عراق']
    """
    norm = normalize(word)
    out: list[tuple[int, str]] = [(0, norm)]
    seen = {norm}

    def add(n: int, stem: str) -> None:
        if len(stem) >= MIN_STEM and stem not in seen:
            seen.add(stem)
            out.append((n, stem))

    rest, used = norm, 0
    if rest[:1] in CONJUNCTIONS and len(rest) > MIN_STEM + 1:
        rest, used = rest[1:], 1
        add(used, rest)
    if rest[:1] in PREPOSITIONS and len(rest) > MIN_STEM + 1:
        if rest.startswith("لل"):
            add(used + 1, "ا" + rest)  # للجنة = ل + اللجنة: a third lam is never written
            add(used + 2, "ال" + rest[2:])
            add(used + 2, rest[2:])
        rest, used = rest[1:], used + 1
        add(used, rest)
    if rest.startswith(ARTICLE) and len(rest) > MIN_STEM + 2:
        add(used + 2, rest[2:])
    return tuple(out)


@lru_cache(maxsize=100_000)
def suffix_splits(stem: str) -> tuple[tuple[str, str], ...]:
    """Candidate ``(stem, suffix)`` pairs of a matching form with a pronoun suffix removed."""
    out = [(stem, "")]
    for suf in SUFFIXES:
        if stem.endswith(suf) and len(stem) - len(suf) >= MIN_STEM + 1:
            out.append((stem[: -len(suf)], suf))
    return tuple(out)
