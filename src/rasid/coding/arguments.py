"""Source and target, place and date of a trigger, from the sentence around it.

Arabic news puts the doer right after a verb (VSO: "قصفت الطائرات الروسية …") or before it
(SVO: "الطائرات الروسية قصفت …", and "قام X بـ + masdar"); after a masdar the next noun is the
patient (استهداف X) or, for visits and meetings, the visitor (زيارة X). Prepositions mark the
other party: مع for meetings, على/ضد for attacks, من for requests.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.calendar import date_word
from rasid.arabic.normalize import normalize
from rasid.arabic.numbers import UNITS
from rasid.coding.agents import (
    ATTACK_PREPS,
    HELD_OR_HIT,
    HIT_VERBS,
    accused_not_addressee,
    after_agent_word,
    answered_with,
    between_sides,
    city_of_act,
    counted_civilians,
    doer_genitive,
    killed_by,
    marked_passive,
    not_its_subject,
    origins_of,
    owner_by_lam,
    passive_toll,
    tells_own_dead,
    told_dead,
)
from rasid.coding.bombers import bomber
from rasid.coding.claims import charged
from rasid.coding.frames import framed_parties
from rasid.coding.joined import carried_subject, doer_before
from rasid.coding.kinds import SYMMETRIC
from rasid.coding.positions import (
    PLATFORMS,
    PREPOSITIONS,
    Positioned,
    coordinated_group,
    heading,
    instrument,
    landmark,
    marked_groups,
    not_acted_on,
    object_marked,
    partner,
    unquoted,
    word_before,
)
from rasid.coding.sites import names_a_site
from rasid.coding.syntax import (
    RELATIVE_WORDS,
    act_as_subject,
    backer,
    clause_end,
    kana_subject,
    main_clause,
    main_subjects,
    nested,
    possessed,
    subordinate,
)
from rasid.coding.triggers import TriggerMatch
from rasid.model import Token

_VSO_GAP = 3
#: particles that may stand between a subject and its verb: a negation ("أن الحكومة لن تطرد
#: السفير"), "قد" ("طائراتها قد قصفت"), "سوف"
_NOT = {normalize(w) for w in ("لم", "لن", "لا", "ما", "قد", "سوف")}
#: "يجب على X": the party a call is addressed to
_MUST = {normalize(w) for w in ("يجب", "ينبغي", "يتعين", "ويجب", "وينبغي")}
_BEFORE_WINDOW = 14
_AFTER_WINDOW = 14
#: not counted in the window: the slashes of a date ("٢٨/٢"), typographic quote marks
_UNCOUNTED = {"/", "-", "«", "»", "“", "”"}

PASSIVE_AGENT = {normalize(w) for w in ("قبل", "نفذه", "نفذها", "نصبه", "نصبها", "شنه", "شنها", "تبناه", "تبنته")}


#: "بحسب مسؤولين", "وفقا لبيان", "نقلا عن مصادر": who reports the event, not who takes part in it
ATTRIBUTION_CUES = {normalize(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "نقلا", "وبحسب", "وحسب", "ووفقا")}
#: claims of responsibility: the claimer is the doer (spec/GOLD.md: claims fill attributed_to)
CLAIMS = {normalize(w) for w in ("تبنى", "وتبنى", "تبنت", "وتبنت", "يتبنى", "تتبنى")}
#: "أفاد/قال X إن Y فعل": a bare complementiser opens another clause with its own subject
COMPLEMENTISERS = {normalize(w) for w in ("إن", "أن", "ان", "بأن", "وإن", "وأن")}
#: words that make the masdar after them a different act from the clause's ("إثر هجوم", "جراء قصف")
CONNECTIVES = {normalize(w) for w in ("خلفية", "إثر", "اثر", "جراء", "بسبب", "عقب", "أعقاب", "اعقاب",
                                      "بعد", "قبل", "منذ", "ردا", "رد", "بعيد", "قبيل")}


def _attributing(tokens: Sequence[Token], p: Positioned) -> bool:
    """An actor named after "بحسب/وفقا ل/نقلا عن" (at most two words between)."""
    for i in range(max(0, p.first - 3), p.first):
        if tokens[i].norm in ATTRIBUTION_CUES:
            return True
    return False


def _reports_other_subject(tokens: Sequence[Token], p: Positioned, trig: TriggerMatch) -> bool:
    """"قال مسؤولون إن مئات المقاتلين هاجموا", "قالت الشرطة إن انفجار عبوة استهدف": the speaker
    before a bare إن/أن is not the doer when the embedded clause has a subject of its own (the act
    itself, or one before it); "قال التنظيم إنه نفذ" (a pronoun on إن) keeps the speaker."""
    for i in range(p.last, trig.first_token):
        if tokens[i].norm in COMPLEMENTISERS:
            return trig.first_token - i > 1 or trig.defn.pos == "noun" and not possessed(tokens, trig) \
                and not (p.ref.actor.sector == "MIL" and trig.defn.mode not in _PLANTED)  # "غاراته استهدفت"
    return False


#: acts a force does not tell of as its own ("قال الجيش إن انفجار عبوة استهدف دورية")
_PLANTED = {"explosives", "suicide-attack"}
#: "أنه/إنها": a complementiser carrying the subject of the verb after it
_PRONOUN_COMPLEMENTISERS = {normalize(w) for w in ("أنه", "إنه", "بأنه", "أنها", "إنها", "بأنها", "أنهم",
                                                   "إنهم", "وأنه", "وإنه")}


def _pronoun_subject(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"أنه لم يعتقل", "إنها نفذت": the verb's subject is the pronoun on the complementiser."""
    k = trig.first_token - 1
    if k >= 0 and tokens[k].norm in _NOT:
        k -= 1
    return k >= 0 and tokens[k].norm in _PRONOUN_COMPLEMENTISERS


