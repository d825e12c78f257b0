"""Where and when: the setting of an act told by a framing meeting, a visit's destination,
"وقتها" back-references, and militia/rebel actors (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

PUBLISHED = date(2021, 6, 10)


def _live(text: str) -> list[dict]:
    events = process(Article("t", text, PUBLISHED))["events"]
    return [e for e in events if not e["negated"] and not e["hypothetical"]]


def _one(text: str, event_type: str) -> dict:
    found = [e for e in _live(text) if e["event_type"] == event_type]
    assert len(found) == 1, found
    return found[0]


def test_a_framing_meeting_gives_the_request_its_place_and_date() -> None:
    e = _one("دعا وزير الخارجية التركي وزير الخارجية العراقي إلى ضبط الحدود، "
             "وذلك خلال لقائه به في أنقرة الثلاثاء.", "REQUEST")
    assert (e["source"]["code"], e["target"]["code"]) == ("TUR-GOV", "IRQ-GOV")
    assert e["location"]["name"] == "Ankara"
    assert e["date"]["start"] == "2021-06-08"


def test_a_later_act_of_another_kind_keeps_its_place_to_itself() -> None:
    e = _one("أمر رئيس الوزراء العراقي القوات الجوية بقصف مواقع لتنظيم داعش في دير الزور "
             "ردا على تفجيرات في بغداد.", "ASSAULT")
    assert e["location"] is None or e["location"]["country"] == "SYR"


def test_the_date_of_a_visit_noun_goes_to_the_meeting_it_continues() -> None:
    e = _one("التقى رئيس الوزراء العراقي حيدر العبادي الرئيس التركي رجب طيب أردوغان "
             "خلال زيارته إلى أنقرة أمس.", "CONSULT")
    assert e["location"]["name"] == "Ankara"
    assert e["date"]["start"] == "2021-06-09"


@pytest.mark.parametrize("text, city", [
    ("وقال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني في مستهل زيارته لبغداد إن بلاده "
     "تدعم استقرار العراق.", "Baghdad"),
    ("أعلن وزير الدفاع التركي خلال زيارته إلى بغداد الأحد أن بلاده ستواصل التنسيق مع العراق.",
     "Baghdad"),
])
def test_the_capital_a_visit_goes_to_is_its_place(text: str, city: str) -> None:
    e = _one(text, "CONSULT")
    assert e["target"]["code"] == "IRQ-GOV"
    assert e["location"]["name"] == city


def test_back_then_takes_the_date_named_before() -> None:
    e = _one("في أيار/مايو الماضي تصاعد التوتر على الحدود. "
             "وقصفت طائرات إسرائيلية وقتها مواقع للجيش السوري في ريف حماة.", "ASSAULT")
    assert (e["date"]["start"], e["date"]["end"]) == ("2021-05-01", "2021-05-31")


def test_without_back_then_a_fresh_act_is_dated_by_publication() -> None:
    e = _one("في أيار/مايو الماضي تصاعد التوتر على الحدود. "
             "وقصفت طائرات إسرائيلية مواقع للجيش السوري في ريف حماة.", "ASSAULT")
    assert e["date"]["start"] == "2021-06-10"


@pytest.mark.parametrize("text, dyad", [
    ("قال مسؤولون إن القوات الموالية للأسد هاجمت مواقع لقوات سوريا الديمقراطية "
     "قرب مدينة الرقة أمس.",
     ("SYR-PRM", "SDF")),
    ("قصفت طائرات إيرانية مقرا للحزب الديمقراطي الكردستاني الإيراني في أربيل الثلاثاء.",
     ("IRN-MIL", "IRN-REB")),
    ("وقعت القوات الكردية السورية اتفاقا مع الحكومة السورية في القامشلي أمس.", ("SDF", "SYR-GOV")),
    ("هاجمت مجموعة فاغنر مواقع للجيش الليبي جنوب طرابلس أمس.", ("RUS-PRM", "LBY-MIL")),
])
def test_militias_and_rebels_are_named(text: str, dyad: tuple[str, str]) -> None:
    got = {(e["source"]["code"], e["target"]["code"] if e["target"] else None) for e in _live(text)}
    assert dyad in got
