"""Datelines: "عمان، الأردن (CNN)--", "دمشق (رويترز) -", "بغداد – الجورنال", "بيروت – أ ف ب:",
"دمشق-سانا", "إسطنبول/ الأناضول", "لندن ـ «القدس العربي»:", "دمشق - (وكالات) -", "غزة - وكالات -",
"جدة - ٢١ أيار ٢٠٢٣ -" open a report with where it was filed, not where anything in it happened."""

from __future__ import annotations

import re

from rasid.arabic.calendar import MONTH_WORDS
from rasid.arabic.normalize import normalize

#: a line opening with a verb of speech is a sentence, not a dateline ("قال الوزير - في بيان:")
_SAID = r"(?![وف]?(?:قال|أكد|اكد|أضاف|اضاف|ذكر|أعلن|اعلن|أفاد|افاد|صرح|تابع|أوضح|اوضح|أشار|اشار)[تا]?\s)"
#: one or two words, the first of two letters or more ("1- الإفراج عن الأسرى:" and "أ- الشق
#: السياسي:" are list items)
_PLACE = r"(?=\ufeff?[^\W\d_]{2})[^\s،,()/\-–—]+(?:\s[^\s،,()/\-–—]+)?"
#: "بيروت - ", "واشنطن- ", "إسطنبول/ ", "لندن ـ " (a tatweel as the dash); a dash with no space
#: on either side only before the end of the line ("دمشق-سانا"; "ترامب-بوتين:" is a title)
_DASH = r"(?:\s+[-–—/]\s*|[-–—/]\s+|\s+ـ\s+)"
_TIGHT = r"[-–—/][^\s:]+(?:\s[^\s:]+){0,2}\s*\n"
_SOURCE = r"\([^)\n]{1,30}\)\s*[-–—]+"  # "(رويترز) -", "(CNN)--"
DATELINE_RE = re.compile(_SAID + "(?:" + "|".join((
    _PLACE + r"\s*[،,]\s*[^\s(]+(?:\s[^\s(]+){0,2}\s*" + _SOURCE,  # "عمان، الأردن (CNN)--"
    _PLACE + r"\s*" + _SOURCE,  # "دمشق (رويترز) -"
    _PLACE + r"\s+[-–—]\s+[^\s(]+(?:\s[^\s(]+){0,3}\s*" + _SOURCE,  # "بغداد - 12 آذار (رويترز) -"
    _PLACE + _DASH + r"(?:\([^)\n]{1,30}\)|[^\s(:]+)\s*[-–—]+(?=\s)",  # "دمشق - (وكالات) -"
    _PLACE + _DASH + r"[^\s:]+(?:\s[^\s:]+){0,2}\s*(?:\n|:)",  # "بغداد – الجورنال", "بيروت – أ ف ب:"
    _PLACE + _TIGHT,  # "دمشق-سانا"
)) + ")")
#: "صنعاء - شنت طائرات …": one word and a dash, then the report (no second dash on the line:
#: "القوات العراقية - وفق البيان - تقدمت" is a clause between dashes)
_BARE_RE = re.compile(_SAID + r"(?=\ufeff?[^\W\d_]{2})[^\s،,()/\-–—]+\s+[-–—]\s+"
                      r"(?=[^\W\d_])(?![^\n]*\s[-–—]\s)")
_REACH = 80
#: "جدة - ٢١ أيار ٢٠٢٣ -": a place, then a day of two to four words (a number and a month's name)
_DATED_RE = re.compile(_SAID + _PLACE + _DASH
                       + r"((?:[^\s(:\-–—]+\s){1,3}[^\s(:\-–—]+)\s*[-–—]+(?=\s)")


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a dateline opening ``text[start:end]`` ends (``start`` when there is none)."""
    m = DATELINE_RE.match(text, start, min(end, start + _REACH))
    if m:
        return m.end()
    m = _DATED_RE.match(text, start, min(end, start + _REACH))
    day = m.group(1).split() if m else []
    if m and any(c.isdigit() for c in m.group(1)) and any(normalize(w) in MONTH_WORDS for w in day):
        return m.end()
    m = _BARE_RE.match(text, start, min(end, start + _REACH))
    return m.end() if m else start


def datelines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each dateline that opens a line of ``text``."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        stop = dateline_end(text, line.start(), min(len(text), line.end() + 1))  # "بغداد – الجورنال\n"
        if stop > line.start():
            out.append((line.start(), stop))
    return out
