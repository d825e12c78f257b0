"""Who did an act of force and who suffered it, read from the words around the act: passive
killings ("قُتل 27 شخصا", "قتلوا بهجوم لداعش"), agent words ("كمين نصبه", "برصاص"), the party an
attack belongs to ("هجوم لداعش", "لخلايا تابعة لـ"), the two sides of a clash ("بين X و Y") and
civilians counted ("14 فلسطينيا"), who are held or hit and do not hold or hit."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.arabic.numbers import read_number
from rasid.coding.claims import CUE_ATTRIB
from rasid.coding.fatalities import WHEN_WORDS, counted_after
from rasid.coding.joined import joined_act
from rasid.coding.parties import a_death, protesters
from rasid.coding.positions import AFFILIATED, Positioned
from rasid.coding.repel import suffered
from rasid.coding.triggers import TriggerDef, TriggerMatch
from rasid.model import Token
from rasid.resolve.actor_data import load_actor_data
from rasid.resolve.gazetteer import DESCRIPTORS

#: "هجوم على", "اعتداء ضد": the side an attack was made on
ATTACK_PREPS = {normalize(w) for w in ("على", "ضد", "علي")}
_KILLED = {normalize(w) for w in ("قتل", "قتلت", "وقتل", "وقتلت", "قتلوا", "وقتلوا", "قتلا")}
#: "استشهد": an intransitive verb whose subject died (a martyr's death, as the report tells it)
_MARTYRED = {normalize(p + w) for p in ("", "و", "ف") for w in ("استشهد", "استشهدت", "استشهدوا", "استشهدا",
                                                                 "أصيب", "أصيبت", "أصيبوا", "أصيبا")}  # wounded
_AGENT_WORDS = {normalize(w) for w in ("نصبه", "نصبها", "شنه", "شنها", "نفذه", "نفذها", "يد", "بنيران",
                                       # "قصف شنته قوات الدعم السريع", "لغم زرعه الحوثيون"
                                       "شنته", "شنتها", "نفذته", "نفذتها", "نصبته", "نصبتها", "زرعه",
                                       "زرعها", "زرعته", "زرعتها", "أطلقه", "أطلقها", "أطلقته", "أطلقتها",
                                       "فجره", "فجرها", "فجرته", "فجرتها",
                                       "برصاص", "قبل", "تبناه", "تبنته",
                                       "هجوم", "هجمات", "كمين", "اعتداء",  # "في هجوم تنظيم داعش"
                                       "ضربة", "غارة", "قصف",  # "بضربة طائرة", "بغارة"
                                       "اشتباك", "اشتباكات", "مواجهات")}  # "في اشتباك مع مسلحين"


def passive_toll(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"قُتل 27 شخصا": a perfect "killed" followed by a count is passive (the count are victims)."""
    if trig.defn.event_type != "ASSAULT" or trig.last_token - trig.first_token != 1:
        return False
    if tokens[trig.first_token].norm not in _KILLED or trig.last_token >= len(tokens):
        return False
    nxt = tokens[trig.last_token].norm
    if nxt in _ONE_OF_THEM and counted_after(tokens, trig.last_token + 1, len(tokens)):
        return False  # "قتل جندي إسرائيلي 3 فلسطينيين": the one named killed the ones counted
    told = tokens[trig.first_token - 1].norm if trig.first_token > 0 else ""
    rest = tokens[trig.last_token : trig.last_token + 12]
    # "قال الجيش إنه قتل ١٧ مسلحا", "أنها قتلت": its subject is told; not "أنه قتل 8 بهجوم لداعش"
    # (that 8 were killed, by whom it says after)
    if told in _SUBJECT_TOLD and (told.endswith(("ها", "هم"))
                                  or not any(_agent_word(t.norm) for t in rest)):
        return False
    return nxt.isdigit() or nxt in _COUNTED


#: a complementiser carrying the subject, or a subject just before the verb
_SUBJECT_TOLD = {normalize(w) for w in ("إنه", "إنها", "أنه", "أنها", "انه", "انها", "إنهم", "أنهم",
                                        "بأنه", "بأنها")}


