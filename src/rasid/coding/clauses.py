"""How a trigger's clause reads: which trigger words are one act, whether a noun is
definite, and clauses that describe people or name an act rather than report one (a topic of
speech, an accusation's content, "من يستسلمون", a count "منذ" a time)."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.arabic.numbers import read_number
from rasid.coding.claims import charge_before
from rasid.coding.joined import told_how
from rasid.coding.kinds import MATERIAL
from rasid.coding.positions import PREPOSITIONS, QUANTITIES, Positioned
from rasid.coding.triggers import TriggerMatch
from rasid.model import Doc, Sentence, Token

_ABSORB_GAP = 3


def names_doer(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"القصف الروسي": a nationality right after the noun names who did it."""
    from rasid.resolve.capitals import nisba_country

    return trig.last_token < len(tokens) and nisba_country(tokens[trig.last_token].norm) is not None


def definite(doc: Doc, trig: TriggerMatch) -> bool:
    """The trigger's word carries the article ("الضربات", "والهجوم")."""
    return doc.tokens[trig.first_token].norm.startswith(("ال", "وال", "فال"))


def _resumptive(verb: str) -> bool:
    """"كمين نصبه مسلحون": the verb's object pronoun is the noun before it; its subject follows."""
    return len(verb) >= 4 and verb.endswith(("ه", "ها", "هم"))


def definite_word(word: str) -> bool:
    return word.startswith(("ال", "وال", "فال", "بال", "لل"))


def definite_subjects(doc: Doc, trigs: Sequence[TriggerMatch]) -> set[tuple[int, str]]:
    """(first token of the verb, type) for each definite event noun right before a verb of its
    type ("الضربات استهدفت"): the verb tells more of an event already named."""
    out = set()
    for a, b in zip(trigs, trigs[1:]):
        same = a.defn.event_type == b.defn.event_type
        if same and a.defn.pos == "noun" and b.defn.pos != "noun" \
                and b.first_token - a.last_token <= 1 and definite(doc, a):
            out.add((b.first_token, b.defn.event_type))
    return out


def dedupe_triggers(trigs: list[TriggerMatch], tokens: Sequence[Token]) -> list[TriggerMatch]:
    """Words that continue the previous trigger ("وقعا مذكرة تفاهم", "هجوم أسفر عن مقتل")."""
    kept: list[TriggerMatch] = []
    for t in trigs:
        gap = t.first_token - kept[-1].last_token if kept else _ABSORB_GAP + 1
        between = range(kept[-1].last_token, t.first_token) if kept else range(0)
        told_apart = bool(kept) and (topic(tokens, t) or any(  # "الزيارة بعد أسبوعين من اجتماع"
            tokens[k].text in "؛;" or tokens[k].norm in _SEQUENCE for k in between))
        apart = told_apart or any(not tokens[k].is_word and tokens[k].text in "،," for k in between)
        if kept and (not apart and (gap <= _ABSORB_GAP and t.defn.event_type == kept[-1].defn.event_type
                                    or gap <= 1 and t.defn.pos == "noun"
                                    or t.defn.mode == kept[-1].defn.mode == "ceasefire" and gap <= _COMPLEMENT_SPAN
                                    or _instrument_of(tokens, kept[-1], t, gap))
                     or not told_apart and _signed_text(kept[-1], t, gap)):  # "وقع X، الأحد، اتفاقا"
            if kept[-1].defn.pos == "noun" and t.defn.pos != "noun" \
                    and t.defn.event_type == kept[-1].defn.event_type \
                    and not names_doer(tokens, kept[-1]) \
                    and (definite_word(tokens[kept[-1].first_token].norm)
                         or _resumptive(tokens[t.first_token].norm)):
                if told_how(tokens, kept[-1], t):
                    kept.append(t)
                else:
                    kept[-1] = t
                # "أحدث اللقاءات جمعت X و Y": the verb carries the arguments; "نفذت X ضربات جوية
                # استهدفت Y": a verb after an indefinite noun describes it ("ووقع الهجوم صباح
                # الثلاثاء عندما اقتحم مسلحون": the noun dates the act, the verb tells it again)
            elif kept[-1].defn.event_type == "CONSULT" and t.defn.event_type in ("MOBILIZE", "AID"):
                kept[-1] = t  # "وصلت تعزيزات", "وصلت قافلة مساعدات": forces or aid moved, no visit
            continue
        kept.append(t)
    return kept


#: an act told as before or after another is another occurrence
_SEQUENCE = {normalize(w) for w in ("بعد", "قبل", "عقب", "إثر", "اثر", "وبعد", "وقبل")}
_INSTRUMENT_GAP = 8
_SIGNED_GAP = 18


