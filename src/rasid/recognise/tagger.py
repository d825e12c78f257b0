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

import numpy as np

from rasid.recognise.attrs import AttrBuilder, doc_attrs, for_doc
from rasid.recognise.embed import WordClusters
from rasid.recognise.features import DEFAULT_GROUPS, Gazetteer, sent_features
from rasid.recognise.linear import LinearCRF, TypeScores
from rasid.recognise.tables import existing

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "ner"
DEFAULT_MODEL = DATA_DIR / "anercorp.crfsuite"
#: the shipped models by name: the default CRF, and the slower E5-based BiLSTM-CRF
NAMED_MODELS = {"fast": DEFAULT_MODEL, "accurate": DATA_DIR / "anercorp.e5.pt"}


def model_path(path: Path | str | None) -> Path:
    """The file of a model given by path or by name (``fast``, ``accurate``; None: fast)."""
    if path is None:
        return DEFAULT_MODEL
    return NAMED_MODELS.get(str(path), Path(path))


LABELS = ("PER", "ORG", "LOC", "MISC")
#: ANERcorp's tag names to rasid's.
LABEL_MAP = {"PERS": "PER"}

_CACHE: dict[str, NerTagger] = {}
_LOCK = threading.Lock()


def sidecar(model_path: Path, kind: str) -> Path:
    """``NAME.crfsuite`` → ``NAME.gaz.json`` / ``NAME.meta.json``."""
    return model_path.with_name(model_path.stem + f".{kind}.json")


def clusters_path(model_path: Path) -> Path:
    """``NAME.crfsuite`` → ``NAME.clusters.json.gz`` (or an older model's ``NAME.clusters.json``)."""
    return existing(model_path.with_name(model_path.stem + ".clusters.json.gz"))


