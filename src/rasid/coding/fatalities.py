"""Death tolls: "مقتل عشرة عسكريين", "18 قتيلًا", "أسفر عن سقوط 5 قتلى", Eastern digits too.

``toll_in`` reads the first toll given in a stretch of tokens; qualifiers like "على الأقل",
"أكثر من", "نحو" keep the number as written (spec/GOLD.md: "at least N" → N).
"""

from __future__ import annotations

from collections.abc import Sequence

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


def _number(tokens: Sequence[Token], i: int) -> int | None:
    norm = tokens[i].norm
    if norm.isdigit():
        return int(norm)
    stem = norm[1:] if norm[:1] == "و" and len(norm) > 3 else norm
    if stem in NUMBER_WORDS and NUMBER_WORDS[stem] > 1 or stem in {"واحد", "واحدا"}:
        return NUMBER_WORDS[stem]
    return None


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
    for i in range(first, last):
        n = _number(tokens, i)
        if n is None:
            continue
        window = range(max(first, i - _WINDOW), min(last, i + _WINDOW + 1))
        before = [tokens[j].norm for j in window if j < i]
        after = [tokens[j].norm for j in window if j > i]
        if any(_is(w, WOUND_WORDS) for w in before[-2:]):
            continue
        if any(_is(w, DEATH_WORDS) for w in before) or any(_is(w, DEATH_WORDS) for w in after[:3]):
            return n
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
