"""Where the fifth audit's rules must not reach (a review's findings, on sentences written for
these tests): a clause joined after a denial or a stopped act, words that only look like a
siege, a funding cut or an envoy withdrawn."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _events(text: str) -> list[dict]:
    return process(Article("t", text, date(2024, 3, 10)))["events"]


@pytest.mark.parametrize("text, etype", [
    # a verb joined after the denial's own object, past an aside, is done
    ("نفت إسرائيل الاتهامات، الأحد، وقصفت طائراتها مواقع لحزب الله في جنوب لبنان.", "ASSAULT"),
    # a connector is no aside
    ("نفى الجيش التقارير عن سقوط قتلى، في المقابل، شنت طائراته غارات على مدينة رفح.", "ASSAULT"),
])
def test_a_clause_after_a_denial_is_not_denied(text: str, etype: str) -> None:
    events = [e for e in _events(text) if e["event_type"] == etype]
    assert events and not any(e["negated"] for e in events)


def test_an_arrest_after_a_denial_and_an_aside_is_not_denied() -> None:
    text = "نفت الشرطة الكينية الاتهامات، في وقت لاحق، واعتقلت عشرات المتظاهرين في نيروبي."
    assert not any(e["negated"] for e in _events(text))


@pytest.mark.parametrize("text, giver", [
    # aid given in a clause joined after another act that stopped something
    ("أوقفت تركيا عملياتها العسكرية وأرسلت مساعدات إنسانية إلى شمال سوريا.", "TUR-GOV"),
    ("منعت السلطات اليمنية التظاهرات في عدن وأرسلت السعودية مساعدات إنسانية إلى اليمن.",
     "SAU-GOV"),
    ("علقت الحكومة الأردنية الدراسة في المدارس وقدمت مساعدات مالية للأسر المتضررة من السيول.",
     "JOR-GOV"),
])
def test_aid_given_after_another_act_is_aid(text: str, giver: str) -> None:
    assert any(e["event_type"] == "AID" and e["source"]["code"] == giver for e in _events(text))


@pytest.mark.parametrize("text", [
    # a comment on funding, a promise, remarks withdrawn: no sanction
    "علق المتحدث باسم الخارجية الأمريكية على قرار تمويل الأونروا، قائلا إنه خطوة مهمة.",
    "قطع الرئيس التونسي وعدا بزيادة تمويل المستشفيات العمومية.",
    "سحب القائم بالأعمال الأمريكي تصريحاته بعد احتجاج الخارجية العراقية.",
])
def test_no_sanction(text: str) -> None:
    assert not any(e["event_type"] == "SANCTION" and not e["hypothetical"] for e in _events(text))


@pytest.mark.parametrize("text", [
    # a house cordoned off in a raid, an area cordoned for arrests, an economic embargo: no siege
    "حاصرت القوات الإسرائيلية منزلا في مخيم جنين واعتقلت شابين.",
    "أوقفت الشرطة التركية ثلاثة سوريين في حي الفاتح بإسطنبول بعد أن حاصرت المنطقة.",
    "فرضت الولايات المتحدة حصارا اقتصاديا على كوبا منذ عام 1962.",
])
def test_no_siege(text: str) -> None:
    assert not any(e["mode"] == "restrict" for e in _events(text))


@pytest.mark.parametrize("text", [
    # aid kept out in the present tense, or past an aside of time, was not given either
    "وتمنع السلطات الإسرائيلية دخول المساعدات إلى شمال غزة.",
    "ومنعت إسرائيل، منذ أسابيع، دخول المساعدات إلى غزة.",
])
def test_aid_kept_out_now_or_for_weeks_is_no_aid(text: str) -> None:
    assert not any(e["event_type"] == "AID" for e in _events(text))


def test_a_wary_calm_is_no_warning() -> None:
    events = _events("ساد هدوء حذر بعد انسحاب القوات الإسرائيلية من مدينة جنين، الأحد.")
    assert not any(e["event_type"] == "THREATEN" for e in events)
    assert any(e["event_type"] == "RETREAT" and not e["hypothetical"] for e in events)
