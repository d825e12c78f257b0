"""Whose aid it is when no giver is named as the subject: the adjective after the aid
("وصلت قافلة مساعدات أممية", "مساعدات إنسانية سعودية"); and aid that was kept out, not given."""

from __future__ import annotations

from rasid.arabic.normalize import normalize
from rasid.coding.modality import aside, joined_verb
from rasid.coding.parties import role_actor
from rasid.coding.positions import Positioned
from rasid.coding.triggers import TriggerMatch, imperfect_forms, perfect_forms
from rasid.model import ActorRef, Doc
from rasid.resolve.actors import ActorResolver
from rasid.resolve.capitals import nisba_country

#: what kind of aid it is, between the aid and whose it is ("مساعدات إنسانية سعودية")
_AID_KINDS = {normalize(w) for w in ("إنسانية", "الإنسانية", "طبية", "الطبية", "غذائية",
                                     "الغذائية", "إغاثية", "الإغاثية", "عسكرية", "العسكرية", "مالية",
                                     "المالية")}
_UN_ADJECTIVES = {normalize(w) for w in ("أممية", "الأممية", "أممي", "الأممي")}
#: verbs of aid delivered near it, and words of aid held up or hit
_DELIVERED = {c + w for v in ("وصل", "دخل", "سلم", "وزع", "أرسل", "قدم", "أوصل", "أسقط", "نقل")
              for w in perfect_forms(v) for c in ("", "و")}
_HELD_UP = {normalize(w) for w in ("تعرضت", "تعرض", "توقف", "توقفت", "منع", "منعت", "نهب", "نهبت",
                                   "عرقل", "عرقلت", "تكدست", "بانتظار", "احتجز", "احتجزت", "استهدف",
                                   "استهدفت", "هاجم", "هاجمت", "لهجوم")}
_REACH = 6
#: acts that keep aid from its receivers ("منعت القوات دخول المساعدات", "علقت ألمانيا مساعداتها")
_WITHHELD = {c + w for v in ("منع", "أوقف", "علق", "جمد", "قطع", "عرقل", "حجب", "رفض", "أعاق")
             for w in perfect_forms(v) for c in ("", "و", "ف")} | {
    c + w for v in ("منع", "وقف", "علق", "جمد", "قطع", "عرقل", "حجب", "رفض", "عيق")
    for w in imperfect_forms(v) for c in ("", "و", "ف")}  # "تمنع دخول المساعدات"
_WITHHELD_REACH = 8


def withheld(doc: Doc, trig: TriggerMatch) -> bool:
    """Aid named as what a verb of stopping kept out, a few words back in its clause with no
    delivery between ("ومنعت قوات النظام، الأحد، دخول المساعدات"): no aid was given."""
    if trig.defn.pos != "noun":
        return False  # "أرسلت مساعدات": the giving verb itself
    k, stop = trig.first_token - 1, max(0, trig.first_token - _WITHHELD_REACH)
    while k >= stop:
        tok = doc.tokens[k]
        if tok.text in "،,":  # past an aside ("، الأحد،"); another clause ends the search
            if (opened := aside(doc.tokens, 0, k)) is None:
                return False
            k = opened - 1
            continue
        if tok.text in ".؟!" or tok.norm in _DELIVERED:
            return False
        if tok.norm in _WITHHELD:
            return True
        if joined_verb(tok):
            return False  # "علقت الحكومة الدراسة وقدمت مساعدات": another clause
        k -= 1
    return False


def aid_giver(doc: Doc, trig: TriggerMatch) -> Positioned | None:
    """"قافلة مساعدات أممية", "مساعدات إنسانية سعودية": the adjective after the aid names whose
    aid it is, the UN's or a state's (its government)."""
    near = doc.tokens[max(0, trig.first_token - _REACH) : trig.last_token + _REACH]
    words = {t.norm for t in near}
    if not words & _DELIVERED or words & _HELD_UP:
        return None  # "تعرضت قافلة مساعدات أممية لهجوم", "توقف دخول المساعدات": not given
    i = trig.last_token
    while i < len(doc.tokens) and doc.tokens[i].norm in _AID_KINDS:
        i += 1
    if i >= len(doc.tokens):
        return None
    tok = doc.tokens[i]
    iso = nisba_country(tok.norm)
    actor = ActorResolver.load().resolve("الأمم المتحدة") if tok.norm in _UN_ADJECTIVES \
        else role_actor(iso, "GOV") if iso else None
    if actor is None:
        return None
    return Positioned(ActorRef(tok.start, tok.end, tok.text, actor), i, i + 1, False)
