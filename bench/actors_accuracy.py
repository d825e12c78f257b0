"""Share of rasid's own actor phrase list coded correctly by the actor resolver.

Reads ``tests/resolve/actors_cases.tsv`` (phrase, date, expected code; "-" = no actor; written by
hand) and compares ``ActorResolver.resolve(phrase, on=date)``. Run ``python bench/actors_accuracy.py``.
"""

from __future__ import annotations

import csv
import sys
from datetime import date
from pathlib import Path

from rasid.resolve.actors import ActorResolver

CASES = Path(__file__).resolve().parents[1] / "tests" / "resolve" / "actors_cases.tsv"


def read_cases(path: Path = CASES) -> list[dict]:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def code_of(resolver: ActorResolver, case: dict) -> str:
    on = date.fromisoformat(case["date"]) if case["date"] else None
    actor = resolver.resolve(case["phrase"], on=on)
    return actor.code if actor is not None else "-"


def main() -> int:
    resolver = ActorResolver.load()
    cases = read_cases()
    wrong = [(c, got) for c in cases if (got := code_of(resolver, c)) != c["code"]]
    for c, got in wrong:
        print(f"WRONG  {c['phrase']}  {c['date']}  want {c['code']}  got {got}", file=sys.stderr)
    share = 1 - len(wrong) / len(cases)
    print(f"actors: {len(cases) - len(wrong)}/{len(cases)} right = {share:.3f}")
    return 0 if share >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
