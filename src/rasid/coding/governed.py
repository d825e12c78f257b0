"""The government an act on a place is addressed to, when no party is named: the regional
government that runs the place ("إعادة فتح مطاري أربيل": the KRG), the state an envoy is called
back from ("استدعت سفيرها من بيروت", "سحبت سفيرها في بغداد")."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.parties import role_actor
from rasid.coding.triggers import TriggerMatch
from rasid.model import ActorRef, PlaceRef
from rasid.resolve.actors import ActorResolver

_GOVERNED_REACH = 80  # characters after the trigger


def regional_government(trig: TriggerMatch, places: Sequence[PlaceRef], src: ActorRef,
                        on: object = None) -> ActorRef | None:
    """"قرر العبادي إعادة فتح مطاري أربيل والسليمانية": a state's measure on a place of its own
    that a regional government administers is addressed to that government (the KRG)."""
    for p in places:
        if 0 <= p.start - trig.end <= _GOVERNED_REACH and p.place.country == src.actor.country:
            actor = ActorResolver.load().regional_government(p.place, on)  # type: ignore[arg-type]
            if actor is not None:
                return ActorRef(p.start, p.end, p.text, actor)
    return None


_POSTED = {normalize(w) for w in ("في", "لدى", "ب")}
_OWN_ENVOYS = {normalize(w) for w in ("سفيرها", "سفيره", "سفيرهم", "سفراءها", "سفرائها", "سفرائه",
                                      "بعثتها", "بعثته", "دبلوماسييها", "دبلوماسييه")}


def recalled_from(text: str, trig: TriggerMatch, places: Sequence[PlaceRef],
                  src: ActorRef) -> ActorRef | None:
    """"استدعت سفيرها من أنقرة", "سحبت سفيرها من بيروت", "استدعت سفيرها في بغداد": the state an
    envoy is called back from (a state's: "سحبت الأمم المتحدة بعثتها في مالي" is a mission
    leaving)."""
    if not src.actor.country:
        return None
    for p in places:
        before = normalize(text[max(0, p.start - 24) : p.start]).split()[-2:]
        near = 0 <= p.start - trig.end <= _GOVERNED_REACH
        if near and p.place.country not in (None, src.actor.country) \
                and (before[-1:] == ["من"] or len(before) == 2 and before[1] in _POSTED
                     and before[0] in _OWN_ENVOYS):
            return ActorRef(p.start, p.end, p.text, role_actor(p.place.country, "GOV"))
    return None
