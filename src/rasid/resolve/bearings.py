""""على بعد 50 كيلومترا شمال غرب كركوك": a place given as a distance and a bearing from a town.

Such a phrase names a point, not the town: the point is projected from the town's coordinates
along the bearing (eight directions) on a sphere, and becomes a place of feature ``point`` whose
span covers the whole phrase (the town keeps its own place too). Its name says how it was made
("50 km NW of Kirkuk"), so an analyst can tell it from a gazetteer place.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.arabic.numbers import read_number
from rasid.model import PlaceRef, Token

_AT = {normalize(w) for w in ("بعد", "مسافة")}
_KM = {normalize(w) for w in ("كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "كيلو", "كيلومترًا")}
#: a bearing word (with or without the article or a final ي) → degrees clockwise from north
_BEARING = {"شمال": 0.0, "شرق": 90.0, "جنوب": 180.0, "غرب": 270.0}
_ABBR = {0: "N", 45: "NE", 90: "E", 135: "SE", 180: "S", 225: "SW", 270: "W", 315: "NW"}
_EARTH_KM = 6371.0
#: further than this, a "distance from" is no place of its own (a border, another country)
_MAX_KM = 100
#: further than this from its town, a point may lie in another province: its admin1 is not said
_SAME_ADMIN1_KM = 25
_ABOUT = {normalize(w) for w in ("نحو", "حوالي", "حوالى", "قرابة", "زهاء", "قرابه")}


def is_distance(text: str) -> bool:
    """Whether a place's text is a distance phrase ("على بعد 50 كيلومترا شمال غرب كركوك")."""
    words = normalize(text).split()
    return len(words) > 1 and words[0] == "علي" and words[1] in _AT


def _bearing_of(norm: str) -> float | None:
    word = norm.removeprefix("ال")
    word = word[:-1] if word.endswith("ي") and word[:-1] in _BEARING else word
    return _BEARING.get(word)


def lies_in(between: str, after: str, tail: bool = False) -> bool:
    """Whether the words ``between`` two place names put the first in or by the second: "X في Y",
    "X بY", "X بمدينة Y", "X قرب Y", "X شرق Y", "X شمال غربي Y"; with ``tail``, also "مخيم نور شمس
    بمدينة طولكرم" (the words between end in في or ب)."""
    words = [normalize(w) for w in between.split()]
    bi = normalize(after[:1]) == "ب"
    if tail and words and (words[1:] in (["في"], ["ب"])
                           or len(words) == 1 and bi and words[0] not in ("و", "ثم", "او")):
        return True
    if words in (["في"], ["ب"], ["قرب"]) or not words and between.isspace() and bi:
        return True
    return 0 < len(words) <= 2 and all(_bearing_of(w) is not None for w in words)


def _direction(tokens: Sequence[Token], k: int, end: int) -> tuple[float, int] | None:
    """The bearing that begins at token ``k`` ("شمال غرب", "الجنوب الشرقي", "جنوبي") and the
    index after it."""
    first = _bearing_of(tokens[k].norm) if k < end else None
    if first is None:
        return None
    second = _bearing_of(tokens[k + 1].norm) if k + 1 < end else None
    if second is not None and {first, second} in ({0.0, 90.0}, {0.0, 270.0}, {180.0, 90.0}, {180.0, 270.0}):
        mean = (first + second) / 2 if {first, second} != {0.0, 270.0} else 315.0
        return mean, k + 2
    return first, k + 1


