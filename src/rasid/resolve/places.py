"""Place names: find them in a document and resolve them to coordinates (offline).

The gazetteer (``rasid.resolve.gazetteer``) gives Arabic names for countries, governorates,
Iraqi districts, towns and rasid's hand-made places. ``Gazetteer.find`` matches them over the
tokens with ``PhraseMatcher`` (through proclitics and words written together), then:

* drops nisba adjectives (``السورية``: an article before a name that has none; ``السعودية``
  or ``سورية`` after a definite noun or a noun such as قوات/مصادر);
* drops names that are common words (``data/place_stopwords.txt``) or short names of small
  places unless a descriptor comes first (محافظة/مدينة/بلدة/قرية/ريف/قضاء/ناحية/مخيم/معبر);
  the descriptor is part of the span and says which feature is meant;
* resolves in two passes: names with one candidate first, then the ambiguous ones, preferring
  candidates in the countries and near the places already found, then by population.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from rasid.arabic.chars import WORD_RE
from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.matcher import Match, PhraseMatcher, skip_chars
from rasid.arabic.normalize import normalize
from rasid.model import ActorRef, Place, PlaceRef, Token
from rasid.recognise.commonness import rare
from rasid.resolve.bearings import lies_in
from rasid.resolve.gazetteer import (
    ADJECTIVE_LIKE,
    BACK_REFERENCES,
    CORE_COUNTRIES,
    DESCRIPTORS,
    NAMED_FIRST,
    NAMED_FIRST_POP,
    NISBA_HEADS,
    NOT_BEFORE,
    PARTICLES,
    WATERS,
    km,
    letters,
    read_places,
    stopwords,
)

_STRONG_POP = 20_000  # a town this big needs no context in Iraq or Syria
_FOREIGN_POP = 25_000  # elsewhere, smaller towns need their country named in the document
_CLITIC_SHORT_POP = 200_000  # a 3-letter name behind a proclitic (بلاد → لاد) must be this big
_SAME_PLACE_KM, _NEAR_KM = 30.0, 150.0
_FEATURE_RANK = {"country": 0.3, "admin1": 0.2, "region": 0.15, "admin2": 0.1, "city": 0.05, "point": 0.0}
#: Words before a feminine nisba form that leave it a place name (في سورية، إلى السعودية).
_PLACE_HEADS = frozenset(normalize(w) for w in (
    "في إلى من على عن مع نحو داخل خارج عبر حدود شمال جنوب شرق غرب وسط أنحاء أراضي زار "
    "تزور يزور غادر وصل دخل بين قال أعلن أكدت أعلنت اتهم هاجم قصفت تقصف قصف ضربت").split())
_ARTICLE = "ال"
#: what may lie inside a place of another country ("تدخل روسيا في سوريا" keeps Russia)
_LOCAL = frozenset(("city", "point", "admin2"))
_PROVINCE = normalize("مقاطعة")  # "مقاطعة كورسك" a province, "مقاطعة إسرائيل" a boycott
_COUNTRY_CUES = frozenset(normalize(w) for w in (
    "في إلى شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي").split())


@dataclass
class _Context:
    countries: set[str] = field(default_factory=set)
    admin1s: set[tuple[str | None, str]] = field(default_factory=set)
    points: list[Place] = field(default_factory=list)

    def add(self, place: Place) -> None:
        if place.country:
            self.countries.add(place.country)
        if place.feature == "admin1":
            self.admin1s.add((place.country, place.name))
        elif place.admin1:
            self.admin1s.add((place.country, place.admin1))
        if place.feature in ("city", "point", "admin2", "region"):
            self.points.append(place)

    @classmethod
    def of(cls, places: Sequence[Place]) -> _Context:
        ctx = cls()
        for p in places:
            ctx.add(p)
        return ctx


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    key: tuple[str, ...]
    cands: tuple[int, ...]
    desc: str | None  # the descriptor word (matching form) before or inside the name
    cued: bool = False  # right after في، إلى or a direction word (في مالي)


class Gazetteer:
    """The shipped place data, indexed by Arabic (and English) names. Read-only."""

    _cache: Gazetteer | None = None

    def __init__(self, entries: Sequence[tuple[Place, Sequence[str]]]) -> None:
        self.places: list[Place] = []
        self._index: dict[tuple[str, ...], list[int]] = {}
        self._matcher: PhraseMatcher[int] = PhraseMatcher(short_first=True)  # وتل أبيض
        self._stop = stopwords()
        self._h_final: set[tuple[str, ...]] = set()  # keys some name writes with a final ه
        for place, names in entries:
            i = len(self.places)
            self.places.append(place)
            for name in names:
                key = tuple(normalize(w) for w in WORD_RE.findall(name))
                if not key:
                    continue
                keys = [key] + ([("".join(key),)] if len(key) > 1 else [])
                if name.rstrip().endswith("ه"):
                    self._h_final.update(keys)
                for k in keys:
                    self._add(k, i)
                    self._matcher.add(" ".join(k), i)
            self._add(tuple(normalize(w) for w in WORD_RE.findall(place.name)), i)

    def _add(self, key: tuple[str, ...], i: int) -> None:
        if key:
            bucket = self._index.setdefault(key, [])
            if i not in bucket:
                bucket.append(i)

    @classmethod
    def load(cls) -> Gazetteer:
        if cls._cache is None:
            cls._cache = cls(read_places())
        return cls._cache

    # ------------------------------------------------------------------ look-ups
    def country(self, iso3: str) -> Place | None:
        """The country-level place of an ISO 3166-1 alpha-3 code."""
        if not hasattr(self, "_countries"):
            self._countries = {p.country: p for p in self.places if p.feature == "country"}
        return self._countries.get(iso3)

    def lookup(self, name: str) -> list[Place]:
        """Candidates for one surface form, best first (descriptors and clitics handled)."""
        desc = self._desc_of(name)
        return [self._place(i, desc) for i in self._ranked(name, _Context())]

    def resolve(self, name: str, context: Sequence[Place] = ()) -> Place | None:
        """The best place for a name, given places already known in the document."""
        ranked = self._ranked(name, _Context.of(context))
        return self._place(ranked[0], self._desc_of(name)) if ranked else None

    def _desc_of(self, name: str) -> str | None:
        words = WORD_RE.findall(name)
        if len(words) < 2:
            return None
        return next((s for _, s in proclitic_splits(words[0]) if s in DESCRIPTORS), None)

    def _ranked(self, name: str, ctx: _Context) -> list[int]:
        words = [normalize(w) for w in WORD_RE.findall(name)]
        if not words:
            return []
        desc = self._desc_of(name)
        cands = self._key_cands(tuple(words))
        if desc and not cands:
            cands = self._key_cands(tuple(words[1:]))
        elif cands and len(words) > 1 and words[0] in DESCRIPTORS:
            desc = words[0]
        key = tuple(words[1:]) if desc and words[0] != desc else tuple(words)
        ok = [i for i in cands if self._acceptable(i, _Hit(0, 0, key, tuple(cands), desc), ctx)]
        return self._rank(ok, desc, ctx)

    def _key_cands(self, key: tuple[str, ...]) -> list[int]:
        if not key:
            return []
        if key in self._index:
            return list(self._index[key])
        for n, stem in proclitic_splits(key[0])[1:]:
            prefix = key[0][:n]
            if _article_stripped(prefix, stem):
                continue
            k = (stem, *key[1:])
            if k in self._index:
                return list(self._index[k])
        return list(self._index.get(("".join(key),), []))

    # ------------------------------------------------------------------ document
    def find(self, text: str, tokens: Sequence[Token], countries: Iterable[str] = ()) -> list[PlaceRef]:
        """Every place mention in a document, longest match, disambiguated by the others and by
        ``countries`` the document names otherwise ("الجيش السوري": Ariha in Idlib, not Jericho)."""
        hits = self._hits(text, tokens, 0, len(tokens))
        chosen: dict[int, int] = {}
        ctx = _Context()
        for n, h in enumerate(hits):  # pass 1: the unambiguous
            ok = [i for i in h.cands if self._acceptable(i, h, _Context())]
            ranked = self._rank(ok, h.desc, ctx)
            if ranked and all(km(self.places[ranked[0]], self.places[i]) <= _SAME_PLACE_KM
                              for i in ranked[1:]):
                chosen[n] = ranked[0]
        for i in chosen.values():
            ctx.add(self.places[i])
        ctx.countries.update(countries)
        for n in range(len(hits) - 1, -1, -1):  # pass 2: the rest, in the light of the first, and
            if n in chosen:  # of the place after it that the text puts it in ("حي المنصورة بمدينة
                continue  # الرقة": the Mansoura of Raqqa), so from the last
            here, m = ctx, next((k for k in range(n + 1, len(hits)) if k in chosen), None)
            if m is not None and lies_in(text[hits[n].end : hits[m].start], text[hits[m].start:]):
                here = _Context.of([*ctx.points, self.places[chosen[m]]])
                here.countries |= ctx.countries
                here.admin1s |= ctx.admin1s
            ok = [i for i in hits[n].cands if self._acceptable(i, hits[n], here)]
            ranked = self._rank(ok, hits[n].desc, here)
            if ranked:
                chosen[n] = ranked[0]
        return [PlaceRef(h.start, h.end, text[h.start:h.end], self._place(chosen[n], h.desc))
                for n, h in enumerate(hits) if n in chosen and not self._lies_elsewhere(text, hits, chosen, n)]

    def _lies_elsewhere(self, text: str, hits: list[_Hit], chosen: dict[int, int], n: int) -> bool:
        """"مديرية المنصورة بمدينة عدن": put in a place of another country than all its readings
        (a town's, after بلدة), it is another place of that name, which the gazetteer lacks."""
        m = next((k for k in range(n + 1, len(hits)) if k in chosen), None)
        if m is None or not lies_in(text[hits[n].end : hits[m].start], text[hits[m].start:], tail=True):
            return False
        country, town = self.places[chosen[m]].country, DESCRIPTORS.get(hits[n].desc or "") == "city"
        cands = [i for i in hits[n].cands if not town or self.places[i].feature in _LOCAL] or hits[n].cands
        return country is not None and all(p.country != country and p.feature in _LOCAL
                                           for p in (self.places[i] for i in cands))

    def _hits(self, text: str, tokens: Sequence[Token], first: int, last: int) -> list[_Hit]:
        out: list[_Hit] = []
        for m in self._matcher.find(tokens, first, last):
            hit = self._hit(tokens, m)
            if hit is not None:
                out.append(hit)
            elif m.last_token - m.first_token > 1:  # a rejected phrase may hide a name
                out.extend(self._hits(text, tokens, m.first_token + 1, m.last_token))
        return out

    def _hit(self, tokens: Sequence[Token], m: Match[int]) -> _Hit | None:
        tok = tokens[m.first_token]
        prefix = normalize(tok.text[: m.start - tok.start])
        key = m.key
        if _article_stripped(prefix, key[0]):
            return None  # السورية، والعراقية...: a nisba adjective, not سورية
        if prefix.endswith("ك"):
            return None  # كمينا (an ambush) is not ك + مينا: "like Mina" is not news usage
        whole = tok.norm[1:] if tok.norm[:1] in "وف" else tok.norm
        if prefix and len(key) == 1 and whole != key[0] and whole in self._stop:
            return None  # "وبليون" (and a billion) is not Lyon
        if key in BACK_REFERENCES:
            return None  # "بريف المدينة الشمالي": the city named before, not Al Madinah
        if len(key) == 1 and m.last_token - m.first_token == 2:  # two words written apart
            parts = (tok.norm[len(prefix):], tokens[m.first_token + 1].norm)
            if len(key[0]) < 5 or any(len(p) < 2 or p in self._stop for p in parts):
                return None
        last_text = tokens[m.last_token - 1].text
        h_written = last_text.endswith("ه") and key[-1].endswith("ه") and key not in self._h_final \
            and not (key[-1][:2] == "ال" and len(key[-1]) > 4)  # حديثه (his talk), not البصره
        if prefix and letters(key) <= 3 and not any(
                self.places[i].population >= _CLITIC_SHORT_POP
                or self.places[i].feature in ("country", "admin1") for i in m.payloads):
            return None  # بلاد is not ب + لاد
        nxt = tokens[m.last_token] if m.last_token < len(tokens) else None
        if key in NOT_BEFORE and nxt is not None and nxt.norm.startswith(NOT_BEFORE[key]) \
                and nxt.norm not in PARTICLES:
            return None  # القائم بالأعمال, الطبقة السياسية (but "الطبقة إلى": إلى folds to الي)
        prev = m.first_token - 1
        prev_tok = tokens[prev] if prev >= 0 and tokens[prev].is_word else None
        if prev_tok is not None and not prefix and prev_tok.norm in WATERS:
            return None  # "على نهر النيجر": the river, not the country
        if prev_tok is not None and prev_tok.norm.isdigit() and not prefix \
                and all(self.places[i].feature == "country" for i in m.payloads):
            return None  # "اعتقل الجيش 14 سوريا": fourteen Syrians
        if key in ADJECTIVE_LIKE and not prefix and prev_tok is not None \
                and _nisba_context(prev_tok.norm):
            return None  # الوضع القائم
        if (len(key) == 1 and key[0].endswith("يه") and not prefix and prev_tok is not None
                and _nisba_context(prev_tok.norm)):
            return None
        start, desc = m.start, key[0] if key[0] in DESCRIPTORS and len(key) > 1 else None
        state = any(self.places[i].feature == "country" for i in m.payloads)  # "مقاطعة إسرائيل"
        if desc is None and prev_tok is not None and not prefix:
            for n, stem in proclitic_splits(prev_tok.text):
                if stem in DESCRIPTORS and not (stem == _PROVINCE and state):
                    desc, start = stem, prev_tok.start + skip_chars(prev_tok.text, n)
                    break
        if h_written and desc is None:
            return None  # … unless a descriptor says it is a place: "مدينة الفلوجه"
        if desc is None and not prefix and prev_tok is not None and prev >= 1 and rare(prev_tok.norm) and any(
                stem in DESCRIPTORS for _, stem in proclitic_splits(tokens[prev - 1].text)):  # "بلدة عدشيت
            return None  # القصير": the end of a name the gazetteer lacks, not Al Qusayr
        cued = not prefix and prev_tok is not None and prev_tok.norm in _COUNTRY_CUES
        return _Hit(start, m.end, key, m.payloads, desc, cued)

    # ------------------------------------------------------------------ choosing
    def _acceptable(self, i: int, hit: _Hit, ctx: _Context) -> bool:
        key, desc = hit.key, hit.desc
        if desc is not None and DESCRIPTORS.get(desc) is not None:
            return True  # مدينة التل، قرية النصر: the descriptor says it is a place
        p = self.places[i]
        if hit.cued and p.feature == "country":
            return True  # "في مالي", "شمال شرقي مالي": the country, not "my money"
        if " ".join(key) in self._stop or "".join(key) in self._stop:
            return False
        if p.country in NAMED_FIRST and p.feature == "city" and p.population < NAMED_FIRST_POP:
            return p.country in ctx.countries  # "غاو" is Gao only in a report that names Mali
        big = p.population >= _STRONG_POP
        if letters(key) <= 3:
            return big or p.feature != "city" or p.place_id.startswith("x:")
        if p.feature != "city" or p.place_id.startswith("x:"):
            return True
        if p.country in CORE_COUNTRIES:
            return True
        return p.population >= _FOREIGN_POP or p.country in ctx.countries

    def _rank(self, cands: list[int], desc: str | None, ctx: _Context) -> list[int]:
        if not cands:
            return []
        hint = DESCRIPTORS.get(desc) if desc else None
        places = {i: self.places[i] for i in cands}
        drop: set[int] = set()
        for i, p in places.items():
            for j, q in places.items():
                if p.feature == "admin1" and q.country is None and q.feature == "region" and hint != "admin1":
                    drop.add(i)  # "البحر الأحمر" is the sea, "ولاية البحر الأحمر" Sudan's state
                if p.country != q.country or i == j:
                    continue
                # a governorate named after its capital: the bare name is the city
                if (p.feature == "admin1" and q.feature == "city" and q.admin1 == p.name
                        and hint not in ("admin1", "rif", "region")):
                    drop.add(i)
                # a country named like its capital (الكويت، تونس): the country
                if p.feature == "city" and q.feature == "country" and hint not in ("city",):
                    drop.add(i)
        kept = [i for i in cands if i not in drop] or cands
        return sorted(kept, key=lambda i: (-self._score(places[i], hint, ctx), i))

    def _score(self, p: Place, hint: str | None, ctx: _Context) -> float:
        s = 0.0
        if hint == "rif":
            s += 10 if p.feature == "admin1" else 0
        elif hint == "city":
            s += 10 if p.feature in ("city", "point") else 0
        elif hint == "region":
            s += 10 if p.feature in ("region", "admin1") else 0
        elif hint == "admin2":
            s += 10 if p.feature == "admin2" else 5 if p.feature == "city" else 0
        elif hint is not None:
            s += 10 if p.feature == hint else 0
        if p.country in ctx.countries:
            s += 4
        if (p.country, p.admin1 if p.feature != "admin1" else p.name) in ctx.admin1s:
            s += 2
        if ctx.points and p.feature not in ("country",):
            near = min(km(p, q) for q in ctx.points)
            if near < _NEAR_KM:
                s += 3 * (1 - near / _NEAR_KM)
        if p.country in CORE_COUNTRIES:
            s += 0.5
        return s + math.log10(p.population + 1) / 2 + _FEATURE_RANK.get(p.feature, 0)

    def _place(self, i: int, desc: str | None) -> Place:
        p = self.places[i]
        if desc and DESCRIPTORS.get(desc) == "admin2" and p.feature == "city" \
                and p.country == "IRQ":
            return replace(p, name=f"{p.name} District", feature="admin2",
                           place_id=f"{p.place_id}#district")
        return p


def _article_stripped(prefix: str, stem: str) -> bool:
    """True when the clitics removed include the article and the name itself has none."""
    return not stem.startswith(_ARTICLE) and prefix.endswith((_ARTICLE, "لل"))


def _nisba_context(prev: str) -> bool:
    """True when the word before a feminine -ية form makes that form an adjective."""
    if prev in _PLACE_HEADS:
        return False
    stem = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 3 else prev
    if stem in _PLACE_HEADS or stem in DESCRIPTORS:
        return False
    return stem.startswith(_ARTICLE) or stem in NISBA_HEADS or stem.endswith(("ات", "ه"))


def outside_names(places: Sequence[PlaceRef], actors: Sequence[ActorRef]) -> list[PlaceRef]:
    """The places not read inside the name of a group or organisation ("فيلق القدس", "سرايا
    القدس": a name, not Jerusalem)."""
    named = [(a.start, a.end) for a in actors if a.actor.kind in ("group", "org")]
    return [p for p in places if not any(a <= p.start and p.end <= b and (a, b) != (p.start, p.end)
                                         for a, b in named)]


def place_json(place: Place | None) -> dict | None:
    """A place as the CLI writes it (spec/OUTPUT.md ``location`` less ``text``)."""
    if place is None:
        return None
    return {"name": place.name, "lat": round(place.lat, 4), "lon": round(place.lon, 4),
            "country": place.country, "admin1": place.admin1, "feature": place.feature}
