"""The event coder: triggers + arguments + modality + attachment → events of one document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from rasid.arabic.datelines import dateline_end
from rasid.arabic.normalize import normalize
from rasid.coding import attach
from rasid.coding.announced import own_dead
from rasid.coding.arguments import after_connective, pick_arguments, responds_to
from rasid.coding.attach import assign
from rasid.coding.background import background
from rasid.coding.chronology import dated_before, statement_day
from rasid.coding.clauses import (
    PASSIVE,
    accused_act,
    content_of_speech_act,
    coordinated_masdar,
    dedupe_triggers,
    definite,
    definite_subjects,
    passive_accusation,
    predicate_of_act,
    promised_concession,
    rejected_request,
    spoken_about,
    topic,
    whoever,
)
from rasid.coding.dispersals import share_setting
from rasid.coding.events import events_for_trigger
from rasid.coding.handovers import handed_to
from rasid.coding.joined import OCCURRED, share_dates, told_how
from rasid.coding.journeys import Journey, after_journeys, journey_of
from rasid.coding.kinds import MATERIAL, MATERIAL_FORCE, STATE_ORGANS, SYMMETRIC
from rasid.coding.mentions import refine_actors
from rasid.coding.modality import is_purpose, purpose_li, written_with_li
from rasid.coding.objects import crowd_received
from rasid.coding.occurrences import merge_mentions
from rasid.coding.operations import operation_told, told_again
from rasid.coding.parties import as_sector, civilians_where_hit, inferred, role_actor
from rasid.coding.positions import Positioned, position_actors
from rasid.coding.promises import declared, own_threat
from rasid.coding.references import (
    COMPLEMENTISERS,
    claim_back,
    claim_clause,
    claimed_content,
    parties_named_before,
    standing_after,
)
from rasid.coding.retold import judged, weapon_subject
from rasid.coding.syntax import act_as_subject, grievance, time_of_another
from rasid.coding.triggers import TriggerMatch, find_triggers, trigger_reading
from rasid.coding.units import of_a_town
from rasid.model import (
    ActorRef,
    DateRef,
    Doc,
    Event,
    Mention,
    PlaceRef,
    Sentence,
    Token,
)
from rasid.resolve.capitals import is_nisba

#: "خلال الاجتماع", "هذه الزيارة": a definite noun that refers back to an event already reported
BACK_REFERENCE = {normalize(w) for w in ("خلال", "أثناء", "اثناء", "هذه", "هذا", "تلك", "ذلك", "عقب",
                                         "وخلال", "بعد", "قبل", "إثر", "اثر",
                                         "مكان", "موقع", "مسرح")}  # "طوقا حول مكان الانفجار"


def _continues_earlier(doc: Doc, trig: TriggerMatch, earlier: Sequence[Event], anchored: bool = True) -> bool:
    """A passive or back-referring mention of an event type the document already reported."""
    if not any(e.event_type == trig.defn.event_type for e in earlier):
        return False
    i = trig.first_token
    prev = [doc.tokens[k].norm for k in range(max(0, i - 2), i)]
    if prev and prev[-1] in PASSIVE:
        return True
    named = trig.defn.pos == "noun" and definite(doc, trig)
    nxt = doc.tokens[trig.last_token].norm if trig.last_token < len(doc.tokens) else ""
    spoken_of = bool(prev) and prev[-1] in COMPLEMENTISERS  # "قالت موسكو إن الهجوم على …"
    occurred = bool(prev) and (prev[-1] in OCCURRED or prev[-1][:1] in "وف" and prev[-1][1:] in OCCURRED)
    return named and (any(w in BACK_REFERENCE for w in prev) or not anchored or nxt in OCCURRED
                      or spoken_of or occurred)  # "ووقعت الهجمات في مدينة السويداء"


S = TypeVar("S", ActorRef, PlaceRef, DateRef, Mention)


def _overlaps(a_start: int, a_end: int, spans: Sequence[ActorRef | PlaceRef | DateRef]) -> bool:
    return any(s.start < a_end and a_start < s.end for s in spans)


def _quote_spans(text: str, sent: Sentence) -> list[tuple[int, int]]:
    from rasid.coding.quotes import quoted_spans

    return quoted_spans(text, sent.start, sent.end)


def _places_of(doc: Doc, places: list[PlaceRef], trigs: list[TriggerMatch]) -> dict[int, list[PlaceRef]]:
    """Places go to the sentence's acts, not to a purpose told after one ("تظاهر الطلاب أمام مبنى
    محافظة البصرة للمطالبة بفرص العمل": the protest was in Basra, the demand is no act)."""
    acts = [k for k, t in enumerate(trigs)  # a purpose written with لـ, not an act told as alleged
            if not (written_with_li(doc.text, doc.tokens, t) and is_purpose(doc.text, doc.tokens, t))
            and not _banned(doc, trigs, k) and not grievance(doc.tokens, trigs, k)] \
        or list(range(len(trigs)))
    cut = next((t.start for k, t in enumerate(trigs) if grievance(doc.tokens, trigs, k)), None)
    places = [p for p in places if cut is None or p.start < cut]  # "احتجاجا على الغارات في غزة"
    later = frozenset(n for n, k in enumerate(acts)  # "في الخرطوم قبيل التظاهرات": not theirs
                      if n and time_of_another(doc.tokens, trigs[k]))
    given = assign(places, [trigs[k] for k in acts], doc.text, later)
    for n in later:  # "في بيشاور عقب هجوم انتحاري": the act before's place, when it has none
        given[n] = given[n] or list(given[n - 1])
    out: dict[int, list[PlaceRef]] = {k: [] for k in range(len(trigs))}
    for n, k in enumerate(acts):
        out[k] = given[n]
    for k in range(len(trigs) - 1):  # "بحث الوزيران … الحرب في السودان، خلال لقاء جمعهما في القاهرة"
        venue = attach.framed_venue(doc.text, doc.tokens, trigs[k], trigs[k + 1], out[k], out[k + 1])
        if venue:
            out[k] = venue
    return out


