"""Where a bare body belongs: the country a collective organ is placed in ("السلطات في ليبيا",
"فصائل المعارضة في مدينة درعا"), the body one of its members serves in ("ضابط في الشرطة
العراقية"), whose occupation forces are meant ("قوات الاحتلال الأمريكي"), and whose forces a
speaker names with no nationality ("قال الجيش الإسرائيلي إن … سلاح الجو")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import replace

from rasid.arabic.matcher import Match
from rasid.arabic.normalize import normalize
from rasid.model import Actor, ActorRef, PlaceRef, Sentence, Token
from rasid.resolve.actor_data import Lex
from rasid.resolve.actor_words import Role, lex
from rasid.resolve.capitals import nisba_country
from rasid.resolve.gazetteer import DESCRIPTORS

_FI = normalize("في")
_COLLECTIVE = {normalize(w) for w in ("السلطات", "الحكومة", "الشرطة", "القوات", "الجيش", "المعارضة",
                                      "الفصائل", "الأجهزة", "قوات", "فصائل", "المحتجون", "المحتجين",
                                      "المتظاهرون", "المتظاهرين", "السكان",
                                      "المجلس",  # المجلس العسكري الحاكم
                                      "وزارة", "الوزارة", "مديرية", "دائرة", "جهاز")}


#: organs that are where they are placed: a town's police, authorities, factions and people
_LOCAL = {normalize(w) for w in ("السلطات", "الشرطة", "الفصائل", "فصائل", "المحتجون", "المحتجين",
                                 "المتظاهرون", "المتظاهرين", "السكان", "مديرية", "دائرة")}


def country_named_in(ms: Sequence[Match[Lex]], end: int, tokens: Sequence[Token],
                     towns: dict[int, str] | None = None) -> str | None:
    """"السلطات في ليبيا", "الحكومة الانتقالية في ليبيا": the country (or capital) a bare
    collective organ is placed in, after at most two definite adjectives and في (not a person's
    office: "الوزير في موسكو" may be a visitor); "فصائل المعارضة في مدينة درعا": the town's
    (``towns``: the first token of each town named, with its country)."""
    nxt = named_in(ms, end, tokens)
    found = lex(nxt, "country", "capital", "placed") if nxt is not None else []  # "في مالي"
    if found:
        return found[0].key
    t = _fi_after(ms, end, tokens)
    if t is None or not towns or ms[end].key[0] not in _LOCAL:
        return None  # "ممثلي الحكومة في جنيف": a government may meet abroad
    described = t + 2 < len(tokens) and tokens[t + 1].norm in DESCRIPTORS  # "في مدينة الموصل"
    town = t + 1 if t + 1 in towns else t + 2 if described and t + 2 in towns else None
    if town is None:
        return None
    said = (nisba_country(tok.norm) for tok in tokens[town + 1 : town + 3]  # "رفح المصرية",
            if tok.norm.startswith("ال") and not tok.norm.endswith(("ين", "ون")))  # not people
    return next((iso for iso in said if iso), towns[town])


#: one member of a force, who acts for the body named after في or a joined ب ("ضابطا في الشرطة
#: العراقية" is the police's, "جندي بالجيش اللبناني" the army's)
_MEMBERS = {(normalize(w),) for w in (
    "ضابط ضابطا ضابطان ضابطين الضابط ضابطة الضابطة جندي جنديا جنديان جنديين الجندي عسكري "
    "عسكريا").split()}
_RANK = normalize("برتبة")


def member_body(ms: Sequence[Match[Lex]], end: int, tokens: Sequence[Token]) -> int | None:
    """The index of the role or organisation match naming the body the member ``ms[end]``
    serves in."""
    t = ms[end].last_token
    t += 2 if t < len(tokens) and tokens[t].norm == _RANK else 0  # "ضابط برتبة عقيد في …"
    if ms[end].key not in _MEMBERS or t >= len(tokens):
        return None
    first = t + 1 if tokens[t].norm == _FI else t if tokens[t].norm.startswith("بال") else -1
    return next((j for j in range(end + 1, len(ms)) if ms[j].first_token == first
                 and lex(ms[j], "role", "org")), None)


def org_role(k: int, actor: Actor | None) -> Role | None:
    """What an organisation's name at match ``k`` says, as a role phrase would."""
    return Role(k, actor.country, actor.sector, actor.code, actor) if actor is not None else None


