"""Actor mentions as the coder needs them: appositions joined, places and idioms left out.

The resolver finds every actor mention in a document; the coder then reads them in context:
- a bare role next to a named person is one participant ("رئيس النظام، بشار الأسد،",
  "نائب وزير الخارجية السوري فيصل المقداد");
- a country named as where something happened is a place, not a participant ("وفي الجارة
  العراق", "داخل سوريا");
- idioms that only look like actors are dropped ("القضاء على" = eliminating, "مسؤول عن" =
  responsible for).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rasid.arabic.matcher import skip_chars
from rasid.arabic.normalize import normalize, strip_marks
from rasid.coding.affiliation import (
    accused_members,
    fighters_named,
    gunmen_again,
    members_of,
    owned_platforms,
    staff_of,
)
from rasid.coding.bombers import bombers
from rasid.coding.modes import OUTLETS
from rasid.coding.parties import role_actor
from rasid.coding.positions import AFFILIATED
from rasid.coding.sites import flagged, national_site, nationality
from rasid.coding.units import (
    body_of,
    country_near,
    detachment_of,
    local_police,
    numbered_units,
    placed_organ,
    uncovered,
)
from rasid.model import Actor, ActorRef, PlaceRef, Token

_SIDES = {normalize(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي")}
LOCATIVE = _SIDES | {normalize(w) for w in ("في", "داخل", "قرب", "بالقرب", "عبر", "أراضي",
                                            "الأراضي", "حدود", "الحدود")}  # "على الحدود مع سوريا"
#: (actor word, next word) pairs that are idioms, not actors
IDIOMS = {(normalize(a), normalize(b)) for a, b in (("القضاء", "على"), ("مسؤول", "عن"), ("مسؤولا", "عن"),
                                                     ("المسؤول", "عن"), ("المسؤولة", "عن"))}


_PRESS = {normalize(w) for w in ("مؤتمر", "مؤتمرا", "المؤتمر", "بيان", "بيانا", "تصريح", "تصريحات", "تصريحا",
                                  "لقاء", "مقابلة", "بلاغ", "إيجاز", "مؤتمرات", "جولة")}
_PRESS_ADJECTIVES = {normalize(w) for w in ("صحفي", "صحافي", "صحفيا", "صحافيا", "الصحفي", "الصحافي")}
#: one-word actor names that are far more often ordinary words in news text
AMBIGUOUS_WORDS = {normalize(w) for w in ("بري", "البري", "برية", "أمام", "امام", "عون", "سلام", "نصر")}


def _token_at(tokens: Sequence[Token], starts: list[int], offset: int) -> int:
    return max(0, bisect_left(starts, offset + 1) - 1)


def _is_place_here(tokens: Sequence[Token], starts: list[int], ref: ActorRef,
                   places: Sequence[PlaceRef]) -> bool:
    if ref.actor.kind != "state" or not any(p.start <= ref.start < p.end for p in places):
        return False
    i = _token_at(tokens, starts, ref.start)
    if ref.start > tokens[i].start and normalize(tokens[i].text[:1]) == "ب":
        return True
    before = [t.norm for t in tokens[max(0, i - 2) : i]]
    return any(w in LOCATIVE or w.startswith("وفي") or w.removeprefix("و")[:1] == "ب"
               and w.removeprefix("و")[1:] in _SIDES for w in before)  # "بجنوب لبنان" (not وعبر)


#: nouns that carry a possessive pronoun: forces ("طائراتها", "قواته الجوية", "عناصره") and
#: citizens ("دعت البحرين مواطنيها إلى مغادرة العراق")
POSSESSED = {**{normalize(w): "MIL" for w in ("قوات", "طائرات", "مقاتلات", "عناصر", "جنود", "مقاتلي",
                                             "مقاتلو", "قوى", "وحدات", "مسلحي", "مسلحو", "دوريات",
                                             "مدفعية", "صواريخ", "مجاهدي", "مجاهدو")},
             **{normalize(w): "CVL" for w in ("مواطني", "مواطنو", "رعايا")},
             **{normalize(w): "OWN" for w in ("منتسبي", "منتسبو", "أفراد", "موظفي")}}  # its own men
_POSSESSIVES = ("هما", "هم", "ها", "ه")
_POSSESSOR_WINDOW = 25


@lru_cache(maxsize=100_000)
def _possessed(word: str) -> tuple[str, str] | None:
    """(proclitics, sector) of a noun above with a possessive suffix ("وطائراتها" → "و", MIL)."""
    raw = strip_marks(word)
    suffix = next((p for p in _POSSESSIVES if raw.endswith(p)), None)
    if suffix is None:
        return None
    stem = normalize(raw[: -len(suffix)])
    if stem.endswith("ت") and stem[:-1] + "ه" in POSSESSED:
        stem = stem[:-1] + "ه"  # "مدفعيته": مدفعية + his
    return next(((p, POSSESSED[stem[len(p):]]) for p in ("", "و", "ب", "ل", "وب", "ول", "ف")
                 if stem.startswith(p) and stem[len(p):] in POSSESSED), None)


def possessed_forces(tokens: Sequence[Token], actors: Sequence[ActorRef]) -> list[ActorRef]:
    """"طائراتها" after "وزارة الدفاع التركية": the forces (or citizens, "مواطنيها") of the
    actor named just before."""
    out: list[ActorRef] = []
    starts = [a.start for a in actors]
    for tok in tokens:
        if not tok.is_word:
            continue
        found = _possessed(tok.text)
        if found is None:
            continue
        pre, sector = found
        k = bisect_left(starts, tok.start) - 1
        owner = actors[k] if k >= 0 else None
        if sector == "OWN":  # "مقتل اثنين من منتسبيها" after the interior ministry: its police
            sector = owner.actor.sector if owner is not None and owner.actor.sector else "MIL"
        if owner is None or tok.start - owner.end > _POSSESSOR_WINDOW * 8 or not owner.actor.country \
                and (owner.actor.kind != "group" or sector != "MIL"):
            continue
        actor = owner.actor
        if actor.kind == "person" and sector == "MIL":  # "المتحدث باسم الحوثيين يحيى سريع … قواتهم"
            actor = next((a.actor for a in reversed(actors[:k]) if a.actor.kind == "group"
                          and a.actor.code == actor.code), actor)
        if sector == "MIL" and actor.kind == "person" and actor.sector == "REB":  # "يحيى سريع …
            sector = actor.sector  # قواتهم": the rebels' forces
        if actor.kind != "group" or sector != "MIL":
            actor = role_actor(actor.country, sector)
        begin = tok.start + skip_chars(tok.text, len(pre))
        out.append(ActorRef(begin, tok.end, tok.text[begin - tok.start :], actor))
    return out


#: people named by a noun and a nationality ("جنودا أتراك", "مدنيين سوريين") → that state's sector
PEOPLE_NOUNS = {
    **{normalize(w): "MIL" for w in ("جنود", "جنودا", "جندي", "جنديا", "جنديين", "جنديان", "قناص",
                                     "قناصة", "عسكريين",
                                     "عسكريا", "عسكريون", "ضباط", "ضابطا", "ضابطين", "عناصر")},
    **{normalize(w): "CVL" for w in ("مدنيين", "مدنيا", "مدنيون", "مواطنين", "مواطنا", "مواطنون",
                                     # "تظاهر آلاف العراقيين": a crowd of a nationality
                                     "آلاف", "الآلاف", "مئات", "المئات", "عشرات", "العشرات")},
    # "المقاتلين الروس": fighters of a nationality who are not its army (spec/ACTORS.md: PRM,
    # militias not in opposition to that state; rebels are named by their side or group)
    **{normalize(w): "PRM" for w in ("مقاتلين", "مقاتلون", "مقاتلا", "المقاتلين", "المقاتلون")},
}
def national_people(text: str, tokens: Sequence[Token]) -> list[ActorRef]:
    """"قتل ثلاثة جنود عراقيين": soldiers or civilians named by nationality are that state's."""
    out: list[ActorRef] = []
    for i in range(len(tokens) - 1):
        tok = tokens[i]
        if not tok.is_word or out and tok.start < out[-1].end:
            continue
        if (site := national_site(text, tokens, i)) is not None:
            out.append(site)
            continue
        norm = tok.norm[1:] if tok.norm[:1] == "و" and tok.norm[1:] in PEOPLE_NOUNS else tok.norm
        sector = PEOPLE_NOUNS.get(norm)
        if sector is None:
            continue
        iso = nationality(tokens[i + 1].norm)
        if iso is None:
            continue
        actor = role_actor(iso, sector)
        begin = tok.start + (1 if norm != tok.norm else 0)
        out.append(ActorRef(begin, tokens[i + 1].end, text[begin : tokens[i + 1].end], actor))
    return out


