"""Places and dates go to the trigger they belong to in multi-event sentences.

Each place or date mention in a sentence is given to the nearest trigger, preferring the
trigger before it (Arabic states time and place after the verb); a trigger then takes the
first of its places after it that is introduced by a locative preposition, else its nearest.
A later mention of an event already told (``enrich``) adds the place, date, toll and mode it
gives to that event and to the other states of the same joint act."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

from rasid.arabic.normalize import normalize
from rasid.coding.chronology import another_day, told_on
from rasid.coding.clauses import KANA
from rasid.coding.fatalities import says_no_one_died, toll_in
from rasid.coding.kinds import PLAIN_MODE
from rasid.coding.quotes import CUES
from rasid.coding.syntax import act_clause, first_since, whereas
from rasid.coding.triggers import TriggerMatch
from rasid.model import DateRef, Doc, Event, Interval, PlaceRef, Sentence, Span, Token
from rasid.resolve.bearings import is_distance
from rasid.resolve.gazetteer import DESCRIPTORS

S = TypeVar("S", PlaceRef, DateRef)
_AFTER_BIAS = 0.6
LOCATIVES = {normalize(w) for w in ("في", "قرب", "بالقرب", "داخل", "على", "شمال", "جنوب", "شرق", "غرب",
                                    "شمالي", "جنوبي", "شرقي", "غربي", "بمدينة", "بلدة", "مدينة", "منطقة")}


#: "التابعة لـ": the place after belongs to the chain of the locative place before
_PART_OF = {normalize(w) for w in ("التابعة", "التابع", "تابعة", "تابع")}
_CLAUSE_MARKS = ("،", ",", "؛", ";")
#: a span before a trigger with a comma between belongs to the clause before it
_ACROSS_COMMA = 10_000.0


def assign(spans: Sequence[S], triggers: Sequence[TriggerMatch], text: str = "",
           ahead_only: frozenset[int] = frozenset()) -> dict[int, list[S]]:
    """Map trigger index → the spans nearest to it; a span closed by a comma ("استهدفت موكبا،
    الأربعاء، في سنجار، مما أسفر") goes to the trigger before it when there is one. The triggers
    ``ahead_only`` (a purpose: "اجتمع … يوم الاثنين لبحث") take no span told before them."""
    out: dict[int, list[S]] = {i: [] for i in range(len(triggers))}
    if not triggers:
        return out
    for span in spans:
        best, best_d = 0, float("inf")
        for i, trig in enumerate(triggers):
            if span.start >= trig.end:
                d = (span.start - trig.end) * _AFTER_BIAS
            elif span.end <= trig.start:
                if i in ahead_only:
                    continue
                d = float(trig.start - span.end)
                if any(m in text[span.end : trig.start] for m in _CLAUSE_MARKS):
                    d += _ACROSS_COMMA
            else:
                d = 0.0
            if d < best_d:
                best, best_d = i, d
        out[best].append(span)
    return out


def _start(tok: Token) -> int:
    return tok.start


def _locative(text: str, tokens: Sequence[Token], ref: PlaceRef) -> bool:
    if is_distance(ref.text):
        return True  # "على بعد 50 كيلومترا شمال غرب كركوك": a point (rasid.resolve.bearings)
    prefix = ""
    k = bisect_right(tokens, ref.start, key=_start) - 1  # tokens are in text order
    if k >= 0:
        tok = tokens[k]
        prefix = text[tok.start : ref.start] if ref.start < tok.end else tok.norm
        if not prefix and k > 0:  # the place begins a word: the word before it ("في حلب")
            prefix = tokens[k - 1].norm
        elif prefix == "ل" and k > 0 and tokens[k - 1].norm in _PART_OF:
            return True  # "في منطقة س التابعة لقضاء X": X continues the locative chain
    norm = normalize(prefix.strip())
    if norm in LOCATIVES or norm.endswith("ب") or norm in {"ب", "وب", "في"}:
        return True
    # "في العاصمة السورية دمشق": the capital's apposition stands between the preposition and it
    words = _prefix_words(text, tokens, ref, 3)
    heads = [h for h in range(max(0, len(words) - 2), len(words)) if words[h] in _CAPITAL_WORDS]
    if not heads:
        return False
    h = heads[-1]
    return "بال" in words[h][:4] or h > 0 and (words[h - 1] in LOCATIVES or words[h - 1] == "وفي")


_CAPITAL_WORDS = {normalize(w) for w in ("العاصمة", "بالعاصمة", "عاصمة", "وبالعاصمة")}


#: how precisely a feature pins an event down (higher is better)
SPECIFICITY = {"point": 4, "city": 3, "admin2": 3, "region": 2, "admin1": 2, "country": 1}


def specificity(ref: PlaceRef) -> int:
    return SPECIFICITY.get(ref.place.feature, 0)


def choose_place(text: str, tokens: Sequence[Token], trig: TriggerMatch,
                 places: Sequence[PlaceRef]) -> PlaceRef | None:
    """The most specific of the trigger's places; a locative one after the trigger first."""
    if not places:
        return None
    unsituated = [p for p in places if not _bearing(text, p, places)] or list(places)  # "X جنوب Y"
    after = [p for p in unsituated if p.start >= trig.end]
    pool = [p for p in after if _locative(text, tokens, p) or _described(p)] or after or unsituated
    best = max(specificity(p) for p in pool)
    if best == 1:  # only countries: a more specific place anywhere near the trigger wins
        finer = [p for p in places if specificity(p) > 1]
        if finer:
            pool, best = finer, max(specificity(p) for p in finer)
    return min((p for p in pool if specificity(p) == best), key=lambda p: abs(p.start - trig.end))


def _described(ref: PlaceRef) -> bool:
    """"قصفت الطائرات بلدة أريحا في ريف إدلب": the town named as the object is where it was."""
    return normalize(ref.text.split()[0]) in DESCRIPTORS if ref.text.split() else False


#: directions from a reference place ("جنوب غرب كركوك"): the place they start from is not the event's
_BEARINGS = {normalize(w) for w in ("شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي")}


def _bearing(text: str, ref: PlaceRef, places: Sequence[PlaceRef]) -> bool:
    """A place only a bearing away from the place named right before it ("قضاء الحويجة جنوب غرب
    كركوك"), not one a bearing situates alone ("في شمال غزة", "قرى جنوب إدلب")."""
    return any(q.end <= ref.start and normalize(text[q.end : ref.start]).split()
               and all(w in _BEARINGS for w in normalize(text[q.end : ref.start]).split()) for q in places)


def choose_date(trig: TriggerMatch, dates: Sequence[DateRef],
                tokens: Sequence[Token] = ()) -> DateRef | None:
    """The date nearest the act (one after it counts nearer), not the day a statement before it
    was made ("قال الجيش يوم السبت إن طائراته قصفت … في 5 آذار") when the act has a date too."""
    if not dates:
        return None
    if tokens and len(dates) > 1:
        dates = [d for d in dates if not (d.end <= trig.start and said_on(tokens, d))] or dates
    if tokens:  # "أفرجت … عن صيادين كانت تحتجزهم منذ أشهر": how long the state before it lasted
        dates = [d for d in dates if not _lasting(tokens, trig, d)]
    return min(dates, key=lambda d: abs(d.start - trig.end) if d.start >= trig.end
               else (trig.start - d.end) / _AFTER_BIAS, default=None)


def _lasting(tokens: Sequence[Token], trig: TriggerMatch, d: DateRef) -> bool:
    k = bisect_right(tokens, d.start - 1, key=_start)  # "كان يخدم منذ 2010", "تحتجزهم منذ أشهر"
    since = k < len(tokens) and "منذ" in (tokens[k].norm, tokens[k - 1].norm)  # (its matching form)
    was = any(t.norm in KANA for t in tokens[trig.last_token : k])
    return since and was and d.start >= trig.end or first_since(tokens, trig, k)


#: "… إن", "… أنه": the clause a verb of speech reports
_THAT_SAID = {normalize(w) for w in ("إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم")}
_SAID_REACH = 6


def said_on(tokens: Sequence[Token], d: DateRef) -> bool:
    """"قال المرصد، اليوم الأحد، إن …", "أعلن الجيش يوم السبت أنه …": a date between a verb of
    speech and the إن/أن of what it reports is the statement's day."""
    first, after = bisect_right(tokens, d.start - 1, key=_start), bisect_right(tokens, d.end - 1, key=_start)
    nxt = next((t for t in tokens[after : after + 2] if t.is_word), None)
    if nxt is None or nxt.norm not in _THAT_SAID:
        return False
    for t in reversed(tokens[max(0, first - _SAID_REACH) : first]):
        if t.norm in _THAT_SAID:
            return False
        if t.norm in CUES or t.norm[:1] == "و" and t.norm[1:] in CUES:
            return True
    return False


#: "خلال اجتماعه", "على هامش القمة", "في مستهل زيارته": the setting of the act before
FRAMES = {normalize(w) for w in ("خلال", "وخلال", "أثناء", "اثناء", "هامش", "مستهل", "ختام", "لدى")}


def _prefix_words(text: str, tokens: Sequence[Token], ref: PlaceRef, n: int = 2) -> list[str]:
    k = bisect_right(tokens, ref.start - 1, key=_start)  # tokens wholly before the place
    return [t.norm for t in tokens[max(0, k - n) : k] if t.end <= ref.start]


#: "قرب كركوك", "بالقرب من الموصل": the place only roughly says where the event was
NEAR = {normalize(w) for w in ("قرب", "بالقرب", "قريبا", "بمحاذاة", "مشارف", "أطراف", "ضواحي")}


def approximate(text: str, tokens: Sequence[Token], ref: PlaceRef) -> bool:
    return any(w in NEAR for w in _prefix_words(text, tokens, ref))


def refines(new: PlaceRef, old: PlaceRef | None, loose: bool = False) -> bool:
    """Whether ``new`` is a place where there was none, or a finer one in the same country
    (when ``loose``, the old one was only near the event: one as fine refines it too)."""
    if old is None:
        return True
    gain = specificity(new) - specificity(old)
    return old.place.country == new.place.country and (gain > 0 or loose and gain == 0)


def _before(trig: TriggerMatch, n: int = 2) -> range:
    return range(max(0, trig.first_token - n), trig.first_token)


def inherit(events: Sequence[Event], text: str, tokens: Sequence[Token], trig: TriggerMatch,
            places: Sequence[PlaceRef], dates: Sequence[DateRef]) -> list[Event]:
    """A meeting, visit or clash that frames the act before it ("طلب منه …، وذلك خلال اجتماعه
    معه في دمشق الاثنين", "أسرت المقاومة جنديين خلال اشتباك قرب خان يونس") leaves it its place
    and date, whether or not it is an event of its own."""
    if not any(tokens[k].norm in FRAMES for k in _before(trig)):
        return list(events)
    place = choose_place(text, tokens, trig, places)
    when = choose_date(trig, dates)
    out = []
    for e in events:
        changes: dict[str, object] = {}
        if place is not None and refines(place, e.location):
            changes["location"] = place
        if when is not None and (e.date is None or e.date_is_published):
            changes["date"], changes["date_is_published"] = when, False
        out.append(replace(e, **changes) if changes else e)  # type: ignore[arg-type]
    return out


def framed_venue(text: str, tokens: Sequence[Token], trig: TriggerMatch, frame: TriggerMatch,
                 own: Sequence[PlaceRef], places: Sequence[PlaceRef]) -> list[PlaceRef]:
    """The place of a meeting that frames the meeting told before it ("بحث الوزيران سبل إنهاء
    الحرب في السودان، خلال لقاء جمعهما في العاصمة المصرية"): the venue, where the places after
    the first verb may be only what was discussed; unless the act names its own place before it
    ("التقى الملك في عمان الرئيس الفرنسي خلال زيارة … بدأها في بيروت")."""
    if trig.defn.event_type != "CONSULT" or frame.defn.event_type != "CONSULT" \
            or not any(tokens[k].norm in FRAMES for k in _before(frame)) \
            or any(p.start < frame.start and _locative(text, tokens, p)
                   and bisect_right(tokens, p.start, key=_start) - trig.last_token <= _OWN_PLACE_REACH
                   for p in own):
        return []
    return [p for p in places if p.start >= frame.end and _locative(text, tokens, p)]


#: an act's own place stands before it or among its first words ("التقى الملك الأردني في عمان")
_OWN_PLACE_REACH = 5
_TO = {normalize(w) for w in ("إلى", "الى", "نحو")}
_DEST_SPAN = 12  # characters between a visit noun and its destination ("زيارته لدمشق")
_JOURNEY_SPAN = 40


def destination(text: str, tokens: Sequence[Token], trig: TriggerMatch,
                capitals: Sequence[PlaceRef]) -> list[PlaceRef]:
    """"زيارته لدمشق", "توجه إلى أنقرة": a capital right after a visit, otherwise read as its
    government, is also where the visit took place; a journey verb reaches further ("توجه
    الأسبوع الماضي إلى دمشق")."""
    out = []
    span = _JOURNEY_SPAN if trig.defn.then else _DEST_SPAN
    for p in capitals:
        gap = text[trig.end : p.start]
        if 0 <= p.start - trig.end <= span and not any(m in gap for m in _CLAUSE_MARKS):
            words = gap.split()
            clitic = text[max(0, p.start - 1) : p.start]
            if words and normalize(words[-1]) in _TO or not gap.endswith(" ") and clitic == "ل":
                out.append(p)
    return out


#: "جاءت الغارة بعد يوم من زيارة …": how many days lie between the two acts
_GAP_DAYS = {normalize(w): n for w, n in (("يوم", 1), ("يومين", 2), ("يومان", 2), ("أسبوع", 7),
                                          ("اسبوع", 7), ("أسبوعين", 14), ("ساعات", 0), ("ساعة", 0))}
_AFTER, _BEFORE_WORD = normalize("بعد"), normalize("قبل")


def offset_date(tokens: Sequence[Token], trig: TriggerMatch,
                anchor: DateRef | None) -> DateRef | None:
    """The date of an act named after "بعد يوم من" / "قبل يومين من", counted back (or on)
    from ``anchor``, the date of the act the clause began with."""
    k = trig.first_token
    if anchor is None or k < 3 or tokens[k - 1].norm != normalize("من"):
        return None
    days = _GAP_DAYS.get(tokens[k - 2].norm)
    word = tokens[k - 3].norm
    if days is None or word not in (_AFTER, _BEFORE_WORD):
        return None
    shift = timedelta(days=-days if word == _AFTER else days)
    iv = anchor.interval
    start = tokens[k - 3].start
    return DateRef(start, tokens[k - 1].end, "", Interval(iv.start + shift, iv.end + shift))


def enrich(mentions: list[Event], doc: Doc, sent: Sentence, trig: TriggerMatch,
           places: Sequence[PlaceRef], dates: Sequence[DateRef] = ()) -> None:
    """A later mention of an event already reported ("القصف أسفر عن مقتل 12") adds what it tells."""
    k = max((j for j, e in enumerate(mentions) if e.event_type == trig.defn.event_type),
            key=lambda j: (not (mentions[j].negated or mentions[j].hypothetical),
                           _same_word(doc.text, trig, mentions[j].trigger), j), default=None)
    if k is None:
        return
    prev, place = mentions[k], choose_place(doc.text, doc.tokens, trig, places)
    when = choose_date(trig, [d for d in dates if not doc.today or d.interval.start <= doc.today],
                       doc.tokens)  # (a later date is of a meeting still to come)
    told = [d for d in doc.dates if sent.start <= d.start < sent.end and not said_on(doc.tokens, d)]
    if place is not None and prev.location is not None \
            and place.place.country != prev.location.place.country or told and prev.date \
            and all(another_day(doc, d, prev) for d in told):
        return  # "وكانت مسيرة قد استهدفت في 14 نيسان", "واستهدفت غارة مبنى في بيروت": another act
    changes: dict[str, object] = {}
    if prev.event_type == "ASSAULT" and prev.fatalities is None:
        own = act_clause(doc.tokens, sent.first_token, whereas(doc.tokens, sent.first_token,
                                                                 sent.last_token), trig)
        toll = toll_in(doc.tokens, *own)  # not the toll of what another did "في حين …"
        if toll is None and says_no_one_died(doc.tokens, *own):
            toll = 0  # "القصف لم يسفر عن ضحايا"
        if toll is not None:
            changes["fatalities"] = toll
            dead = next((a for a in doc.actors if trig.end <= a.start < sent.end), None)
            if toll and prev.target is None and dead is not None and prev.source is not None \
                    and dead.actor.code != prev.source.actor.code:  # "ما أسفر عن مقتل ثلاثة جنود"
                changes["target"] = dead
    if prev.event_type == "CONSULT" and prev.target is not None and not prev.target.text:
        # the host only inferred: "وصل … إلى عمّان، حيث كان في استقباله نظيره الأردني"
        named = next((a for a in doc.actors if trig.end <= a.start < sent.end
                      and a.actor.code == prev.target.actor.code), None)
        if named is not None:
            changes["target"] = named
    loose = place is not None and prev.location is not None and approximate(  # "قرب X", then
        doc.text, doc.tokens, prev.location) and not approximate(doc.text, doc.tokens, place)
    if place is not None and refines(place, prev.location, loose):
        changes["location"] = place
    plain = prev.mode == PLAIN_MODE.get(prev.event_type) and prev.target is not None  # not a tanker
    if trig.defn.mode is not None and (prev.mode is None or plain):
        changes["mode"] = trig.defn.mode  # "هذه الضربات الجوية": aerial; "داهمت … واعتقلت": arrest
    if when is not None and (prev.date_is_published or told_on(doc, prev)):
        changes["date"], changes["date_is_published"] = when, False
    if not changes:
        return
    for j, e in enumerate(mentions):  # "الولايات المتحدة وبريطانيا وفرنسا": one act of three states
        if j == k or e.trigger == prev.trigger and e.event_type == prev.event_type \
                and not (e.negated or e.hypothetical) and e.location == prev.location \
                and e.date == prev.date:
            mentions[j] = replace(e, **{f: v for f, v in changes.items()  # type: ignore[arg-type]
                                        if f != "fatalities" or j == k})


def _word(text: str) -> str:
    words = normalize(text).split()
    word = words[0] if words else ""
    return word[1:] if word[:1] in "وفب" and len(word) > 4 else word


def _same_word(text: str, later: TriggerMatch, earlier: Span) -> bool:
    """"قصفت المدفعية … بعد إعلان حزب الله استهداف موقع … ولم يسفر القصف عن إصابات": the
    shelling told again by its own word, as a definite noun, is that act, not the last one told."""
    word = _word(text[later.start : later.end])
    definite = word.startswith("ال") \
        or normalize(text[max(0, later.start - 2) : later.start]) == "ال"  # the article split off
    root = word.removeprefix("ال")[:3]
    return later.defn.pos == "noun" and definite and len(root) == 3 \
        and _word(text[earlier.start : earlier.end]).removeprefix("ال").startswith(root)


_WHERE = {normalize(w) for w in ("حيث", "وحيث")}


def where_clause(tokens: Sequence[Token], first: int, trig: TriggerMatch, places: Sequence[PlaceRef],
                 dates: Sequence[DateRef]) -> tuple[list[PlaceRef], list[DateRef]]:
    """"انعقدت القمة مطلع نيسان في أنقرة، حيث تعهد الرؤساء …": an act told in a حيث clause
    after a place happened there, and then (the place, and the last date before it)."""
    for k in range(trig.first_token - 1, first - 1, -1):
        if tokens[k].text in _CLAUSE_MARKS:
            return [], []  # "… بروكسل حيث كان يشارك في اجتماع، واجتمع مع …": the clause closed
        if tokens[k].norm not in _WHERE:
            continue
        j = k - 1
        while j >= first and not tokens[j].is_word:
            j -= 1
        if j < first:
            return [], []
        end = tokens[j].end
        place = [p for p in places if p.end == end]
        if not place:
            return [], []
        before = [d for d in dates if d.end <= tokens[k].start]
        return place, before[-1:]
    return [], []
