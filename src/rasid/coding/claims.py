"""Who an event is attributed to, and whether that is a claim of the act.

``attribution`` finds the actor an event is told on the authority of ("بحسب ما أفاد مصدر أمني",
"أعلن الجيش أن …"); ``claimed`` keeps it only when it claims the act (spec/OUTPUT.md:
``attributed_to`` is "who claims it when the report is a claim"): the doer itself, or its state.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.positions import Positioned
from rasid.coding.triggers import TriggerMatch
from rasid.model import ActorRef, Doc, Sentence, Token

#: words that tell on whose authority an act is reported
CUE_ATTRIB = {normalize(w) for w in (
    "بحسب", "حسب", "وفق", "وفقا", "نقلا", "أفاد", "أفادت", "ذكرت", "ذكر", "قال", "قالت", "أعلن",
    "أعلنت", "أكد", "أكدت", "تبنى", "تبنت")}


def attribution(doc: Doc, sent: Sentence, trig: TriggerMatch,
                actors: Sequence[Positioned]) -> ActorRef | None:
    """The actor after a cue before the act ("قال الجيش إن طائراته قصفت"), else one after it
    ("…، بحسب ما أفاد مصدر أمني")."""
    for i in range(trig.first_token - 1, sent.first_token - 1, -1):
        norm = doc.tokens[i].norm
        if norm in CUE_ATTRIB or norm[:1] == "و" and norm[1:] in CUE_ATTRIB:
            cue_end = doc.tokens[i].end
            near = [p.ref for p in actors
                    if p.ref.start >= cue_end and p.ref.end <= doc.tokens[trig.first_token].start]
            if near:
                return near[0]
    for p in actors:
        if p.first >= trig.last_token and p.first > 0 \
                and doc.tokens[p.first - 1].norm in CUE_ATTRIB | {"ما"}:
            return p.ref
    return None


#: the organs whose word about their state's act is the state's claim
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY"}


def claimed(attributed: ActorRef | None, src: ActorRef) -> ActorRef | None:
    """Who claims the act (spec/OUTPUT.md): the doer telling it, or its state ("أعلنت وزارة الدفاع
    التركية أن قواتها قصفت"); not an informant ("بحسب ما أفاد مصدر أمني"), a medium, an accuser."""
    if attributed is None:
        return None
    said, did = attributed.actor, src.actor
    if said.code == did.code or said.name == did.name:  # the doer (a person in another role too)
        return attributed
    state = said.kind == "state" or said.kind == "role" and said.sector in STATE_SECTORS
    return attributed if state and bool(said.country) and said.country == did.country \
        and did.kind in ("role", "state") else None


def telling_medics(tokens: Sequence[Token], p: Positioned) -> bool:
    """"وأفاد الدفاع المدني بمقتل خمسة مدنيين", "وزارة الصحة في غزة أعلنت مقتل …": medics and
    health ministries that tell a toll report the deaths; they did not cause them."""
    if p.ref.actor.sector != "MED":
        return False
    near = [tokens[k].norm for k in (p.first - 1, p.last) if 0 <= k < len(tokens)]
    if p.last + 2 < len(tokens) and tokens[p.last].norm == "في" \
            and tokens[p.last + 2].norm in CUE_ATTRIB:  # its verb, not "مستشفى في إدلب وقال"
        return True
    return any(w in CUE_ATTRIB or w[:1] in "وف" and w[1:] in CUE_ATTRIB for w in near)


#: words that open what a party is accused of standing behind ("اتهمت X Y بالوقوف وراء قصف")
_CHARGES = {normalize(w) for w in ("بالوقوف", "بالمسؤولية", "بالتورط", "بالضلوع", "بتدبير")}
_CHARGE_REACH = 3  # from the charge word to the act: "بالوقوف وراء قصف"


def charge_before(tokens: Sequence[Token], accusation_end: int, k: int) -> bool:
    """A charge word ("بالوقوف وراء") opens, between an accusation and the act at ``k``, what the
    accused is said to have done: the act's doer is only alleged."""
    between = range(accusation_end, k)
    return any(tokens[j].norm in _CHARGES and k - j <= _CHARGE_REACH for j in between) \
        and all(tokens[j].is_word for j in between)


def charged(tokens: Sequence[Token], p: Positioned, others: Sequence[Positioned]) -> bool:
    """The party is followed by what it is charged with ("اتهمت إدارة المخيم أنقرة بالوقوف"):
    the accused, not the accuser (but "اتهمت روسيا بريطانيا بـ": another party, the accused)."""
    word = tokens[p.last].norm if p.last < len(tokens) else ""
    return word[:1] == "ب" and len(word) > 3 and not any(o.first == p.last for o in others)
