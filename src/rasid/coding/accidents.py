"""Blasts that are accidents ("انفجار خزان وقود", "انفجار أسطوانة غاز", "تماس كهربائي") and
blasts of a weapon ("انفجار عبوة ناسفة"): the first are nobody's attack, the second are one
even when no doer is named."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.normalize import normalize
from rasid.model import Token

#: what blows up or burns by accident: tanks, cylinders, pipes, generators, depots, workshops
_SOURCES = {normalize(w) for w in (
    "خزان", "خزانات", "صهريج", "صهاريج", "أسطوانة", "اسطوانة", "أسطوانات", "قارورة", "أنبوب",
    "أنابيب", "مولد", "مولدة", "مرجل", "غلاية", "مستودع", "مستودعات", "مخزن", "مخازن", "ورشة",
    "معمل", "مصنع", "مصفاة", "مختبر", "غاز", "الغاز", "المفرقعات", "الألعاب", "محول", "محولة",
    "كابل", "أسلاك")}
#: what tells an accident outright, next to the blast or after بسبب/نتيجة/جراء: a leak, a short
#: circuit, a technical fault
_CAUSES = {normalize(w) for w in ("عرضي", "عرضيا", "تسرب", "تماس", "ماس", "عطل", "خلل",
                                  "الحرارة", "كهربائي", "ارتفاع")}
_BECAUSE = {normalize(w) for w in ("بسبب", "نتيجة", "جراء", "إثر", "ناجم", "ناجما", "ناتج",
                                   "سببه", "سببها", "الناجم", "الناتج")}
#: what a blast while handling old ordnance tells ("أثناء تفكيكها", "من مخلفات الحرب")
_HANDLING = {normalize(w) for w in (
    "تفكيك", "تفكيكها", "تفكيكه", "إبطال", "نقله", "نقلها", "تخزين", "مخلفات", "إزالة",
    "تخزينها", "إبطالها")}
#: what tells a weapon: then the blast is an attack, whatever went off and whoever was hurt
_WEAPONS = {normalize(w) for w in (
    "عبوة", "عبوات", "ناسفة", "ناسف", "مفخخة", "مفخخ", "ملغومة", "ملغوم", "ملغمة", "لغم", "ألغام",
    "انتحاري", "انتحارية", "قذيفة", "قذائف", "صاروخ", "صواريخ", "متفجرات", "المتفجرات", "متفجرة",
    "متفجر", "قنبلة", "قنابل", "حارقة")}
#: what tells an attack, or a deed (sabotage, arson)
_ATTACKS = {normalize(w) for w in (
    "مسيرة", "غارة", "غارات", "قصف", "استهدف", "استهدفت", "استهداف", "هجوم", "هاجم",
    "مسلحون", "مسلحين", "تفجير", "فجر", "إرهابي", "إرهابية", "الإرهابي", "الإرهابية", "ضربة",
    "مدبر", "تخريبي", "تخريب", "متعمد", "متعمدا", "فاعل", "مفتعل", "اشتباك", "اشتباكات",
    "مواجهات", "معارك", "رصاص", "برصاص", "بنيران", "قناص", "مسلح", "قصفت", "غارة")}
_BLASTS = {normalize(w) for w in ("انفجار", "انفجارا", "انفجر", "انفجرت", "حريق", "حريقا")}


def _stems(tokens: Sequence[Token], first: int, last: int) -> list[frozenset[str]]:
    """Each word of ``tokens[first:last]`` as the forms it may stand for: as written, without a
    proclitic (و ف ب ل) or the article."""
    return [frozenset(stem for _, stem in proclitic_splits(t.text)) for t in tokens[first:last]]


def _in(forms: frozenset[str], words: set[str]) -> bool:
    return any(f in words for f in forms)


def weapon_named(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The sentence ``tokens[first:last]`` names a weapon ("عبوة ناسفة", "قذيفة"), not one being
    handled ("أثناء تفكيكها")."""
    words = _stems(tokens, first, last)
    return any(_in(w, _WEAPONS) for w in words) and not _handled(words)


def _handled(words: list[frozenset[str]]) -> bool:
    """Ordnance handled or left over ("أثناء تفكيكها", "إبطال لغم", "من مخلفات الحرب"; not "إزالة
    الأنقاض"), and no device made to kill (a car bomb is never leftover ordnance)."""
    return not any(_in(w, _BOMBS) for w in words) and any(
        _in(w, _HANDLING) and (any(_in(x, _WEAPONS) for x in words[k + 1 : k + 3])
                               or _LEFTOVERS in w or any(f.endswith(("ها", "ه")) for f in w))
        for k, w in enumerate(words))


def accidental(tokens: Sequence[Token], first: int, last: int) -> bool:
    """The sentence ``tokens[first:last]`` tells a blast or a fire of a tank, a cylinder, a depot
    or a workshop, or one caused by a leak or a short circuit, and names no weapon and no
    attack ("قتل ثلاثة أشخاص في انفجار خزان وقود", "انفجار أسطوانة غاز في منزل"); or a blast of
    old ordnance being handled ("انفجار قذيفة من مخلفات الحرب أثناء تفكيكها"); or a death on
    the road, by a fall, a flood or a quake ("قتل سائق في حادث سير")."""
    words = _stems(tokens, first, last)
    if any(_in(w, _ATTACKS) for w in words):
        return False
    weapon = any(_in(w, _WEAPONS) for w in words)
    road = any(_in(w, _CRASH) and _in(x, _ROADS) for w, x in zip(words, words[1:], strict=False))
    if road or any(_in(w, _MISHAPS) for w in words):
        return not weapon  # "حادث سير", "فيضانات", "سقوطهما من الطابق العاشر"
    blast = next((k for k, w in enumerate(words) if _in(w, _BLASTS)), None)
    if blast is None:
        return False
    if _handled(words):
        return True  # "انفجار لغم من مخلفات الحرب أثناء تفكيكه": ordnance handled, no attack
    if weapon:
        return False
    caused = [w for k in range(len(words)) if _in(words[k], _BECAUSE)  # "بسبب تسرب", "ناجم عن"
              for w in words[k + 1 : k + 4]]
    return any(_in(w, _SOURCES) for w in words[blast + 1 : blast + 5]) \
        or any(_in(w, _CAUSES) for w in (*words[blast + 1 : blast + 3], *caused))


#: deaths that no one caused: a fall, a flood, a quake, drowning, a shock
_MISHAPS = {normalize(w) for w in (
    "تصادم", "اصطدام", "انقلاب", "فيضان", "فيضانات", "سيول", "غرق", "غرقا", "انهيار", "صعق",
    "صعقا", "زلزال", "انزلاق", "سقوطه", "سقوطها", "سقوطهما", "سقوطهم", "أمطار", "عاصفة")}
_CRASH = {normalize(w) for w in ("حادث", "حادثة", "حوادث")}
_ROADS = {normalize(w) for w in ("سير", "مروري", "مرور", "السير", "المرور")}
_LEFTOVERS = normalize("مخلفات")  # "من مخلفات الحرب"
#: devices made to kill: a blast of one is never old ordnance handled
_BOMBS = {normalize(w) for w in ("مفخخة", "مفخخ", "انتحاري", "انتحارية", "لاصقة", "ملغومة",
                                 "ناسفة")}
