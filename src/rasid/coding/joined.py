"""Verbs joined by و to what came before them ("دان الرئيس الهجوم وطالب إيران …"), and the
party before them that they go on with."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rasid.coding.positions import Positioned
from rasid.model import Token
from rasid.resources import load_yaml

_COMMAS = {"،", ","}


@cache
def _verb_words() -> frozenset[str]:
    """Every form of the trigger verbs, as matched (perfect, imperfect, future)."""
    from rasid.coding.triggers import imperfect_forms, perfect_forms

    words: set[str] = set()
    for entry in load_yaml("triggers.yaml"):
        for stem in entry.get("perf") or ():
            words |= perfect_forms(stem) if " " not in stem else set()
        for stem in entry.get("imperf") or ():
            words |= {w for f in imperfect_forms(stem) for w in (f, "س" + f)}
    return frozenset(words)


def joined_act(tokens: Sequence[Token], k: int, other_than: str | None = None) -> bool:
    """A trigger verb joined by و to what came before it, with no comma (of another type of act
    than ``other_than``: "أطلقت القوات عملية عسكرية واستهدفت مواقع" tells one act)."""
    from rasid.coding.triggers import find_triggers

    norm = tokens[k].norm
    if norm[:1] != "و" or norm[1:] not in _verb_words():
        return False  # (a set look-up first: this runs on every word of a clause)
    return tokens[k].text[:1] == "و" and len(tokens[k].text) > 3 and any(
        t.defn.pos == "verb" and t.start == tokens[k].start + 1 and t.defn.event_type != other_than
        for t in find_triggers(tokens, k, k + 1))


def first_of_clause(tokens: Sequence[Token], k: int, before: Sequence[Positioned],
                    plural: bool = False) -> Positioned | None:
    """The first party named before token ``k`` in its clause, the one whose act a verb joined by
    و or a participle after a comma goes on with: parties before a comma further back belong to
    an opening phrase ("في أعقاب هجوم حماس، قصف الجيش … واعتقل"); a plural participle goes on
    with people ("فرقت الشرطة المحتجين، مطالبين الحكومة …": the protesters ask)."""
    comma = max((i for i in range(max(0, k - 40), k - 1) if tokens[i].text in _COMMAS), default=-1)
    named = [p for p in before if p.first > comma and p.last <= k]
    if plural:
        return next((p for p in reversed(named) if p.ref.actor.sector in _PEOPLE), None)
    return named[0] if named else None


_PEOPLE = {"CVL", "LAB", "EDU", "MED", "JRN", "REF", "AGR", "SOC", "OPP", "PTY"}


def doer_before(tokens: Sequence[Token], k: int, before: Sequence[Positioned]) -> Positioned | None:
    """The party before a verb at ``k`` that does it: the last one, or for a verb joined by و the
    first of its clause ("التقى X نظيره Y … وطالب Z": X asks, as he met)."""
    joined = first_of_clause(tokens, k, before) if joined_act(tokens, k) else None
    return joined or (before[-1] if before else None)
