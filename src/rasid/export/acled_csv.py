"""CSV export in ACLED-like columns, one row per event that happened, plus rasid's own.

ACLED's columns come first, filled the way ACLED fills them where rasid knows the answer;
``event_type``/``sub_event_type`` are ACLED's categories derived from the PLOVER type and mode
(PLOVER kinds ACLED does not count, such as talks or accusations, fall under "Strategic
developments"). ``fatalities`` is empty when the text gives no toll (ACLED would write 0).
``geo_precision`` follows ACLED: 1 a town or point, 2 a district or region, 3 a province or
country. rasid's columns follow: the PLOVER type, mode and contexts, the codes, the evidence
sentence, its offsets and the document, then the date as the text gives it (``event_date`` is
its first day; "last month" spans ``date_start``–``date_end``).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from rasid.export.rows import PRECISION, country_names, event_hits, event_id
from rasid.store.base import Store
from rasid.store.query import EventHit

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "actor2", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities",
)
RASID_COLUMNS = ("plover_type", "plover_mode", "plover_contexts", "source_code", "target_code",
                 "evidence", "evidence_start", "evidence_end", "doc_id", "url",
                 "date_start", "date_end", "date_text",  # added after the first release
                 "event_id", "incident_id")  # as in the Parquet and PLOVER exports
COLUMNS = ACLED_COLUMNS + RASID_COLUMNS

_REMOTE = {"aerial": "Air/drone strike", "drone": "Air/drone strike",
           "heavy-weapons": "Shelling/artillery/missile attack",
           "explosives": "Remote explosive/landmine/IED", "suicide-attack": "Suicide bomb"}
_CIVILIANS = {"abduct": "Abduction/forced disappearance", "sexual": "Sexual violence"}


#: targets that fight back: an attack on them is a battle in ACLED's terms (spec/ACTORS.md codes)
_ARMED_SECTORS = {"MIL", "COP", "SPY", "REB", "PRM"}
_ARMED_GROUPS = {"ISIS", "AQ", "HTS", "SDF", "PMF", "HEZ", "IMG", "UAF"}


def armed(code: str | None) -> bool:
    """The actor code is an armed force or group ("IRQ-MIL", "ISIS"), not civilians or a state."""
    return bool(code) and (code in _ARMED_GROUPS or code.rsplit("-", 1)[-1] in _ARMED_SECTORS)


def acled_type(event_type: str, mode: str | None, target: str | None = None) -> tuple[str, str]:
    """ACLED's event type and sub-event type for a PLOVER type and mode, and the target's code:
    an attack on an armed party is a battle, on anyone else violence against civilians."""
    if event_type == "ASSAULT":
        if mode in _REMOTE:
            return "Explosions/Remote violence", _REMOTE[mode]
        if mode == "destroy":
            return "Strategic developments", "Looting/property destruction"
        if mode == "crowd-control":
            return "Protests", "Excessive force against protesters"
        if armed(target) and mode not in _CIVILIANS:
            return "Battles", "Armed clash"
        return "Violence against civilians", _CIVILIANS.get(mode or "", "Attack")
    if event_type == "PROTEST":
        if mode in ("riot", "vandalize"):
            return "Riots", "Violent demonstration"
        return "Protests", "Peaceful protest"
    if event_type == "COERCE" and mode == "arrest":
        return "Strategic developments", "Arrests"
    if event_type in ("AGREE", "SUPPORT", "CONCEDE") or (event_type, mode) == ("RETREAT",
                                                                              "ceasefire"):
        return "Strategic developments", "Agreement"
    if event_type == "MOBILIZE":
        return "Strategic developments", "Change to group/activity"
    return "Strategic developments", "Other"


def acled_row(hit: EventHit, countries: dict[str, str]) -> dict[str, Any]:
    e = hit.event
    src, tgt = e["source"] or {}, e["target"] or {}
    loc, date = e["location"] or {}, e["date"] or {}
    when = date.get("start") or hit.published
    kind, sub = acled_type(e["event_type"], e["mode"], tgt.get("code"))
    iso = loc.get("country")
    notes = f"{src.get('name') or 'Unknown'}: {e['event_type']}"
    notes += f" ({e['mode']})" if e["mode"] else ""
    notes += f" → {tgt.get('name')}" if tgt.get("name") else ""
    notes += f" in {loc['name']}" if loc.get("name") else ""
    return {
        "event_id_cnty": f"{iso or 'XXX'}-{event_id(hit)}", "event_date": when,
        "year": int(when[:4]) if when else None, "event_type": kind, "sub_event_type": sub,
        "actor1": src.get("name"), "assoc_actor_1": None, "actor2": tgt.get("name"),
        "country": countries.get(iso, iso) if iso else None, "admin1": loc.get("admin1"),
        "location": loc.get("name"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
        "geo_precision": PRECISION.get(loc.get("feature") or ""), "source": hit.outlet,
        "notes": notes, "fatalities": e["fatalities"],
        "plover_type": e["event_type"], "plover_mode": e["mode"],
        "plover_contexts": ";".join(e["contexts"]), "source_code": src.get("code"),
        "target_code": tgt.get("code"), "date_start": date.get("start"), "date_end": date.get("end"),
        "date_text": date.get("text"), "evidence": hit.evidence,
        "evidence_start": e["evidence"]["start"], "evidence_end": e["evidence"]["end"],
        "doc_id": hit.doc_id, "url": hit.url,
        "event_id": event_id(hit), "incident_id": hit.incident_id,
    }


def export(store: Store, path: Path) -> int:
    countries = country_names()
    hits = event_hits(store, happened_only=True)
    # utf-8-sig: spreadsheet programs then read the Arabic text correctly
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for hit in hits:
            writer.writerow({k: _cell(v) for k, v in acled_row(hit, countries).items()})
    return len(hits)


#: a text cell starting with one of these is read as a formula by spreadsheet programs
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A text value a spreadsheet would run as a formula (an outlet or URL "=HYPERLINK(…)") is
    written after an apostrophe, which spreadsheets hide; numbers stay numbers."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA) else value
