"""Flat event rows shared by the tabular exports (CSV, Parquet, PLOVER)."""

from __future__ import annotations

from typing import Any

from rasid.resources import load_yaml
from rasid.store.base import Store
from rasid.store.query import EventHit, EventQuery

# PLOVER quad classes (spec/PLOVER.md)
QUADS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict"),
}


COLUMNS = (
    "event_id", "incident_id", "doc_id", "event_index", "outlet", "url", "published", "event_type",
    "mode", "contexts", "quad", "source_code", "source_name", "source_text", "target_code",
    "target_name", "target_text", "place_name", "place_text", "country", "admin1", "feature",
    "geo_precision", "latitude", "longitude", "date_start", "date_end", "date_text", "fatalities",
    "attributed_to", "negated", "hypothetical", "confidence", "evidence_start", "evidence_end",
    "evidence",
)


#: ACLED's geo_precision of a gazetteer feature: 1 a town or point, 2 a district or region,
#: 3 a province or country
PRECISION = {"point": 1, "city": 1, "admin2": 2, "region": 2, "admin1": 3, "country": 3}


def event_hits(store: Store, *, happened_only: bool) -> list[EventHit]:
    return store.events(EventQuery(include_flagged=not happened_only))


def event_id(hit: EventHit) -> str:
    """Stable id of an event: its document and its index there (``EventHit.event_id``)."""
    return hit.event_id


def country_names() -> dict[str, str]:
    return {iso: row["en"] for iso, row in load_yaml("countries.yaml").items()}


def flat(hit: EventHit) -> dict[str, Any]:
    """One event as flat typed columns (the Parquet schema; CSV maps these to ACLED's)."""
    e = hit.event
    src, tgt = e["source"] or {}, e["target"] or {}
    loc, date = e["location"] or {}, e["date"] or {}
    return {
        "event_id": event_id(hit), "incident_id": hit.incident_id, "doc_id": hit.doc_id,
        "event_index": hit.idx,
        "outlet": hit.outlet, "url": hit.url, "published": hit.published,
        "event_type": e["event_type"], "mode": e["mode"], "contexts": list(e["contexts"]),
        "quad": QUADS.get(e["event_type"]),
        "source_code": src.get("code"), "source_name": src.get("name"),
        "source_text": src.get("text"),
        "target_code": tgt.get("code"), "target_name": tgt.get("name"),
        "target_text": tgt.get("text"),
        "place_name": loc.get("name"), "place_text": loc.get("text"),
        "country": loc.get("country"), "admin1": loc.get("admin1"), "feature": loc.get("feature"),
        "geo_precision": PRECISION.get(loc.get("feature") or ""),
        "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "date_start": date.get("start"), "date_end": date.get("end"), "date_text": date.get("text"),
        "fatalities": e["fatalities"],
        "attributed_to": (e["attributed_to"] or {}).get("code"),
        "negated": bool(e["negated"]), "hypothetical": bool(e["hypothetical"]),
        "confidence": float(e["confidence"]),
        "evidence_start": e["evidence"]["start"], "evidence_end": e["evidence"]["end"],
        "evidence": hit.evidence,
    }
