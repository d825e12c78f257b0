"""Entity and quote scoring for ``rasid.evaluate`` (SCORING.md, "Entities" and "Quotes").

Shared figure types (``PRF``, ``Accuracy``) live here too so that both modules use one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

ENTITY_LABELS = ("PER", "ORG", "LOC", "GPE", "FAC", "NORP", "EVENT", "MISC")


@dataclass
class PRF:
    """Precision, recall and F1 from counts.

    A figure whose denominator is zero is undefined and reads ``None`` (``n/a`` in the table):
    precision with no predictions, recall with no gold items, F1 with neither.
    F1 is ``2tp / (2tp + fp + fn)``, which equals the harmonic mean whenever both are defined.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def p(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def r(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else None

    def to_dict(self) -> dict[str, Any]:
        return {"p": self.p, "r": self.r, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    """``correct / total``; ``None`` when nothing was eligible."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += bool(ok)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "correct": self.correct, "total": self.total}


@dataclass
class EntityScores:
    micro: PRF = field(default_factory=PRF)
    per_label: dict[str, PRF] = field(default_factory=dict)
    documents: int = 0  # gold documents that carry an ``entities`` key

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "micro": self.micro.to_dict(),
                "per_label": {k: v.to_dict() for k, v in self.per_label.items()}}


@dataclass
class QuoteScores:
    quotes: PRF = field(default_factory=PRF)
    speaker: Accuracy = field(default_factory=Accuracy)
    documents: int = 0  # gold documents that carry a ``quotes`` key

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "quotes": self.quotes.to_dict(),
                "speaker": self.speaker.to_dict()}


def _items(record: dict | None, key: str) -> list[dict]:
    """``record[key]`` as a list of dicts, tolerating a missing record, key or junk items."""
    if not isinstance(record, dict):
        return []
    value = record.get(key)
    if not isinstance(value, list):
        return []
    return [x if isinstance(x, dict) else {} for x in value]


def _entity_key(e: dict) -> tuple[Any, Any, Any]:
    return (e.get("start"), e.get("end"), e.get("label"))


def score_entities(scores: EntityScores, gold: dict, pred: dict | None) -> None:
    """Exact (start, end, label) matching for one document; skipped without a gold key."""
    if "entities" not in gold:
        return
    scores.documents += 1
    g = Counter(_entity_key(e) for e in _items(gold, "entities"))
    p = Counter(_entity_key(e) for e in _items(pred, "entities"))
    both = g & p  # multiset intersection: a duplicated prediction matches once
    for label in {k[2] for k in g} | {k[2] for k in p}:
        tp = sum(n for k, n in both.items() if k[2] == label)
        gn = sum(n for k, n in g.items() if k[2] == label)
        pn = sum(n for k, n in p.items() if k[2] == label)
        scores.per_label.setdefault(str(label), PRF()).add(tp, pn - tp, gn - tp)
        scores.micro.add(tp, pn - tp, gn - tp)


def sort_labels(labels: Iterable[str]) -> list[str]:
    """The schema's label order first, then anything unexpected alphabetically."""
    order = {lab: i for i, lab in enumerate(ENTITY_LABELS)}
    return sorted(labels, key=lambda lab: (order.get(lab, len(order)), lab))


def _span(x: dict) -> tuple[int, int] | None:
    s, e = x.get("start"), x.get("end")
    if isinstance(s, int) and isinstance(e, int) and not isinstance(s, bool) and e >= s:
        return s, e
    return None


def quote_overlap(a: dict, b: dict) -> int | None:
    """Overlap in characters when spans ``a`` and ``b`` match, else ``None``.

    They match when the overlap is at least half the length of the longer span
    (``2 * overlap >= longer``). Empty spans match only an identical empty span.
    """
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return None
    longer = max(sa[1] - sa[0], sb[1] - sb[0])
    if longer == 0:
        return 0 if sa == sb else None
    overlap = min(sa[1], sb[1]) - max(sa[0], sb[0])
    return overlap if overlap > 0 and 2 * overlap >= longer else None


def speaker_code(q: dict) -> Any:
    sp = q.get("speaker")
    return sp.get("code") if isinstance(sp, dict) else None


def score_quotes(scores: QuoteScores, gold: dict, pred: dict | None) -> None:
    """One-to-one greedy quote matching for one document; skipped without a gold key.

    Among matching (gold, pred) pairs, the best first: correct speaker, then larger overlap,
    then document order. Speaker accuracy is over the matched pairs; a null speaker (or code)
    equals a null one.
    """
    if "quotes" not in gold:
        return
    scores.documents += 1
    gq, pq = _items(gold, "quotes"), _items(pred, "quotes")
    cands = []
    for i, g in enumerate(gq):
        for j, p in enumerate(pq):
            ov = quote_overlap(g, p)
            if ov is not None:
                same = speaker_code(g) == speaker_code(p)
                cands.append(((same, ov), i, j))
    cands.sort(key=lambda c: (-c[0][0], -c[0][1], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for (same, _), i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        scores.speaker.add(same)
    tp = len(used_g)
    scores.quotes.add(tp, len(pq) - tp, len(gq) - tp)
