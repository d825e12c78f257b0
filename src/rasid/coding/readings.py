"""Checks on a trigger word's reading that look at the words around it: a truce named as what
was broken is not one declared; a participle that asks does so only after a comma."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.model import Token

#: "خرقت قوات الدعم السريع الهدنة": the perfect of the verbs of breaking, with or without و
_BREAKING = {c + normalize(w) for w in ("خرق", "خرقت", "خرقوا", "خرقا", "انتهك", "انتهكت",
                                        "انتهكوا", "انتهكا", "اخترق", "اخترقت", "اخترقوا")
             for c in ("", "و")}
_BROKEN_REACH = 5
#: participles that ask only as "…، داعيا X إلى" (a noun trigger of their own)
PARTICIPLES = {normalize(w) for w in ("داعيا", "داعية", "داعين", "مطالبا", "مطالبين", "مناشدا")}


def broken(tokens: Sequence[Token], k: int) -> bool:
    """A violation verb among the few words before ``k``, in its clause: "خرقت قوات الدعم السريع
    الهدنة" (not "أعلن الطرفان هدنة جديدة بعد أن خرقت الهدنة السابقة": a new one declared)."""
    for t in reversed(tokens[max(0, k - _BROKEN_REACH) : k]):
        if t.text in ("،", ",", ".") or t.norm in ("ان", "بعد", "اذا", "لو"):
            return False
        if t.norm in _BREAKING:
            return True
    return False


def asking(tokens: Sequence[Token], k: int, end: int) -> bool:
    """A participle after a comma, with no comma right after it ("، داعية بارز،": a preacher)."""
    return k > 0 and tokens[k - 1].text in ("،", ",") \
        and not any(t.text in ("،", ",") for t in tokens[end : end + 2])


_SINCE = {normalize(w) for w in ("بعد", "قبل", "منذ", "عقب", "إثر", "اثر")}


def time_of_truce(tokens: Sequence[Token], k: int) -> bool:
    """A truce named as the time of another act: "بعد ساعات من بدء سريان الهدنة", "منذ بدء
    الهدنة" (a word of time, then من or the start, in the few words before it)."""
    window = []
    for t in reversed(tokens[max(0, k - _BROKEN_REACH) : k]):
        if t.text in ("،", ",", "."):
            break
        window.append(t.norm)
    when = next((i for i, w in enumerate(window) if w in _SINCE), None)
    return when is not None and (window[when] == normalize("منذ") or "من" in window[:when])
