"""Numbers as Arabic news writes them, read from tokens.

Digits (Eastern and Persian too, through the tokens' matching forms) with thousands marks and
decimal points ("1,200", "١٬٢٠٠", "1.200", "٢٫٥"), and cardinal words from واحد to مليار in
both genders and cases: "خمسة عشر", "خمسة وعشرين", "ثلاثمئة" / "ثلاث مئة", "مئة وعشرين",
"ثلاثة آلاف وخمسمئة", "ألفي", "أحد عشر ألفا", "2.5 مليون". Vague quantities (عشرات, مئات, آلاف
alone) are not numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from rasid.arabic.normalize import normalize
from rasid.model import Token


def _table(groups: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {normalize(w): n for n, words in groups.items() for w in words}


_UNIT_WORDS = {
    1: ("واحد", "واحدة", "واحدا", "أحد", "إحدى"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي"),
    3: ("ثلاثة", "ثلاث"), 4: ("أربعة", "أربع"), 5: ("خمسة", "خمس"), 6: ("ستة", "ست"),
    7: ("سبعة", "سبع"), 8: ("ثمانية", "ثماني", "ثمان"), 9: ("تسعة", "تسع"),
}
UNITS = _table(_UNIT_WORDS)
TEN = _table({10: ("عشرة", "عشر")})
TENS = _table({
    20: ("عشرون", "عشرين"), 30: ("ثلاثون", "ثلاثين"), 40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"), 60: ("ستون", "ستين"), 70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"), 90: ("تسعون", "تسعين"),
})
_HUNDRED_WORDS = ("مئة", "مائة")
HUNDRED = _table({100: _HUNDRED_WORDS})
#: 100–900 in one word: مئة, مئتين, ثلاثمئة, ثمانمائة …
HUNDREDS = HUNDRED | _table({
    200: ("مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي"),
    **{u * 100: tuple(f"{stem}{h}" for stem in _UNIT_WORDS[u][-2:] for h in _HUNDRED_WORDS)
       for u in range(3, 10)},
})
#: Scale words: (value, form) where form is "one" (ألف), "two" (ألفين) or "many" (آلاف).
SCALES: dict[str, tuple[int, str]] = {
    normalize(w): (value, form)
    for value, forms in {
        1000: {"one": ("ألف", "ألفا"), "two": ("ألفان", "ألفين", "ألفي"), "many": ("آلاف",)},
        10**6: {"one": ("مليون", "مليونا"), "two": ("مليونان", "مليونين", "مليوني"),
                "many": ("ملايين",)},
        10**9: {"one": ("مليار", "مليارا"), "two": ("ملياران", "مليارين", "ملياري"),
                "many": ("مليارات",)},
    }.items()
    for form, words in forms.items()
    for w in words
}
#: "ألفا" after a number is one thousand in the accusative (أحد عشر ألفا); alone, two (ألفا مدني)
#: unless written with its tanween (ألفًا).
_ALONE_TWO = {normalize("ألفا"), normalize("مليونا")}
#: "نصف مليون", "مليون ونصف": parts of a scale word
_PARTS = {normalize("نصف"): Fraction(1, 2), normalize("ربع"): Fraction(1, 4), normalize("ثلث"): Fraction(1, 3)}
#: Marks inside digits: ٬ groups thousands, ٫ is the decimal point; "," and "." group thousands
#: when three digits follow ("1,200", "1.200") and are a decimal point otherwise ("2.5").
_GROUP, _DECIMAL, _EITHER = "٬", "٫", ",."

_ANY_WORD = UNITS | TEN | TENS | HUNDREDS | {w: v for w, (v, _) in SCALES.items()}


def _word(tokens: Sequence[Token], j: int, last: int, table: dict[str, int],
          joined: bool) -> int | None:
    """The value of token ``j`` in ``table``, also with a leading و when ``joined``."""
    if j >= last:
        return None
    norm = tokens[j].norm
    if norm in table:
        return table[norm]
    if joined and norm[:1] == "و" and norm[1:] in table:
        return table[norm[1:]]
    return None


def _below_hundred(tokens: Sequence[Token], j: int, last: int,
                   joined: bool) -> tuple[int, int] | None:
    """1–99 at ``j``: "خمسة", "عشرة", "خمسة عشر", "خمسة وعشرين", "عشرين"."""
    for table in (TENS, TEN):
        value = _word(tokens, j, last, table, joined)
        if value is not None:
            return value, j + 1
    unit = _word(tokens, j, last, UNITS, joined)
    if unit is None:
        return None
    if _word(tokens, j + 1, last, TEN, False) is not None:
        return unit + 10, j + 2
    if j + 1 < last and tokens[j + 1].norm[:1] == "و" and tokens[j + 1].norm[1:] in TENS:
        return unit + TENS[tokens[j + 1].norm[1:]], j + 2
    return unit, j + 1


def _below_thousand(tokens: Sequence[Token], j: int, last: int,
                    joined: bool) -> tuple[int, int] | None:
    """1–999 at ``j``: "ثلاثمئة وخمسة", "ثلاث مئة", "مئة وعشرين", or 1–99."""
    hundreds = _word(tokens, j, last, HUNDREDS, joined)
    if hundreds is not None:
        end = j + 1
    else:
        unit = _word(tokens, j, last, UNITS, joined)
        if unit is None or unit < 3 or _word(tokens, j + 1, last, HUNDRED, False) is None:
            return _below_hundred(tokens, j, last, joined)
        hundreds, end = unit * 100, j + 2
    if end < last and tokens[end].norm[:1] == "و":
        rest = _below_hundred(tokens, end, last, True)
        if rest is not None:
            return hundreds + rest[0], rest[1]
    return hundreds, end


def _digits(tokens: Sequence[Token], i: int, last: int,
            lead: int = 0) -> tuple[int | Fraction, int]:
    """The number written in digits at token ``i`` (after ``lead`` letters: "بـ1,200", "و25"),
    with its thousands separators and decimal point."""
    value: int | Fraction = int(tokens[i].norm[lead:])
    end = i + 1
    while (end + 1 < last and tokens[end].text in _GROUP + _DECIMAL + _EITHER
           and tokens[end].start == tokens[end - 1].end
           and tokens[end + 1].start == tokens[end].end and tokens[end + 1].norm.isdigit()):
        mark, digits = tokens[end].text, tokens[end + 1].norm
        if mark == _GROUP or mark in _EITHER and len(digits) == 3:
            value, end = value * 1000 + int(digits), end + 2
            continue
        return Fraction(f"{value}.{digits}"), end + 2  # a decimal point ends the number
    return value, end


def read_number(tokens: Sequence[Token], i: int, last: int) -> tuple[int | Fraction, int] | None:
    """The number that begins at token ``i`` (a leading و allowed) and the index of the token
    after it, or None. A decimal stays a ``Fraction`` ("3.5 في المئة"); with a scale word it is
    usually whole ("2.5 ألف" = 2500)."""
    total: int | Fraction = 0
    j, last_scale = i, 0
    joined = True  # the first word may carry و ("وخمسة قتلى"), as may each part after a scale
    while j < last:
        norm = tokens[j].norm.removeprefix("و") if j > i else tokens[j].norm
        if joined and tokens[j].norm.isdigit() and j == i:
            part: tuple[int | Fraction, int] | None = _digits(tokens, j, last)
        elif j == i and norm[:1] in "بل" and norm[1:].isdigit() and tokens[j].text[1:2] == "ـ":
            part = _digits(tokens, j, last, 1)  # "انتهى الهجوم بـ3 قتلى", "بـ1,200"
        elif j == i and norm[:1] == "و" and norm[1:].isdigit():
            part = _digits(tokens, j, last, 1)  # "5 جنود و25 مدنيا"
        elif joined and j > i and norm.isdigit():  # "3 آلاف و500", "مليون و200 ألف"
            part = int(norm), j + 1
        elif norm in _PARTS and j + 1 < last and tokens[j + 1].norm in SCALES:
            part = _PARTS[norm], j + 1  # "نصف مليون", "ربع مليون"
        elif norm in _PARTS and j > i:  # "مليون ونصف (المليون)": a part of the scale just read
            total += _PARTS[norm] * last_scale
            j += 2 if j + 1 < last and tokens[j + 1].norm == "ال" + tokens[j - 1].norm else 1
            break
        else:
            part = _below_thousand(tokens, j, last, joined)
        value, end = part if part is not None else (None, j)
        scale = SCALES.get(tokens[end].norm) if end < last else None
        if scale is None and joined and value is None and end < last \
                and tokens[end].norm[:1] == "و":
            scale = SCALES.get(tokens[end].norm[1:])
        if last_scale and value is not None and value * (scale[0] if scale else 1) >= last_scale:
            break  # "ما بين 100 ألف و300 ألف": a second number, not a part of the first
        if scale is None:
            if value is not None:
                total, j = total + value, end
            break
        if value is None:  # a scale word alone: ألف, ألفين / ألفا; آلاف alone is vague
            if scale[1] == "many":
                break
            norm = tokens[end].norm.removeprefix("و")
            value = 2 if scale[1] == "two" or norm in _ALONE_TWO and "\u064b" not in tokens[end].text else 1
        total, j, last_scale = total + value * scale[0], end + 1, scale[0]
        after = tokens[j].norm[1:] if j < last and tokens[j].norm[:1] == "و" else ""
        joined = after in _ANY_WORD or after.isdigit() or after in _PARTS  # "ثلاثة آلاف وخمسمئة"
        if not joined:
            break
    return (total, j) if j > i else None
