"""Acts told again: an operation by that word alone ("إن العملية جرت فجر الأربعاء ٤ كانون الأول في
بلدة الشحيل" gives the day and place of the act told before; "اشتباك وقع خلال العملية" was fought
by its doer), and strikes named as their verb's subject ("واستهدفت الغارات مقرات لـ…")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding.attach import refines, said_on
from rasid.coding.chronology import told_on
from rasid.coding.joined import OCCURRED
from rasid.coding.kinds import MATERIAL
from rasid.coding.syntax import act_as_subject
from rasid.coding.triggers import TriggerMatch
from rasid.model import Doc, Event, Sentence

_OPERATION = {normalize(w) for w in ("العملية", "المداهمة", "الحملة", "الإنزال")}
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
    if not any(tokens[k].norm.removeprefix("و") in _OPERATION and tokens[k + 1].norm in OCCURRED
               for k in range(sent.first_token, sent.last_token - 1)):
        return
    k = _told_act(mentions, _since(doc, sent))
    if k is None:
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
               for k in range(sent.first_token, sent.last_token - 1)):
        return found
    k = _told_act(mentions, _since(doc, sent))
    if k is None:
        return found
    act = mentions[k]
    doer = act.source
    return [_in_operation(e, act) if e.source is not None and e.source.actor.code == "UNK"
            and doer is not None and (e.target is None or e.target.actor.code != doer.actor.code)
            else e for e in found]


def _in_operation(e: Event, act: Event) -> Event:
    """``e`` done by the operation's doer, on its day and at its place unless told its own."""
    own_date = e.date is not None and not e.date_is_published
    return replace(e, source=act.source, location=e.location or act.location,
                   date=e.date if own_date else act.date,
                   date_is_published=e.date_is_published if own_date else act.date_is_published)


def by_doer_told_before(found: Sequence[Event], mentions: Sequence[Event]) -> list[Event]:
    """"قصفت طائرات أمريكية مواقع في البوكمال. واستهدفت الضربات مقرات لكتائب حزب الله": an act
    named again as its verb's subject was done by the doer of the last act of its kind told."""
    prev = next((e for e in reversed(mentions) if e.event_type == found[0].event_type
                 and e.source is not None and e.source.actor.code != "UNK"), None)
    if prev is None or prev.negated or prev.hypothetical or prev.source is None:
        return list(found)
    return [replace(e, source=prev.source) if e.source is None or e.source.actor.code == "UNK"
            else e for e in found]


def told_again(found: list[Event], mentions: Sequence[Event], doc: Doc, sent: Sentence,
               trig: TriggerMatch, subjects: set[tuple[int, str]],
               continued: set[str]) -> list[Event]:
    """The events of a verb whose subject is an act told before: named again after it
    ("واستهدفت الغارات مقرات لـ…") or right before it (``subjects``: "إن الضربات استهدفت"), or
    a definite noun of its kind earlier in the sentence that continued it (``continued``: "أن
    الغارة نفذت مساء الاثنين، واستهدفت مبنى"); and acts told as done during an operation."""
    kind = trig.defn.event_type
    again = (trig.first_token, kind) in subjects or kind in continued
    if found and trig.defn.pos == "verb" and (again or act_as_subject(doc.tokens, trig, True)):
        found = by_doer_told_before(found, mentions)
    return during_operation(found, mentions, doc, sent)