def refine_actors(text: str, tokens: Sequence[Token], actors: Sequence[ActorRef],
                  places: Sequence[PlaceRef]) -> list[ActorRef]:
    starts = [t.start for t in tokens]
    covered = [(a.start, a.end) for a in actors]
    extra = [r for r in (*possessed_forces(tokens, actors), *owned_platforms(text, tokens, actors))
             if not any(s < r.end and r.start < e for s, e in covered)]
    covered += [(a.start, a.end) for a in extra]
    extra += [r for r in (*national_people(text, tokens), *bombers(text, tokens))
              if not any(s < r.end and r.start < e for s, e in covered)]
    actors = sorted([*actors, *extra], key=lambda a: a.start)
    actors = loyalists(text, tokens, starts, actors)
    covered = [(a.start, a.end) for a in actors]
    formations = [*kurdish_forces(text, tokens, places, actors),
                  *numbered_units(text, tokens, places, actors),
                  *local_police(text, tokens, places, actors)]
    actors = sorted([*actors, *(r for r in formations
                                if not any(s < r.end and r.start < e for s, e in covered))],
                    key=lambda a: a.start)
    kept: list[ActorRef] = []
    for ref in actors:
        j = _token_at(tokens, starts, max(ref.start, ref.end - 1)) + 1
        nxt = tokens[j].norm if j < len(tokens) else ""
        if (tokens[j - 1].norm, nxt) in IDIOMS or (normalize(ref.text), nxt) in IDIOMS:
            continue
        if normalize(ref.text) in AMBIGUOUS_WORDS:
            continue  # "هجوم بري" (a ground attack), "أمام" (in front of): words, not Berri or an imam
        k = _token_at(tokens, starts, ref.start)
        if ref.actor.code == "AQ" and (site := national_site(text, tokens, k)) is not None:
            ref = site  # "القاعدة الأمريكية": a base, not al-Qaeda
        ref = detachment_of(text, tokens, k, ref) or body_of(text, tokens, k, ref, actors) or ref
        first = _token_at(tokens, starts, ref.start)
        after = _token_at(tokens, starts, max(ref.start, ref.end - 1)) + 1
        ref = placed_organ(text, tokens, first, after, ref, places)  # "وزارة الصحة في غزة"
        if k > 0 and (tokens[k - 1].norm in OUTLETS | _SEATS or flagged(tokens, k)) \
                and ref.actor.kind == "state" and ref.actor.country:  # "إذاعة فرنسا الدولية";
            sector = "JRN" if tokens[k - 1].norm in OUTLETS else "BUS"  # "شركات مقرها الإمارات"
            start, owner = tokens[k - 1].start, role_actor(ref.actor.country, sector)
            ref = ActorRef(start, ref.end, text[start : ref.end], owner)
        if k > 0 and tokens[k - 1].norm in _PRESS and normalize(ref.text) in _PRESS_ADJECTIVES:
            continue  # "مؤتمر صحفي", "بيان صحفي": the press, as an adjective
        if k > 0 and (_definite_adjective(tokens[k - 1], tokens[k], ref) or tokens[k - 1].norm
                      in _ARMS and normalize(ref.text) in _SERVICE_ADJECTIVES):
            continue  # "بالحكم المدني": civil rule; "الصواريخ البحرية": missiles, not the navy
        if _is_place_here(tokens, starts, ref, places) or _inside_place(ref, places):
            continue
        if kept and _apposition(text, kept[-1], ref) and not _conjoined(tokens, starts, kept[-1]):
            prev = kept.pop()
            ref = replace(ref, start=prev.start, text=text[prev.start : ref.end])
        elif kept and _construct_head(text, kept[-1], ref):
            prev = kept.pop()  # "عمال شركة نفط البصرة": the company's workers
            ref = ActorRef(prev.start, ref.end, text[prev.start : ref.end], replace(
                prev.actor, code=f"{ref.actor.country}-{prev.actor.sector}", country=ref.actor.country))
        elif kept and _describes(text, kept[-1], ref):
            prev = kept.pop()  # "هيئة التفاوض السورية المعارضة": the word describes the body
            ref = replace(prev, end=ref.end, text=text[prev.start : ref.end])
        elif kept and _envoy_to(text, kept[-1], ref):
            prev = kept.pop()  # "المبعوث الأممي إلى ليبيا": his title, not a party of its own
            ref = replace(prev, end=ref.end, text=text[prev.start : ref.end])
        elif kept and members_of(text, kept[-1], ref):  # "مسلحون من تنظيم «داعش»": its fighters
            prev, end = kept.pop(), ref.end + (text[ref.end : ref.end + 1] in ("»", "”"))
            ref = replace(ref, start=prev.start, end=end, text=text[prev.start : end])
            if ref.actor.sector == "CVL":  # "مسلحون من العشائر": armed men, not civilians
                ref = replace(ref, actor=prev.actor)
        elif kept and (accused_members(text, kept[-1], ref) or fighters_named(text, kept[-1], ref)):
            prev = kept.pop()  # "مدان بالانتماء إلى تنظيم داعش", "المتمردون الحوثيون": the group's
            ref = replace(ref, start=prev.start, text=text[prev.start : ref.end])
        elif kept and staff_of(text, kept[-1], ref):
            prev = kept.pop()  # "موظفين اثنين يعملان لدى منظمة أطباء بلا حدود": the NGO's staff
            ref = replace(ref, start=prev.start, text=text[prev.start : ref.end])
        elif kept and _patron(text, kept[-1], ref):
            prev = kept.pop()  # "المقاتلين المؤيدين للرئيس السوري بشار الأسد": the fighters act
            ref = replace(prev, end=ref.end, text=text[prev.start : ref.end])
        kept.append(ref)
    return gunmen_again(text, kept)


