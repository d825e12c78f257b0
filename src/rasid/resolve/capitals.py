""""العاصمة السورية" → Damascus: a capital named by its country's adjective.

News Arabic often names a capital as "the Syrian capital" or "the Iraqi capital". This step
reads "العاصمة" (with any proclitic) followed by a nisba adjective of a country in
``data/countries.yaml`` and resolves it to that country's capital in the gazetteer. When the
capital's own name follows ("العاصمة السورية دمشق"), the gazetteer's own match is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.matcher import skip_chars
from rasid.arabic.normalize import normalize
from rasid.model import Place, PlaceRef, Token
from rasid.resolve.actor_data import nisba_forms
from rasid.resolve.places import Gazetteer
from rasid.resources import load_yaml

_CAPITAL_WORD = normalize("العاصمة")


@cache
def _nisba_to_iso() -> dict[str, str]:
    out: dict[str, str] = {}
    for iso, row in load_yaml("countries.yaml").items():
        for stem in row.get("nisba") or []:
            for form in nisba_forms(stem):
                out.setdefault(normalize(form), iso)
    return out


def nisba_country(norm: str) -> str | None:
    """ISO3 of the country a nisba adjective (matching form) names: "الايرانيه" → IRN."""
    return _nisba_to_iso().get(norm)


def is_nisba(surface: str) -> bool:
    """True when a one-word surface form is a nationality adjective ("سوري", "والعراقية")."""
    words = surface.split()
    if len(words) != 1:
        return False
    return any(nisba_country(stem) is not None for _, stem in proclitic_splits(words[0]))


def nisba_countries(tokens: Sequence[Token]) -> set[str]:
    """ISO3 of every country a nationality adjective of the text names ("الجيش السوري" → SYR)."""
    return {iso for tok in tokens if tok.is_word for iso in _word_nisbas(tok.text)}


@lru_cache(maxsize=65536)
def _word_nisbas(word: str) -> tuple[str, ...]:
    return tuple(iso for _, stem in proclitic_splits(word) if (iso := nisba_country(stem)) is not None)


@cache
def _nisba_to_capital() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in load_yaml("countries.yaml").values():
        capitals = row.get("capital") or []
        if not capitals:
            continue
        for stem in row.get("nisba") or []:
            for form in nisba_forms(stem):
                out.setdefault(normalize(form), capitals[0])
    return out


@lru_cache(maxsize=100_000)
def _capital_prefix(word: str, head: str = _CAPITAL_WORD) -> int | None:
    """The proclitic length before "العاصمة" (or ``head``) when ``word`` is that word."""
    return next((n for n, s in proclitic_splits(word) if s == head), None)


#: "داخل الأراضي السورية", "في الأراضي العراقية": a country's territory is the country, where
#: it is told as a place (not "انتهاك الطائرات التركية للأراضي العراقية": what was violated;
#: not "انطلق من الأراضي العراقية": where it came from)
_TERRITORY = normalize("الأراضي")
_INTO = {normalize(w) for w in ("في", "داخل", "على", "إلى", "عبر", "نحو", "باتجاه", "عمق")}


def find_territories(tokens: Sequence[Token], known: Sequence[PlaceRef],
                     gaz: Gazetteer) -> list[PlaceRef]:
    """A country named as its territory by its adjective ("داخل الأراضي السورية" → Syria)."""
    out: list[PlaceRef] = []
    for i in range(len(tokens) - 1):
        prefix = _capital_prefix(tokens[i].text, _TERRITORY)
        into = prefix is not None and (normalize(tokens[i].text[:prefix]) in ("ب", "وب")
                                       or i > 0 and tokens[i - 1].norm in _INTO)
        iso = nisba_country(tokens[i + 1].norm) if into else None
        if iso is None or any(p.start < tokens[i + 1].end and tokens[i].start < p.end
                              for p in known):
            continue
        names = load_yaml("countries.yaml")[iso].get("names") or []
        place: Place | None = gaz.resolve(names[0]) if names else None
        if place is not None and place.feature == "country":
            start = tokens[i].start + skip_chars(tokens[i].text, prefix)
            out.append(PlaceRef(start, tokens[i + 1].end, "", place))
    return out


def find_capitals(tokens: Sequence[Token], known: Sequence[PlaceRef], gaz: Gazetteer) -> list[PlaceRef]:
    """Capital references not already covered by a gazetteer match."""
    table = _nisba_to_capital()
    out: list[PlaceRef] = []
    for i in range(len(tokens) - 1):
        prefix = _capital_prefix(tokens[i].text)
        if prefix is None:
            continue
        nxt = tokens[i + 1]
        capital = table.get(nxt.norm)
        if capital is None or any(p.start < nxt.end and tokens[i].start < p.end for p in known):
            continue
        if i + 2 < len(tokens) and any(p.start == tokens[i + 2].start for p in known):
            continue  # the capital's own name follows and is already resolved
        place: Place | None = gaz.resolve(capital)
        if place is None:
            continue
        start = tokens[i].start + skip_chars(tokens[i].text, prefix)
        out.append(PlaceRef(start, nxt.end, "", place))
    return out
