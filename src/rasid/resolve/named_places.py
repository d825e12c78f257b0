"""Named-entity mentions made whole with the gazetteer's places.

The tagger finds most names; the gazetteer knows the places among them better. Here a mention
of a place becomes GPE when the gazetteer knows it as a country, governorate or city (the LOC
of the tagger's label set refined), a place name the tagger cut short is widened to the
gazetteer's name ("درمان" → "أم درمان"), and a place the tagger missed ("بالموصل", "وذي قار") is
added as a mention of its own. A place's descriptor (مدينة، بلدة، محافظة …) is no part of its
name; a capital named by its country ("العاصمة السورية") and a point projected from a town
("50 كيلومترا شمال غرب كركوك") are places but not names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.clitics import proclitic_splits
from rasid.model import Mention, PlaceRef
from rasid.resolve.gazetteer import DESCRIPTORS

GPE_FEATURES = frozenset({"country", "admin1", "city"})
#: descriptors that only say what kind of place follows ("مدينة الرقة" → الرقة); a camp, a
#: crossing, a countryside (ريف دمشق is a governorate's name) or a republic keeps its word
_KIND_WORDS = frozenset(w for w, f in DESCRIPTORS.items() if f in ("admin1", "admin2", "city", None))
_CAPITAL = "العاصمه"
_RIF = "ريف"


def place_mentions(text: str, mentions: Sequence[Mention], places: Sequence[PlaceRef]) -> list[Mention]:
    """``mentions`` with places labelled GPE or LOC, widened to their names, and the places
    the tagger missed added (source ``gazetteer``), in text order."""
    names = [n for n in (_name(text, p) for p in places) if n is not None]
    out = []
    for m in mentions:
        if m.label in ("LOC", "GPE", "MISC"):
            m = _refined(text, m, names)
        out.append(m)
    for start, end, label in names:
        if not any(m.start < end and start < m.end for m in out):
            out.append(Mention(start, end, label, text[start:end], source="gazetteer"))
    return sorted(out, key=lambda m: (m.start, m.end))


def _refined(text: str, m: Mention, names: list[tuple[int, int, str]]) -> Mention:
    for start, end, label in names:
        if (start, end) == (m.start, m.end):
            return replace(m, label=label) if m.label != label else m  # ريف دمشق/MISC → GPE
        if m.label == "MISC":
            continue
        if start <= m.start and m.end <= end:
            if _bare(text[start:end].split()[0]) == _RIF:
                return replace(m, label=label)  # إدلب of ريف إدلب: the governorate's name
            return replace(m, start=start, end=end, text=text[start:end], label=label)  # درمان → أم درمان
        if m.start <= start and end <= m.end and end - start >= (m.end - m.start) * 0.6 and label == "GPE":
            return replace(m, label="GPE")  # most of the mention is a city's name
    return m


def _name(text: str, p: PlaceRef) -> tuple[int, int, str] | None:
    """(start, end, label) of the name of place ``p`` in ``text``, or None when it has none."""
    if p.place.feature == "point" and not p.place.place_id:
        return None  # a point projected from a town
    start, end = p.start, p.end
    words = text[start:end].split()
    first = _bare(words[0]) if words else ""
    if first == _CAPITAL:
        return None
    if len(words) > 1 and first in _KIND_WORDS:
        start = text.index(words[1], start + len(words[0]))
    return start, end, "GPE" if p.place.feature in GPE_FEATURES else "LOC"


def _bare(word: str) -> str:
    """The word without its conjunction or preposition, when so read it is a descriptor."""
    splits = proclitic_splits(word)
    return next((s for _, s in splits if s in _KIND_WORDS or s in (_CAPITAL, _RIF)), splits[0][1])
