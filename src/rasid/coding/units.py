"""Forces named by their unit, not by a name list: army units by their number ("قوات اللواء
444", "الفرقة 17", "الكتيبة الثالثة": a formation of the armed forces of the country where it is
placed, the nearest place named), the police of a city ("شرطة البصرة"), a detachment sent by a
service ("قوة من جهاز مكافحة الإرهاب"), and an organ placed in a town ("وزارة الصحة في غزة")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.kinds import STATE_ORGANS
from rasid.coding.parties import role_actor
from rasid.coding.positions import AFFILIATED
from rasid.coding.quotes import CUES
from rasid.coding.references import COMPLEMENTISERS
from rasid.coding.triggers import RELATIVE_WORDS
from rasid.model import ActorRef, PlaceRef, Token
from rasid.resolve.capitals import is_nisba

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


def country_near(start: int, places: Sequence[PlaceRef], reach: int) -> str | None:
    """The country of the place nearest to ``start``, within ``reach`` characters."""
    near = [p for p in places if abs(p.start - start) <= reach and p.place.country]
    return min(near, key=lambda p: abs(p.start - start)).place.country if near else None


def uncovered(places: Sequence[PlaceRef], actors: Sequence[ActorRef]) -> list[PlaceRef]:
    """The places no actor's name takes in."""
    return [p for p in places if not any(a.start < p.end and p.start < a.end for a in actors)]


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
        named = uncovered(places, actors) if named is None else named
        if (country := country_near(start, named, _REACH)) is not None:
            out.append(ActorRef(start, end, text[start:end], role_actor(country, "MIL")))
    return out


#: a detachment sent by a service: "قوة من جهاز مكافحة الإرهاب", "دورية من الشرطة"
DETACHMENTS = {normalize(w) for w in (
    "قوة", "قوات", "دورية", "دوريات", "مفرزة", "عناصر", "وحدة", "وحدات", "فريق", "ووحدة", "وقوة")}
_ARMED = {"MIL", "COP", "SPY", "REB", "PRM"}


def detachment_of(text: str, tokens: Sequence[Token], k: int, ref: ActorRef) -> ActorRef | None:
    """The service's men, told with the unit sent ("اعتقلت قوة من جهاز مكافحة الإرهاب …"): one
    party, the service, whose name takes in the words of the unit before it."""
    if k < 2 or tokens[k - 1].norm != "من" or tokens[k - 2].norm not in DETACHMENTS \
            or ref.start != tokens[k].start and normalize(tokens[k].text[:1]) != "ال" \
            or not (ref.actor.sector in _ARMED or ref.actor.kind == "group"):
        return None
    start = tokens[k - 2].start + (1 if tokens[k - 2].norm[:1] == "و" and tokens[k - 2].norm[1:]
                                   in DETACHMENTS else 0)
    return ActorRef(start, ref.end, text[start : ref.end], ref.actor)


#: the heads of a state body's name ("جهاز مكافحة الهجرة غير الشرعية التابع لوزارة الداخلية")
_BODIES = {normalize(w) for w in ("جهاز", "هيئة", "مديرية", "دائرة", "وحدة", "قوة", "إدارة",
                                  "مصلحة")}
_BODY_REACH = 6  # words from the body's head to "التابع"
_CLAUSE = COMPLEMENTISERS | RELATIVE_WORDS | {normalize(w) for w in ("قال", "قالت")}


def body_of(text: str, tokens: Sequence[Token], k: int, ref: ActorRef,
            others: Sequence[ActorRef] = ()) -> ActorRef | None:
    """A body rasid does not know by name, told as belonging to (التابع لـ) a state organ it
    knows ("رحّل جهاز مكافحة الهجرة غير الشرعية التابع لوزارة الداخلية الليبية …"): the organ,
    its name taking in the body's (not across another party or a clause: "قالت هيئة البث
    الإسرائيلية إن الجنود التابعين للجيش")."""
    if k < 2 or tokens[k - 1].norm not in AFFILIATED or normalize(tokens[k].text[:1]) != "ل" \
            or ref.actor.sector not in STATE_ORGANS or ref.actor.kind in ("state", "group"):
        return None
    for j in range(k - 2, max(-1, k - 2 - _BODY_REACH), -1):
        if not tokens[j].is_word or tokens[j].norm in _CLAUSE or any(
                o.start <= tokens[j].start < o.end for o in others if o is not ref):
            return None
        if tokens[j].norm in _BODIES:
            return ActorRef(tokens[j].start, ref.end, text[tokens[j].start : ref.end], ref.actor)
    return None


