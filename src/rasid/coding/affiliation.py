"""Parties named bare whose side another party named right after them gives: convicts or
suspects "بالانتماء إلى" or "من" a group ("متهمين بالانتماء إلى تنظيم داعش"), fighters named
with their group ("المتمردون الحوثيون"), and staff who work for an international body
("موظفين يعملان لدى منظمة أطباء بلا حدود")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.parties import STAFF, role_actor
from rasid.model import ActorRef, Token

_MEMBERSHIP = {normalize(w) for w in ("بالانتماء إلى", "بالانتماء الى", "بالانتماء ل", "بالانتماء",
                                      "بتهمة الانتماء إلى", "بتهمة الانتماء ل", "بتهمة الانتماء",
                                      "من")}


def accused_members(text: str, accused: ActorRef, group: ActorRef) -> bool:
    """Convicts or suspects named bare "بالانتماء إلى" an armed group, or "من" a group or party
    ("12 متهما من جماعة الإخوان"), are its members; a court "تابعة لـ" an armed group is the
    group's ("محكمة تابعة لحركة الشباب")."""
    between = normalize(text[accused.end : group.start]).strip()
    armed = group.actor.kind == "group" or group.actor.sector in ("PTY", "REB", "OPP")
    return armed and (accused.actor.sector == "CRM" and between in _MEMBERSHIP
                      or accused.actor.sector == "JUD" and between in _RUN_BY)


def fighters_named(text: str, fighters: ActorRef, group: ActorRef) -> bool:
    """A bare noun of fighters right before an armed group's name is the group ("المتمردون
    الحوثيون", "المسلحون الحوثيون"), not fighters of the document's main country."""
    bare = normalize(fighters.text) in _FIGHTERS
    return bare and group.actor.kind == "group" and len(group.text.split()) == 1 \
        and not text[fighters.end : group.start].strip()  # not "هاجم المسلحون الحشد الشعبي"


#: nouns of fighters a group's adjective may follow ("المتمردون الحوثيون"), not "المعارضة"
_FIGHTERS = {normalize(w) for w in ("المتمردون", "المتمردين", "المسلحون", "المسلحين", "المقاتلون",
                                    "المقاتلين", "متمردون", "متمردين", "مسلحون", "مسلحين")}


_RUN_BY = {normalize(w) for w in ("تابعة ل", "التابعة ل", "تابع ل", "التابع ل", "تابعة لـ")}


#: international bodies whose staff are named by their work for them, and the words between
_AGENCIES = {"NGO", "UNO", "IGO"}
_WORK_FOR = {normalize(w) for w in (
    "في لدى يعمل يعملان يعملون تعمل تعملان يعملن تابعين التابعين تابع التابع تابعان تابعة "
    "اثنين اثنان ثلاثة أربعة").split()}


#: a state's missions abroad, whose staff act for it ("السفارة الفرنسية": France's government)
_MISSIONS = {normalize(w) for w in ("السفارة", "سفارة", "القنصلية", "قنصلية", "البعثة")}
_HARMED = {normalize(w) for w in ("قتل", "أصيب", "استشهد", "اعتقل", "اختطف", "خطف", "وقتل")}


def staff_of(text: str, staff: ActorRef, agency: ActorRef) -> bool:
    """Workers named bare who work for an international body ("موظفين يعملان لدى منظمة أطباء بلا
    حدود", "عمال إغاثة في الأمم المتحدة") or a state's mission ("12 موظفا في السفارة الفرنسية")
    are that body's."""
    between = normalize(text[staff.end : agency.start]).split()
    before = normalize(text[max(0, staff.start - 12) : staff.start]).split()[-1:]
    if normalize(staff.text.split()[0]) not in STAFF or before and before[0] in _HARMED:
        return False  # "ناشطون مع منظمة العفو"; "قتل موظفان يعملان لدى …": killed, the passive
    mission = bool(agency.text) and normalize(agency.text.split()[0]) in _MISSIONS
    return (agency.actor.code in _AGENCIES or mission) and staff.actor.sector in ("LAB", "CVL") \
        and staff.actor.kind == "role" and 0 < len(between) <= 3 \
        and all(w in _WORK_FOR or w[:1] == "ل" and w[1:] in _WORK_FOR for w in between)


