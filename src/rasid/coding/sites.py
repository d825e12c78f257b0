"""Military sites and vehicles named by a nationality ("موقع عسكري إسرائيلي", "دورية تركية",
"ثكنة زرعيت الإسرائيلية"): the army of that state, which holds them."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.parties import BUILDINGS, role_actor
from rasid.model import ActorRef, Token
from rasid.resolve.capitals import nisba_country

#: broken plurals of nationalities that the nisba table does not generate
_BROKEN_PLURALS = {normalize(w): iso for w, iso in (("أتراك", "TUR"), ("الأتراك", "TUR"),
                                                     ("روس", "RUS"), ("الروس", "RUS"))}


def nationality(norm: str) -> str | None:
    return nisba_country(norm) or _BROKEN_PLURALS.get(norm) \
        or (nisba_country(norm[:-1]) if norm.endswith("ا") else None)


#: military sites and vehicles named by a nationality: its army's
_FIXED = {normalize(w) for w in
          "موقع موقعا مواقع الموقع المواقع نقطة نقاط ثكنة قاعدة القاعدة قواعد مقر مقرا".split()}
_SITES = _FIXED | {normalize(w) for w in "آلية آليات دورية دوريات رتل رتلا".split()}
_MILITARY = {normalize(w) for w in ("عسكري", "عسكريا", "عسكرية", "العسكري", "العسكرية")}
#: sites that a name may follow before the nationality ("ثكنة زرعيت الإسرائيلية", "قاعدة حميميم
#: الروسية"; not "مقر السفارة الأمريكية", a building of another body)
_NAMED = {normalize(w) for w in "موقع ثكنة قاعدة نقطة معسكر".split()}
_INCIDENTS = {normalize(w) for w in ("غارة", "غارات", "قصف", "هجوم", "انفجار", "تفجير", "حادث",
                                     "ضربة", "اشتباك", "اشتباكات", "سقوط", "استهداف", "مجزرة")}


def national_site(text: str, tokens: Sequence[Token], i: int) -> ActorRef | None:
    """"استهداف موقع عسكري إسرائيلي", "ثكنة زرعيت الإسرائيلية": the state's army, named by the
    site it holds."""
    norm = tokens[i].norm
    norm = norm[1:] if norm[:1] == "و" and norm[1:] in _SITES else norm
    if norm not in _SITES:
        return None
    j = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].norm in _MILITARY)
    iso = nationality(tokens[j].norm) if j < len(tokens) else None
    if iso is None and norm in _NAMED and i + 2 < len(tokens) and tokens[i + 1].is_word \
            and tokens[i + 1].norm.removeprefix("ال") not in _INCIDENTS:  # not "موقع الغارة"
        j = i + 2 + (i + 3 < len(tokens) and tokens[i + 2].norm in _MILITARY)  # its name between
        definite = j < len(tokens) and tokens[j].norm[:2] == "ال"  # the name makes it definite
        iso = nationality(tokens[j].norm) if definite else None
    if iso is None:
        return None
    begin = tokens[i].start + (1 if norm != tokens[i].norm else 0)
    return ActorRef(begin, tokens[j].end, text[begin : tokens[j].end], role_actor(iso, "MIL"))


def names_a_site(ref: ActorRef) -> bool:
    """An army named by its site ("قاعدة عسكرية أمريكية"): what is hit, never who hits (a
    patrol or a column may do either)."""
    first = normalize(ref.text.split()[0]) if ref.text else ""
    return ref.actor.sector == "MIL" and first in _FIXED


def a_building(ref: ActorRef) -> bool:
    """A party named by its building ("قصف على مدرسة", "استهداف المستشفى"): what an attack hits."""
    return bool(ref.text) and normalize(ref.text.split()[0]) in BUILDINGS


#: "سفينة تجارية ترفع علم ليبيريا": a merchant ship's flag state, its business
_FLAG = normalize("علم")
_SHIPS = {normalize(w) for w in ("سفينة", "سفن", "ناقلة", "ناقلات", "باخرة", "تجارية",
                                 "شحن", "نفط", "حاويات", "ترفع", "يرفع")}


def flagged(tokens: Sequence[Token], k: int) -> bool:
    """The state named at token ``k`` is the flag a ship flies ("سفينة ترفع علم بنما")."""
    return k > 1 and tokens[k - 1].norm == _FLAG \
        and any(t.norm in _SHIPS for t in tokens[max(0, k - 4) : k - 1])
