"""The place and date an event takes among several in its sentence and article (sentences
written for these tests)."""

from __future__ import annotations

from datetime import date

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


def test_a_place_after_a_separate_preposition_is_locative_like_one_with_a_clitic() -> None:
    # "في قضاء زاخو" is as locative as "بمحافظة دهوك": the finest of them is the place
    e = _one("قصفت طائرات تركية مواقع لحزب العمال الكردستاني في قضاء زاخو "
             "بمحافظة دهوك في إقليم كردستان العراق.", "ASSAULT")
    assert e["source"]["code"] == "TUR-MIL"
    assert e["location"]["name"] in ("Zakho", "Zakho District")
