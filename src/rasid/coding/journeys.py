"""Journeys: "ووصل العبادي، الجمعة، إلى محافظة البصرة" tells where a party was that day, even when
the trip is no event (a leader travelling in his own country). A meeting of that party on that
day, told without a place, was held there, on a visit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from rasid.coding.arguments import pick_arguments
from rasid.coding.positions import Positioned
from rasid.coding.triggers import TriggerMatch
from rasid.model import DateRef, Event, Interval, PlaceRef, Token


@dataclass(frozen=True, slots=True)
class Journey:
    traveller: str  # actor code
    place: PlaceRef
    days: Interval


def journey_of(tokens: Sequence[Token], trig: TriggerMatch, actors: Sequence[Positioned],
               destination: Sequence[PlaceRef], when: Sequence[DateRef],
               published: date | None) -> Journey | None:
    """The journey a trip verb (وصل/توجه … إلى) tells, when its traveller and destination are named."""
    if not trig.defn.then or not destination:
        return None
    traveller, _ = pick_arguments(tokens, trig, actors)
    days = when[0].interval if when else Interval(published, published) if published else None
    if traveller is None or days is None:
        return None
    return Journey(traveller.ref.actor.code, _seat(destination[0]), days)


def _seat(place: PlaceRef) -> PlaceRef:
    """"وصل إلى محافظة البصرة": a visit to a governorate goes to its seat, the city of its name."""
    if place.place.feature != "admin1":
        return place
    from rasid.resolve.places import Gazetteer

    words = place.text.split()
    city = Gazetteer.load().resolve(" ".join(words[1:])) if len(words) > 1 else None
    if city is None or city.feature != "city" or city.admin1 != place.place.admin1:
        return place
    return replace(place, place=city)


def after_journeys(events: list[Event], journeys: Sequence[Journey]) -> list[Event]:
    """Meetings with no place of a party on a day it travelled: held where it went, on a visit."""
    out = []
    for e in events:
        if e.event_type == "CONSULT" and e.location is None and e.date is not None \
                and not (e.negated or e.hypothetical):
            codes = {r.actor.code for r in (e.source, e.target) if r is not None}
            trip = next((j for j in journeys if j.traveller in codes
                         and not (j.days.end < e.date.interval.start or e.date.interval.end < j.days.start)),
                        None)
            if trip is not None:
                e = replace(e, location=trip.place, mode=e.mode or "visit")
        out.append(e)
    return out