_SEATS = {normalize(w) for w in ("مقرها", "مقره", "ومقرها", "ومقره", "مقرهما", "مقرهم")}
#: weapons after which the names of the services are adjectives ("الصواريخ البحرية")
_ARMS = {normalize(w) for w in ("الصواريخ", "صواريخ", "بالصواريخ", "الطائرات", "الألغام", "القذائف",
                                "المسيرات", "الزوارق", "الدفاعات")}
_SERVICE_ADJECTIVES = {normalize(w) for w in ("البحرية", "الجوية", "البرية")}


def _definite_adjective(before: Token, tok: Token, ref: ActorRef) -> bool:
    """A one-person word written with the article right after a definite word that is no party
    ("بالحكم المدني", "الطيران المدني") is that word's adjective."""
    word = normalize(ref.text)
    return ref.actor.sector == "CVL" and " " not in ref.text and ref.start > tok.start \
        and normalize(tok.text).removeprefix("و").removeprefix("ب").startswith("ال") \
        and not word.endswith(("ين", "ون", "ات")) and before.is_word \
        and before.norm.removeprefix("و").removeprefix("ب").removeprefix("ل").startswith(
            ("ال", "ل"))


def _inside_place(ref: ActorRef, places: Sequence[PlaceRef]) -> bool:
    """A name inside a longer place name ("الصدر" in "مدينة الصدر", "الأسد" in "قاعدة عين الأسد")
    names the place, not a participant."""
    return any(p.start <= ref.start and ref.end <= p.end and p.end - p.start > ref.end - ref.start
               for p in places)


