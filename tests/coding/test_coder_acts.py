"""Which act a sentence reports, on sentences written for these tests: promises of help, grants and
asylum, threats against one's own side."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _dyads(text: str) -> set[tuple[str, str, str | None]]:
    events = process(Article("t", text, date(2023, 5, 10)))["events"]
    return {(e["event_type"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in events if not e["negated"] and not e["hypothetical"]}


@pytest.mark.parametrize("text, dyads", [
    # a promise of future help is an AGREE with whom it is promised to (spec/PLOVER.md)
    ("وعدت الولايات المتحدة أمس بتقديم مساعدات عسكرية جديدة لأوكرانيا.", {("AGREE", "USA-GOV", "UKR-GOV")}),
    ("وعد وزير الخارجية الأمريكي نظيره العراقي بدعم بلاده في حربها على الإرهاب.",
     {("AGREE", "USA-GOV", "IRQ-GOV")}),
    # a grant, asylum, a shipment: the giver stands between the verb and the gift
    ("قدمت السعودية أمس منحة بقيمة 100 مليون دولار للحكومة اليمنية.", {("AID", "SAU-GOV", "YEM-GOV")}),
    ("منحت ألمانيا اللجوء لعشرات العائلات السورية خلال الشهر الماضي.", {("AID", "DEU-GOV", "SYR-CVL")}),
    # a resignation handed in is not a gift
    ("قدم وزير الخارجية العراقي استقالته أمس إلى رئيس الحكومة.", {("RETREAT", "IRQ-GOV", None)}),
    # a threat made on behalf of one's own interests names no one threatened
    ("هدد الحرس الثوري الإيراني بالرد على أي هجوم يستهدف مصالح إيران في المنطقة.", set()),
])
def test_the_act_told(text: str, dyads: set[tuple[str, str, str | None]]) -> None:
    assert _dyads(text) == dyads
