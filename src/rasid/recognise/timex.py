"""Arabic temporal expressions: where they are in a text, and what kind they are.

The text is read through an *analysis string*: its matching form (``normalize``), with runs of
spaces made one, a space put between letters and digits (``سبتمبر2017``), and proclitics split
off words that begin a temporal expression (``وأمس`` → ``و امس``, ``للعام`` → ``ل العام``).
Each analysis character keeps the offset of the original character it comes from, so the
spans returned are offsets into the original text. Regular expressions over that string find
the expressions; every pattern names the span it reports as group ``x``.

Span convention: a leading preposition (في، منذ، خلال، حتى، بحلول) and attached proclitics
(و ف ب ل) are *not* part of the span; the fixed phrase "في وقت سابق" is. Weekdays and parts of
the day that come with a date are inside it ("مساء الخميس 12 أيار"), as are "يوم", "شهر",
"عام" and a year suffix (م، هـ).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rasid.arabic.calendar import (
    CARDINALS,
    FEAST_PARTS,
    FEASTS,
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    ORDINALS,
    WEEKDAYS,
)
from rasid.arabic.chars import WORD_RE
from rasid.arabic.normalize import normalize
from rasid.recognise.anchored import anchored_finditer, reach

PAST = ("الماضي", "الماضيه", "الفائت", "الفائته", "المنصرم", "المنصرمه", "المنقضي",
        "المنقضيه", "السابق", "السابقه")
CUR = ("الحالي", "الحاليه", "الجاري", "الجاريه")
NEXT = ("المقبل", "المقبله", "القادم", "القادمه")
BEFORE_LAST = ("قبل الماضي", "قبل الماضيه", "ما قبل الماضي", "ما قبل الماضيه")
PARTS = ("منتصف ليل", "منتصف ليله", "فجر", "صباح", "صبيحه", "ظهر", "ظهيره", "عصر", "مساء",
         "ليل", "ليله", "غروب", "عشيه", "ضحي")
PERIODS = {"مطلع": 0, "اوايل": 0, "بدايه": 0, "بدايات": 0, "مستهل": 0, "منتصف": 1,
           "اواسط": 1, "وسط": 1, "اواخر": 2, "نهايه": 2, "اخر": 2, "ختام": 2, "اخير": 2}
PREPS = ("في", "منذ", "خلال", "حتي", "بحلول")
VAGUE_N = ("عده", "بضعه", "بضع")
PAST, CUR, NEXT, BEFORE_LAST, PARTS, PREPS = (tuple(normalize(w) for w in ws) for ws in (
    PAST, CUR, NEXT, BEFORE_LAST, PARTS, PREPS))
PERIODS = {normalize(k): v for k, v in PERIODS.items()}


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression: original offsets, its pattern kind and its (normalised) parts."""

    start: int
    end: int
    kind: str
    parts: dict[str, str] = field(default_factory=dict, compare=False)


def _alt(words) -> str:
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        e = re.escape(w).replace("\\ ", " ")
        out.append(re.sub(r" و(?=\S)", " و ?", e))  # "الحادي والعشرين" or "الحادي و العشرين"
    return "|".join(out)


_E = r"(?!\w)"
WD = f"(?:{_alt(WEEKDAYS)})(?! عشر){_E}"
GM = f"(?:{_alt(GREGORIAN_MONTHS)}){_E}"
HM = f"(?:{_alt(HIJRI_MONTHS)}){_E}"
ORD = f"(?:{_alt(ORDINALS)}){_E}"
CARD = f"(?:{_alt(CARDINALS)}){_E}"
REL = f"(?:{_alt(PAST + CUR + NEXT + BEFORE_LAST)}){_E}"
PART = f"(?:(?:بعد|قبيل|قبل) )?(?:{_alt(PARTS)}){_E}"
PP = f"(?:{_alt(PERIODS)}){_E}"
PREP = f"(?:{_alt(PREPS)}){_E}"
YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
YSUF = r"(?:(?: ?م| ميلادي| ميلاديه| للميلاد)(?!\w))?"
HSUF = r"(?: ?(?:ه|هجري|هجريه|للهجره)(?!\w))"
WDP = f"(?:(?:{PART} )?(?:يوم )?{WD} ?[،,]? (?:الموافق )?)?"
UNIT_CUR = (f"(?:هذا (?:الاسبوع|الشهر|العام)|هذه السنه|(?:الاسبوع|الشهر|العام|السنه) "
            f"(?:{_alt(CUR)}))")


