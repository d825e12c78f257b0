"""A strike to come that its doer, or its doer's state, says it will make is a threat made
(spec/GOLD.md: "a threat *made* by an actor is THREATEN"); told by others it is a plan, the
hypothetical act, and no event."""

from __future__ import annotations

import pytest
from coded import dyads, events

from rasid.model import Article
from rasid.pipeline import process


@pytest.mark.parametrize("text, threat", [
    ("وقالت كتائب حزب الله في بيان إنها ستستهدف القوات الأمريكية في العراق إذا لم تنسحب.",
     ("THREATEN", "PMF", "USA-MIL")),
    ("وقال المتحدث باسم الجيش الإسرائيلي إن طائراته ستقصف أهدافا لحزب الله في جنوب لبنان.",
     ("THREATEN", "ISR-MIL", "HEZ")),
    ("قال قائد الحرس الثوري الإيراني إن قواته ستضرب القواعد الأمريكية في المنطقة.",
     ("THREATEN", "IRN-MIL", "USA-MIL")),
    # the speaker named after the act
    ("في حال استمرار الهجمات، ستقصف القوات التركية مواقع حزب العمال الكردستاني في سنجار، وفق "
     "ما قال وزير الدفاع التركي.", ("THREATEN", "TUR-MIL", "TUR-REB")),
])
def test_a_strike_its_doer_says_it_will_make_is_a_threat_of_violence(text, threat) -> None:
    found = events(text)
    assert threat in dyads(text), found
    made = next(e for e in found if e["event_type"] == "THREATEN")
    assert made["mode"] == "violence" and made["date"]["start"] == "2024-05-12"
    assert made["fatalities"] is None
    # the strike itself has not happened
    assert not any(e["event_type"] == "ASSAULT" for e in found)


@pytest.mark.parametrize("text", [
    "قالت مصادر إن القوات التركية ستقصف مواقع حزب العمال الكردستاني في سنجار.",
    "قال وزير الخارجية الأمريكي إن إسرائيل ستضرب المنشآت الإيرانية.",
    "ذكرت صحيفة يديعوت أحرونوت أن إسرائيل ستضرب المنشآت الإيرانية.",
    "هل ستقصف إسرائيل المنشآت النووية الإيرانية؟",
    # questions told indirectly, and sources or officials left unnamed (a review's sentences)
    "تساءل محللون عما إذا كانت الولايات المتحدة ستضرب الحوثيين.",
    "تساءلت الصحيفة عما إذا كان الجيش الإسرائيلي سيهاجم لبنان.",
    "قال مصدر في وزارة الدفاع التركية إن القوات التركية ستقصف مواقع حزب العمال الكردستاني.",
    "قال مصدر عسكري إسرائيلي إن الطائرات الإسرائيلية ستقصف مواقع حزب الله.",
    "قال دبلوماسيون إسرائيليون إن إسرائيل ستضرب إيران.",
])
def test_a_strike_to_come_told_by_others_is_a_plan_not_a_threat(text) -> None:
    record = process(Article("t", text, None))
    assert not any(e["event_type"] == "THREATEN" for e in record["events"])
    assert all(e["hypothetical"] for e in record["events"] if e["event_type"] == "ASSAULT")


def test_a_threat_dated_ahead_is_made_on_the_day_it_is_told() -> None:
    text = "وقالت الفصائل العراقية إنها ستستهدف القواعد الأمريكية اعتبارا من يوم الأحد المقبل."
    [made] = [e for e in events(text) if e["event_type"] == "THREATEN"]
    assert (made["source"]["code"], made["target"]["code"]) == ("IRQ-REB", "USA-MIL")
    assert made["date"]["start"] == "2024-05-12"


def test_a_promise_to_withdraw_is_still_a_concession() -> None:
    assert ("CONCEDE", "USA-GOV", None) in dyads(
        "أعلن ترامب أن الولايات المتحدة ستسحب قواتها من سوريا.")
