"""What a force act hits when the text names no party as its object: a town or a district
("قصفت قوات الدعم السريع مدينة الفاشر"), a ship ("استهدف الحوثيون سفينة تجارية"), a device set
off in a market ("فجر مسلحون عبوة ناسفة في سوق مأرب"), a missile fired at a town ("أطلق الحوثيون
صاروخا باتجاه مدينة إيلات"). spec/GOLD.md asks an event for an identifiable doer, not for a
target, so such an act is kept with no target."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.coding.accidents import accidental
from rasid.coding.bombers import BOMBERS
from rasid.coding.modes import weapon_mode
from rasid.coding.parties import MANNER
from rasid.coding.positions import NEAR, QUANTITIES
from rasid.coding.repel import VERBAL, suffered, sufferer_at
from rasid.coding.syntax import COMMAS
from rasid.coding.triggers import TriggerDef, TriggerMatch, perfect_forms
from rasid.model import ActorRef, Doc, PlaceRef, Sentence, Token
from rasid.resolve.gazetteer import DESCRIPTORS

#: military and public sites hit where no doer is named ("استُهدف مطار أربيل", "قاعدة عين الأسد")
_FACILITIES = {normalize(w) for w in ("مطار", "قاعدة", "معسكر", "مقر", "ميناء", "منشأة", "محطة",
                                      "مصفاة", "حقل", "سفارة", "قنصلية", "سجن", "سجنا")}
#: settlements and their parts named as the object ("مدينة الفاشر", "أطراف بلدتي", "سوق المدينة")
_SITES = {k for k, feature in DESCRIPTORS.items() if feature != "country"} | {
    normalize(w) for w in ("أحياء", "مناطق", "أطراف", "محيط", "ضواحي", "سوق", "أسواق", "ميناء", "مطار",
                           "مدن", "بلدتي", "قريتي", "شوارع", "وسط")}
#: homes: civilians' property, hit where they stand
_HOMES = {normalize(w) for w in ("منزل", "منزلا", "منزلين", "منازل", "بيت", "بيتا", "شقة", "مبنى",
                                 "مبنيين", "مباني", "بناية")}
#: vessels: hit at sea, often where no gazetteer place is named
_VESSELS = {normalize(w) for w in ("سفينة", "سفن", "سفينتين", "ناقلة", "ناقلات", "باخرة", "زورق",
                                   "زوارق", "مدمرة", "فرقاطة", "بارجة")}
#: devices set off: what is hit is where they went off
_DEVICES = {normalize(w) for w in ("عبوة", "عبوات", "عبوتين", "قنبلة", "قنابل", "سيارة", "سيارتين",
                                   "شاحنة", "دراجة", "حزام", "حزاما", "أحزمة", "لغم", "ألغام",
                                   "نفسه", "نفسها", "أنفسهم", "أنفسهما")}  # a bomber himself
#: what is fired at a place ("أطلقت جماعة الحوثي صاروخا باليستيا باتجاه مدينة إيلات")
_FIRED = {normalize(w) for w in ("صاروخ", "صاروخا", "صواريخ", "صاروخين", "قذيفة", "قذائف",
                                 "قذيفتين", "رشقة", "رشقات", "مسيرة", "مسيرات", "الصواريخ",
                                 "القذائف", "المسيرات")}
#: where people gather, struck by a named doer ("استهدف مسجدا في قندوز")
_GATHERINGS = {normalize(w) for w in ("مسجد", "مسجدا", "جامع", "جامعا", "كنيسة", "حسينية", "مدرسة",
                                      "مستشفى", "تجمع", "تجمعا", "حفل", "حفلا", "مطعم", "مطعما",
                                      "مقهى", "ملعب", "ملعبا", "فندق", "فندقا")}
_HIT_THINGS = _SITES | _DEVICES | _FIRED | _HOMES | _FACILITIES | _GATHERINGS
#: bodies that aim at things (works, plans), not at targets, unless a weapon is named
_CIVIL_BODIES = {normalize(w) for w in (
    "وزارة", "الوزارة", "الحكومة", "حكومة", "الرئاسة", "مجلس", "البرلمان", "هيئة", "مؤسسة", "شركة",
    "الشركة", "بلدية", "البلدية", "محافظة", "المحافظة", "منظمة", "المنظمة")}
_MANY = QUANTITIES | {normalize("وابلا")}  # "عشرات الصواريخ", "وابلا من القذائف"
#: verbs that launch an attack told as a noun ("شنت قوات الدعم السريع هجوما على")
_LAUNCH = {c + w for w in perfect_forms("شن") | perfect_forms("نفذ") | perfect_forms("أطلق")
           | perfect_forms("رد") for c in ("", "و")}  # "رد الجيش بقصف مدفعي على بلدة"
_ON = {normalize(w) for w in ("على", "ضد")}
_AIMED = {normalize(w) for w in ("استهدف", "استهدفت", "طال", "طالت")}
_OBJECT_REACH = 12  # tokens between the act and its object: the doer's name, a date, commas
_LAUNCH_REACH = 8


def hits_no_party(doc: Doc, sent: Sentence, trig: TriggerMatch, src: ActorRef | None,
                  places: Sequence[PlaceRef], place: PlaceRef | None) -> bool:
    """A doer named in the text acts on a place, a vessel or with a device, and no party is its
    object: the act is an event with no target."""
    if src is None or not src.text or src.actor.code == "UNK":
        return False
    if trig.defn.pos == "noun" and not _launched(doc, sent, trig, src, place):
        if suffered(doc.tokens, trig):  # "تعرض مطار الخرطوم لقصف مدفعي من قوات الدعم السريع"
            return struck_site(doc, sent, trig, place, named=True) \
                or place is not None and on_a_town(doc, sent, trig)  # "تعرضت بلدة حولا لقصف"
        return False  # "الهجوم على مدينة الفاشر" on its own names the act, it does not report it
    k = object_word(doc, sent, trig, src)
    if k is None:
        return False
    word = doc.tokens[k].norm
    if word in _MANY and k + 1 < sent.last_token:
        word = doc.tokens[k + 1].norm  # "أطلق حزب الله عشرات الصواريخ على بلدة …"
    if word in _VESSELS or word.removeprefix("ال") in _VESSELS:  # "السفينة «ستار نوفا»"
        return True
    aimed = doc.tokens[trig.first_token].norm.removeprefix("و") in _AIMED  # "استهدفت الوزارة
    civil = normalize(src.text.split()[0]) in _CIVIL_BODIES if src.text else False  # محطة بأعمال
    if aimed and civil and weapon_mode(doc.tokens, sent.first_token, sent.last_token) is None:
        return False  # صيانة": an aim of works, not a strike
    if word in _NAMED_TOWN and k + 1 <= sent.last_token and any(  # "قصف الجيش بلدة عيتا الجبل":
            m.label in ("LOC", "GPE") and m.start == doc.tokens[k + 1].start for m in doc.mentions):
        return True  # a town named, though the gazetteer lacks it (the event has no place)
    if word in _HIT_THINGS:
        return place is not None  # "هاجم مسلحو حركة الشباب قاعدة عسكرية في إقليم هيران"
    return any(p.start == doc.tokens[k].start for p in places)  # "قصفت قوات الدعم السريع الفاشر"


#: what a named town is called before its name
_NAMED_TOWN = {normalize(w) for w in ("مدينة", "بلدة", "قرية", "مخيم", "مستوطنة", "كيبوتس")}
#: a settlement, not a military area: a foreign strike on it is not on the host state's army
_TOWNS = {normalize(w) for w in ("مدينة", "بلدة", "قرية", "بلدتي", "قريتي", "مدينتي", "بلدات",
                                 "قرى", "مخيم", "حي", "أحياء", "سوق", "أطراف", "ضواحي", "وسط",
                                 "شوارع")} | _HOMES | _DEVICES  # nor a home or a car there


def struck_site(doc: Doc, sent: Sentence, trig: TriggerMatch, place: PlaceRef | None,
                named: bool = False) -> bool:
    """"استُهدف مطار أربيل الدولي بطائرة مسيرة", "استهدفت سفينة تجارية قبالة الحديدة": a verb of
    striking whose first word after it is a site or a vessel, or one that suffered an attack
    ("تعرضت قاعدة عين الأسد لهجوم صاروخي"), in a sentence that names no party:
    an attack by an unidentified doer (spec/GOLD.md: a deliberate act, its doer unknown); with
    ``named``, the site a named doer's attack hit."""
    if accidental(doc.tokens, sent.first_token, sent.last_token):
        return False  # "تعرضت منشأة نفطية لانفجار نتيجة خلل فني"
    verb = doc.tokens[trig.first_token].norm.removeprefix("و")
    aimed = trig.defn.pos == "verb" and verb in _AIMED
    if aimed and not named and weapon_mode(doc.tokens, sent.first_token, sent.last_token) is None:
        return False  # "استهدفت محطة الإذاعة فئة الشباب ببرامج توعوية": an aim, not a strike
    k = object_word(doc, sent, trig) if trig.defn.pos == "verb" else None
    if trig.defn.pos != "verb":  # "تعرض مطار أربيل لهجوم بطائرة مسيرة"
        k = sufferer_at(doc.tokens, trig, sent.first_token)
        words = [t.norm for t in doc.tokens[trig.first_token : trig.last_token + 2]]
        if any(w in VERBAL for w in words):
            return False  # "تعرضت قاعدة حميميم لهجوم إعلامي"
    word = doc.tokens[k].norm if k is not None else ""
    armed = k is not None and trig.defn.pos == "verb" \
        and _armed_subject(doc.tokens, trig.last_token, k)  # "قصفت طائرات حربية مدينة إدلب"
    return word in _VESSELS or (word in _FACILITIES or armed and word in _TOWNS) \
        and place is not None  # (a town after the verb alone: its doer)


