"""Army units named by their number: "قوات اللواء 444", "الفرقة 17", "الكتيبة الثالثة". No name
list can hold every brigade of every army; a unit noun with a number or an ordinal after it is
a formation of the armed forces of the country where it is placed (the nearest place named)."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.parties import role_actor
from rasid.model import ActorRef, PlaceRef, Token

#: formations of an army (not "اللواء" before a name, the rank of a major general)
UNITS = {normalize(w) for w in (
    "اللواء", "لواء", "الفرقة", "فرقة", "الكتيبة", "كتيبة", "الفوج", "فوج", "واللواء",
    "والفرقة", "والكتيبة", "والفوج", "للواء", "للفرقة", "للكتيبة", "للفوج")}
ORDINALS = {normalize(w) for w in (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
    "العاشر", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
    "الثامنة", "التاسعة", "العاشرة")}
#: words before the unit that belong to its name ("قوات اللواء 444")
_MEN_OF = {normalize(w) for w in ("قوات", "القوات", "وقوات", "عناصر", "مقاتلي", "مقاتلو", "جنود")}
_REACH = 150  # characters to the place that tells whose army it is


def numbered_units(text: str, tokens: Sequence[Token], places: Sequence[PlaceRef],
                   actors: Sequence[ActorRef] = ()) -> list[ActorRef]:
    out = []
    named: list[PlaceRef] | None = None  # the places no actor covers, found at the first unit
    for i in range(len(tokens) - 1):
        if tokens[i].norm not in UNITS:
            continue
        number = tokens[i + 1].norm
        if not (number.isdigit() or number in ORDINALS):
            continue
        first = i - 1 if i and tokens[i - 1].norm in _MEN_OF else i
        start, end = tokens[first].start, tokens[i + 1].end
        if tokens[first].norm[:1] == "و" and tokens[first].norm[1:] in _MEN_OF | UNITS:
            start += 1  # "وقوات اللواء 444": the conjunction is not the name's
        if named is None:
            named = [p for p in places
                     if not any(a.start < p.end and p.start < a.end for a in actors)]
        near = [p for p in named if abs(p.start - start) <= _REACH and p.place.country]
        if near:
            country = min(near, key=lambda p: abs(p.start - start)).place.country
            out.append(ActorRef(start, end, text[start:end], role_actor(country, "MIL")))
    return out
