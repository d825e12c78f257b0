"""A learned check on trigger candidates: does this word, here, report a live event of its type?

Trigger words have other senses and other uses: "هجوم" of a football team, "دعم الأسعار"
(price subsidies), "نشرت الصحيفة تقريرا", analysis and background ("يرى خبراء أن الغارات
لن تحسم الحرب"). A logistic-regression model over sparse features of the trigger and the
words around it gives P(live event of the type). It is trained by
``scripts/train_trigger_classifier.py`` on sentences written for rasid
(``data/trigger_contexts.tsv``) and shipped as ``data/trigger_classifier.json``: feature name →
weight. Scoring is a sum over about thirty feature strings, a few microseconds per candidate.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rasid.coding.triggers import TriggerMatch
from rasid.model import Token
from rasid.resources import data_path

MODEL_FILE = "trigger_classifier.json"
_WINDOW = 3  # words each side that are read with their position
_BAG = 6  # words each side that are read as a bag


def _bare(norm: str) -> str:
    """The word without the conjunction و and the article ال (والقوات → قوات)."""
    if norm.startswith(("و", "ف")) and len(norm) > 3:
        norm = norm[1:]
    if norm.startswith("ال") and len(norm) > 4:
        norm = norm[2:]
    return norm


def _word(tok: Token) -> str:
    return _bare(tok.norm) if tok.is_word else tok.text


def features(tokens: Sequence[Token], first: int, last: int, trig: TriggerMatch) -> list[str]:
    """Feature names of one trigger candidate in the sentence ``tokens[first:last]``."""
    d = trig.defn
    etype = d.event_type
    form = "imperf" if d.imperfect else "perf"
    head = " ".join(t.norm for t in tokens[trig.first_token : trig.last_token])
    out = [f"T={etype}", f"P={etype}|{d.pos}|{form}{'|fut' if d.future else ''}",
           f"W={_bare(head)}", f"TW={etype}|{head}"]
    for k in range(1, _WINDOW + 1):
        i, j = trig.first_token - k, trig.last_token - 1 + k
        left = _word(tokens[i]) if i >= first else "<s>"
        right = _word(tokens[j]) if j < last else "</s>"
        out += [f"L{k}={left}", f"R{k}={right}"]
        if k == 1:
            out += [f"TL1={etype}|{left}", f"TR1={etype}|{right}"]
    lo, hi = max(first, trig.first_token - _BAG), min(last, trig.last_token + _BAG)
    digits = False
    for i in range(lo, hi):
        tok = tokens[i]
        digits = digits or tok.text[:1].isdigit()
        if tok.is_word and not trig.first_token <= i < trig.last_token:
            out.append(f"C={_bare(tok.norm)}")
    if digits:  # a number near the trigger: a toll, a date, a count
        out.append("DIGITS")
    if trig.first_token - first <= 1:
        out.append(f"START={d.pos}")
    return out


@dataclass(frozen=True, slots=True)
class TriggerClassifier:
    intercept: float
    weights: dict[str, float]

    def probability(self, names: Sequence[str]) -> float:
        w = self.weights
        z = self.intercept + sum(w.get(n, 0.0) for n in names)
        return 1.0 / (1.0 + math.exp(-z))

    def live(self, tokens: Sequence[Token], first: int, last: int, trig: TriggerMatch) -> float:
        """P(the candidate reports a live event of its type)."""
        return self.probability(features(tokens, first, last, trig))


@cache
def shipped() -> TriggerClassifier | None:
    """The shipped model, or None when the file is absent (a build without it)."""
    path = data_path(MODEL_FILE)
    if not path.exists():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    return TriggerClassifier(float(model["intercept"]), dict(model["weights"]))


def live_probability(tokens: Sequence[Token], first: int, last: int,
                     trig: TriggerMatch) -> float | None:
    """How likely the trigger reports an act that took place, if the model ships (it lowers or
    raises an event's confidence, never vetoes it)."""
    model = shipped()
    return None if model is None else model.live(tokens, first, last, trig)
