"""``finditer`` of a regular expression, searching only near the words every match contains.

A pattern like "day month year" is slow to scan over a whole article, but every match holds a
month name, and month names are rare. ``anchored_finditer(rx, anchor, reach, s)`` gives exactly
the matches of ``rx.finditer(s)`` while running ``rx`` only in windows around the places where
``anchor`` matches. ``reach(pattern)`` bounds how far a match attempt reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def reach(pattern: str) -> int | None:
    """How far past a match's start a match attempt of ``pattern`` can read: its widest match
    plus every lookaround in it. None when that cannot be bounded (unbounded repeats)."""
    try:
        from re import _parser  # the standard library's own parser (CPython >= 3.11)

        tree = _parser.parse(pattern)
    except (ImportError, AttributeError, re.error):
        return None

    def looks(sub) -> int:  # noqa: ANN001 — a re._parser.SubPattern
        total = 0
        for op, av in sub.data if hasattr(sub, "data") else ():
            if str(op) in ("ASSERT", "ASSERT_NOT"):
                total += av[1].getwidth()[1] + looks(av[1])
            for item in av if isinstance(av, (list, tuple)) else ():
                for part in item if isinstance(item, (list, tuple)) else (item,):
                    total += looks(part)
        return total

    width = tree.getwidth()[1] + looks(tree)
    return width if width < 10_000 else None


def anchored_finditer(rx: re.Pattern[str], anchor: re.Pattern[str], reach: int,
                      s: str) -> Iterator[re.Match[str]]:
    """The matches of ``rx.finditer(s)``, when every match of ``rx`` contains a match of
    ``anchor`` (at the same position in ``s``) and no attempt of ``rx`` reads more than
    ``reach`` characters past its start. ``rx`` must not match the empty string.

    A match starting at ``st`` holds an anchor at some ``a' >= st`` with ``a' - st <= reach``.
    So when the first anchor at or after ``pos`` is at ``a``, no match starts in
    ``[pos, a - reach)``, and an attempt at any ``st <= a`` reads the same characters in ``s``
    as in ``s[:a + reach]``: the first match of that window, if it starts by ``a``, is the
    first match at or after ``pos``; if it does not, none starts in ``[pos, a]``."""
    pos, n = 0, len(s)
    while pos < n:
        a = anchor.search(s, pos)
        if a is None:
            return
        at = a.start()
        end = min(n, at + reach)
        m = rx.search(s, max(pos, at - reach), end)
        if m is None or m.start() > at and end < n:
            pos = at + 1
            continue
        yield m
        pos = m.end()
