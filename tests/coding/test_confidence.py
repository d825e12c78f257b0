"""Confidence as a function of evidence: the formula's direction, and real sentences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from rasid.coding.confidence import (
    INFERRED,
    MISSING,
    NAMED,
    EventEvidence,
    argument_kind,
    confidence,
)
from rasid.model import Actor, ActorRef, Article, Sentence
from rasid.pipeline import process

FULL = EventEvidence(strength=0.8, source=NAMED, target=NAMED, source_distance=1, place=True,
                     explicit_date=True)


@pytest.mark.parametrize("weaker", [
    replace(FULL, strength=0.6),
    replace(FULL, source=INFERRED),
    replace(FULL, source=MISSING),
    replace(FULL, target=MISSING),
    replace(FULL, source_distance=12),
    replace(FULL, place=False),
    replace(FULL, explicit_date=False),
    replace(FULL, modal=True),
    replace(FULL, classifier=0.2),
])
def test_less_evidence_less_confidence(weaker: EventEvidence) -> None:
    assert confidence(weaker) < confidence(FULL)


def test_classifier_probability_only_lowers() -> None:
    values = [confidence(replace(FULL, classifier=p)) for p in (0.05, 0.2, 0.35, 0.5, 0.7, 0.95)]
    assert values == sorted(values) and len(set(values[:4])) == 4
    assert all(0.0 <= v <= 1.0 for v in values)
    assert values[3:] == [confidence(FULL)] * 3  # a likely live reading adds nothing


def test_argument_kind() -> None:
    sent = Sentence(0, 40, 0, 8)
    state = Actor(code="IRQ-GOV", name="Iraq", country="IRQ", sector="GOV", kind="state")
    assert argument_kind(ActorRef(5, 11, "العراق", state), sent) == NAMED
    assert argument_kind(ActorRef(5, 11, "العراقي", state), sent, inferred=True) == INFERRED
    assert argument_kind(ActorRef(5, 5, "", state), sent) == INFERRED  # supplied by the coder
    assert argument_kind(ActorRef(50, 56, "العراق", state), sent) == INFERRED  # another sentence
    assert argument_kind(ActorRef(5, 5, "", Actor(code="UNK", name=None)), sent) == MISSING
    assert argument_kind(None, sent) == MISSING


def _events(text: str) -> list[dict]:
    return process(Article("t", text, date(2022, 3, 1)))["events"]


def test_named_parties_place_and_date_beat_an_unknown_doer() -> None:
    full = _events("قصفت الطائرات التركية، يوم الأحد، مواقع لحزب العمال الكردستاني في قضاء سنجار.")
    vague = _events("قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة.")
    assert full and vague
    assert full[0]["source"]["code"] == "TUR-MIL" and vague[0]["source"]["code"] == "UNK"
    assert full[0]["confidence"] >= 0.8 > vague[0]["confidence"]
