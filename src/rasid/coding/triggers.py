"""Trigger words and phrases → PLOVER event type and mode.

The lexicon (``data/triggers.yaml``) lists stems; this module generates the conjugated verb
forms (perfect, imperfect with person prefixes, future with س), noun forms with pronoun
suffixes, and matches them over tokens through proclitics with ``PhraseMatcher``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from rasid.arabic.calendar import MONTH_WORDS, WEEKDAYS
from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.matcher import Match, PhraseMatcher
from rasid.arabic.normalize import normalize
from rasid.arabic.numbers import TENS
from rasid.coding.mentioned import answerable, invited
from rasid.coding.readings import PARTICIPLES, asking, broken, time_of_truce
from rasid.model import Token
from rasid.resources import load_yaml

_PERF_SUFFIXES = ("", "ت", "ا", "وا", "تا", "ن", "نا", "تم")
_IMPERF_PREFIXES = ("ي", "ت", "ن", "ا")
_IMPERF_SUFFIXES = ("", "ون", "ان", "ن", "وا", "ا")
_NOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


@dataclass(frozen=True, slots=True)
class TriggerDef:
    event_type: str
    mode: str | None
    contexts: tuple[str, ...]
    pos: str  # verb | noun | phrase
    genitive: str  # source | target
    strength: float
    needs: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    then: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    by: tuple[str, ...] = ()
    host_first: bool = False
    mutual: bool = False  # "تبادلت روسيا وأوكرانيا الأسرى": the two sides act on each other
    bare: bool = False  # not written with بـ ("بالإعدام" is a sentence, "الإعدام" carried out)
    predicate: bool = False  # "أعلنت الحكومة السفير شخصا غير مرغوب فيه": said of the party before
    labels: tuple[str, ...] = ()  # "وصف الهجوم بأنه إرهابي": one of them right after بأنه
    future: bool = False
    imperfect: bool = False


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    first_token: int
    last_token: int
    start: int
    end: int
    defn: TriggerDef


def perfect_forms(stem: str) -> set[str]:
    s = normalize(stem)
    if s.endswith(("ي", "ا")):  # التقى، دعا، استدعى
        root = s[:-1]
        return {s, root + "ت", root + "وا", root + "يا", root + "تا", root + "ينا", root + "يت"}
    return {s + suf for suf in _PERF_SUFFIXES}


def imperfect_forms(stem: str) -> set[str]:
    s = normalize(stem)
    out = set()
    for pre in _IMPERF_PREFIXES:
        for suf in _IMPERF_SUFFIXES:
            if s.endswith(("ي", "و")) and suf:
                out.add(pre + s[:-1] + suf)
            out.add(pre + s + suf)
        if s.endswith(("ي", "و")) and len(s) >= 4:
            out.add(pre + s[:-1])  # the jussive after لم: "لم تستدعِ", "لم يلتقِ" (not يدع from يدعو)
    return out


def noun_forms(noun: str) -> set[str]:
    words = noun.split()
    head = normalize(words[0])
    tail = " ".join(words[1:])
    out = {normalize(noun)}
    if not tail:
        base = head[:-1] + "ت" if head.endswith("ه") else head
        out.update(base + suf for suf in _NOUN_SUFFIXES)
        if not head.endswith(("ه", "ا", "ي", "ء", "ات")):
            out.add(head + "ا")  # the indefinite accusative: "عقد الوزراء اجتماعا"
        if head.endswith("اء"):  # لقاء → لقائه
            out.update(head[:-1] + "ي" + suf for suf in _NOUN_SUFFIXES)
    return out


def _defn(entry: dict, pos: str, **kw: object) -> TriggerDef:
    return TriggerDef(
        event_type=entry["type"],
        mode=entry.get("mode"),
        contexts=tuple(entry.get("contexts") or ()),
        pos=pos,
        genitive=entry.get("genitive", "target"),
        strength=float(entry.get("strength", 0.7)),
        needs=tuple(normalize(w) for w in entry.get("needs") or ()),
        unless=tuple(normalize(w) for w in entry.get("unless") or ()),
        then=tuple(normalize(w) for w in entry.get("then") or ()),
        not_after=tuple(normalize(w) for w in entry.get("not_after") or ()),
        not_before=tuple(normalize(w) for w in entry.get("not_before") or ()),
        by=tuple(normalize(w) for w in entry.get("by") or ()),
        host_first=bool(entry.get("host_first", False)),
        mutual=bool(entry.get("mutual", False)),
        bare=bool(entry.get("bare", False)),
        predicate=bool(entry.get("predicate", False)),
        labels=tuple(normalize(w) for w in entry.get("labels") or ()),
        **kw,  # type: ignore[arg-type]
    )


@cache
def trigger_matcher() -> PhraseMatcher[TriggerDef]:
    """The matcher over every generated trigger form (built once)."""
    m: PhraseMatcher[TriggerDef] = PhraseMatcher()
    for entry in load_yaml("triggers.yaml"):
        verb = _defn(entry, "verb")
        for stem in entry.get("perf") or ():
            if " " in stem:
                m.add(stem, _defn(entry, "phrase"))
            else:
                m.add_all(perfect_forms(stem), verb)
        imperf = _defn(entry, "verb", imperfect=True)
        future = _defn(entry, "verb", imperfect=True, future=True)
        for stem in entry.get("imperf") or ():
            forms = imperfect_forms(stem)
            m.add_all(forms, imperf)
            m.add_all(("س" + f for f in forms), future)
        noun = _defn(entry, "noun")
        for n in entry.get("nouns") or ():
            m.add_all(noun_forms(n), noun)
        for p in entry.get("phrases") or ():
            m.add(p, noun if normalize(p.split()[0]) in NOMINAL_HEADS else _defn(entry, "phrase"))
    return m


#: first words of phrases that are noun phrases ("عملية عسكرية", "حملة جوية", "إعادة فتح"):
#: they take their arguments as a masdar does, not as a verb
NOMINAL_HEADS = {normalize(w) for w in ("عملية", "حملة", "حملته", "حملتها", "ضربات", "ضربة", "غارة",
                                        "غارات", "هدنة", "الهدنة", "إعادة", "اعادة", "الإفراج", "إلقاء",
                                        "القبض", "قصف", "قصفا", "توقيع", "تشكيل", "تحالف", "عدوان",
                                        "لعدوان", "وقف")}


#: "مستودع للصواريخ", "مخازن أسلحة وقذائف", "بطاريات صواريخ": weapons kept, made or set up, not
#: used; "مقر اجتماع قادة الحزب", "قاعة الاجتماعات": the venue of a meeting, not a meeting
STORES = {normalize(w) for w in ("مستودع", "مستودعات", "مخزن", "مخازن", "مصنع", "مصانع", "معمل",
                                 "معامل", "ترسانة", "شحنة", "شحنات", "منصة", "منصات", "مقر", "مقار",
                                 "قاعة", "قاعات", "بطارية", "بطاريات", "منظومة", "منظومات")}


def _stored(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` follows a store noun, directly or through لـ ("مستودع للصواريخ")
    or a coordinated store ("مقر ومستودع للصواريخ")."""
    if k == 0:
        return False
    prev = tokens[k - 1].norm
    return prev in STORES or prev[:1] == "و" and prev[1:] in STORES