def _banned(doc: Doc, trigs: list[TriggerMatch], k: int) -> bool:
    """What a ban bans ("منعت السلطات المظاهرات في الخرطوم"): banned there, not held there."""
    return k > 0 and trigs[k - 1].defn.mode == "restrict" \
        and doc.tokens[trigs[k].first_token].norm in trigs[k - 1].defn.then


def code_events(doc: Doc) -> tuple[Event, ...]:
    """Every event the document reports, one per occurrence."""
    refs = own_dead(doc.tokens, refine_actors(doc.text, doc.tokens, doc.actors, doc.places))
    actors_all = position_actors(doc.tokens, refs)
    starts = [t.start for t in doc.tokens]
    mentions: list[Event] = []
    journeys: list[Journey] = []
    for sent in doc.sentences:
        named = _within(sent, refs, doc.places, doc.dates)  # "فجر الخميس" is dawn, not a blast
        trigs = [trigger_reading(doc.text, doc.tokens, t)
                 for t in find_triggers(doc.tokens, sent.first_token, sent.last_token)
                 if not _overlaps(t.start, t.end, named)]
        subjects = definite_subjects(doc, trigs)
        trigs = [t for k, t in enumerate(trigs)  # "واستهدفت حملة الاعتقالات …": the arrests' verb
                 if not predicate_of_act(doc.tokens, t, trigs[k + 1] if k + 1 < len(trigs) else None)]
        claim = claim_clause(doc.tokens, sent.first_token, sent.last_token)
        trigs = [t for t in dedupe_triggers(trigs, doc.tokens)  # "من يستسلمون": who, not what was done
                 if not (t.defn.imperfect and not t.defn.future and whoever(doc.tokens, t))
                 and not claimed_content(doc.tokens, t, claim)  # "…، مدعية قتل 20 جنديا"
                 and not crowd_received(doc, sent, t)  # "استقبل مستشفى الفاشر جرحى"
                 and not background(doc.tokens, t)]  # "الذكرى الثانية لمقتل", "تتوعد منذ أسابيع"
        operation_told(mentions, doc, sent)  # "إن العملية جرت فجر الأربعاء في بلدة الشحيل"
        if not trigs:
            claim_back(mentions, doc, sent, actors_all)  # "وأعلن تنظيم داعش المسؤولية عنها"
            continue
        quotes = _quote_spans(doc.text, sent)
        filed = dateline_end(doc.text, sent.start, sent.end)  # "عمان، الأردن (CNN)--": where it was filed
        sent_actors = [p for p in actors_all if sent.start <= p.ref.start and p.ref.end <= sent.end
                       and p.ref.start >= filed]
        sent_refs = [r for r in _within(sent, refs) if not of_a_town(r)]  # "سكان غزة": Gaza a place
        people = [m for m in _within(sent, doc.mentions) if m.label == "PER"]
        places = [p for p in doc.places if sent.start <= p.start and p.end <= sent.end
                  and p.start >= filed and not _overlaps(p.start, p.end, sent_refs)
                  and not _inside_person(p, people) and not _across_border(doc.text, p)]
        dates = [d for d in doc.dates if sent.start <= d.start and d.end <= sent.end
                 and d.start >= filed]  # the dateline's day is when it was written (doc.today)
        capitals = [p for p in doc.places if sent.start <= p.start and p.end <= sent.end
                    and _overlaps(p.start, p.end, sent_refs)]
        place_of = _places_of(doc, places, trigs)
        date_of = share_dates(doc.tokens, trigs, assign(dates, trigs, doc.text, frozenset(
            k for k, t in enumerate(trigs) if k and purpose_li(doc.text, doc.tokens, t))))
        # "اجتمع … يوم الاثنين لبحث": its day
        told = len(mentions)  # where this sentence's events begin
        asked: set[int] = set()  # the triggers that tell what a speech act asks, threatens or agrees
        continued: set[str] = set()  # the kinds of act the sentence tells again
        last: int | None = None  # where the events of the sentence's last productive trigger begin
        silent: TriggerMatch | None = None  # the last attack of the sentence that gave no event
        silent_at: tuple[list[PlaceRef], list[DateRef]] = ([], [])  # and its places and dates
        for i, trig in enumerate(trigs):
            if _continues_earlier(doc, trig, mentions, anchored=bool(place_of[i] or date_of[i])):
                attach.enrich(mentions, doc, sent, trig, [] if judged(doc.tokens, trig)  # "الاتفاق
                              else place_of[i], date_of[i])  # يعكس قلق بغداد من …": a comment
                continued.add(trig.defn.event_type)  # "أن الغارة نفذت مساء الاثنين، واستهدفت"
                continue
            if rejected_request(trigs[:i], trig, doc.tokens) \
                    or trigs[i + 1 :] and told_how(doc.tokens, trig, trigs[i + 1]):
                continue  # "ووقع الاعتداء حين أطلق مستوطنون النار": the verb after it tells the act
            plan = trig  # "ستقصف القوات التركية …" told by others is a plan, not a threat
            if (folded := declared(doc.tokens, trig)) is not None:  # "أعلن ترامب أن … ستسحب قواتها"
                trig = folded
            if content_of_speech_act(trigs[:i], trig, doc.tokens) or i and coordinated_masdar(
                    doc.tokens, trigs[i - 1], trig, i - 1 in asked):  # "بإنهاء وجودها … وسحب قواتها"
                trig = replace(trig, defn=replace(trig.defn, future=True))
                asked.add(i)
            if promised_concession(doc.tokens, trig, trigs[i + 1] if i + 1 < len(trigs) else None):
                trig = replace(trig, defn=replace(trig.defn, event_type="CONCEDE"))
            inside = next((q for q in quotes if q[0] <= trig.start < q[1]), None)
            actors = [p for p in sent_actors if _same_voice(p.ref, inside, quotes)
                      and not (claim and trig.last_token <= claim[0] < p.first < claim[1])]  # "…، وأعلن داعش مسؤوليته"
            if accused_act(doc.tokens, trigs[:i], trig):  # "اتهمت واشنطن دمشق بشن هجوم": an alleged doer
                actors = [p for p in actors if p.first >= trig.last_token]
            if passive_accusation(doc.tokens, trig, actors):
                continue  # "الهجوم الذي اتهمت دمشق بارتكابه": Damascus is accused, by no one named
            here = [p for p in place_of[i] if _same_voice(p, inside, quotes, speaker=False)
                    and (trig.defn.event_type in MATERIAL or not spoken_about(doc.tokens, trig, p.start))]
            when = [d for d in date_of[i] if _same_voice(d, inside, quotes, speaker=False)]
            there, then = attach.where_clause(doc.tokens, sent.first_token, trig, [*places, *capitals], dates)
            if there and (not here or trig.defn.event_type not in MATERIAL):
                here = there  # "… في أنقرة، حيث تعهد الرؤساء بوقف النار في سوريا": made in Ankara
            when = when or then
            if trig.defn.event_type == "CONSULT" and not here:
                here = attach.destination(doc.text, doc.tokens, trig, [*capitals, *places])
            if not when:  # "جاءت الغارة بعد يوم من زيارة …": a day before the raid ("ويأتي ذلك
                kind = trigs[i - 1].defn.event_type if i else None  # بعد أسبوع من": the report's)
                anchor = dated_before(mentions, kind)
                when = [d for d in [attach.offset_date(doc.tokens, trig, anchor)] if d is not None]
            found = events_for_trigger(doc, sent, trig, actors, here, when, mentions, places, inside is not None)
            if folded is not None and plan.defn.event_type == "ASSAULT" \
                    and not own_threat(doc, sent, plan, actors, found):
                found = events_for_trigger(doc, sent, plan, actors, here, when, mentions, places,
                                           inside is not None)
            if not found and trig.defn.event_type in SYMMETRIC:  # "واتفق الجانبان على …"
                parties = parties_named_before(doc, sent, mentions, actors_all)
                if parties:
                    verb, subjects = standing_after(doc, sent, trig, parties)
                    found = events_for_trigger(doc, sent, verb, subjects,
                                                here, when, mentions, places)
            if not found and i > 0 and trigs[i - 1].defn.event_type == trig.defn.event_type \
                    and (not (after_connective(doc.tokens, trig) or responds_to(doc.tokens, trig))
                         or _cause_of_death(doc.tokens, trigs[i - 1], trig)) \
                    and not topic(doc.tokens, trig):
                attach.enrich(mentions, doc, sent, trig, here, when)  # "قتل 27 … في كمين … قرب كركوك"
            elif not found and last is not None:
                mentions[last:] = attach.inherit(mentions[last:], doc.text, doc.tokens, trig, here, when)
            elif not found and ((trig.first_token, trig.defn.event_type) in subjects
                                or trig.defn.pos == "verb" and act_as_subject(doc.tokens, trig)
                                or weapon_subject(doc.tokens, trig)):  # "إن المسيّرة استهدفت"
                attach.enrich(mentions, doc, sent, trig, here, when)  # "إن الضربات استهدفت موقعا في دمشق"
            if not found and (trip := journey_of(doc.tokens, trig, actors, here, when,
                                                 doc.today)) is not None:
                journeys.append(trip)  # "ووصل العبادي، الجمعة، إلى البصرة": where he was that day
            found = told_again(found, mentions, doc, sent, trig, subjects, continued)
            found = handed_to(doc, sent, trig, found, actors)  # "سلمت قسد 153 عراقيا إلى بغداد"
            # "أسرت المقاومة جنديين خلال اشتباك قرب خان يونس": a frame's place and past date (its talks
            # to come are not the act's) are the act's before it
            if found and last is not None:
                past = [d for d in when if doc.today is None or d.interval.start <= doc.today]
                mentions[last:] = attach.inherit(mentions[last:], doc.text, doc.tokens, trig, here, past)
            if found and silent is not None and trig.defn.event_type == "ASSAULT":
                found = [_with_doer(e, doc, silent, trig, actors) for e in found]
                if _KILLING in doc.tokens[trig.first_token].norm \
                        or _KILLING in doc.tokens[silent.first_token].norm:  # "قتل 12 مدنيا، السبت،
                    # في قصف" (not "الغارات التي شنتها واشنطن ردا عليه")
                    found = [_with_setting(e, doc, silent, *silent_at) for e in found]
            if trig.defn.event_type == "ASSAULT":
                silent, silent_at = (None, ([], [])) if found else (trig, (here, when))
            if found:
                last = len(mentions)
            mentions.extend(replace(e, date_is_published=True) if e.date is not None  # "وفق بيان
                            and statement_day(doc.tokens, starts, e.date) else e  # ورد الجمعة"
                            for e in found)
        share_setting(mentions, sent.start)  # "فرقت قوات الأمن، أمس، تظاهرة خرجت في جاسم"
        if last is None or claim is not None:  # "وأعلن التنظيم مسؤوليته عن الهجوم": a claim, of an
            claim_back(mentions, doc, sent, actors_all, told if last is not None else 0)  # act told here if any
    return tuple(_whose_civilians(e, doc.text)
                 for e in after_journeys(merge_mentions(mentions, doc.text), journeys))