#: "شرطة البصرة", "مديرية شرطة نينوى": the police of a city or governorate
_POLICE = {normalize(w) for w in ("شرطة", "وشرطة", "لشرطة", "بشرطة")}
_BARE_POLICE = normalize("شرطة")
_SECURITY = normalize("أمن")
_DIRECTORATES = {normalize(w) for w in ("مديرية", "إدارة", "قيادة")}


def local_police(text: str, tokens: Sequence[Token], places: Sequence[PlaceRef],
                 actors: Sequence[ActorRef] = ()) -> list[ActorRef]:
    out = []
    starts = [t.start for t in tokens]
    for p in places:
        k = bisect_right(starts, p.start) - 1
        security = k > 1 and tokens[k - 1].norm == _SECURITY and tokens[k - 2].norm in _DIRECTORATES
        if k <= 0 or tokens[k].start != p.start \
                or tokens[k - 1].norm not in _POLICE and not security or not p.place.country \
                or any(a.start <= tokens[k - 1 - security].start < a.end for a in actors):
            continue
        first = tokens[k - 1 - security]  # "مديرية أمن عدن": the security directorate of a town
        start = first.start + (0 if first.norm in (_BARE_POLICE, *_DIRECTORATES) else 1)
        out.append(ActorRef(start, p.end, text[start : p.end], role_actor(p.place.country, "COP")))
    return out


#: organs that a town placed after في makes that town's country's ("وزارة الصحة في غزة")
_ORGANS = {normalize(w) for w in ("وزارة", "الوزارة", "السلطات", "الحكومة", "الشرطة", "مديرية",
                                  "دائرة", "الأجهزة", "هيئة", "الدفاع")}


_DWELLERS = {normalize(w) for w in ("سكان", "لسكان", "أهالي", "لأهالي", "أهل", "لأهل", "السكان")}


def of_a_town(ref: ActorRef) -> bool:
    """The people of a town named after them ("سكان قطاع غزة", ``placed_organ``)."""
    words = ref.text.split()
    return len(words) > 1 and normalize(words[0]) in _DWELLERS and ref.actor.sector == "CVL"


def placed_organ(text: str, tokens: Sequence[Token], k: int, j: int, ref: ActorRef,
                 places: Sequence[PlaceRef]) -> ActorRef:
    """A bare organ of a state right before "في <town>" ("قالت وزارة الصحة في غزة"): the town's
    country's, not the country the document names most (a nationality in its name stays)."""
    words = ref.text.split()
    if ref.actor.kind == "role" and len(words) == 1 and normalize(words[0]) in _DWELLERS \
            and j < len(tokens):  # "سكان غزة", "أهالي الموصل": the people of the town named,
        here = next((p for p in places if p.start == tokens[j].start), None)  # wherever the act
        if here is not None and here.place.country:  # was (the mention takes in the town)
            return replace(ref, end=here.end, text=text[ref.start : here.end],
                           actor=role_actor(here.place.country, ref.actor.sector))
    if ref.actor.kind != "role" or not ref.actor.sector or not words \
            or normalize(words[0]) not in _ORGANS or any(is_nisba(w) for w in words):
        return ref
    said = k > 0 and tokens[k - 1].norm.removeprefix("و") in CUES  # its first token at k
    if j + 1 >= len(tokens) or tokens[j].norm != normalize("في") or not said:
        return ref  # "اتهم الوفد الحكومة في جنيف": where it was said, not whose
    here = next((p for p in places if p.start == tokens[j + 1].start), None)
    if here is None or not here.place.country or here.place.country == ref.actor.country:
        return ref
    return replace(ref, actor=role_actor(here.place.country, ref.actor.sector))