_THEN_REACH = 10
_CHARGES = tuple(normalize(w) for w in ("تهمة", "تهم", "بتهمة", "بتهم"))
_TO = normalize("إلى")
_ON = normalize("على")
#: "وصل عدد القتلى إلى 50", "توجه رسالة إلى": what reaches or is sent, not who travels
_NOT_A_TRIP = {normalize(w) for w in ("عدد", "حصيلة", "رسالة", "رسائل", "دعوة", "نداء", "سؤال", "اتهامات",
                                      "انتقادات", "تحية", "الشكر", "شكر", "مذكرة")}


def _date_word(norm: str) -> bool:
    """A day's number or a month's name: they do not count ("مساء الأربعاء 17 تموز/يوليو")."""
    return norm.isdigit() or norm in MONTH_WORDS


def _then(tokens: Sequence[Token], k: int, last: int, words: tuple[str, ...]) -> bool:
    """One of ``words`` follows within a few tokens, subject and time words between ("ووصل
    العبادي، الجمعة، إلى البصرة"), before any full stop."""
    trip = _TO in words
    seen = 0  # words only: commas around a time phrase do not count ("السوداني، اليوم الثلاثاء،")
    for i in range(k, last):
        if tokens[i].text in (".", "؟", "!", "؛"):
            return False
        seen += tokens[i].is_word and not _date_word(tokens[i].norm)
        if seen > _THEN_REACH:
            return False
        pair = f"{tokens[i].norm} {tokens[i + 1].norm}" if i + 1 < last else ""
        if tokens[i].norm in words or pair in words and tokens[i - 1].norm != _ON:
            return True  # a word, or two ("من المفاوضات"; not "علق على مشاركته في": a comment)
        if trip and (tokens[i].norm.startswith("بال") or tokens[i].norm in _NOT_A_TRIP):
            return False  # "توجه الرئيس بالشكر إلى", "وصل عدد القتلى إلى": no journey
    return False


