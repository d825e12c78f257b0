"""Calendar words of Arabic news text and Hijri conversion.

Every table is keyed by the *matching form* (``rasid.arabic.normalize``) of the word or phrase,
written by hand from the standard Arabic month, weekday and number names:

* Gregorian months in the Egyptian/Gulf transliteration (يناير …), the Levantine/Iraqi names
  (كانون الثاني …, Iraqi مايس) and the Maghrebi French/Moroccan forms (جانفي، فيفري، أفريل،
  ماي، جوان، جويلية، أوت؛ يوليوز، غشت، شتنبر، نونبر، دجنبر);
* Hijri months with their common variants (المحرم، ربيع الآخر، جمادى الآخرة، ذي الحجة …);
* weekdays (Python numbering, Monday = 0);
* ordinal day words (الأول … الحادي والثلاثين) and cardinal number words (واحد … ثلاثون).

Hijri dates convert to Gregorian with ``hijridate`` (Umm al-Qura, 1343–1500 AH).
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from rasid.arabic.normalize import normalize


def _table(rows: dict[int, str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for value, names in rows.items():
        for name in names.split("،"):
            out[normalize(name.strip())] = value
    return out


GREGORIAN_MONTHS: dict[str, int] = _table({
    1: "يناير، كانون الثاني، كانون ثاني، جانفي، جانفييه، يناير",
    2: "فبراير، فبرایر، فبرير، شباط، فيفري، فبراير",
    3: "مارس، آذار، اذار",
    4: "أبريل، ابريل، إبريل، نيسان، أفريل، افريل",
    5: "مايو، أيار، ايار، ماي، مايس",
    6: "يونيو، يونيه، حزيران، جوان",
    7: "يوليو، يوليه، تموز، جويلية، جويليه، يوليوز",
    8: "أغسطس، اغسطس، آب، اب، أوت، اوت، غشت",
    9: "سبتمبر، أيلول، ايلول، شتنبر",
    10: "أكتوبر، اكتوبر، تشرين الأول، تشرين اول، أكتوبر",
    11: "نوفمبر، تشرين الثاني، تشرين ثاني، نونبر",
    12: "ديسمبر، كانون الأول، كانون اول، دجنبر",
})

HIJRI_MONTHS: dict[str, int] = _table({
    1: "محرم، المحرم",
    2: "صفر",
    3: "ربيع الأول، ربيع أول، ربيع الاول",
    4: "ربيع الثاني، ربيع الآخر، ربيع ثاني، ربيع آخر، ربيع الاخر",
    5: "جمادى الأولى، جمادى الأول، جمادي الاولى، جمادى الاولى",
    6: "جمادى الثانية، جمادى الآخرة، جمادى الآخر، جمادى الثاني، جمادي الاخرة",
    7: "رجب",
    8: "شعبان",
    9: "رمضان",
    10: "شوال",
    11: "ذو القعدة، ذي القعدة، ذا القعدة",
    12: "ذو الحجة، ذي الحجة، ذا الحجة",
})

#: The first word of every month name (matching forms: "تشرين" of تشرين الأول), less صفر, which
#: is also "zero": after a number it makes the number a day of the month ("5 آذار").
MONTH_WORDS = frozenset(k.split()[0] for k in (*GREGORIAN_MONTHS, *HIJRI_MONTHS)) - {"صفر"}

#: Python weekday numbers (Monday = 0).
WEEKDAYS: dict[str, int] = _table({
    0: "الاثنين، الإثنين، الأثنين، الاتنين",
    1: "الثلاثاء، الثلاثا",
    2: "الأربعاء، الاربعاء، الأربعا",
    3: "الخميس",
    4: "الجمعة",
    5: "السبت",
    6: "الأحد، الاحد",
})

_UNITS = ["", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
          "التاسع"]
_ORD_1_10 = ["", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
             "الثامن", "التاسع", "العاشر"]


def _ordinals() -> dict[str, int]:
    out: dict[str, int] = {}
    for n in range(1, 11):
        out[_ORD_1_10[n]] = n
    out["الواحد"] = 1
    for n in range(11, 20):
        out[f"{_UNITS[n - 10]} عشر"] = n
    out["الحادية عشرة"] = 11
    out["العشرين"] = 20
    out["الثلاثين"] = 30
    for tens, name in ((20, "العشرين"), (30, "الثلاثين")):
        for u in range(1, 10 if tens == 20 else 2):
            out[f"{_UNITS[u]} و{name}"] = tens + u
            if u == 1:
                out[f"الواحد و{name}"] = tens + 1
    return {normalize(k): v for k, v in out.items()}


#: Ordinal day words, masculine (اليوم الخامس عشر), in matching form.
ORDINALS: dict[str, int] = _ordinals()

_CARD_1_10 = {
    1: "واحد، واحدة، أحد", 2: "اثنان، اثنين، اثنتين، اثنتان", 3: "ثلاثة، ثلاث",
    4: "أربعة، أربع", 5: "خمسة، خمس", 6: "ستة، ست", 7: "سبعة، سبع", 8: "ثمانية، ثماني، ثمان",
    9: "تسعة، تسع", 10: "عشرة، عشر",
}


def _cardinals() -> dict[str, int]:
    out = _table(_CARD_1_10)
    teens = {11: "أحد عشر، إحدى عشرة، احدى عشر", 12: "اثنا عشر، اثني عشر، اثنتي عشرة، اثنتا عشرة"}
    for n in range(13, 20):
        a, b = _CARD_1_10[n - 10].split("، ")[:2]
        teens[n] = f"{a} عشر، {b} عشرة، {a} عشرة، {b} عشر"
    out |= _table(teens)
    for tens, names in ((20, ("عشرون", "عشرين")), (30, ("ثلاثون", "ثلاثين"))):
        for name in names:
            out[normalize(name)] = tens
            for u in range(1, 10):
                for word in _CARD_1_10[u].split("، "):
                    out[normalize(f"{word} و{name}")] = tens + u
    return out


#: Cardinal number words 1–39 (both genders, nominative and oblique), in matching form.
CARDINALS: dict[str, int] = _cardinals()


#: The Eids (matching forms of the word after عيد) → (Hijri month, first day, days of the holiday).
FEASTS = {"الفطر": (10, 1, 3), "الاضحي": (12, 10, 4)}
#: Words before عيد (matching forms) → which day of the feast, from the first (-1: the eve).
FEAST_PARTS = {"عشيه": -1, "ليله": -1, "يوم": 0, "صباح": 0, "اول ايام": 0, "ثاني ايام": 1,
               "ثالث ايام": 2, "رابع ايام": 3}


#: Named days of the Hijri year (matching forms) → (Hijri month, day). ليلة القدر is put on the
#: 27th of Ramadan, as it is most often marked.
HOLY_DAYS = {"يوم عرفه": (12, 9), "عاشوراء": (1, 10), "المولد النبوي": (3, 12),
             "راس السنه الهجريه": (1, 1), "ليله القدر": (9, 27), "ليله النصف من شعبان": (8, 15)}


def word_number(text: str) -> int | None:
    """Value of a day/number written in digits, ordinal or cardinal words ("الخامس عشر")."""
    key = " ".join(normalize(text).split()).replace("و ", "و")
    if key.startswith("ال") and key[2:].isdigit():
        key = key[2:]
    if key.isdigit():
        return int(key)
    return ORDINALS.get(key, CARDINALS.get(key))


def month_length(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def month_interval(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, month_length(year, month))


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) shifted by ``n`` months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def pick_year(m: int, d: int | None, s: int | None, py: int, pm: int, pd: int) -> int:
    """Year of month ``m`` (day ``d``) said on (py, pm, pd) with relative sign ``s``.

    ``s``: None (no word: not after the published month), -1 past (strictly before), 0
    current (the published year), 1 next (strictly after), -2 before last. Works for Hijri too.
    """
    if s == 0:
        return py
    if s == -2:
        return pick_year(m, d, -1, py, pm, pd) - 1
    if s == -1:
        if d:
            return py if (m, d) < (pm, pd) else py - 1
        return py if m < pm else py - 1
    if s == 1:
        if d:
            return py if (m, d) > (pm, pd) else py + 1
        return py if m > pm else py + 1
    return py if m <= pm else py - 1


def weekday_year(y: int, m: int, d: int, written: str, published: date) -> int:
    """The year ``y`` of day ``d`` of month ``m``, or the year after or before it when only that
    one falls on a weekday named in ``written`` ("الأربعاء 7 حزيران" said on 10 May 2023 is 7 June
    2023, a Wednesday, and not 7 June 2022, a Tuesday), within half a year of ``published``."""
    days = [WEEKDAYS[w] for w in normalize(written).split() if w in WEEKDAYS]
    if not days or _weekday(y, m, d) in (days[0], None):
        return y
    for alt in (y + 1, y - 1):
        if _weekday(alt, m, d) == days[0] and abs((date(alt, m, d) - published).days) <= 183:
            return alt
    return y


def _weekday(y: int, m: int, d: int) -> int | None:
    try:
        return date(y, m, d).weekday()
    except ValueError:
        return None


def said_hijri_year(month: int, day: int | None, sign: int | None,
                    published: date | None) -> int | None:
    """The Hijri year of a Hijri month (and day) named without a year in a text published on
    ``published`` (see ``pick_year``); None without a publication date."""
    h = to_hijri(published) if published else None
    return None if h is None else pick_year(month, day, sign, *h)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Gregorian date of a Hijri date (Umm al-Qura); None when out of range or invalid."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def hijri_month_interval(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri month."""
    try:
        first = Hijri(year, month, 1)
        g = first.to_gregorian()
        n = first.month_length()
    except (ValueError, OverflowError):
        return None
    start = date(g.year, g.month, g.day)
    return start, start + timedelta(days=n - 1)


def hijri_year_interval(year: int) -> tuple[date, date] | None:
    first = hijri_month_interval(year, 1)
    last = hijri_month_interval(year, 12)
    if first is None or last is None:
        return None
    return first[0], last[1]


def to_hijri(day: date) -> tuple[int, int, int] | None:
    """Hijri (year, month, day) of a Gregorian date; None out of range."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def date_word(norm: str) -> bool:
    """A word (matching form) of a written date: a day's number, a month, a weekday, the era's
    letter ("الأحد 10 شوال 1444 هـ")."""
    return norm.isdigit() or norm in MONTH_WORDS or norm in WEEKDAYS \
        or "ال" + norm in WEEKDAYS or norm in ("ه", "م")
