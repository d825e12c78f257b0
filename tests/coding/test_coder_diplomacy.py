"""Meetings and what only looks like one: people taken in ("استقبلت تركيا آلاف اللاجئين") are
not received as a delegation is. Sentences written for these tests."""

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
