"""Names written in quote marks after their kind ("تنظيم «داعش»", "حركة “حماس”", "لتنظيم
«الدولة الإسلامية»"): the kind and the marks belong to the name, as they do unquoted ("تنظيم
داعش"), so that the name stands where the kind does ("هجوم لتنظيم «داعش»": the attack's doer)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.model import ActorRef, Token

#: words that name the kind of a group or party before its name
KINDS = frozenset(normalize(w) for w in (
    "تنظيم", "حركة", "جماعة", "ميليشيا", "مليشيا", "فصيل", "حزب", "جبهة", "كتائب", "هيئة",
    "خلايا", "عناصر", "مسلحي", "مسلحو", "مقاتلي", "مقاتلو", "فلول"))
_OPENING = frozenset("«“„\"")
_CLOSING = frozenset("»”“\"")
_PROCLITICS = frozenset(("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"))


def with_kind(text: str, tokens: Sequence[Token], actors: Sequence[ActorRef]) -> list[ActorRef]:
    """``actors`` with each group or organisation named in quote marks right after its kind
    widened to take in the kind (without its proclitic) and the marks."""
    starts = [t.start for t in tokens]
    out = []
    for ref in actors:
        k = bisect_left(starts, ref.start)
        if ref.actor.kind in ("group", "org") and 2 <= k < len(tokens) \
                and tokens[k].start == ref.start and tokens[k - 1].text in _OPENING \
                and (start := _kind_start(tokens[k - 2])) is not None:
            j = k - 2  # "لخلايا تنظيم «داعش»": the members of the kind too
            while j > 0 and start == tokens[j].start and (more := _kind_start(tokens[j - 1])):
                start, j = more, j - 1
            end = ref.end
            last = bisect_left(starts, ref.end)
            if last < len(tokens) and tokens[last].text in _CLOSING and tokens[last].start == end:
                end = tokens[last].end
            ref = replace(ref, start=start, end=end, text=text[start:end])
        out.append(ref)
    return out


def _kind_start(token: Token) -> int | None:
    """Where the kind word of ``token`` begins, after a proclitic ("لتنظيم" → تنظيم), or None
    when the token is no kind word."""
    for i in range(len(token.text)):
        if normalize(token.text[i:]) in KINDS and (i == 0 or normalize(token.text[:i]) in _PROCLITICS):
            return token.start + i
    return None