def on_a_town(doc: Doc, sent: Sentence, trig: TriggerMatch) -> bool:
    """"قصفت المدفعية الإسرائيلية بلدة رميش": the act's object is a settlement; "تعرضت بلدة حولا
    لقصف مدفعي": a settlement suffered it."""
    if trig.defn.pos == "noun" and suffered(doc.tokens, trig):
        return any(doc.tokens[k].norm in _TOWNS
                   for k in range(max(sent.first_token, trig.first_token - 4), trig.first_token))
    if trig.defn.pos == "noun" and not _launched(doc, sent, trig):
        return False
    k = object_word(doc, sent, trig)
    return k is not None and doc.tokens[k].norm in _TOWNS


def _launched(doc: Doc, sent: Sentence, trig: TriggerMatch, src: ActorRef | None = None,
              place: PlaceRef | None = None) -> bool:
    """The act noun is the object of a verb that carries it out ("شن هجوما"), or of an armed
    party's claim of it ("أعلن حزب الله استهداف مستوطنة كريات شمونة"); not a denial ("أكد أنه
    لا علاقة له باستهداف"), nor an army telling of a strike on its own country ("أكد الجيش
    الإسرائيلي استهداف مستوطنة المطلة بصواريخ أطلقت من لبنان")."""
    start = max(sent.first_token, trig.first_token - _LAUNCH_REACH)
    if any(doc.tokens[k].norm in _LAUNCH for k in range(start, trig.first_token)):
        return True
    start = max(sent.first_token, trig.first_token - _CLAIM_REACH)  # past the claimant and its day
    claim = next((k for k in range(start, trig.first_token) if doc.tokens[k].norm in _CLAIM), None)
    return claim is not None and src is not None and src.actor.sector in _ARMED_SECTORS \
        and not any(doc.tokens[k].norm in _DENIAL for k in range(claim, trig.first_token)) \
        and not (place is not None and src.actor.sector == "MIL"
                 and src.actor.country == place.place.country)


