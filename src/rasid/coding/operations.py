"""Acts told again: an operation by that word alone ("إن العملية جرت فجر الأربعاء ٤ كانون الأول في
بلدة الشحيل" gives the day and place of the act told before; "اشتباك وقع خلال العملية" was fought
by its doer), and strikes named as their verb's subject ("واستهدفت الغارات مقرات لـ…")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.affiliation import ANOTHER_STORY
from rasid.coding.attach import refines, said_on
from rasid.coding.chronology import told_on
from rasid.coding.joined import OCCURRED
from rasid.coding.kinds import MATERIAL
from rasid.coding.modes import weapon_mode
from rasid.coding.syntax import act_as_subject
from rasid.coding.triggers import TriggerMatch
from rasid.model import ActorRef, Doc, Event, Sentence

#: the operation told again, and what its first report must say for it to be that act
_OPERATIONS = {normalize(w): normalize(stem) for w, stem in (
    ("العملية", "عملية"), ("المداهمة", "داهم"), ("الحملة", "حملة"), ("الإنزال", "إنزال"))}
_OPERATION = set(_OPERATIONS)
_DURING = {normalize(w) for w in ("خلال", "أثناء", "اثناء", "وخلال")}


def _told_act(mentions: Sequence[Event], since: int) -> int | None:
    """The last act of force told from ``since`` on, by a named party, as done."""
    return next((k for k in range(len(mentions) - 1, -1, -1)
                 if mentions[k].evidence.start >= since and mentions[k].event_type in MATERIAL
                 and not (mentions[k].negated or mentions[k].hypothetical)
                 and mentions[k].source is not None and mentions[k].source.actor.code != "UNK"), None)


def _since(doc: Doc, sent: Sentence) -> int:
    k = doc.sentences.index(sent)
    return doc.sentences[max(0, k - 2)].start


def operation_told(mentions: list[Event], doc: Doc, sent: Sentence) -> None:
    """Date and place the act told in the last two sentences from a sentence that tells its
    operation again with no act word of its own ("إن العملية جرت فجر الأربعاء في بلدة الشحيل")."""
    tokens = doc.tokens
    word = next((w for k in range(sent.first_token, sent.last_token - 1)
                 if (w := tokens[k].norm.removeprefix("و")) in _OPERATION
                 and tokens[k + 1].norm in OCCURRED), None)
    k = _told_act(mentions, _since(doc, sent)) if word else None
    if k is None or _OPERATIONS[word] not in normalize(  # "خلال عملية إنزال جوي": told so first
            doc.text[mentions[k].evidence.start : mentions[k].evidence.end]):
        return
    prev, changes = mentions[k], {}
    dates = [d for d in doc.dates if sent.start <= d.start < sent.end and not said_on(tokens, d)
             and (doc.today is None or d.interval.start <= doc.today)]
    if len(dates) == 1 and (prev.date is None or prev.date_is_published or told_on(doc, prev)):
        changes.update(date=dates[0], date_is_published=False)
    places = [p for p in doc.places if sent.start <= p.start < sent.end]
    if len(places) == 1 and refines(places[0], prev.location):
        changes["location"] = places[0]
    if changes:
        mentions[k] = replace(prev, **changes)


def during_operation(found: list[Event], mentions: Sequence[Event], doc: Doc,
                     sent: Sentence) -> list[Event]:
    """"اشتباك قصير وقع خلال العملية أسفر عن مقتل عنصرين من التنظيم": an act with no doer named,
    told as part of the operation before, was its doer's."""
    tokens = doc.tokens
    if not any(tokens[k].norm in _DURING and tokens[k + 1].norm in _OPERATION
               and not {t.norm for t in tokens[k + 2 : k + 3]} & _OTHER_PROCESSES
               for k in range(sent.first_token, sent.last_token - 1)):
        return found  # not "خلال العملية الانتخابية"
    k = _told_act(mentions, _since(doc, sent))
    if k is None:
        return found
    act = mentions[k]
    return [_in_operation(e, act) if e.source is not None and e.source.actor.code == "UNK"
            and e.target is not None and act.target is not None  # on those the operation was on
            and e.target.actor.code == act.target.actor.code else e for e in found]


_OTHER_PROCESSES = {normalize(w) for w in ("الانتخابية", "السياسية", "الجراحية", "التعليمية",
                                           "التفاوضية", "السلمية", "الديمقراطية", "الانتقالية")}


def _in_operation(e: Event, act: Event) -> Event:
    """``e`` done by the operation's doer, on its day and at its place unless told its own."""
    own_date = e.date is not None and not e.date_is_published
    return replace(e, source=act.source, location=e.location or act.location,
                   date=e.date if own_date else act.date,
                   date_is_published=e.date_is_published if own_date else act.date_is_published)


