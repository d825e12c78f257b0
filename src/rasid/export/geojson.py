"""GeoJSON (RFC 7946): one Feature per stored incident, for QGIS, geopandas or a web map.

The geometry is the point of the incident's best-supported place (longitude, latitude, WGS 84),
or ``null`` when no source placed it. Properties are flat scalars so GIS tools show them as
columns (names in English, and the Arabic words the best source used: ``*_text``; the outlets'
names joined by "; "; ``geo_precision`` ACLED's 1-3, as in the CSV); members and conflicts are
JSON text in their own properties.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rasid.export.rows import PRECISION
from rasid.merge.corpus import incidents


def _actor(prefix: str, actor: dict[str, Any] | None) -> dict[str, Any]:
    actor = actor or {}
    return {f"{prefix}_code": actor.get("code"), f"{prefix}_name": actor.get("name"),
            f"{prefix}_text": actor.get("text")}


def feature(rec: dict[str, Any]) -> dict[str, Any]:
    """The GeoJSON Feature of one incident record (``rasid incidents`` form)."""
    loc, when = rec.get("location") or {}, rec.get("date") or {}
    has_point = loc.get("lat") is not None and loc.get("lon") is not None
    geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]} if has_point else None
    props = {
        "incident_id": rec["incident_id"],
        "event_type": rec["event_type"],
        "mode": rec.get("mode"),
        **_actor("source", rec.get("source")),
        **_actor("target", rec.get("target")),
        "location": loc.get("name"),
        "location_text": loc.get("text"),
        "country": loc.get("country"),
        "admin1": loc.get("admin1"),
        "feature": loc.get("feature"),
        "geo_precision": PRECISION.get(loc.get("feature") or ""),
        "date_start": when.get("start"),
        "date_end": when.get("end"),
        "date_text": when.get("text"),
        "fatalities": rec.get("fatalities"),
        "outlets": rec["outlets"],
        "n_members": len(rec["members"]),
        "n_conflicts": len(rec["conflicts"]),
        "conflict_fields": ",".join(c["field"] for c in rec["conflicts"]),
        "outlet_names": "; ".join(rec.get("outlet_names", [])),
        "members": json.dumps(rec["members"], ensure_ascii=False),
        "conflicts": json.dumps(rec["conflicts"], ensure_ascii=False),
    }
    return {"type": "Feature", "id": rec["incident_id"], "geometry": geometry, "properties": props}


def export(store: Any, path: Path) -> int:
    """Write every incident of ``store`` as a FeatureCollection; returns the features written."""
    features = [feature(rec) for rec in incidents(store)]
    collection = {"type": "FeatureCollection", "features": features}
    Path(path).write_text(json.dumps(collection, ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")
    return len(features)
