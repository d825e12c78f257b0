"""Share of rasid's own toponym list resolved correctly by the gazetteer.

Reads ``tests/resolve/toponyms.tsv`` (forms with coordinates written by hand) and checks each
resolution as spec/SCORING.md scores locations: ``country`` -> same ISO3; ``admin1``/``region``
-> same country and <= 100 km; anything else -> <= 25 km. Run ``python bench/places_accuracy.py``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from rasid.model import Place
from rasid.resolve.gazetteer import km
from rasid.resolve.places import Gazetteer

TOPONYMS = Path(__file__).resolve().parents[1] / "tests" / "resolve" / "toponyms.tsv"


def read_toponyms(path: Path = TOPONYMS) -> list[dict]:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def correct(case: dict, got: Place | None) -> bool:
    if got is None:
        return False
    if case["kind"] == "country":
        return got.country == case["country"]
    want = Place("", float(case["lat"]), float(case["lon"]), case["country"], None, case["kind"])
    if case["kind"] in ("admin1", "region"):
        return got.country == case["country"] and km(got, want) <= 100
    return km(got, want) <= 25


def main() -> int:
    gaz = Gazetteer.load()
    cases = read_toponyms()
    wrong = []
    for case in cases:
        got = gaz.resolve(case["form"])
        if not correct(case, got):
            wrong.append((case["form"], got))
    n_city = sum(c["kind"] not in ("country", "admin1", "region") for c in cases)
    ok_city = n_city - sum(1 for f, _ in wrong
                           if next(c for c in cases if c["form"] == f)["kind"]
                           not in ("country", "admin1", "region"))
    for form, got in wrong:
        print(f"WRONG {form}: {got}", file=sys.stderr)
    share = (len(cases) - len(wrong)) / len(cases)
    print(f"places: {len(cases) - len(wrong)}/{len(cases)} resolved correctly = {share:.3f}; "
          f"towns and points within 25 km: {ok_city}/{n_city} = {ok_city / n_city:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
