"""Several neural NER models decoded together: Viterbi over the sums of their CRF scores.

``member_scores`` runs the members over the same input chunk by chunk and computes E5's
features (most of the cost) once per chunk for all of them. ``save_ensemble`` writes the
members into one file: what they share (vocabularies, gazetteer, tag set) once, their weights
as float16 (or int8 with a scale per row), and projected USE vectors only for words seen three
times or more in training (other words are encoded at run time, as any new word is).
``load_ensemble`` reads it back. Needs torch (the ``neural`` extra).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasid.recognise.neural import NeuralTagger, viterbi
from rasid.recognise.neural_inputs import use_vectors

#: the parts of a member's state that all members of a shipped ensemble share
SHARED = ("vocabs", "lex_kinds", "stack_kinds", "tags", "gazetteer", "vocab")
_CACHE: dict[str, EnsembleTagger] = {}
_LOCK = threading.Lock()


def member_scores(members: Sequence[NeuralTagger], sentences: Sequence[Sequence[str]],
                  batch: int = 32, chunk: int = 256) -> list[list[np.ndarray]]:
    """Each member's emission scores (``len(s)`` × tags per sentence), read ``chunk``
    sentences at a time; the E5 features of a chunk are computed once for all members."""
    from rasid.recognise.e5 import vectors as e5_vectors

    outs = [[np.zeros((0, len(m.tags)), np.float32) for _ in sentences] for m in members]
    if not any(len(s) for s in sentences):
        return outs
    raw = None
    if len(members) > 1:  # USE vectors of words outside the members' tables: encoded once
        new = sorted({w for s in sentences for w in s for m in members
                      if w not in m.use_table and w not in m._extra})
        raw = dict(zip(new, use_vectors(new), strict=True)) if new else {}
    prep, stacks = [], {}
    for m in members:
        stack = None
        if m.net.hp.get("stack_dim", 0):  # the same stage one and window: computed once
            key = (id(m.stage_one) if m.stage_one is not None else None,
                   int(m.net.hp.get("stack_window", 10)))
            if key not in stacks:
                stacks[key] = m.stack_attrs(sentences)
            stack = stacks[key]
        prep.append((m.projected(sentences, raw), stack))
    n = len(sentences)
    for a in range(0, n, chunk):
        b = min(a + chunk, n)
        todo = [i for i in range(a, b) if len(sentences[i])]
        feats: dict[int, dict] = {}
        for m, (vecs, stack), out in zip(members, prep, outs, strict=True):
            e5 = None
            if m.net.hp.get("e5_dim", 0):  # read in context: one neighbour each side
                context = m.net.hp.get("e5_context", 0)
                if context not in feats:
                    lo, hi = (max(0, a - 1), min(n, b + 1)) if context else (a, b)
                    feats[context] = dict(zip(range(lo, hi), e5_vectors(
                        sentences[lo:hi], context=context), strict=True))
                e5 = feats[context]
            m._emissions(sentences, todo, batch, vecs, stack, e5, out)
    return outs


class EnsembleTagger:
    """Several ``NeuralTagger``s decoded together: Viterbi over the sums of their emission,
    transition, start and end scores (a product of their CRF distributions)."""

    def __init__(self, members: Sequence[NeuralTagger], meta: dict | None = None) -> None:
        self.members = list(members)
        tags = self.members[0].tags
        assert all(m.tags == tags for m in self.members), "members must share the tag set"
        self.tags = tags
        self.meta = meta or {}
        self.source = "neural-ensemble"

    @property
    def gazetteer(self):  # noqa: ANN201  (the first member's, like ``known``)
        return self.members[0].gazetteer

    def known(self, form: str) -> int:
        return self.members[0].known(form)

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_many([words])[0]

    def scores(self, sentences: Sequence[Sequence[str]], batch: int = 32,
               chunk: int = 256) -> list[np.ndarray]:
        """The members' emission scores, summed."""
        per = member_scores(self.members, sentences, batch, chunk)
        return [sum(p[k] for p in per) for k in range(len(sentences))]

    def transitions(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The members' transition, start and end scores, summed."""
        nets = [m.net for m in self.members]
        return (sum(n.trans.detach().numpy() for n in nets),
                sum(n.start.detach().numpy() for n in nets),
                sum(n.end.detach().numpy() for n in nets))

    def tag_many(self, sentences: Sequence[Sequence[str]], batch: int = 32) -> list[list[str]]:
        from rasid.recognise.tagger import _repair, map_tag

        trans, start, end = self.transitions()
        out: list[list[str]] = []
        for s, emis in zip(sentences, self.scores(sentences, batch), strict=True):
            out.append(_repair([map_tag(self.tags[j]) for j in viterbi(emis, trans, start, end)])
                       if len(s) else [])
        return out


def save_ensemble(members: Sequence[NeuralTagger], path: Path | str, min_count: int = 3,
                  bits: int = 16) -> None:
    """One file for several members trained on the same data (see the module's docstring).

    ``bits=8`` stores each matrix as int8 with one float scale per row (``quantize``): about half
    the size of float16, so twice the members fit in the same space."""
    import torch

    if bits not in (8, 16):
        raise ValueError(f"bits must be 8 or 16, not {bits}")
    states = [m.state() for m in members]
    shared = {k: states[0][k] for k in SHARED}
    if any(st[k] != shared[k] for st in states for k in SHARED):
        raise ValueError("ensemble members must be trained on the same data (shared parts differ)")
    frequent = {w for w, c in members[0].vocab.items() if c >= min_count}
    from rasid.arabic.normalize import normalize

    out = []
    for st in states:
        keep = [i for i, w in enumerate(st["use_words"]) if normalize(w) in frequent]
        tensors = {**{f"w.{k}": v for k, v in st["weights"].items()},
                   "use_matrix": st["use_matrix"][keep]}
        packed, scales = {}, {}
        for k, v in tensors.items():
            if not v.is_floating_point():
                packed[k] = v
            elif bits == 8 and v.dim() == 2:
                packed[k], scales[k] = quantize(v)
            else:
                packed[k] = v.half()
        member = {"hp": st["hp"], "sizes": st["sizes"],
                  "weights": {k[2:]: v for k, v in packed.items() if k.startswith("w.")},
                  "use_words": [st["use_words"][i] for i in keep],
                  "use_matrix": packed["use_matrix"]}
        if scales:
            member["scales"] = scales
        out.append(member)
    torch.save({"ensemble": 1, "shared": shared, "members": out}, str(path))


def quantize(matrix):  # noqa: ANN001, ANN201  (torch tensors; torch is imported lazily)
    """A float matrix as int8 and one float32 scale per row: ``row ≈ q * scale`` (symmetric,
    round to nearest; an all-zero row gets scale 1)."""
    import torch

    m = matrix.float()
    scale = m.abs().amax(dim=1) / 127.0
    scale = torch.where(scale > 0, scale, torch.ones_like(scale))
    q = torch.round(m / scale[:, None]).clamp(-127, 127).to(torch.int8)
    return q, scale


def _unpack(member: dict) -> dict:
    """A stored member's tensors back as float32 (``save_ensemble``: float16 or int8 × scale)."""
    scales = member.get("scales", {})

    def load(key: str, v):  # noqa: ANN001, ANN202
        if key in scales:
            return v.float() * scales[key][:, None]
        return v.float() if v.is_floating_point() else v

    return {**member, "weights": {k: load(f"w.{k}", v) for k, v in member["weights"].items()},
            "use_matrix": load("use_matrix", member["use_matrix"])}


def is_ensemble(path: Path | str) -> bool:
    """Whether a ``.pt`` file holds several members (``save_ensemble``)."""
    p = Path(path)
    stat = p.stat()
    return _is_ensemble(str(p.resolve()), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _is_ensemble(path: str, _mtime: int, _size: int) -> bool:
    import torch

    st = torch.load(path, map_location="cpu", weights_only=True, mmap=True)
    return isinstance(st, dict) and "ensemble" in st


def load_ensemble(path: Path | str) -> EnsembleTagger:
    import json

    import torch

    model = Path(path)
    key = str(model.resolve())
    with _LOCK:
        if key in _CACHE:
            return _CACHE[key]
        st = torch.load(str(model), map_location="cpu", weights_only=True)
        meta_path = model.with_suffix(".json")
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
        members = []
        for m in st["members"]:
            members.append(NeuralTagger.from_state({**st["shared"], **_unpack(m)}, meta))
        inst = _CACHE[key] = EnsembleTagger(members, meta)
        return inst