def _mon(p: str) -> str:
    return f"(?P<{p}mon>{GM})(?:(?: ?[/\\\\(\\-–] ?| )(?P<{p}monb>{GM})(?: ?\\))?)?"


def _yspec(p: str) -> str:
    return (f"(?: ?[،,]? (?:من |في )?(?:(?:ال)?عام |(?:ال)?سنه )?(?P<{p}year>{YEAR}){YSUF}"
            f"| (?:من |في )?(?P<{p}yrel>هذا العام|هذه السنه|(?:العام|السنه) {REL}))")


def _day(p: str, need_min: bool = True) -> str:
    m = " من" if need_min else "(?: من)?"
    return (f"(?:(?:ال ?)?(?P<{p}day>\\d{{1,2}})(?!\\d)(?: من)?|(?P<{p}dayw>{ORD}){m})"
            f"(?: شهر)?")


_PATTERNS: dict[str, str] = {
    # 12 أيار 2023 | الخميس 12 من أيار الحالي | 12 و13 تموز/يوليو | الخامس عشر من أيار
    "dmy": (f"(?P<x>{WDP}(?:يوم )?(?:(?P<day0>\\d{{1,2}}) ?(?:و|-|–|الي|حتي) ?)?{_day('')} "
            f"{_mon('')}(?:{_yspec('')}| (?P<rel>{REL}))?)"),
    # الخامس من الشهر الجاري | 12 من هذا الشهر
    "dm_rel": (f"(?P<x>{WDP}(?:يوم )?{_day('', False)} (?:من )?"
               f"(?:الشهر (?P<rel>{REL})|(?P<cur>هذا الشهر)))"),
    # أيار 2023 | شهر أيار الماضي | تموز/يوليو الماضي | (في) آذار
    "my": (f"(?:(?P<prep>{PREP}) )?(?P<x>(?P<shahr>شهر )?{_mon('')}"
           f"(?:{_yspec('')}| (?P<rel>{REL}))?)"),
    # مطلع العام الحالي | منتصف ابريل الماضي | أواخر 2016 | نهاية الأسبوع الماضي
    "period": (f"(?P<x>(?P<pp>{PP}) (?:(?:شهر )?{_mon('')}(?:{_yspec('')}| (?P<rel>{REL}))?"
               f"|(?:(?:ال)?عام |(?:ال)?سنه )?(?P<year2>{YEAR}){YSUF}"
               f"|(?P<unit>الاسبوع|الشهر|العام|السنه)(?: (?P<urel>{REL}))?"
               f"|(?P<unitd>هذا الاسبوع|هذا الشهر|هذا العام|هذه السنه)))"),
    # الأسبوع الأول من أيار | الأسبوع الأخير من الشهر الماضي
    "week_of": (f"(?P<x>الاسبوع (?P<nth>الاول|الثاني|الثالث|الرابع|الاخير) من (?:(?:شهر )?"
                f"{_mon('')}(?:{_yspec('')}| (?P<rel>{REL}))?|الشهر (?P<mrel>{REL})"
                f"|(?P<cur>هذا الشهر)))"),
    # صيف 2014 | شتاء العام الماضي | الربيع الماضي
    "season": (f"(?P<x>(?P<season>(?:ال)?(?:صيف|شتاء|ربيع|خريف)) (?:(?:(?:ال)?عام |(?:ال)?سنه )?"
               f"(?P<year>{YEAR}){YSUF}|(?:من )?(?P<yrel>هذا العام|هذه السنه|(?:العام|السنه) "
               f"{REL})|(?P<rel>{REL})))"),
    # الأسبوع الماضي | العام المقبل | هذا الشهر
    "unit": (f"(?P<x>(?P<unit>الاسبوع|الشهر|العام|السنه) (?P<rel>{REL})"
             f"|(?P<unitd>هذا الاسبوع|هذا الشهر|هذا العام|هذه السنه))"),
    # الأيام الماضية | الأسابيع الأخيرة | الساعات الماضية
    "recent": (f"(?P<x>(?P<unit>(?:ال ?)?(?:ايام|اسابيع|ساعات|(?:24|48) ساعه)) "
               f"(?:القليله )?(?:الماضيه|الاخيره|المنصرمه|السابقه|الفايته|القليله الماضيه){_E})"),
    # أمس | صباح اليوم (الخميس) | أمس الجمعة | ليلة أمس | أول أمس
    "rday": (f"(?P<x>(?:(?P<part>{PART}) )?(?P<yawm>(?:يوم|نهار) )?(?P<rday>امس الاول|اول امس|"
             f"اول من امس|امس|الامس|البارحه|اليوم|الليله الماضيه|الليله|غدا|غد|الغد){_E}"
             f"(?! (?:التالي|السابق|نفسه|ذاته|الوطني|العالمي|الدولي|الاخير|الموعود|الاخر|"
             f"الواحد|{ORD})(?!\\w))"
             f"(?:(?: ?\\( ?| ?[،,-] ?| )(?P<wd>{WD})(?: ?\\))?)?)"),
    # الخميس | يوم الجمعة الماضي | مساء الأحد | ليل السبت - الأحد | الخميس المقبل
    "wd": (f"(?P<x>(?:(?P<part>{PART}) )?(?:(?:يوم|يومي|نهار) )?(?P<wd>{WD})"
           f"(?:(?: ?[-–/] ?| | و ?)(?P<wd2>{WD}))?(?: (?P<rel>{REL}))?)"),
    # قبل ثلاثة أيام | منذ يومين | قبل عدة أسابيع | قبل أيام قليلة | منذ 3 سنوات
    "ago": (f"(?P<x>(?P<ago>قبل|منذ) (?:نحو |حوالي |زهاء |قرابه |ما يقرب من |اكثر من |اقل من |"
            f"ما يزيد عن |ما يزيد علي )?(?:(?P<n>\\d{{1,3}}|{CARD}|عده|بضعه|بضع) )?"
            f"(?P<unit>يوم|يوما|ايام|يومين|اسبوع|اسبوعا|اسابيع|اسبوعين|شهر|شهرا|اشهر|شهور|"
            f"شهرين|عام|عاما|اعوام|عامين|سنه|سنوات|سنين|سنتين|ساعه|ساعات|ساعتين|"
            f"دقيقه|دقايق){_E}(?: (?:قليله|معدوده|قلايل){_E})?)(?! (?:من|علي|عن)(?!\\w))"),
    # في وقت سابق هذا الشهر | في وقت سابق اليوم
    "earlier": f"(?P<x>في وقت سابق (?:من )?(?P<unit>{UNIT_CUR}|اليوم){_E})",
    # 2017/6/1 | 1/6/2017 | 2017-06-01 | ١٢/٥/٢٠٢٣
    "numeric": (r"(?<![\d/.\-])(?P<x>(?P<a>\d{4})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<c>\d{1,2})"
                r"|(?P<d>\d{1,2})(?P<s2>[/.\-])(?P<e>\d{1,2})(?P=s2)(?P<f>\d{4}))(?![\d/]|[.\-]\d)"),
    # عام 2014 | العام 2014 | عامي 2014 و2015
    "year": (f"(?P<x>(?:(?:ال)?عام|(?:ال)?سنه|عامي|العامين) (?P<y1>{YEAR})"
             f"(?: ?(?:و|-|–|الي|حتي) ?(?P<y2>{YEAR}))?{YSUF})"),
    # في 2011 | منذ 2014
    "pyear": f"(?P<prep>{PREP}) (?P<x>(?P<y1>{YEAR}){YSUF})(?! ?[/.\\-]\\d)",
    # 15 رمضان 1445 هـ | شهر رمضان الماضي | الأول من محرم
    "hijri": (f"(?:(?P<prep>{PREP}) )?(?P<x>{WDP}(?:{_day('')} )?(?P<shahr>شهر )?(?P<hm>{HM})"
              f"(?: (?:من )?(?:(?:ال)?عام |سنه )?(?P<hy>1[34]\\d\\d)(?!\\d){HSUF}?"
              f"| (?P<rel>{REL}))?)"),
    # عام 1445 هـ
    "hyear": f"(?P<x>(?:(?:ال)?عام |سنه )?(?P<hy>1[34]\\d\\d){HSUF})",
    # عيد الفطر | عشية عيد الأضحى | ثاني أيام عيد الفطر المبارك | عيد الأضحى الماضي
    "feast": (f"(?P<x>(?:(?P<fpart>{_alt(FEAST_PARTS)}) )?عيد (?P<feast>{_alt(FEASTS)}){_E}"
              f"(?: (?:المبارك|السعيد){_E})?(?: (?:من )?(?:(?:ال)?عام |سنه )?"
              f"(?P<hy>1[34]\\d\\d)(?!\\d){HSUF}?| (?P<rel>{REL}))?)"),
}
_COMPILED = {k: re.compile(v) for k, v in _PATTERNS.items()}

