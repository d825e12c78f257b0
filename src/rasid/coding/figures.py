"""Figures that are part of a date, not a count of people: "12 تشرين الثاني 2024" (a day, a
year), "12/11/2024"."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from rasid.arabic.calendar import MONTH_WORDS
from rasid.arabic.normalize import normalize
from rasid.model import Token

#: month names, and the words that stand for one ("الشهر الجاري")
MONTH_NAMES = MONTH_WORDS | {normalize(w) for w in ("الجاري", "الحالي", "المنصرم")}


def a_day(after: Sequence[str], value: int | Fraction) -> bool:
    """A day of the month: the figure before a month's name ("12 من أيار")."""
    return 1 <= value <= 31 and bool(after) and (after[0] in MONTH_NAMES or after[0] == "من"
                                                 and len(after) > 1 and after[1] in MONTH_NAMES)


_YEAR_BEFORE = {normalize(w) for w in (
    "عام", "العام", "سنة", "السنة", "لعام", "منذ", "خلال", "في", "حتى", "زلزال", "حرب", "انتخابات",
    "ثورة", "أحداث", "مجزرة", "هجمات")}
_ORDINAL_OF_MONTH = {normalize(w) for w in ("الأول", "الثاني", "الاول")}  # "تشرين الثاني 2024"


def a_year(tokens: Sequence[Token], end: int, value: int | Fraction, before: Sequence[str]) -> bool:
    """A year: after "عام" and the like, or after a month's name ("12 تشرين الثاني 2024")."""
    return 1900 <= value <= 2100 and tokens[end - 1].norm.isdigit() and bool(before) \
        and (before[-1] in _YEAR_BEFORE or before[-1] in MONTH_NAMES
             or before[-1] in _ORDINAL_OF_MONTH and len(before) > 1 and before[-2] in MONTH_NAMES)


def in_numeric_date(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A part of "12/11/2024", "28/2" or "2024-11-12": figures joined by slashes, or three joined
    by dashes (not the range "20-25 عنصرا")."""
    first, last = start, end - 1
    while first > 0 and tokens[first - 1].end == tokens[first].start \
            and (tokens[first - 1].text in "/-" or tokens[first - 1].norm.isdigit()):
        first -= 1
    while last + 1 < len(tokens) and tokens[last].end == tokens[last + 1].start \
            and (tokens[last + 1].text in "/-" or tokens[last + 1].norm.isdigit()):
        last += 1
    joints = [t.text for t in tokens[first : last + 1] if t.text in "/-"]
    return "/" in joints or joints.count("-") >= 2
