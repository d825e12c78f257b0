"""PLOVER JSON export: one PLOVER event record per line for every event that happened.

Each record has PLOVER's parts: the event (type, mode, contexts, quad class), the actors with
their country and sector (group codes mapped as spec/ACTORS.md says for PLOVER export), the
place, the date interval, the death toll, and the story it came from with its evidence text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rasid.export.rows import QUADS, event_hits, event_id
from rasid.store.base import Store
from rasid.store.query import EventHit

# group codes of spec/ACTORS.md as PLOVER country + sector
GROUPS = {"ISIS": (None, "IMG"), "AQ": (None, "IMG"), "HTS": ("SYR", "REB"),
          "SDF": ("SYR", "REB"), "PMF": ("IRQ", "PRM"), "HEZ": ("LBN", "PRM")}


def plover_actor(actor: dict[str, Any] | None) -> dict[str, Any] | None:
    if not actor:
        return None
    code = actor.get("code") or "UNK"
    if code in GROUPS:
        country, sector = GROUPS[code]
    elif "-" in code:
        country, sector = code.split("-", 1)
    else:  # UNO, EUR, IGO, NGO, IMG, UAF, UNK
        country, sector = None, code
    return {"name": actor.get("name"), "text": actor.get("text"), "code": code,
            "country": country, "sector": sector, "wikidata": actor.get("wikidata")}


def plover_record(hit: EventHit) -> dict[str, Any]:
    e = hit.event
    loc, date = e["location"], e["date"] or {}
    return {
        "id": event_id(hit), "incident_id": hit.incident_id,
        "date": date.get("start") or hit.published,
        "date_end": date.get("end") or date.get("start") or hit.published,
        "event_type": e["event_type"], "mode": e["mode"], "context": list(e["contexts"]),
        "quad_class": QUADS.get(e["event_type"]),
        "source": plover_actor(e["source"]), "target": plover_actor(e["target"]),
        "attributed_to": plover_actor(e["attributed_to"]),
        "geolocation": None if not loc else {
            "name": loc.get("name"), "text": loc.get("text"), "country": loc.get("country"),
            "admin1": loc.get("admin1"), "feature": loc.get("feature"),
            "lat": loc.get("lat"), "lon": loc.get("lon")},
        "fatalities": e["fatalities"], "confidence": e["confidence"],
        "story": {"doc_id": hit.doc_id, "outlet": hit.outlet, "url": hit.url,
                  "published": hit.published, "language": "ar", "text": hit.evidence,
                  "evidence": dict(e["evidence"])},
    }


def export(store: Store, path: Path) -> int:
    hits = event_hits(store, happened_only=True)
    with open(path, "w", encoding="utf-8") as out:
        for hit in hits:
            out.write(json.dumps(plover_record(hit), ensure_ascii=False) + "\n")
    return len(hits)
