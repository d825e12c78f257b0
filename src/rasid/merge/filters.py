"""Filters of ``rasid incidents``, applied to stored incident records (see ``summary``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasid.arabic.normalize import normalize
from rasid.store.query import outlet_matches


@dataclass(frozen=True, slots=True)
class IncidentQuery:
    """Every filter given must hold. An actor matches a code (``IRQ`` matches ``IRQ-GOV``) or a
    canonical or surface name of the incident's source or target; dates match when the
    incident's interval overlaps [date_from, date_to]; ``near`` is a ``rasid.store.query.Near``."""

    types: tuple[str, ...] = ()
    actor: str | None = None
    #: what ``actor`` resolves to when rasid knows the name (``rasid.store.query.ActorMeaning``)
    actor_as: Any = None
    country: str | None = None
    near: Any = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    min_sources: int = 0
    limit: int | None = None


def _actor_matches(rec: dict[str, Any], actor: str, meaning: Any = None) -> bool:
    want = normalize(actor.strip())
    for who in (rec.get("source"), rec.get("target")):
        if not who:
            continue
        if meaning is not None and meaning.holds(who.get("code"), who.get("name")):
            return True
        code = who.get("code") or ""
        if code and (code.upper() == actor.upper() or code.upper().startswith(actor.upper() + "-")):
            return True
        if any(want and want in normalize(who.get(k) or "") for k in ("name", "text")):
            return True
    return False


def matches(rec: dict[str, Any], q: IncidentQuery) -> bool:
    """True when the incident record passes every filter of ``q``."""
    loc, when = rec.get("location") or {}, rec.get("date") or {}
    if q.types and rec["event_type"] not in {t.upper() for t in q.types}:
        return False
    if q.min_sources and rec["outlets"] < q.min_sources:
        return False
    if q.country and (loc.get("country") or "").upper() != q.country.upper():
        return False
    if q.near is not None and not q.near.holds(loc.get("lat"), loc.get("lon")):
        return False
    if q.date_from and (when.get("end") or when.get("start") or "") < q.date_from:
        return False
    if q.date_to and not (when.get("start") and when["start"] <= q.date_to):
        return False
    if q.outlet and not outlet_matches(q.outlet, rec.get("outlet_names", [])):
        return False
    return not q.actor or _actor_matches(rec, q.actor, q.actor_as)


def select(records: list[dict[str, Any]], q: IncidentQuery) -> list[dict[str, Any]]:
    out = [r for r in records if matches(r, q)]
    return out[: q.limit] if q.limit else out

