"""Arabic temporal expressions resolved to date intervals, relative to the publication date.

``rasid.recognise.timex`` finds the expressions; this module says which days they mean.
Conventions (spec/GOLD.md where it speaks, rasid's own choices where it is silent):

* A month (or day and month) without a year is the most recent such month not after the
  published month (a later month is last year's). With "الماضي/الفائت/المنصرم" it is strictly
  before: a month strictly before the published month, a day and month strictly before the
  published day. With "الحالي/الجاري" it is the published month's year; with "المقبل/القادم"
  strictly after. The same rules apply to Hijri months in the Hijri calendar. A weekday written
  with a day and month and no relative word picks the year, next or last, it falls on.
* "الشهر/الأسبوع/العام الحالي، هذا الشهر …" run from the period's first day to ``published``;
  "… الماضي" is the whole previous period (a week is Monday–Sunday); "… المقبل" the whole next.
* مطلع/أوائل/بداية = days 1–10, منتصف/أواسط = 11–20, أواخر/نهاية/آخر = 21–end of a month;
  of a year January–April, May–August, September–December; of a week Mon–Tue, Wed–Thu, Fri–Sun.
* A bare weekday is the most recent such day not after ``published`` (the published day itself
  when it is that weekday: see ``BARE_WEEKDAY_SAME_DAY``); with "الماضي" strictly before; with
  "المقبل" the next one after; with "قبل الماضي" a week earlier. "اليوم/أمس/غدا/بعد غد" +
  weekday is that day; when the weekday disagrees (a paper dated after midnight) the nearest such
  weekday, not over a day past ``published`` for أمس nor before it for غدا. A part of the day
  (صباح، مساء، ليل، فجر) does not move the day: "ليل السبت - الأحد" is Saturday–Sunday.
* Spans counted back from ``published`` ("قبل ثلاثة أيام", "الأيام الماضية", "الأيام
  الثلاثة الماضية"): see ``rasid.resolve.counted``.
* "النصف/الثلث/الربع الأول … الأخير من" a year: its months split in two, three or four; of a
  month: its days split so, the last part taking the remainder (النصف الثاني من أيار = 16–31).
  "… من العام" without a relative word is the published year.
* مطلع/منتصف/أواخر a Hijri month (مطلع شهر رمضان): its days 1–10, 11–20, 21 to its end. Named
  holy days (يوم عرفة، عاشوراء، المولد النبوي، ليلة القدر as the 27th of Ramadan): that day,
  the year chosen as for a Hijri month (``rasid.resolve.feasts``).
* A decade (التسعينيات، ثمانينات القرن الماضي) is its ten years, of the 20th century unless a
  century is named; with مطلع/منتصف/أواخر its years 0–3, 4–6 or 7–9. Not "في الستينيات من عمره".
* Seasons: spring = March–May, summer June–August, autumn September–November, winter Y =
  December Y−1 to February Y. "الأسبوع الأول/…/الأخير من أيار" = days 1–7, 8–14 … last 7.
* "في وقت سابق هذا الشهر/الأسبوع/العام" → the period's first day to ``published``−1. Numeric
  dates: y/m/d when the year is first, else d/m/y (m/d/y only when the second number cannot be
  a month). A relative expression with no ``published`` is None; so is an impossible date.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from rasid.arabic.calendar import (
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    WEEKDAYS,
    add_months,
    hijri_month_interval,
    hijri_to_gregorian,
    hijri_year_interval,
    month_interval,
    pick_year,
    said_hijri_year,
    weekday_year,
    word_number,
)
from rasid.model import DateRef, Interval
from rasid.recognise.timex import PERIODS, Timex, parse_timexes, relative_sign
from rasid.recognise.timex_patterns import CENTURIES, DECADES
from rasid.resolve.counted import ago, last_n, recent
from rasid.resolve.feasts import feast, holy_day

Pair = tuple[date, date]
_DAY = timedelta(days=1)


def _key(s: str) -> str:
    return " ".join(s.split())


def _year_for(m: int, d: int | None, g: dict, pub: date | None, p: str = "") -> int | None:
    if g.get(p + "year"):
        return int(g[p + "year"])
    if pub is None:
        return None
    if g.get(p + "yrel"):
        return pub.year + (relative_sign(g[p + "yrel"]) or 0)
    y = pick_year(m, d, relative_sign(g.get("rel")), pub.year, pub.month, pub.day)
    return y if g.get("rel") or d is None else weekday_year(y, m, d, g.get("x", ""), pub)  # "الأربعاء 7 حزيران"


def _month(g: dict, p: str = "") -> int:
    return GREGORIAN_MONTHS[_key(g[p + "mon"])]


def _day(g: dict) -> int | None:
    raw = g.get("day") or g.get("dayw")
    return word_number(raw) if raw else None


def _period(unit: str, s: int, pub: date) -> Pair:
    """The whole week/month/year ``s`` periods from the one containing ``pub``."""
    if unit == "الاسبوع":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=s)
        return monday, monday + timedelta(days=6)
    if unit == "الشهر":
        return month_interval(*add_months(pub.year, pub.month, s))
    y = pub.year + s
    return date(y, 1, 1), date(y, 12, 31)


def _slice(iv: Pair, part: int, unit: str) -> Pair:
    a, b = iv
    if unit == "الاسبوع":
        bounds = ((0, 1), (2, 3), (4, 6))[part]
        return a + timedelta(days=bounds[0]), a + timedelta(days=bounds[1])
    if unit == "month":
        first, last = ((1, 10), (11, 20), (21, b.day))[part]
        return a.replace(day=first), a.replace(day=last)
    months = ((1, 4), (5, 8), (9, 12))[part]
    return month_interval(a.year, months[0])[0], month_interval(a.year, months[1])[1]


def _unit_of(word: str) -> str:
    for w in _key(word).split():
        if w in ("الاسبوع", "الشهر"):
            return w
    return "العام"


# --- one resolver per timex kind ------------------------------------------------------------

def _dmy(g: dict, pub: date | None) -> Pair | None:
    m, d = _month(g), _day(g)
    y = _year_for(m, d, g, pub)
    if y is None or d is None:
        return None
    first = int(g["day0"]) if g.get("day0") else d
    return date(y, m, first), date(y, m, d)


def _dm_rel(g: dict, pub: date | None) -> Pair | None:
    d = _day(g)
    if pub is None or d is None:
        return None
    s = 0 if g.get("cur") else relative_sign(g.get("rel"))
    y, m = add_months(pub.year, pub.month, s or 0)
    return date(y, m, d), date(y, m, d)


def _my(g: dict, pub: date | None) -> Pair | None:
    m, last = _month(g), _month(g, "to" if g.get("tomon") else "")  # "شهري آذار ونيسان": the
    y = _year_for(last, None, g, pub)  # year written (or chosen) is the last month's
    return None if y is None else (month_interval(y - (m > last), m)[0], month_interval(y, last)[1])


def _period_expr(g: dict, pub: date | None) -> Pair | None:
    part = PERIODS[g["pp"]]
    if g.get("mon"):
        iv = _my(g, pub)
        return None if iv is None else _slice(iv, part, "month")
    if g.get("hm"):  # مطلع شهر رمضان: days 1–10 of the Hijri month, 11–20, 21 to its end
        iv = _hijri({"hm": g["hm"], "hy": g.get("hy"), "rel": g.get("hrel")}, pub)
        if iv is None:
            return None
        return iv[0] + 10 * part * _DAY, iv[1] if part == 2 else iv[0] + (10 * part + 9) * _DAY
    if g.get("year2"):
        y = int(g["year2"])
        return _slice((date(y, 1, 1), date(y, 12, 31)), part, "year")
    if pub is None:
        return None
    unit = _unit_of(g.get("unit") or g["unitd"])
    s = relative_sign(g.get("urel")) if g.get("unit") else 0
    iv = _period(unit, s or 0, pub)
    return _slice(iv, part, "month" if unit == "الشهر" else unit)


def _week_of(g: dict, pub: date | None) -> Pair | None:
    if g.get("mon"):
        iv = _my(g, pub)
    elif pub is None:
        return None
    else:
        iv = _period("الشهر", 0 if g.get("cur") else (relative_sign(g.get("mrel")) or 0), pub)
    if iv is None:
        return None
    a, b = iv
    if g["nth"] == "الاخير":
        return b - 6 * _DAY, b
    k = ("الاول", "الثاني", "الثالث", "الرابع").index(g["nth"])
    return a + 7 * k * _DAY, a + (7 * k + 6) * _DAY


_SEASONS = {"ربيع": (3, 5), "صيف": (6, 8), "خريف": (9, 11), "شتاء": (12, 2)}


def _season(g: dict, pub: date | None) -> Pair | None:
    first, last = _SEASONS[g["season"].removeprefix("ال")]

    def span(y: int) -> Pair:  # winter Y runs from December Y-1 to February Y
        return (date(y - 1 if first == 12 else y, first, 1),
                month_interval(y, last)[1])

    if g.get("year"):
        return span(int(g["year"]))
    if pub is None:
        return None
    if g.get("yrel"):
        return span(pub.year + (relative_sign(g["yrel"]) or 0))
    s = relative_sign(g.get("rel"))
    y = pub.year if s != 1 else pub.year + 1
    if s is not None and s < 0:
        while span(y)[1] >= pub:
            y -= 1
        y -= 1 if s == -2 else 0
    return span(y)


def _unit(g: dict, pub: date | None) -> Pair | None:
    if pub is None:
        return None
    word = g.get("unit") or g["unitd"]
    s = relative_sign(g["rel"]) if g.get("unit") else 0
    a, b = _period(_unit_of(word), s or 0, pub)
    return (a, max(a, min(b, pub))) if s == 0 else (a, b)


_RDAY = {"امس": -1, "الامس": -1, "البارحه": -1, "الليله الماضيه": -1, "امس الاول": -2, "اول امس": -2,
         "اول من امس": -2, "اليوم": 0, "الليله": 0, "غدا": 1, "غد": 1, "الغد": 1, "بعد غد": 2, "بعد الغد": 2}


#: A bare weekday that is the published weekday means the published day itself. spec/GOLD.md
#: says "the most recent such day before published", but its gold annotations read "قال …
#: الأحد" in an article of a Sunday as that Sunday (the article's own chronology); set False
#: for the literal rule. With "الماضي" the weekday is always strictly before.
BARE_WEEKDAY_SAME_DAY = True


def _rday(g: dict, pub: date | None) -> Pair | None:
    if pub is None:
        return None
    d = pub + timedelta(days=(off := _RDAY[_key(g["rday"])]))
    if g.get("wd"):  # "صباح اليوم (الخميس)" in a Friday paper: the weekday wins (±3 days), on
        delta = (WEEKDAYS[g["wd"]] - d.weekday()) % 7  # the paper's side أمس and غدا say it is
        ahead, back = d + timedelta(days=delta), d + timedelta(days=delta - 7)  # a day's slack
        d = ahead if delta <= 3 and not off < 0 < (ahead - pub).days - 1 or off > 0 and (pub - back).days > 1 else back
    return d, d


def _wd(g: dict, pub: date | None) -> Pair | None:
    if pub is None:
        return None
    w = WEEKDAYS[g["wd"]]
    s = relative_sign(g.get("rel"))
    if s == 1:
        day = pub + timedelta(days=(w - pub.weekday()) % 7 or 7)
    else:
        back = (pub.weekday() - w) % 7
        if back == 0 and (s is not None or not BARE_WEEKDAY_SAME_DAY):
            back = 7
        day = pub - timedelta(days=back)
        if s == -2:
            day -= timedelta(days=7)
    end = day
    if g.get("wd2"):
        end = day + timedelta(days=(WEEKDAYS[g["wd2"]] - w) % 7)
        if s != 1 and end > pub:  # "يومي الخميس والجمعة" said on Thursday: last week's pair
            day, end = day - timedelta(days=7), end - timedelta(days=7)
    return day, end


def _earlier(g: dict, pub: date | None) -> Pair | None:
    if pub is None:
        return None
    if _key(g["unit"]) == "اليوم":
        return pub, pub
    a, _ = _period(_unit_of(g["unit"]), 0, pub)
    return (a, pub - _DAY) if pub > a else (pub, pub)


def _numeric(g: dict, pub: date | None) -> Pair | None:
    if g.get("a"):
        y, m, d = int(g["a"]), int(g["b"]), int(g["c"])
    else:
        d, m, y = (int(g["g"]), int(g["h"]), 0) if g.get("g") else (int(g["d"]), int(g["e"]), int(g["f"]))
        d, m = (m, d) if m > 12 >= d else (d, m)
        if not y and pub is not None and m <= 12:  # "يوم 5/10": the year as for "5 تشرين الأول"
            y = _year_for(m, d, {}, pub) or 0
    if 1300 <= y < 1500:  # 1445/9/1 هـ
        day = hijri_to_gregorian(y, m, d)
        return None if day is None else (day, day)
    return (date(y, m, d),) * 2 if 1800 <= y <= 2100 else None


def _year(g: dict, pub: date | None) -> Pair | None:
    y1 = int(g["y1"])
    y2 = int(g["y2"]) if g.get("y2") else y1
    return (date(y1, 1, 1), date(y2, 12, 31)) if y2 >= y1 else None


def _hijri(g: dict, pub: date | None) -> Pair | None:
    m = HIJRI_MONTHS[_key(g["hm"])]
    d = _day(g)
    y = int(g["hy"]) if g.get("hy") else said_hijri_year(m, d, relative_sign(g.get("rel")), pub)
    if y is None:
        return None
    if d is None:
        return hijri_month_interval(y, m)
    day = hijri_to_gregorian(y, m, d)
    return None if day is None else (day, day)


def _hyear(g: dict, pub: date | None) -> Pair | None:
    return hijri_year_interval(int(g["hy"]))


_FRACTIONS = {"النصف": 2, "الثلث": 3, "الربع": 4}
_NTH = ("الاول", "الثاني", "الثالث", "الرابع")


def _part(g: dict, pub: date | None) -> Pair | None:
    k = _FRACTIONS[g["frac"]]
    i = k - 1 if g["nth"] == "الاخير" else _NTH.index(g["nth"])
    if i >= k:
        return None
    if g.get("mon"):
        iv = _my(g, pub)
    elif g.get("mrel") or g.get("mcur"):
        iv = None if pub is None else _period("الشهر", relative_sign(g.get("mrel")) or 0, pub)
    else:
        if g.get("fyear"):
            y = int(g["fyear"])
        elif pub is None:
            return None
        else:
            y = pub.year + (relative_sign(g.get("fyrel")) or 0)
        size = 12 // k
        return month_interval(y, 1 + i * size)[0], month_interval(y, (i + 1) * size)[1]
    if iv is None:
        return None
    a, b = iv
    size = b.day // k
    return a + i * size * _DAY, b if i == k - 1 else a + ((i + 1) * size - 1) * _DAY


def _decade(g: dict, pub: date | None) -> Pair | None:
    century = 1900
    if g.get("cent"):
        named = CENTURIES[_key(g["cent"]).replace(" و ", " و")]
        if named is None and pub is None:
            return None
        century = named if named is not None else (
            pub.year // 100 * 100 - (100 if relative_sign(g["cent"]) == -1 else 0))
    first = century + 10 * DECADES[g["dec"]]
    lo, hi = ((0, 3), (4, 6), (7, 9))[PERIODS[g["pp"]]] if g.get("pp") else (0, 9)
    return date(first + lo, 1, 1), date(first + hi, 12, 31)


_RESOLVERS = {"dmy": _dmy, "dm_rel": _dm_rel, "my": _my, "mm": _my, "period": _period_expr, "unit": _unit,
              "recent": recent, "rday": _rday, "wd": _wd, "ago": ago, "earlier": _earlier,
              "week_of": _week_of, "season": _season, "part": _part, "decade": _decade,
              "last_n": last_n,
              "numeric": _numeric, "year": _year, "pyear": _year, "yrange": _year, "hijri": _hijri,
              "hyear": _hyear, "feast": lambda g, pub: feast(g, pub, relative_sign(g.get("rel"))),
              "holy": lambda g, pub: holy_day(g, pub, relative_sign(g.get("rel")))}


# --- API ------------------------------------------------------------------------------------

def _as_date(published: date | datetime | None) -> date | None:
    if isinstance(published, datetime):
        return published.date()
    return published


def resolve_timex(timex: Timex, published: date | None) -> Interval | None:
    """The interval a recognised expression denotes, or None."""
    try:
        pair = _RESOLVERS[timex.kind](timex.parts, _as_date(published))
        return None if pair is None else Interval(*pair)
    except (ValueError, KeyError, OverflowError):
        return None


def resolve_date(expr: str, published: date | None) -> Interval | None:
    """The interval a temporal expression denotes relative to ``published`` (None if it cannot
    be resolved, e.g. a relative expression without a publication date)."""
    found = parse_timexes(expr)
    if not found:
        return None
    best = max(found, key=lambda t: (t.end - t.start, -t.start))
    return resolve_timex(best, published)


def find_dates(text: str, published: date | None, start: int = 0,
               end: int | None = None) -> list[DateRef]:
    """Resolved temporal expressions of ``text[start:end]``, in text order."""
    out: list[DateRef] = []
    for t in parse_timexes(text, start, end):
        iv = resolve_timex(t, published)
        if iv is not None:
            out.append(DateRef(t.start, t.end, text[t.start : t.end], iv))
    return out


def date_json(interval: Interval | None) -> dict[str, str] | None:
    """``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}`` for the CLI and the output records."""
    if interval is None:
        return None
    return {"start": interval.start.isoformat(), "end": interval.end.isoformat()}
