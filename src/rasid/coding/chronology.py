"""When two mentions of acts can be one occurrence: their dates."""

from __future__ import annotations

from datetime import timedelta

from rasid.model import DateRef, Event


def dates_conflict(a: Event, b: Event) -> bool:
    """Two dates that cannot be one day's act; a date taken from the publication (an act told
    without one) conflicts with none: "الضربات" told again without its date are the same strikes."""
    if a.date is None or b.date is None or a.date_is_published or b.date_is_published:
        return False
    x, y = a.date.interval, b.date.interval
    return x.end < y.start or y.end < x.start


def narrower(a: Event, b: Event) -> bool:
    """``a``'s date lies within ``b``'s and is shorter."""
    if a.date is None or b.date is None:
        return False
    x, y = a.date.interval, b.date.interval
    return y.start <= x.start and x.end <= y.end and (x.end - x.start) < (y.end - y.start)


_UNDATED_SLACK = timedelta(days=8)


def days_apart(a: DateRef, b: DateRef, undated: bool = False) -> bool:
    """Two dates with no day in common ("في 14 نيسان الماضي" and an act of last Saturday); when
    ``b`` is only the day an act was told (``undated``), it may have been any of the week before
    ("ووقع الهجوم صباح الثلاثاء" in Sunday's report of it)."""
    gap = _UNDATED_SLACK if undated else timedelta(0)
    return a.interval.end < b.interval.start - gap or b.interval.end + gap < a.interval.start
