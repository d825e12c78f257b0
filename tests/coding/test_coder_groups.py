"""Armed groups named with the noun of their fighters, doers named in a relative clause on the
weapon, parties hit by a weapon ("أصيب … بصاروخ"), and a body's seat named to say where ("قرب مقر
البرلمان"), a landmark, not a party. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

Dyad = tuple[str, str, str | None]


def _dyads(text: str) -> set[Dyad]:
    events = process(Article("t", text, date(2024, 1, 27)))["events"]
    return {(e["event_type"], e["source"]["code"], (e["target"] or {}).get("code"))
            for e in events if not e["negated"] and not e["hypothetical"]}


@pytest.mark.parametrize(("text", "dyads"), [
    # the fighters' noun and the group's name are one party, whatever country the text is about
    ("استهدف المتمردون الحوثيون ناقلة نفط بريطانية بصاروخ قبالة السواحل اليمنية. ودان وزير "
     "الخارجية البريطاني الهجوم.",
     {("ASSAULT", "YEM-REB", "GBR-BUS"), ("ACCUSE", "GBR-GOV", "YEM-REB")}),
    ("هاجم المسلحون الحوثيون سفينة بريطانية. ودانت لندن الهجوم.",
     {("ACCUSE", "GBR-GOV", "YEM-REB")}),
    # the doer of a relative clause on the weapon: "بصاروخ أطلقه", "بعبوة زرعها"
    ("قتل جنديان سعوديان بصاروخ أطلقه الحوثيون على قاعدة عسكرية في جازان.",
     {("ASSAULT", "YEM-REB", "SAU-MIL")}),
    ("قتل مدنيان بعبوة ناسفة زرعها مجهولون على طريق في درعا.",
     {("ASSAULT", "UAF", "SYR-CVL")}),
    # hit by a weapon: "أصيب X بصاروخ" is an attack on X
    ("أصيب جنديان أمريكيان بصاروخ أطلقته فصائل عراقية على قاعدة عين الأسد.",
     {("ASSAULT", "IRQ-MIL", "USA-MIL")}),
    ("أصيبت ناقلة نفط بريطانية بصاروخ أطلقه المتمردون الحوثيون قبالة السواحل اليمنية.",
     {("ASSAULT", "YEM-REB", "GBR-BUS")}),
    ("وأصيب جندي تركي برصاص قناص على الحدود السورية.",
     {("ASSAULT", "UNK", "TUR-MIL")}),
])
def test_groups_doers_and_the_hit(text: str, dyads: set[Dyad]) -> None:
    got = _dyads(text)
    assert dyads <= got, got
    assert not any(code.startswith("GBR-REB") for _, code, _ in got)


def test_an_injury_toll_is_no_attack_of_its_own() -> None:
    assert not _dyads("أصيب ثلاثة أشخاص بجروح في حادث سير على طريق بغداد كركوك.")


@pytest.mark.parametrize(("text", "dyads"), [
    ("قتل 9 أشخاص في انفجار سيارة مفخخة استهدف نقطة تفتيش للشرطة قرب مقر البرلمان في مقديشو.",
     {("ASSAULT", "UNK", "SOM-COP")}),
    ("ونشرت وزارة الداخلية التونسية وحدات من الحرس الوطني في محيط مقر البرلمان تحسبا "
     "لاحتجاجات مرتقبة.", {("MOBILIZE", "TUN-COP", None)}),
    ("هاجم مسلحون فندقا قرب مقر الرئاسة في مقديشو.", {("ASSAULT", "UAF", None)}),
    # a post of the body's own is its site; protesters near a seat protest against it
    ("وفجرت انتحارية نفسها قرب مقر للشرطة في مايدوغوري.", {("ASSAULT", "UAF", "NGA-COP")}),
    ("تظاهر المئات قرب مقر الحكومة في بغداد للمطالبة بفرص عمل.",
     {("PROTEST", "IRQ-CVL", "IRQ-GOV")}),
])
def test_a_seat_near_which_it_happened(text: str, dyads: set[Dyad]) -> None:
    assert _dyads(text) == dyads