def _signed_text(verb: TriggerMatch, t: TriggerMatch, gap: int) -> bool:
    """"وقع وزير الدفاع مع نظيره في عمان مذكرة تفاهم": the agreement is what was signed."""
    return gap <= _SIGNED_GAP and verb.defn.event_type == "SUPPORT" and verb.defn.pos == "verb" \
        and t.defn.event_type == "AGREE" and t.defn.pos == "noun"


def _instrument_of(tokens: Sequence[Token], verb: TriggerMatch, t: TriggerMatch, gap: int) -> bool:
    """"قصفت X مواقع Y بغارة", "قتل جندي في اشتباك مع مسلحين": a masdar with بـ or في after a verb of
    its kind (or with بـ after a masdar: "اغتيال القيادي … بغارة") is how, or in what, it was
    done."""
    with_bi = t.start > tokens[t.first_token].start and normalize(tokens[t.first_token].text[:1]) == "ب"
    with_fi = t.first_token > 0 and tokens[t.first_token - 1].norm == "في"
    after = verb.defn.pos == "verb" or with_bi
    return gap <= _INSTRUMENT_GAP and after and t.defn.pos == "noun" \
        and t.defn.event_type == verb.defn.event_type and (with_bi or with_fi)


#: "من يستسلمون", "الذين يقاتلون": a relative pronoun before present-tense verbs describes people
WHOEVER = {normalize(w) for w in ("من", "ممن", "الذين", "اللذين", "اللواتي", "اللاتي")}
_WHOEVER_REACH = 4