#: What every match of a pattern contains (a month name, a weekday, a year …). Only the text
#: near an anchor is searched: the same matches as ``finditer`` on the whole string, faster.
_ANCHORS: dict[str, str] = {
    "dmy": f" {GM}", "dm_rel": "الشهر", "my": GM, "period": PP, "week_of": "الاسبوع ",
    "season": "صيف|شتاء|ربيع|خريف", "unit": "الاسبوع|الشهر|العام|السنه",
    "recent": "ايام|اسابيع|ساعات|ساعه", "rday": "امس|البارحه|اليوم|الليله|غد",
    "wd": WD, "ago": "قبل|منذ", "earlier": "في وقت سابق", "numeric": r"\d[/.\-]\d",
    "year": YEAR, "pyear": YEAR, "hijri": HM, "hyear": r"1[34]\d\d", "feast": "عيد ",
}


_WINDOWED = {k: (re.compile(_ANCHORS[k]), w) for k, v in _PATTERNS.items()
             if (w := reach(v)) is not None}


def _finditer(kind: str, s: str) -> Iterator[re.Match[str]]:
    """``_COMPILED[kind].finditer(s)``, searching only near the pattern's anchors."""
    if kind not in _WINDOWED:
        return _COMPILED[kind].finditer(s)
    return anchored_finditer(_COMPILED[kind], *_WINDOWED[kind], s)