def told_dead(tokens: Sequence[Token], p: Positioned) -> bool:
    """"قتل ثلاثة جنود روس في هجوم بطائرة مسيرة": the party a count after "قتل" names was killed;
    it is not the doer of the attack told after it."""
    k = p.first - 1 if p.first > 0 and tokens[p.first - 1].norm in _COUNTED else p.first
    return k > 0 and tokens[k - 1].norm in _KILLED


def tells_own_dead(tokens: Sequence[Token], p: Positioned, trig: TriggerMatch,
                   actors: Sequence[Positioned]) -> bool:
    """"أعلن الجيش الإسرائيلي مقتل جندي": who announces the death of its own country's people
    tells of it; it did not kill them."""
    if p.first == 0 or tokens[p.first - 1].norm.removeprefix("و") not in CUE_ATTRIB \
            or not a_death(tokens, trig):
        return False
    dead = next((q for q in actors if q.first >= trig.last_token), None)
    return dead is not None and (dead.ref.actor.country is not None  # or its own men: "مقاتليه"
                                 and dead.ref.actor.country == p.ref.actor.country
                                 or dead.ref.actor.code == p.ref.actor.code)


def marked_passive(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"اعتُقل ناشطان", "اُغتيل قاضٍ", "استُهدف": a perfect verb written with its passive damma
    on one of its first three letters, or "استشهد"; its subject is who suffered the act."""
    if trig.defn.pos != "verb" or trig.defn.imperfect:
        return False
    if tokens[trig.first_token].norm in _MARTYRED:
        return True  # "استشهد 3 فلسطينيين برصاص الجيش": no agent in the verb, only in برصاص
    head = tokens[trig.first_token].text
    k = head.find(_DAMMA)
    return k != -1 and k < _first_letters(head, 3) and head[k + 1 : k + 2] != "و"  # not قَتَلُوا


_DAMMA = "\u064f"


def _first_letters(text: str, n: int) -> int:
    """The index just after the ``n``-th letter of ``text`` (marks do not count), a leading و or ف aside."""
    seen, start = 0, 1 if text[:1] in "وف" and len(text) > 3 else 0
    for i, ch in enumerate(text[start:], start):
        if not "\u064b" <= ch <= "\u0652":
            seen += 1
            if seen > n:
                return i
    return len(text)


#: After "قتل": a count, or people named without the article ("قتل جنديان عراقيان", "قتل مدنيون"),
#: are who was killed; a killer is named ("قتلت القوات") or is not one of these ("قتل مسلحون").
_COUNTED = {normalize(w) for w in (
    "أكثر نحو عشرات مئات ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة اثنان اثنين شخص شخصان قناص "
    "أشخاص جندي جنديان جنود مدني مدنيان مدنيون شرطي شرطيان شرطيون عسكري عسكريان عسكريون طفل "
    "طفلان أطفال طفلة طفلتان مواطن مواطنان مواطنون ضابط ضابطان ضباط امرأة امرأتان نساء رجل رجلان "
    "صحفي صحفيان صحفيون عنصر عنصران قيادي قياديان مسؤول مسؤولان ناشط ناشطان").split()}


#: the singular nouns of ``_COUNTED``: one person, who may be the killer of a count told after
_ONE_OF_THEM = {normalize(w) for w in (
    "شخص جندي مدني شرطي عسكري طفل طفلة مواطن ضابط امرأة رجل صحفي عنصر قيادي مسؤول ناشط قناص "
    "مستوطن مسلح").split()}


_SIDES_REACH = 8


def between_sides(tokens: Sequence[Token], trig: TriggerMatch,
                  after: Sequence[Positioned]) -> tuple[Positioned, Positioned] | None:
    """The two parties of "بين X و Y" after a noun, with its adjectives, time or place between
    ("اشتباكات عنيفة يوم الاثنين بين", "سريان هدنة إنسانية لمدة سبعة أيام بين"), no punctuation."""
    k = None
    for j in range(trig.last_token, min(len(tokens), trig.last_token + _SIDES_REACH)):
        if not tokens[j].is_word or tokens[j].norm == "بين":
            k = j if tokens[j].norm == "بين" else None
            break
    if k is None or len(after) < 2 or after[0].first != k + 1 or not after[1].coordinated:
        return None
    return after[0], after[1]


def city_of_act(tokens: Sequence[Token], trig: TriggerMatch, p: Positioned) -> bool:
    """"منفذي هجوم أنقرة", "تفجير إسطنبول": a capital right after an attack noun names where it
    was (not "هجوم أنقرة على مواقع قسد": who attacked)."""
    if trig.defn.pos != "noun" or trig.defn.event_type != "ASSAULT" or p.first != trig.last_token \
            or p.last - p.first != 1:
        return False
    after = tokens[p.last].norm if p.last < len(tokens) else ""
    return after not in ATTACK_PREPS and after != "في" and any(
        x.type == "capital" for x in load_actor_data().lexicon.get((normalize(p.ref.text),), ()))


def counted_civilians(tokens: Sequence[Token], p: Positioned) -> bool:
    """Civilians named by a count right before them ("14 فلسطينيا", "ثلاثة مدنيين")."""
    if p.ref.actor.sector != "CVL" or p.first == 0 or protesters(p.ref):  # "هاجم عشرات المحتجين": a riot
        return False
    k = p.first
    return tokens[k - 1].norm in _TENS_OF or any(
        (r := read_number(tokens, j, k)) is not None and r[1] == k for j in range(max(0, k - 4), k))


#: acts done to civilians counted, never by them (a crowd that storms is a riot, told apart later)
HELD_OR_HIT = {"COERCE", "ASSAULT"}
_TENS_OF = {normalize(w) for w in ("عشرات", "مئات", "آلاف")}


def owner_by_lam(tokens: Sequence[Token], trig: TriggerMatch,
                  after: Sequence[Positioned]) -> Positioned | None:
    """The party written with لـ right after an attack or aid noun, or after تابعة after it: its
    doer ("هجوم لداعش على …", "قافلة مساعدات تابعة لبرنامج الأغذية العالمي")."""
    if not after or after[0].first != trig.last_token and not (
            after[0].first == trig.last_token + 1 and tokens[trig.last_token].norm in AFFILIATED):
        return None
    first = after[0]
    tok = tokens[first.first]
    clitics = normalize(tok.text[: first.ref.start - tok.start])
    return first if clitics in ("ل", "لل") else None  # لداعش، للقوات


def after_agent_word(tokens: Sequence[Token], p: Positioned, reach: int = 2, relative: bool = False) -> bool:
    """An agent word in the ``reach`` words before ``p``, a detached لـ and quotation marks aside
    ("في هجوم لـ«داعش»"); with ``relative``, only a verb that carries the act as its object
    ("اعتداء نفذته مجموعة من فلول داعش", not "كمين للجيش": the ambush was the army's post)."""
    words = [t.norm for t in tokens[max(0, p.first - 5) : p.first] if t.is_word and t.norm != "ل"]
    if words and words[-1] in AFFILIATED:  # "بهجوم لخلايا تابعة لتنظيم الدولة": the cells' attack
        words.pop()
        if words and words[-1].removeprefix("ل") in _FIGHTERS:
            words.pop()
    elif words[-2:-1] and words[-1] == "من" and words[-2] in _FIGHTERS:
        del words[-2:]  # "على يد عناصر من الشرطة المحلية": the police's own men
    return any(_agent_word(w) and (not relative or w.endswith(("ه", "ها"))) for w in words[-reach:])


#: "خلايا تابعة لـ": the fighters of a party named after them
_FIGHTERS = {normalize(w) for w in ("خلايا", "خلية", "عناصر", "مسلحين", "مجموعة", "مجموعات", "فصائل", "ميليشيات",
                                    "مليشيات", "عصابات")}


def _agent_word(norm: str) -> bool:
    """"شنه", "برصاص", and with a preposition written on: "بهجوم", "وبنيران"."""
    return norm in _AGENT_WORDS or norm[:1] in "بفو" and len(norm) > 3 and norm[1:] in _AGENT_WORDS


def killed_by(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"قتلوا بهجوم لداعش", "قتل برصاص قناص", "قتلوا اليوم جراء قصف": "killed" right before the
    attack that did it, or its cause, a time aside, is passive (the subject are the dead)."""
    if trig.defn.event_type != "ASSAULT" or tokens[trig.first_token].norm not in _KILLED:
        return False
    j = trig.last_token
    while j < len(tokens) and j - trig.last_token < 3 and tokens[j].norm in WHEN_WORDS:
        j += 1  # "قتلوا فجر الأربعاء جراء"
    if j >= len(tokens):
        return False
    nxt = tokens[j].norm
    return _agent_word(nxt) or nxt in _CAUSES or nxt == "في" and j + 1 < len(tokens) \
        and _agent_word(tokens[j + 1].norm)


#: "جراء قصف", "إثر غارة": what caused a death
_CAUSES = {normalize(w) for w in ("جراء", "جرّاء", "إثر", "اثر", "بسبب", "نتيجة", "بفعل")}


def attacked(tokens: Sequence[Token], rioters: Positioned, actors: Sequence[Positioned]) -> Positioned | None:
    """"اعتداء محتجين على القنصلية": the party named after على/ضد right after the rioters."""
    return next((p for p in actors if 0 < p.first - rioters.last <= 2
                 and tokens[p.first - 1].norm in ATTACK_PREPS), None)


#: words after a masdar's genitive that are no object of the act: prepositions, particles, times
_NOT_OBJECTS = {normalize(w) for w in (
    "في فى على علي من إلى الى عن مع ضد بين نحو حول عند لدى منذ خلال بعد قبل أثناء اثناء عقب إثر اثر "
    "وسط قرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي أن ان إن ما مما لا لم لن قد حيث كما أمس امس "
    "يوم اليوم غدا فجر صباح مساء ليلة ظهر عصر مرة مرتين مجددا مجدد أيضا ايضا كذلك بشدة فقط الذي التي "
    "الذين اللذين أول اول أي اي كل بعض جميع هناك هنا هنالك حينها آنذاك ذلك هذا هذه جميعا كافة "
    "نفسه نفسها أنفسهم وحده وحدها ثانية مباشرة").split()}
#: a genitive that can do an act of force (others are acted on: "استهداف المدنيين مجددا")
_FORCES = {"MIL", "COP", "SPY", "REB", "PRM"}
#: one person named by a role ("اغتيال القيادي في حماس صالح العاروري"): what follows is his name,
#: and he is the one killed or held, not the doer
_ONE_PERSON = {normalize(w) for w in ("القيادي", "القائد", "الزعيم", "المسؤول", "الأمير", "المتحدث",
                                      "الناطق", "الضابط", "الجندي", "العنصر", "الناشط", "الصحفي")}


def doer_genitive(tokens: Sequence[Token], trig: TriggerMatch, genitive: Positioned) -> bool:
    """"قصف الجيش الإسرائيلي مدرسة", "استهداف الطيران الروسي نقطة": a masdar's genitive followed
    by an indefinite noun, its object, is the doer (the patient would follow the masdar itself)."""
    actor = genitive.ref.actor
    if trig.defn.pos != "noun" or genitive.first != trig.last_token or genitive.last >= len(tokens):
        return False
    nxt = tokens[genitive.last]
    norm = nxt.norm
    if trig.defn.mode == "release":  # "إفراج السلطات الإيرانية عن ثلاثة صيادين"
        return norm == normalize("عن") and actor.sector in (*_FORCES, "GOV", "JUD")
    one = tokens[genitive.first].norm in _ONE_PERSON  # "اغتيال القيادي …": the one killed
    if trig.defn.event_type not in ("ASSAULT", "COERCE") or one or a_death(tokens, trig) \
            or not (actor.sector in _FORCES or actor.kind in ("state", "group")):
        return False  # "منح الجيش صلاحيات": a gift's; "اعتقال الوزير خالد يوسف": a minister held
    return nxt.is_word and not norm.isdigit() and len(norm) > 2 and norm not in _NOT_OBJECTS \
        and not norm.startswith(("ال", "وال", "فال", "بال", "لل", "و", "ف")) \
        and not (norm[0] in "بل" and norm not in DESCRIPTORS)  # "مقتل 4 عسكريين بهجوم": by, not whom


def feminine_verb_masculine_role(tokens: Sequence[Token], trig: TriggerMatch, p: Positioned) -> bool:
    """A perfect verb of the feminine singular (ending in ت) cannot have as subject a role
    noun in the masculine singular ("السفير", "القائم بالأعمال")."""
    if trig.defn.pos == "noun" and trig.defn.mode == "withdraw" and p.ref.actor.kind == "role":
        return tokens[p.first].norm in _ENVOYS  # "أعلنت الوزارة استدعاء السفير التركي": summoned
    if trig.defn.pos != "verb" or trig.defn.imperfect or p.ref.actor.kind != "role":
        return False
    verb = tokens[trig.first_token].norm
    return verb.endswith("ت") and not verb.endswith(("ات", "نت")) and tokens[p.first].norm in _MASCULINE_ROLES


def accused_not_addressee(tokens: Sequence[Token], defn: TriggerDef, after: Sequence[Positioned],
                          target: Positioned | None) -> Positioned | None:
    """"قدم لبنان شكوى إلى مجلس الأمن ضد إسرائيل": for an act that needs ضد, the party after إلى
    only hears it; the party after ضد (or none) is accused."""
    if _AGAINST in defn.needs and target is not None and tokens[target.first - 1].norm == _TO:
        return next((p for p in after if tokens[p.first - 1].norm == _AGAINST), None)
    return target


_AGAINST, _TO = normalize("ضد"), normalize("إلى")


def partitive_of(tokens: Sequence[Token], trig: TriggerMatch, actors: Sequence[Positioned],
                 source: Positioned | None) -> Positioned | None:
    """"واعتقلت 23 منهم": the people counted "منهم" after an act are some of the people named
    before it (not its doer)."""
    number = read_number(tokens, trig.last_token, min(len(tokens), trig.last_token + 4))
    k = number[1] if number is not None else trig.last_token
    if number is None or k >= len(tokens) or tokens[k].norm not in _OF_THEM:
        return None
    return next((p for p in reversed(actors) if p.last <= trig.first_token and p is not source
                 and p.ref.actor.sector in ("CVL", "CRM", "REF", "LAB", "EDU", "JRN")), None)


_OF_THEM = {normalize(w) for w in ("منهم", "منهن", "منهما")}


def not_its_subject(tokens: Sequence[Token], trig: TriggerMatch, p: Positioned,
                    before: bool) -> bool:
    """The party right after a verb that cannot be its subject: of the other gender, or (after
    a subject named ``before``) people held or hit by a verb joined by و ("داهمت قوة أمنية منزلا
    واعتقلت مطلوبين": the force goes on, the wanted men are held)."""
    word = tokens[p.first].norm  # "وهاجم مستوطنون": they attack, no object in the nominative
    held = before and trig.defn.event_type in HELD_OR_HIT and p.ref.actor.sector in ("CRM", "CVL") \
        and not word.startswith("ال") and not word.endswith(("ون", "ان")) \
        and tokens[trig.first_token - 1].text not in ("،", ",")
    oblique = trig.defn.pos == "verb" and p.ref.actor.kind == "role" and word.endswith("ين") \
        and len(word) >= (7 if word.startswith("ال") else 5)  # "قتل المحتجين": not "المحتجون"
    return feminine_verb_masculine_role(tokens, trig, p) or masculine_verb_feminine_state(
        tokens, trig, p) or held and joined_act(tokens, trig.first_token) or oblique


def masculine_verb_feminine_state(tokens: Sequence[Token], trig: TriggerMatch,
                                  p: Positioned) -> bool:
    """A perfect verb of the masculine singular cannot have as subject a state named by a feminine
    name ("وطالب إيران بالإفراج": Iran is asked; "طالبت إيران" or "طالب العراق" would ask)."""
    if trig.defn.pos != "verb" or trig.defn.imperfect or p.ref.actor.kind != "state" \
            or trig.last_token - trig.first_token != 1:
        return False
    verb = tokens[trig.first_token].norm
    verb = verb[1:] if verb[:1] in ("و", "ف") and len(verb) > 3 else verb
    name = tokens[p.first].norm
    return not verb.endswith(("ت", "وا", "ا", "ن")) and p.last - p.first == 1 \
        and name not in _MASCULINE_STATES


#: states named by a masculine name ("أعلن العراق"); other names of states and cities are feminine
_MASCULINE_STATES = {normalize(w) for w in ("العراق", "الأردن", "لبنان", "السودان", "اليمن",
                                            "المغرب", "الكويت", "البحرين", "الصومال")}


_MASCULINE_ROLES = {normalize(w) for w in ("السفير", "القائم", "الوزير", "الرئيس", "المتحدث", "الناطق",
                                           "المبعوث", "الممثل", "القنصل", "الملحق", "المستشار", "النائب")}


_ENVOYS = {normalize(w) for w in ("السفير", "القائم", "سفير", "المبعوث", "القنصل")}


#: "جرى استهداف", "انفجرت سيارة مفخخة": a past auxiliary, or a device that went off, before the act
_DONE = {normalize(w) for w in ("جرى", "تم", "وجرى", "وتم", "انفجرت", "انفجر", "وانفجرت", "وانفجر")}
#: "انفجار عبوة ناسفة استهدف دورية", "إن عبوة ناسفة انفجرت": a past verb of hitting or blowing up
#: with the masdar or the weapon as its subject ("قصف صاروخي لقوات النظام استهدف أحياء": the
#: shelling the regime's, which hit the quarters)
HIT_VERBS = {normalize(w) for w in ("استهدف", "استهدفت", "طال", "طالت", "أصاب", "أصابت", "هز",
                                    "هزت", "انفجرت", "انفجر")}


def reported_done(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"جرى استهداف", "تم تفجير", "انفجار عبوة استهدف …", "تعرضت دورية للجيش لهجوم": a masdar
    after a past auxiliary, the subject of a past verb of hitting, or what a party suffered,
    reports the act as done."""
    return trig.first_token > 0 and tokens[trig.first_token - 1].norm in _DONE \
        or suffered(tokens, trig) \
        or any(t.norm in HIT_VERBS for t in tokens[trig.last_token : trig.last_token + 3])


#: "رد الجيش الإسرائيلي بقصف مدفعي": a verb of answering whose answer is the act written with بـ
_ANSWERED = {normalize(w) for w in ("رد", "ردت", "ردوا", "ورد", "وردت", "وردوا", "فرد", "فردت")}
_ANSWER_REACH = 5


def answered_with(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """The act written with بـ a few words after رد is the answer itself, done by the one who
    answered ("رد الجيش الإسرائيلي بقصف مدفعي"), not the act answered."""
    if not normalize(tokens[trig.first_token].text).startswith("ب"):
        return False
    before = tokens[max(0, trig.first_token - _ANSWER_REACH) : trig.first_token]
    return any(t.norm in _ANSWERED for t in before) and all(t.is_word for t in before[-3:])


def origins_of(tokens: Sequence[Token], actors: Sequence[Positioned]) -> set[int]:
    """ids of states named as an origin: "29 أجنبية من روسيا وأذربيجان"."""
    out: set[int] = set()
    head_is_origin = False
    for p in actors:
        if not p.coordinated:
            head_is_origin = p.first > 0 and tokens[p.first - 1].norm == "من"
        if head_is_origin and p.ref.actor.kind == "state":
            out.add(id(p))
    return out
