"""The events of one trigger: its source and target, modality, place, date, toll, mode and
confidence, one event per pair of parties (several states striking together → one each)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from rasid.arabic.normalize import normalize
from rasid.coding import kinds
from rasid.coding.accidents import accidental, weapon_named
from rasid.coding.adjectives import and_nisbas, nisba_chain, object_state
from rasid.coding.agents import HELD_OR_HIT, after_agent_word, attacked, partitive_of, reported_done
from rasid.coding.aid import aid_giver, withheld
from rasid.coding.arguments import pick_arguments
from rasid.coding.attach import choose_date, choose_place
from rasid.coding.chronology import date_back_then
from rasid.coding.claims import CUE_ATTRIB, attribution, claimed, telling_medics
from rasid.coding.classifier import live_probability
from rasid.coding.clauses import (
    RELATIVES,
    against_an_idea,
    agentless,
    jussive,
    past_progressive,
    performative,
    since,
    whom_object,
)
from rasid.coding.confidence import EventEvidence, argument_kind, tokens_apart
from rasid.coding.confidence import confidence as score
from rasid.coding.fatalities import counts_people, says_no_one_died, toll_in, wounded
from rasid.coding.governed import recalled_from, regional_government
from rasid.coding.joined import first_of_clause
from rasid.coding.kinds import MATERIAL, MATERIAL_FORCE, ON_EVERYONE, STATE_ORGANS, SYMMETRIC
from rasid.coding.mentioned import welcomed
from rasid.coding.modality import (
    denied,
    is_generic,
    is_hypothetical,
    is_negated,
    is_purpose,
    to_stop,
    trend_or_habit,
)
from rasid.coding.modes import refined, weapon_mode
from rasid.coding.objects import (
    THINGS_TAKEN,
    hits_no_party,
    on_a_town,
    on_things,
    struck_site,
)
from rasid.coding.parties import (
    REPORTERS,
    amid_whose_act,
    as_party,
    as_sector,
    beneficiary,
    counterpart,
    executed,
    forces_of,
    host_forces,
    inferred,
    minister_as_government,
    names_the_dead,
    nisba_doer,
    own_state,
    people_of,
    protested_government,
    protesters,
    reporting,
    settlers,
    state_government,
    victim,
    visit_setting,
)
from rasid.coding.persons import named_victim
from rasid.coding.positions import (
    Positioned,
    armed_with,
    coordinated_group,
    instrument,
    partners_near,
    party_pairs,
)
from rasid.coding.references import condemned_party, doers_of_named_act, host_first, speaker_of
from rasid.coding.repel import repelled
from rasid.coding.sites import a_building
from rasid.coding.syntax import (
    act_clause,
    asking_participle,
    by_a_crowd,
    headline,
    main_clause,
    performed,
    staged_in,
)
from rasid.coding.threats import asked_mode, threat_parties, threatened_mode
from rasid.coding.triggers import TriggerMatch
from rasid.model import (
    Actor,
    ActorRef,
    DateRef,
    Doc,
    Event,
    Interval,
    PlaceRef,
    Sentence,
    Span,
)

FORCES = {"MIL", "COP", "REB", "PRM", "SPY", "UAF"}
#: who arrives somewhere without paying a visit: forces, and numbers of people (وصل عدد اللاجئين)
TRAVELLERS_NOT = FORCES | {"CVL", "REF"}


#: event types that need an addressee: a meeting, an agreement or a speech act with no other
#: party identified is not coded (spec/GOLD.md "Verbal events")
NEEDS_TARGET = {"CONSULT", "AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "COOPERATE",
                "ASSAULT", "COERCE", "SANCTION"}


UNKNOWN = Actor(code="UNK", name="Unidentified actor", kind="unknown")

GROUP_TERROR = {"ISIS", "AQ", "HTS"}
#: statements about another state's act, proposal or land, named by an adjective
_ABOUT_A_STATE = {"ACCUSE", "REJECT", "SUPPORT", "THREATEN", "cyber", "discontinue"}  # and modes


#: a past event the article only recalls ("وكان … قد …"): undated, it takes no date at all
RECALL = {normalize(w) for w in ("وكان", "كان", "وكانت", "كانت", "سبق", "وسبق", "منذ", "سابقا")}


def _recalled(doc: Doc, sent: Sentence, trig: TriggerMatch) -> bool:
    if trig.defn.imperfect and (past_progressive(doc.tokens, trig) or performative(doc.tokens, trig)
                                or jussive(doc.tokens, trig)):
        return False  # "كانت القوات تستهدف": going on at the time of the report; "نشكر": said now
    titled = doc.article.title is None and headline(  # a title's present tense is today's news
        doc.text, sent.first_token, sent.last_token, sent.start, sent.end)
    return any(t.norm in RECALL for t in main_clause(doc.tokens, sent.first_token, trig.first_token)) \
        or trig.defn.imperfect and not titled


def events_for_trigger(doc: Doc, sent: Sentence, trig: TriggerMatch, actors: list[Positioned],
                        places: Sequence[PlaceRef], dates: Sequence[DateRef],
                        earlier: Sequence[Event] = (), around: Sequence[PlaceRef] = (),
                        inside_quote: bool = False) -> list[Event]:
    defn, stop = trig.defn, next((k for k in range(trig.last_token, sent.last_token)
                                  if doc.tokens[k].text in "،,"), sent.last_token)  # its clause
    if is_generic(doc.tokens, trig.last_token, sent.last_token) \
            or defn.pos == "noun" and to_stop(doc.tokens, trig.first_token) \
            or defn.event_type == "AID" and withheld(doc, trig) \
            or welcomed(doc.tokens, trig.first_token) and all(
                p.last <= trig.first_token or p.first > stop for p in actors):
        return []  # "منعت دخول المساعدات"; "رحبت البعثة بإعلان وقف إطلاق النار"; "التنسيق مستمر"
    date_ref = choose_date(trig, dates, doc.tokens) or date_back_then(
        doc.tokens, sent.first_token, sent.last_token, sent.start, doc.dates, doc.today)
    spoken = performative(doc.tokens, trig)  # "نشكر بغداد", "ندين الهجوم": the words are the act
    habitual = defn.imperfect and not defn.future and not past_progressive(doc.tokens, trig) \
        and not spoken and not jussive(doc.tokens, trig) \
        and not (doc.article.title is None  # a reader that kept the title apart gives the lead
                 and headline(doc.text, sent.first_token, sent.last_token, sent.start, sent.end))
    undated = not any(sent.start <= d.start < sent.end for d in doc.dates)  # nor its sentence
    if date_ref is None and (habitual or _plural(doc, trig) and not places
                             or undated and trend_or_habit(doc.tokens, trig.first_token)):
        return []  # present tense or a plural noun with no date: a habit or a series, not an occurrence
    if date_ref is None and defn.event_type == "ASSAULT" and defn.pos == "noun" and since(doc.tokens, sent):
        return []  # "مقتل أكثر من 45 جنديا منذ ذلك التاريخ": a count over time, not one act
    if defn.event_type in MATERIAL and defn.mode != "censor":  # agencies and monitors report acts
        actors = [p for p in actors  # (NGOs do give aid, unless told; an outlet is censored)
                  if not (reporting(doc.tokens, p) or telling_medics(doc.tokens, p))
                  or defn.event_type == "AID"
                  and not (p.first and doc.tokens[p.first - 1].norm.removeprefix("و") in CUE_ATTRIB)]
    if defn.event_type == "MOBILIZE" and against_an_idea(doc.tokens, trig, actors):
        return []
    source, target = pick_arguments(doc.tokens, trig, actors)
    if source is None and defn.event_type == "ASSAULT":  # "في قصف بالمدفعية التركية": whose guns
        source = armed_with(doc.tokens, actors)
    if target is None and defn.event_type in HELD_OR_HIT:  # "واعتقلت 23 منهم"
        target = partitive_of(doc.tokens, trig, actors, source)
    if defn.event_type == "REQUEST" and asking_participle(doc.tokens, trig):
        # "دانت الوزارة القصف، مطالبة مجلس الأمن بـ": the subject asks the party after it
        source = first_of_clause(doc.tokens, trig.first_token, actors,
                                 plural=doc.tokens[trig.first_token].norm.endswith("ين"))
        target = next((p for p in actors if p.first >= trig.last_token), None)
    if defn.event_type in MATERIAL - {"PROTEST"} and source is not None and source.ref.actor.sector in REPORTERS:
        # "اعتقلت قوات الأمن في أربيل صحفيين": journalists are held or hit (or protest), they do not do it
        source, target = pick_arguments(doc.tokens, trig, [p for p in actors if p is not source])
        target = target or next(p for p in actors if p.ref.actor.sector in REPORTERS)
    if inside_quote and defn.event_type not in MATERIAL and (spoken or agentless(doc.tokens, trig)):
        # "قال بارزاني: «نشكر بغداد»", "قال المتحدث الإيراني: «تم إبلاغه مذكرة احتجاج للحكومة
        # العراقية»": the speaker's side acts, on the first other party named after the verb
        speaker = speaker_of(doc, sent, trig, actors)
        if speaker is not None:
            source = speaker
            target = next((p for p in actors if p.first >= trig.last_token  # not the speaker's own
                           and (p.ref.actor.code, p.ref.actor.name) != (speaker.ref.actor.code,
                                                                        speaker.ref.actor.name)), None)
    rioters = source if source is not None and protesters(source.ref) else None  # not those attacked
    if defn.event_type == "ASSAULT" and rioters is not None:  # "اقتحم متظاهرون القنصلية": a riot
        defn = replace(defn, event_type="PROTEST", mode="riot")
        trig = replace(trig, defn=defn)
        source, target = rioters, (target if target is not rioters else attacked(doc.tokens, rioters, actors))
    if defn.event_type == "MOBILIZE" and source is None and forces_of(doc.tokens, trig, target):
        source, target = target, None  # "وصلت تعزيزات من الحشد الشعبي": whose forces they are
    whom = defn.event_type == "COERCE" and whom_object(doc.tokens, trig)
    if whom:  # "باعتقال من يستسلمون أو يوقعون اتفاقيات مع النظام": people, not the regime
        target = None
    if (defn.event_type == "ASSAULT" or defn.mode == "cyber") and defn.pos != "verb" \
            and repelled(doc.tokens, trig):
        # "تصدت وحدات الجيش لهجوم … من تدبير تنظيم الدولة": the repeller (named before) was attacked
        repeller = next((p for p in reversed(actors) if p.last <= trig.first_token), None)
        attacker = next((p for p in (source, target) if p is not None and p is not repeller), None)
        source, target = attacker, repeller
    if defn.event_type == "ASSAULT" and source is not None and (a_building(source.ref) or (
            source.ref.actor.sector == "CVL" and not settlers(source.ref))):
        # "آلاف المدنيين الذين أنهكتهم المعارك والقصف": civilians suffer attacks, they do not make
        armed = target is not None and after_agent_word(doc.tokens, target)
        source, target = (target, source) if armed else (None, target or source)  # them ("شنته")
    if defn.event_type == "THREATEN" and defn.pos == "phrase" and not defn.predicate:  # "وردت روسيا
        # بالقول إن «لن يمر»" (a party called a legitimate target is named before the words)
        source, target = threat_parties(doc, sent, trig, actors, source, target)
    nisba_source = False
    if defn.event_type == "AID" and source is None and defn.pos == "noun":
        source = aid_giver(doc, trig)  # "وصلت قافلة مساعدات أممية"
    if defn.event_type in MATERIAL_FORCE and (source is None or defn.pos == "noun"):
        scan = source is None or names_the_dead(doc, trig)  # "ضربات جوية أمريكية": the
        named = nisba_doer(doc, trig, sent.last_token if scan else None,
                           adjective=defn.pos != "verb")  # an adjective beats any actor
        if named is not None:
            if target is None and source is not None and victim(doc, source):
                target = source  # "مقتل روسيين في ضربات أمريكية": the dead are the target
            source, nisba_source = named, True
    about = object_state(doc, trig, actors, source, defn.mode == "cyber") \
        if _ABOUT_A_STATE & {defn.event_type, defn.mode} else None
    if about is not None and (target is None or target.first > about.first):  # "رفض لبنان المقترح
        target = about  # الإسرائيلي", "هجوما إلكترونيا على مواقع وزارات إسرائيلية"
    hurt = wounded(doc.tokens, trig.last_token, sent.last_token, sent.first_token) \
        if defn.event_type == "ASSAULT" else None
    blast = defn.mode == "explosives"  # "أصيب خمسة جنود في انفجار": the wounded, not its doer
    if hurt is not None and (target is None or blast and source is not None
                             and source.first == hurt):
        target = next((p for p in actors if p.first == hurt), target)  # "ما أدى إلى إصابة ثلاثة"
        source = None if source is target and blast else source  # not "خلال هجومهم" (theirs)
    negated = is_negated(doc.tokens, sent.first_token, trig.first_token)
    perfect = defn.pos in ("verb", "phrase") and not defn.imperfect
    hypothetical = is_hypothetical(doc.tokens, sent.first_token, trig.first_token, defn.future, perfect) \
        or is_purpose(doc.text, doc.tokens, trig)
    if defn.event_type == "THREATEN":  # the threat (unless denied) is the event, its content hypothetical
        negated, hypothetical = negated and denied(doc.tokens, sent.first_token, trig.first_token), False
    states = nisba_chain(doc, trig, actors) if defn.event_type in SYMMETRIC else []
    if states and {p.ref.actor.country for p in (source, target) if p} != {p.ref.actor.country for p in states[:2]}:
        source, target = states[0], states[1]  # "مباحثات عراقية كويتية": the states named by adjective
    mutual = defn.mode == "ceasefire" or defn.mutual  # a ceasefire's, an exchange's two sides
    pairs, multilateral = party_pairs(defn.event_type, source, target, actors, mutual)
    multilateral = multilateral or len(states) > 2
    if defn.event_type in MATERIAL_FORCE and source is not None:  # "رفقة روسيا": a co-doer
        pairs += [(p.ref, tgt) for p in partners_near(doc.tokens, trig, actors)
                  for _, tgt in pairs[:1]]
    pairs = and_nisbas(doc, pairs, source if nisba_source else None,  # "الأمريكية والبريطانية"
                       about if target is about else None)
    if defn.event_type == "THREATEN" and defn.pos == "phrase" and target is None and source is not None:
        # "قالت روسيا إن الهجوم على حليفتها لن يمر من دون عواقب": those who did it are warned
        doers = doers_of_named_act(doc, sent, trig, earlier)
        if doers:
            pairs = [(src, d) for src, _ in pairs for d in doers if d.actor.code != src.actor.code]
    mode = "multilateral" if multilateral and defn.event_type == "CONSULT" else defn.mode
    if defn.event_type == "THREATEN" and mode is None:
        mode = threatened_mode(doc.tokens, trig, sent.last_token)
    if defn.event_type in ("REQUEST", "REJECT") and mode is None:
        mode = asked_mode(doc.tokens, trig, sent.last_token)  # "دعا تركيا إلى سحب قواتها": yield
    published = doc.today
    if date_ref is not None and published is not None and date_ref.interval.start > published:
        if defn.event_type in ("CONCEDE", "AGREE", "THREATEN"):  # "ستسحب قواتها بحلول نهاية
            date_ref = None  # العام": the promise (threat) is made now, the date is its content's
        else:  # "اجتماع يعقد في السابع من الشهر" after the report: not yet an event
            hypothetical = True
    from_published = False
    if date_ref is None and published is not None and not _recalled(doc, sent, trig):
        date_ref, from_published = DateRef(trig.start, trig.end, "", Interval(published, published)), True
    place = choose_place(doc.text, doc.tokens, trig, places)
    if multilateral and defn.event_type == "CONSULT" and place is not None and source is not None:
        pairs = host_first(coordinated_group(actors, source), place) or pairs
    own = act_clause(doc.tokens, sent.first_token, sent.last_token, trig)  # not after فيما
    toll = toll_in(doc.tokens, *own) if defn.event_type == "ASSAULT" else None
    none_died = toll is None and defn.event_type == "ASSAULT" and says_no_one_died(doc.tokens, *own)
    attributed = attribution(doc, sent, trig, actors)
    p_live = live_probability(doc.tokens, sent.first_token, sent.last_token, trig)  # never vetoes
    events = []
    threat = defn.event_type == "THREATEN"
    others = any(p is not source and not instrument(doc.tokens, p) for p in actors)  # "بالمدفعية"
    for src, tgt in pairs:
        if tgt is None and place is not None and (toll is not None and counts_people(  # "مقتل 9 أشخاص"
                doc.tokens, *own,  # not "أعلنت الشرطة سقوط 3 قتلى": who tells
                others or source is not None and source.ref is attributed)
                or hurt is not None and counts_people(doc.tokens, hurt, hurt + 1)):
            tgt = inferred(place, "CVL")  # "مقتل 9 أشخاص"
        if defn.mode in THINGS_TAKEN and tgt is not None and tgt.actor.kind == "state":
            tgt = None  # "ضبطت … شحنة على الحدود مع إيران": a country named as a place is not hit
        if src is not None and (whom or defn.mode in ON_EVERYONE and (tgt is None or own_state(tgt, src))
                                or defn.mode == "destroy" and bool(defn.then) and tgt is None):  # homes burnt
            tgt = people_of(src, place)  # "فرضت السلطات حظر تجوال في الأبيض": its people, not its forces
        state = src is not None and src.actor.sector in STATE_ORGANS  # who dispersed it
        if defn.event_type == "PROTEST" and place is not None and (src is None or state) \
                and (staged_in(doc.tokens, trig) or by_a_crowd(doc.tokens, trig)):
            src = inferred(place, "CVL")  # "شهدت ذي قار احتجاجات", "فرقت الشرطة تظاهرة في جاسم"
        # an unidentified doer: a cyber attack on a named party, a site struck with no party named
        anonymous = tgt is not None if defn.mode == "cyber" else (
            defn.event_type == "ASSAULT" and tgt is None and not actors
            and struck_site(doc, sent, trig, place))  # "استُهدف مطار أربيل بطائرة مسيرة"
        if src is None and not anonymous:  # a weapon's blast hurts (عبوة), an accident does not
            if defn.event_type != "ASSAULT" or tgt is None or accidental(doc.tokens, *own) \
                    or defn.pos == "noun" and toll is None and not (hurt is not None and (
                        tgt.actor.sector == "CVL" or weapon_named(doc.tokens, *own))) \
                    and not reported_done(doc.tokens, trig):  # "جرى استهداف رتل للتحالف": told as done
                continue
        if src is None:
            src = ActorRef(trig.start, trig.start, "", UNKNOWN)
        if defn.event_type in MATERIAL_FORCE:
            src = src if executed(doc.tokens, trig) else as_sector(src, "MIL", people=True)
            tgt = as_sector(tgt, "MIL", people=False) if tgt is not None else None
        else:  # "وقع وزير الدفاع الإيراني اتفاقا": a minister acts for the government
            src = minister_as_government(src)
            tgt = counterpart(minister_as_government(tgt), src) if tgt is not None else None
        if defn.event_type == "ACCUSE":
            tgt = condemned_party(doc, trig, earlier, tgt)
            tgt = state_government(tgt) if tgt is not None else None  # condemning a military act addresses the state
        if tgt is not None and (tgt.actor.code == src.actor.code and defn.event_type not in SYMMETRIC
                                or (threat or defn.event_type in ("RETREAT", "CONCEDE", "MOBILIZE")
                                    and src.actor.sector in ("GOV", "MIL")) and own_state(tgt, src)):
            tgt = None  # "هدد الحرس الثوري بالرد على أي هجوم يستهدف مصالح إيران": its own side
        if tgt is None and (defn.event_type in ("CONCEDE", "SANCTION") or defn.mode == "restrict"):
            tgt = regional_government(trig, around, src, published) or (  # "إعادة فتح مطاري أربيل"
                recalled_from(doc.text, trig, around, src) if defn.mode == "withdraw" else None)
        if tgt is None and defn.event_type == "ASSAULT" and not any(p.ref.actor.kind == "group" for p in actors):
            # the trigger's own place, else the nearest one of its sentence, tells whose forces were hit
            near = place or min(around, key=lambda p: abs(p.start - trig.start), default=None)
            tgt = None if on_a_town(doc, sent, trig) and not settlers(src) \
                else host_forces(src, near)  # a town: no army (settlers': its people)

        if defn.event_type == "PROTEST" and (src.actor.sector in STATE_ORGANS
                                              or src.actor.code in ("UNO", "IGO")):
            continue  # states do not protest; "احتجاجات" here is the setting of another act
        if defn.event_type == "PROTEST" and tgt is None:  # "أقر المجلس الميزانية وسط مقاطعة النواب"
            tgt = amid_whose_act(doc.tokens, trig, actors, src) or protested_government(src)
        if defn.then and defn.event_type == "CONSULT" and src.actor.kind != "person" \
                and (src.actor.sector in TRAVELLERS_NOT or src.actor.code in GROUP_TERROR):
            continue  # "وصلت القوات الأمريكية إلى قاعدة التنف", "توجه مقاتلو التنظيم إلى": no visit
        if "election" in defn.contexts:
            src, tgt = as_party(src, published), as_party(tgt, published) if tgt is not None else None
        etype, ev_mode_base = defn.event_type, mode
        if etype == "MOBILIZE" and src.actor.sector == "COP":
            ev_mode_base = "police"  # "نشرت وزارة الداخلية مئات العناصر": police deployed
        elif etype == "MOBILIZE" and kinds.militia(src.actor):
            ev_mode_base = "militia"  # "حشدت فصائل الحشد الشعبي مئات المقاتلين"
        if etype == "ASSAULT" and tgt is not None and beneficiary(doc, tgt):
            etype, ev_mode_base = "AID", None  # "عملية عسكرية … لدعم الرئيس": military support
        if tgt is None and defn.event_type == "CONSULT" and defn.mode == "visit" \
                and place is not None and src.actor.country \
                and place.place.country not in (None, src.actor.country):  # "زيارته إلى أنقرة"
            tgt = inferred(place, "GOV")
        if tgt is None and etype in ("ASSAULT", "COERCE", "SANCTION"):
            tgt = named_victim(doc, sent, trig, src, place)  # "اعتقلت الشرطة أحمد عويد"
        on_a_place = tgt is None and etype == "ASSAULT" \
            and (anonymous or hits_no_party(doc, sent, trig, src, places, place))  # on a town
        if tgt is None and defn.event_type in NEEDS_TARGET and not (negated or hypothetical) \
                and not on_things(defn) and not on_a_place:
            continue  # denied and hypothetical acts are kept for analysts even without a target
        if etype == "ASSAULT":
            cue = weapon_mode(doc.tokens, *own)  # not after فيما
            ev_mode_base = refined(ev_mode_base, cue, src.text, doc.text[trig.end : trig.end + 40])
        ev_mode, ev_place, src, tgt = visit_setting(etype, ev_mode_base, src, tgt, place, doc.text)
        ev_mode = None if etype in kinds.MODELESS else ev_mode  # a declared ceasefire: no mode
        contexts = set(defn.contexts)
        if {src.actor.code, tgt.actor.code if tgt else ""} & GROUP_TERROR:
            contexts.add("terrorism")
        confidence = score(EventEvidence(
            strength=defn.strength, source=argument_kind(src, sent, inferred=nisba_source),
            target=argument_kind(tgt, sent), source_distance=tokens_apart(trig, source),
            place=ev_place is not None, explicit_date=date_ref is not None and not from_published,
            modal=negated or hypothetical, classifier=p_live))
        events.append(Event(
            event_type=etype, mode=ev_mode, contexts=tuple(sorted(contexts)),
            source=src, target=tgt, location=ev_place, date=date_ref,
            evidence=Span(sent.start, sent.end), trigger=Span(trig.start, trig.end),
            fatalities=0 if none_died else None if on_a_place else toll,  # others' dead
            attributed_to=claimed(attributed, src), negated=negated,
            hypothetical=hypothetical, confidence=round(min(1.0, confidence), 3),
            date_is_published=from_published,
        ))
    return events


def _plural(doc: Doc, trig: TriggerMatch) -> bool:
    """A feminine-plural noun trigger ("زيارات", "لقاءات", "هجمات")."""
    if trig.last_token < len(doc.tokens) and doc.tokens[trig.last_token].norm in RELATIVES:
        return False  # "الغارات التي شنتها X": a relative clause pins the series down to one act
    return trig.defn.pos == "noun" and trig.last_token - trig.first_token == 1 \
        and doc.tokens[trig.first_token].norm.endswith("ات") and not performed(doc.tokens, trig)