def _cites(tokens: Sequence[Token], k: int, by: tuple[str, ...]) -> bool:
    """A word with بـ follows the verb's subject, before any full stop, and is not one of the
    ways ``by`` it may be done ("استشهد شاب برصاص القناصة" is a death, "استشهد نتنياهو
    بالتوراة" a citation)."""
    for tok in tokens[k : k + _THEN_REACH]:
        if not tok.is_word and tok.text in (".", "؟", "!", "؛", "،") or tok.norm in _WHERE_OR_WHY \
                or tok.norm.startswith(by):
            return False  # "استشهد شاب في بلدة …", "جراء القصف", "برصاص القناصة": a death
        if tok.is_word and tok.norm[:1] == "ب" and len(tok.norm) > 3 and tok.norm not in _AMONG:
            return True
    return False


#: words after which a بـ-word is a place or a cause, not what is cited
_WHERE_OR_WHY = {normalize(w) for w in ("في", "على", "جراء", "خلال", "إثر", "اثر", "أثناء", "متأثرا", "عقب",
                                        "قرب", "داخل", "عند", "منذ")}
_AMONG = {normalize(w) for w in ("بينهم", "بينهن", "بينهما", "بينها")}


def _after_word(tokens: Sequence[Token], k: int, words: tuple[str, ...]) -> bool:
    """Whether the word before ``k`` is one of ``words``, through its proclitics ("وخط")."""
    if k == 0 or not tokens[k - 1].is_word:
        return False
    return any(stem in words for _, stem in proclitic_splits(tokens[k - 1].text))


def find_triggers(tokens: Sequence[Token], first: int, last: int) -> list[TriggerMatch]:
    """Trigger matches in ``tokens[first:last]``; one definition per match (the first listed)."""
    out: list[TriggerMatch] = []
    sentence_norms = {t.norm for t in tokens[first:last]}
    start = first
    while start < last:
        for m in trigger_matcher().find(tokens, start, last):
            defn = None if _stored(tokens, m.first_token) or _after_word(tokens, m.first_token, _CHARGES) \
                or answerable(tokens, m.first_token) or invited(tokens, m.first_token) \
                else _reading(tokens, m, sentence_norms)  # "اعتقلت … بتهمة التظاهر": a charge, no protest
            if defn is None:  # "فرضت حظرا شاملا للتجوال": a phrase turned down may hide a shorter one
                start = m.first_token + 1
                break
            out.append(TriggerMatch(m.first_token, m.last_token, m.start, m.end, defn))
        else:
            break
    return out


_DAWN = {normalize(w) for w in ("الفجر", "والفجر", "بالفجر", "للفجر", "فجرا")}


