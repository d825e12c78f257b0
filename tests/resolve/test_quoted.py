"""Group names written in quote marks after their kind: the kind, its members' word and the
marks belong to the name, so the name stands where an unquoted one would."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _actors(text: str) -> dict[str, str]:
    record = process(Article("q", text, date(2021, 4, 9)))
    return {e["source"]["text"]: e["source"]["code"] for e in record["events"]
            if e["source"] and not e["hypothetical"]}


@pytest.mark.parametrize("name", [
    "تنظيم «داعش»", "تنظيم “الدولة الإسلامية”", 'تنظيم "الدولة الإسلامية"',
    "خلايا تنظيم «داعش»", "عناصر تنظيم “الدولة الإسلامية”", "خلايا «داعش»",
    # the same without marks, for comparison
    "تنظيم داعش", "خلايا تنظيم داعش",
])
def test_an_attack_by_a_group_named_in_quote_marks_is_the_groups(name) -> None:
    text = f"قُتل 18 عنصرًا من قوات النظام السوري، أمس، إثر هجوم ل{name} على حافلة عسكرية."
    record = process(Article("q", text, date(2021, 4, 9)))
    attacks = [e for e in record["events"] if e["event_type"] == "ASSAULT"]
    # one attack, by the group, on the army: the group is not also its victim
    assert len(attacks) == 1, attacks
    [attack] = attacks
    assert (attack["source"]["code"], attack["target"]["code"]) == ("ISIS", "SYR-MIL")
    assert attack["source"]["text"] == name and attack["fatalities"] == 18
    start = text.index(name)
    assert text[start : start + len(name)] == attack["source"]["text"]


def test_a_quoted_party_after_a_verb_of_saying_keeps_its_kind() -> None:
    quoted = _actors("قالت حركة «حماس» إنها قصفت مدينة عسقلان بالصواريخ.")
    assert quoted == {"حركة «حماس»": "PSE-REB"}
    assert _actors("قالت حركة حماس إنها قصفت مدينة عسقلان بالصواريخ.") == {"حركة حماس": "PSE-REB"}