#: armed men, then "loyal to" a state's leader, regime or government: that state's militias
ARMED_MEN = {normalize(w) for w in (
    "قوات", "القوات", "مقاتلين", "المقاتلين", "مقاتلون", "المقاتلون", "مسلحين", "المسلحين", "مسلحون",
    "المسلحون", "ميليشيات", "الميليشيات", "مليشيات", "المليشيات", "فصائل", "الفصائل", "عناصر",
    "العناصر", "جماعات", "الجماعات", "وحدات", "الوحدات", "قوة", "القوة", "وحدة", "الوحدة")}
LOYAL = {normalize(w) for w in (
    "الموالية", "الموالين", "الموالون", "الموالي", "موالية", "موالين", "موالون", "المؤيدة", "المؤيدين",
    "المؤيدون", "مؤيدة", "مؤيدين", "مؤيدون")} | AFFILIATED
_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", None}
#: "تابعة" (belonging to, ``positions.AFFILIATED``) an army, police or intelligence service:
#: that service's own men
_ARMED_ORGANS = {"MIL", "COP", "SPY"}


def loyalists(text: str, tokens: Sequence[Token], starts: list[int],
              actors: Sequence[ActorRef]) -> list[ActorRef]:
    """"القوات الموالية للرئيس السوري", "مسلحين موالين للحكومة": one actor, the militias of
    that state (PRM), in place of the armed men and the patron named after them."""
    out = list(actors)
    for patron in actors:
        actor = patron.actor
        own = actor.kind == "group" or actor.sector in _ARMED_ORGANS  # "مسلحون تابعون لحركة الشباب"
        if not (own or actor.country and actor.sector in _STATE_SECTORS and actor.kind != "state"):
            continue  # "فصائل موالية لتركيا" are another state's proxies: no code is implied
        k = _token_at(tokens, starts, patron.start)
        if patron.start == tokens[k].start or normalize(tokens[k].text[:1]) != "ل" or k < 2:
            continue  # the patron is written with لـ: "للرئيس", "للحكومة"
        if tokens[k - 1].norm not in LOYAL or tokens[k - 2].norm not in ARMED_MEN \
                or actor.kind == "group" and tokens[k - 1].norm not in AFFILIATED:
            continue
        start, end = tokens[k - 2].start, patron.end
        out = [a for a in out if not (a.start < end and start < a.end)]
        if tokens[k - 1].norm in AFFILIATED and own:
            # "قوة تابعة لوزارة الداخلية": a unit of the ministry's own forces, not a militia
            out.append(ActorRef(start, end, text[start:end], actor))
            continue
        militia = Actor(code=f"{actor.country}-PRM", name=f"Pro-government militias ({actor.country})",
                        country=actor.country, sector="PRM", kind="group")
        out.append(ActorRef(start, end, text[start:end], militia))
    return sorted(out, key=lambda a: a.start)


