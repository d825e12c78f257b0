"""When two mentions of acts can be one occurrence: their dates."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta

from rasid.arabic.normalize import normalize
from rasid.coding.quotes import CUES
from rasid.coding.references import COMPLEMENTISERS
from rasid.model import DateRef, Doc, Event, Token


def dates_conflict(a: Event, b: Event) -> bool:
    """Two dates that cannot be one day's act; a date taken from the publication (an act told
    without one) conflicts with none: "الضربات" told again without its date are the same strikes."""
    if a.date is None or b.date is None or a.date_is_published or b.date_is_published:
        return False
    x, y = a.date.interval, b.date.interval
    return x.end < y.start or y.end < x.start


def narrower(a: Event, b: Event) -> bool:
    """``a``'s date lies within ``b``'s and is shorter."""
    if a.date is None or b.date is None:
        return False
    x, y = a.date.interval, b.date.interval
    return y.start <= x.start and x.end <= y.end and (x.end - x.start) < (y.end - y.start)


_UNDATED_SLACK = timedelta(days=8)


def days_apart(a: DateRef, b: DateRef, undated: bool = False) -> bool:
    """Two dates with no day in common ("في 14 نيسان الماضي" and an act of last Saturday); when
    ``b`` is only the day an act was told (``undated``), it may have been any of the week before
    ("ووقع الهجوم صباح الثلاثاء" in Sunday's report of it)."""
    gap = _UNDATED_SLACK if undated else timedelta(0)
    return a.interval.end < b.interval.start - gap or b.interval.end + gap < a.interval.start


#: "إن/أن" and with the pronoun of its subject: what a statement reports follows them
_THAT = COMPLEMENTISERS | {normalize("أنهم")}


def told_on(doc: Doc, e: Event) -> bool:
    """The act's date is the day it was told of: written after a verb of saying and before the
    إن/أن or the masdar of what was said ("قالت قسد التي يقودها الأكراد يوم الخميس إنها اعتقلت",
    "أعلنت وزارة الدفاع التركية، الثلاثاء، تحييد 3 إرهابيين"); a later mention may date it."""
    if e.date is None or e.date_is_published or not e.date.text or e.date.end > e.trigger.start:
        return False
    words = [t for t in doc.tokens if e.evidence.start <= t.start and t.end <= e.trigger.start]
    said = any(t.norm.removeprefix("و") in CUES for t in words if t.end <= e.date.start)
    after = [t for t in words if t.start >= e.date.end and t.is_word]
    return said and (not after or any(t.norm in _THAT for t in after))


def another_day(doc: Doc, d: DateRef, e: Event) -> bool:
    """``d`` cannot be the day of ``e``: apart from its date, given the week's slack when that
    is only the day the act was told of."""
    if e.date is None:
        return False
    sent = next((s for s in doc.sentences if s.start <= d.start < s.end), None)
    other = sent is not None and _ANOTHER.search(normalize(doc.text[sent.start : d.start]))
    return days_apart(d, e.date, e.date_is_published or not other and told_on(doc, e))


#: "وكانت غارة أخرى نفذت الخميس": an act told as another, not a later word on the first
_ANOTHER = re.compile(normalize(  # (not "آخر قمة": the last one)
    r"(?:^|\s)أخرى(?:\s|$)|(?:هجوم|هجوما|قصف|اعتداء|تفجير|انفجار)\s+آخر(?:\s|$)"))


#: "وفق بيان رسمي ورد الجمعة", "بحسب بيان صدر اليوم": the day a statement came out
_ISSUED = {normalize(w) for w in ("ورد", "صدر", "نشر", "أصدره", "أصدرته", "نشرته", "وزع", "وزعته")}
_ACCORDING = {normalize(w) for w in ("وفق", "وفقا", "بحسب", "حسب", "بيان", "بلاغ", "تصريح")}


def statement_day(tokens: Sequence[Token], starts: Sequence[int], d: DateRef) -> bool:
    """``d`` tells when the statement that reports the act came out, not when the act was."""
    k = bisect_left(starts, d.start)
    before = [t.norm for t in tokens[max(0, k - 2) : k]]
    if not any(w in _ISSUED for w in before):
        return False
    return any(t.norm in _ACCORDING for t in tokens[max(0, k - 6) : k])


#: "ونقلت الوكالة وقتها": the time last named before the sentence
THEN = {normalize(w) for w in ("وقتها", "ووقتها", "حينها", "وحينها", "يومها", "ويومها", "آنذاك",
                               "وآنذاك", "حينذاك", "وقتذاك", "حينئذ", "وقتئذ")}
#: "وفي وقت لاحق، اعتقلت القوات …", "ولاحقا": a sentence that goes on from the day just told
_LATER = {normalize(w) for w in ("لاحقا", "لاحقاً", "ولاحقا", "ولاحقاً")}
_LATER_TIME = tuple(normalize(w) for w in ("وقت", "لاحق"))
_IN = {normalize(w) for w in ("في", "وفي")}


def _opens_later(tokens: Sequence[Token], first: int, last: int) -> bool:
    words = [t.norm for t in tokens[first:min(last, first + 3)] if t.is_word]
    return bool(words) and (words[0] in _LATER
                            or words[0] in _IN and tuple(words[1:3]) == _LATER_TIME)


def date_back_then(tokens: Sequence[Token], first: int, last: int, start: int,
                   earlier: Sequence[DateRef], today: date | None = None) -> DateRef | None:
    """The date a "وقتها/يومها/آنذاك" in tokens[first:last] refers back to: the last one
    mentioned before ``start``; after "في وقت لاحق", the last day of an act already done (not
    a day to come, nor the start of a span: "تحتجزه منذ عام 2019")."""
    later = not any(tokens[k].norm in THEN for k in range(first, last))
    if later and not _opens_later(tokens, first, last):
        return None
    before = [d for d in earlier if d.end <= start and not (later and (
        today is not None and d.interval.end > today or _since(tokens, d)))]
    return max(before, key=lambda d: d.end) if before else None


def _since(tokens: Sequence[Token], d: DateRef) -> bool:
    k = bisect_left([t.start for t in tokens], d.start)
    return any(t.norm in _SINCE for t in tokens[max(0, k - 2) : k])


_SINCE = {normalize(w) for w in ("منذ", "ومنذ")}


def dated_before(mentions: Sequence[Event], event_type: str | None) -> DateRef | None:
    """The date the text gave the last live event of this type that it dated; with no type, the
    day of the report's first live event ("ويأتي ذلك بعد أسبوع من": after what was reported)."""
    if event_type is None:
        return next((e.date for e in mentions if not (e.negated or e.hypothetical)), None)
    return next((e.date for e in reversed(mentions) if e.event_type == event_type and e.date
                 is not None and not (e.negated or e.hypothetical or e.date_is_published)), None)
