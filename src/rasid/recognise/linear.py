"""A linear-chain CRF decoder in numpy, reading the weights of a crfsuite model.

A crfsuite CRF scores a label sequence by the weights of each word's (attribute, label) pairs
plus label-to-label transitions; Viterbi finds the best sequence. Most of a word's attributes
depend on the word alone (its own features and what it gives its neighbours), so their summed
weights are cached per word type and per offset: scoring a document is then a few array
additions per token, plus lookups for the attributes that depend on the sentence.
The labels it returns are those crfsuite's own tagger returns for the same attributes (up to
ties and the 6-decimal weights that crfsuite's model dump gives).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from itertools import repeat
from pathlib import Path

import numpy as np

#: most word types kept in a score cache before it is emptied
MAX_TYPES = 300_000


def linear_path(model: Path) -> Path:
    """``NAME.crfsuite`` → ``NAME.linear.npz``."""
    return model.with_name(model.stem + ".linear.npz")


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class LinearCRF:
    """State weights (attribute × label) and transition weights of one crfsuite model."""

    def __init__(self, labels: Sequence[str], index: dict[str, int], weights: np.ndarray,
                 trans: np.ndarray) -> None:
        self.labels = list(labels)
        self.index = index
        self.weights = weights
        self.trans = trans
        self.zero = np.zeros(len(self.labels))

    @classmethod
    def from_tagger(cls, tagger: object) -> LinearCRF:
        """Weights of an open ``pycrfsuite.Tagger``."""
        labels = list(tagger.labels())  # type: ignore[attr-defined]
        lab = {x: i for i, x in enumerate(labels)}
        info = tagger.info()  # type: ignore[attr-defined]
        index: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for (attr, label), w in info.state_features.items():
            rows.append(index.setdefault(attr, len(index)))
            cols.append(lab[label])
            vals.append(w)
        weights = np.zeros((len(index), len(labels)))
        weights[rows, cols] = vals
        trans = np.zeros((len(labels), len(labels)))
        for (a, b), w in info.transitions.items():
            trans[lab[a], lab[b]] = w
        return cls(labels, index, weights, trans)

    @classmethod
    def for_model(cls, model: Path, tagger: object) -> LinearCRF:
        """The weights of crfsuite file ``model`` (open as ``tagger``): from the ``.linear.npz``
        file beside it when that was written for this very file, else read from the tagger."""
        side = linear_path(model)
        if side.is_file():
            with np.load(side) as z:
                if str(z["digest"]) == file_digest(model):
                    attrs = str(z["attrs"]).split("\n") if int(z["n_attrs"]) else []
                    return cls(str(z["labels"]).split("\n"), {a: i for i, a in enumerate(attrs)},
                               z["weights"], z["trans"])
        return cls.from_tagger(tagger)

    def save(self, model: Path) -> None:
        """Write the weights beside crfsuite file ``model`` (read back by ``for_model``)."""
        attrs = sorted(self.index, key=self.index.__getitem__)
        with linear_path(model).open("wb") as f:
            np.savez_compressed(f, digest=np.array(file_digest(model)),
                                labels=np.array("\n".join(self.labels)),
                                attrs=np.array("\n".join(attrs)), n_attrs=np.array(len(attrs)),
                                weights=self.weights, trans=self.trans)

    def score(self, attrs: Sequence[str]) -> np.ndarray:
        """Summed state weights of a list of attributes (unknown ones weigh nothing)."""
        idx = self.index
        rows = [r for r in map(idx.get, attrs) if r is not None]
        if not rows:
            return self.zero.copy()
        if len(rows) == 1:
            return self.weights[rows[0]].copy()
        return self.weights[rows].sum(axis=0)

    def add_attrs(self, emit: np.ndarray, tokens: np.ndarray, attrs: Sequence[str]) -> None:
        """Add to row ``tokens[k]`` of ``emit`` the weight of attribute ``attrs[k]``, for all k."""
        if not attrs:
            return
        rows = np.fromiter(map(self.index.get, attrs, repeat(-1)), dtype=np.intp,
                           count=len(attrs))
        hit = rows >= 0
        if hit.any():
            np.add.at(emit, tokens[hit], self.weights[rows[hit]])

    def viterbi(self, emit: np.ndarray, lengths: Sequence[int]) -> list[list[str]]:
        """Best label sequence of each sentence; ``emit`` holds their rows one after another."""
        if not lengths or max(lengths) == 0:
            return [[] for _ in lengths]
        n_s, m = len(lengths), max(lengths)
        lens = np.array(lengths)
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        pos = np.arange(m)
        flat = np.where(pos[None, :] < lens[:, None], starts[:, None] + pos[None, :], 0)
        e = emit[flat]  # (S, M, L); rows past a sentence's end are ignored below
        hist = np.empty_like(e)
        back = np.zeros(e.shape, dtype=np.intp)
        delta = hist[:, 0] = e[:, 0]
        trans = self.trans[None, :, :]
        for t in range(1, m):
            cand = delta[:, :, None] + trans  # (S, from, to)
            back[:, t] = cand.argmax(axis=1)
            delta = hist[:, t] = cand.max(axis=1) + e[:, t]
        last = hist[np.arange(n_s), np.maximum(lens - 1, 0)].argmax(axis=1).tolist()
        labels = self.labels
        out: list[list[str]] = []
        for s in range(n_s):
            n = lengths[s]
            if n == 0:
                out.append([])
                continue
            y = last[s]
            seq = [y]
            bs = back[s].tolist()
            for t in range(n - 1, 0, -1):
                y = bs[t][y]
                seq.append(y)
            out.append([labels[k] for k in reversed(seq)])
        return out


class TypeScores:
    """Per word type: the summed weights of its own attributes and of what it gives the
    neighbour at each offset, for one model and one attribute builder."""

    def __init__(self, crf: LinearCRF, offsets: Sequence[int]) -> None:
        self.crf = crf
        self.offsets = [d for d in offsets if d]
        self._reset(1024)

    def _reset(self, cap: int) -> None:
        n_l = len(self.crf.labels)
        self._ids: dict[str, int] = {}
        self._own = np.zeros((cap, n_l))
        self._ctx = {d: np.zeros((cap, n_l)) for d in self.offsets}

    def _grow(self) -> None:
        cap = 2 * len(self._own)
        n_l = len(self.crf.labels)
        for name in ("_own",):
            old = getattr(self, name)
            new = np.zeros((cap, n_l))
            new[: len(old)] = old
            setattr(self, name, new)
        for d, old in self._ctx.items():
            new = np.zeros((cap, n_l))
            new[: len(old)] = old
            self._ctx[d] = new

    def ids(self, words: Sequence[str], entries: Sequence[tuple]) -> np.ndarray:
        """Type ids of ``words`` (``entries``: their ``AttrBuilder`` entries)."""
        if len(self._ids) > MAX_TYPES:
            self._reset(1024)
        ids = self._ids
        out = []
        score = self.crf.score
        for w, e in zip(words, entries, strict=True):
            k = ids.get(w)
            if k is None:
                k = ids[w] = len(ids)
                if k >= len(self._own):
                    self._grow()
                self._own[k] = score(e[0])
                for d in self.offsets:
                    self._ctx[d][k] = score(e[1][d])
            out.append(k)
        return np.array(out, dtype=np.intp)

    def emissions(self, ids: np.ndarray, lengths: Sequence[int]) -> np.ndarray:
        """Word-type part of the state scores of sentences laid one after another."""
        own, ctx = self._own, self._ctx
        emit = own[ids]
        lens = np.array(lengths)
        starts = np.repeat(np.concatenate([[0], np.cumsum(lens)[:-1]]), lens)
        pos = np.arange(len(ids)) - starts
        size = np.repeat(lens, lens)
        for d, table in ctx.items():
            ok = (pos + d >= 0) & (pos + d < size)
            j = np.nonzero(ok)[0]
            emit[j] += table[ids[j + d]]
        return emit
