"""The arms an act is done with ("بالمدفعية", "بالطائرات المسيرة") are its means, never a party to
it, and do not hide the object after them. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _assaults(text: str) -> list[dict]:
    events = process(Article("t", text, date(2022, 9, 25)))["events"]
    return [e for e in events if e["event_type"] == "ASSAULT"
            and not e["negated"] and not e["hypothetical"]]


@pytest.mark.parametrize("text", [
    "استهدفت القوات الإسرائيلية بالمدفعية الثقيلة بلدة الخيام جنوبي لبنان.",
    "قصف الحرس الثوري الإيراني بالمدفعية مقرات لأحزاب كردية في إقليم كردستان العراق.",
    "وقصفت القوات التركية بالمروحيات مواقع في ريف الحسكة الشمالي.",
])
def test_arms_named_with_bi_are_not_the_target(text: str) -> None:
    [event] = _assaults(text)
    assert event["source"]["code"].endswith("-MIL")
    target = event["target"] or {}
    assert target.get("text") not in ("المدفعية", "المروحيات")
    assert event["mode"] == "heavy-weapons" or "مروحيات" in text


def test_arms_do_not_hide_the_town_struck() -> None:
    """A town shelled across the border: no army of the town's state is made up as the target."""
    [event] = _assaults("استهدفت القوات الإسرائيلية بالمدفعية الثقيلة بلدة الخيام جنوبي لبنان.")
    assert event["target"] is None
    assert event["location"]["name"] == "Khiam"


def test_artillery_as_the_doer_is_still_the_doer() -> None:
    [event] = _assaults("قصفت المدفعية التركية بلدة تل رفعت في ريف حلب الشمالي.")
    assert event["source"]["code"] == "TUR-MIL"
    assert event["source"]["text"].startswith("المدفعية")


@pytest.mark.parametrize(("text", "mode"), [
    # strikes flown "with drones" are drone strikes; a drone factory struck is not
    ("شن الجيش البوركيني غارات بطائرات مسيرة على مواقع المسلحين في منطقة مانسيلا.", "drone"),
    ("نفذت القوات الأمريكية غارة بطائرة مسيرة على سيارة في ريف إدلب.", "drone"),
    ("شنت المقاتلات الإسرائيلية غارات على منشأة لتصنيع الطائرات المسيرة قرب دمشق.", "aerial"),
    ("شنت الطائرات الأمريكية غارات بعد إطلاق مسيرة على قاعدة في الأردن.", "aerial"),
])
def test_strikes_with_drones(text: str, mode: str) -> None:
    assert [e["mode"] for e in _assaults(text)] == [mode]


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات بين الجيش وقوات الدعم السريع في الخرطوم استمرت حتى ساعات الفجر.",
    "قصفت الطائرات الروسية بلدة في ريف إدلب فجرا.",
])
def test_dawn_is_no_blast(text: str) -> None:
    assert [e["mode"] for e in _assaults(text)] in ([None], ["aerial"])


def test_two_bombers_blew_themselves_up_at_dawn_or_not() -> None:
    """"فجرا نفسيهما" is the dual verb, not "at dawn"."""
    [event] = _assaults("انتحاريان فجرا نفسيهما في سوق شعبي ببغداد، ما أسفر عن مقتل 12 شخصا.")
    assert event["mode"] in ("explosives", "suicide-attack")
