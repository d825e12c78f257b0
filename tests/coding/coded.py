"""What the coder gives for a test sentence, published 2024-05-12: its events that happened (not
negated or hypothetical), and their (type, source, target) codes. Shared by the test tables of
sentences from reports (``test_coder_reports.py``, ``test_coder_levant.py``)."""

from __future__ import annotations

from datetime import date

from rasid.model import Article
from rasid.pipeline import process

Dyad = tuple[str, str, str | None]


def events(text: str) -> list[dict]:
    return [e for e in process(Article("t", text, date(2024, 5, 12)))["events"]
            if not e["negated"] and not e["hypothetical"]]


def dyads(text: str) -> set[Dyad]:
    return {(e["event_type"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in events(text)}


def holds(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    """The sentence gives every dyad of ``must`` and none of ``must_not`` (the test tables' row
    check)."""
    got = dyads(text)
    assert must <= got, got
    assert not must_not & got, got
