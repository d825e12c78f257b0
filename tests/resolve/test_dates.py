"""Arabic temporal expressions: recognition spans and resolved intervals.

The expressions (``dates_cases.tsv``) and the sentences below were written by hand for these
tests; none is taken from rasid's gold, seed or dev texts.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from rasid.arabic.calendar import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS, word_number
from rasid.model import DateRef, Interval
from rasid.recognise.timex import find_timexes
from rasid.resolve.dates import date_json, find_dates, resolve_date

HERE = Path(__file__).parent


def _cases() -> list[dict]:
    lines = [ln for ln in (HERE / "dates_cases.tsv").read_text("utf-8").splitlines()
             if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


CASES = _cases()


def test_enough_cases() -> None:
    assert len(CASES) >= 100


@pytest.mark.parametrize("case", CASES, ids=[f"{i}:{c['expr']}" for i, c in enumerate(CASES)])
def test_resolve(case: dict) -> None:
    pub = date.fromisoformat(case["published"]) if case["published"] else None
    got = date_json(resolve_date(case["expr"], pub))
    want = None if case["start"] == "-" else {"start": case["start"], "end": case["end"]}
    assert got == want


SENTENCES = [
    # a weekday before "عشرات" is a date (only "الأحد عشر" is eleven)
    ("تظاهر الجمعة عشرات الآلاف في الرباط.", ["الجمعة"]),
    ("وأطلقت إيران ليل السبت عشرات الصواريخ.", ["ليل السبت"]),
    ("تظاهر يوم الأحد عشرات الآلاف في بغداد.", ["يوم الأحد"]),
    # a move "من X إلى Y" is not a span; two months read together need شهري or بين
    ("وأجلت اللجنة الانتخابات من أكتوبر إلى ديسمبر المقبل.", ["ديسمبر المقبل"]),
    ("وقتل 20 شخصا في آذار وأيار شهد مقتل 30 آخرين.", ["آذار"]),
    ("وقال المتحدث إن الطائرات قصفت صباح اليوم (الخميس) مواقع في المدينة، بعد هجوم وقع أمس "
     "الأربعاء.", ["صباح اليوم (الخميس)", "أمس الأربعاء"]),
    ("وكانت القوات قد دخلت البلدة في 12 من أيار الحالي، بعد أن انسحبت منها منتصف ابريل الماضي.",
     ["12 من أيار الحالي", "منتصف ابريل الماضي"]),
    ("اعتُقل في ٣ آب ٢٠١٤ وأُفرج عنه قبل ثلاثة أيام.", ["٣ آب ٢٠١٤", "قبل ثلاثة أيام"]),
    ("ومنذ 18 شباط تحاصر القوات المدينة التي سيطر عليها التنظيم عام 2014.",
     ["18 شباط", "عام 2014"]),
    ("وبالأمس أعلنت الوزارة أن الاجتماع عُقد في 2017/6/1 بحضور الوفدين.", ["الأمس", "2017/6/1"]),
    ("وشنّت الطائرات غارات ليل السبت - الأحد على مواقع التنظيم، وفي أيلول/سبتمبر2017 استعادت "
     "القوات المدينة.", ["ليل السبت - الأحد", "أيلول/سبتمبر2017"]),
    ("والتقى الوزير نظيره الخميس الماضي، فيما يُعقد الاجتماع المقبل في 15 رمضان 1445 هـ.",
     ["الخميس الماضي", "15 رمضان 1445 هـ"]),
    ("وذكر البيان أن الهجوم وقع في وقت سابق هذا الشهر، وأن آخر هجوم مماثل كان مطلع العام الحالي.",
     ["في وقت سابق هذا الشهر", "مطلع العام الحالي"]),
    ("وقصفت الطائرات البلدة عشية عيد الفطر، ولم تتوقف الغارات حتى ثاني أيام العيد.",
     ["عشية عيد الفطر"]),
    ("وقُتل 14 مدنياً خلال الساعات الـ48 الماضية، في أعنف تصعيد منذ مطلع التسعينيات.",
     ["الساعات الـ48 الماضية", "مطلع التسعينيات"]),
    ("وتراجعت الصادرات في النصف الأول من العام الجاري، بعد نموها في الأشهر الستة الأخيرة.",
     ["النصف الأول من العام الجاري", "الأشهر الستة الأخيرة"]),
    # a part of the day before a date without its weekday is inside it (فجر is dawn, not فجّر)
    ("شنت الطائرات غارات على مواقع في صنعاء فجر 12 يناير 2024، ووصل الوفد مساء 3 آذار.",
     ["فجر 12 يناير 2024", "مساء 3 آذار"]),
]


@pytest.mark.parametrize("text,spans", SENTENCES)
def test_spans(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in find_timexes(text)] == spans


def test_window_offsets() -> None:
    text = "قُتل جندي أمس. وأصيب آخر في 12 أيار 2023."
    second = text.index("وأصيب")
    spans = find_timexes(text, second)
    assert [text[a:b] for a, b in spans] == ["12 أيار 2023"]
    assert spans[0][0] > second
    assert find_timexes(text, 0, second) == [(text.index("أمس"), text.index("أمس") + 3)]


@pytest.mark.parametrize("text", [
    "تتابع الأحداث الأخيرة في المنطقة",
    "تسقط القذائف يوميا على الأحياء",
    "قال محمد السبتي إن الوضع هادئ",
    "أكد الأمين العام للأمم المتحدة ضرورة الحل",
    "مارس الحزب ضغوطا على الحكومة",
    "وصلت نسبة المشاركة إلى صفر",
    "قال رمضان عبد الله إن الحوار مستمر",
    "قتل 12 شخصا وأصيب 2014 آخرون",
    "شارك الأحد عشر لاعبا في المباراة",
    "احتفلت البلاد باليوم الوطني",
    "قال رئيس حزب الغد إن الانتخابات نزيهة",
    "وفي اليوم التالي انسحبت القوات",
    "التقى رجب طيب أردوغان نظيره",
    "قبل يومين من الانتخابات",
    "منذ سنوات يعاني السكان من الحصار",
    "وقع المصنع في شارع 14 رمضان",
    "احتفل الرئيس بعيد ميلاده",
    "أقيم عرض عسكري في عيد الاستقلال",
    "أصيب رجل في الستينيات من عمره",
    "اعتكف المصلون في الأيام العشرة الأخيرة من رمضان",
    "حصل الحزب على النصف الأول من المقاعد",
    "جمعت عينات من التربة",
])
def test_no_false_positive(text: str) -> None:
    found = [text[a:b] for a, b in find_timexes(text)]
    if "14 رمضان" in text:  # a street named after a date is still a date expression
        assert found == ["14 رمضان"]
        return
    assert found == []


def test_friday_prayer_is_a_weekday() -> None:
    # decided: "الجمعة" in "صلاة الجمعة" is read as the most recent Friday
    text = "وقال الخطيب في صلاة الجمعة إن الحكومة مسؤولة"
    refs = find_dates(text, date(2023, 6, 17))
    assert [(r.text, r.interval) for r in refs] == [
        ("الجمعة", Interval(date(2023, 6, 16), date(2023, 6, 16)))]


def test_find_dates_drops_unresolvable() -> None:
    text = "قُتل جندي أمس، وفي 12 أيار 2023 أصيب آخر"
    refs = find_dates(text, None)
    assert refs == [DateRef(text.index("12"), len(text) - len(" أصيب آخر"), "12 أيار 2023",
                            Interval(date(2023, 5, 12), date(2023, 5, 12)))]
    assert [r.text for r in find_dates(text, date(2023, 6, 15))] == ["أمس", "12 أيار 2023"]


def test_date_json() -> None:
    assert date_json(None) is None
    assert date_json(Interval(date(2017, 6, 1), date(2017, 6, 3))) == {
        "start": "2017-06-01", "end": "2017-06-03"}


def test_tables() -> None:
    assert len(set(GREGORIAN_MONTHS.values())) == 12
    assert len(set(HIJRI_MONTHS.values())) == 12
    assert sorted(set(WEEKDAYS.values())) == list(range(7))
    assert word_number("الحادي والثلاثين") == 31
    assert word_number("الخامسَ عشرَ") == 15
    assert word_number("ثلاثة وعشرين") == 23
    assert word_number("١٢") == 12
