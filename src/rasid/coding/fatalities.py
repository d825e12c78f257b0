"""Death tolls: "مقتل عشرة عسكريين", "18 قتيلًا", "أسفر عن سقوط 5 قتلى", Eastern digits too,
numbers written with thousands marks ("1,200", "١٬٢٠٠") or with ألف / مليون ("3 آلاف", "2.5 ألف").

``toll_in`` reads the first toll given in a stretch of tokens; qualifiers like "على الأقل",
"أكثر من", "نحو" keep the number as written (spec/GOLD.md: "at least N" → N).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from rasid.arabic.normalize import normalize
from rasid.model import Token

NUMBER_WORDS = {
    normalize(w): n
    for n, words in {
        1: ("واحد", "واحدا", "شخص", "قتيل", "قتيلا"),
        2: ("اثنان", "اثنين", "اثنتين", "اثنتان", "شخصين", "قتيلين", "شخصان"),
        3: ("ثلاثة", "ثلاث"),
        4: ("أربعة", "أربع"),
        5: ("خمسة", "خمس"),
        6: ("ستة", "ست"),
        7: ("سبعة", "سبع"),
        8: ("ثمانية", "ثماني", "ثمان"),
        9: ("تسعة", "تسع"),
        10: ("عشرة", "عشر"),
        11: ("أحد عشر", "احد عشر"),
        12: ("اثنا عشر", "اثني عشر"),
        20: ("عشرين", "عشرون"),
        30: ("ثلاثين", "ثلاثون"),
        40: ("أربعين", "أربعون"),
        50: ("خمسين", "خمسون"),
        100: ("مئة", "مائة"),
        200: ("مئتين", "مائتين", "مئتي"),
    }.items()
    for w in words
}
#: Words that multiply the number before them ("3 آلاف", "ثلاثة آلاف", "2.5 مليون").
SCALE_WORDS = {normalize(w): n for w, n in (("ألف", 1000), ("آلاف", 1000), ("مليون", 10**6),
                                            ("ملايين", 10**6))}
#: Thousands said alone: "مقتل ألف شخص", "ألفي مدني".
THOUSANDS = {normalize(w): n for w, n in (("ألف", 1000), ("ألفين", 2000), ("ألفان", 2000),
                                          ("ألفي", 2000))}
#: Marks inside a number written in digits: ٬ groups thousands, ٫ is the decimal point, and "," or
#: "." group thousands when three digits follow ("1,200", "1.200"), else they are a decimal point.
_GROUP, _DECIMAL, _EITHER = "٬", "٫", ",."
#: Words that say the number counts the dead.
DEATH_WORDS = {
    normalize(w)
    for w in ("مقتل", "قتل", "قتلى", "قتيلا", "قتيل", "قتيلاً", "مصرع", "مصرعهم", "مصرعه", "حتفهم",
              "سقوط", "وفاة", "لقي", "لقوا", "أودى", "بحياة", "ضحايا", "ضحية", "استشهاد", "شهيدا",
              "شهداء", "قتلوا", "قتلت")
}
#: Words after which a number counts the wounded, not the dead.
WOUND_WORDS = {normalize(w) for w in ("إصابة", "جرح", "جرحى", "مصابين", "جريحا", "أصيب", "وإصابة")}
_WINDOW = 4


def _number(tokens: Sequence[Token], i: int, last: int) -> tuple[int | Fraction, int] | None:
    """The whole number that begins at token ``i`` ("27", "1,200", "١٬٢٠٠", "2.5 ألف", "ثلاثة
    آلاف", "ألفي", "3.5") and the index of the token after it, or None."""
    norm = tokens[i].norm
    stem = norm[1:] if norm[:1] == "و" and len(norm) > 3 else norm
    end = i + 1
    if norm.isdigit():
        value: int | Fraction = int(norm)
        while end + 1 < last and tokens[end].text in _GROUP + _DECIMAL + _EITHER \
                and tokens[end].start == tokens[end - 1].end \
                and tokens[end + 1].start == tokens[end].end and tokens[end + 1].norm.isdigit():
            mark, digits = tokens[end].text, tokens[end + 1].norm
            if mark == _GROUP or mark in _EITHER and len(digits) == 3:
                value, end = value * 1000 + int(digits), end + 2
                continue
            value, end = Fraction(f"{value}.{digits}"), end + 2  # a decimal point ends it
            break
    elif stem in NUMBER_WORDS and NUMBER_WORDS[stem] > 1 or stem in {"واحد", "واحدا"}:
        value = NUMBER_WORDS[stem]
    elif stem in THOUSANDS:
        return THOUSANDS[stem], end
    else:
        return None
    if end < last and tokens[end].norm in SCALE_WORDS:
        value, end = value * SCALE_WORDS[tokens[end].norm], end + 1
    return value, end


def _strip(norm: str) -> str:
    for pre in ("وب", "ب", "و", "ف", "ل"):
        if norm.startswith(pre) and len(norm) - len(pre) > 2:
            return norm[len(pre):]
    return norm


def _is(norm: str, words: set[str]) -> bool:
    """The word, or the word without a proclitic, is one of ``words`` ("لقوا" stays "لقوا")."""
    return norm in words or _strip(norm) in words


def toll_in(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The first death toll stated in ``tokens[first:last]``, or None."""
    i = first
    while i < last:
        read = _number(tokens, i, last)
        if read is None:
            i += 1
            continue
        value, end = read
        before = [tokens[j].norm for j in range(max(first, i - _WINDOW), i)]
        after = [tokens[j].norm for j in range(end, min(last, end + _WINDOW))]
        i = end
        if value != int(value) or any(_is(w, WOUND_WORDS) for w in before[-2:]):
            continue  # a fraction ("3.5 في المئة") counts no one
        if any(_is(w, DEATH_WORDS) for w in before) or any(_is(w, DEATH_WORDS) for w in after[:3]):
            return int(value)
    for i in range(first, last):  # "مقتل شخص" / "قتيلين" without a number
        norm = _strip(tokens[i].norm)
        if norm in {"قتيلين", "شخصين"} and i > first and _strip(tokens[i - 1].norm) in DEATH_WORDS:
            return 2
    return None


#: words that count the dead as people at large, not as fighters of a side
PEOPLE_WORDS = {normalize(w) for w in ("شخصا", "شخص", "أشخاص", "اشخاص", "شخصين", "مدنيين", "مدنيا", "مدنيون",
                                      "مواطنين", "مواطنا", "مدني", "المدنيين", "الأشخاص")}


def counts_people(tokens: Sequence[Token], first: int, last: int) -> bool:
    """"مقتل 9 أشخاص", "سقوط 5 قتلى مدنيين": the toll counts people at large (civilians)."""
    return any(_strip(tokens[i].norm) in PEOPLE_WORDS for i in range(first, last))