_CLAIM = {c + w for w in perfect_forms("أعلن") | perfect_forms("أكد") | perfect_forms("تبنى")
          for c in ("", "و")}
_ARMED_SECTORS = {"MIL", "REB", "PRM", None}  # None: a group's own code (HEZ, ISIS)
_CLAIM_REACH = 14
_DENIAL = {normalize(w) for w in ("لا", "لم", "نفى", "نفت", "ينفي", "تنفي", "عدم")}


def object_word(doc: Doc, sent: Sentence, trig: TriggerMatch,
                doer: ActorRef | None = None) -> int | None:
    """The first word after the act that is not a date, a comma, a named party or the ``doer``
    (of a verb first sentence: "فجر انتحاري من حركة الشباب حزاما") nor, after a noun, على."""
    covered = [(r.start, r.end) for r in (*doc.dates, *doc.actors, *([doer] if doer else []))
               if sent.start <= r.start < sent.end]
    after_noun = trig.defn.pos != "verb"
    answer = after_noun and normalize(doc.tokens[trig.first_token].text).startswith("ب")  # "بقصف"
    means = False  # "استهدفت القوات بالمدفعية الثقيلة بلدة الخيام": the arms, then the object
    end, k = min(sent.last_token, trig.last_token + _OBJECT_REACH), trig.last_token - 1
    while (k := k + 1) < end:
        tok = doc.tokens[k]
        if tok.text in COMMAS and doer is not None and doc.tokens[k - 1].end == doer.end \
                and (close := _aside_end(doc, k, sent)) is not None:
            k, end = close, min(sent.last_token, end + close - k)  # "انتحاري من حركة الشباب،
            continue  # فرع تنظيم القاعدة في الصومال، حزاما": the doer's aside, then the object
        if tok.is_word and tok.norm.startswith("ب") and weapon_mode(doc.tokens, k, k + 1) \
                or not after_noun and _armed_subject(doc.tokens, trig.last_token, k + 1):
            means = True  # "بالمدفعية"; "استهدفت طائرة مسيرة مطار أربيل": the arms, its subject
            continue
        if means and tok.norm.startswith("ال") and tok.norm.endswith(("ه", "ي")):
            continue  # "الثقيلة", "المسيرة": the arms' adjectives
        means = False
        if not tok.is_word or any(s <= tok.start < e for s, e in covered) or tok.norm in BOMBERS:
            continue  # "فجر انتحاري نفسه": the bomber, a doer
        if tok.norm in NEAR or tok.norm == "من" and doc.tokens[k - 1].norm in NEAR:
            continue  # "انفجرت سيارة مفخخة قرب مقر البرلمان": what was hit is by the seat
        if after_noun and (tok.norm in _ON or tok.norm in _AIMED):  # "بقصف استهدف أطراف بلدة"
            after_noun = False
            continue
        if answer and tok.norm in MANNER:
            continue  # "ردت بقصف مدفعي على بلدة": how, then what
        genitive = after_noun and trig.defn.genitive == "target" and k == trig.last_token
        return k if not after_noun or answer or genitive else None  # "استهداف مستوطنة …"
    return None


