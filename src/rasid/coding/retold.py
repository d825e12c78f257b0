"""An act told again in a later sentence: a comment on it ("الاتفاق يعكس …") and its weapon named
again as the subject of its verb ("إن المسيّرة استهدفت")."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.triggers import TriggerMatch
from rasid.model import Token

#: verbs of judgement with the act as their subject ("ويرى مراقبون أن الاتفاق يعكس قلق بغداد من
#: … في البادية السورية"): a comment on the act, whose places are not where it was made
_JUDGED = {normalize(w) for w in ("يعكس", "تعكس", "يعد", "تعد", "يمثل", "تمثل", "يشكل", "تشكل",
                                  "يعزز", "تعزز", "يسهم", "تسهم", "يكشف", "تكشف")}


def judged(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """A deal or a meeting named as the subject of a verb of judgement right after it (an
    attack's comment names where it was: "الهجوم يكشف هشاشة الوضع الأمني في محافظة ديالى")."""
    k = trig.last_token
    return k < len(tokens) and tokens[k].norm in _JUDGED \
        and trig.defn.event_type not in ("ASSAULT", "COERCE", "PROTEST", "MOBILIZE")


#: the weapon of an attack told before, named again as the subject of its verb ("إن المسيّرة
#: استهدفت سيارة عسكرية بالبوكمال"): the same attack, told with more of its setting
_WEAPONS_AGAIN = {normalize(w) for w in ("المسيرة", "المسيّرة", "الطائرة", "الطائرات", "المسيرات",
                                         "الصاروخ", "الصواريخ", "القذيفة", "القذائف", "العبوة")}


def weapon_subject(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    k = trig.first_token - 1
    return trig.defn.event_type == "ASSAULT" and trig.defn.pos == "verb" and k >= 0 \
        and tokens[k].norm in _WEAPONS_AGAIN
