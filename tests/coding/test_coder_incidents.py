"""Incidents as monitors log them, on sentences written for these tests: who was hurt by a blast,
accidents that are no attack, attacks on computers, condemnations told as a description."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

Dyad = tuple[str, str, str | None]


def _dyads(text: str) -> set[Dyad]:
    events = process(Article("t", text, date(2023, 6, 12)))["events"]
    return {(e["event_type"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in events if not e["negated"] and not e["hypothetical"]}


@pytest.mark.parametrize("text, must, must_not", [
    # the wounded named before the blast are its target, soldiers as well as civilians
    ("أصيب خمسة جنود في انفجار عبوة ناسفة في الأنبار يوم الأحد.",
     {("ASSAULT", "UNK", "IRQ-MIL")}, {("ASSAULT", "IRQ-MIL", None)}),
    ("أصيب خمسة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في الأنبار يوم الأحد.",
     {("ASSAULT", "UNK", "IRQ-MIL")}, {("ASSAULT", "IRQ-MIL", None)}),
    ("أصيب ثلاثة من عناصر الشرطة بجروح في هجوم لتنظيم داعش على حاجز في كركوك يوم الأحد.",
     {("ASSAULT", "ISIS", "IRQ-COP")}, {("ASSAULT", "IRQ-COP", "ISIS")}),
    # a weapon's blast is an attack whatever it hit, also near a depot or by an old mine
    ("انفجرت سيارة مفخخة قرب مستودع للوقود في الحسكة يوم الأحد ما أسفر عن مقتل ستة مدنيين.",
     {("ASSAULT", "UNK", "SYR-CVL")}, set()),
    ("قتل جنديان يوم الأحد إثر انفجار لغم أرضي في ريف حماة.", {("ASSAULT", "UNK", "SYR-MIL")}, set()),
    ("أصيب خمسة جنود بانفجار مستودع ذخيرة بعد غارة إسرائيلية على قاعدة في ريف دمشق يوم الأحد.",
     {("ASSAULT", "ISR-MIL", "SYR-MIL")}, set()),
])
def test_incident(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    dyads = _dyads(text)
    assert must <= dyads, dyads
    assert not must_not & dyads, dyads


@pytest.mark.parametrize("text", [
    "قتل ثلاثة أشخاص وأصيب عشرة آخرون في انفجار خزان وقود داخل محطة في مدينة البصرة، الأحد.",
    "لقي أربعة أشخاص حتفهم يوم الأحد إثر انفجار أسطوانة غاز في منزل بحي الميدان في دمشق.",
    "أصيب خمسة عمال بجروح يوم الأحد جراء انفجار عرضي في مصنع للألعاب النارية بمدينة الزرقاء.",
    "قتل شخصان في انفجار في مصنع للمواد الكيميائية في حلب يوم الأحد، بحسب وسائل إعلام رسمية.",
    "قالت الشرطة إن انفجارا ناجما عن تسرب للغاز قتل ثلاثة أشخاص في مطعم ببغداد يوم الأحد.",
])
def test_a_blast_by_accident_is_no_attack(text: str) -> None:
    assert not {d for d in _dyads(text) if d[0] == "ASSAULT"}
