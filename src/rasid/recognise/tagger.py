"""The CRF named-entity tagger: words in, BIO tags (PER, ORG, LOC, MISC) out.

A model is files side by side: ``NAME.crfsuite`` (the CRF weights), ``NAME.gaz.json``
(the gazetteer its features read), ``NAME.meta.json`` (feature groups and training facts) and,
for a stacked model, ``NAME.doc.crfsuite``: a second CRF that also sees how the first pass
tagged the same word elsewhere in the document (``tag_many`` treats its input as one document).
``NerTagger.load()`` with no path loads the model shipped in ``rasid/data/ner`` once per process.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path

from rasid.recognise.embed import WordClusters
from rasid.recognise.features import DEFAULT_GROUPS, Gazetteer, doc_features, sent_features

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "ner"
DEFAULT_MODEL = DATA_DIR / "anercorp.crfsuite"
LABELS = ("PER", "ORG", "LOC", "MISC")
#: ANERcorp's tag names to rasid's.
LABEL_MAP = {"PERS": "PER"}

_CACHE: dict[str, NerTagger] = {}
_LOCK = threading.Lock()


def sidecar(model_path: Path, kind: str) -> Path:
    """``NAME.crfsuite`` → ``NAME.gaz.json`` / ``NAME.meta.json``."""
    return model_path.with_name(model_path.stem + f".{kind}.json")


def map_tag(tag: str) -> str:
    """An ANERcorp tag in rasid's label set (``B-PERS`` → ``B-PER``)."""
    if tag == "O" or "-" not in tag:
        return "O"
    bio, label = tag.split("-", 1)
    return f"{bio}-{LABEL_MAP.get(label, label)}"


class NerTagger:
    """A loaded CRF model. Thread-safe: each call opens no shared state but the tagger."""

    def __init__(self, tagger: object, gazetteer: Gazetteer | None,
                 groups: frozenset[str], meta: dict | None = None,
                 second: object | None = None) -> None:
        self._tagger = tagger
        self._second = second
        self.window = int((meta or {}).get("doc_window", 10))
        self.vocab: dict[str, int] = {}
        self.source = "crf"
        self._lock = threading.Lock()
        self.gazetteer = gazetteer
        self.groups = groups
        self.meta = meta or {}
        self.clusters: WordClusters | None = None

    @classmethod
    def load(cls, path: Path | str | None = None) -> NerTagger:
        """Load a model file; ``None`` loads the shipped model (cached after the first call).

        A ``.pt`` path is a neural model: the result is a ``rasid.recognise.neural.NeuralTagger``
        (same ``tag_many``/``known`` interface).
        """
        model = Path(path) if path is not None else DEFAULT_MODEL
        if model.suffix == ".pt":
            from rasid.recognise.neural import NeuralTagger

            return NeuralTagger.load(model)  # type: ignore[return-value]
        key = str(model.resolve())
        with _LOCK:
            if key in _CACHE:
                return _CACHE[key]
            if not model.is_file():
                raise FileNotFoundError(f"NER model not found: {model}")
            import pycrfsuite

            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            second = None
            doc_model = model.with_name(model.stem + ".doc.crfsuite")
            if doc_model.is_file():
                second = pycrfsuite.Tagger()
                second.open(str(doc_model))
            gaz_path = sidecar(model, "gaz")
            gaz = Gazetteer.load(gaz_path) if gaz_path.is_file() else None
            meta_path = sidecar(model, "meta")
            meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
            groups = frozenset(meta.get("groups", sorted(DEFAULT_GROUPS)))
            inst = cls(tagger, gaz, groups, meta, second)
            clus_path = sidecar(model, "clusters")
            if "clus" in groups and clus_path.is_file():
                inst.clusters = WordClusters.load(
                    clus_path, model.with_name(model.stem + ".centroids.npz"))
            vocab_path = sidecar(model, "vocab")
            if vocab_path.is_file():
                inst.vocab = json.loads(vocab_path.read_text("utf-8"))
            _CACHE[key] = inst
            return inst

    def known(self, form: str) -> int:
        """How well attested a matching form is: training-text count, gazetteer names count more."""
        return attestation(self.vocab, self.gazetteer, form)

    def features(self, words: Sequence[str]) -> list[dict[str, object]]:
        return sent_features(words, self.gazetteer, self.groups, self.clusters)

    def first_pass(self, sentences: Sequence[Sequence[str]]) -> tuple[list, list[list[str]]]:
        """Stage-one features and raw tags of each sentence."""
        if self.clusters is not None and "clus" in self.groups:
            self.clusters.assign([w for s in sentences for w in s])  # one batch per document
        feats = [[_crf_items(f) for f in self.features(s)] for s in sentences]
        with self._lock:
            tags = [self._tagger.tag(f) if f else [] for f in feats]  # type: ignore[attr-defined]
        return feats, tags

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags for one sentence of words."""
        return self.tag_many([words])[0]

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for the sentences of one document."""
        feats, tags = self.first_pass(sentences)
        if self._second is not None:
            extra = doc_features(sentences, tags, self.window)
            with self._lock:
                tags = [
                    self._second.tag([{**f, **_crf_items(e)} for f, e in zip(fs, es,  # type: ignore[attr-defined]
                                                                           strict=True)])
                    if fs else []
                    for fs, es in zip(feats, extra, strict=True)
                ]
        return [_repair([map_tag(t) for t in ts]) for ts in tags]


def _crf_items(f: dict[str, object]) -> dict[str, float]:
    """Feature dict in crfsuite's form: strings become ``key=value`` with weight 1."""
    out: dict[str, float] = {}
    for k, v in f.items():
        if isinstance(v, str):
            out[f"{k}={v}"] = 1.0
        elif isinstance(v, bool):
            out[k] = 1.0 if v else 0.0
        else:
            out[k] = float(v)  # type: ignore[arg-type]
    return out


def _repair(tags: list[str]) -> list[str]:
    """Turn an ``I-X`` that does not continue an ``X`` into ``B-X``."""
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def attestation(vocab: dict[str, int], gazetteer: Gazetteer | None, form: str) -> int:
    """Training-text count of a matching form; a gazetteer name counts 100 more."""
    score = vocab.get(form, 0)
    if gazetteer is not None and gazetteer.kinds(form):
        score += 100
    return score
