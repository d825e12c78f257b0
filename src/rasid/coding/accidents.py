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
#: what tells an accident outright, next to the blast or after بسبب/نتيجة/جراء: a leak, a short
#: circuit, a technical fault
_CAUSES = {normalize(w) for w in ("عرضي", "عرضيا", "تسرب", "تماس", "ماس", "عطل", "خلل")}
_BECAUSE = {normalize(w) for w in ("بسبب", "نتيجة", "جراء", "إثر", "ناجم", "ناجما", "ناتج")}
#: what a blast while handling old ordnance tells ("أثناء تفكيكها", "من مخلفات الحرب")
_HANDLING = {normalize(w) for w in (
    "تفكيك", "تفكيكها", "تفكيكه", "إبطال", "نقله", "نقلها", "تخزين", "مخلفات", "إزالة")}
#: what tells a weapon: then the blast is an attack, whatever went off and whoever was hurt
_WEAPONS = {normalize(w) for w in (
    "عبوة", "عبوات", "ناسفة", "ناسف", "مفخخة", "مفخخ", "ملغومة", "ملغوم", "ملغمة", "لغم", "ألغام",
    "انتحاري", "انتحارية", "قذيفة", "قذائف", "صاروخ", "صواريخ", "متفجرات", "المتفجرات", "متفجرة",
    "متفجر", "قنبلة", "قنابل", "حارقة")}
#: what tells an attack, or a deed (sabotage, arson)
_ATTACKS = {normalize(w) for w in (
    "مسيرة", "غارة", "غارات", "قصف", "استهدف", "استهدفت", "استهداف", "هجوم", "هاجم",
    "مسلحون", "مسلحين", "تفجير", "فجر", "إرهابي", "إرهابية", "الإرهابي", "الإرهابية", "ضربة",
    "مدبر", "تخريبي", "تخريب", "متعمد", "متعمدا", "فاعل", "مفتعل")}
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
    """The sentence ``tokens[first:last]`` names a weapon ("عبوة ناسفة", "قذيفة"), not one being
    handled ("أثناء تفكيكها")."""
    words = _stems(tokens, first, last)
    return any(w in _WEAPONS or "ال" + w in _WEAPONS for w in words) \
        and not any(w in _HANDLING for w in words)


def accidental(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The sentence ``tokens[first:last]`` tells a blast or a fire of a tank, a cylinder, a depot
    or a workshop, or one caused by a leak or a short circuit, and names no weapon and no
    attack ("قتل ثلاثة أشخاص في انفجار خزان وقود", "انفجار أسطوانة غاز في منزل"); or a blast of
    old ordnance being handled ("انفجار قذيفة من مخلفات الحرب أثناء تفكيكها")."""
    words = _stems(tokens, first, last)
    blast = next((k for k, w in enumerate(words) if w in _BLASTS or "ال" + w in _BLASTS), None)
    if blast is None or any(w in _ATTACKS or "ال" + w in _ATTACKS for w in words):
        return False
    if any(w in _HANDLING for w in words):
        return True  # "انفجار لغم من مخلفات الحرب أثناء تفكيكه": ordnance handled, no attack
    if any(w in _WEAPONS or "ال" + w in _WEAPONS for w in words):
        return False
    near = words[blast + 1 : blast + 5]  # "انفجار خزان", "انفجار في مستودع", "انفجار ضخم في مصنع"
    caused = [w for k in range(len(words)) if words[k] in _BECAUSE  # "بسبب تسرب", "ناجم عن تسرب"
              for w in words[k + 1 : k + 3]]
    return any(w in _SOURCES or "ال" + w in _SOURCES for w in near) \
        or any(w in _CAUSES for w in (*words[blast + 1 : blast + 3], *caused))
