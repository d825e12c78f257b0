"""Datelines: "عمان، الأردن (CNN)--", "بغداد – الجورنال" open a report with where it was filed,
not where anything in it happened."""

from __future__ import annotations

import re

DATELINE_RE = re.compile(r"[^\s،,()]+(?:\s[^\s،,()]+)?\s*[،,]\s*[^\s(]+(?:\s[^\s(]+){0,2}\s*\([^)\n]{1,30}\)\s*[-–—]+"
                         r"|[^\s،,()]+(?:\s[^\s،,()]+)?\s+[-–—]\s+[^\s]+(?:\s[^\s]+)?\s*\n")
_REACH = 80


def dateline_end(text: str, start: int, end: int) -> int:
    """Where a dateline opening ``text[start:end]`` ends (``start`` when there is none)."""
    m = DATELINE_RE.match(text, start, min(end, start + _REACH))
    return m.end() if m else start


def datelines(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each dateline that opens a line of ``text``."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        stop = dateline_end(text, line.start(), min(len(text), line.end() + 1))  # "بغداد – الجورنال\n"
        if stop > line.start():
            out.append((line.start(), stop))
    return out
