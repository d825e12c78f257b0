"""Character classes used across rasid: diacritics, tatweel, controls and digits."""

from __future__ import annotations

import re

TATWEEL = "\u0640"
#: Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks.
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE)
)
#: Zero-width and bidirectional control characters that never carry meaning in news text.
CONTROLS = (
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)
EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DIGIT_TABLE = {ord(c): str(i) for i, c in enumerate(EASTERN_DIGITS)} | {
    ord(c): str(i) for i, c in enumerate(PERSIAN_DIGITS)
}

#: Arabic Presentation Forms A and B (the ornate brackets ﴾﴿ and the byte-order mark aside):
#: letters in their contextual shapes and ligatures (ﺑﻐﺪﺍﺩ, ﻻ), as text copied from PDF files and
#: older web pages has them.
PRESENTATION_FORMS = "\ufb50-\ufd3d\ufd40-\ufdff\ufe70-\ufefc"
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff" + PRESENTATION_FORMS
#: what a word may hold but not be made of alone: tatweel, diacritics, and the invisible marks
#: that editors leave inside words (zero-width space and joiners, soft hyphen, word joiner,
#: direction marks: "بي\u200bروت" is one word); a lone tatweel "ـ" is a dash ("غزة ـ حماس")
_INSIDE = TATWEEL + "\u064b-\u065f\u0670\u06d6-\u06ed" + "\u00ad\u200b-\u200f\u2060"
_CORE = ARABIC_LETTERS + "0-9\u0660-\u0669\u06f0-\u06f9A-Za-z\u00c0-\u024f"
WORD_RE = re.compile(f"[{_INSIDE}]*[{_CORE}][{_CORE}{_INSIDE}]*")
ARABIC_RE = re.compile(f"[{ARABIC_LETTERS}]")


def is_arabic(text: str) -> bool:
    """True when the string contains at least one Arabic letter."""
    return ARABIC_RE.search(text) is not None
