"""Acts told the way wire reports from Sudan, Libya, Yemen and the Maghreb tell them (found by
an eighth audit, 2026-12-07): each row a sentence, with what it must and must not give."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

Dyad = tuple[str, str, str | None]


def _events(text: str) -> list[dict]:
    return [e for e in process(Article("t", text, date(2024, 5, 12)))["events"]
            if not e["negated"] and not e["hypothetical"]]


def _dyads(text: str) -> set[Dyad]:
    return {(e["event_type"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in _events(text)}


@pytest.mark.parametrize("text, must, must_not", [
    # the guns an attack was made with are no party the dead could belong to; named with their
    # nationality, they tell whose army fired when no doer is named
    ("أفادت مصادر محلية بسقوط 12 قتيلا في قصف بالمدفعية الثقيلة نفذته قوات الدعم السريع على "
     "الأحياء الشرقية لمدينة الفاشر يوم السبت.", {("ASSAULT", "SDN-REB", "SDN-CVL")}, set()),
    ("قتل 3 مدنيين في قصف بالمدفعية التركية على قرية في ريف حلب يوم السبت.",
     {("ASSAULT", "TUR-MIL", "SYR-CVL")}, {("ASSAULT", "UNK", "SYR-CVL")}),
    # a chamber of a court passes the sentence
    ("قضت الدائرة الجناحية بالمحكمة الابتدائية بتونس أمس بسجن المعارض العياشي زمال 12 عاما.",
     {("SANCTION", "TUN-JUD", "TUN-OPP")}, set()),
    # lawyers strike, with أضرب too when a protest's purpose follows it (not "I hit")
    ("ونفذ المحامون في محاكم تونس، أمس الثلاثاء، إضرابا حضوريا احتجاجا على إحالة زملائهم على "
     "التحقيق.", {("PROTEST", "TUN-LAB", "TUN-GOV")}, set()),
    ("أضرب المحامون في تونس أمس احتجاجا على إحالة زملائهم على التحقيق.",
     {("PROTEST", "TUN-LAB", "TUN-GOV")}, {("ASSAULT", "TUN-LAB", None)}),
    # aid "تابعة لـ" a body is that body's aid, not aid to it
    ("دخلت قافلة مساعدات تابعة لبرنامج الأغذية العالمي مساء أمس إلى إقليم دارفور.",
     {("AID", "UNO", "SDN-CVL")}, {("AID", "SDN-CVL", "UNO")}),
    # an exchange of prisoners under way between two sides, an adjective after the first
    ("بدأت، امس الجمعة، عملية تبادل الأسرى بين الحكومة اليمنية الشرعية وجماعة الحوثي، بإشراف "
     "اللجنة الدولية للصليب الأحمر.", {("RETREAT", "YEM-GOV", "YEM-REB")}, set()),
])
def test_what_a_wire_report_tells(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    dyads = _dyads(text)
    assert must <= dyads and not must_not & dyads


@pytest.mark.parametrize("text", [
    "وتشمل صفقة تبادل الأسرى، التي جرى التوصل إليها في جنيف، الإفراج عن 887 محتجزا.",
    "وبحث الجانبان ملف تبادل الأسرى بين روسيا وأوكرانيا.",
])
def test_an_exchange_only_agreed_or_discussed_is_no_release(text: str) -> None:
    assert not [e for e in _events(text) if e["event_type"] == "RETREAT"]