def _with_doer(e: Event, doc: Doc, attack: TriggerMatch, killing: TriggerMatch,
               actors: Sequence[Positioned]) -> Event:
    """"أسفر هجوم لتنظيم داعش على قرية في ديالى عن مقتل 12 مدنيا", "هاجم تنظيم داعش قرية وقتل
    12 مدنيا": the named doer of an attack that gave no event of its own (it hit a place, not a
    party) did the killing reported after it, which names no doer of its own, with the attack's
    weapon ("قصف مدفعي") unless the killing names one."""
    if e.source.actor.code != "UNK" or e.source.text or any(
            doc.tokens[k].norm in _ANOTHER_ACT for k in range(attack.last_token, killing.first_token)):
        return e  # "هاجم داعش قرية في ديالى، فيما قتل جنديان في الأنبار": another act
    doer, _ = pick_arguments(doc.tokens, attack, list(actors))
    if doer is None or doer.ref.actor.sector == "CVL" \
            or e.target is not None and doer.ref.actor.code == e.target.actor.code:
        return e
    return replace(e, source=as_sector(doer.ref, "MIL", people=True), mode=e.mode or attack.defn.mode)


_KILLING = normalize("قتل")
_MARTYRDOM = normalize("استشهد")
#: "قتل سبعة جنود جراء اعتداء …": the attack the deaths came of is the same act
_CAUSED_BY = {normalize(w) for w in ("جراء", "إثر", "اثر", "بسبب", "نتيجة")}