#: An ordinal after these words is not a day of the month ("الأسبوع الأول من الشهر الجاري").
_NOT_DAY_BEFORE = frozenset({"الاسبوع", "النصف", "الربع", "الثلث", "العقد", "الفصل", "الجزء",
                             "الاسبوعين", "الشهر", "العام", "المرحله", "الجوله"})


def _valid(kind: str, g: dict[str, str], before: str) -> bool:
    if g.get("dayw") and before in _NOT_DAY_BEFORE:
        return False
    if kind == "my":
        return any(g.get(k) for k in ("prep", "shahr", "monb", "year", "yrel", "rel"))
    if kind == "hijri":
        if g.get("day") or g.get("dayw") or g.get("hy") or g.get("rel") or g.get("shahr"):
            return True
        return bool(g.get("prep")) and g["hm"] not in ("صفر", "رجب")
    if kind == "rday" and g["rday"] in ("غد", "الغد"):
        return bool(g.get("part") or g.get("yawm"))
    if kind == "rday" and g["rday"] == "اليوم" and before in ("في", "خلال", "كل", "بحلول"):
        return bool(g.get("part") or g.get("wd"))  # "مليون برميل في اليوم" is per day
    if kind == "ago":
        vague = g.get("n") in VAGUE_N or (not g.get("n") and g["unit"] in (
            "ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام", "سنين", "ساعات", "دقايق"))
        return not (vague and g["unit"] in ("سنوات", "اعوام", "سنين", "عام", "سنه"))
    return True


# --- analysis string ------------------------------------------------------------------------

def _first_words() -> frozenset[str]:
    words = {k.split()[0] for k in (*GREGORIAN_MONTHS, *HIJRI_MONTHS, *WEEKDAYS)}
    words |= {p.split()[0] for p in PARTS} | set(PERIODS) | set(PREPS)
    words |= {"امس", "الامس", "البارحه", "اليوم", "الليله", "غدا", "غد", "الغد", "اول", "يوم",
              "نهار", "يومي", "قبل", "قبيل", "بعد", "عام", "العام", "عامي", "سنه", "السنه", "شهر",
              "الشهر",
              "الاسبوع", "هذا", "هذه", "صيف", "شتاء", "ربيع", "خريف", "الصيف",
              "الشتاء", "الربيع", "الخريف", "الايام", "الاسابيع", "الساعات", "ال", "عيد"}
    words |= {p.split()[0] for p in FEAST_PARTS}
    return frozenset(words)


_VOCAB = _first_words()


@lru_cache(maxsize=50_000)
def _split(word: str) -> tuple[int, bool]:
    """(prefix length, insert alef) for a matching-form word; (0, False) when not split."""
    if word in _VOCAB or len(word) < 3:
        return 0, False
    rest, used = word, 0
    if rest[0] in "وف":
        rest, used = rest[1:], 1
        if rest in _VOCAB:
            return used, False
    if rest[:1] in "بل" and len(rest) > 2:
        if rest.startswith("لل") and "ا" + rest[1:] in _VOCAB:
            return used + 1, True
        if rest[1:] in _VOCAB:
            return used + 1, False
    return 0, False