def by_doer_told_before(found: Sequence[Event], mentions: Sequence[Event], doc: Doc,
                        sent: Sentence, noun: int | None = None) -> list[Event]:
    """"قصفت طائرات أمريكية مواقع في البوكمال. واستهدفت الضربات مقرات لكتائب حزب الله": an act
    named again (by the ``noun`` at that token) as its verb's subject was done by the doer of the
    last act of its kind told, unless it is told as another ("وفي سياق منفصل"), in another
    country, or its noun cannot be that act's (a blast after shelling, air strikes after a
    group's raid) or names a doer of its own ("القصف المدفعي لقوات النظام")."""
    prev = next((e for e in reversed(mentions) if e.event_type == found[0].event_type
                 and e.source is not None and e.source.actor.code != "UNK"), None)
    if prev is None or prev.negated or prev.hypothetical or prev.source is None \
            or ANOTHER_STORY.search(doc.text, sent.start, sent.end) \
            or noun is not None and not _noun_of(doc, noun, prev):
        return list(found)
    return [replace(e, source=prev.source, target=prev.target if told_bare(e.target) else e.target)
            if (e.source is None or e.source.actor.code == "UNK")
            and not (e.location and prev.location
                     and e.location.place.country != prev.location.place.country)
            else e for e in found]


def told_bare(target: ActorRef | None) -> bool:
    """Fighters named bare with the article ("الإرهابيون", "المسلحين"): those told before."""
    return target is not None and target.actor.code == "UAF" \
        and all(w.startswith("ال") for w in normalize(target.text).split())


def bare_of(x: ActorRef | None, y: ActorRef | None) -> bool:
    """``x`` names bare ("الإرهابيين") the fighters ``y`` names by their group."""
    return told_bare(x) and same_fighters(x, y)


def retold_bare(a: Event, b: Event) -> bool:
    """One attack told twice, its doer named by its group once and bare once: the same toll if
    both give one ("كما هاجم الإرهابيون نقطة أخرى … دون إصابات" is another attack)."""
    return same_fighters(a.source, b.source) and (
        a.fatalities is None or b.fatalities is None or a.fatalities == b.fatalities)


#: armed groups that fighters named bare ("الجهاديين", "الإرهابيين") may be told again as
_GROUPS = {"ISIS", "AQ", "HTS", "HEZ", "IMG"}


def same_fighters(x: ActorRef | None, y: ActorRef | None) -> bool:
    """Fighters named bare with the article and a named armed group: one party told twice."""
    return x is not None and y is not None and (told_bare(x) and y.actor.code in _GROUPS
                                                or told_bare(y) and x.actor.code in _GROUPS)


_BLASTS = {normalize(w) for w in ("التفجير", "الانفجار", "التفجيرات", "الانفجارات")}
_AIR_STRIKES = {normalize(w) for w in ("الغارة", "الغارات", "الضربة", "الضربات", "الطيران")}


def _noun_of(doc: Doc, k: int, prev: Event) -> bool:
    """The act noun at token ``k`` may be ``prev`` told again."""
    tokens, word = doc.tokens, doc.tokens[k].norm
    if word in _BLASTS and prev.mode not in ("explosives", "suicide-attack"):
        return False
    if word in _AIR_STRIKES and prev.source is not None and not prev.source.actor.country:
        return False  # "هاجم مسلحون من داعش … واستهدفت الغارات الجوية": not the group's
    j = k + 1
    while j < len(tokens) and j <= k + 2 and tokens[j].norm.startswith("ال"):
        j += 1  # "القصف المدفعي"
    own = j < len(tokens) and tokens[j].norm[:1] == "ل" and any(
        tokens[j].start <= a.start < tokens[j].end for a in doc.actors)
    return not own  # "القصف المدفعي لقوات النظام": a doer of its own


def told_again(found: list[Event], mentions: Sequence[Event], doc: Doc, sent: Sentence,
               trig: TriggerMatch, subjects: set[tuple[int, str]],
               continued: set[str]) -> list[Event]:
    """The events of a verb whose subject is an act told before: named again after it
    ("واستهدفت الغارات مقرات لـ…") or right before it (``subjects``: "إن الضربات استهدفت"), or
    a definite noun of its kind earlier in the sentence that continued it (``continued``: "أن
    الغارة نفذت مساء الاثنين، واستهدفت مبنى"); and acts told as done during an operation."""
    kind, nxt = trig.defn.event_type, trig.last_token
    armed = nxt < len(doc.tokens) and weapon_mode(doc.tokens, nxt, nxt + 1) is not None
    again = (trig.first_token, kind) in subjects or kind in continued and not armed  # not "،
    # واستهدفت قذائف أطلقها الحزب قاعدة": a subject of its own, another act
    after = act_as_subject(doc.tokens, trig, True)
    if found and trig.defn.pos == "verb" and (again or after):
        noun = trig.last_token if after else trig.first_token - 1 if kind not in continued else None
        found = by_doer_told_before(found, mentions, doc, sent, noun)
    return during_operation(found, mentions, doc, sent)
