#!/usr/bin/env python3
"""Run the whole PLOVER sentence table (tests/texts/plover_cases.tsv) and report every row.

    python bench/plover_cases.py            # pass count, per-type pass counts, each miss on one line

Rows listed in ``OPEN`` in tests/coding/test_plover_cases.py are not guarded by the test suite
yet; this script measures them all.
"""

from __future__ import annotations

import signal
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "coding"))
import test_plover_cases as t  # noqa: E402


def main() -> int:
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    for case in t.CASES:
        kind = case["event_type"]
        total[kind] += 1
        miss = t.check_case(case)
        if miss is None:
            passed[kind] += 1
        else:
            misses.append(f"{case['id']}: {miss}")
    print(f"{sum(passed.values())}/{len(t.CASES)} rows coded as expected")
    for kind in sorted(total):
        print(f"  {kind:10s} {passed[kind]}/{total[kind]}")
    for line in misses:
        print("MISS", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