#: "المقاتلين الأكراد", "القوات الكردية" in Syria: the SDF (spec/ACTORS.md: SDF, YPG). Elsewhere
#: the same words name several forces (Peshmerga, PKK, Iranian Kurdish parties): left unresolved.
KURDISH = {normalize(w) for w in ("الأكراد", "الاكراد", "الكردية", "الكرد", "أكراد", "اكراد", "كردية")}
SYRIAN_KURDISH_FORCES = Actor(code="SDF", name="Syrian Democratic Forces", country="SYR", sector="REB",
                              kind="group")
_KURDISH_REACH = 120  # characters to the place that tells where the fighters are


#: "وفدا كرديا", "المسؤولين الأكراد" in Iraq: the Kurdistan Regional Government, coded as its
#: state's government (spec/GOLD.md, Codes)
KURDISH_OFFICIALS = {normalize(w) for w in (
    "وفد", "وفدا", "الوفد", "مسؤول", "مسؤولا", "المسؤول", "مسؤولون", "مسؤولين", "المسؤولين", "المسؤولون",
    "السلطات", "القادة", "قادة", "الزعماء", "زعماء")}
KURDISH_WORDS = KURDISH | {normalize(w) for w in ("كردي", "كرديا", "الكردي", "كرد")}
IRAQI_KURDISH_GOVERNMENT = Actor(code="IRQ-GOV", name="Kurdistan Regional Government", country="IRQ",
                                 sector="GOV", kind="org")