def _cause_of_death(tokens: Sequence[Token], death: TriggerMatch, attack: TriggerMatch) -> bool:
    word = tokens[death.first_token].norm
    return (_KILLING in word or _MARTYRDOM in word) and attack.first_token > 0 \
        and tokens[attack.first_token - 1].norm in _CAUSED_BY


def _with_setting(e: Event, doc: Doc, attack: TriggerMatch, places: Sequence[PlaceRef],
                  dates: Sequence[DateRef]) -> Event:
    """"تبنى التنظيم الهجوم الذي استهدف قوات الحزام الأمني في أبين في العشرين من فبراير، وقال إن
    مقاتليه قتلوا خمسة جنود": the killing told after an attack that gave no event of its own
    happened where and when the attack did, unless it says otherwise."""
    changes: dict[str, object] = {}
    place = attach.choose_place(doc.text, doc.tokens, attack, places) if places else None
    if e.location is None and place is not None:
        changes["location"] = place
    when = attach.choose_date(attack, dates)
    if when is not None and (e.date is None or e.date_is_published):
        changes["date"], changes["date_is_published"] = when, False
    return replace(e, **changes) if changes else e  # type: ignore[arg-type]


#: words that open a report of another act within one sentence
_ANOTHER_ACT = {normalize(w) for w in ("فيما", "بينما", "كما", "منفصل", "منفصلة", "وفي", "أيضا")}



