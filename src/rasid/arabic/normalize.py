"""Matching forms of Arabic text.

These forms are for comparing strings only (dictionary look-ups, search keys, duplicate
detection). They never replace the text users see, and they may change the length of a string,
so offsets are never computed on them.
"""

from __future__ import annotations

from functools import lru_cache

from rasid.arabic.chars import CONTROLS, DIACRITICS, DIGIT_TABLE, TATWEEL

_DELETE = {ord(c): None for c in DIACRITICS + TATWEEL + CONTROLS}
_LETTERS = {
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ى"): "ي",
    ord("ة"): "ه",
    ord("ؤ"): "و",
    ord("ئ"): "ي",
    ord("ک"): "ك",
    ord("ی"): "ي",
    ord("ے"): "ي",
    ord("گ"): "ك",
}
_TABLE = _DELETE | _LETTERS | DIGIT_TABLE


def strip_marks(text: str) -> str:
    """Remove diacritics, tatweel and invisible controls; keep letters as they are."""
    return text.translate(_DELETE)


def digits_to_ascii(text: str) -> str:
    """Eastern Arabic and Persian digits to ASCII digits."""
    return text.translate(DIGIT_TABLE)


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """The matching form of a string.

    Alef and hamza carriers fold to bare letters, alef maqsura to ya, ta marbuta to ha,
    diacritics, tatweel and controls go, digits become ASCII and Latin letters lower case.

    >>> normalize("الإرهابيّة")
    'الارهابيه'
    """
    return text.translate(_TABLE).lower()
