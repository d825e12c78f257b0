#!/usr/bin/env python3
"""Train the trigger-context classifier (``rasid.coding.classifier``) on rasid's own sentences.

    pip install scikit-learn          # training only; rasid reads the weights without it
    python scripts/train_trigger_classifier.py                 # report and write the model
    python scripts/train_trigger_classifier.py --dry-run       # report only

Data: ``src/rasid/data/trigger_contexts.tsv`` (sentences written for rasid, never gold data):
``id``, ``live`` (the PLOVER types the sentence reports as a specific occurrence, done or
happening, comma-separated, or NONE: a denied, planned or merely threatened act is not live, but
the threat, demand or rejection that speaks of it is), ``sentence``. Every trigger candidate the
lexicon finds in a sentence is one example, positive when its type is among ``live``.

Reports the majority baseline, 5-fold accuracy grouped by sentence for each regularisation
strength, and the accuracy on a fixed held-out fifth of the sentences (a model trained on the
other four fifths); then trains on everything and writes ``src/rasid/data/trigger_classifier.json``.
Deterministic (liblinear, fixed folds). The candidates depend on the trigger lexicon, so retrain
after changing ``data/triggers.yaml`` too; the model records the digest of its training data.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasid.coding.classifier import features  # noqa: E402
from rasid.coding.triggers import find_triggers, trigger_reading  # noqa: E402
from rasid.segment import tokenize  # noqa: E402

DATA = ROOT / "src" / "rasid" / "data" / "trigger_contexts.tsv"
OUT = ROOT / "src" / "rasid" / "data" / "trigger_classifier.json"
STRENGTHS = (0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5


def examples(path: Path) -> tuple[list[list[str]], list[int], list[str], list[str], int]:
    """Feature lists, labels, sentence ids and types of every candidate; sentences read."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    xs, ys, groups, types = [], [], [], []
    for row in rows:
        live = set() if row["live"] == "NONE" else set(row["live"].split(","))
        text = row["sentence"]
        tokens = tokenize(text)
        for m in find_triggers(tokens, 0, len(tokens)):
            trig = trigger_reading(text, tokens, m)
            xs.append(features(tokens, 0, len(tokens), trig))
            ys.append(int(trig.defn.event_type in live))
            groups.append(row["id"])
            types.append(trig.defn.event_type)
    return xs, ys, groups, types, len(rows)


def _fit(xs: list[list[str]], ys: list[int], c: float):  # noqa: ANN202 — sklearn objects
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)  # small; liblinear wants 32-bit sparse indices
    x = vec.fit_transform([dict.fromkeys(f, 1) for f in xs])
    model = LogisticRegression(C=c, solver="liblinear").fit(x, ys)
    return vec, model


def _accuracy(vec, model, xs: list[list[str]], ys: list[int]) -> float:  # noqa: ANN001
    pred = model.predict(vec.transform([dict.fromkeys(f, 1) for f in xs]))
    return sum(int(p) == y for p, y in zip(pred, ys, strict=True)) / len(ys)


def _fold(group: str) -> int:
    return zlib.crc32(group.encode()) % FOLDS


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    xs, ys, groups, types, n_sent = examples(args.data)
    pos = sum(ys)
    print(f"{n_sent} sentences, {len(ys)} trigger candidates ({pos} live, {len(ys) - pos} not)")
    by_type = Counter(t for t, y in zip(types, ys, strict=True) if y)
    neg_type = Counter(t for t, y in zip(types, ys, strict=True) if not y)
    print("per type (live/not):", ", ".join(f"{t} {by_type[t]}/{neg_type[t]}"
                                           for t in sorted(set(types))))
    print(f"majority baseline: {max(pos, len(ys) - pos) / len(ys):.3f}")
    folds = [_fold(g) for g in groups]
    best_c, best_acc = STRENGTHS[0], -1.0
    for c in STRENGTHS:
        correct = 0
        for k in range(FOLDS):
            tr = [i for i, f in enumerate(folds) if f != k]
            te = [i for i, f in enumerate(folds) if f == k]
            vec, model = _fit([xs[i] for i in tr], [ys[i] for i in tr], c)
            acc = _accuracy(vec, model, [xs[i] for i in te], [ys[i] for i in te])
            correct += round(acc * len(te))
        acc = correct / len(ys)
        print(f"C={c:<5} {FOLDS}-fold accuracy (grouped by sentence) {acc:.3f}")
        if acc > best_acc:
            best_c, best_acc = c, acc
    # fixed held-out fifth: the sentences of fold 0, never used to choose C above for it
    tr = [i for i, f in enumerate(folds) if f != 0]
    te = [i for i, f in enumerate(folds) if f == 0]
    vec, model = _fit([xs[i] for i in tr], [ys[i] for i in tr], best_c)
    held = _accuracy(vec, model, [xs[i] for i in te], [ys[i] for i in te])
    base = max(sum(ys[i] for i in te), len(te) - sum(ys[i] for i in te)) / len(te)
    print(f"held-out fifth ({len(te)} candidates, {len({groups[i] for i in te})} sentences), "
          f"C={best_c}: accuracy {held:.3f} (majority {base:.3f})")
    vec, model = _fit(xs, ys, best_c)
    print(f"training accuracy (all data, C={best_c}): {_accuracy(vec, model, xs, ys):.3f}")
    weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, model.coef_[0],
                                                           strict=True) if abs(w) >= 1e-4}
    out = {"model": "logistic regression over trigger-context features (rasid.coding.classifier)",
           "trained_on": f"{args.data.name}: {n_sent} sentences, {len(ys)} candidates",
           "data_sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
           "held_out_accuracy": round(held, 3), "held_out_majority": round(base, 3),
           "C": best_c, "intercept": round(float(model.intercept_[0]), 4),
           "weights": dict(sorted(weights.items()))}
    if not args.dry_run:
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {args.out} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
