"""Verbs joined by و to what came before them ("دان الرئيس الهجوم وطالب إيران …"), and the
party before them that they go on with."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TypeVar

from rasid.arabic.normalize import normalize
from rasid.coding.positions import Positioned
from rasid.coding.triggers import TriggerMatch
from rasid.model import Token
from rasid.resources import load_yaml

S = TypeVar("S")

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


def carried_subject(tokens: Sequence[Token], k: int,
                    actors: Sequence[Positioned]) -> Positioned | None:
    """"دانت تركيا الهجوم، وطالبت الحكومة العراقية باتخاذ إجراءات": a verb of saying or asking
    joined by و after a comma, in the gender of such a verb earlier in the sentence whose subject
    came right after it, goes on with that subject; the party after it is whom it addresses.
    Not after an act done to someone ("قصفت القوات التركية قرى، وطالبت الإدارة الذاتية …": the
    administration asks)."""
    from rasid.coding.triggers import find_triggers

    if k < 2 or tokens[k - 1].text not in _COMMAS or not actors or tokens[k].text[:1] != "و" \
            or (gender := _gender(tokens[k].norm[1:])) is None:
        return None
    addressed = next((p for p in actors if p.first == k + 1), None)  # right after the verb
    if addressed is None or any(p.first == addressed.last for p in actors):
        return None  # "، وطالبت الأمم المتحدة إسرائيل بـ": a new subject, then whom it asks
    now = next((t for t in find_triggers(tokens, k, k + 1) if t.first_token == k), None)
    if now is None or now.defn.pos != "verb" or now.defn.event_type in _DONE_TO:
        return None
    for trig in find_triggers(tokens, max(0, k - 40), k - 1):
        subject = next((p for p in actors if p.first == trig.last_token), None)
        said = tokens[trig.first_token].norm.removeprefix("و")
        if subject is not None and trig.defn.pos == "verb" \
                and trig.defn.event_type not in _DONE_TO and _gender(said) == gender:
            return subject
    return None


def share_dates(tokens: Sequence[Token], trigs: Sequence[TriggerMatch],
                date_of: dict[int, list[S]]) -> dict[int, list[S]]:
    """"زار وفد من حماس القاهرة الأسبوع الماضي والتقى مسؤولين": a date between an act and a verb
    of the same kind joined to it by و, or the clause that tells how an act occurred ("ووقع الهجوم
    صباح الثلاثاء عندما اقتحم …"), is the day of both, whichever of the two it was given to (not
    "اعتقلت … في سبتمبر 2022 الصحفية … وأفرجت عنها": the release came later)."""
    for i in range(1, len(trigs)):
        again = joined_act(tokens, trigs[i].first_token) or told_how(tokens, trigs[i - 1], trigs[i])
        if bool(date_of[i - 1]) == bool(date_of[i]) or not again \
                or trigs[i - 1].defn.event_type != trigs[i].defn.event_type:
            continue
        given = date_of[i - 1] or date_of[i]
        between = [d for d in given if trigs[i - 1].end <= d.start and d.end <= trigs[i].start]
        (date_of[i] if date_of[i - 1] else date_of[i - 1]).extend(between)
    return date_of


def told_how(tokens: Sequence[Token], noun: TriggerMatch, verb: TriggerMatch) -> bool:
    """"ووقع الهجوم صباح الثلاثاء عندما اقتحم مسلحون …": an act named after a verb of occurring,
    then told again by a verb of its kind after عندما (not "ووقع الانفجار … وأسفر عن مقتل")."""
    k = noun.first_token
    if _operation(tokens, noun) and (verb.defn.event_type, verb.defn.mode) == ("COERCE", "arrest") \
            and verb.first_token - noun.last_token <= _OPERATION_REACH \
            and not any(any(w in t.norm for w in _KILLED)
                        for t in tokens[noun.last_token : verb.first_token]):
        return True  # "وبعملية نوعية … تمكنوا امس من اعتقال خلية": the operation was the arrest
        # (not "عملية عسكرية أسفرت عن مقتل خمسة إرهابيين واعتقال اثنين": it killed too)
    return k > 0 and noun.defn.pos == "noun" and tokens[k - 1].norm.removeprefix("و") in OCCURRED \
        and verb.defn.pos == "verb" and verb.defn.event_type == noun.defn.event_type \
        and tokens[verb.first_token - 1].norm in _WHEN


_OPERATION_REACH = 15
_KILLED = tuple(normalize(w) for w in ("قتل", "مصرع", "استشهد", "استشهاد", "تصفية", "قتلى",
                                        "جثث", "اغتيال", "إصابة", "جرح"))
_OPERATIONS = {normalize(w) for w in ("عملية", "العملية", "بعملية", "وبعملية", "عمليات")}


def _operation(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """A bare operation ("بعملية نوعية", "عملية أمنية"): what it did is told by the verb after."""
    return trig.defn.event_type == "ASSAULT" and trig.defn.mode is None \
        and trig.defn.pos == "noun" and tokens[trig.first_token].norm in _OPERATIONS


#: "إن الهجوم وقع مساء الأحد في …": the definite noun is the event told before; the verb adds its
#: setting (coder), or a clause after عندما tells it again (``told_how``)
OCCURRED = {normalize(w) for w in ("وقع", "وقعت", "حدث", "حدثت", "جرى", "جرت", "نفذ", "نفذت")}
_WHEN = {normalize(w) for w in ("عندما", "حين", "حينما", "إذ", "لما", "بعدما")}

#: acts done to someone, after which a new subject often takes the word
_DONE_TO = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST", "SANCTION", "MOVE"}


def _gender(word: str) -> str | None:
    """"f" for a perfect verb of the feminine singular ("طالبت", "دعت"), "m" for the masculine
    ("طالب", "دعا"), None for other forms."""
    verbs = _verb_words()
    stem = word[:-1]
    if word.endswith("ت") and any(w in verbs for w in (stem, stem + "ا", stem + "ي")):
        return "f"
    if word in verbs and not word.endswith("وا") and not (word.endswith("ا") and stem in verbs):
        return "m"
    return None
