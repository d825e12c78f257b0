"""What a threat threatens: the THREATEN mode, read off the act named after the threat verb.

"هدد باستهداف القواعد" threatens violence, "لوّح بطرد السفير" an expulsion, "توعد بفرض
عقوبات" restrictions. The act is the first trigger of another type a few words after the threat
(spec/PLOVER.md: THREATEN mode = what is threatened).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.triggers import TriggerMatch, find_triggers
from rasid.model import Token

_SPAN = 12
#: (type of the threatened act, its mode or None for any) → THREATEN mode
_MODES = {
    ("ASSAULT", None): "violence",
    ("SANCTION", "expel"): "expel",
    ("SANCTION", "withdraw"): "relations",
    ("SANCTION", "discontinue"): "relations",
    ("SANCTION", None): "restrict",
    ("COERCE", "arrest"): "arrest",
    ("COERCE", None): "restrict",
}
#: "توعد بالرد", "هدد بالانتقام": retaliation is violence
_RETALIATION = {normalize(w) for w in ("بالرد", "برد", "بالانتقام", "بالثأر", "بانتقام",
                                       "بالتصعيد")}


def threatened_mode(tokens: Sequence[Token], trig: TriggerMatch, last: int) -> str | None:
    """The mode of a THREATEN trigger from the act that follows it, or None."""
    end = min(last, trig.last_token + _SPAN)
    for t in find_triggers(tokens, trig.last_token, end):
        etype, mode = t.defn.event_type, t.defn.mode
        found = _MODES.get((etype, mode)) or _MODES.get((etype, None))
        if found:
            return found
    if any(tokens[i].norm in _RETALIATION for i in range(trig.last_token, end)):
        return "violence"
    return None