def kurdish_forces(text: str, tokens: Sequence[Token], places: Sequence[PlaceRef],
                   actors: Sequence[ActorRef] = ()) -> list[ActorRef]:
    """Armed men called Kurdish, no organisation named, whose nearest place (not a party's
    name) is in Syria; Kurdish officials or a Kurdish delegation whose nearest place is in Iraq."""
    out = []
    named: list[PlaceRef] | None = None  # the places no actor covers, found at the first match
    for i in range(len(tokens) - 1):
        head, kurdish = tokens[i].norm, tokens[i + 1].norm
        if head in ARMED_MEN and kurdish in KURDISH:
            country, actor = "SYR", SYRIAN_KURDISH_FORCES
        elif head in KURDISH_OFFICIALS and kurdish in KURDISH_WORDS:
            country, actor = "IRQ", IRAQI_KURDISH_GOVERNMENT
        else:
            continue
        start, end = tokens[i].start, tokens[i + 1].end
        named = uncovered(places, actors) if named is None else named
        if country_near(start, named, _KURDISH_REACH) == country:
            out.append(ActorRef(start, end, text[start:end], actor))
    return out


def _construct_head(text: str, head: ActorRef, owner: ActorRef) -> bool:
    """A one-word role without the article right before a body of another sector is the head of
    a construct ("عمال شركة نفط البصرة", "مراسل قناة الجزيرة"): one party, of the owner's country."""
    return head.actor.kind == "role" and owner.actor.country is not None and " " not in head.text \
        and not normalize(head.text).startswith(("ال", "وال")) and text[head.end : owner.start] == " " \
        and head.actor.sector is not None and head.actor.sector != owner.actor.sector


def _describes(text: str, body: ActorRef, word: ActorRef) -> bool:
    """A one-word role of the same sector right after a body with its own country is an
    adjective of it, not a second party of the document's main country."""
    return body.actor.kind in ("role", "org") and word.actor.kind == "role" and body.actor.country is not None \
        and " " not in word.text and text[body.end : word.start] == " " \
        and body.actor.sector == word.actor.sector and body.actor.country != word.actor.country


_ENVOYS = {normalize(w) for w in ("المبعوث", "مبعوث", "السفير", "سفير", "الممثل", "ممثل", "المنسق", "منسق")}
_TO_POST = {normalize(w) for w in ("إلى", "لدى", "في")}


def _envoy_to(text: str, envoy: ActorRef, state: ActorRef) -> bool:
    """An envoy or ambassador "إلى/لدى/في" a state is posted there ("سفير إيران لدى العراق")."""
    return state.actor.kind == "state" and normalize(text[envoy.end : state.start]).strip() in _TO_POST \
        and any(normalize(w) in _ENVOYS for w in envoy.text.split())


def _patron(text: str, group: ActorRef, person: ActorRef) -> bool:
    """A person named right after an armed group that ends in his title ("القوات الموالية
    للرئيس السوري بشار الأسد") is whom the group is loyal to, not a party of his own."""
    return group.actor.kind == "group" and person.actor.kind == "person" \
        and group.actor.country is not None and group.actor.country == person.actor.country \
        and text[group.end : person.start] == " "


def _apposition(text: str, role: ActorRef, named: ActorRef) -> bool:
    """A bare role right before a named person or a fuller role: one participant."""
    if role.actor.kind != "role" or named.actor.kind not in ("person", "role"):
        return False
    gap = text[role.end : named.start]
    if named.actor.kind == "role":  # "نائب وزير الخارجية السوري", not "الخارجية العراقية السفير
        # التركي" nor "اعتقلت قوات الأمن العراقية ناشطين" (the police, then whom they held)
        return gap.strip() == "" and len(gap) <= 1 and not (
            role.actor.country and named.actor.country and role.actor.country != named.actor.country
            or role.actor.sector and named.actor.sector and role.actor.sector != named.actor.sector)
    return gap.strip() in ("", "،", ",") and len(gap) <= 3


def _conjoined(tokens: Sequence[Token], starts: list[int], ref: ActorRef) -> bool:
    """"والعراقي" in "وزيرا الداخلية السوري والعراقي": a coordinated part, not a head."""
    tok = tokens[_token_at(tokens, starts, ref.start)]
    return ref.start > tok.start and tok.text[:1] == "و"