def destination(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) along ``bearing`` (degrees from north), on a sphere."""
    d, b = km / _EARTH_KM, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 4), round((math.degrees(l2) + 540) % 360 - 180, 4)


def projected_places(text: str, tokens: Sequence[Token], places: Sequence[PlaceRef]) -> list[PlaceRef]:
    """A point for each "على بعد N كم <bearing> <place>" (up to 100 km) whose place is a town or
    a point; it keeps the town's country (a point near a border may lie across it)."""
    out: list[PlaceRef] = []
    starts = {p.start: p for p in places}
    for k, tok in enumerate(tokens[:-4]):
        if tok.norm not in _AT or k == 0 or tokens[k - 1].norm != "علي":
            continue
        k1 = k + 2 if k + 1 < len(tokens) and tokens[k + 1].norm in _ABOUT else k + 1  # "على بعد نحو 50 كم"
        number = read_number(tokens, k1, len(tokens))
        if number is None or number[1] >= len(tokens) or tokens[number[1]].norm not in _KM:
            continue
        km, j = float(number[0]), number[1] + 1
        if j < len(tokens) and tokens[j].norm in ("الي", "من"):
            j += 1
        bearing = _direction(tokens, j, len(tokens))
        if bearing is not None and bearing[1] < len(tokens) and tokens[bearing[1]].norm == "من":
            bearing = bearing[0], bearing[1] + 1  # "إلى الشمال من الموصل"
        if bearing is None or bearing[1] >= len(tokens) or not 0 < km <= _MAX_KM:
            continue
        ref = starts.get(tokens[bearing[1]].start) or (
            starts.get(tokens[bearing[1] + 1].start) if bearing[1] + 1 < len(tokens)
            and tokens[bearing[1]].norm in ("مدينه", "بلده", "قريه") else None)
        if ref is None or ref.place.feature not in ("city", "point"):
            continue
        lat, lon = destination(ref.place.lat, ref.place.lon, bearing[0], km)
        name = f"{km:g} km {_ABBR[int(bearing[0])]} of {ref.place.name}"
        point = replace(ref.place, name=name, lat=lat, lon=lon, feature="point", place_id="", population=0,
                        admin1=ref.place.admin1 if km <= _SAME_ADMIN1_KM else None)
        start = tokens[k - 1].start
        out.append(PlaceRef(start, ref.end, text[start : ref.end], point))
    return out


#: "على طريق تدمر - دير الزور", "الطريق الدولي حلب-دمشق": a road named by the towns it joins
_ROAD = {normalize(w) for w in ("طريق", "الطريق", "لطريق", "بطريق", "وطريق", "اوتستراد",
                                "أوتوستراد", "الأوتوستراد")}
_ROAD_WORDS = {normalize(w) for w in ("الدولي", "السريع", "الرئيسي", "العام", "الواصل", "بين")}


def road_end(tokens: Sequence[Token], k: int, after: int) -> bool:
    """The town at tokens ``k``..``after`` names an end of a road between two towns ("طريق تدمر -
    دير الزور"), not where something on the road happened (a road named for one town, "طريق
    سرمدا", is near it)."""
    dash = "-–—/"
    j = k - 1
    while j >= 0 and (not tokens[j].is_word or tokens[j].norm in _ROAD_WORDS):
        j -= 1
    if j >= 0 and tokens[j].norm in _ROAD:  # the first town, a dash and the second after it
        return after + 1 < len(tokens) and tokens[after].text in dash
    return j >= 1 and k > 0 and tokens[k - 1].text in dash and any(  # the second town
        tokens[i].norm in _ROAD for i in range(max(0, j - 3), j))


#: "منطقة البساتين الواقعة شمال بغداد": what is said to lie by a city is not in it
_LYING = {normalize(w) for w in ("الواقع", "الواقعة", "الواقعين", "الواقعتين", "الواقعات", "يقع",
                                 "تقع")}


#: "حي المنصور الواقع غرب بغداد": a quarter said to lie in a part of its city is in it
_QUARTERS = {normalize(w) for w in ("حي", "حيا", "الحي", "أحياء", "احياء", "شارع", "ضاحية", "حيي")}


def lying_by(tokens: Sequence[Token], places: Sequence[PlaceRef]) -> list[PlaceRef]:
    """``places``, where a city that something is said to lie north, south … of ("القضاء الواقع
    شمال بغداد", "قرى تقع شرقي مدينة مليط") stands for a point on that side of it at no stated
    distance ("N of Baghdad": ``compat`` takes it for anywhere within a district's reach of the
    city): the act was near the city, not in it."""
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    named = {ends[p.end] for p in places if p.end in ends}  # tokens a place ends in
    out = []
    for p in places:
        k = starts.get(p.start)
        j = k - 1 if k else None
        while j is not None and j > 0 and _bearing_of(tokens[j].norm) is not None and k - j <= 2:
            j -= 1  # "شمال غربي"
        lying = p.place.feature == "city" and j is not None and j < k - 1 \
            and tokens[j].norm in _LYING
        if lying and j - 1 in named:
            continue  # "ناحية الصقلاوية الواقعة شمال الفلوجة": the town before, Fallujah a bearing
        side = _direction(tokens, j + 1, k) if lying \
            and not any(t.norm in _QUARTERS for t in tokens[max(0, j - 4) : j]) else None
        if side is not None:
            point = replace(p.place, name=f"{_ABBR[int(side[0])]} of {p.place.name}",
                            feature="point", place_id="", population=0)
            p = replace(p, place=point)
        out.append(p)
    return out

