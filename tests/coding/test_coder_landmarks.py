"""A body's seat named to say where something happened ("قرب مقر البرلمان") is a landmark, not a
party to the act. Sentences written for these tests."""

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
