"""Acts told the way reports of Iraqi–Syrian counter-terrorism cooperation tell them (found by
a tenth audit, 2026-12-08, on articles written for rasid): each row a sentence, with what it
must and must not give."""

from __future__ import annotations

import pytest
from coded import Dyad, dyads


@pytest.mark.parametrize("text, must, must_not", [
    # a craft "التابعة لـ" a force is that force's, whatever model is named between
    ("قصفت طائرات F-16 التابعة للقوة الجوية العراقية مواقع لداعش داخل الأراضي السورية.",
     {("ASSAULT", "IRQ-MIL", "ISIS")}, {("ASSAULT", "UNK", "IRQ-MIL")}),
    ("قصفت طائرات حربية تابعة للقوة الجوية العراقية مواقع لداعش في سوريا.",
     {("ASSAULT", "IRQ-MIL", "ISIS")}, {("ASSAULT", "UNK", "IRQ-MIL")}),
    ("قصفت مدفعية تابعة للجيش السوري بلدة كفرنبل.", set(), {("ASSAULT", "UNK", "SYR-MIL")}),
    ("قصفت طائرات تابعة للتحالف الدولي مواقع لداعش في هجين.", {("ASSAULT", "IGO", "ISIS")},
     set()),
])
def test_counterterrorism_reports(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    found = dyads(text)
    assert must <= found, found
    assert not must_not & found, found
