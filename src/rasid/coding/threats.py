"""What a threat threatens, a request asks or a refusal refuses: the THREATEN, REQUEST and
REJECT modes, read off the act named after the verb.

"هدد باستهداف القواعد" threatens violence, "لوّح بطرد السفير" an expulsion, "توعد بفرض
عقوبات" restrictions. "دعا تركيا إلى سحب قواتها" asks it to yield, "طالب الأمم المتحدة بزيادة
الدعم" asks for assistance, "رفض مطالب تسليم السلاح" refuses to yield. The act is the first
trigger of another type, or a word of the kind, a few words after the verb (spec/PLOVER.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.parties import own_state
from rasid.coding.positions import Positioned
from rasid.coding.references import speaker_of
from rasid.coding.triggers import TriggerMatch, find_triggers
from rasid.model import Doc, Sentence, Token

_SPAN = 18  # tokens after the verb: its subject and addressee often stand between
#: (type of the threatened act, its mode or None for any) → THREATEN mode
_MODES = {
    ("ASSAULT", None): "violence",
    ("SANCTION", "expel"): "expel",
    ("SANCTION", "withdraw"): "relations",
    ("SANCTION", "discontinue"): "relations",
    ("SANCTION", None): "restrict",
    ("COERCE", "arrest"): "arrest",
    ("COERCE", None): "restrict",
}
#: "توعد بالرد", "هدد بالانتقام", "هدد بعمل عسكري": retaliation or any military act is violence
_RETALIATION = {normalize(w) for w in ("بالرد", "برد", "بالانتقام", "بالثأر", "بانتقام",
                                       "بالتصعيد", "عسكري", "عسكريا", "عسكرية", "العسكري",
                                       "العسكرية", "برية", "البرية")}  # "بشن عملية برية"
#: "هدد بالسيطرة على مدينة تل رفعت", "هدد باجتياح منبج": territory taken
_TERRITORY = {normalize(w) for w in ("بالسيطرة", "بالاستيلاء", "باجتياح", "بالاجتياح", "باحتلال",
                                     "بضم")}


def threatened_mode(tokens: Sequence[Token], trig: TriggerMatch, last: int) -> str | None:
    """The mode of a THREATEN trigger from the act that follows it, or None."""
    end = min(last, trig.last_token + _SPAN)
    threatened = next((tokens[i].norm for i in range(trig.last_token, end)  # the act, with بـ
                       if tokens[i].norm[:1] == "ب" and len(tokens[i].norm) > 3), "")
    if threatened in _TERRITORY:
        return "territory"
    for t in find_triggers(tokens, trig.last_token, end):
        etype, mode = t.defn.event_type, t.defn.mode
        found = _MODES.get((etype, mode)) or _MODES.get((etype, None))
        if found:
            return found
    if any(tokens[i].norm in _RETALIATION for i in range(trig.last_token, end)):
        return "violence"
    return None


#: what a request or refusal is about → REQUEST/REJECT mode
_ASKED = {"RETREAT": "yield", "AID": "assist", "CONSULT": "meet"}
_ASKED_WORDS = {
    **{normalize(w): "yield" for w in ("سحب", "بسحب", "انسحاب", "بالانسحاب", "الانسحاب", "تسليم", "بتسليم",
                                       "نزع", "بنزع", "الإفراج", "بالإفراج", "إطلاق", "بإطلاق",
                                       "لانسحاب", "هدنة", "بهدنة", "الهدنة",
                                       # "برفع الحصار", "بوقف القصف": a measure or a fight given up
                                       "رفع", "برفع", "فك", "بفك", "وقف", "بوقف", "إنهاء", "بإنهاء")},
    **{normalize(w): "assist" for w in ("الدعم", "دعم", "بدعم", "مساعدة", "بمساعدة", "مساعدات", "بمساعدات",
                                        "دعمها", "دعمه", "العون", "بالعون")},
    **{normalize(w): "meet" for w in ("لقاء", "الاجتماع", "اجتماع", "محادثات", "الحوار", "الجلوس", "للحوار",
                                      "المشاركة", "بالمشاركة", "مؤتمر", "المؤتمر", "المفاوضات", "مفاوضات")},
}


_RAPID = normalize("السريع")


def asked_mode(tokens: Sequence[Token], trig: TriggerMatch, last: int) -> str | None:
    """The mode of a REQUEST or REJECT trigger from what it asks or refuses, or None."""
    end = min(last, trig.last_token + _SPAN)
    for i in range(trig.last_token, end):
        found = _ASKED_WORDS.get(tokens[i].norm)
        if found and i + 1 < end and tokens[i + 1].norm == _RAPID:
            continue  # "قوات الدعم السريع" is who is asked, not support asked for
        if found:
            return found
        if not tokens[i].is_word and tokens[i].text in ".؛;":
            break
    for t in find_triggers(tokens, trig.last_token, end):
        found = _ASKED.get(t.defn.event_type)
        if found:
            return found
    return None


def threat_parties(doc: Doc, sent: Sentence, trig: TriggerMatch, actors: Sequence[Positioned],
                   source: Positioned | None, target: Positioned | None,
                   ) -> tuple[Positioned | None, Positioned | None]:
    """A threat told by a phrase ("وردت روسيا بالقول إن … «لن يمر …»"): the speaker threatens the
    party named, or the first one after the phrase that is not its own ("لن تتردد في ضرب مواقع
    X")."""
    speaker = speaker_of(doc, sent, trig, actors)
    if speaker is None:
        return source, target
    if target is not None and target.ref.actor.code != speaker.ref.actor.code:
        return speaker, target
    return speaker, next((p for p in actors if p.first >= trig.last_token
                          and not own_state(p.ref, speaker.ref)), None)
