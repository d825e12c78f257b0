#!/usr/bin/env python3
"""Accuracy gate: measure rasid on the shared gold data and fail below the pinned floors.

Run by ``.ci/run`` after the tests, when ``../shared`` is present:

    python scripts/eval_gate.py --shared ../shared            # measure and check
    python scripts/eval_gate.py --shared ../shared --write-baseline   # pin the figures seen now

Floors live in ``tests/eval_baseline.json`` with a digest of each gold file, so a changed gold
file is noticed. A floor is never lowered silently: ``--write-baseline`` rewrites them and the
commit that does so must say why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tests" / "eval_baseline.json"
EPSILON = 0.005
#: the confidence that should separate likely-right events from the rest (confidence check)
HIGH = 0.8
#: figure name → path in the scorer's to_dict()
EVENT_FIGURES = {
    "dyad_f1": ("events", "dyad", "f1"),
    "detection_f1": ("events", "detection", "f1"),
    "mode_accuracy": ("events", "mode", "accuracy"),
    "date_accuracy": ("events", "date", "accuracy"),
    "location_accuracy": ("events", "location", "accuracy"),
    "fatalities_accuracy": ("events", "fatalities", "accuracy"),
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _dig(d: dict, keys: tuple[str, ...]) -> float | None:
    for k in keys:
        d = d.get(k) if isinstance(d, dict) else None  # type: ignore[assignment]
    return d if isinstance(d, (int, float)) else None  # type: ignore[return-value]


def measure_events(gold: Path, workdir: Path,
                   judged: list[tuple[float, bool]] | None = None) -> dict[str, float | None]:
    """Extract and score one gold file; append (confidence, right) of each scored predicted
    event to ``judged``."""
    pred = workdir / f"{gold.stem}.pred.jsonl"
    subprocess.run([sys.executable, "-m", "rasid", "extract", str(gold), "-o", str(pred)], check=True)
    out = subprocess.run([sys.executable, "-m", "rasid", "evaluate", str(gold), str(pred)],
                         check=True, capture_output=True, text=True)
    print(out.stdout)
    from rasid.evaluate import evaluate, read_records

    gold_docs, pred_docs = read_records(gold), read_records(pred)
    scores = evaluate(gold_docs, pred_docs).to_dict()
    if judged is not None:
        judged.extend(_judge(gold_docs, pred_docs))
    return {name: _dig(scores, keys) for name, keys in EVENT_FIGURES.items()}


def _judge(gold_docs: list[dict], pred_docs: list[dict]) -> list[tuple[float, bool]]:
    from rasid.evaluate import judged_predictions

    by_id = {d.get("doc_id"): d for d in pred_docs}
    out = []
    for g in gold_docs:
        for event, right in judged_predictions(g, by_id.get(g.get("doc_id"))):
            conf = event.get("confidence")
            out.append((conf if isinstance(conf, (int, float)) else 0.0, right))
    return out


def confidence_check(judged: list[tuple[float, bool]]) -> str | None:
    """Events with confidence >= HIGH must be right (dyad match) more often than those below.
    Prints both precisions; returns a failure line or None."""
    high = [right for conf, right in judged if conf >= HIGH]
    low = [right for conf, right in judged if conf < HIGH]

    def prec(xs: list[bool]) -> float | None:
        return sum(xs) / len(xs) if xs else None

    p_high, p_low = prec(high), prec(low)
    for name, xs, p in ((f">= {HIGH}", high, p_high), (f"<  {HIGH}", low, p_low)):
        shown = "n/a" if p is None else f"{p:.3f}"
        print(f"confidence {name}: {len(xs):4d} events, {sum(xs):4d} right, precision {shown}")
    if p_high is None or p_low is None or p_high <= p_low:
        return (f"confidence: precision >= {HIGH} ({p_high}) is not above "
                f"precision < {HIGH} ({p_low})")
    return None


def measure_ner(test: Path) -> dict[str, float | None]:
    from rasid.train.ner import evaluate_ner

    report = evaluate_ner(test)
    print(report.format_table())
    accurate = evaluate_ner(test, "accurate")
    print("-- the shipped accurate model (--ner-model accurate)")
    print(accurate.format_table())
    return {"ner_micro_f1": report.to_dict()["micro"]["f1"],
            "ner_accurate_micro_f1": accurate.to_dict()["micro"]["f1"]}


def measure_duplicates(news: Path) -> dict[str, float | None]:
    """Pairwise P/R of duplicate detection on the dev articles plus syndicated copies of each
    (new headline, dateline/footer, dropped/added paragraph, light edits; three seeds, the
    lowest figure kept). The dev articles that report one event in other words must not pair."""
    from rasid.merge.dupeval import corpus, pairwise_scores
    from rasid.merge.duplicates import find_duplicates, groups
    from rasid.model import Article
    from rasid.read import read_paths

    originals = [(a.doc_id, a.text) for a in read_paths([news]) if isinstance(a, Article)]
    worst = {"dup_precision": 1.0, "dup_recall": 1.0}
    for seed in range(3):
        items, origin = corpus(originals, copies=2, seed=seed)
        scores = pairwise_scores(groups([k for k, _ in items], find_duplicates(items)), origin)
        print(f"duplicates seed {seed}: {len(originals)} articles + copies: {scores.to_dict()}")
        worst["dup_precision"] = min(worst["dup_precision"], scores.precision)
        worst["dup_recall"] = min(worst["dup_recall"], scores.recall)
    return worst


def _dir_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.txt")):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write-baseline", action="store_true")
    args = ap.parse_args()
    shared: Path = args.shared
    schema = shared / "spec" / "output.schema.json"
    shipped = ROOT / "src" / "rasid" / "data" / "output.schema.json"
    if schema.exists() and schema.read_bytes() != shipped.read_bytes():
        print(f"FAIL: {shipped} differs from the contract {schema}")
        return 1
    figures: dict[str, dict[str, float | None]] = {}
    digests: dict[str, str] = {}
    judged: list[tuple[float, bool]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("seeds", "dev"):
            gold = shared / "data" / "gold" / f"{name}.jsonl"
            if gold.exists():
                print(f"== events: {gold}")
                figures[name] = measure_events(gold, Path(tmp), judged)
                digests[name] = _digest(gold)
    failures = []
    if judged:
        print("== confidence (seeds + dev; right = dyad match under the scorer's pairing)")
        failure = confidence_check(judged)
        if failure:
            failures.append(failure)
    ner_test = shared / "data" / "ner" / "anercorp_camel" / "ANERCorp_CamelLab_test.txt"
    if ner_test.exists():
        print(f"== NER: {ner_test}")
        figures["ner"] = measure_ner(ner_test)
        digests["ner"] = _digest(ner_test)
    news = shared / "data" / "news" / "dev"
    if news.is_dir():
        print(f"== duplicates: {news}")
        figures["duplicates"] = measure_duplicates(news)
        digests["duplicates"] = _dir_digest(news)
    print(json.dumps(figures, indent=2))
    if args.write_baseline:
        BASELINE.write_text(json.dumps({"digests": digests, "floors": figures}, indent=2) + "\n")
        print(f"wrote {BASELINE}")
        return 0
    base = json.loads(BASELINE.read_text())
    for group, floors in base["floors"].items():
        if group not in figures:
            continue
        if base["digests"].get(group) != digests.get(group):
            print(f"note: gold for {group} changed since the baseline was pinned")
        for name, floor in floors.items():
            seen = figures[group].get(name)
            if floor is not None and (seen is None or seen < floor - EPSILON):
                failures.append(f"{group}.{name}: {seen} < floor {floor}")
    for f in failures:
        print("FAIL:", f)
    print("accuracy gate:", "FAILED" if failures else "passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