def _whose_civilians(e: Event, text: str) -> Event:
    """An attack's civilians named bare are the hit place's ("قصفت الطائرات الروسية إدلب ما أسفر
    عن مقتل 5 مدنيين": Syrians, not Russians); aid sent to a place, no one named, is for its
    people ("أرسلت الأمم المتحدة قافلة مساعدات إلى مدينة الفاشر"), unless it only passes through
    ("إلى مطار العريش تمهيدا لإدخالها إلى قطاع غزة")."""
    if e.event_type == "AID" and e.target is None and e.location is not None \
            and not _passing(text, e) and (people := inferred(e.location, "CVL")) is not None:
        return replace(e, target=people)
    state = e.source.actor.country if e.source.actor.sector in STATE_ORGANS else None
    told = set(normalize(text[e.evidence.start : e.evidence.end]).split())
    if e.mode == "release" and e.target is None and state and _CAPTIVES & told \
            and not told & _FOREIGN and not any(is_nisba(w) for w in told - set(
                normalize(e.source.text).split())):
        # "أطلقت السلطات السورية سراح 200 موقوف": the detainees a state frees are its people
        freed = ActorRef(e.trigger.end, e.trigger.end, "", role_actor(state, "CVL"))
        return replace(e, target=freed)
    if e.event_type not in MATERIAL_FORCE and e.event_type != "COERCE" or e.target is None \
            or e.event_type == "COERCE" and not normalize(e.target.text).startswith(_PEOPLE):
        return e  # "اعتقل الجيش التركي مدنيين قرب عفرين": Syrians (not "متظاهرين في نيويورك")
    target = civilians_where_hit(e.target, e.location)
    return e if target is e.target else replace(e, target=target)


