"""``Doc`` → the document record of spec/OUTPUT.md (a JSON-ready dict).

Surface texts are always cut from the original article text, so ``text == original[start:end]``
holds whatever the cleaning stage masked.
"""

from __future__ import annotations

from typing import Any

from rasid.model import ActorRef, DateRef, Doc, Event, PlaceRef, Quote


def actor_json(doc: Doc, ref: ActorRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"text": doc.text[ref.start : ref.end], "name": ref.actor.name, "code": ref.actor.code}


def place_json(doc: Doc, ref: PlaceRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    p = ref.place
    return {
        "text": doc.text[ref.start : ref.end],
        "name": p.name,
        "lat": round(p.lat, 5),
        "lon": round(p.lon, 5),
        "country": p.country,
        "admin1": p.admin1,
        "feature": p.feature,
    }


def date_json(doc: Doc, ref: DateRef | None, from_published: bool) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {
        "text": None if from_published else doc.text[ref.start : ref.end],
        "start": ref.interval.start.isoformat(),
        "end": ref.interval.end.isoformat(),
    }


def event_json(doc: Doc, e: Event) -> dict[str, Any]:
    return {
        "event_type": e.event_type,
        "mode": e.mode,
        "contexts": list(e.contexts),
        "source": actor_json(doc, e.source),
        "target": actor_json(doc, e.target),
        "location": place_json(doc, e.location),
        "date": date_json(doc, e.date, e.date_is_published),
        "evidence": {"start": e.evidence.start, "end": e.evidence.end},
        "fatalities": e.fatalities,
        "attributed_to": actor_json(doc, e.attributed_to),
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "confidence": e.confidence,
    }


def quote_json(doc: Doc, q: Quote) -> dict[str, Any]:
    return {"speaker": actor_json(doc, q.speaker), "start": q.start, "end": q.end, "cue": q.cue}


def to_record(doc: Doc) -> dict[str, Any]:
    art = doc.article
    return {
        "doc_id": art.doc_id,
        "published": art.published.isoformat() if art.published else None,
        "outlet": art.outlet,
        "entities": [
            {"start": m.start, "end": m.end, "label": m.label, "text": doc.text[m.start : m.end]}
            for m in doc.mentions
        ],
        "events": [event_json(doc, e) for e in doc.events],
        "quotes": [quote_json(doc, q) for q in doc.quotes],
    }
