"""Suicide bombers named as doers ("فجر انتحاري نفسه", "انتحاري من حركة الشباب"), places where
people gather struck with no party named, and bombings claimed in a later sentence. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

Coded = tuple[str, str | None, str, str | None, str | None]


def _coded(text: str) -> set[Coded]:
    events = process(Article("t", text, date(2023, 3, 12)))["events"]
    return {(e["event_type"], e["mode"], e["source"]["code"], (e["target"] or {}).get("code"),
             (e["location"] or {}).get("name"))
            for e in events if not e["negated"] and not e["hypothetical"]}


@pytest.mark.parametrize(("text", "coded"), [
    ("فجر انتحاري نفسه وسط سوق شعبي في بغداد.",
     ("ASSAULT", "suicide-attack", "UAF", None, "Baghdad")),
    ("فجر انتحاري من تنظيم داعش حزاما ناسفا وسط سوق شعبي في بغداد.",
     ("ASSAULT", "suicide-attack", "ISIS", None, "Baghdad")),
    ("وفجرت انتحارية نفسها قرب مقر للشرطة في مايدوغوري.",
     ("ASSAULT", "suicide-attack", "UAF", "NGA-COP", "Maiduguri")),
    ("هاجم انتحاريون من تنظيم داعش مقرا للشرطة في كركوك.",
     ("ASSAULT", "suicide-attack", "ISIS", "IRQ-COP", "Kirkuk")),
    ("فجّر انتحاري من حركة الشباب، فرع تنظيم القاعدة في الصومال، حزاما ناسفا أمام قاعدة "
     "عسكرية في مقديشو.", ("ASSAULT", "suicide-attack", "AQ", None, "Mogadishu")),
    ("وتبنى تنظيم داعش الهجوم الذي استهدف مسجدا في قندوز.",
     ("ASSAULT", None, "ISIS", None, "Kunduz")),
])
def test_bombers_are_doers(text: str, coded: Coded) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize("text", [
    "قتل 5 جنود في هجوم انتحاري استهدف نقطة تفتيش للجيش العراقي في الأنبار.",
    "أسفر التفجير الانتحاري عن مقتل 7 مدنيين في بغداد.",
])
def test_a_suicide_attack_named_by_its_noun_has_no_bomber_party(text: str) -> None:
    """"انتحاري" after the noun it describes is an adjective: no one is its doer or its target."""
    events = process(Article("t", text, date(2023, 3, 12)))["events"]
    assert events and all(e["source"]["code"] == "UNK" for e in events)
    assert all("انتحار" not in (e["target"] or {}).get("text", "") for e in events)


def test_an_aim_of_a_ministry_is_no_attack() -> None:
    assert not _coded("استهدفت الحكومة المدارس في إطار خطة لتطوير التعليم.")


@pytest.mark.parametrize("claim", [
    "وتبنت حركة الشباب الهجوم.",
    "وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم.",
])
def test_a_bombing_claimed_after_it_is_told(claim: str) -> None:
    text = "انفجرت سيارة مفخخة عند حاجز للشرطة في مقديشو، ما أسفر عن مقتل 9 أشخاص. " + claim
    assert ("ASSAULT", "explosives", "AQ", "SOM-COP", "Mogadishu") in _coded(text)

