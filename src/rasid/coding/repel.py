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
    not "تعرض الرئيس لانتقادات بعد الهجوم على البرلمان")."""
    return tokens[trig.first_token].norm[:1] == "ل" \
        and word_before(tokens, trig, SUFFERED, _SUFFER_REACH)