#: connectives that only ever take a noun: a perfect verb form right after them is a masdar
_NOUN_CONNECTIVES = {normalize(w) for w in ("خلفية", "إثر", "اثر", "جراء", "بسبب", "عقب", "أعقاب", "اعقاب")}


def after_connective(tokens: Sequence[Token], trig: TriggerMatch, strict: bool = False) -> bool:
    """The trigger follows "على خلفية/إثر/جراء/بعد …": it names another act than its clause's."""
    if strict:
        return trig.first_token > 0 and tokens[trig.first_token - 1].norm in _NOUN_CONNECTIVES
    prev = [tokens[i].norm for i in range(max(0, trig.first_token - 2), trig.first_token)]
    return any(w in CONNECTIVES for w in prev)


#: "ردا على ما يشتبه بأنه هجوم": the act responded to, named a few words on
RESPONSE = {normalize(w) for w in ("ردا", "رد", "انتقاما", "ثأرا", "ثارا", "جراء", "إثر", "اثر",
                                   "خلفية", "أعقاب", "اعقاب", "عقب")}
_RESPONSE_REACH = 5


def responds_to(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """The trigger names the act its clause responds to or follows from, a few words after
    "ردا على/انتقاما لـ/على خلفية" with no punctuation between (not "رد الجيش بقصف")."""
    return not answered_with(tokens, trig) and word_before(tokens, trig, RESPONSE, _RESPONSE_REACH)


#: what an attack hits of a party ("مواقع داعش", "مقرات الحزب"): the party after is the target
HELD = {normalize(w) for w in ("مواقع", "موقع", "مقر", "مقرات", "معاقل", "معقل", "مراكز", "مركز",
                               "تجمعات", "قواعد", "قاعدة", "منازل", "مخابئ", "أهداف", "اهداف",
                               "نقاط", "ثكنات", "آليات", "قافلة", "رتل", "مخازن", "مقار", "مبنى")}


#: "هجوم عسكري لطرد تنظيم الدولة": after a purpose masdar the party named is the one aimed at
PURPOSE_MASDARS = {normalize(w) for w in ("طرد", "استهداف", "ملاحقة", "تعقب", "مواجهة", "محاربة", "قتال",
                                          "ضرب", "استعادة", "تحرير", "دحر", "صد", "إبعاد", "إخراج",
                                          "مطاردة", "تطهير", "القضاء")}


def _purpose(tok: Token) -> bool:
    raw = normalize(tok.text)  # "لطرد", and "للقضاء" (ل + القضاء)
    return raw.startswith("ل") and (raw[1:] in PURPOSE_MASDARS or raw.startswith("لل")
                                    and "ا" + raw[1:] in PURPOSE_MASDARS)


def _gap_has_preposition(tokens: Sequence[Token], a: int, b: int) -> bool:
    for i in range(a, b):
        norm = tokens[i].norm
        if norm in PREPOSITIONS or not tokens[i].is_word and tokens[i].text in "،,:؛":
            return True
    return False


def _for_whom(tokens: Sequence[Token], trig: TriggerMatch, first: Positioned) -> bool:
    """"كمينا لحافلة تقل عناصر من الفرقة الرابعة": the party after an act noun and a word
    written with لـ is what the act was laid for, not its doer."""
    return trig.defn.pos == "noun" and first.first > trig.last_token \
        and tokens[trig.last_token].norm.startswith("ل") and not tokens[trig.last_token].norm.startswith("ال")


def pick_arguments(
    tokens: Sequence[Token],
    trig: TriggerMatch,
    sent_actors: Sequence[Positioned],
) -> tuple[Positioned | None, Positioned | None]:
    """(source, target) for one trigger among the actors of its sentence."""
    backers: set[int] = set()
    for k, p in enumerate(sent_actors):  # "بدعم من طيران التحالف وقوات الحشد": the whole list
        if backer(tokens, p, trig.defn.event_type) or p.coordinated and k > 0 \
                and id(sent_actors[k - 1]) in backers:
            backers.add(id(p))
    seats = {id(p) for p in sent_actors if landmark(tokens, p)} \
        if trig.defn.event_type in _PHYSICAL - {"PROTEST"} else set()  # alone, it was the aim
    sent_actors = [p for p in sent_actors if not _attributing(tokens, p) and id(p) not in backers
                   and not partner(tokens, p) and not heading(tokens, p, sent_actors)
                   and not city_of_act(tokens, trig, p)
                   and not (trig.defn.event_type not in _VERDICTS
                                                       and instrument(tokens, p))
                   and not (id(p) in seats and len(seats) < len(sent_actors))]
    claimer = next((p for p in sent_actors if p.first > 0 and tokens[p.first - 1].norm in CLAIMS), None)
    if claimer is not None:  # "وتبنى تنظيم داعش الهجوم": who claims an act did it, it was not hit
        source, target = pick_arguments(tokens, trig, [p for p in sent_actors if p is not claimer
                                                       and not bomber(p.ref)])  # its own bomber
        if source is not None and target is None and source.first >= trig.last_token:
            source, target = None, source  # "تبنى داعش الهجوم الذي استهدف عسكريين": they were hit
        return source or claimer, target
    if (framed := framed_parties(tokens, trig, sent_actors)) is not None:
        return framed  # "أعلنت X Y شخصا غير مرغوب فيه", "الغارة التي استهدفت القنصلية"
    marked = {id(sent_actors[k]) for k in marked_groups(tokens, sent_actors)}
    before = [p for p in sent_actors if p.last <= trig.first_token
              and len(main_clause(tokens, p.last, trig.first_token)) <= _BEFORE_WINDOW
              and id(p) not in marked and not _reports_other_subject(tokens, p, trig) and not told_dead(tokens, p)
              and not nested(tokens, p, trig) and not tells_own_dead(tokens, p, trig, sent_actors)]
    if before and trig.defn.pos != "noun" and subordinate(tokens, before[-1], trig):
        before = main_subjects(tokens, trig, sent_actors, marked)
    if (carried := carried_subject(tokens, trig.first_token, sent_actors)) is not None:
        before = [carried]  # "دانت تركيا الهجوم، وطالبت الحكومة العراقية …": Turkey asks
    if after_connective(tokens, trig, strict=trig.defn.pos != "noun") \
            or trig.defn.pos == "noun" and (responds_to(tokens, trig) or word_before(
                tokens, trig, _PERPETRATORS, 1)):  # "اعتقلت الشرطة منفذي هجوم …": unnamed
        before = []  # "على خلفية اعتداء محتجين": the masdar names another act, not the subject's
    end = clause_end(tokens, trig.last_token, max((p.last for p in sent_actors), default=0),
                     trig.defn.event_type, trig.defn.pos == "verb")
    after = [p for p in sent_actors if p.first >= trig.last_token and p.first < end
             and sum(t.text not in _UNCOUNTED and not date_word(t.norm)  # "يوم الأحد 30 نيسان"
                     for t in tokens[trig.last_token : p.first]) <= _AFTER_WINDOW
             and not not_acted_on(tokens, p)]
    obliged = next((p for p in sent_actors if p.last == trig.first_token and p.first > 1
                    and tokens[p.first - 1].norm == "علي" and tokens[p.first - 2].norm in _MUST), None)
    if obliged is not None:  # "يجب على الحكومة العراقية اعتقال …": whom the call is to would do it
        return obliged, next((p for p in after if p.ref.actor.code != obliged.ref.actor.code), None)
    if (trig.defn.event_type == "ASSAULT" and trig.defn.pos == "noun" or trig.defn.mutual
            or trig.defn.mode == "ceasefire" or trig.defn.event_type == "AGREE" and not after[2:3]) \
            and (sides := between_sides(tokens, trig, after)):  # "التوصل إلى اتفاق بين X و Y"
        return sides  # "اشتباكات بين الجيش وقوات الدعم السريع": the side named first, then the other
    if trig.defn.event_type in SYMMETRIC:  # "اجتماع التحالف ضد داعش"، "بشأن اللاجئين": no partner
        after = [p for p in after if not (p.first > 0 and tokens[p.first - 1].norm in _AGAINST)]
    immediate = None
    accused = trig.defn.mode == "allege" and bool(after) and charged(tokens, after[0], after)
    if after and not accused:
        first = after[0]
        gap = first.first - trig.last_token
        if gap <= _VSO_GAP and not _gap_has_preposition(tokens, trig.last_token, first.first) \
                and not object_marked(tokens, first) and not _for_whom(tokens, trig, first) \
                and not any(tokens[k].norm in HELD or _purpose(tokens[k]) for k in range(trig.last_token, first.first)) \
                and not (gap and trig.defn.genitive != "source" and after_agent_word(tokens, first, gap)):
            immediate = first  # not "قصفت مواقع داعش" (whose positions were hit), "قصف شنته قوات X" (X's)
    if immediate is not None and trig.defn.event_type in HELD_OR_HIT and (
            counted_civilians(tokens, immediate) or names_a_site(immediate.ref)):
        immediate = None  # "واعتقلت 14 فلسطينيا", "قصفت مسيرات قاعدة أمريكية": held or hit
    if immediate is not None and (carried or not_its_subject(tokens, trig, immediate,
                                                             bool(before))):
        immediate = None  # "واستدعت القائم بالأعمال التركي": he is summoned, the ministry summons
    if immediate is not None and _pronoun_subject(tokens, trig):
        immediate = None  # "أكد الجيش أنه لم يعتقل أي متظاهر": the pronoun is the subject
    defn = trig.defn
    kin = defn.event_type in SYMMETRIC
    origins = set() if defn.host_first or defn.event_type == "SANCTION" and defn.mode == "withdraw" \
        else origins_of(tokens, sent_actors)  # "تسلم العراق من تركيا", "استدعت دبلوماسييها من"
    source: Positioned | None
    target: Positioned | None = None
    subject = bool(before) and (before[-1].last == unquoted(tokens, trig.first_token)  # "إن
                                # القوات قتلت خمسة", "إن قواتها «حيدت» ٢٦ «إرهابيا»",
                                or before[-1].last == trig.first_token - 1  # "إن متظاهرا واحدا قتل"
                                and UNITS.get(tokens[before[-1].last].norm) == 1)
    particle = bool(before) and before[-1].last == trig.first_token - 1 \
        and tokens[before[-1].last].norm in _NOT  # "إن واشنطن سوف تفرض"
    if (passive_toll(tokens, trig) or marked_passive(tokens, trig)
            or not before and killed_by(tokens, trig)) and not subject:
        # "قُتل 27 شخصا من مقاتلي X في كمين نصبه Y", "اعتُقل ناشطان على يد عناصر من الشرطة"
        target = next((p for p in after if (id(p) not in marked or tokens[unquoted(  # "من «قسد»"
            tokens, p.first) - 1].norm == "من") and not after_agent_word(tokens, p)), None)
        rest = [p for p in sent_actors if p.first >= trig.last_token and p is not target]
        source = next((p for p in rest if after_agent_word(tokens, p)), None)
        return source, target
    if before and (killed_by(tokens, trig) or subject and marked_passive(tokens, trig)):
        # "ثلاثة من منتسبي الجيش قتلوا بهجوم لداعش", "إن خمسة متظاهرين قُتلوا": who suffered it
        return next((p for p in after if after_agent_word(tokens, p)), None), before[-1]
    if defn.pos == "noun" and possessed(tokens, trig):  # "لقائه الرئيس": his meeting (with) X
        agent = next((p for p in after if tokens[p.first - 1].norm in PASSIVE_AGENT), None)
        source = agent or (before[-1] if before else None)  # "اقتحامه من قبل مسلحين": theirs
        target = None if agent else immediate or _marked_object(tokens, after, source)
    elif defn.pos != "noun" and act_as_subject(tokens, trig) and not (particle or subject):
        # "استهدف هجوم X": X was hit (but "إن واشنطن سوف تفرض عقوبات": the sanctions are the object)
        source, target = None, _first_other(after, None, tokens, origins)
    elif defn.pos != "noun" and (framed := kana_subject(tokens, trig, before)) is not None:
        source = framed  # "وكانت واشنطن قد اتهمت دمشق": the subject stands between كان and قد
        target = _first_other(after, source, tokens, origins, kin)
    elif defn.pos != "noun" and (subject or particle) and (subject or not passive_toll(tokens, trig)):
        source = before[-1]  # "إن الطائرات الأمريكية قصفت": the subject right before its verb
        target = _first_other(after, source, tokens, origins, kin)
    elif defn.pos != "noun" or defn.genitive == "source":
        if immediate is None and defn.pos == "noun" and defn.event_type in ("ASSAULT", "AID"):
            immediate = owner_by_lam(tokens, trig, after) or next(  # "في هجوم لداعش": ISIS's attack,
                (p for p in after if after_agent_word(tokens, p, 1, relative=True)), None)  # "اعتداء نفذته X"
        if immediate is not None:
            source = immediate
            rest = [p for p in after if p.first >= source.last]
        else:
            source = doer_before(tokens, trig.first_token, before)  # "التقى X نظيره Y … وطالب Z"
            rest = after
            if source is None and not accused and defn.pos != "noun" \
                    and not tokens[trig.first_token].norm.endswith("وا"):  # "أحرقوا مقر X"
                subject = next((p for p in after if id(p) not in marked and not any(  # "مبنى كان
                    t.norm in _WAS for t in tokens[trig.last_token : p.first])  # يستخدمه عناصر X"
                                and not (trig.defn.event_type in HELD_OR_HIT and (
                                    counted_civilians(tokens, p) or names_a_site(p.ref)))), None)
                if subject is not None:
                    source, rest = subject, [p for p in after if p.first >= subject.last]
        if defn.event_type in _PHYSICAL:
            rest = [p for p in rest if not _relative_subject(tokens, p)]
        target = _first_other(rest, source, tokens, origins, kin)
    elif immediate is not None and (doer_genitive(tokens, trig, immediate) or tokens[immediate.first].norm
                                    in PLATFORMS and "قصف" in tokens[trig.first_token].norm):
        source = immediate  # "قصف الطائرات التركية قرية", "اعتقال الشرطة ناشطين": the doer, no patient
        target = _first_other([p for p in after if p.first >= source.last], source, tokens,
                              origins, kin)
    elif defn.event_type == "ASSAULT" and (owner := owner_by_lam(tokens, trig, after)) is not None \
            and owner.last < len(tokens) and tokens[owner.last].norm in _OWNER_NEXT:
        source = owner  # "قصف مدفعي للجيش السوري على بلدة": the army's shelling of the town
        target = _first_other([p for p in after if p.first > owner.last], source, tokens, origins, kin)
    else:  # a masdar whose genitive is its patient: "استهداف X"
        target = immediate
        rest = [p for p in after if target is None or p.first >= target.last]
        agent = next((p for p in rest if p.first > 0 and tokens[p.first - 1].norm in PASSIVE_AGENT
                      or defn.event_type == "ASSAULT" and after_agent_word(tokens, p, 1)), None)  # "بهجوم لداعش"
        source = agent or (before[-1] if before else None)
        if target is None:
            target = _marked_object(tokens, [p for p in after if p is not source], source)
    # "فرضت واشنطن ولندن عقوبات على حماس": partners in the act, then the party acted on
    if source is not None and target is not None and target in (group := coordinated_group(sent_actors, source)):
        target = _first_other([p for p in after if p not in group and p.first >= target.last], source,
                              tokens, origins, kin)
    target = accused_not_addressee(tokens, defn, after, target)  # "شكوى إلى مجلس الأمن ضد إسرائيل"
    if defn.host_first and source is not None and target is not None:
        source, target = target, source
    return source, target


_WAS = {normalize(w) for w in ("كان", "كانت", "كانوا")}
#: what follows a party written with لـ after an attack noun when it is the attack's doer
_OWNER_NEXT = ATTACK_PREPS | HIT_VERBS
_PERPETRATORS = {normalize(w) for w in ("منفذي", "منفذو", "منفذ", "ومنفذي", "لمنفذي", "بمنفذي")}


#: acts done to a party (a condemnation of "الضربات التي شنتها X" is addressed to X instead)
_PHYSICAL = {"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "PROTEST"}
#: acts whose object may follow ب: "ندد بالطيران التركي" (not "طالبت بتزويدها بالمقاتلات": what)
_VERDICTS = {"ACCUSE", "SUPPORT"}


def _relative_subject(tokens: Sequence[Token], p: Positioned) -> bool:
    """"ضربت أحد الأهداف التي ذكرها البنتاغون": the subject of a relative clause is not the
    party acted upon."""
    return p.first > 1 and tokens[p.first - 1].is_word and tokens[p.first - 2].norm in RELATIVE_WORDS \
        and tokens[p.first - 1].norm not in _HOSTS  # "قاعدة حرير التي تضم قوات أمريكية": those hit


_HOSTS = {normalize(w) for w in ("تضم", "يضم", "تستضيف", "يستضيف", "تأوي", "يأوي")}


#: a party named after these is what a meeting is against or about, not a partner in it
_AGAINST = {normalize(w) for w in ("ضد", "وضد", "بشأن", "حول", "بخصوص")}


def _first_other(candidates: Sequence[Positioned], source: Positioned | None,
                 tokens: Sequence[Token] | None = None, origins: set[int] | None = None,
                 kin: bool = False) -> Positioned | None:
    """The first candidate that is another party than the source; with ``kin`` (meetings,
    agreements) another body of the same code counts ("التقى رئيس الوزراء وفدا كرديا")."""
    for p in candidates:
        if origins and id(p) in origins:
            continue  # an origin, not the party acted upon
        if source is None or p.ref.actor.code != source.ref.actor.code \
                or kin and p.ref.actor.name != source.ref.actor.name \
                and (p.ref.actor.kind == "org") != (source.ref.actor.kind == "org"):
            return p  # a body and a person of one code: the KRG's delegation and the prime minister
    return None


def _marked_object(tokens: Sequence[Token], after: Sequence[Positioned],
                   source: Positioned | None) -> Positioned | None:
    """The first actor introduced as the object: "على/ضد X", "لـX", or right after the noun."""
    for k, p in enumerate(after):
        if source is not None and p.ref.actor.code == source.ref.actor.code:
            continue
        prev = tokens[p.first - 1].norm if p.first > 0 else ""
        if prev == "من" and p.ref.actor.kind == "state":  # "29 أجنبية من روسيا": an origin
            continue
        if prev in ATTACK_PREPS or object_marked(tokens, p) or k == 0 and p.first - (after[0].first) == 0:
            return p
    return None