def whoever(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    for k in range(trig.first_token - 1, max(-1, trig.first_token - 1 - _WHOEVER_REACH), -1):
        norm = tokens[k].norm
        if not tokens[k].is_word:
            return False
        if norm in WHOEVER:
            return True
        if norm not in ("أو", "او", "و") and not norm.startswith(("ي", "وي", "ت", "وت")):
            return False  # only other present-tense verbs may stand between
    return False


def whom_object(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"باعتقال من يستسلمون", "القبض على الأشخاص الذين يروجون": the act's object is whoever
    does something: people, not the parties named in what they do. So are people only counted
    ("اعتقلت السلطات الجزائرية خمسة أشخاص")."""
    for k in range(trig.last_token, min(len(tokens) - 1, trig.last_token + _COUNTED_REACH)):
        if not tokens[k].is_word or tokens[k].norm in PREPOSITIONS:
            break
        if tokens[k].norm in _PAIRS or read_number(tokens, k, len(tokens)) is not None \
                and tokens[k + 1].norm in _COUNTED_PEOPLE:  # "خمسة أشخاص", "شخصين"
            return True
    for k in range(trig.last_token, min(len(tokens) - 1, trig.last_token + _WHOM_REACH)):
        if tokens[k].norm in WHOEVER:
            partitive = k > 0 and tokens[k - 1].norm in _QUANTITY  # "عدد من تنظيم الدولة"
            return not partitive and tokens[k + 1].norm.startswith(("ي", "ت"))
        if tokens[k].norm not in _PEOPLE_WORDS:
            return False
    return False


#: "القبض على الأشخاص الذين يروجون …", "اعتقال كل من يتعامل …"
_PEOPLE_WORDS = {normalize(w) for w in ("على", "الأشخاص", "الاشخاص", "أشخاص", "كل", "جميع", "عدد", "عددا",
                                        "العشرات", "عشرات")}
_WHOM_REACH = 4
_COUNTED_REACH = 6
_COUNTED_PEOPLE = {normalize(w) for w in ("أشخاص", "اشخاص", "شخصا", "شخصين", "أشخاصا", "مواطنين", "مواطنا",
                                          "رجال", "رجلا", "شبان", "شابا", "نساء")}
_PAIRS = {normalize(w) for w in ("شخصين", "شخصان", "رجلين", "رجلان", "شابين", "شابان")}
_QUANTITY = QUANTITIES - {normalize(w) for w in ("كل", "جميع")}  # "كل من يتعامل" is whoever


SINCE = {normalize(w) for w in ("منذ", "ومنذ")}


def since(tokens: Sequence[Token], sent: Sentence) -> bool:
    return any(tokens[k].norm in SINCE for k in range(sent.first_token, sent.last_token))


RELATIVES = {normalize(w) for w in ("التي", "الذي", "اللتي")}


_SPEECH_ACTS = {"THREATEN", "REQUEST", "REJECT"}
_COMPLEMENT_SPAN = 8
#: "دعا X … إلى الإفراج": what is asked for, further on past a long title and the party asked
ASKED_FOR = {normalize(w) for w in ("إلى", "الى")}
_ASKED_SPAN = 16
#: participles that ask or warn, going on from the sentence's speaker
ASKING = {normalize(w) for w in ("مطالبا", "مطالبة", "داعيا", "داعية", "مناشدا", "مناشدة", "محذرا", "محذرة")}
#: acts whose complement is an act not yet done: a demand, a threat, a refusal, a promise or an
#: agreement ("وعدت واشنطن بتقديم مساعدات": the aid is the AGREE's content, spec/PLOVER.md)
_OPENS_CONTENT = _SPEECH_ACTS | {"AGREE"}
#: acts that lead to appeals and deals (not "بعد انسحاب القوات": a withdrawal is their condition)
_PROVOKING = {"ASSAULT", "COERCE", "PROTEST", "SANCTION"}
#: words after which such an act is what led to the speech act, not what it asks or binds
_PAST_CAUSES = {normalize(w) for w in ("خلفية", "إثر", "اثر", "جراء", "بسبب", "عقب", "أعقاب",
                                      "اعقاب", "بعد", "منذ", "ردا")}
_FRAMES_OF = {**dict.fromkeys(_PROVOKING, _PAST_CAUSES), "CONSULT": _PAST_CAUSES | {  # a meeting
    normalize(w) for w in ("خلال", "أثناء", "اثناء", "هامش", "ختام")}}  # a deal was made at, done


def content_of_speech_act(earlier: Sequence[TriggerMatch], trig: TriggerMatch,
                          tokens: Sequence[Token] = ()) -> bool:
    """The act is what a request, threat or agreement before it asks or binds ("دعا X إلى الإفراج
    عن"): a masdar after إلى/بـ may stand further on, past a long title and the party asked."""
    frames = _FRAMES_OF.get(trig.defn.event_type, set())
    if trig.defn.event_type in _SPEECH_ACTS or any(tokens[j].norm.removeprefix("و") in frames
            for j in range(max(0, trig.first_token - 2), min(trig.first_token, len(tokens)))):
        return False  # "أعلنت التوصل إلى اتفاق، عقب اشتباكات أودت بحياة ٩": its cause, done
    k = trig.first_token - 1  # the word before, past an opening quote ("إلى «الإفراج")
    k -= 0 < k < len(tokens) and tokens[k].text in "«“\"„"
    asked = trig.defn.pos == "noun" and 0 <= k < len(tokens) and (tokens[k].norm in ASKED_FOR or (
        tokens[k].norm[:1] == "ب" and len(tokens[k].norm) > 3))  # "بالسماح بدخول المساعدات"
    if trig.defn.pos == "noun" and any(tokens[k].norm in ASKING for k in range(max(0, trig.first_token - 2),
                                                                              trig.first_token)):
        return True  # "…، مطالبا بالإفراج عنها": the speaker asks for it, it is not done
    reach = _ASKED_SPAN if asked else _COMPLEMENT_SPAN
    return any(t.defn.event_type in _OPENS_CONTENT and 0 <= trig.first_token - t.last_token <= reach
               for t in earlier)


def coordinated_masdar(tokens: Sequence[Token], prev: TriggerMatch, trig: TriggerMatch, asked: bool) -> bool:
    """"طالب … بإنهاء وجودها العسكري … وسحب قواتها": an act joined by و to what a speech act asks,
    threatens or agrees (``asked``: the act named just before; or the speech act itself, whose
    بـ-masdar stands between), with no full stop between, is asked, threatened or agreed alike."""
    gap = range(prev.last_token, trig.first_token)
    word = tokens[trig.first_token].norm
    if word[:1] != "و" or word.endswith("وا") or any(tokens[k].text in (".", "؛", "؟", "!") for k in gap) \
            or trig.first_token and tokens[trig.first_token - 1].text in "،,":
        return False  # "…، وأحرقوا مقر الحزب": a clause of its own, done
    if asked:
        return trig.defn.pos == "noun" and 0 < len(gap) <= _COMPLEMENT_SPAN
    return prev.defn.event_type in _OPENS_CONTENT and sum(tokens[k].is_word for k in gap) <= _ASKED_SPAN + 4 \
        and any(tokens[k].norm[:1] == "ب" and len(tokens[k].norm) > 3 for k in gap)


#: promise verbs: what they promise is not done yet (spec/PLOVER.md folds a promised RETREAT
#: into CONCEDE)
_PROMISES = ("وعد", "تعهد")


def promised_concession(tokens: Sequence[Token], trig: TriggerMatch, nxt: TriggerMatch | None) -> bool:
    """"وعدت الحكومة بالإفراج عن المعتقلين": a promise whose content is a RETREAT is a CONCEDE."""
    word = tokens[trig.first_token].norm
    return trig.defn.event_type == "AGREE" and nxt is not None and nxt.defn.event_type == "RETREAT" \
        and (word.startswith(_PROMISES) or word[:1] in "وف" and word[1:].startswith(_PROMISES)) \
        and 0 <= nxt.first_token - trig.last_token <= _COMPLEMENT_SPAN


_LEFT = {"REQUEST": ("REJECT",), "CONSULT": ("boycott", "discontinue")}  # (a type or a mode)


def rejected_request(earlier: Sequence[TriggerMatch], trig: TriggerMatch,
                     tokens: Sequence[Token]) -> bool:
    """"رفضت الحكومة العراقية طلبا تركيا": the request is what was refused (the REJECT tells it),
    not a request the refuser made; "قاطعت المعارضة محادثات جنيف", "علقت مشاركتها في محادثات
    جدة": talks boycotted or broken off, in the same clause, are not held (but "بعد سنوات من
    قطع العلاقات، أجرى الوزيران محادثات")."""
    left = _LEFT.get(trig.defn.event_type, ())
    return any((t.defn.event_type in left or t.defn.mode in left and trig.defn.pos == "noun"
                and all(tokens[j].is_word for j in range(t.last_token, trig.first_token)))
               and 0 <= trig.first_token - t.last_token <= _COMPLEMENT_SPAN for t in earlier)


#: "تحدث عن اجتماع يعقد في …": what a speech is about is not the act the sentence reports
TOPIC = {normalize(w) for w in ("عن", "حول", "بشأن", "بخصوص", "وعن", "وحول")}
#: "أسفر عن مقتل": after these عن introduces a result, not a topic
RESULTS = {normalize(w) for w in ("أسفر", "أسفرت", "اسفر", "اسفرت", "نجم", "نجمت", "نتج", "نتجت",
                                  "تمخض", "تمخضت", "يسفر", "تسفر", "أسفرا")}


def spoken_about(tokens: Sequence[Token], trig: TriggerMatch, start: int) -> bool:
    """What is named at character ``start`` is what the act is about: a topic word stands between
    ("اتفقا على تبادل المعلومات بشأن تحركات داعش في البادية": not agreed in the desert), and
    whatever an inquiry is named into ("تحقيقا في انهيار سدي درنة")."""
    if trig.defn.mode == "investigate":
        return start >= trig.end
    k = trig.last_token
    while k < len(tokens) and tokens[k].start < start:
        if tokens[k].norm in TOPIC:
            return True
        k += 1
    return False


def topic(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    k = trig.first_token
    if k == 0 or tokens[k - 1].norm not in TOPIC:
        return False
    return not any(tokens[j].norm in RESULTS or tokens[j].norm[:1] in "وف" and tokens[j].norm[1:] in RESULTS
                   for j in range(max(0, k - 6), k - 1))


def passive_accusation(tokens: Sequence[Token], trig: TriggerMatch,
                        actors: Sequence[Positioned]) -> bool:
    """An accusation verb opening a relative clause with one party after it and the act as a
    resumptive masdar ("الذي اتهمت دمشق بارتكابه"): the party is the accused (اتُّهمت)."""
    k = trig.first_token
    if trig.defn.event_type != "ACCUSE" or trig.defn.pos == "noun" or k == 0 \
            or tokens[k - 1].norm not in RELATIVES:
        return False
    end = next((j for j in range(trig.last_token, len(tokens)) if not tokens[j].is_word), len(tokens))
    after = [p for p in actors if trig.last_token <= p.first < end]
    return len(after) == 1


_ACCUSED_SPAN = 5
#: "دانت وزارة الخارجية الأردنية الهجوم الإرهابي الذي استهدف": from the condemnation to the
#: verb of the relative clause that tells the act condemned
_CONDEMNED_SPAN = 10
_WELCOME = normalize("رحب")


def accused_act(tokens: Sequence[Token], earlier: Sequence[TriggerMatch], trig: TriggerMatch) -> bool:
    """The act an accusation names ("اتهمها بشن هجوم", "اتهم X بقصف"): its doer is only alleged.
    The act a condemnation or a welcome names ("دانت الخارجية الهجوم الذي استهدف …", "نددت بقصف",
    "رحبت بإفراج السلطات عن …"): the condemner or the welcomer did not do it."""
    if trig.defn.event_type not in MATERIAL:
        return False
    k = trig.first_token
    relative = trig.defn.pos == "verb" and k > 0 and tokens[k - 1].norm in RELATIVES
    for t in earlier:
        gap = k - t.last_token
        if gap < 0 or t.defn.event_type not in ("ACCUSE", "SUPPORT"):
            continue
        charged = gap <= _ACCUSED_SPAN or charge_before(tokens, t.last_token, k)  # "بالوقوف وراء"
        if t.defn.mode == "allege" and charged:
            return True
        named = t.defn.mode == "disapprove" or _WELCOME in tokens[t.first_token].norm  # "رحبت بإفراج …"
        if named and (trig.defn.pos == "noun" and gap <= _ACCUSED_SPAN or relative and gap <= _CONDEMNED_SPAN) \
                and all(tokens[j].is_word for j in range(t.last_token, k)):
            return True
    return False


#: "كانت القوات تستهدف": كان before a present-tense verb tells what was going on then
KANA = {normalize(w) for w in ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا")}
_KANA_REACH = 4


def past_progressive(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """A present-tense trigger governed by كان a few words before it (no punctuation but a
    quotation mark between): an act in progress at the time told, not a habit."""
    for k in range(trig.first_token - 1, max(-1, trig.first_token - 1 - _KANA_REACH), -1):
        if tokens[k].norm in KANA:
            return True
        if not tokens[k].is_word and tokens[k].text not in "\"“”«»":
            return False
    return False


_AGAINST = {normalize(w) for w in ("ضد", "وضد")}
_AGAINST_REACH = 10
_AGAINST_PARTY = 3


def _people(tokens: Sequence[Token], k: int) -> bool:
    """A sound masculine plural ("المقاتلين", "المحتجون"): people, whom forces may face."""
    return k < len(tokens) and len(tokens[k].norm) >= 5 and tokens[k].norm.endswith(("ين", "ون"))


def against_an_idea(tokens: Sequence[Token], trig: TriggerMatch, actors: Sequence[Positioned]) -> bool:
    """"حشدت الدول الثلاث قواها الخيرة ضد البربرية": forces gathered against an idea, not a
    party, are a figure of speech (no actor nor a word for one within a few words after ضد)."""
    from rasid.resolve.actors import ActorResolver

    for k in range(trig.last_token, min(len(tokens), trig.last_token + _AGAINST_REACH)):
        if not tokens[k].is_word:
            return False
        if tokens[k].norm in _AGAINST:
            return not any(k < p.first <= k + _AGAINST_PARTY for p in actors) \
                and not ActorResolver.load().names_party(tokens, k + 1) and not _people(tokens, k + 1)
    return False


#: speech acts a speaker performs by saying them in the first person ("نشكر", "ندين", "نطالب")
_PERFORMATIVE = {"SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE"}
#: "جرى/تم + masdar": an agentless passive
PASSIVE = {normalize(w) for w in ("جرى", "تم", "يجري", "يتم", "وجرى", "وتم")}


def performative(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """A first-person plural present verb of a speech act ("نشكر ونحترم بغداد"): saying it is
    doing it, now."""
    if not trig.defn.imperfect or trig.defn.future or trig.defn.event_type not in _PERFORMATIVE:
        return False
    word = tokens[trig.first_token].norm
    return word.startswith("ن") or word[:1] in "وف" and word[1:].startswith("ن")


def agentless(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"تم استدعاء السفير", "تم إبلاغه مذكرة احتجاج": an act told in the passive (its masdar or
    the object of one), its doer unnamed."""
    return any(tokens[k].norm in PASSIVE for k in range(max(0, trig.first_token - 2), trig.first_token))


_PREDICATE_GAP = 2
_TARGETED = normalize("استهدف")


def predicate_of_act(tokens: Sequence[Token], trig: TriggerMatch, following: TriggerMatch | None) -> bool:
    """"واستهدفت حملة الاعتقالات عددا من …", "استهدفت العقوبات شركات": "targeted" with an act of
    another kind as its subject tells whom that act was aimed at; no attack of its own."""
    word = tokens[trig.first_token].norm
    return following is not None and trig.defn.event_type == "ASSAULT" and trig.defn.pos == "verb" \
        and _TARGETED in word and following.defn.pos == "noun" and following.defn.event_type != "ASSAULT" \
        and 0 <= following.first_token - trig.last_token <= _PREDICATE_GAP


_JUSSIVE = {normalize(w) for w in ("لم", "ولم", "فلم", "لما", "لن", "ولن")}


def jussive(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"لم تقصف", "لن يعتقل": a present form after لم/لن is one act denied (past or to come),
    not a habit."""
    return trig.first_token > 0 and tokens[trig.first_token - 1].norm in _JUSSIVE
