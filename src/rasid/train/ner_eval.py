"""Exact-span scores (conlleval-style) of the named-entity tagger on CoNLL files."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rasid.recognise.ner import bio_spans
from rasid.recognise.tagger import LABELS, NerTagger, map_tag
from rasid.summary import counted
from rasid.train.conll import read_conll

Sent = tuple[list[str], list[str]]


# ---------------------------------------------------------------- evaluation


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity spans of a BIO sequence, conlleval-style (an ``I-`` after ``O`` starts one)."""
    return set(bio_spans(tags))


@dataclass
class NerReport:
    """Exact-span precision, recall and F1 per label and micro-averaged."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    sentences: int = 0
    tokens: int = 0
    token_correct: int = 0
    seconds: float = 0.0

    def add(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        g, p = spans(gold), spans(pred)
        for s in g & p:
            self.tp[s[2]] += 1
        for s in p - g:
            self.fp[s[2]] += 1
        for s in g - p:
            self.fn[s[2]] += 1
        self.sentences += 1
        self.tokens += len(gold)
        self.token_correct += sum(a == b for a, b in zip(gold, pred, strict=True))

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def labels(self) -> list[str]:
        seen = set(self.tp) | set(self.fp) | set(self.fn)
        return [lab for lab in LABELS if lab in seen] + sorted(seen - set(LABELS))

    def scores(self, label: str | None = None) -> tuple[float, float, float]:
        if label is None:
            return self._prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))
        return self._prf(self.tp[label], self.fp[label], self.fn[label])

    @property
    def micro_f1(self) -> float:
        return self.scores()[2]

    def _row(self, label: str | None) -> dict:
        p, r, f = self.scores(label)
        tp = sum(self.tp.values()) if label is None else self.tp[label]
        fn = sum(self.fn.values()) if label is None else self.fn[label]
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "support": tp + fn}

    def to_dict(self) -> dict:
        return {
            "labels": {lab: self._row(lab) for lab in self.labels()},
            "micro": self._row(None),
            "token_accuracy": round(self.token_correct / self.tokens, 4) if self.tokens else 0.0,
            "sentences": self.sentences,
            "tokens": self.tokens,
        }

    def format_table(self) -> str:
        d = self.to_dict()
        lines = [f"{'label':<8}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"]
        rows = [(lab, v) for lab, v in d["labels"].items()] + [("micro", d["micro"])]
        for lab, v in rows:
            lines.append(f"{lab:<8}{100 * v['precision']:>10.2f}{100 * v['recall']:>10.2f}"
                         f"{100 * v['f1']:>10.2f}{v['support']:>9}")
        lines.append(f"{counted(d['tokens'], 'token')}, {counted(d['sentences'], 'sentence')}, "
                     f"token accuracy {100 * d['token_accuracy']:.2f}%")
        return "\n".join(lines)


def evaluate_sents(sents: Sequence[Sent], tagger: NerTagger) -> NerReport:
    rep = NerReport()
    t0 = time.perf_counter()
    preds = tagger.tag_many([w for w, _ in sents])
    for (_, tags), pred in zip(sents, preds, strict=True):
        rep.add([map_tag(t) for t in tags], pred)
    rep.seconds = time.perf_counter() - t0
    return rep


def evaluate_ner(test_path: Path | str, model_path: Path | str | None = None) -> NerReport:
    """Score a model (default: the shipped one; ``fast``, ``accurate`` or a path, as for
    ``--ner-model``) on a CoNLL test file. A model that cannot be loaded is a ``ModelError``."""
    from rasid.recognise.backends import load_tagger

    return evaluate_sents(read_conll(test_path),
                          load_tagger(None if model_path is None else str(model_path)))
