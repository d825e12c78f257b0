"""The two Eids on the calendar: عيد الفطر (1 Shawwal, three days) and عيد الأضحى
(10 Dhu al-Hijjah, four days), with the words news puts before them: عشية / ليلة (the eve),
أول / ثاني / ثالث / رابع أيام (one day of the feast), يوم / صباح (its first day); otherwise the
whole feast. Umm al-Qura dates, as for Hijri months (``rasid.arabic.calendar``).
"""

from __future__ import annotations

from datetime import date, timedelta

from rasid.arabic.calendar import FEAST_PARTS, FEASTS, hijri_to_gregorian, pick_year, to_hijri


def feast_interval(feast: str, part: str | None, hijri_year: int) -> tuple[date, date] | None:
    """The days ``part`` of ``feast`` (or the whole feast) in ``hijri_year``."""
    month, day, length = FEASTS[feast]
    first = hijri_to_gregorian(hijri_year, month, day)
    if first is None:
        return None
    if part is None:
        return first, first + timedelta(days=length - 1)
    offset = FEAST_PARTS[" ".join(part.split())]
    if offset >= length:
        return None
    when = first + timedelta(days=offset)
    return when, when


def feast(g: dict[str, str], published: date | None, sign: int | None) -> tuple[date, date] | None:
    """The interval of a matched feast expression (groups ``feast``, ``fpart``, ``hy``): in the
    Hijri year given, else the year chosen as for a Hijri month with relative sign ``sign``."""
    month, day, _ = FEASTS[g["feast"]]
    if g.get("hy"):
        year = int(g["hy"])
    else:
        h = to_hijri(published) if published else None
        if h is None:
            return None
        year = pick_year(month, day, sign, *h)
    return feast_interval(g["feast"], g.get("fpart"), year)
