"""Attacks a party repelled ("تصدت القوات لهجوم", "أحبط الجيش هجوما") or suffered ("تعرضت دورية
للجيش لهجوم"): that party is the target, whoever is named elsewhere the attacker."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.positions import word_before
from rasid.coding.triggers import TriggerMatch
from rasid.model import Token

#: "تصدت القوات لهجوم", "أحبط الجيش هجوما": the party that repels an attack is its target
REPEL = {normalize(w) for w in ("تصدى", "تصدت", "تصدوا", "صد", "صدت", "صدوا", "أحبط", "أحبطت",
                                "احبط", "احبطت", "أفشل", "أفشلت", "وتصدت", "وتصدى", "وصدت",
                                "وأحبطت", "وأحبط")}
_REPEL_REACH = 6


#: "تعرضت مواقع لحزب العمال … لقصف جوي": the party that suffers an attack is its target
SUFFERED = {normalize(w) for w in ("تعرض", "تعرضت", "تعرضوا", "وتعرض", "وتعرضت", "تعرضا")}
_SUFFER_REACH = 10


def repelled(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """The attack noun is the object of a verb of repelling or suffering a few words before it:
    the party named between was attacked."""
    return word_before(tokens, trig, REPEL, _REPEL_REACH) or suffered(tokens, trig)


def suffered(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """The act is what a party suffered: "تعرضت دورية للجيش لهجوم" (the noun with لـ after تعرض;
    not "تعرض الرئيس لانتقادات بعد الهجوم على البرلمان", nor "لهجوم إعلامي"), or what hurt it
    ("تعرض الجنود لإصابات نتيجة الهجوم الإيراني")."""
    if not word_before(tokens, trig, SUFFERED, _SUFFER_REACH):
        return False
    k = trig.first_token
    if tokens[k].norm[:1] == "ل":
        return trig.last_token >= len(tokens) or tokens[trig.last_token].norm not in VERBAL
    if any(t.norm in _ATTACK_SUFFERED for t in tokens[max(0, k - 2) : k]):
        return True  # "تعرضت القوات الأمريكية لهجوم بطائرة مسيرة": how the attack was made
    return k > 1 and tokens[k - 1].norm in _HURT_BY \
        and any(t.norm in _INJURIES for t in tokens[max(0, k - 6) : k - 1])


#: an attack in words ("تعرض الوزير لهجوم إعلامي")
VERBAL = {normalize(w) for w in ("إعلامي", "إعلامية", "لفظي", "كلامي", "سياسي", "إلكتروني")}
_ATTACK_SUFFERED = {normalize(w) for w in ("لهجوم", "لهجمات", "لقصف", "لغارة", "لغارات", "لاعتداء",
                                           "لضربة", "لهجوما")}
_HURT_BY = {normalize(w) for w in ("نتيجة", "جراء", "إثر", "اثر", "بسبب")}
_INJURIES = {normalize(w) for w in ("لإصابات", "لإصابة", "لجروح", "لإصابات")}


def sufferer_at(tokens: Sequence[Token], trig: TriggerMatch, first: int) -> int | None:
    """The token after the verb of suffering a few words before the act, not before ``first``:
    who suffered it ("تعرض مطار أربيل لهجوم": مطار)."""
    start = max(first, trig.first_token - _SUFFER_REACH)
    return next((j + 1 for j in range(trig.first_token - 1, start - 1, -1)
                 if tokens[j].norm in SUFFERED), None)
