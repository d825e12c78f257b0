"""Share of rasid's own date-expression list resolved to exactly the expected interval.

Reads ``tests/resolve/dates_cases.tsv`` (expressions, publication dates and intervals written
by hand) and prints the share of exact intervals, listing the misses. Run
``python bench/dates_accuracy.py``.
"""

from __future__ import annotations

import csv
import sys
from datetime import date
from pathlib import Path

from rasid.resolve.dates import date_json, resolve_date

CASES = Path(__file__).resolve().parents[1] / "tests" / "resolve" / "dates_cases.tsv"


def read_cases(path: Path = CASES) -> list[dict]:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def expected(case: dict) -> dict | None:
    return None if case["start"] == "-" else {"start": case["start"], "end": case["end"]}


def got(case: dict) -> dict | None:
    pub = date.fromisoformat(case["published"]) if case["published"] else None
    return date_json(resolve_date(case["expr"], pub))


def main() -> int:
    cases = read_cases()
    wrong = [(c, got(c)) for c in cases if got(c) != expected(c)]
    for c, g in wrong:
        print(f"MISS {c['expr']!r} published={c['published'] or None}: "
              f"want {expected(c)} got {g}")
    share = 1 - len(wrong) / len(cases)
    print(f"exact intervals: {len(cases) - len(wrong)}/{len(cases)} = {share:.3f}")
    return 0 if share >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
