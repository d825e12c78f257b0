"""Measuring duplicate detection: syndicated variants of articles, and pairwise precision/recall.

``variants`` makes the copies a syndication chain produces from one article: another headline,
an agency dateline and footer, a paragraph dropped or added, light spelling edits (hamza, ta
marbuta, digits, a cue verb changed). Every variant is deterministic for a given seed. A corpus
of originals plus their variants is scored by ``pairwise_scores``: a pair of articles is a true
duplicate pair when both come from the same original.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

HEADLINES = (
    "عاجل: {lead}",
    "{lead} (تقرير)",
    "بالتفاصيل.. {lead}",
    "تقرير: {lead}",
    "شاهد: {lead}",
)
DATELINES = ("(وكالة الأنباء) – ", "متابعات – ", "خاص – ", "وكالات – ")
FOOTERS = (
    "جميع الحقوق محفوظة. يمنع النسخ أو إعادة النشر دون إذن.",
    "تابعونا على مواقع التواصل الاجتماعي لمزيد من الأخبار العاجلة.",
    "المصدر: وكالات الأنباء",
)
BACKGROUND = (
    "يذكر أن المنطقة شهدت خلال الأشهر الماضية تطورات متسارعة على أكثر من صعيد.",
    "وتأتي هذه التطورات في ظل أوضاع إقليمية معقدة تتابعها الأطراف الدولية عن كثب.",
)
_EDITS = (("أ", "ا"), ("إ", "ا"), ("ة ", "ه "), ("قال", "أفاد"), ("اليوم", "يوم"), ("1", "١"),
          ("2", "٢"), ("،", ","))
_WORDS = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class PairScores:
    precision: float
    recall: float
    true_pairs: int
    found_pairs: int
    correct_pairs: int

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "true_pairs": self.true_pairs, "found_pairs": self.found_pairs,
                "correct_pairs": self.correct_pairs}


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _lead(paragraphs: Sequence[str]) -> str:
    body = paragraphs[1] if len(paragraphs) > 1 else paragraphs[0]
    return " ".join(_WORDS.findall(body)[:7])


def _light_edits(text: str, rng: random.Random) -> str:
    for old, new in rng.sample(_EDITS, 3):
        text = text.replace(old, new, 2)
    return text


def variant(text: str, rng: random.Random) -> str:
    """One syndicated copy of ``text``: a new headline and at least two other changes."""
    paras = _paragraphs(text)
    if not paras:
        return text
    head = rng.choice(HEADLINES).format(lead=_lead(paras))
    body = paras[1:] if len(paras) > 2 else paras
    changes = rng.sample(("dateline", "footer", "drop", "add", "edit"), 3)
    if "drop" in changes and len(body) >= 3:
        body = body[:-1] if rng.random() < 0.5 else [body[0], *body[2:]]
    if "add" in changes:
        body = [*body, rng.choice(BACKGROUND)]
    if "dateline" in changes:
        body = [rng.choice(DATELINES) + body[0], *body[1:]]
    if "footer" in changes:
        body = [*body, rng.choice(FOOTERS)]
    out = "\n\n".join([head, *body])
    return _light_edits(out, rng) if "edit" in changes else out


def variants(text: str, n: int, seed: int) -> list[str]:
    """``n`` different syndicated copies of ``text``."""
    rng = random.Random(seed)
    return [variant(text, rng) for _ in range(n)]


def corpus(originals: Iterable[tuple[str, str]], copies: int = 2,
           seed: int = 0) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Originals plus ``copies`` variants each: the ``(key, text)`` items and key → original."""
    items: list[tuple[str, str]] = []
    origin: dict[str, str] = {}
    for n, (key, text) in enumerate(originals):
        items.append((key, text))
        origin[key] = key
        for i, copy in enumerate(variants(text, copies, seed * 1000 + n)):
            items.append((f"{key}~copy{i + 1}", copy))
            origin[f"{key}~copy{i + 1}"] = key
    rng = random.Random(seed)
    rng.shuffle(items)
    return items, origin


def pairwise_scores(groups: Iterable[Sequence[str]], origin: dict[str, str]) -> PairScores:
    """Precision and recall of same-article pairs implied by predicted ``groups``."""
    found = {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}
    by_origin: dict[str, list[str]] = {}
    for key, orig in origin.items():
        by_origin.setdefault(orig, []).append(key)
    true = {frozenset(p) for g in by_origin.values() for p in itertools.combinations(g, 2)}
    correct = len(found & true)
    return PairScores(
        precision=correct / len(found) if found else 1.0,
        recall=correct / len(true) if true else 1.0,
        true_pairs=len(true), found_pairs=len(found), correct_pairs=correct,
    )
