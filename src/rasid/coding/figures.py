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


_YEAR_BEFORE = {normalize(w) for w in ("عام", "العام", "سنة", "السنة", "لعام", "منذ", "خلال", "في", "حتى",
                                       "زلزال", "حرب", "انتخابات", "ثورة", "أحداث", "مجزرة", "هجمات")}
_ORDINAL_OF_MONTH = {normalize(w) for w in ("الأول", "الثاني", "الاول")}  # "تشرين الثاني 2024"


def a_year(tokens: Sequence[Token], end: int, value: int | Fraction, before: Sequence[str]) -> bool:
    """A year: after "عام" and the like, or after a month's name ("12 تشرين الثاني 2024")."""
    return 1900 <= value <= 2100 and tokens[end - 1].norm.isdigit() and bool(before) \
        and (before[-1] in _YEAR_BEFORE or before[-1] in MONTH_NAMES
             or before[-1] in _ORDINAL_OF_MONTH and len(before) > 1 and before[-2] in MONTH_NAMES)


def in_numeric_date(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A part of "12/11/2024" or "2024-11-12": a figure joined to a slash or a dash."""
    joined_before = start > 0 and tokens[start - 1].text in "/-" \
        and tokens[start - 1].end == tokens[start].start
    return joined_before or end < len(tokens) and tokens[end].text in "/-" \
        and tokens[end].start == tokens[end - 1].end