#: arms named as a strike's subject ("استهدفت طائرة مسيرة مطار أربيل", "استهدف صاروخان قاعدة")
_ARMS = {normalize(w) for w in ("طائرة", "طائرتان", "طائرات", "صاروخ", "صاروخان", "صواريخ",
                                "صاروخا", "قذيفة", "قذيفتان", "قذائف")}


def _armed_subject(tokens: Sequence[Token], first: int, end: int) -> bool:
    """The words from ``first`` to ``end`` (the verb's object) are a number and arms only, and
    their adjectives ("طائرات حربية", "12 صاروخا باليستيا")."""
    return end > first and any(t.norm in _ARMS for t in tokens[first:end]) and all(
        t.norm.isdigit() or t.norm in _ARMS or t.norm in _ARMS_ADJ or weapon_mode(tokens, j, j + 1)
        for j, t in enumerate(tokens[first:end], first))


_ARMS_ADJ = {normalize(w) for w in ("حربية", "مجهولة", "مجهولة الهوية", "معادية")}


def _aside_end(doc: Doc, k: int, sent: Sentence) -> int | None:
    """The comma that closes an aside opened by the comma at token ``k`` (eight words at most)."""
    return next((j for j in range(k + 1, min(sent.last_token, k + 10))
                 if doc.tokens[j].text in COMMAS), None)


#: people taken in, not met: the wounded, the dead, refugees, aid
_TAKEN_IN = {normalize(w) for w in (
    "جرحى الجرحى مصابين المصابين مصابا جثث الجثث جثامين جثة لاجئين اللاجئين لاجئا نازحين "
    "النازحين مهاجرين المهاجرين دفعة دفعات شحنة شحنات").split()}
_THOUSANDS = {normalize(w) for w in ("آلاف", "الآلاف", "ألوف")}
_SCORES = {normalize(w) for w in ("مئات", "المئات", "عشرات", "العشرات")}


def crowd_received(doc: Doc, sent: Sentence, trig: TriggerMatch) -> bool:
    """"استقبل مستشفى الفاشر جرحى", "استقبلت تركيا آلاف اللاجئين": taken in, not a meeting."""
    if not (trig.defn.event_type == "CONSULT" and trig.defn.host_first):
        return False
    k = object_word(doc, sent, trig)
    while k is not None and k < sent.last_token and any(  # "مستشفى الفاشر": the host's town
            p.start <= doc.tokens[k].start < p.end for p in doc.places):
        k += 1
    words = [t.norm for t in doc.tokens[k : min(k + 2, sent.last_token)]] if k is not None else []
    return bool(words) and (words[0] in _THOUSANDS | _TAKEN_IN or words[0] in _SCORES
                            and words[1:2] != [] and words[1] in _TAKEN_IN)  # not "ممثلي اللاجئين"


#: COERCE on things (a tanker seized, sites blocked, power cut) told by a verb: an event with
#: no party named as its target
THINGS_TAKEN = {"seize", "withhold", "censor"}


def on_things(defn: TriggerDef) -> bool:
    """An act told by a verb on things, which needs no party as its target: a tanker seized,
    sites blocked, power cut, a crossing closed ("أغلقت السلطات المصرية معبر رفح", its other
    side not named); an inquiry into what happened ("فتحت النيابة تحقيقا في انهيار السدين"), an
    attack on computers ("اخترق قراصنة موقع البرلمان")."""
    closed = defn.mode == "restrict" and bool(defn.then)  # "أغلقت … معبر"
    inquiry = defn.mode in ("investigate", "cyber")  # and an attack on computers
    return defn.pos != "noun" and (defn.mode in THINGS_TAKEN or closed) or inquiry
