"""Office-holder coverage of ``src/rasid/data/actors.yaml``: who holds the key offices, and when.

For 13 countries and five roles (head of state, head of government where the country has one,
foreign, defence and interior minister) it merges the dated offices of the persons in the actor
dictionary and prints, per country and role, the covered span and every gap between 2011-01-01 and
2026-11-01 (a gap is a period with no holder). Offices whose dates are estimates (``approx``) are
counted and flagged. Known constitutional vacancies (Lebanon's presidency) are listed apart and are
not gaps. Run ``python scripts/check_office_coverage.py``; exit status 1 when any gap remains.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, timedelta

from rasid.resolve.actor_data import load_actor_data

START, END = date(2011, 1, 1), date(2026, 11, 1)
COUNTRIES = ["IRQ", "SYR", "LBN", "JOR", "TUR", "IRN", "SAU", "EGY", "ISR", "RUS", "USA", "GBR",
             "FRA"]

# Office titles (full match, lower case) per role; "acting/interim/caretaker" prefixes are allowed.
HOS = (r"president|king|queen|supreme leader|de facto leader and president|interim president"
       r"|chairman of the supreme council of the armed forces")
HOG = r"prime minister|prime minister of the caretaker government"
FM = r"foreign minister|foreign secretary|secretary of state"
DEF = r"defen[cs]e minister|defen[cs]e secretary|secretary of defen[cs]e|armed forces minister"
INT = r"interior minister|home secretary|secretary of homeland security"

#: role -> title pattern; per country, roles that are checked only in a window, or filled by
#: another title (the Saudi king was also prime minister until 27 September 2022; the presidents of
#: the USA and Iran head the government; Turkey had no prime minister after 9 July 2018, nor Syria
#: after the constitutional declaration of March 2025).
ROLES = {"head of state": HOS, "head of government": HOG, "foreign": FM, "defence": DEF,
         "interior": INT}
SPECIAL: dict[tuple[str, str], list[tuple[str, date, date]]] = {
    ("USA", "head of government"): [],
    ("IRN", "head of government"): [],
    ("TUR", "head of government"): [(HOG, START, date(2018, 7, 9))],
    ("SYR", "head of government"): [(HOG, START, date(2025, 3, 29))],
    ("SAU", "head of government"): [(r"king", START, date(2022, 9, 27)),
                                    (HOG, date(2022, 9, 27), END)],
}
#: Vacancies that are facts, not missing data: (country, role, from, to, why).
VACANT = [
    ("LBN", "head of state", date(2014, 5, 25), date(2016, 10, 31),
     "presidential vacancy (cabinet acts)"),
    ("LBN", "head of state", date(2022, 10, 31), date(2025, 1, 9),
     "presidential vacancy (cabinet acts)"),
    ("SYR", "foreign", date(2020, 11, 16), date(2020, 11, 22),
     "al-Muallem died; Mekdad appointed 22 Nov"),
    ("SYR", "foreign", date(2024, 12, 8), date(2024, 12, 21),
     "fall of the Assad government; no minister named"),
    ("SYR", "defence", date(2024, 12, 8), date(2024, 12, 21),
     "fall of the Assad government; no minister named"),
    ("SYR", "interior", date(2024, 12, 8), date(2024, 12, 10),
     "fall of the Assad government; caretaker cabinet formed"),
    ("SAU", "defence", date(2011, 10, 22), date(2011, 11, 5),
     "Sultan bin Abdulaziz died; Salman appointed"),
    ("SAU", "interior", date(2012, 6, 16), date(2012, 6, 18),
     "Nayef bin Abdulaziz died; Ahmed appointed"),
    ("RUS", "defence", date(2024, 5, 12), date(2024, 5, 14),
     "Shoigu relieved; Belousov confirmed"),
    ("FRA", "interior", date(2014, 3, 31), date(2014, 4, 2),
     "Valls named prime minister; Cazeneuve appointed"),
]


def _pattern(core: str) -> re.Pattern[str]:
    return re.compile(rf"(?:(?:acting|interim|caretaker) )?(?:{core})")


def _merge(spans: list[tuple[date, date]]) -> list[tuple[date, date]]:
    out: list[tuple[date, date]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + timedelta(days=1):
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


Offices = list[tuple[str, str, date, date | None, bool, str]]


def coverage(country: str, role: str, offices: Offices):  # noqa: ANN201
    """(windows, covered spans, gaps, approx holders) of one country and role."""
    rules = SPECIAL.get((country, role), [(ROLES[role], START, END)])
    covered, rough = [], set()
    for core, w0, w1 in rules:
        pat = _pattern(core)
        for code, title, s, e, approx, pid in offices:
            if code.split("-")[0] != country or not pat.fullmatch(title.lower()):
                continue
            a, b = max(s, w0), min(e or END, w1)
            if a <= b:
                covered.append((a, b))
                if approx:
                    rough.add(pid)
    covered += [(a, b) for c, r, a, b, _ in VACANT if (c, r) == (country, role)]
    covered = _merge(covered)
    gaps: list[tuple[date, date]] = []
    for _core, w0, w1 in rules:
        cursor = w0
        for a, b in covered:
            if b < cursor or a > w1:
                continue
            if a > cursor:
                gaps.append((cursor, a))
            cursor = max(cursor, b)
        if cursor < w1:
            gaps.append((cursor, w1))
    return rules, covered, _merge(gaps) if gaps else [], sorted(rough)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-days", type=int, default=1,
                    help="report only gaps of at least this many days (default 1: every gap)")
    args = ap.parse_args(argv)
    data = load_actor_data()
    offices = [(o.code, o.title, o.start, o.end, o.approx, p.id)
               for p in data.persons.values() for o in p.offices]
    n_gaps = n_checked = 0
    for country in COUNTRIES:
        for role in ROLES:
            rules, covered, gaps, rough = coverage(country, role, offices)
            if not rules:
                print(f"{country} {role:18s} n/a (the head of state heads the government)")
                continue
            n_checked += 1
            gaps = [(a, b) for a, b in gaps if (b - a).days >= args.min_days]
            n_gaps += len(gaps)
            span = f"{covered[0][0]}..{covered[-1][1]}" if covered else "none"
            note = f"  approx: {', '.join(rough)}" if rough else ""
            status = "OK " if not gaps else "GAP"
            print(f"{country} {role:18s} {status} covered {span}{note}")
            for a, b in gaps:
                print(f"    gap {a} .. {b} ({(b - a).days} days)")
    for c, r, a, b, why in VACANT:
        print(f"note: {c} {r} vacant {a} .. {b}: {why}")
    print(f"{n_checked} country-roles checked, {n_gaps} gaps")
    return 1 if n_gaps else 0


if __name__ == "__main__":
    sys.exit(main())
