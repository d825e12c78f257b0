"""Frames whose parties stand in fixed places: a predicate said of the party before it ("أعلنت
الحكومة السودانية المبعوث الأممي شخصا غير مرغوب فيه"), and a verb in a relative clause on an act
("الغارة التي استهدفت القنصلية الإيرانية"), whose subject is that act and whose object is hit."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.positions import Positioned
from rasid.coding.triggers import TriggerMatch
from rasid.model import Token

#: verbs that declare a party to be something ("أعلنت X Y شخصا غير مرغوب فيه")
_DECLARING = {normalize(p + w) for p in ("", "و", "ف")
              for w in ("أعلن", "أعلنت", "اعتبر", "اعتبرت")}
_RELATIVES = {normalize(w) for w in ("التي", "الذي")}
#: a pronoun after the verb back to the act: the verb has a subject of its own after it
_RESUMPTIVE = {normalize(w) for w in ("فيها", "فيه", "بها", "به", "خلالها", "خلاله", "عليها")}
#: acts a relative clause may tell of ("الغارة التي استهدفت", "الهجوم الذي طال")
_ACTS = {normalize(w) for w in (
    "الغارة", "الغارات", "الهجوم", "الهجمات", "القصف", "الضربة", "الضربات", "التفجير",
    "الانفجار", "العملية", "الاعتداء", "الكمين", "المسيرة", "الصاروخ", "الصواريخ", "القذيفة")}


def framed_parties(tokens: Sequence[Token], trig: TriggerMatch, actors: Sequence[Positioned],
                   ) -> tuple[Positioned | None, Positioned | None] | None:
    """(source, target) of a trigger in one of these frames, or None when it is in neither."""
    k = trig.first_token
    if trig.defn.predicate:
        if trig.last_token < len(tokens) and tokens[trig.last_token].text[:1] == "ل":
            return None, None  # "ستكون هدفا مشروعا للمقاومة": who would strike, no threat told
        verb = next((j for j in range(k - 1, -1, -1) if tokens[j].norm in _DECLARING
                     or not tokens[j].is_word), -1)  # its verb, in its own clause
        before = [p for p in actors if verb < p.first and p.last <= k]
        return (before[0], before[-1]) if len(before) > 1 else (None, None)
    after = tokens[trig.last_token].norm if trig.last_token < len(tokens) else ""
    own = after in _RESUMPTIVE or tokens[k].norm.endswith(("ها", "ه"))  # "التي قتل فيها الجيش"
    if trig.defn.pos == "verb" and k > 1 and tokens[k - 1].norm in _RELATIVES and not own \
            and tokens[k - 2].norm in _ACTS and trig.defn.event_type == "ASSAULT":
        hit = next((p for p in actors if p.first >= trig.last_token), None)
        return None, hit  # "الغارة التي استهدفت القنصلية الإيرانية": the act did it, on them
    return None
