"""Stage-one CRF tags for stacking the neural tagger on the CRF (``--stack`` of ``ner_neural``).

    python -m rasid.train.ner_stack --train ANERCorp_CamelLab_train.txt --out tags.json \
        [--dev 0.1667]

Writes ``{"train": [...], "held": [...]}``: the raw stage-one tags of every training sentence,
jackknifed (4 contiguous folds, each tagged by a CRF trained on the other three, exactly as
``rasid.train.ner.fit_stacked`` does for the CRF's own second stage), and, with ``--dev``, the
tags of the held-out share of TRAIN (the last, or ``--dev-block N``: see
``rasid.train.holdout``) by a stage-one CRF trained on all the rest. The sentences of
``--extra`` are appended to the training sentences (after the held-out share is
cut off), as ``rasid.train.ner train --extra`` and ``ner_neural --extra`` do. Without
``--dev`` the held-out tags are left empty: at run time (and on the test split) the shipped
stage-one CRF, which was trained on all of TRAIN, gives them.
Same features, clusters and c1/c2 as the shipped CRF. One core; deterministic.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Sequence
from pathlib import Path

from rasid.recognise.embed import WordClusters
from rasid.recognise.features import DEFAULT_GROUPS, jackknife, with_train_lexicon, word_info
from rasid.recognise.linear import linear_path
from rasid.train import holdout, ner
from rasid.train.conll import extra_sentences, read_conll


def stage_one_tags(train_path: str, out_path: str, dev: float = 0.0, folds: int = 4,
                   work: str = "/tmp/ner-stack-work", extra: Sequence[str] = (),
                   dev_block: int = 1) -> dict:
    t0 = time.perf_counter()
    sents = read_conll(train_path)
    sents, held = holdout.split(sents, dev, dev_block)
    sents = sents + extra_sentences(extra)  # trained on and jackknifed like TRAIN
    grp = DEFAULT_GROUPS
    gaz = ner.build_gazetteer(sents)
    train_gaz = jackknife(gaz, sents)
    gaz = with_train_lexicon(gaz, sents)
    words = [w for ws, _ in sents for w in ws]
    ner._STATE["clusters"] = WordClusters.build(words + [word_info(w)[3] for w in words],
                                                sizes=(128, 512, 2048))
    wd = Path(work)
    wd.mkdir(parents=True, exist_ok=True)
    first: list = []
    for k in range(folds):
        tk = time.perf_counter()
        path = wd / f"fold{k}.crfsuite"
        first.extend(ner._fold_job((sents, k, folds, path, train_gaz, grp, 0.05, 0.05, 300)))
        print(f"fold {k}: {time.perf_counter() - tk:.0f}s", flush=True)
        path.unlink(missing_ok=True)
        linear_path(path).unlink(missing_ok=True)
    held_tags: list = []
    if held:
        path = wd / "full.crfsuite"
        ner._fit(sents, path, train_gaz, grp, 0.05, 0.05, 300)
        held_tags = ner._open(path, gaz, grp).first_pass([w for w, _ in held])[1]
    out = {"train": first, "held": held_tags, "extra": list(extra), "dev_share": dev,
           "dev_block": dev_block, "folds": folds,
           "seconds": round(time.perf_counter() - t0, 1)}
    Path(out_path).write_text(json.dumps(out, ensure_ascii=False), "utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m rasid.train.ner_stack")
    ap.add_argument("--train", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--dev", type=float, default=0.0)
    ap.add_argument("--dev-block", type=int, default=1,
                    help="which share of TRAIN --dev holds out: 1 the last, 2 the one before it, …")
    ap.add_argument("--work", default="/tmp/ner-stack-work",
                    help="folder for the fold models (one per concurrent run)")
    ap.add_argument("--extra", action="append", default=[],
                    help="more training sentences, appended to TRAIN (a file or folder of "
                    "[TYPE …]-marked lines, rasid.train.bracketed; repeatable)")
    a = ap.parse_args()
    holdout.check_block(ap, a.train, a.dev, a.dev_block)
    info = stage_one_tags(a.train, a.out, a.dev, work=a.work, extra=a.extra,
                          dev_block=a.dev_block)
    print(json.dumps({"seconds": info["seconds"], "train": len(info["train"]),
                      "held": len(info["held"])}))


if __name__ == "__main__":
    main()
