"""Sieges, aid and access, expulsions and denials as wire copy tells them, on sentences written
for these tests (the fifth audit's cases of rasid's coder)."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

Coded = tuple[str, str | None, str, str | None, bool]


def _coded(text: str) -> set[Coded]:
    """(type, mode, source, target, negated) of each event that is not hypothetical."""
    events = process(Article("t", text, date(2024, 3, 10)))["events"]
    return {(e["event_type"], e["mode"], e["source"]["code"],
             e["target"]["code"] if e["target"] else None, e["negated"])
            for e in events if not e["hypothetical"]}


@pytest.mark.parametrize("text, coded", [
    # a denial stands before an aside between commas: the place of the words, or their day
    ("ونفت وزارة الداخلية الأردنية، في بيان، اعتقال أي صحفيين خلال تغطيتهم للاحتجاجات.",
     ("COERCE", "arrest", "JOR-COP", "JOR-JRN", True)),
    ("ونفى الجيش اللبناني، الأحد، اعتقال أي لاجئين سوريين في عرسال.",
     ("COERCE", "arrest", "LBN-MIL", "SYR-REF", True)),
    # a comma and another verb: the arrest was made
    ("نفت الوزارة التقارير، واعتقلت الشرطة الأردنية ثلاثة صحفيين في عمان.",
     ("COERCE", "arrest", "JOR-COP", "JOR-JRN", False)),
])
def test_a_denial_before_an_aside(text: str, coded: Coded) -> None:
    assert coded in _coded(text)
