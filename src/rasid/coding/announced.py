"""The dead a state's forces announce: soldiers or police named bare in "أعلنت وزارة الدفاع
التركية مقتل جنديين في هجوم … شمال العراق" are that state's."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.parties import role_actor
from rasid.model import ActorRef, Token

#: the deaths an announcement tells ("أعلنت وزارة الدفاع التركية مقتل جنديين")
_DEATHS = {normalize(w) for w in ("مقتل", "إصابة", "استشهاد", "مصرع")}
_TELLS = {normalize(w) for w in ("أعلن", "أعلنت", "ونعى", "نعت", "نعى")}
_FORCES = {"MIL", "COP", "GOV"}


def own_dead(tokens: Sequence[Token], refs: Sequence[ActorRef]) -> list[ActorRef]:
    """Soldiers or police named bare whose death a state's forces announce ("أعلنت وزارة
    الدفاع التركية، الثلاثاء، مقتل جنديين في هجوم … شمال العراق") are that state's, not those of
    the place or the country the report names most."""
    out, starts = list(refs), [t.start for t in tokens]
    for i in range(1, len(out)):
        dead, teller = out[i], out[i - 1]
        if dead.actor.kind != "role" or dead.actor.sector not in ("MIL", "COP") \
                or len(dead.text.split()) != 1 or not teller.actor.country \
                or teller.actor.sector not in _FORCES or teller.actor.country == dead.actor.country:
            continue
        k, t = bisect_right(starts, dead.start) - 1, bisect_right(starts, teller.start) - 1
        j = k - 1
        while j > 0 and tokens[j].norm.isdigit():
            j -= 1  # "مقتل 3 جنود"
        told = t > 0 and tokens[t - 1].norm.removeprefix("و") in _TELLS
        if told and tokens[j].norm in _DEATHS and 0 < tokens[j].start - teller.end <= 20:
            out[i] = replace(dead, actor=role_actor(teller.actor.country, dead.actor.sector))
    return out