def named_in(ms: Sequence[Match[Lex]], end: int, tokens: Sequence[Token]) -> Match[Lex] | None:
    """The match right after في that places a bare collective organ or ministry ("السلطات في
    ليبيا", "وزارة الداخلية في حكومة الوحدة الوطنية الليبية"), after at most two definite
    adjectives."""
    t = _fi_after(ms, end, tokens)
    if t is None:
        return None
    nxt = next((m for m in ms[end + 1 :] if m.first_token >= t + 1), None)
    return nxt if nxt is not None and nxt.first_token == t + 1 else None


def _fi_after(ms: Sequence[Match[Lex]], end: int, tokens: Sequence[Token]) -> int | None:
    """The token of the في that places the bare collective organ ``ms[end]``, if any."""
    if ms[end].key[0] not in _COLLECTIVE:
        return None
    t = ms[end].last_token
    for _ in range(3):
        if t >= len(tokens) or not tokens[t].is_word:
            return None
        if tokens[t].norm == _FI:
            return t
        if not tokens[t].norm.startswith("ال"):
            return None
        t += 1
    return None


_OCCUPATION = normalize("الاحتلال")
#: the states Arabic news calls occupiers besides Israel; after "قوات الاحتلال" another
#: nationality names whom the forces acted on ("اعتقلت قوات الاحتلال الفلسطيني أحمد صالح")
_OCCUPIERS = {"USA", "TUR", "RUS", "IRN", "GBR", "FRA"}


def occupiers(text: str, actors: Sequence[ActorRef],
              state_actor: Callable[[str, str], Actor]) -> list[ActorRef]:
    """Israel's forces named by "قوات الاحتلال" or "جيش الاحتلال", with another occupier's
    nationality after them ("قوات الاحتلال الأمريكي", "جيش الاحتلال التركي"): that state's."""
    out = []
    for a in actors:
        nxt = re.match(r"\s+(\S+)", text[a.end :])
        iso = nisba_country(normalize(nxt.group(1))) if nxt else None
        if a.actor.code == "ISR-MIL" and normalize(a.text).split()[-1:] == [_OCCUPATION] \
                and iso in _OCCUPIERS and nxt is not None:
            end = a.end + nxt.end()
            a = ActorRef(a.start, end, text[a.start : end], state_actor(iso, "MIL"))
        out.append(a)
    return out


_DISTRICT = normalize("قضاء")
#: the district is where something goes or is: "إلى القضاء", "في القضاء", "أطراف القضاء"
_TO_A_PLACE = [[normalize(w)] for w in ("إلى", "الى", "في", "داخل", "أطراف", "نحو", "مركز",
                                        "أنحاء", "قرب")]
#: "أحالت الحكومة الملف إلى القضاء": a case referred to the judiciary, wherever it arose
_REFERRED = re.compile(normalize(r"(?:^|\s)[وف]?(?:أحال|احال|إحالة|احالة|يحيل|تحيل|أحيل|احيل)"))


def district_meant(a: ActorRef, places: Sequence[PlaceRef], text: str) -> bool:
    """"إرسال تعزيزات إلى القضاء" after "قضاء الطارمية": the district named before, not the
    judiciary."""
    return a.actor.sector == "JUD" and normalize(a.text).split()[-1:] == [normalize("القضاء")] \
        and any(p.end <= a.start and p.place.feature == "admin2"
                and normalize(p.text).split()[:1] == [_DISTRICT] for p in places) \
        and not _REFERRED.search(normalize(text[max(0, a.start - 60) : a.start])) \
        and normalize(text[max(0, a.start - 12) : a.start]).split()[-1:] in _TO_A_PLACE


def slash_twin(a: ActorRef, actors: Sequence[ActorRef], text: str) -> bool:
    """The second name of one group written as two ("تنظيم ي ب ك/بي كي كي الإرهابي"): the
    name before the slash stands for it."""
    return a.actor.kind in ("group", "org") and any(
        b.end <= a.start and b.actor.kind in ("group", "org")
        and text[b.end : a.start].strip() == "/"
        for b in actors)


#: the Houthis' own military spokesmen: a report quoting them calls the Houthis' forces "القوات
#: المسلحة اليمنية" (the actor list gives their office; a title naming "the Yemeni armed forces"
#: would make them the state's)
_HOUTHI_SPOKESMEN = {"Yahya Saree"}


