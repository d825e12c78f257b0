"""Meetings and what only looks like one: people taken in ("استقبلت تركيا آلاف اللاجئين") are
not received as a delegation is; trade cut off with a state and its assets frozen reduce
relations. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

Dyad = tuple[str, str | None, str, str | None]


def _coded(text: str) -> set[Dyad]:
    events = process(Article("t", text, date(2024, 5, 11)))["events"]
    return {(e["event_type"], e["mode"], e["source"]["code"], (e["target"] or {}).get("code"))
            for e in events if not e["negated"] and not e["hypothetical"]}


@pytest.mark.parametrize("text", [
    "استقبل مستشفى الفاشر جرحى من المدنيين.",
    "استقبلت تركيا آلاف اللاجئين السوريين.",
    "استقبلت ألمانيا مئات اللاجئين الأفغان.",
])
def test_people_taken_in_are_not_met(text: str) -> None:
    assert not _coded(text)


@pytest.mark.parametrize(("text", "coded"), [
    ("استقبل الرئيس اللبناني عشرات من شيوخ العشائر في قصر بعبدا.",
     ("CONSULT", "visit", "LBN-CVL", "LBN-GOV")),
    ("استقبل الرئيس العراقي وفدا من أهالي المعتقلين في بغداد.",
     ("CONSULT", "visit", "IRQ-CVL", "IRQ-GOV")),
])
def test_an_audience_is_a_meeting(text: str, coded: Dyad) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize(("text", "coded"), [
    ("أوقفت تركيا تصدير النفط إلى إسرائيل.", ("SANCTION", "discontinue", "TUR-GOV", "ISR-GOV")),
    ("حظرت تركيا التجارة مع إسرائيل.", ("SANCTION", "discontinue", "TUR-GOV", "ISR-GOV")),
    ("قطعت الجزائر علاقاتها التجارية مع إسبانيا.",
     ("SANCTION", "discontinue", "DZA-GOV", "ESP-GOV")),
    # the state named by the adjective of its goods
    ("فرض الاتحاد الأوروبي حظرا على واردات النفط الروسي.",
     ("SANCTION", "discontinue", "EUR", "RUS-GOV")),
    # a central bank is its state's
    ("أعلن الاتحاد الأوروبي تجميد أصول البنك المركزي الروسي.",
     ("SANCTION", None, "EUR", "RUS-GOV")),
])
def test_trade_cut_off_and_assets_frozen(text: str, coded: Dyad) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize("text", [
    "أوقفت الشرطة ثلاثة أشخاص بتهمة تصدير المخدرات إلى الأردن.",
    "أدى القصف إلى وقف تصدير النفط من ميناء الحديدة.",
])
def test_no_embargo(text: str) -> None:
    assert not any(e[0] == "SANCTION" for e in _coded(text))


@pytest.mark.parametrize(("text", "coded"), [
    # its own envoy "في/لدى/بـ" a capital or country, called back: a recall from that state
    ("استدعت تركيا سفيرها في بغداد للتشاور.", ("SANCTION", "withdraw", "TUR-GOV", "IRQ-GOV")),
    ("استدعت الإمارات سفيرها لدى طهران.", ("SANCTION", "withdraw", "ARE-GOV", "IRN-GOV")),
    ("استدعت وزارة الخارجية الأردنية سفيرها بتل أبيب.",
     ("SANCTION", "withdraw", "JOR-GOV", "ISR-GOV")),
])
def test_an_envoy_recalled_from_where_he_serves(text: str, coded: Dyad) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize(("text", "coded"), [
    # a foreign envoy named after the noun of summoning is summoned, the announcer summons
    ("أعلنت وزارة الخارجية العراقية استدعاء السفير التركي.",
     ("SANCTION", "withdraw", "IRQ-GOV", "TUR-GOV")),
    ("وأعلنت الخارجية السعودية استدعاء سفير المملكة لدى لبنان للتشاور.",
     ("SANCTION", "withdraw", "SAU-GOV", "LBN-GOV")),
])
def test_the_summons_announced(text: str, coded: Dyad) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize("text", [
    "أعلن وزير الداخلية السوري ونظيره العراقي التوصل إلى اتفاق لتعزيز أمن الحدود بين البلدين، "
    "وذلك خلال لقائهما اليوم في العاصمة العراقية بغداد.",
    "أعلن العراق وسوريا، اليوم السبت، اتفاقا أمنيا لضبط الحدود المشتركة، عقب اجتماع جمع وزيري "
    "داخلية البلدين في بغداد.",
])
def test_the_meeting_a_deal_was_reached_at_took_place(text: str) -> None:
    types = {t for t, *_ in _coded(text)}
    assert {"AGREE", "CONSULT"} <= types


def test_a_meeting_agreed_on_is_still_to_come() -> None:
    events = process(Article("t", "اتفق وزيرا خارجية العراق وسوريا على عقد اجتماع في بغداد "
                                  "الشهر المقبل.", date(2024, 5, 11)))["events"]
    assert all(e["hypothetical"] for e in events if e["event_type"] == "CONSULT")
