"""Can two coded events be reports of the same occurrence? Field-by-field rules.

Each rule compares one field of two events (OUTPUT.md event records) and answers
``AGREE`` (+1, both say the same or one refines the other), ``UNKNOWN`` (0, at least one is
silent or the values neither agree nor exclude each other) or ``CLASH`` (-1, they cannot be the
same occurrence). The same rules decide whether two values of an incident are a conflict.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from typing import Any

AGREE, UNKNOWN, CLASH = 1, 0, -1
#: event types that reports of one occurrence are often coded as, one set per family
FAMILIES = (
    frozenset({"CONSULT", "AGREE", "SUPPORT"}),
    frozenset({"ASSAULT", "COERCE"}),
    frozenset({"COOPERATE", "AID"}),
    frozenset({"ACCUSE", "REJECT", "THREATEN"}),
)
#: types whose source and target may be given in either order ("A met B" / "B received A")
SYMMETRIC = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
#: group codes that belong to one country (ACTORS.md, PLOVER export column)
GROUP_COUNTRY = {"HTS": "SYR", "SDF": "SYR", "PMF": "IRQ", "HEZ": "LBN"}
UNIDENTIFIED = frozenset({"UNK", "UAF"})
#: places further apart than this are different places
MAX_KM = 50.0
#: two towns named differently further apart than this are two places (Kafranbel and Ariha, 22
#: km); a village and the town beside it, or two cities of one metropolis (Khartoum and Omdurman,
#: 12 km), as two outlets may name one event's place, are closer
TOWNS_KM = 15.0
#: two regions (seas, deserts, valleys) whose centres lie this far apart are two places
REGIONS_KM = 300.0
#: waters one inside or at the mouth of the other, which two outlets may name for one event (a
#: ship seized by Hormuz "in the Gulf" or "in the Gulf of Oman")
_ONE_WATERS = {frozenset(pair) for pair in (
    ("Gulf of Aden", "Indian Ocean"), ("Arabian Sea", "Indian Ocean"),
    ("Gulf of Aden", "Arabian Sea"),
    ("Persian Gulf", "Gulf of Oman"), ("Gulf of Oman", "Arabian Sea"), ("Red Sea", "Bab-el-Mandeb"),
    ("Gulf of Aden", "Bab-el-Mandeb"), ("Persian Gulf", "Strait of Hormuz"),
    ("Gulf of Oman", "Strait of Hormuz"))}
#: reports of one day often disagree by a day ("yesterday" against the weekday)
DATE_SLACK = timedelta(days=1)
#: a report that states no date (its date is the publication day) tells of these last days
UNSTATED_DAYS = timedelta(days=3)
_FINE = frozenset({"city", "point", "admin2"})
_TOWN = frozenset({"city", "point"})
#: force from afar: no arrest, abduction or raid is told as one
_REMOTE = frozenset({"aerial", "drone", "heavy-weapons", "explosives", "suicide-attack"})


def same_family(a: str, b: str) -> bool:
    return a == b or any(a in f and b in f for f in FAMILIES)


_NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "IMG", "UAF", "UNK", "AQ", *GROUP_COUNTRY})


def _country(code: str) -> str | None:
    """The country an actor code belongs to (``IRQ-GOV`` → ``IRQ``, ``PMF`` → ``IRQ``)."""
    if code in GROUP_COUNTRY:
        return GROUP_COUNTRY[code]
    head, sep, _ = code.partition("-")
    if sep and len(head) == 3:
        return head
    return code if len(code) == 3 and code not in _NON_STATE else None


def codes(a: str | None, b: str | None) -> int:
    """Two actor codes: equal or one the country of the other agree; other countries clash."""
    if not a or not b or a in UNIDENTIFIED or b in UNIDENTIFIED:
        return UNKNOWN
    if a == b or a.startswith(b + "-") or b.startswith(a + "-"):
        return AGREE
    ca, cb = _country(a), _country(b)
    if ca and cb and ca == cb:
        return UNKNOWN  # same country, another sector: sources name the doer differently
    return CLASH


def _code(actor: dict[str, Any] | None) -> str | None:
    return (actor or {}).get("code")


def actors(a: dict[str, Any], b: dict[str, Any]) -> tuple[int, int]:
    """(clash or agreements) of source and target: ``(CLASH, 0)`` or ``(UNKNOWN, n agreeing)``."""

    def pair(s2: str | None, t2: str | None) -> tuple[int, int]:
        got = (codes(_code(a["source"]), s2), codes(_code(a["target"]), t2))
        return (CLASH, 0) if CLASH in got else (UNKNOWN, got.count(AGREE))

    straight = pair(_code(b["source"]), _code(b["target"]))
    if a["event_type"] in SYMMETRIC or b["event_type"] in SYMMETRIC:
        swapped = pair(_code(b["target"]), _code(b["source"]))
        return max(straight, swapped)
    return straight


def _interval(d: dict[str, Any] | None) -> tuple[date, date] | None:
    if not d or not d.get("start"):
        return None
    try:
        start = date.fromisoformat(d["start"])
        return start, date.fromisoformat(d.get("end") or d["start"])
    except ValueError:
        return None


def _told_interval(d: dict[str, Any] | None) -> tuple[date, date] | None:
    """The interval, reaching back a few days when the text stated none (the publication day)."""
    iv = _interval(d)
    if iv is None or (d or {}).get("text"):
        return iv
    return iv[0] - UNSTATED_DAYS, iv[1]


def dates(a: dict[str, Any] | None, b: dict[str, Any] | None) -> int:
    """Date intervals: overlapping (give or take a day) agree, disjoint ones clash; a date the
    text did not state is the few days up to publication."""
    ia, ib = _told_interval(a), _told_interval(b)
    if ia is None or ib is None:
        return UNKNOWN
    if ia[0] <= ib[1] + DATE_SLACK and ib[0] <= ia[1] + DATE_SLACK:
        return AGREE
    return CLASH


def date_refines(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """True when one interval lies inside the other (not a conflict)."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return True
    return (ia[0] <= ib[0] and ib[1] <= ia[1]) or (ib[0] <= ia[0] and ia[1] <= ib[1])