def doc_model_path(model_path: Path) -> Path:
    """``NAME.crfsuite`` → ``NAME.doc.crfsuite`` (the document pass of a stacked model)."""
    return model_path.with_name(model_path.stem + ".doc.crfsuite")


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
        self._lock = threading.RLock()
        self._crfs: list[LinearCRF] = []
        self.path: Path | None = None  # the crfsuite file, when loaded from one
        self._gazetteer = gazetteer
        self.groups = groups
        self.meta = meta or {}
        self._clusters: WordClusters | None = None
        self._builder: AttrBuilder | None = None
        self._linear: list[tuple[LinearCRF, TypeScores]] | None = None
        self._linear_for: AttrBuilder | None = None

    @property
    def gazetteer(self) -> Gazetteer | None:
        return self._gazetteer

    @gazetteer.setter
    def gazetteer(self, gaz: Gazetteer | None) -> None:
        self._gazetteer, self._builder = gaz, None

    @property
    def clusters(self) -> WordClusters | None:
        return self._clusters

    @clusters.setter
    def clusters(self, clusters: WordClusters | None) -> None:
        self._clusters, self._builder = clusters, None

    @property
    def builder(self) -> AttrBuilder:
        """The attribute builder (and its per-word cache) for this model's features."""
        b = self._builder
        if b is None:
            b = self._builder = AttrBuilder(self._gazetteer, self.groups, self._clusters)
        return b

    @classmethod
    def load(cls, path: Path | str | None = None) -> NerTagger:
        """Load a model file; ``None`` loads the shipped model (cached after the first call).

        A ``.pt`` path is a neural model: the result is a ``rasid.recognise.neural.NeuralTagger``,
        or for a file of several, a ``rasid.recognise.ensemble.EnsembleTagger`` (same
        ``tag_many``/``known`` interface).
        """
        model = model_path(path)
        if model.suffix == ".pt":
            from rasid.recognise.ensemble import is_ensemble, load_ensemble
            from rasid.recognise.neural import NeuralTagger

            if model.is_file() and is_ensemble(model):
                return load_ensemble(model)  # type: ignore[return-value]
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
            doc_model = doc_model_path(model)
            if doc_model.is_file():
                second = pycrfsuite.Tagger()
                second.open(str(doc_model))
            gaz_path = sidecar(model, "gaz")
            gaz = Gazetteer.load(gaz_path) if gaz_path.is_file() else None
            meta_path = sidecar(model, "meta")
            meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
            groups = frozenset(meta.get("groups", sorted(DEFAULT_GROUPS)))
            inst = cls(tagger, gaz, groups, meta, second)
            inst.path = model
            clus_path = clusters_path(model)
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
        """Readable feature dicts of one sentence (the tagger itself uses ``builder``)."""
        return sent_features(words, self.gazetteer, self.groups, self.clusters)

    def first_pass(self, sentences: Sequence[Sequence[str]]) -> tuple[list, list[list[str]]]:
        """Stage-one attribute lists and raw tags of each sentence."""
        b = self.builder
        b.prepare([w for s in sentences for w in s])  # unseen words' clusters: one batch
        feats = [b.sentence(s) for s in sentences]
        with self._lock:
            tags = [self._tagger.tag(f) if f else [] for f in feats]  # type: ignore[attr-defined]
        return feats, tags

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags for one sentence of words."""
        return self.tag_many([words])[0]

    def _models(self) -> list[tuple[LinearCRF, TypeScores]]:
        """The numpy decoders of both stages, with score caches tied to the current builder."""
        b = self.builder
        with self._lock:
            if self._linear is None or self._linear_for is not b:
                offs = [d for d in range(-b.width, b.width + 1) if d]
                if not self._crfs:
                    self._crfs = self._load_linear()
                self._linear = [(c, TypeScores(c, offs)) for c in self._crfs]
                self._linear_for = b
            return self._linear

    def _load_linear(self) -> list[LinearCRF]:
        paths = [self.path, doc_model_path(self.path)] if self.path else [None, None]
        out = []
        for tagger, path in zip((self._tagger, self._second), paths, strict=True):
            if tagger is not None:
                out.append(LinearCRF.for_model(path, tagger) if path is not None
                           else LinearCRF.from_tagger(tagger))
        return out

    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for the sentences of one document."""
        lengths = [len(s) for s in sentences]
        if not any(lengths):
            return [[] for _ in sentences]
        models = self._models()
        b = self.builder
        words = [w for s in sentences for w in s]
        b.prepare(words)
        with self._lock:
            ents = b.entries(words)
            extras: list[list[str]] = []
            k = 0
            for n in lengths:
                extras += b.extras(ents[k : k + n])
                k += n
            toks, flat = _flatten(extras)
            tags: list[list[str]] = []
            for stage, (crf, scores) in enumerate(models):
                emit = scores.emissions(scores.ids(words, ents), lengths)
                crf.add_attrs(emit, toks, flat)
                if stage:
                    dt, df = _flatten([a for s in doc_attrs(sentences, tags, self.window)
                                       for a in s])
                    crf.add_attrs(emit, dt, df)
                tags = crf.viterbi(emit, lengths)
        return [_repair([map_tag(t) for t in ts]) for ts in tags]

    def tag_many_crfsuite(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """``tag_many`` through crfsuite's own tagger (the reference the numpy decoder
        follows; slower)."""
        feats, tags = self.first_pass(sentences)
        if self._second is not None:
            extra = doc_attrs(sentences, tags, self.window)
            second = [for_doc(f, e) for f, e in zip(feats, extra, strict=True)]
            with self._lock:
                tags = [self._second.tag(f) if f else []  # type: ignore[attr-defined]
                        for f in second]
        return [_repair([map_tag(t) for t in ts]) for ts in tags]


def _flatten(attrs: list[list[str]]) -> tuple[np.ndarray, list[str]]:
    """Token index of each attribute, and the attributes, of per-token attribute lists."""
    sizes = np.fromiter(map(len, attrs), dtype=np.intp, count=len(attrs))
    return np.repeat(np.arange(len(attrs)), sizes), [x for a in attrs for x in a]


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
