"""The grammar of Arabic temporal expressions: word lists and the regular expressions that
``rasid.recognise.timex`` runs over its analysis string (matching forms, so ``ة`` is ``ه`` and
``ى`` is ``ي``). Each pattern names the span it reports as group ``x``; ``ANCHORS`` gives, for
each, what every match contains, so that only the text near an anchor is searched.
"""

from __future__ import annotations

import re

from rasid.arabic.calendar import (
    CARDINALS,
    FEAST_PARTS,
    FEASTS,
    GREGORIAN_MONTHS,
    HIJRI_MONTHS,
    HOLY_DAYS,
    ORDINALS,
    WEEKDAYS,
)
from rasid.arabic.normalize import normalize

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


def _alt(words) -> str:
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        e = re.escape(w).replace("\\ ", " ")
        out.append(re.sub(r" و(?=\S)", " و ?", e))  # "الحادي والعشرين" or "الحادي و العشرين"
    return "|".join(out)


LAST = "(?:الماضيه|الاخيره|المنصرمه|السابقه|الفايته)"
#: Decades (matching forms, both plural spellings) → the tens digit; read as the 20th century's
#: unless a century follows (``CENTURIES``: its first year, or None for "relative to published").
DECADES = {f"{w}{s}": d for d, w in enumerate(
    ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"), start=2)
    for s in ("يات", "ات")}
CENTURIES = {"الماضي": None, "الحالي": None, "العشرين": 1900, "ال 20": 1900,
             "التاسع عشر": 1800, "ال 19": 1800, "الحادي والعشرين": 2000, "ال 21": 2000}


def relative_sign(rel: str | None) -> int | None:
    """-2 before last, -1 past, 0 current, +1 next; None when there is no relative word."""
    if not rel:
        return None
    r = " ".join(rel.split())
    if any(r.endswith(b) for b in BEFORE_LAST):
        return -2
    last = r.split()[-1]
    if last in PAST:
        return -1
    if last in NEXT:
        return 1
    if last in CUR or r.startswith(("هذا", "هذه")):
        return 0
    return None


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


PATTERNS: dict[str, str] = {
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
               f"|(?:شهر )?(?P<hm>{HM})(?: (?:المبارك|الفضيل|الكريم){_E})?(?: (?:من )?(?:(?:ال)?عام "
               f"|سنه )?(?P<hy>1[34]\\d\\d)(?!\\d){HSUF}?| (?P<hrel>{REL}))?"
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
    "rday": (f"(?P<x>(?:(?P<part>{PART}) )?(?P<yawm>(?:يوم|نهار) )?(?P<rday>بعد الغد|بعد غد|امس الاول|اول امس|"
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
    # 2017/6/1 | 1/6/2017 | 2017-06-01 | ١٢/٥/٢٠٢٣ | 1445/9/1 هـ (a year 1300–1499 is Hijri)
    "numeric": (r"(?<![\d/.\-])(?P<x>(?:(?P<a>\d{4})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<c>\d{1,2})"
                r"|(?P<d>\d{1,2})(?P<s2>[/.\-])(?P<e>\d{1,2})(?P=s2)(?P<f>\d{4}))"
                f"{HSUF}?"
                # "يوم 5/10", "الموافق 5/10": a day and month, the year as for a month named
                r"|(?:يوم|الموافق) (?P<g>\d{1,2})/(?P<h>\d{1,2}))(?![\d/]|[.\-]\d)"),
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
    # يوم عرفة | ذكرى عاشوراء | المولد النبوي الشريف | ليلة القدر 1444
    "holy": (f"(?P<x>(?:ذكري )?(?P<holy>{_alt(HOLY_DAYS)}){_E}(?: (?:الشريف|المبارك|المباركه){_E})?"
             f"(?: (?:من )?(?:(?:ال)?عام |سنه )?(?P<hy>1[34]\\d\\d)(?!\\d){HSUF}?| (?P<rel>{REL}))?)"),
    # النصف الأول من العام الماضي | الربع الثالث من عام 2021 | النصف الثاني من أيار
    "part": (f"(?P<x>(?P<frac>النصف|الربع|الثلث) (?P<nth>الاول|الثاني|الثالث|الرابع|الاخير) من "
             f"(?:(?:(?:ال)?عام |(?:ال)?سنه )?(?P<fyear>{YEAR}){YSUF}"
             f"|(?P<fyrel>هذا العام|هذه السنه|(?:العام|السنه) {REL})|(?P<fybare>العام|السنه){_E}"
             f"|(?:شهر )?{_mon('')}(?:{_yspec('')}| (?P<rel>{REL}))?"
             f"|الشهر (?P<mrel>{REL})|(?P<mcur>هذا الشهر)))"),
    # التسعينيات | مطلع ثمانينيات القرن الماضي | عقد السبعينات (not "في الستينيات من عمره")
    "decade": (f"(?P<x>(?:(?P<pp>{PP}) )?(?:عقد )?(?:ال)?(?P<dec>{_alt(DECADES)}){_E}"
               f"(?: (?:من )?(?:ال)?قرن (?P<cent>{_alt(CENTURIES)}){_E})?)"
               f"(?! (?:من )?(?:ال)?عمر)"),
    # الأيام الثلاثة الماضية | الساعات الـ48 الأخيرة | الـ72 ساعة الماضية (not "… من رمضان")
    "last_n": (f"(?P<x>(?:(?:ال ?)?(?P<unit>ايام|اسابيع|اشهر|شهور|ساعات|سنوات|اعوام|سنين) "
               f"(?:ال ?)?(?P<n>\\d{{1,3}}|{CARD})|(?:ال ?)?(?P<n2>\\d{{1,3}}) "
               f"(?P<unit2>ساعه|يوما|يوم|اسبوعا|شهرا|عاما|سنه)) {LAST}{_E})(?! من{_E})"),
}

#: What every match of a pattern contains (a month name, a weekday, a year …). Only the text
#: near an anchor is searched: the same matches as ``finditer`` on the whole string, faster.
ANCHORS: dict[str, str] = {
    "dmy": f" {GM}", "dm_rel": "الشهر", "my": GM, "period": PP, "week_of": "الاسبوع ",
    "season": "صيف|شتاء|ربيع|خريف", "unit": "الاسبوع|الشهر|العام|السنه",
    "recent": "ايام|اسابيع|ساعات|ساعه", "rday": "امس|البارحه|اليوم|الليله|غد",
    "wd": WD, "ago": "قبل|منذ", "earlier": "في وقت سابق", "numeric": r"\d[/.\-]\d",
    "year": YEAR, "pyear": YEAR, "hijri": HM, "hyear": r"1[34]\d\d", "feast": "عيد ",
    "part": "النصف|الربع|الثلث", "decade": "ينات|ينيات", "holy": "عرفه|عاشوراء|المولد|الهجريه|القدر|شعبان",
    "last_n": "ايام|اسابيع|اشهر|شهور|ساعات|ساعه|سنوات|اعوام|سنين|يوم|اسبوعا|شهرا|عاما|سنه",
}
