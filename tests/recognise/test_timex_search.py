"""The anchored search of ``rasid.recognise.timex`` finds exactly what a plain scan finds."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from rasid.recognise import timex

HERE = Path(__file__).resolve().parents[1]

SENTENCES = [
    "وصل الوفد صباح الخميس 12 أيار 2023 إلى العاصمة، وغادرها بعد ثلاثة أيام.",
    "قال الوزير أمس الجمعة إن المحادثات ستستأنف غداً أو في الخامس من الشهر المقبل.",
    "اندلعت الاشتباكات في آب الماضي وتجددت مطلع العام الحالي ثم أواخر 2016.",
    "وقع الانفجار يوم 2017/6/1 قرب السوق، وفي 15 رمضان 1445 هـ سقط صاروخ آخر.",
    "أعلن الجيش في وقت سابق هذا الشهر أن الهجمات تراجعت خلال الأيام الماضية.",
    "جرت الانتخابات عامي 2014 و2015، وفي 2011 قاطعها الكتاب والشباب والأحزاب.",
    "شهد صيف 2014 موجة نزوح، وفي الأسبوع الأول من تموز/يوليو عاد بعض السكان.",
    "التقى الرئيسان ليل السبت - الأحد، منذ يومين، وقبل عدة أسابيع في باريس.",
    "مليون برميل في اليوم، وارتفع الإنتاج منذ 3 سنوات بحسب تقرير صدر عام 1445 هـ.",
    "ذكرت الصحيفة أن الإرهاب عاد إلى المنطقة، وأن الانتخاب سيجري في مايو.",
]


def _cases() -> list[str]:
    rows = (HERE / "resolve" / "dates_cases.tsv").read_text(encoding="utf-8").splitlines()
    exprs = [r.split("\t")[0] for r in rows if r and not r.startswith("#")]
    with (HERE / "texts" / "plover_cases.tsv").open(encoding="utf-8") as fh:
        sents = [row["sentence"] for row in csv.DictReader(fh, delimiter="\t")]
    return SENTENCES + exprs + sents + [" ".join(SENTENCES)]


def _spans(matches) -> list:  # noqa: ANN001
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("kind", sorted(timex.PATTERNS))
def test_anchored_search_equals_full_scan(kind: str) -> None:
    rx = timex._COMPILED[kind]
    found = 0
    for text in _cases():
        s, _ = timex.analyse(text)
        want = _spans(rx.finditer(s))
        assert _spans(timex._finditer(kind, s)) == want, text
        found += len(want)
    assert found > 0, f"no sentence exercises {kind}"


def test_every_pattern_is_searched_near_anchors() -> None:
    assert set(timex._WINDOWED) == set(timex.PATTERNS)


def test_analysis_keeps_offsets_into_the_original() -> None:
    text = "وَأمسِ  الخميس\n\n سبتمبر2017، للعام"
    s, pos = timex.analyse(text)
    assert s == "و امس الخميس\nسبتمبر 2017، ل العام"
    assert len(pos) == len(s)
    assert text[pos[s.index("امس")]] == "أ"
    assert text[pos[s.index("2017")]] == "2"
    assert s[s.index("\n")] == "\n" and text[pos[s.index("\n")]] == "\n"


def test_anchored_finditer_on_a_plain_pattern() -> None:
    from rasid.recognise.anchored import anchored_finditer, reach

    rx = re.compile(r"(?:في |منذ )?(?:\d{1,2} )?(?:يناير|مايو)(?: \d{4})?(?!\w)")
    assert reach(rx.pattern) == 4 + 3 + 5 + 5 + 1
    assert reach(r"\d+ مايو") is None  # unbounded: the caller scans the whole string
    text = "التقيا في 3 مايو 2020 ثم منذ يناير، ومايوركا ليست شهرا، و12 يناير " * 30
    anchor = re.compile("يناير|مايو")
    want = [m.span() for m in rx.finditer(text)]
    assert [m.span() for m in anchored_finditer(rx, anchor, reach(rx.pattern), text)] == want
    assert len(want) == 90