def _site_of(site: dict[str, Any], city: dict[str, Any]) -> bool:
    """"مطار دمشق الدولي" and Damascus: a site named for its city, often far from its centre."""
    name, town = site.get("name") or "", city.get("name") or ""
    return site.get("feature") == "point" and city.get("feature") == "city" and bool(town) \
        and name.startswith(town + " ") and None not in (site.get("lat"), city.get("lat")) \
        and km(site["lat"], site["lon"], city["lat"], city["lon"]) <= MAX_KM


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def places(a: dict[str, Any] | None, b: dict[str, Any] | None, max_km: float = MAX_KM) -> int:
    """Places: near points agree (two towns only when close), a region agrees with a point
    inside it, others clash."""
    if not a or not b:
        return UNKNOWN
    ca, cb = a.get("country"), b.get("country")
    if ca and cb and ca != cb:
        return CLASH  # Tripoli in Libya and Tripoli in Lebanon
    if a.get("name") and a.get("name") == b.get("name") or _measured_from(a, b) \
            or _measured_from(b, a) or _site_of(a, b) or _site_of(b, a):
        return AGREE
    fine_a, fine_b = a.get("feature") in _FINE, b.get("feature") in _FINE
    if fine_a and fine_b and None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        apart = km(a["lat"], a["lon"], b["lat"], b["lon"])
        if {a.get("feature"), b.get("feature")} <= _TOWN:
            near = max_km if _side_of_town(a) or _side_of_town(b) else min(max_km, TOWNS_KM)
            return AGREE if apart <= near else CLASH  # "N of Baghdad": anywhere near the city
        if apart <= max_km:
            return AGREE  # a district is wide, and its point is only its centre: far is unknown
        return CLASH if a.get("admin1") and b.get("admin1") and a["admin1"] != b["admin1"] else UNKNOWN
    if a.get("feature") == b.get("feature") == "region" and _far_apart(a, b, REGIONS_KM) \
            and frozenset((a.get("name"), b.get("name"))) not in _ONE_WATERS:
        return CLASH  # the Red Sea and the Gulf of Aden: two seas, two regions, far apart
    coarse, fine = (a, b) if not fine_a else (b, a)
    if coarse.get("feature") == "country":
        return AGREE if ca and ca == cb else UNKNOWN
    if coarse.get("feature") == "admin1" and coarse.get("name"):
        if fine.get("admin1"):
            return AGREE if fine.get("admin1") == coarse.get("name") else CLASH
    return UNKNOWN


