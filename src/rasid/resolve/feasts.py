"""The two Eids and the named holy days on the calendar: عيد الفطر (1 Shawwal, three days) and عيد الأضحى
(10 Dhu al-Hijjah, four days), with the words news puts before them: عشية / ليلة (the eve),
أول / ثاني / ثالث / رابع أيام (one day of the feast), يوم / صباح (its first day); otherwise the
whole feast. Umm al-Qura dates, as for Hijri months (``rasid.arabic.calendar``).
"""

from __future__ import annotations

from datetime import date, timedelta

from rasid.arabic.calendar import (
    FEAST_PARTS,
    FEASTS,
    HOLY_DAYS,
    hijri_to_gregorian,
    said_hijri_year,
)


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
    year = int(g["hy"]) if g.get("hy") else said_hijri_year(month, day, sign, published)
    return None if year is None else feast_interval(g["feast"], g.get("fpart"), year)


def holy_day(g: dict[str, str], published: date | None, sign: int | None) -> tuple[date, date] | None:
    """The day of a named holy day (groups ``holy``, ``hy``): يوم عرفة, عاشوراء, المولد النبوي …"""
    month, day = HOLY_DAYS[" ".join(g["holy"].split())]
    year = int(g["hy"]) if g.get("hy") else said_hijri_year(month, day, sign, published)
    when = None if year is None else hijri_to_gregorian(year, month, day)
    return None if when is None else (when, when)
