"""The event coder: triggers + arguments + modality + attachment → events of one document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from rasid.arabic.normalize import normalize
from rasid.coding.arguments import Positioned, coordinated_group, pick_arguments, position_actors
from rasid.coding.attach import assign, choose_date, choose_place
from rasid.coding.fatalities import toll_in
from rasid.coding.modality import is_hypothetical, is_negated
from rasid.coding.occurrences import merge_mentions
from rasid.coding.triggers import TriggerMatch, find_triggers
from rasid.model import Actor, ActorRef, DateRef, Doc, Event, Interval, PlaceRef, Sentence, Span

SYMMETRIC = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
MATERIAL_FORCE = {"ASSAULT", "MOBILIZE"}
VERBAL = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "CONCEDE"}
UNKNOWN = Actor(code="UNK", name="Unidentified actor", kind="unknown")
GROUP_TERROR = {"ISIS", "AQ", "HTS"}
#: a past event the article only recalls ("وكان … قد …"): undated, it takes no date at all
RECALL = {normalize(w) for w in ("وكان", "كان", "وكانت", "كانت", "سبق", "وسبق", "منذ", "سابقا")}
_ABSORB_GAP = 3
_CUE_ATTRIB = {normalize(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "نقلا", "أفاد", "أفادت", "ذكرت",
                                      "ذكر", "قال", "قالت", "أعلن", "أعلنت", "أكد", "أكدت", "تبنى", "تبنت")}


def _as_sector(ref: ActorRef, sector: str) -> ActorRef:
    """A state named as doer of force is its military; as speaker, its government."""
    actor = ref.actor
    if actor.country and actor.sector == "GOV" and actor.kind in ("state", "regime"):
        return replace(ref, actor=replace(actor, code=f"{actor.country}-{sector}", sector=sector))
    return ref


def _dedupe_triggers(trigs: list[TriggerMatch]) -> list[TriggerMatch]:
    """Words that continue the previous trigger ("وقعا مذكرة تفاهم", "هجوم أسفر عن مقتل")."""
    kept: list[TriggerMatch] = []
    for t in trigs:
        if kept and t.first_token - kept[-1].last_token <= _ABSORB_GAP and (
            t.defn.event_type == kept[-1].defn.event_type or t.defn.pos == "noun"
        ):
            continue
        kept.append(t)
    return kept


def _recalled(doc: Doc, sent: Sentence, trig: TriggerMatch) -> bool:
    toks = doc.tokens[sent.first_token : trig.first_token]
    return any(t.norm in RECALL for t in toks) or trig.defn.imperfect


def _attribution(doc: Doc, sent: Sentence, trig: TriggerMatch,
                 actors: Sequence[Positioned]) -> ActorRef | None:
    for i in range(trig.first_token - 1, sent.first_token - 1, -1):
        if doc.tokens[i].norm in _CUE_ATTRIB:
            cue_end = doc.tokens[i].end
            near = [p.ref for p in actors if p.ref.start >= cue_end and p.ref.end <= doc.tokens[trig.first_token].start]
            if near:
                return near[0]
    after = [p.ref for p in actors if p.first >= trig.last_token]
    for p in after:
        i = next((k for k in range(max(sent.first_token, trig.last_token), len(doc.tokens))
                  if doc.tokens[k].start >= p.start), None)
        if i is not None and i > 0 and doc.tokens[i - 1].norm in _CUE_ATTRIB | {"ما"}:
            return p
    return None


def _events_for_trigger(doc: Doc, sent: Sentence, trig: TriggerMatch, actors: list[Positioned],
                        places: Sequence[PlaceRef], dates: Sequence[DateRef]) -> list[Event]:
    defn = trig.defn
    source, target = pick_arguments(doc.tokens, trig, actors)
    negated = is_negated(doc.tokens, sent.first_token, trig.first_token)
    hypothetical = is_hypothetical(doc.tokens, sent.first_token, trig.first_token, defn.future)
    mode = defn.mode
    pairs: list[tuple[ActorRef | None, ActorRef | None]] = []
    if source is not None:
        group = coordinated_group(actors, source)
        if len(group) > 1 and defn.event_type in SYMMETRIC:
            if target is None or target in group:
                target = group[1]
            if len(group) > 2 and defn.event_type == "CONSULT":
                mode = "multilateral"
            pairs = [(source.ref, target.ref if target else None)]
        else:
            targets = coordinated_group(actors, target) if target is not None else [None]
            pairs = [(s.ref, t.ref if t else None) for s in group for t in targets]
    else:
        pairs = [(None, target.ref if target else None)]
    published = doc.article.published
    date_ref = choose_date(trig, dates)
    from_published = False
    if date_ref is None and published is not None and not _recalled(doc, sent, trig):
        date_ref, from_published = DateRef(trig.start, trig.end, "", Interval(published, published)), True
    place = choose_place(doc.text, doc.tokens, trig, places)
    toll = toll_in(doc.tokens, sent.first_token, sent.last_token) if defn.event_type == "ASSAULT" else None
    attributed = _attribution(doc, sent, trig, actors)
    events = []
    for src, tgt in pairs:
        if src is None:
            if defn.event_type != "ASSAULT" or (tgt is None and toll is None):
                continue
            src = ActorRef(trig.start, trig.start, "", UNKNOWN)
        if defn.event_type in MATERIAL_FORCE:
            src = _as_sector(src, "MIL")
            tgt = _as_sector(tgt, "MIL") if tgt is not None else None
        if tgt is not None and tgt.actor.code == src.actor.code and defn.event_type not in SYMMETRIC:
            tgt = None
        contexts = set(defn.contexts)
        codes = {src.actor.code, tgt.actor.code if tgt else ""}
        if codes & GROUP_TERROR:
            contexts.add("terrorism")
        confidence = defn.strength * (0.6 + 0.25 * (tgt is not None) + 0.1 * (place is not None)
                                      + 0.05 * (not from_published and date_ref is not None))
        if src.actor.code == "UNK":
            confidence *= 0.8
        events.append(Event(
            event_type=defn.event_type, mode=mode, contexts=tuple(sorted(contexts)),
            source=src, target=tgt, location=place, date=date_ref,
            evidence=Span(sent.start, sent.end), trigger=Span(trig.start, trig.end),
            fatalities=toll, attributed_to=attributed, negated=negated,
            hypothetical=hypothetical, confidence=round(min(1.0, confidence), 3),
            date_is_published=from_published,
        ))
    return events


def _overlaps(a_start: int, a_end: int, spans: Sequence[ActorRef | PlaceRef]) -> bool:
    return any(s.start < a_end and a_start < s.end for s in spans)


def code_events(doc: Doc) -> tuple[Event, ...]:
    """Every event the document reports, one per occurrence."""
    actors_all = position_actors(doc.tokens, doc.actors)
    mentions: list[Event] = []
    for sent in doc.sentences:
        trigs = [t for t in find_triggers(doc.tokens, sent.first_token, sent.last_token)
                 if not _overlaps(t.start, t.end, doc.actors) and not _overlaps(t.start, t.end, doc.places)]
        trigs = _dedupe_triggers(trigs)
        if not trigs:
            continue
        actors = [p for p in actors_all if sent.start <= p.ref.start and p.ref.end <= sent.end]
        places = [p for p in doc.places if sent.start <= p.start and p.end <= sent.end
                  and not _overlaps(p.start, p.end, doc.actors)]
        dates = [d for d in doc.dates if sent.start <= d.start and d.end <= sent.end]
        place_of = assign(places, trigs)
        date_of = assign(dates, trigs)
        for i, trig in enumerate(trigs):
            mentions.extend(_events_for_trigger(doc, sent, trig, actors, place_of[i], date_of[i]))
    return tuple(merge_mentions(mentions))


def published_or_none(doc: Doc) -> date | None:
    return doc.article.published
