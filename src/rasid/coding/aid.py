"""Whose aid it is when no giver is named as the subject: the adjective after the aid
("وصلت قافلة مساعدات أممية", "مساعدات إنسانية سعودية")."""

from __future__ import annotations

from rasid.arabic.normalize import normalize
from rasid.coding.parties import role_actor
from rasid.coding.positions import Positioned
from rasid.coding.triggers import TriggerMatch
from rasid.model import ActorRef, Doc
from rasid.resolve.actors import ActorResolver
from rasid.resolve.capitals import nisba_country

#: what kind of aid it is, between the aid and whose it is ("مساعدات إنسانية سعودية")
_AID_KINDS = {normalize(w) for w in ("إنسانية", "الإنسانية", "طبية", "الطبية", "غذائية",
                                     "الغذائية", "إغاثية", "الإغاثية", "عسكرية", "العسكرية", "مالية",
                                     "المالية")}
_UN_ADJECTIVES = {normalize(w) for w in ("أممية", "الأممية", "أممي", "الأممي")}


def aid_giver(doc: Doc, trig: TriggerMatch) -> Positioned | None:
    """"قافلة مساعدات أممية", "مساعدات إنسانية سعودية": the adjective after the aid names whose
    aid it is, the UN's or a state's (its government)."""
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
