"""People handed over (spec/PLOVER.md: extradition is COOPERATE): the party they are handed to,
named after إلى, is the target, not the people themselves ("سلمت قسد 153 عراقيا إلى السلطات
العراقية": the SDF cooperates with Iraq's authorities, not with 153 Iraqis)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.clauses import ASKED_FOR
from rasid.coding.positions import Positioned
from rasid.coding.triggers import TriggerMatch
from rasid.model import Doc, Event, Sentence

_HAND_OVER = tuple(normalize(w) for w in ("سلم", "تسليم"))
#: who is handed over: people, counted or named by nationality or charge (not the receiver)
_PEOPLE_SECTORS = {"CVL", "CRM", "REF"}


def handed_to(doc: Doc, sent: Sentence, trig: TriggerMatch, found: Sequence[Event],
              actors: Sequence[Positioned]) -> list[Event]:
    """``found`` with the receiver after إلى as the target of a handover whose target is the
    people handed over."""
    word = doc.tokens[trig.first_token].norm.lstrip("وف")
    if trig.defn.event_type != "COOPERATE" or not word.startswith(_HAND_OVER):
        return list(found)
    receiver = next((p.ref for p in actors if p.first > trig.last_token and p.first > 0
                     and p.ref.end <= sent.end and doc.tokens[p.first - 1].norm in ASKED_FOR), None)
    if receiver is None:
        return list(found)
    return [replace(e, target=receiver) if e.target is None
            or e.target.actor.sector in _PEOPLE_SECTORS and e.target.start < receiver.start
            else e for e in found]
