"""What an incident says: the best-supported value of each field, and the conflicts.

A value's support is the number of distinct outlets whose report agrees with it (the same value,
or one that refines it or that it refines: Damascus supports Syria and Syria Damascus; a report
that names no doer, or whose day is only its publication date, contradicts no other). The best
value has the most support; ties go to the more precise value (a named doer, a day told), then
to the higher summed confidence, then to the earlier report. Two values conflict when neither
refines the other (7 against 9 dead, two days, two towns, two doers) and come from more than one
document; a conflict lists every value side by side with the documents that gave it.
"""

from __future__ import annotations

from typing import Any

from rasid.merge import compat
from rasid.merge.incidents import Incident, Member, report_order

#: fields whose disagreements are reported as conflicts
CONFLICT_FIELDS = ("fatalities", "date", "location", "source", "target")
_PRECISION = {"point": 5, "city": 4, "admin2": 3, "admin1": 2, "region": 1, "country": 0}


def _label(name: str, value: Any) -> Any:
    """The short form of a value shown in conflicts."""
    if value is None:
        return None
    if name == "date":
        start, end = value.get("start"), value.get("end") or value.get("start")
        return start if start == end else f"{start}/{end}"
    if name == "location":
        return value.get("name") or value.get("text")
    if name in ("source", "target"):
        return value.get("code") or value.get("name")
    return value


def _refines(name: str, a: Any, b: Any) -> bool:
    """Same value, or one is a more precise form of the other (not a conflict)."""
    if _label(name, a) == _label(name, b):
        return True
    if name == "date":  # a day taken from the publication date says nothing against a day told
        return not a.get("text") or not b.get("text") or compat.date_refines(a, b)
    if name == "location":
        return compat.places(a, b) == compat.AGREE
    if name in ("source", "target"):  # an outlet that names no doer contradicts none
        la, lb = _label(name, a), _label(name, b)
        return la in compat.UNIDENTIFIED or lb in compat.UNIDENTIFIED or compat.codes(la, lb) == compat.AGREE
    return False


def _precision(name: str, value: Any) -> float:
    if name == "date":  # a day told beats the publication date
        iv = compat._interval(value)
        return -(iv[1] - iv[0]).days + (0.5 if value.get("text") else 0) if iv else -1e9
    if name == "location":
        return _PRECISION.get(value.get("feature") or "", -1)
    if name in ("source", "target"):
        code = _label(name, value) or ""
        return 0 if code in compat.UNIDENTIFIED else code.count("-") + 1
    return 0


def best_value(inc: Incident, name: str) -> Any:
    """The best-supported non-null value of ``name`` among the members, or ``None``."""
    reports = [(m, m.event.get(name)) for m in sorted(inc.members, key=report_order)]
    reports = [(m, v) for m, v in reports if v is not None]
    if not reports:
        return None

    def rank(item: tuple[int, tuple[Member, Any]]) -> tuple[Any, ...]:
        pos, (m, v) = item
        support = {o.source_name for o, w in reports if _refines(name, v, w)}
        label = _label(name, v)
        conf = sum(o.event.get("confidence", 0) for o, w in reports if _label(name, w) == label)
        return (len(support), _precision(name, v), conf, -pos)

    return max(enumerate(reports), key=rank)[1][1]


def conflicts(inc: Incident) -> list[dict[str, Any]]:
    """Fields on which the members disagree: ``{"field", "values": [{"value", "doc_ids"}]}``."""
    out = []
    for name in CONFLICT_FIELDS:
        seen: dict[Any, tuple[Any, list[str]]] = {}
        for m in sorted(inc.members, key=report_order):
            raw = m.event.get(name)
            if raw is None:
                continue
            label = _label(name, raw)
            entry = seen.setdefault(label, (raw, []))
            if m.doc_id not in entry[1]:
                entry[1].append(m.doc_id)
        values = list(seen.values())
        pairs = ((a, b) for i, a in enumerate(values) for b in values[i + 1 :])
        # one document that codes one occurrence twice does not disagree with itself
        if any(not _refines(name, a[0], b[0]) and len({*a[1], *b[1]}) > 1 for a, b in pairs):
            out.append({"field": name, "values": [
                {"value": _label(name, raw), "doc_ids": sorted(docs)} for raw, docs in values]})
    return out


def incident_json(inc: Incident) -> dict[str, Any]:
    """The incident as printed by ``rasid incidents`` and stored."""
    members = sorted(inc.members, key=lambda m: (m.doc_id, m.index))
    etype = best_value(inc, "event_type")
    same_type = [m for m in inc.members if m.event["event_type"] == etype]
    mode = best_value(Incident(inc.incident_id, same_type), "mode")
    return {
        "incident_id": inc.incident_id,
        "event_type": etype,
        "mode": mode,
        "source": best_value(inc, "source"),
        "target": best_value(inc, "target"),
        "location": best_value(inc, "location"),
        "date": best_value(inc, "date"),
        "fatalities": best_value(inc, "fatalities"),
        "members": [{"doc_id": m.doc_id, "outlet": m.outlet, "event": m.index} for m in members],
        "outlets": len(inc.outlets),
        "outlet_names": inc.outlets,
        "conflicts": conflicts(inc),
    }