#: a point on one side of a town at no stated distance ("N of Baghdad", from "الواقع شمال بغداد")
_SIDE = re.compile(r"^(?:N|NE|E|SE|S|SW|W|NW) of ")


def _far_apart(a: dict[str, Any], b: dict[str, Any], limit: float) -> bool:
    return None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")) \
        and km(a["lat"], a["lon"], b["lat"], b["lon"]) > limit


def _side_of_town(p: dict[str, Any]) -> bool:
    return p.get("feature") == "point" and bool(_SIDE.match(str(p.get("name") or "")))


def _measured_from(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """"50 km NW of Kirkuk" (rasid.resolve.bearings) and Kirkuk: one outlet measured from the
    town the other named."""
    return a.get("feature") == "point" and bool(b.get("name")) \
        and str(a.get("name") or "").endswith(f" of {b['name']}") \
        and None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")) \
        and km(a["lat"], a["lon"], b["lat"], b["lon"]) <= MAX_KM + 1


def compare(a: dict[str, Any], b: dict[str, Any]) -> int:
    """Number of agreeing fields (actors, date, place) of two events, or ``CLASH``."""
    if not same_family(a["event_type"], b["event_type"]):
        return CLASH
    if a["event_type"] != b["event_type"] and (a.get("mode") in _REMOTE) != (b.get("mode") in _REMOTE):
        return CLASH  # an arrest campaign and an airstrike told the same day: two acts
    clash, agreeing = actors(a, b)
    disputed = clash == CLASH and _victims_disputed(a, b)
    if clash == CLASH and not disputed:
        return CLASH
    when = dates(a.get("date"), b.get("date"))
    where = places(a.get("location"), b.get("location"))
    if where == CLASH and _both_ends(a, b):
        where = UNKNOWN  # a deportation flight told from Palermo by one, from Tabarka by the other
    if disputed and (when, where) != (AGREE, AGREE):
        return CLASH  # who the dead were is disputed only of one strike, one day, one place
    for result in (when, where):
        if result == CLASH:
            return CLASH
        agreeing += result
    return CLASH if tolls(a, b) == CLASH and agreeing < _TOLL_OVERRULED else agreeing


def _victims_disputed(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One outlet's civilians are another's fighters ("استشهد ثلاثة مدنيين" against "قتل ثلاثة
    عناصر من الحشد الشعبي"): the same strike, whose dead the reports name differently."""
    if a["event_type"] != "ASSAULT" or b["event_type"] != "ASSAULT" \
            or codes(_code(a["source"]), _code(b["source"])) == CLASH:
        return False
    victims = sorted(str(_code(e["target"]) or "") for e in (a, b))
    return sum(v.endswith("-CVL") for v in victims) == 1 and all(victims) \
        and not any(v in UNIDENTIFIED for v in victims)


#: fields that must agree for two reports to be one act although one says no one was killed and
#: the other gives deaths (a disputed toll: "لم يسفر عن قتلى" against "قتلوا 30 جنديا")
_TOLL_OVERRULED = 3


def tolls(a: dict[str, Any], b: dict[str, Any]) -> int:
    """A report that no one was killed and one that people were are two acts, unless the rest
    agrees closely (an 80-dead drone attack on a military academy is not a strike "with no
    casualties" told of Syria at large)."""
    fa, fb = a.get("fatalities"), b.get("fatalities")
    return CLASH if fa is not None and fb is not None and (fa == 0) != (fb == 0) else UNKNOWN


def _both_ends(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """A deportation has two ends: two reports may each place it at one, in the countries of its
    two parties."""
    ends = {str((e.get(side) or {}).get("code") or "")[:3]
            for e in (a, b) for side in ("source", "target")}
    countries = {(e.get("location") or {}).get("country") for e in (a, b)}
    return a.get("mode") == b.get("mode") == "deport" and None not in countries \
        and countries <= ends
