"""Acts told in the future tense that are events themselves (spec/PLOVER.md, spec/GOLD.md): a
withdrawal or a release promised is CONCEDE, aid or cooperation promised AGREE ("ستسحب",
"سيفرج", "ستقدم مساعدات"), and a strike its doer or the doer's state says it will make is a
threat made, THREATEN violence ("قالت كتائب حزب الله إنها ستستهدف القوات الأمريكية")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.claims import CUE_ATTRIB, STATE_SECTORS, claimed
from rasid.coding.positions import Positioned
from rasid.coding.references import speaker_of
from rasid.coding.triggers import TriggerMatch
from rasid.model import ActorRef, Doc, Event, Sentence, Token

#: PLOVER's folds of a future act: a withdrawal or release into CONCEDE, aid or material
#: cooperation into AGREE; an attack announced, a threat of violence
_FOLDS = {"RETREAT": ("CONCEDE", None), "AID": ("AGREE", None), "COOPERATE": ("AGREE", None),
          "ASSAULT": ("THREATEN", "violence")}


def declared(tokens: Sequence[Token], trig: TriggerMatch) -> TriggerMatch | None:
    """The trigger as the event a future act with س declares, or None when it is not one."""
    word = tokens[trig.first_token].norm
    future = word[:1] == "س" or word[:1] in "وف" and word[1:2] == "س"  # not سوف: a modal word
    if not trig.defn.future or not future or _asked(tokens, trig.first_token) \
            or trig.defn.event_type not in _FOLDS:
        return None
    event_type, mode = _FOLDS[trig.defn.event_type]
    return replace(trig, defn=replace(trig.defn, event_type=event_type, mode=mode, future=False,
                                      imperfect=False))


def _asked(tokens: Sequence[Token], k: int) -> bool:
    """"هل ستقدم ألمانيا مساعدات؟": a question, no promise."""
    end = next((j for j in range(k, len(tokens)) if tokens[j].text in ".؟?!"), len(tokens))
    return end < len(tokens) and tokens[end].text in "؟?"


def own_threat(doc: Doc, sent: Sentence, act: TriggerMatch, actors: Sequence[Positioned],
               threats: Sequence[Event]) -> bool:
    """The strike to come is announced by its doer or the doer's state ("قال قائد الحرس الثوري
    إن قواته ستضرب", "…، وفق ما قال وزير الدفاع التركي"): a threat. Told by others ("قالت مصادر
    إن القوات التركية ستقصف", "قال وزير الخارجية الأمريكي إن إسرائيل ستضرب") it is a plan, the
    hypothetical act."""
    said = _speaker(doc, sent, act, actors)
    if said is None or _unnamed(doc, said) or _wondered(doc.tokens, sent.first_token, act):
        return False
    return bool(threats) and all(e.source is not None and _doers_voice(said, e.source)
                                 for e in threats)


#: who tells without speaking for the doer: "مصدر في وزارة الدفاع", "مسؤول إسرائيلي"
_UNNAMED = {normalize(w) for w in (
    "مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "دبلوماسي", "دبلوماسيون", "دبلوماسيين")}
#: "تساءل محللون عما إذا كانت … ستضرب": a question, no threat
_WHETHER = {normalize(w) for w in ("عما", "هل", "وهل")}


def _unnamed(doc: Doc, said: ActorRef) -> bool:
    """The speaker is a source or an official left unnamed, or a body such a one is in."""
    k = next((i for i, t in enumerate(doc.tokens) if t.end > said.start), len(doc.tokens))
    words = [t.norm for t in doc.tokens[max(0, k - 2) : k + 1]]
    return said.actor.kind != "person" and any(w in _UNNAMED for w in words)


def _wondered(tokens: Sequence[Token], first: int, act: TriggerMatch) -> bool:
    return any(t.norm in _WHETHER or t.norm == "اذا" and i and tokens[i - 1].norm == "ما"
               for i, t in enumerate(tokens[first : act.first_token], start=first))


def _doers_voice(said: ActorRef, doer: ActorRef) -> bool:
    """The doer itself, an organ of its state, or one of its state's officials ("أعلن الرئيس
    التركي أن القوات التركية سوف تشن")."""
    official = said.actor.kind == "person" and said.actor.sector in STATE_SECTORS \
        and said.actor.country == doer.actor.country and doer.actor.kind in ("role", "state")
    return official or claimed(said, doer) is not None


def _speaker(doc: Doc, sent: Sentence, act: TriggerMatch,
             actors: Sequence[Positioned]) -> ActorRef | None:
    """Who says it: named after a cue before the words, or after the act ("وفق ما قال …")."""
    before = speaker_of(doc, sent, act, actors)
    if before is not None:
        return before.ref
    return next((p.ref for p in actors if p.first >= act.last_token and p.first > 0
                 and doc.tokens[p.first - 1].norm in CUE_ATTRIB | {"ما"}), None)
