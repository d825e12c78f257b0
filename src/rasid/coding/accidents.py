"""Blasts that are accidents ("انفجار خزان وقود", "انفجار أسطوانة غاز", "تماس كهربائي") and
blasts of a weapon ("انفجار عبوة ناسفة"): the first are nobody's attack, the second are one
even when no doer is named."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.model import Token

#: what blows up or burns by accident: tanks, cylinders, pipes, generators, depots, workshops
_SOURCES = {normalize(w) for w in (
    "خزان", "خزانات", "صهريج", "صهاريج", "أسطوانة", "اسطوانة", "أسطوانات", "قارورة", "أنبوب",
    "أنابيب", "مولد", "مولدة", "مرجل", "غلاية", "مستودع", "مستودعات", "مخزن", "مخازن", "ورشة",
    "معمل", "مصنع", "مصفاة", "مختبر", "غاز", "الغاز", "المفرقعات", "الألعاب")}
#: what tells an accident outright: a leak, a short circuit, a technical fault
_CAUSES = {normalize(w) for w in (
    "عرضي", "عرضيا", "تسرب", "تماس", "ماس", "كهربائي", "عطل", "خلل", "الحرارة", "احتراق")}
#: what tells a weapon: then the blast is an attack, whatever went off and whoever was hurt
_WEAPONS = {normalize(w) for w in (
    "عبوة", "عبوات", "ناسفة", "مفخخة", "مفخخ", "لغم", "ألغام", "انتحاري", "انتحارية", "قذيفة",
    "قذائف", "صاروخ", "صواريخ", "متفجرات", "المتفجرات")}
#: what tells an attack
_ATTACKS = {normalize(w) for w in (
    "مسيرة", "طائرة", "غارة", "غارات", "قصف", "استهدف", "استهدفت", "استهداف", "هجوم", "هاجم",
    "مسلحون", "مسلحين", "تفجير", "فجر", "إرهابي", "إرهابية", "الإرهابي", "الإرهابية", "ضربة",
    "عملية", "مدبر")}
_ARMED = _WEAPONS | _ATTACKS
_BLASTS = {normalize(w) for w in ("انفجار", "انفجارا", "انفجر", "انفجرت", "حريق", "حريقا")}


def _stems(tokens: Sequence[Token], first: int, last: int) -> list[str]:
    """The words of ``tokens[first:last]`` without a leading و/ف/ب/ل or ال."""
    words = []
    for t in tokens[first:last]:
        norm = t.norm
        for clitic in ("و", "ف", "ب", "ل"):
            norm = norm[1:] if norm[:1] == clitic and len(norm) > 3 else norm
        words.append(norm[2:] if norm[:2] == "ال" and len(norm) > 4 else norm)
    return words


def weapon_named(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The sentence ``tokens[first:last]`` names a weapon ("عبوة ناسفة", "قذيفة")."""
    return any(w in _WEAPONS or "ال" + w in _WEAPONS for w in _stems(tokens, first, last))


def accidental(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The sentence ``tokens[first:last]`` tells a blast or a fire of a tank, a cylinder, a depot
    or a workshop, or one caused by a leak or a short circuit, and names no weapon and no
    attack ("قتل ثلاثة أشخاص في انفجار خزان وقود", "انفجار أسطوانة غاز في منزل")."""
    words = _stems(tokens, first, last)
    blast = next((k for k, w in enumerate(words) if w in _BLASTS or "ال" + w in _BLASTS), None)
    if blast is None or any(w in _ARMED or "ال" + w in _ARMED for w in words):
        return False
    near = words[blast + 1 : blast + 5]  # "انفجار خزان", "انفجار في مستودع", "انفجار ضخم في مصنع"
    return any(w in _SOURCES or "ال" + w in _SOURCES for w in near) \
        or any(w in _CAUSES or "ال" + w in _CAUSES for w in words)
