"""Events do not change when a text writes the final ة as ه ("زياره", "البصره"), as some outlets,
forums and OCR output do. Sentences written for these tests."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

_FINAL_TA = re.compile(r"ة(?![\u0621-\u064A])")


def _coded(text: str) -> list[tuple]:
    events = process(Article("t", text, date(2024, 5, 11)))["events"]
    return sorted(map(str, ((e["event_type"], e["mode"], e["source"]["code"],
                             (e["target"] or {}).get("code"), (e["location"] or {}).get("name"),
                             e["negated"], e["hypothetical"]) for e in events)))


@pytest.mark.parametrize("text", [
    # a trigger noun in construct: "زياره وزير" is the visit of a minister, not "his visit"
    "ويتوقع أن يوقع الاتفاق خلال زيارة وزير الخارجية التركي لواشنطن الأسبوع المقبل.",
    "قتل خمسة مدنيين في غارة جوية إسرائيلية على مدينة رفح أمس.",
    # a definite place name: "البصره" takes no "his"
    "وصل وزير الخارجية الإيراني إلى البصرة أمس، آتيا من الكويت.",
    "وصل وزير الخارجية السوري إلى الإمارات العربية المتحدة أمس في زيارة رسمية.",
    "فرقت الشرطة العراقية بالقوة تظاهرة في البصرة أمس.",
    "قتل ثلاثة جنود في هجوم شنه تنظيم داعش على ثكنة عسكرية في محافظة الأنبار.",
    "وقعت الحكومة الأردنية اتفاقية تعاون أمني مع الحكومة العراقية في عمان.",
])
def test_a_final_ta_written_as_ha_codes_the_same_events(text: str) -> None:
    coded = _coded(text)
    assert coded
    assert _coded(_FINAL_TA.sub("ه", text)) == coded


def test_a_noun_whose_stem_takes_his_is_read_with_his() -> None:
    """"مطالبه" is "his demands" (مطالب + ه) far more often than a misspelt مطالبة."""
    events = process(Article("t", "جدد وزير الخارجية الأردني مطالبه إسرائيل بوقف الحرب على غزة.",
                             date(2024, 5, 11)))["events"]
    assert [(e["event_type"], e["source"]["code"], e["target"]["code"]) for e in events] == \
        [("REQUEST", "JOR-GOV", "ISR-GOV")]
