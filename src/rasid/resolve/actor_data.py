"""Actor dictionaries (``data/countries.yaml``, ``sectors.yaml``, ``actors.yaml``) and their index.

``load_actor_data()`` reads the three files once and builds one ``PhraseMatcher`` whose payloads
(``Lex``) say what a phrase is: a person's full name or surname, an organisation, a country,
its capital, a nisba adjective, a role noun with its sector, an anaphor (التنظيم) or a regime
word (النظام، الاحتلال). ``rasid.resolve.actors`` composes these into actor mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from rasid.arabic.matcher import PhraseMatcher, phrase_key
from rasid.arabic.normalize import normalize
from rasid.resources import load_yaml

#: Regime words: a country-like head (قوات النظام، الاحتلال التركي) with a default country.
REGIME_WORDS = {"النظام": None, "الاحتلال": "ISR", "نظام": None}


@dataclass(frozen=True, slots=True)
class Office:
    code: str
    title: str
    start: date
    end: date | None
    approx: bool = False  # start/end are best estimates (the row's ``approx`` key)

    def holds(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Person:
    id: str
    en: str
    qid: str | None
    offices: tuple[Office, ...]
    surnames: tuple[str, ...]  # matching forms
    alone: dict[str, date | bool] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Org:
    id: str
    en: str
    qid: str | None
    kind: str
    code: str | None
    offices: tuple[Office, ...]
    anaphors: tuple[str, ...]
    governs: tuple[str, ...] = ()  # a regional government: the places it administers


@dataclass(frozen=True)
class Country:
    iso: str
    en: str
    qid: str | None


@dataclass(frozen=True, slots=True)
class Lex:
    """What a dictionary phrase is. ``key``: person/org id, ISO3, sector or anaphor word."""

    type: str  # person surname org country capital nisba role anaphor regime
    key: str
    construct: bool = False  # role noun in construct state: needs what follows
    of: bool = False  # relational role noun (رئيس، المتحدث باسم)
    needs: bool = False  # never takes the document's country
    country: str | None = None  # default country of a role or regime word


@dataclass
class ActorData:
    persons: dict[str, Person]
    orgs: dict[str, Org]
    countries: dict[str, Country]
    matcher: PhraseMatcher[Lex]
    lexicon: dict[tuple[str, ...], list[Lex]]
    role_nouns: int = 0
    #: country names that are also a nisba's indefinite accusative (سوريا، تركيا، روسيا) → ISO3
    accusatives: dict[str, str] = field(default_factory=dict)


def nisba_forms(stem: str) -> list[str]:
    """Masculine/feminine, singular/dual/plural forms of a nisba, with and without the article."""
    base = [stem, stem + "ة", stem + "ون", stem + "ين", stem + "ان", stem + "تان", stem + "تين",
            stem + "ات"]  # "رهائن إسرائيليات"
    return base + ["ال" + f for f in base]


#: "من جانب قوات الأمن"، "من طرف الشرطة": on their part, the forces themselves, not a side of them
_ON_THE_PART = {"الجانب", "الطرف"}


def construct_form(phrase: str) -> str | None:
    """The construct-state form: the article dropped from the last word (وزير الخارجية -> وزير خارجية)."""
    words = phrase.split()
    last = words[-1]
    if not last.startswith("ال") or len(last) <= 4:
        return None
    return " ".join([*words[:-1], last[2:]])


def name_variants(alias: str, foreign: bool) -> list[str]:
    """Spelling variants: عبد الله/عبدالله, نصر الله/نصرالله, غ/ج in foreign names."""
    out = [alias]
    if "عبد " in alias:
        out.append(alias.replace("عبد ", "عبد"))
    if " الله" in alias:
        out.append(alias.replace(" الله", "الله"))
    if foreign and "غ" in alias:
        out.append(alias.replace("غ", "ج"))
    return out


def _date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _offices(rows: list[list[Any]] | None, approx: Any = False) -> tuple[Office, ...]:
    """``[code, title, start, end]`` rows. ``approx``: true (every office's dates are estimates)
    or a list of the office titles whose dates are estimates."""
    if not isinstance(approx, (bool, list)):
        raise ValueError(f"approx must be true/false or a list of office titles, not {approx!r}")
    titles = {str(t) for t in approx} if isinstance(approx, list) else set()
    out = []
    for code, title, start, end in rows or []:
        rough = approx is True or str(title) in titles
        out.append(Office(str(code), str(title), _date(start) or date.min, _date(end), rough))
    unknown = titles - {o.title for o in out}
    if unknown:
        raise ValueError(f"approx names offices that are not listed: {sorted(unknown)}")
    return tuple(out)


class _Builder:
    def __init__(self) -> None:
        self.lexicon: dict[tuple[str, ...], list[Lex]] = {}
        self.phrases: list[tuple[str, Lex]] = []

    def add(self, phrase: str, lex: Lex, only_if_new: bool = False) -> None:
        key = phrase_key(phrase)
        if not key or (only_if_new and key in self.lexicon):
            return
        bucket = self.lexicon.setdefault(key, [])
        if lex not in bucket:
            bucket.append(lex)
            self.phrases.append((phrase, lex))


def build(countries_doc: dict, sectors_doc: list, actors_doc: dict) -> ActorData:
    b = _Builder()
    countries: dict[str, Country] = {}
    for iso, row in countries_doc.items():
        countries[iso] = Country(iso, row["en"], row.get("qid"))
        for name in row.get("names") or []:
            b.add(name, Lex("country", iso))
        for name in row.get("placed") or []:  # a name that is also a common word ("مالي")
            b.add(name, Lex("placed", iso))
        for cap in row.get("capital") or []:
            b.add(cap, Lex("capital", iso))
        for stem in row.get("nisba") or []:
            for form in nisba_forms(stem):
                b.add(form, Lex("nisba", iso))
        for form in row.get("nisba_extra") or []:
            b.add(form, Lex("nisba", iso))
    accusatives: dict[str, str] = {}
    for iso, row in countries_doc.items():  # "صحفيا عراقيا"; "سوريا" stays the country's name
        for stem in row.get("nisba") or []:
            if phrase_key(stem + "ا") in b.lexicon:
                accusatives[normalize(stem + "ا")] = iso
            else:
                b.add(stem + "ا", Lex("nisba", iso))

    persons: dict[str, Person] = {}
    for row in actors_doc.get("persons") or []:
        sur = tuple(normalize(s) for s in row.get("sur") or [])
        alone_raw = row.get("alone", False)
        if isinstance(alone_raw, dict):
            alone = {normalize(k): (_date(v) if not isinstance(v, bool) else v) for k, v in alone_raw.items()}
        else:
            value = alone_raw if isinstance(alone_raw, bool) else _date(alone_raw)
            alone = {s: value for s in sur}
        offices = _offices(row.get("offices"), row.get("approx", False))
        p = Person(row["id"], row["en"], row.get("qid"), offices, sur, alone)
        persons[p.id] = p
        for alias in row.get("ar") or []:
            for v in name_variants(alias, bool(row.get("foreign"))):
                b.add(v, Lex("person", p.id))
        for s in row.get("sur") or []:
            for v in name_variants(s, bool(row.get("foreign"))):
                b.add(v, Lex("surname", p.id))

    orgs: dict[str, Org] = {}
    for row in actors_doc.get("orgs") or []:
        o = Org(row["id"], row["en"], row.get("qid"), row.get("kind", "org"), row.get("code"),
                _offices(row.get("offices")), tuple(normalize(a) for a in row.get("ana") or []),
                tuple(row.get("governs") or ()))
        orgs[o.id] = o
        for alias in row.get("ar") or []:
            for v in name_variants(alias, False):
                b.add(v, Lex("org", o.id))
        for ana in row.get("ana") or []:
            b.add(ana, Lex("anaphor", normalize(ana)))

    b.add("الوزارة", Lex("anaphor", normalize("الوزارة")))  # the ministry named last (actors.find)
    for head in ("المنتدى", "الجمعية", "الرابطة"):  # and the forum, association or league
        b.add(head, Lex("anaphor", normalize(head)))
    for word, iso in REGIME_WORDS.items():
        b.add(word, Lex("regime", word, country=iso))

    nouns = 0
    constructs: list[tuple[str, Lex]] = []
    for group in sectors_doc:
        sector = group["sector"]
        of, needs, country = bool(group.get("of")), bool(group.get("needs")), group.get("country")
        for noun in group["nouns"]:
            nouns += 1
            b.add(noun, Lex("role", sector, of=of, needs=needs, country=country))
            form = construct_form(noun)
            if form and noun not in _ON_THE_PART:
                constructs.append((form, Lex("role", sector, construct=True, of=of, country=country)))
    for form, lex in constructs:
        b.add(form, lex, only_if_new=True)

    matcher: PhraseMatcher[Lex] = PhraseMatcher()
    for phrase, lex in b.phrases:
        matcher.add(phrase, lex)
    return ActorData(persons, orgs, countries, matcher, b.lexicon, nouns, accusatives)


@cache
def load_actor_data() -> ActorData:
    return build(load_yaml("countries.yaml"), load_yaml("sectors.yaml"), load_yaml("actors.yaml"))
