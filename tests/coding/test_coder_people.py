"""Who was hit and how many died, where one person is named by a nationality or a trade, and
where a number counts the attackers instead of the dead."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

DAY = date(2024, 5, 15)


def _live(text: str, published: date = DAY) -> list[dict]:
    events = process(Article("t", text, published))["events"]
    return [e for e in events if not e["negated"] and not e["hypothetical"]]


def _row(e: dict) -> tuple:
    return e["source"]["code"], e["target"]["code"] if e["target"] else None, e["fatalities"]


@pytest.mark.parametrize("text, row", [
    # the five are the gunmen; the one soldier they killed is the toll
    ("قال شهود إن خمسة مسلحين قتلوا جنديا عند حاجز في مدينة العريش أمس.", ("UAF", "EGY-MIL", 1)),
    ("قال مصدر أمني إن ثلاثة مسلحين قتلوا 4 جنود في العريش أمس.", ("UAF", "EGY-MIL", 4)),
    # one person named by a nationality: after the act, or in the accusative after a definite word
    ("قتلت القوات الإسرائيلية فلسطينياً في جنين أمس.", ("ISR-MIL", "PSE-CVL", 1)),
    ("استشهد فلسطيني برصاص القوات الإسرائيلية في جنين أمس.", ("ISR-MIL", "PSE-CVL", 1)),
    ("أعلنت وزارة الصحة مقتل فلسطيني في جنين أمس.", ("UNK", "PSE-CVL", 1)),
    # … and after a verb of result: one attack, whose toll is that one, not an attack by his nation
    ("هاجم مستوطنون إسرائيليون بلدة حوارة، ما أسفر عن مقتل فلسطيني.", ("ISR-CVL", "PSE-CVL", 1)),
    ("قصفت المدفعية الإسرائيلية بلدة عيتا الشعب، ما أدى إلى مقتل لبناني.",
     ("ISR-MIL", "LBN-CVL", 1)),
    # the nationality after a verb is its subject, not the doer's adjective
    ("أصيب عراقي بجروح في انفجار في بغداد أمس.", ("UNK", "IRQ-CVL", None)),
    # the one killed is the accusative noun after the killer, not the killer's own noun
    ("قتل مسلحون من تنظيم داعش جندياً عراقياً قرب كركوك أمس.", ("ISIS", "IRQ-MIL", 1)),
    ("وقتلت القوات الإسرائيلية فلسطينياً في جنين أمس.", ("ISR-MIL", "PSE-CVL", 1)),
    ("اغتال مسلحون مجهولون صحفيا في البصرة أمس.", ("UAF", "IRQ-JRN", 1)),
    # an arrest of one kills no one
    ("اعتقلت القوات الإسرائيلية فلسطينياً في مدينة جنين أمس.", ("ISR-MIL", "PSE-CVL", None)),
    # people named by a plural nationality after the doer, or counted with من
    ("قتلت القوات الإسرائيلية فلسطينيين اثنين في جنين أمس.", ("ISR-MIL", "PSE-CVL", 2)),
    ("قتلت القوات الإسرائيلية اثنين من الفلسطينيين في جنين أمس.", ("ISR-MIL", "PSE-CVL", 2)),
    ("اعتقلت الشرطة التركية سوريين في إسطنبول أمس.", ("TUR-COP", "SYR-CVL", None)),
    ("اعتقلت الشرطة التركية عددا من السوريين في إسطنبول أمس.", ("TUR-COP", "SYR-CVL", None)),
    # the count after the time the act was told at
    ("قتلت القوات الإسرائيلية، فجر اليوم الأربعاء، 3 فلسطينيين في جنين.",
     ("ISR-MIL", "PSE-CVL", 3)),
    # … or right after the act on them, uncounted
    ("قصفت المدفعية الإسرائيلية بلدة حوارة، ما أسفر عن مقتل فلسطينيين.",
     ("ISR-MIL", "PSE-CVL", None)),
    ("استشهد فلسطينيون في القصف الإسرائيلي على غزة أمس.", ("ISR-MIL", "PSE-CVL", None)),
    ("أعلنت الشرطة التركية اعتقال سوريين في إسطنبول أمس.", ("TUR-COP", "SYR-CVL", None)),
    # a count after the one named: he killed them ("قتل" active), not "he was killed"
    ("قتل جندي إسرائيلي 3 فلسطينيين في جنين أمس.", ("ISR-MIL", "PSE-CVL", 3)),
    ("قتل شرطي مصري مسلحين اثنين في العريش أمس.", ("EGY-COP", "UAF", 2)),
    # ... or one in the accusative: one killed by him
    ("قتل جندي إسرائيلي شابا في مدينة جنين أمس.", ("ISR-MIL", "PSE-CVL", 1)),
    ("قتل قناص إسرائيلي شابا فلسطينيا في الخليل أمس.", ("ISR-MIL", "PSE-CVL", 1)),
    # no count after him, or one in another clause: he was killed
    ("قتل جندي إسرائيلي في جنين أمس.", ("UNK", "ISR-MIL", 1)),
    ("قتل جندي عراقي وأصيب 3 آخرون في هجوم لداعش قرب كركوك أمس.", ("ISIS", "IRQ-MIL", 1)),
])
def test_who_was_hit_and_how_many_died(text: str, row: tuple) -> None:
    [event] = _live(text)
    assert _row(event) == row


def test_a_nationality_qualifying_its_noun_stays_an_adjective() -> None:
    [event] = _live("التقى الرئيس الفلسطيني مسؤولا أمريكيا في رام الله أمس.")
    assert {event["source"]["code"], event["target"]["code"]} == {"PSE-GOV", "USA-GOV"}


@pytest.mark.parametrize("text, rows", [
    # who announces the death of its own soldiers tells of it; the attack told before is the killing
    ("أعلن الجيش الإسرائيلي مقتل جنديين في جنين أمس.", [("UNK", "ISR-MIL", 2)]),
    ("أعلن حزب الله استهداف موقع عسكري إسرائيلي في مزارع شبعا أمس. وأعلن الجيش الإسرائيلي مقتل "
     "جندي في الهجوم على الموقع.", [("HEZ", "ISR-MIL", 1)]),
    # ... also a group or a ministry announcing its own men's death, and who killed them
    ("أعلن حزب الله أمس مقتل ثلاثة من مقاتليه بغارة إسرائيلية على بلدة في جنوب لبنان.",
     [("ISR-MIL", "HEZ", 3)]),
    ("أعلنت وزارة الداخلية العراقية أمس مقتل اثنين من منتسبيها بهجوم لداعش في كركوك.",
     [("ISIS", "IRQ-COP", 2)]),
    # the dead of a death masdar are never its doer
    ("أعلنت الشرطة العراقية أمس مقتل شرطيين اثنين بهجوم لداعش في كركوك.", [("ISIS", "IRQ-COP", 2)]),
    # a state's army announcing another people's dead may have killed them
    ("أعلن الجيش الإسرائيلي مقتل فلسطيني في جنين أمس.", [("ISR-MIL", "PSE-CVL", 1)]),
])
def test_a_party_announcing_its_own_dead_did_not_kill_them(text: str, rows: list) -> None:
    assert [_row(e) for e in _live(text)] == rows


def test_no_one_hurt_by_the_shelling_is_the_shelling_s_toll_not_the_last_attack_s() -> None:
    text = ("قصفت المدفعية الإسرائيلية أطراف بلدة عيتا الشعب أمس، بعد ساعات من إعلان حزب الله "
            "استهداف موقع عسكري إسرائيلي في مزارع شبعا. ولم يسفر القصف عن إصابات، بحسب الوكالة "
            "الوطنية للإعلام.")
    assert [_row(e) for e in _live(text)] == [("ISR-MIL", None, 0), ("HEZ", "ISR-MIL", None)]


@pytest.mark.parametrize("text", [
    "تظاهر آلاف السودانيين في الخرطوم أمس للمطالبة بالحكم المدني.",
    "طالبت المعارضة السودانية أمس بتسليم السلطة إلى الحكم المدني.",
])
def test_a_civilian_word_describing_a_definite_noun_is_no_party(text: str) -> None:
    events = process(Article("t", text, DAY))["events"]
    parties = {r["text"] for e in events for r in (e["source"], e["target"]) if r}
    assert events and "مدني" not in parties


@pytest.mark.parametrize("text, dyad, name", [
    # a person named by name alone, after a description or none: a civilian of where it happened
    ("اغتال مسلحون الخبير الأمني هشام الهاشمي أمام منزله في بغداد أمس.", ("UAF", "IRQ-CVL"),
     "هشام الهاشمي"),
    ("اعتقلت الشرطة العراقية أحمد عويد في البصرة.", ("IRQ-COP", "IRQ-CVL"), "أحمد عويد"),
    ("قتل مسلحون مجهولون المحامي علي جاسب في العمارة.", ("UAF", "IRQ-CVL"), "علي جاسب"),
    # with no place, of the doer's state
    ("اعتقلت قوات الأمن التركية صلاح الدين دميرطاش صباح اليوم.", ("TUR-COP", "TUR-CVL"),
     "دميرطاش"),
])
def test_a_person_named_by_name_alone(text: str, dyad: tuple, name: str) -> None:
    [event] = _live(text)
    assert _row(event)[:2] == dyad
    assert event["target"]["text"].endswith(name)
