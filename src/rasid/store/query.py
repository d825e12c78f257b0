"""What the store's queries take and give: event filters, hits, and the pure helpers they use.

No SQL here (that is all in ``rasid.store.base.Store``); this module shapes filters into
parameters and rows into results.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.normalize import normalize

EARTH_KM = 6371.0088
_WORD = re.compile(r"\w+")
#: stems shorter than this are not indexed (و+زير would make زير match every وزير)
MIN_INDEXED_STEM = 3
#: what may stand before a searched word in the text: conjunction, preposition, article
_PROCLITICS = r"(?:[وف]?(?:[بلك]|لل)?(?:ال)?)"


@dataclass(frozen=True, slots=True)
class Near:
    """A circle on the map: events whose place lies within ``km`` of (lat, lon)."""

    lat: float
    lon: float
    km: float

    def box(self) -> tuple[float, float, float, float]:
        """A lat/lon box holding the circle (a cheap pre-filter for the database)."""
        dlat = self.km / 111.32
        dlon = self.km / max(111.32 * math.cos(math.radians(self.lat)), 1e-6)
        return self.lat - dlat, self.lat + dlat, self.lon - dlon, self.lon + dlon

    def holds(self, lat: float | None, lon: float | None) -> bool:
        if lat is None or lon is None:
            return False
        return km_between(self.lat, self.lon, lat, lon) <= self.km


@dataclass(frozen=True, slots=True)
class ActorMeaning:
    """The actor a name given to ``--actor`` resolves to, as rasid would code it: a country
    stands for all its actors (``prefix``), a person for that person (``name``), anything else
    for its code."""

    code: str
    name: str | None = None
    prefix: bool = False

    def holds(self, code: str | None, name: str | None) -> bool:
        if not code:
            return False
        if self.prefix:
            return code == self.code or code.startswith(self.code + "-")
        return code == self.code and (self.name is None or name == self.name)


def outlet_matches(wanted: str, outlets: list[str | None]) -> bool:
    """``wanted`` is part of one of the outlets' names (Arabic spelling variants match)."""
    want = normalize(wanted.strip()).casefold()
    return bool(want) and any(want in normalize(o).casefold() for o in outlets if o)


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters of ``rasid events``; every one given must hold. Dates are ISO strings and an
    event matches when its date interval overlaps [date_from, date_to]."""

    types: tuple[str, ...] = ()
    actor: str | None = None
    #: what ``actor`` resolves to, when it is a name rasid knows
    actor_as: ActorMeaning | None = None
    country: str | None = None
    near: Near | None = None
    date_from: str | None = None
    date_to: str | None = None
    #: part of the name of the outlet of the article or of one of its copies
    outlet: str | None = None
    include_flagged: bool = False
    limit: int | None = None
    #: reported by at least this many outlets (those of the event's incident; 1 when in none)
    min_sources: int = 0


@dataclass(frozen=True, slots=True)
class EventHit:
    """One stored event with the document it came from; ``event`` is the record's entry
    (spec/OUTPUT.md) and ``idx`` its index in that document's ``events``."""

    doc_id: str
    outlet: str | None
    published: str | None
    url: str | None
    idx: int
    event: dict[str, Any]
    evidence: str
    #: the incident the event is linked into (``rasid incidents``); None when in none
    incident_id: str | None = None

    @property
    def event_id(self) -> str:
        """Stable id of the event, the same in every export: its document and index there."""
        return f"{self.doc_id}:{self.idx}"

    def to_dict(self) -> dict[str, Any]:
        return {"event_id": self.event_id, "doc_id": self.doc_id,
                "outlet": self.outlet, "published": self.published, "url": self.url,
                "event": self.idx, **self.event, "evidence_text": self.evidence,
                "incident_id": self.incident_id}


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: str
    outlet: str | None
    published: str | None
    title: str | None
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "outlet": self.outlet, "published": self.published,
                "title": self.title, "snippet": self.snippet}


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def search_terms(text: str, stems: bool = False) -> list[str]:
    """The words of a search, in the matching form the index holds; with ``stems``, each as its
    shortest stem without proclitics (وبإدلب → ادلب), which the index holds for every form of
    the word, but which may be another word's too (فيصل → يصل): a second try."""
    words = _WORD.findall(normalize(text))
    if not stems:
        return words
    return [min((stem for n, stem in proclitic_splits(word) if n == 0 or len(stem) >= MIN_INDEXED_STEM),
                key=len) for word in words]


def search_form(title: str | None, text: str) -> str:
    """What the full-text index holds for an article: the words of its normalised title and
    text, one space apart (so punctuation such as the Arabic comma never sticks to a word,
    whatever the database's word parser), each followed by its stems without proclitics
    (وبالعراق → بالعراق العراق عراق), so a search for العراق finds والعراق and للعراق."""
    out: list[str] = []
    for word in _WORD.findall(normalize(f"{title}\n{text}" if title else text)):
        out.extend(stem for n, stem in proclitic_splits(word)
                   if n == 0 or len(stem) >= MIN_INDEXED_STEM)
    return " ".join(out)


def snippet(text: str, terms: list[str], width: int = 80) -> str:
    """About ``width`` characters of the original text around the first matched term."""
    norm, origin = _normalised_with_origin(text)
    hits = [m.start() for t in terms
            if (m := re.search(rf"(?<!\w){_PROCLITICS}{re.escape(t)}(?!\w)", norm))]
    at = origin[min(hits)] if hits else 0
    start = max(0, at - width // 2)
    end = min(len(text), start + width)
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def _normalised_with_origin(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index it came from."""
    parts: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        piece = normalize(ch)
        parts.append(piece)
        origin.extend([i] * len(piece))
    return "".join(parts), origin
