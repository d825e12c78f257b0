"""Matching forms of Arabic text.

These forms are for comparing strings only (dictionary look-ups, search keys, duplicate
detection). They never replace the text users see, and they may change the length of a string,
so offsets are never computed on them.
"""

from __future__ import annotations

import unicodedata
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
    ord("ڤ"): "ف",  # ڤلاديمير = فلاديمير
    ord("پ"): "ب",
    ord("چ"): "ج",
}
_BASE = _DELETE | _LETTERS | DIGIT_TABLE


def _presentation_forms() -> dict[int, str | None]:
    """Each presentation form (ﺑ ﻻ ﻹ) to the matching form of its letters (ب لا لا); forms
    that stand for whole phrases (ﷺ) are kept as they are."""
    out: dict[int, str | None] = {}
    for lo, hi in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFC)):
        for cp in range(lo, hi + 1):
            plain = unicodedata.normalize("NFKC", chr(cp)).strip()
            if plain == chr(cp) or not plain or " " in plain:
                continue
            out[cp] = plain.translate(_BASE) or None
    return out


_TABLE = _presentation_forms() | _BASE


def strip_marks(text: str) -> str:
    """Remove diacritics, tatweel and invisible controls; keep letters as they are."""
    return text.translate(_DELETE)


def digits_to_ascii(text: str) -> str:
    """Eastern Arabic and Persian digits to ASCII digits."""
    return text.translate(DIGIT_TABLE)


@lru_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """The matching form of a string.

    Alef and hamza carriers fold to bare letters, alef maqsura to ya, ta marbuta to ha, the
    Persian letters used for foreign sounds (ڤ پ چ گ ک ی) to their Arabic counterparts and
    presentation forms (ﺑﻐﺪﺍﺩ, ﻻ) to plain letters; diacritics, tatweel and controls go, digits
    become ASCII and Latin letters lower case.

    >>> normalize("الإرهابيّة")
    'الارهابيه'
    """
    return text.translate(_TABLE).lower()