#: the gunmen named again with the article, soon after the document named them without it
_AGAIN_REACH = 300  # characters: the next sentence or two, not another part of the story
_GUNMEN_AGAIN = {normalize(w) for w in ("المسلحون", "المسلحين", "والمسلحون", "والمسلحين")}
_GUNMEN = tuple(normalize(w) for w in ("مسلحون ", "مسلحين ", "مسلحو ", "مسلحي "))


def gunmen_again(text: str, refs: list[ActorRef]) -> list[ActorRef]:
    """"هاجم مسلحون حاجزا … وقال شهود إن المسلحين أطلقوا النار": the gunmen named again are the
    unidentified ones named before, or those named before as a group's ("مسلحون من جماعة نصرة
    الإسلام … عندما اقتحم مئات المسلحين"), not the country's rebels (unless the text turns to
    another story, or says whose they are: "المسلحين التابعين لداعش")."""
    out: list[ActorRef] = []
    for ref in refs:
        again = normalize(ref.text) in _GUNMEN_AGAIN and ref.actor.sector == "REB"
        earlier = next((r for r in reversed(out) if _unnamed_or_gunmen(r)
                        and ref.start - r.end <= _AGAIN_REACH), None) if again else None
        if earlier and not ANOTHER_STORY.search(text, earlier.end, ref.start) \
                and not _WHOSE.match(text, ref.end):
            ref = replace(ref, actor=earlier.actor)
        out.append(ref)
    return out


def _unnamed_or_gunmen(ref: ActorRef) -> bool:
    """Gunmen not identified, or gunmen named as a group's ("مسلحون من جماعة نصرة الإسلام")."""
    return ref.actor.code == "UAF" or ref.actor.kind == "group" \
        and normalize(ref.text).startswith(_GUNMEN)


ANOTHER_STORY = re.compile(r"سياق (?:آخر|منفصل)|جهة أخرى|تطور آخر|على صعيد آخر")
_WHOSE = re.compile(r"\s+(?:التابعين|المنتمين|الموالين|من\s)")


_OF_GROUP = {normalize(w) for w in ("من", "تابعة ل", "التابعة ل", "تابعين ل", "التابعين ل")}
_CELLS = {normalize(w) for w in ("خلية", "خلايا", "الخلية", "الخلايا")}
_KINDS = {normalize(w) for w in ("تنظيم", "جماعة", "حركة", "حزب", "ميليشيا", "منظمة")}


def members_of(text: str, fighters: ActorRef, group: ActorRef) -> bool:
    """Unidentified gunmen "من" a named armed group are that group ("مسلحون من تنظيم داعش"; not
    "مسلحون من داخل السيارة", which names no group), and so is a cell "لـ" a party ("خلايا نائمة
    لداعش", "خلايا نائمة للحوثيين")."""
    between = normalize(text[fighters.end : group.start]).strip(" «»“”\"")  # "تابعة لتنظيم داعش"
    words = between.split()
    if len(words) == 2 and words[1] in _KINDS:
        between = words[0]  # "إرهابيين من تنظيم «بي كا كا»": its kind before its name in quotes
    cell = between in ("ل", "لل") and any(normalize(w) in _CELLS for w in fighters.text.split())
    armed = group.actor.kind == "group" or group.actor.sector == "CVL"  # "مسلحون من العشائر"
    return fighters.actor.code == "UAF" and (between in _OF_GROUP and armed
                                             or cell and group.actor.sector != "CVL")


#: "طائرة مسيرة تابعة له" after "قال الجيش الإسرائيلي": a craft or unit of the party named before
_OWNED = {normalize(w) for w in ("طائرة", "طائرات", "مسيرة", "مسيرات", "مروحية", "مدفعية", "دبابة",
                                 "دبابات", "زوارق", "زورق", "قوة", "قوات", "دورية", "وحدة")}
_BELONGING = {normalize(w) for w in ("تابعة", "تابع", "التابعة", "تابعين")}
_TO_IT = {normalize(w) for w in ("له", "لها", "لهم")}
_OWNER_REACH = 120  # characters between the owner and its craft


