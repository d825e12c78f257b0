"""One event per occurrence: mentions of the same event in a document are merged.

Two mentions are the same occurrence when they have the same type, the same source code
(either order for the symmetric types), compatible targets (equal, or one missing), the same
modality, and no conflicting dates. The clearest mention (most arguments filled, highest
confidence) is kept as evidence; missing attributes are filled from the others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.attach import specificity
from rasid.coding.chronology import dates_conflict, narrower
from rasid.coding.kinds import MATERIAL, MATERIAL_FORCE, PLAIN_MODE, SYMMETRIC
from rasid.coding.operations import bare_of, retold_bare, same_fighters
from rasid.coding.syntax import title_line
from rasid.model import Event, PlaceRef, Span
from rasid.resolve.capitals import nisba_country


def _codes(e: Event, strict: bool = True) -> tuple[str, str | None]:
    """Source and target codes; a target only inferred (no text, e.g. the host state's forces)
    or named by its nationality alone counts as missing, so that it yields to a named one; with
    ``strict`` (two sentences), save civilians inferred from a toll ("مقتل 215 شخصا"): an attack
    on soldiers told elsewhere is another event."""
    target = e.target
    named = target is not None and (_told(e) == 2 or strict and target.actor.sector == "CVL"
                                    and not target.text)
    return (e.source.actor.code if e.source else "UNK", target.actor.code if named else None)


def _told(e: Event) -> int:
    """How the target is told: 0 not at all or only inferred, 1 by a nationality alone ("مقتل
    روسيين": they may be soldiers or hired fighters, told so in another sentence), 2 named."""
    t = e.target
    if t is None or not t.text:
        return 0
    return 1 if t.actor.sector == "CVL" and len(t.text.split()) == 1 \
        and nisba_country(normalize(t.text)) == t.actor.country else 2


def _people_differ(a: Event, b: Event) -> bool:
    """Two meetings of one government with two different named people are two events."""
    def people(e: Event) -> set[str]:
        return {r.actor.name or "" for r in (e.source, e.target) if r is not None and r.actor.kind == "person"}
    pa, pb = people(a), people(b)
    return bool(pa and pb and not pa & pb)


#: statements: a person and an institution of one state speaking are two speech acts
VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "DEMAND"}
_INSTITUTIONS = tuple(normalize(w) for w in (
    "وزارة", "الوزارة", "الخارجية", "الحكومة", "حكومة", "الرئاسة", "رئاسة", "مكتب", "البرلمان",
    "مجلس", "السفارة", "القنصلية"))


def _speakers_differ(a: Event, b: Event) -> bool:
    """"انتقدت وزارة الخارجية القصف" and "واستنكر الرئيس القصف": two statements."""
    if a.event_type not in VERBAL or a.source is None or b.source is None:
        return False
    x, y = a.source, b.source
    if (x.actor.kind == "person") == (y.actor.kind == "person"):
        return False
    other = y if x.actor.kind == "person" else x
    words = [w for w in (normalize(t) for t in other.text.split()) if w != "و"]
    return bool(words) and (words[0].startswith(_INSTITUTIONS)
                            or words[0].removeprefix("و").startswith(_INSTITUTIONS))


def same_occurrence(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or (a.negated, a.hypothetical) != (b.negated, b.hypothetical):
        return False
    if _people_differ(a, b) or _speakers_differ(a, b):
        return False
    strict = a.evidence != b.evidence  # in one sentence, inferred civilians yield to a named party
    (sa, ta), (sb, tb) = _codes(a, strict), _codes(b, strict)
    if sa == "UNK" or sb == "UNK":  # an unnamed doer is the named one within one sentence, or
        if a.evidence == b.evidence:  # when the same party lost the same toll ("مقتل سبعة أشخاص")
            return (ta is None or tb is None or ta == tb) and not (_on_a_place(a) or _on_a_place(b))
        if _toll_of(a, b) or _toll_of(b, a):
            return True
        ra, rb = (e.target.actor.code if e.target else None for e in (a, b))
        if ra is None or ra != rb and not same_fighters(a.target, b.target) or dates_conflict(a, b):
            return False
        if a.fatalities is not None and b.fatalities is not None:
            return _same_toll(a.fatalities, b.fatalities)
        if sa == sb == "UNK" and a.fatalities is None and b.fatalities is None:
            return False  # two unclaimed attacks told without tolls may be two ("وفي حادث منفصل")
        # one toll told once ("قتل في الهجوم 60 شخصا" … "قال بشأن حادثة دوما إن عشرات قتلوا"), or
        # a named doer's strike told again without it ("الضربة استهدفت مؤتمرا"): the same party
        # hit at the same time and place
        return _places_compatible(a, b)
    if a.event_type in SYMMETRIC and ({sa, ta} == {sb, tb}
                                      or _pair(a) == _pair(b) and len(_pair(a)) == 2):
        # or the host inferred in one, named as the one receiving in the other
        return not dates_conflict(a, b)
    if a.mode == b.mode == "multilateral" and a.date is not None and b.date is not None \
            and not (a.date_is_published or b.date_is_published) and not dates_conflict(a, b) \
            and {sa, ta} & {sb, tb}:
        return True  # one summit of three states, told twice with two of its parties each
    if _gunmen_of(a, b) or _gunmen_of(b, a):
        return True
    if sa != sb and not (retold_bare(a, b) and _places_compatible(a, b)):
        return False  # "نصب الإرهابيون كمينا" told after "هجوم لعصابات داعش": the group's
    if ta is not None and tb is not None and ta != tb and not (same_fighters(a.target, b.target)
                                                               and _places_compatible(a, b)):
        return False  # (not "مواقع الجهاديين" after the group was named there: the group's)
    return not dates_conflict(a, b)


#: a hit hospital, school, mosque or camp: the civilians killed next are its dead
_CIVILIAN_SITES = {"CVL", "MED", "EDU", "REL", "REF"}


def _toll_of(attack: Event, deaths: Event) -> bool:
    """"شنت طائرات إسرائيلية غارة على رفح. وأفاد الدفاع المدني بمقتل خمسة مدنيين": civilians
    killed by no one named, told after a named doer's strike on a place (its target only
    inferred, or a hospital, a school, homes; no toll of its own), are that strike's toll: told
    in no other place, on no other day, by no other means (the chemical attack on Douma is not
    the US strike on Damascus)."""
    return attack.source is not None and attack.source.actor.code != "UNK" \
        and attack.fatalities is None and (attack.target is None or not attack.target.text
                                           or attack.target.actor.sector in _CIVILIAN_SITES) \
        and (deaths.source is None or deaths.source.actor.code == "UNK") \
        and deaths.fatalities is not None and deaths.target is not None \
        and deaths.target.actor.sector == "CVL" and attack.evidence.start < deaths.evidence.start \
        and (deaths.mode is None or deaths.mode == attack.mode) \
        and not dates_conflict(attack, deaths) \
        and (deaths.location is None or attack.location is not None
             and deaths.location.place.name == attack.location.place.name)


def _on_a_place(e: Event) -> bool:
    """A named doer's attack on a place, no party hit ("هاجم تنظيم داعش قرية في ديالى"): the dead
    told beside it in its sentence ("فيما قتل جنديان في الأنبار") were not counted in it."""
    return e.event_type in MATERIAL_FORCE and e.target is None and e.source is not None \
        and e.source.actor.code != "UNK" and not (e.negated or e.hypothetical)


def _gunmen(e: Event) -> bool:
    return e.source is not None and e.source.actor.code == "UAF" and e.target is None \
        and e.event_type in MATERIAL_FORCE


def _gunmen_of(gunmen: Event, attack: Event) -> bool:
    """"مسلحين استهدفوا مدينة السويداء" told beside "أسفرت هجمات … تبناها تنظيم الدولة": unnamed
    gunmen on a place, hitting no party named, are the named doer's attack there on that day."""
    return _gunmen(gunmen) and attack.source is not None \
        and attack.source.actor.code not in ("UNK", "UAF") and _same_day(gunmen, attack) \
        and not dates_conflict(gunmen, attack) and _places_compatible(gunmen, attack)


#: "وفي حادث منفصل", "في هجوم آخر", "في سياق آخر": the text says a new incident begins
_SEPARATE = re.compile(normalize(r"(?:حادث|حادثة|هجوم|اعتداء|سياق|تطور) "
    r"(?:منفصل|منفصلة|اخر|آخر|أخرى|اخرى|مستقل|ثان|ثاني|ثانية)"))


_SIMILAR = re.compile(normalize(
    r"\s*(?:مماثل|مماثلة|مشابه|مشابهة|سابق|سابقة|أخرى)\b"))  # "غارة أخرى" (not "آخر قمة")


def separate(text: str, e: Event) -> bool:
    """The sentence of ``e`` says, before its act, that it tells another incident, or calls the
    act one like it ("وكانت غارة مماثلة على المخيم في 14 نيسان …")."""
    return bool(text) and (_SEPARATE.search(
        normalize(text[e.evidence.start:max(e.evidence.start, e.trigger.start)])) is not None
        or _SIMILAR.match(normalize(text[e.trigger.end : e.trigger.end + 12])) is not None)


def _same_toll(x: int, y: int) -> bool:
    """One toll told twice: the same number, or a large one rounded ("أكثر من 200 قتيل" in the
    title, "مقتل 215 شخصا" in the body); not 5 and 6, nor 23 and 25, which may be two attacks."""
    return x == y or min(x, y) >= 20 and min(x, y) % 10 == 0 and abs(x - y) <= 0.1 * max(x, y)


def _other_targets(a: Event, b: Event) -> bool:
    """One doer's force on two parties, each named: one event per target (spec/GOLD.md), even when a
    third mention is like both; not a hospital hit and its dead, nor "الجهاديين" and their group."""
    return a.event_type in MATERIAL_FORCE and a.target is not None and b.target is not None \
        and _told(a) == _told(b) == 2 and a.target.actor.code != b.target.actor.code \
        and not (_toll_of(a, b) or _toll_of(b, a)) \
        and not (same_fighters(a.target, b.target) and _places_compatible(a, b))


def _apart(a: Event, b: Event) -> bool:
    """Dates that conflict, acts of force in two countries (strikes on Tyre and on Quneitra),
    or protests in two places (a road cut at Umm Qasr and a storming at an oilfield are two
    protests, even when one wave), or unclaimed acts in two places (Tikrit and Mosul)."""
    return dates_conflict(a, b) or _countries_differ(a, b) or not _places_compatible(a, b) and (
        a.event_type == b.event_type == "PROTEST" or _codes(a)[0] == _codes(b)[0] == "UNK")


def _countries_differ(a: Event, b: Event) -> bool:
    """Both placed, in two countries, and acts of force (where talks are placed is less sure:
    "ناقش الأسد والفياض … انتصارات الجيش العراقي في الموصل" was held in Damascus)."""
    if a.location is None or b.location is None or a.event_type not in MATERIAL_FORCE:
        return False
    x, y = a.location.place.country, b.location.place.country
    return bool(x and y) and x != y


def _places_compatible(a: Event, b: Event) -> bool:
    """Neither place is told, they are the same, or one is a country or region holding the other."""
    if a.location is None or b.location is None:
        return True
    x, y = a.location.place, b.location.place
    if x.name == y.name:
        return True
    if x.country != y.country:
        return False
    return x.feature in ("country", "region") or y.feature in ("country", "region") \
        or x.feature == "admin1" and y.admin1 == x.name or y.feature == "admin1" and x.admin1 == y.name


def _clarity(e: Event) -> tuple[int, float]:
    filled = sum(x is not None for x in (e.target, e.location, e.fatalities))
    filled += 1 if e.date is not None and not e.date_is_published else 0
    return filled, e.confidence


def _fill(best: Event, other: Event, joint: frozenset[Span] = frozenset(), title: bool = False) -> Event:
    """``joint``: evidence spans that report one act of several doers together; ``title``: the
    other mention is the article's title, whose place only stands in for none."""
    if best.event_type in SYMMETRIC and best.source is not None and other.source is not None \
            and other.target is not None and other.target.actor.code == best.source.actor.code \
            and other.source.actor.code != best.source.actor.code:
        other = replace(other, source=other.target, target=other.source)  # from the host's side
    changes = {}
    if best.source is not None and (best.source.actor.code == "UNK" or _gunmen_of(best, other)
                                    or bare_of(best.source, other.source)) \
            and other.source is not None and other.source.actor.code != "UNK":
        changes["source"] = other.source  # the doer named in another mention
    if _told(other) > _told(best) or bare_of(best.target, other.target):
        changes["target"] = other.target  # "مواقع الجهاديين" told with the group named
    if other.location is not None and (
        best.location is None or best.location.place.country == other.location.place.country
        and (specificity(other.location) > specificity(best.location)
             or best.evidence in joint and other.evidence not in joint  # "وضربت طائرات بريطانية … قرب حمص"
             and specificity(other.location) == specificity(best.location)) and not title
    ):
        changes["location"] = other.location
    if other.date is not None and (best.date is None or best.date_is_published and not other.date_is_published
                                   or not other.date_is_published and narrower(other, best)):
        changes["date"] = other.date  # "الأسبوع الماضي" and "في 7 فبراير": the 7th
        changes["date_is_published"] = other.date_is_published
    if best.fatalities is None and other.fatalities is not None:
        changes["fatalities"] = other.fatalities
    if best.attributed_to is None and other.attributed_to is not None:
        changes["attributed_to"] = other.attributed_to
    if other.mode is not None and (best.mode is None or best.mode == PLAIN_MODE.get(best.event_type)
                                   and other.target is not None):
        changes["mode"] = other.mode  # "تجددت التظاهرات …، حيث قطع المحتجون الطريق": obstruct
    if changes:
        changes["confidence"] = min(1.0, round(max(best.confidence, other.confidence) + 0.05, 3))
    return replace(best, **changes) if changes else best


def merge_mentions(mentions: Iterable[Event], text: str = "") -> list[Event]:
    groups: list[list[Event]] = []
    siblings: set[tuple[int, int]] = set()  # one strike on two named parties: two events, one setting
    for m in mentions:
        like: list[int] = []  # groups m would join but for a party hit that each names
        home = len(groups)
        apart = separate(text, m)  # "وفي حادث منفصل، قتل …": not what was told before
        # its own sentence's group first ("… في ٣ شباط، ما أسفر عن مقتل ٥ مدنيين": that strike's)
        for i in sorted(range(len(groups)), key=lambda i: all(e.evidence != m.evidence for e in groups[i])):
            g = groups[i]
            if apart and all(e.evidence != m.evidence for e in g):
                continue
            bridges = all(_gunmen(e) for e in g) or _gunmen(m)  # gunmen join one attack, not two
            if any(same_occurrence(m, e) and (bridges or not _gunmen(e)) for e in g) \
                    and not any(_apart(m, e) for e in g):
                if not any(_other_targets(m, e) for e in g):
                    home = i
                    break
                like.append(i)
        if home == len(groups):
            groups.append([m])
        else:
            groups[home].append(m)
        siblings.update((i, home) for i in like)
    by_sentence = Counter((e.evidence, e.event_type) for g in groups for e in g)
    joint = frozenset(span for (span, _), n in by_sentence.items() if n > 1)
    out = []
    def clarity(e: Event) -> tuple[bool, int, float]:  # a title sums up; the body tells the act
        return (not title_line(text, e.evidence.start, e.evidence.end), *_clarity(e))

    for g in groups:
        best = max(g, key=clarity)
        for other in sorted(g, key=clarity, reverse=True):
            if other is not best:
                best = _fill(best, other, joint, not clarity(other)[0])
        out.append(best)
    out = [_where_answered(_not_itself(e), out, text) for e in out]
    for i, j in sorted(siblings):
        if not _apart(out[i], out[j]):  # still one strike once every mention is in
            out[i], out[j] = _share_setting(out[i], out[j]), _share_setting(out[j], out[i])
    return sorted(_same_setting(_during_visits(out)), key=lambda e: e.evidence.start)


def _not_itself(e: Event) -> Event:
    """A doer filled in from one mention and a target from another may be one party ("الغارة التي
    قصفت بها الطائرات الروسية": the planes named once): it did not act on itself."""
    same = e.source is not None and e.target is not None and e.event_type not in SYMMETRIC \
        and e.source.actor.code == e.target.actor.code and e.source.text == e.target.text
    return replace(e, target=None) if same else e


#: "وردت الولايات المتحدة بقصف … لتحبط الهجوم": a strike in answer to an attack
_ANSWERS = ("رد", "ردت", "وردت", "ردا", "لتحبط", "ليحبط", "لصد", "لإحباط", "لاحباط")  # not ورد ("ورد في")


def _where_answered(e: Event, events: list[Event], text: str) -> Event:
    """A strike that answers an attack by the party it hits, with no finer place of its own,
    happened where that attack did."""
    if e.event_type != "ASSAULT" or e.target is None or not text or _fine(e.location):
        return e
    said = text[e.evidence.start : e.evidence.end].split()
    at = next((k for k, w in enumerate(said) if normalize(w) in _ANSWER_WORDS), None)
    if at is None or e.trigger.start < e.evidence.start + len(" ".join(said[:at])):
        return e  # "استهدف حزب الله …، فيما ردت المدفعية بقصف": the strike told after رد answers
    answered = next((r for r in events if r is not e and r.event_type == "ASSAULT" and r.source is not None
                     and r.source.actor.code == e.target.actor.code and _fine(r.location)
                     and (e.location is None or r.location.place.country == e.location.place.country)), None)  # type: ignore[union-attr]
    return replace(e, location=answered.location) if answered is not None else e


_ANSWER_WORDS = {normalize(w) for w in _ANSWERS}


def _fine(ref: PlaceRef | None) -> bool:
    return ref is not None and ref.place.feature != "country"


def _share_setting(e: Event, sibling: Event) -> Event:
    """The place and day of one strike told for another party it hit: what ``e`` lacks (or a
    finer place in the same country), or the narrower day inside its own."""
    date, location = e.date, e.location or sibling.location
    if location is not None and not _fine(location) and _fine(sibling.location) \
            and sibling.location.place.country == location.place.country:  # type: ignore[union-attr]
        location = sibling.location
    if sibling.date is not None and not sibling.date_is_published and (
            date is None or e.date_is_published
            or date.interval.start <= sibling.date.interval.start <= sibling.date.interval.end <= date.interval.end):
        date = sibling.date
    return replace(e, date=date, location=location,
                   date_is_published=e.date_is_published and date is e.date)


def _during_visits(events: list[Event]) -> list[Event]:
    """"التقى رئيس الوزراء السوري أيضا ظريف الاثنين": a meeting of the two parties of a visit
    told in the document, at a time that does not conflict with it, is held during that visit."""
    visits = [e for e in events if e.event_type == "CONSULT" and e.mode == "visit" and e.location is not None
              and e.target is not None and e.source is not None]
    out = []
    for e in events:
        if e.event_type == "CONSULT" and e.mode is None and e.location is None \
                and e.source is not None and e.target is not None:
            pair = {e.source.actor.code, e.target.actor.code}
            visit = next((v for v in visits if {v.source.actor.code, v.target.actor.code} == pair  # type: ignore[union-attr]
                          and len(pair) == 2 and not dates_conflict(v, e)), None)
            if visit is not None:
                e = replace(e, mode="visit", location=visit.location)
        out.append(e)
    return out


def _same_day(a: Event, b: Event) -> bool:
    """Both dated (publication counts) and the days overlap."""
    if a.date is None or b.date is None:
        return False
    x, y = a.date.interval, b.date.interval
    return not (x.end < y.start or y.end < x.start)


def _pair(e: Event) -> frozenset[str]:
    return frozenset(r.actor.code for r in (e.source, e.target) if r is not None)


def _same_setting(events: list[Event]) -> list[Event]:
    """"أعلن العبادي والصدر السبت تحالفا … في النجف" … "وبعد اجتماع … أعلن الطرفان": what the same
    two parties did on the same day without a place told happened where their other act of that
    day did."""
    placed = [e for e in events if e.location is not None and e.target is not None
              and not (e.negated or e.hypothetical)]
    out = []
    for e in events:
        if e.location is None and e.target is not None and e.event_type not in MATERIAL \
                and not (e.negated or e.hypothetical):
            other = next((o for o in placed if _pair(o) == _pair(e) and o.event_type not in MATERIAL
                          and _same_day(o, e)), None)
            if other is not None:
                e = replace(e, location=other.location)
        out.append(e)
    return out