@lru_cache(maxsize=100_000)
def _word_form(word: str) -> tuple[str, tuple[int, ...]]:
    """The analysis form of one word (a ``WORD_RE`` match) and, for each of its characters,
    the offset in ``word`` of the character it comes from."""
    chars: list[str] = []
    cpos: list[int] = []
    for j, ch in enumerate(word):
        for c in normalize(ch):
            if chars and chars[-1] != " " and chars[-1].isdigit() != c.isdigit():
                chars.append(" ")
                cpos.append(j)
            chars.append(c)
            cpos.append(j)
    form = "".join(chars)
    first = form.split(" ", 1)[0]
    cut, alef = _split(first) if first and not first[0].isdigit() else (0, False)
    if not cut:
        return form, tuple(cpos)
    mark = "ا" if alef else ""
    return (form[:cut] + " " + mark + form[cut:],
            (cpos[0],) * cut + (cpos[cut],) * (1 + len(mark)) + tuple(cpos[cut:]))


@dataclass(frozen=True, slots=True)
class _Offsets:
    """Where each analysis character comes from, kept per piece (a word or one gap
    character): piece ``k`` starts at analysis index ``marks[k]``, and its ``j``-th character
    comes from ``bases[k] + rels[k][j]`` in the text."""

    marks: list[int]
    bases: list[int]
    rels: list[tuple[int, ...]]

    def __getitem__(self, i: int) -> int:
        k = bisect_right(self.marks, i) - 1
        return self.bases[k] + self.rels[k][i - self.marks[k]]

    def as_list(self) -> list[int]:
        return [b + r for b, rel in zip(self.bases, self.rels, strict=True) for r in rel]


_ONE = (0,)


def _analyse(text: str, start: int, end: int) -> tuple[str, _Offsets]:
    out: list[str] = []
    marks: list[int] = []
    bases: list[int] = []
    rels: list[tuple[int, ...]] = []
    size = 0
    space = False  # the last character out is " " or "\n"

    def gap(i: int, j: int) -> None:
        nonlocal space, size
        for k in range(i, j):
            ch = text[k]
            if ch.isspace():
                if space:
                    if ch == "\n":
                        out[-1] = "\n"
                elif out:
                    out.append("\n" if ch == "\n" else " ")
                    marks.append(size)
                    bases.append(k)
                    rels.append(_ONE)
                    size += 1
                    space = True
            elif n := normalize(ch):
                out.append(n)
                marks.append(size)
                bases.append(k)
                rels.append(_ONE * len(n))
                size += len(n)
                space = False

    i = start
    for m in WORD_RE.finditer(text, start, end):
        w0 = m.start()
        if w0 > i:
            if w0 == i + 1 and text[i] == " ":
                if out and not space:
                    out.append(" ")
                    marks.append(size)
                    bases.append(i)
                    rels.append(_ONE)
                    size += 1
                    space = True
            else:
                gap(i, w0)
        form, rel = _word_form(m.group())
        if form:
            out.append(form)
            marks.append(size)
            bases.append(w0)
            rels.append(rel)
            size += len(form)
            space = False
        i = m.end()
    gap(i, end)
    return "".join(out), _Offsets(marks, bases, rels)


def analyse(text: str, start: int = 0, end: int | None = None) -> tuple[str, list[int]]:
    """The analysis string of ``text[start:end]`` and, for each of its characters, the offset
    in ``text`` of the character it comes from."""
    s, offsets = _analyse(text, start, len(text) if end is None else end)
    return s, offsets.as_list()


def _orig_end(text: str, pos: _Offsets, ne: int) -> int:
    e = pos[ne - 1] + 1
    while e < len(text) and not text[e].isspace() and not normalize(text[e]):
        e += 1  # trailing diacritics and tatweel belong to the last letter
    return e


def parse_timexes(text: str, start: int = 0, end: int | None = None) -> list[Timex]:
    """Temporal expressions of ``text[start:end]``: longest, non-overlapping, in text order."""
    s, pos = _analyse(text, start, len(text) if end is None else end)
    if not s:
        return []
    cands: list[tuple[int, int, str, dict]] = []
    for kind in _COMPILED:
        for m in _finditer(kind, s):
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            before = s[max(0, m.start("x") - 20) : m.start("x")].split()
            if m.start("x") == m.end("x") or not _valid(kind, g, before[-1] if before else ""):
                continue
            cands.append((m.start("x"), m.end("x"), kind, g))
    cands.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int, str, dict]] = []
    for c in cands:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    taken.sort()
    return [Timex(pos[a], _orig_end(text, pos, b), kind, g) for a, b, kind, g in taken]


def find_timexes(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (offsets into ``text``) of the temporal expressions inside ``text[start:end]``."""
    return [(t.start, t.end) for t in parse_timexes(text, start, end)]