def owned_platforms(text: str, tokens: Sequence[Token],
                    actors: Sequence[ActorRef]) -> list[ActorRef]:
    """A craft or unit "تابعة له" belongs to the armed party or state named just before it."""
    out = []
    for k in range(2, len(tokens)):
        if tokens[k].norm not in _TO_IT or tokens[k - 1].norm not in _BELONGING:
            continue
        first = next((j for j in range(k - 2, max(-1, k - 5), -1)
                      if tokens[j].norm.removeprefix("ال") in _OWNED), None)
        while first and tokens[first - 1].norm.removeprefix("ال") in _OWNED:
            first -= 1  # "طائرة مسيرة"
        start = tokens[first].start if first is not None else -1
        owner = next((a for a in reversed(actors)
                      if a.end <= start and start - a.end <= _OWNER_REACH), None)
        if first is None or owner is None:
            continue
        group = owner.actor.kind == "group"
        if not (group or owner.actor.country):
            continue
        sector = owner.actor.sector if owner.actor.sector in ("COP", "SPY") else "MIL"  # "دورية
        actor = owner.actor if group else role_actor(owner.actor.country, sector)  # تابعة لها"
        out.append(ActorRef(start, tokens[k].end, text[start : tokens[k].end], actor))
    return out


#: aircraft and patrols owned by a force named after تابعة
_AIRCRAFT = {normalize(w) for w in ("طائرة", "طائرات", "مسيرة", "مسيرات", "مروحية", "مروحيات",
                                    "مقاتلات", "مقاتلة", "دورية", "دوريات", "مدفعية")}
#: words between a craft and تابعة: its kind ("طائرات حربية مسيرة") or a model in Latin letters
_CRAFT_WORDS = {normalize(w) for w in ("حربية", "مسيرة", "مقاتلة", "عسكرية", "قتالية", "مروحية")}


def _in_another(text: str, tokens: Sequence[Token], owner: ActorRef) -> bool:
    """"للفرقة الرابعة في الجيش السوري": the owner is a unit of a force named after it."""
    return normalize(text[owner.end : owner.end + 6]).split()[:1] == ["في"]


def with_owned_crafts(text: str, tokens: Sequence[Token],
                      actors: Sequence[ActorRef]) -> list[ActorRef]:
    """``actors`` with each owner written with لـ after تابعة widened back to the craft or unit
    it owns ("طائرات F-16 التابعة للقوة الجوية العراقية", "مدفعية تابعة للجيش السوري"): one
    party, the owner's forces, where the craft would otherwise be no one and its owner hit."""
    owned = {o.start: r for o, r in _owned_by_next(text, tokens, actors)}
    return [owned.get(a.start, a) for a in actors]


def _owned_by_next(text: str, tokens: Sequence[Token],
                   actors: Sequence[ActorRef]) -> list[tuple[ActorRef, ActorRef]]:
    """(owner, craft and owner as one party) for each craft "التابعة لـ" an armed party."""
    out = []
    for k in range(1, len(tokens) - 1):
        if tokens[k].norm not in _BELONGING:
            continue
        owner = next((a for a in actors if tokens[k + 1].start <= a.start < tokens[k + 1].end
                      and normalize(text[tokens[k + 1].start : a.start]) in ("ل", "لل")), None)
        j = k - 1  # "طائرات F-16", "طائرات حربية" (not "مسيرة تركية سيارة تابعة لـ": the car's)
        while j > k - 5 and (not tokens[j].is_word or tokens[j].text.isascii()
                             or tokens[j].norm.removeprefix("ال") in _CRAFT_WORDS):
            j -= 1
        if owner is None or j < 0 or tokens[j].norm.removeprefix("ال") not in _AIRCRAFT \
                or _in_another(text, tokens, owner):
            continue  # (boats so owned are read as before: "أطلقت زوارق تابعة لـ")
        while j and tokens[j - 1].norm.removeprefix("ال") in _OWNED:
            j -= 1  # "طائرة مسيرة"
        group = owner.actor.kind == "group"
        if not (group or owner.actor.country) \
                or owner.actor.sector not in (None, "MIL", "COP", "SPY"):
            continue
        sector = owner.actor.sector or "MIL"
        actor = owner.actor if group else role_actor(owner.actor.country, sector)
        out.append((owner, ActorRef(tokens[j].start, owner.end, text[tokens[j].start : owner.end],
                                    actor)))
    return out