def _reflexive(tokens: Sequence[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].norm.startswith(("نفس", "انفس"))


def _reading(tokens: Sequence[Token], m: Match[TriggerDef], sentence_norms: set[str]) -> TriggerDef | None:
    """The first definition of a match whose conditions the sentence meets."""
    first = tokens[m.first_token]
    with_ba = "ب" in normalize(first.text[: max(0, m.start - first.start)])
    for defn in m.payloads:
        if defn.needs and not any(any(w.endswith(n) for w in sentence_norms) for n in defn.needs):
            continue
        if defn.bare and with_ba:
            continue  # "حكمت المحكمة بالإعدام": the sentence, not an execution
        if defn.pos == "verb" and _counted(tokens, m.first_token):
            continue  # "قتل ١٢ طالبا": students counted, not "the two demanded"
        if defn.event_type == "CONCEDE" and broken(tokens, m.first_token) \
                or defn.mode == "ceasefire" and time_of_truce(tokens, m.first_token):
            continue  # "خرقت … الهدنة": not declared; "بعد ساعات من بدء سريان الهدنة": a time
        if first.norm in PARTICIPLES and not asking(tokens, m.first_token, m.last_token):
            continue  # "…، داعية الجيش إلى ضبط النفس" asks; "الداعية الإسلامي" is a preacher
        if defn.pos == "verb" and first.norm in _DAWN and not _reflexive(tokens, m.last_token):
            continue  # "حتى ساعات الفجر", "فجرا": dawn, not a blast (but "فجرا نفسيهما")
        if defn.unless and any(any(w.endswith(n) for w in sentence_norms) for n in defn.unless):
            continue  # "حالة الطوارئ بسبب الفيضانات": no repression
        if defn.then and not _then(tokens, m.last_token, len(tokens), defn.then):
            continue
        if defn.labels and not _labelled(tokens, m.last_token, defn.labels):
            continue  # "وصف الموقف بأنه شجاع في مواجهة العدوان": praise, whatever follows
        if defn.not_after and _after_word(tokens, m.first_token, defn.not_after):
            continue
        if defn.not_before and any(t.norm in defn.not_before for t in tokens[m.last_token : m.last_token + 2]):
            continue  # "سحب الدخان": clouds, not a withdrawal
        if defn.by and _cites(tokens, m.last_token, defn.by):
            continue  # "استشهد الوزير بقول الشاعر": cited, not killed
        return defn
    return None


def _labelled(tokens: Sequence[Token], k: int, labels: tuple[str, ...]) -> bool:
    """The first بأنه/بأنها/بأن after token ``k``, before any full stop, is followed within two
    words by one of ``labels`` ("بأنه انتهاك", "بأنها عمل إرهابي"; not "بأنها رد على عدوان")."""
    for i in range(k, min(len(tokens), k + _THEN_REACH + 4)):
        if tokens[i].text in (".", "؟", "!", "؛"):
            return False
        if tokens[i].norm.startswith("بان"):
            words = [t.norm for t in tokens[i + 1 : i + 3]]
            return any(w in labels for w in words) or " ".join(words) in labels
        if tokens[i].norm[:1] == "ب" and tokens[i].norm in labels:
            return True  # "وصفت الهجوم بالإرهابي"
    return False


def _counted(tokens: Sequence[Token], k: int) -> bool:
    """The word at ``k`` is a noun counted by the number before it ("١٢ طالبا", "عشرين عاملا"):
    written like a dual verb, it ends in the accusative's alif."""
    before = tokens[k - 1].norm.removeprefix("و") if k > 0 else ""
    counter = tokens[k - 2].norm if k > 1 else ""  # "في 2024 وبحثا", "الساعة 3 واعتقلا": a verb
    word = tokens[k].norm
    return word.endswith("ا") and word[:1] not in "وف" and counter not in _NOT_COUNTS \
        and (before.isdigit() and len(before) < 4 or before in TENS or before in _TEENS)


_TEENS = {normalize(w) for w in ("عشر", "عشرة")}  # "أحد عشر", "ثلاثة عشر"
_NOT_COUNTS = {normalize(w) for w in ("عام", "سنة", "الساعة", "الجولة", "رقم", "يوم", "العام")}


#: verbs of result whose subject is the act that caused it ("أدى قصف الطيران إلى مقتل …")
_CAUSED = {normalize(w) for w in ("أدى", "أدت", "وأدى", "وأدت", "أسفر", "أسفرت", "وأسفر", "وأسفرت", "تسبب",
                                  "تسببت", "وتسبب", "وتسببت", "خلف", "خلفت", "أوقع", "أوقعت",
                                  # and modals: "يجب طرد السفير" (a masdar, not "the ambassador expelled")
                                  "يجب", "ينبغي", "لابد", "ضرورة", "بضرورة")}


#: "قررت السعودية، الجمعة، طرد السفير": what is decided is a masdar
#: relative pronouns: what follows them tells of something named before
RELATIVE_WORDS = {normalize(w) for w in ("التي", "الذي", "اللذين", "اللتين", "الذين", "اللاتي")}
_DECIDED = {normalize(w) for w in ("قرر", "قررت", "وقرر", "وقررت", "تقرر", "وتقرر", "قررا")}
_DECIDED_REACH = 8


#: "أدانت الخارجية القطرية قصف الجيش الإسرائيلي مدرسة": what is condemned is a masdar
_CONDEMNING = {normalize(w) for w in ("أدان", "أدانت", "دان", "دانت", "وأدان", "وأدانت", "ودان", "ودانت",
                                      "استنكر", "استنكرت", "واستنكر", "واستنكرت", "شجب", "شجبت",
                                      "وصف", "وصفت", "ووصف", "ووصفت")}  # "وصفت X قصف المستشفى بـ"


def _decided(tokens: Sequence[Token], m: TriggerMatch) -> bool:
    """A one-word perfect form a few words after a verb of deciding in the same sentence, or
    written bare as the object of a verb of condemning (not "أدانت الهجوم الذي قتل", "أدانت
    تركيا الهجوم وقصفت": a relative clause or a verb joined by و is an act told), or of a verb
    of announcing with a time set off by commas between ("أعلنت الخارجية، الأربعاء، طرد"; not
    "أعلن الجيش أنه قصف": a verb after أن is the act told)."""
    if m.last_token - m.first_token != 1:
        return False
    bare = tokens[m.first_token].start == m.start  # no و or ف written on it
    told = False  # a comma or a relative pronoun between
    said = False  # a complementiser between
    for j in range(m.first_token - 1, max(-1, m.first_token - 1 - _DECIDED_REACH), -1):
        if tokens[j].norm in _DECIDED or tokens[j].norm in _CONDEMNING and bare and not told \
                and m.first_token - j <= _CONDEMNED_REACH \
                or tokens[j].norm in _ANNOUNCING and bare and told and not said \
                and not (j and tokens[j - 1].norm in _AS_TOLD):  # not "وكما أعلنت الشرطة، هاجم"
            return True
        if tokens[j].text in ".؟!:؛":
            return False
        told = told or tokens[j].text in "،," or tokens[j].norm in RELATIVE_WORDS \
            or j == m.first_token - 1 and tokens[j].norm in WEEKDAYS  # "أعلنت الجزائر الاثنين طرد"
        said = said or tokens[j].norm in _THAT or tokens[j].norm in RELATIVE_WORDS
    return False


_ANNOUNCING = {normalize(w) for w in ("أعلن", "أعلنت", "وأعلن", "وأعلنت", "أعلنا")}
_AS_TOLD = {normalize(w) for w in ("ما", "كما", "وكما", "حسب", "بحسب", "وحسب", "وفق", "وفقا",
                                   "ووفق", "طبقا")}
_THAT = {normalize(w) for w in ("أن", "إن", "أنه", "أنها", "إنه", "إنها", "بأن", "بأنه", "بأنها",
                                "أنهم")}


_CONDEMNED_REACH = 6


def trigger_reading(text: str, tokens: Sequence[Token], m: TriggerMatch) -> TriggerMatch:
    """A verb form written with an attached preposition or article ("بقصف"), or the subject of a
    verb of result ("أسفر قصف"), is a masdar."""
    prefix = normalize(text[tokens[m.first_token].start : m.start])
    nominal = any(c in prefix for c in "بلك") or prefix.endswith("ال") \
        or m.first_token > 0 and tokens[m.first_token - 1].norm in _CAUSED or _decided(tokens, m)
    if m.defn.pos == "verb" and not m.defn.imperfect and nominal:
        return replace(m, defn=replace(m.defn, pos="noun"))
    if m.defn.imperfect and m.first_token > 0 and tokens[m.first_token - 1].norm in _SAWFA:
        return replace(m, defn=replace(m.defn, future=True))  # "سوف تفرض", "أن تصدر": not yet done
    return m


#: before an imperfect: what will be, or is to be, done ("من المقرر أن تصدر المحكمة أحكامها")
_SAWFA = {normalize(w) for w in ("سوف", "وسوف", "فسوف", "أن", "ان")}
