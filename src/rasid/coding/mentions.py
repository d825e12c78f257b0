"""Actor mentions as the coder needs them: appositions joined, places and idioms left out.

The resolver finds every actor mention in a document; the coder then reads them in context:
- a bare role next to a named person is one participant ("رئيس النظام، بشار الأسد،",
  "نائب وزير الخارجية السوري فيصل المقداد");
- a country named as where something happened is a place, not a participant ("وفي الجارة
  العراق", "داخل سوريا");
- idioms that only look like actors are dropped ("القضاء على" = eliminating, "مسؤول عن" =
  responsible for).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.model import ActorRef, PlaceRef, Token

LOCATIVE = {normalize(w) for w in ("في", "داخل", "قرب", "بالقرب", "عبر", "شمال", "جنوب", "شرق", "غرب",
                                   "شمالي", "جنوبي", "شرقي", "غربي", "أراضي", "الأراضي", "حدود")}
#: (actor word, next word) pairs that are idioms, not actors
IDIOMS = {(normalize(a), normalize(b)) for a, b in (("القضاء", "على"), ("مسؤول", "عن"), ("مسؤولا", "عن"),
                                                     ("المسؤول", "عن"), ("المسؤولة", "عن"))}


def _token_at(tokens: Sequence[Token], starts: list[int], offset: int) -> int:
    return max(0, bisect_left(starts, offset + 1) - 1)


def _is_place_here(tokens: Sequence[Token], starts: list[int], ref: ActorRef,
                   places: Sequence[PlaceRef]) -> bool:
    if ref.actor.kind != "state" or not any(p.start <= ref.start < p.end for p in places):
        return False
    i = _token_at(tokens, starts, ref.start)
    if ref.start > tokens[i].start and normalize(tokens[i].text[:1]) == "ب":
        return True
    before = [t.norm for t in tokens[max(0, i - 2) : i]]
    return any(w in LOCATIVE or w.startswith("وفي") or w == "وفي" for w in before)


def refine_actors(text: str, tokens: Sequence[Token], actors: Sequence[ActorRef],
                  places: Sequence[PlaceRef]) -> list[ActorRef]:
    starts = [t.start for t in tokens]
    kept: list[ActorRef] = []
    for ref in actors:
        i = _token_at(tokens, starts, ref.start)
        j = _token_at(tokens, starts, max(ref.start, ref.end - 1)) + 1
        nxt = tokens[j].norm if j < len(tokens) else ""
        if (tokens[j - 1].norm, nxt) in IDIOMS or (normalize(ref.text), nxt) in IDIOMS:
            continue
        if _is_place_here(tokens, starts, ref, places):
            continue
        if kept and _apposition(text, kept[-1], ref) and not _conjoined(tokens, starts, kept[-1]):
            prev = kept.pop()
            ref = replace(ref, start=prev.start, text=text[prev.start : ref.end])
        kept.append(ref)
        del i
    return kept


def _apposition(text: str, role: ActorRef, named: ActorRef) -> bool:
    """A bare role right before a named person or a fuller role: one participant."""
    if role.actor.kind != "role" or named.actor.kind not in ("person", "role"):
        return False
    gap = text[role.end : named.start]
    if named.actor.kind == "role":
        return gap.strip() == "" and len(gap) <= 1
    return gap.strip() in ("", "،", ",") and len(gap) <= 3


def _conjoined(tokens: Sequence[Token], starts: list[int], ref: ActorRef) -> bool:
    """"والعراقي" in "وزيرا الداخلية السوري والعراقي": a coordinated part, not a head."""
    tok = tokens[_token_at(tokens, starts, ref.start)]
    return ref.start > tok.start and tok.text[:1] == "و"
