"""Names of news outlets that are also names of places: a newspaper quoted by name ("في تصريح
لـ«الشرق الأوسط»", "صحيفة «الشرق الأوسط»") and an agency's short name in brackets after it
("وكالة الأنباء الأردنية (بترا)") name who reported, not where anything happened."""

from __future__ import annotations

import re

from rasid.model import PlaceRef

#: an opening quote right after a word for an outlet ("صحيفة «الأيام»"), or after لـ when words
#: of telling come just before ("قال لـ«الشرق الأوسط»", "في تصريح لـ«الشرق الأوسط»"; not
#: "تضامنا مع «غزة»")
_QUOTED_OUTLET = re.compile(
    r"(?:(?:صحيفة|جريدة|مجلة|قناة|موقع|إذاعة|تلفزيون|وكالة)\s*|(?:تصريحا?ت?|حديث|مقابلة|قال|قالت|أكد|"
    r"أكدت|أوضح|أوضحت|صرح|صرحت|كشف|كشفت|أفاد|أفادت|ذكر|ذكرت|أضاف|أضافت)[^.\n]{0,25}"
    r"(?<![\u0621-\u064A])[وف]?لـ?\s*)[«“\"]\s*$")
#: an agency named, then its short name in brackets: "وكالة الأنباء الأردنية (بترا)"
_AGENCY = re.compile(r"(?:وكالة|الأنباء|للأنباء)[^()\n.،]{0,40}\(\s*$")
_CLOSING = re.compile(r"^[^«»“”\"()\n]{0,40}[»”\")]")


def outlet_name(text: str, place: PlaceRef) -> bool:
    """Whether ``place`` is read inside the name of a news outlet."""
    before = text[max(0, place.start - 60) : place.start]
    if not _CLOSING.match(text[place.end : place.end + 42]):
        return False
    return bool(_QUOTED_OUTLET.search(before) or _AGENCY.search(before))