def houthi_forces(sentences: Sequence[Sentence], actors: Sequence[ActorRef]) -> list[ActorRef]:
    """"القوات المسلحة اليمنية", or forces named with no nationality ("القوات البحرية"), in a
    sentence that quotes the Houthis' own spokesman: the Houthis' forces, as their media call
    them, not the government's army; not in a sentence the government speaks in ("نددت الحكومة
    اليمنية بتصريحات … يحيى سريع، وقالت إن القوات المسلحة ستتصدى")."""
    spokesmen = [a for a in actors
                 if a.actor.kind == "person" and a.actor.name in _HOUTHI_SPOKESMEN]
    starts, out = [s.start for s in sentences], []
    said = {_sentence_of(starts, s.start) for s in spokesmen} - {
        _sentence_of(starts, g.start) for g in actors if g.actor.code == "YEM-GOV"}
    for a in actors:
        theirs = _sentence_of(starts, a.start) in said
        if theirs and (a.actor.code == "YEM-MIL" or _bare_forces(a)) \
                and not any(normalize(w) in _STATE_ARMY for w in a.text.split()):
            a = replace(a, actor=replace(a.actor, code="YEM-REB", sector="REB", country="YEM"))
        out.append(a)
    return out


_STATE_ARMY = {normalize(w) for w in ("الحكومية", "الوطني", "الشرعية", "اليمني")}


def _sentence_of(starts: Sequence[int], at: int) -> int:
    """Index of the sentence (given by where each starts) that character ``at`` lies in."""
    return bisect_right(starts, at) - 1


def _bare_forces(a: ActorRef) -> bool:
    """Forces named by generic words only ("القوات المسلحة", "القوات البحرية", "طائرة تابعة
    لسلاح الجو"): the speaker's own (not "قوات كييف", "قوات الأسد": someone's)."""
    return a.actor.kind == "role" and a.actor.sector == "MIL" \
        and all(normalize(w) in _FORCE_WORDS for w in a.text.split())


_FORCE_WORDS = {normalize(w) for w in (
    "القوات", "قوات", "قوة", "المسلحة", "البحرية", "الجوية", "البرية", "سلاح", "الجو", "لسلاح",
    "الطيران", "الحربي", "طائرة", "طائرات", "الطائرات", "مسيرة", "المسيرة", "تابعة", "التابعة",
    "المدفعية", "مدفعية", "الدفاعات", "الدفاع", "الجوي", "الصاروخية", "القوة", "من", "وحدات")}


_THAT = {normalize(w) for w in ("إن", "أن", "بأن")}
_OTHERS_FORCES = {normalize(w) for w in ("الحكومية", "النظامية", "النظام", "الحكومة")}


def speakers_forces(sentences: Sequence[Sentence], tokens: Sequence[Token],
                    actors: Sequence[ActorRef]) -> list[ActorRef]:
    """A force named with no nationality in what a state's army says ("قال الجيش الإسرائيلي إن
    طائرة تابعة لسلاح الجو أغارت على … في قرية عيترون"): the army's own force, not that of the
    country the place is in (nor "القوات الحكومية", the government's forces it speaks of)."""
    starts, opens = [t.start for t in tokens], [s.start for s in sentences]
    out = []
    for a in actors:
        k = bisect_left(starts, a.start)
        that = next((j for j in range(k - 1, max(-1, k - 6), -1) if tokens[j].norm in _THAT), None)
        own = that is not None and _bare_forces(a) \
            and not any(normalize(w) in _OTHERS_FORCES for w in a.text.split())
        speaker = None if not own else next(
            (b for b in reversed(actors) if b.end <= tokens[that].start
             and _sentence_of(opens, b.start) == _sentence_of(opens, a.start)
             and b.actor.sector == "MIL" and b.actor.country), None)
        if speaker is not None and speaker.actor.country != a.actor.country:
            a = replace(a, actor=replace(a.actor, country=speaker.actor.country,
                                         code=f"{speaker.actor.country}-MIL", name=None))
        out.append(a)
    return out


def camp_of(a: ActorRef, places: Sequence[PlaceRef], text: str) -> bool:
    """"معسكر أبو شوك للنازحين": the displaced a camp is named for, part of its name (no party
    of what is told of the camp)."""
    return a.actor.sector == "REF" and any(
        p.end <= a.start and p.place.feature == "point"
        and normalize(text[p.end : a.start]).strip() in ("ل", "لل", "") for p in places)
