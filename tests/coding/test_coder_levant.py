"""Acts told the way wire reports from Iraq and Syria tell them (found by a ninth audit,
2026-12-07): each row a sentence or a short report, with what it must and must not give."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

Dyad = tuple[str, str, str | None]


def _events(text: str) -> list[dict]:
    return [e for e in process(Article("t", text, date(2024, 5, 12)))["events"]
            if not e["negated"] and not e["hypothetical"]]


def _dyads(text: str) -> set[Dyad]:
    return {(e["event_type"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in _events(text)}


@pytest.mark.parametrize("text, must, must_not", [
    # دمر with a military object after it is an attack; its mode is the strike's, not "destroy"
    ("دمرت الطائرات التركية 12 هدفا لحزب العمال الكردستاني في شمال العراق.",
     {("ASSAULT", "TUR-MIL", "TUR-REB")}, set()),
    ("قال الجيش العراقي إنه دمر نفقا لتنظيم داعش في صحراء الأنبار.",
     {("ASSAULT", "IRQ-MIL", "ISIS")}, set()),
    ("دمرت الحرب مواقع أثرية في سوريا.", set(), {("ASSAULT", "UNK", None)}),
    ("الحرب دمرت حياتنا.", set(), {("ASSAULT", "UNK", None)}),
    # the strikes named again as their verb's subject are the strikes told before: one act, by
    # the doer named first, on the party named after
    ("قصفت طائرات أمريكية مواقع في البوكمال. واستهدفت الضربات مقرات لكتائب حزب الله.",
     {("ASSAULT", "USA-MIL", "PMF")}, {("ASSAULT", "UNK", "PMF"), ("ASSAULT", "USA-MIL", "SYR-MIL")}),
    ("شنت طائرات روسية غارات على ريف إدلب الجنوبي أمس. واستهدف القصف مقرات لهيئة تحرير الشام.",
     {("ASSAULT", "RUS-MIL", "HTS")}, {("ASSAULT", "UNK", "HTS")}),
    # a strike told without its own article is another one, by no one named
    ("قصفت طائرات أمريكية مواقع في البوكمال. واستهدفت غارات مقرات لكتائب حزب الله في القائم.",
     {("ASSAULT", "UNK", "PMF")}, {("ASSAULT", "USA-MIL", "PMF")}),
    # a state whose forces fight beside the host state's hits its armed opposition, not its army
    ("قصفت طائرات روسية مواقع في ريف إدلب أمس.", {("ASSAULT", "RUS-MIL", "SYR-REB")},
     {("ASSAULT", "RUS-MIL", "SYR-MIL")}),
    ("قصفت طائرات إسرائيلية مواقع قرب دمشق أمس.", {("ASSAULT", "ISR-MIL", "SYR-MIL")}, set()),
])
def test_levant_reports(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    got = _dyads(text)
    assert must <= got, got
    assert not must_not & got, got


def test_a_strikes_result_keeps_the_strikes_mode() -> None:
    [e] = [e for e in _events("دمرت الطائرات التركية 12 هدفا لحزب العمال الكردستاني في شمال "
                              "العراق.") if e["event_type"] == "ASSAULT"]
    assert e["mode"] == "aerial"
