"""The plain data objects that flow between rasid's stages.

Every span is a pair of character offsets into ``Article.text`` (the original text, as read,
after decoding). Stages add layers to a ``Doc``; none rewrites another stage's layer.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

ENTITY_LABELS = ("PER", "ORG", "LOC", "GPE", "FAC", "NORP", "EVENT", "MISC")


@dataclass(frozen=True, slots=True)
class Article:
    """One document as read. ``text`` is never modified after reading."""

    doc_id: str
    text: str
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the same article read twice is stored once."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}:{self.end}")


@dataclass(frozen=True, slots=True)
class Token:
    """A whitespace/punctuation-delimited word with its matching form."""

    start: int
    end: int
    text: str
    norm: str
    is_word: bool = True


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention from the recogniser."""

    start: int
    end: int
    label: str
    text: str
    source: str = "crf"
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as coded in events (spec/ACTORS.md)."""

    code: str
    name: str | None
    country: str | None = None
    sector: str | None = None
    kind: str = "role"  # person | org | state | group | role | unknown
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor mention: where it is in the text and whom it means."""

    start: int
    end: int
    text: str
    actor: Actor


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str  # city | admin1 | admin2 | region | country | point
    place_id: str = ""
    population: int = 0


@dataclass(frozen=True, slots=True)
class PlaceRef:
    start: int
    end: int
    text: str
    place: Place


@dataclass(frozen=True, slots=True)
class Interval:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"interval ends before it starts: {self.start} > {self.end}")


@dataclass(frozen=True, slots=True)
class DateRef:
    start: int
    end: int
    text: str
    interval: Interval


@dataclass(frozen=True, slots=True)
class Event:
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    source: ActorRef | None
    target: ActorRef | None
    location: PlaceRef | None
    date: DateRef | None
    evidence: Span
    trigger: Span
    fatalities: int | None = None
    attributed_to: ActorRef | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    date_is_published: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    speaker: ActorRef | None
    cue: str | None


@dataclass(frozen=True, slots=True)
class Doc:
    """An article and every layer the pipeline has added to it."""

    article: Article
    clean: Any = None
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[ActorRef, ...] = ()
    places: tuple[PlaceRef, ...] = ()
    dates: tuple[DateRef, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    #: the day the report was written when its dateline says so ("بغداد - 12 آذار (رويترز) -"),
    #: which its "today" and "yesterday" count from
    written: date | None = None

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def today(self) -> date | None:
        """The day relative dates count from: the dateline's, else the publication day."""
        return self.written or self.article.published
