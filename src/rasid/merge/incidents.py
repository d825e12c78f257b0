"""Incidents: events from different articles that report the same occurrence.

An event joins an incident when it clashes with none of its members (type family, actors, date
interval, place: ``compat``) and scores at least ``LINK`` with one of them, the score being the
similarity of the evidence sentences plus ``BONUS`` for each field that agrees. Only that one
member's sentence need be alike: a report whose evidence is its headline joins the incident
through the report it resembles, even where it reads unlike another member's lead. A meeting and
the agreement reached at it are two incidents: an agreement goes to the agreement of a report
that tells the two apart, rather than to its meeting. Denied and
hypothetical events never join incidents. Linking is incremental: ``link`` places new events
into the incidents it is given, and an incident keeps the id of the event that founded it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasid.merge import compat
from rasid.merge.similarity import Evidence

LINK = 0.5
BONUS = 0.05
#: below this evidence similarity no agreement of fields links two events
MIN_SIMILARITY = 0.25
#: among the incidents an event may join, one of its own type ranks this much higher
SAME_TYPE = 0.05
_TALKS = frozenset({"CONSULT", "AGREE", "SUPPORT"})


@dataclass(frozen=True, slots=True)
class Member:
    """One event of one document, with the text of its evidence sentence."""

    doc_id: str
    outlet: str | None
    index: int
    event: dict[str, Any]
    evidence: str
    published: str | None = None
    #: the stored article's content hash, when it comes from a store (doc ids may repeat there)
    article: str = ""

    @property
    def key(self) -> str:
        return f"{self.article or self.doc_id}#{self.index}"

    @property
    def source_name(self) -> str:
        """Who reported it: the outlet, or the document when the outlet is unknown."""
        return self.outlet or f"doc:{self.doc_id}"


@dataclass(slots=True)
class Incident:
    incident_id: str
    members: list[Member] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return sorted({m.source_name for m in self.members})


def incident_id(founder: Member) -> str:
    """Deterministic id: a digest of the founding event's document and index."""
    return "inc-" + hashlib.sha256(founder.key.encode("utf-8")).hexdigest()[:12]


def members_of(record: dict[str, Any], text: str, outlet: str | None = None,
               article: str = "") -> list[Member]:
    """The events of one document record that can belong to incidents (not denied, not
    hypothetical), with their evidence sentences cut from the original text."""
    out = []
    for i, ev in enumerate(record.get("events") or []):
        if ev.get("negated") or ev.get("hypothetical"):
            continue
        span = ev["evidence"]
        out.append(Member(record["doc_id"], outlet if outlet is not None else record.get("outlet"),
                          i, ev, text[span["start"] : span["end"]], record.get("published"),
                          article))
    return out


def score(a: Member, b: Member, evidence: Evidence) -> float | None:
    """Link score of two events, or ``None`` when they cannot be the same occurrence (a meeting
    and the agreement one document tells apart: a visit and the memorandum signed during it);
    0 when their sentences are too unlike for the two to link, though they may share an
    incident through a third. The incident of an event's own type is preferred to one of its
    family (``link``)."""
    kinds = {a.event["event_type"], b.event["event_type"]}
    if len(kinds) > 1 and kinds <= _TALKS and (a.article or a.doc_id) == (b.article or b.doc_id):
        return None
    agreeing = compat.compare(a.event, b.event)
    if agreeing == compat.CLASH:
        return None
    sim = evidence.similarity(a.key, b.key)
    return sim + BONUS * agreeing if sim >= MIN_SIMILARITY else 0.0  # too unlike to link by


def report_order(m: Member) -> tuple[str, str, int, str]:
    return (m.published or "", m.doc_id, m.index, m.key)


def link(incidents: list[Incident], new: Iterable[Member],
         evidence: Evidence | None = None) -> list[Incident]:
    """Place ``new`` events into ``incidents`` (changed in place); returns the incidents touched.

    Events are taken in (published, doc_id, index) order, so the result does not depend on the
    order articles were given in. Two events of one document share an incident only when they
    match as two reports would (a document that tells one occurrence twice), and never a meeting
    and an agreement.
    """
    evidence = evidence or Evidence()
    todo = sorted({m.key: m for m in new}.values(), key=report_order)
    known = {m.key for inc in incidents for m in inc.members}
    todo = [m for m in todo if m.key not in known]
    # only incidents of a compatible type family are ever compared: encode just those
    families = {m.event["event_type"] for m in todo}
    pool = [inc for inc in incidents if inc.members
            and any(compat.same_family(inc.members[0].event["event_type"], t) for t in families)]
    evidence.add([(m.key, m.evidence) for inc in pool for m in inc.members])
    evidence.add([(m.key, m.evidence) for m in todo])
    touched: dict[str, Incident] = {}
    for m in todo:
        fits: list[tuple[float, Incident]] = []
        for inc in pool:
            scores = [score(m, other, evidence) for other in inc.members]
            if not inc.members or any(s is None for s in scores):
                continue
            top = max(s for s in scores if s is not None)
            same = inc.members[0].event["event_type"] == m.event["event_type"]
            if top >= LINK:
                fits.append((top + SAME_TYPE * same, inc))  # its own type first
        if not fits:
            best = Incident(incident_id(m))
            incidents.append(best)
            pool.append(best)
        else:
            best = max(fits, key=lambda f: f[0])[1]
            best = _joined(best, [inc for _, inc in fits if inc is not best], evidence, touched)
            best = _sibling(best, m, pool, evidence) or best
        best.members.append(m)
        touched[best.incident_id] = best
    return list(touched.values())


def _sibling(best: Incident, m: Member, pool: list[Incident],
             evidence: Evidence) -> Incident | None:
    """An agreement that would join the incident of a meeting whose report tells the agreement
    apart (a visit and the memorandum signed during it): the incident of that agreement, where
    it clashes with none, so meetings and agreements are each counted once."""
    kind = m.event["event_type"]
    if best.members[0].event["event_type"] == kind or kind not in _TALKS:
        return None
    reports = {b.article or b.doc_id for b in best.members}
    return next((inc for inc in pool if inc is not best and inc.members
                 and inc.members[0].event["event_type"] == kind
                 and any((o.article or o.doc_id) in reports for o in inc.members)
                 and all(score(m, o, evidence) is not None for o in inc.members)), None)


def _joined(best: Incident, others: list[Incident], evidence: Evidence,
            touched: dict[str, Incident]) -> Incident:
    """``best`` with the other incidents a new report links to added, where none of their
    members clashes with its: the report that both resemble shows they tell one occurrence
    (the first told keeps its id). An incident taken in is left empty."""
    for other in others:
        if any(score(a, b, evidence) is None for a in best.members for b in other.members):
            continue
        keep, gone = sorted((best, other), key=lambda inc: report_order(inc.members[0]))
        keep.members = sorted(keep.members + gone.members, key=report_order)
        gone.members = []
        touched.pop(gone.incident_id, None)
        best = keep
    return best


def build(members: Sequence[Member], evidence: Evidence | None = None) -> list[Incident]:
    """Incidents of a set of events, from scratch."""
    incidents: list[Incident] = []
    link(incidents, members, evidence)
    return [inc for inc in incidents if inc.members]