_GATES = {normalize(w) for w in ("مطار", "ميناء", "معبر", "منفذ")}
_PEOPLE = tuple(normalize(w) for w in ("مدني", "مواطن", "أشخاص", "شخص", "شبان", "سكان", "أهالي",
                                       "المدني", "المواطن", "الأشخاص", "الشبان", "السكان",
                                       "مستشفى", "المستشفى", "مدرسة", "المدرسة"))  # raided
#: prisoners of war, an occupier's captives, a nationality told: the freed are not the state's own
_FOREIGN = {normalize(w) for w in ("الجنسية", "الاحتلال", "يحمل", "التبادل", "تبادل")}
_CAPTIVES = {normalize(w) for w in ("سجين", "سجينا", "سجناء",
                                    "السجناء", "معتقل", "معتقلا", "معتقلين", "المعتقلين", "موقوف",
                                    "موقوفا", "موقوفين", "الموقوفين", "محتجز", "محتجزا", "محتجزين",
                                    "المحتجزين")}


def _passing(text: str, e: Event) -> bool:
    """Aid sent to an airport, a port or a crossing, or on to somewhere else."""
    before = text[e.evidence.start : e.location.start].split()
    return bool(before) and normalize(before[-1]) in _GATES \
        or normalize("إلى") in normalize(text[e.location.end : e.evidence.end]).split()


def _same_voice(ref: ActorRef | PlaceRef | DateRef, quote: tuple[int, int] | None,
                quotes: list[tuple[int, int]], speaker: bool = True) -> bool:
    """What is quoted inside "…" belongs to events reported inside the same quotation; the
    time and place outside a quotation are those of the speech, not of what it reports."""
    if quote is not None:  # the speaker before the quotation may be its doer too
        return quote[0] <= ref.start < quote[1] or speaker and ref.end <= quote[0]
    return not any(q[0] <= ref.start < q[1] for q in quotes)


_BORDER = {normalize(w) for w in ("الحدود", "حدود", "الحدودية", "المشتركة", "حدودها", "حدوده")}


def _across_border(text: str, place: PlaceRef) -> bool:
    """"قرب الحدود مع النيجر": the neighbour across the border is not where it happened."""
    words = normalize(text[max(0, place.start - 30) : place.start]).split()[-4:]
    return bool(words) and words[-1] == "مع" and any(w in _BORDER for w in words[:-1])


def _inside_person(place: PlaceRef, people: Sequence[Mention]) -> bool:
    """A place name inside a recognised person's name ("عزيز" in "عزيز إسبر") is no place."""
    return any(m.start <= place.start and place.end <= m.end for m in people)


def _within(sent: Sentence, *spans: Sequence[S]) -> list[S]:
    """The spans of the given lists that overlap the sentence."""
    return [x for group in spans for x in group if x.start < sent.end and sent.start < x.end]

