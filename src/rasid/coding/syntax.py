"""The clauses of a sentence as the coder reads them: what a comma after حيث or a relative
pronoun closes, which verb a coordinated verb shares its subject with, كان … قد, and an act
that is itself the subject of its verb."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.normalize import normalize, strip_marks
from rasid.coding.clauses import ASKING
from rasid.coding.joined import joined_act
from rasid.coding.positions import Positioned, coordinated_group
from rasid.coding.quotes import PARTICIPLES
from rasid.coding.triggers import RELATIVE_WORDS, TriggerMatch, perfect_forms
from rasid.model import Token
from rasid.recognise.commonness import table
from rasid.resources import load_yaml

#: "بدعم من X", "مدعوما بالقوات الروسية", "المدعومة من إيران": X backs the act, it neither
#: does it nor suffers it
BACKING = {normalize(w) for w in ("بدعم", "بمساندة", "بإسناد", "باسناد", "مدعوما", "مدعومة",
                                  "مدعومين",
                                  "مدعومون", "المدعومة", "المدعوم", "المدعومين", "بغطاء", "وبدعم")}
#: "برعاية الأمم المتحدة", "بوساطة قطرية": the sponsor of an agreement is no party to it (of a
#: meeting, spec/GOLD.md makes the convener its source)
SPONSORS = {normalize(w) for w in ("برعاية", "وبرعاية", "بوساطة", "وبوساطة")}


def backer(tokens: Sequence[Token], p: Positioned, event_type: str = "") -> bool:
    """The actor is named within three words after a backing word ("بدعم من جماعات المعارضة"),
    or a sponsor's of an agreement."""
    for i in range(p.first - 1, max(-1, p.first - 4), -1):
        if not tokens[i].is_word:
            return False
        if tokens[i].norm in BACKING or event_type == "AGREE" and tokens[i].norm in SPONSORS:
            return True
    return False


_KANA = {normalize(w) for w in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت", "كانوا", "وكانوا")}


_QAD = {normalize(w) for w in ("قد", "لقد")}


def kana_subject(tokens: Sequence[Token], trig: TriggerMatch,
                  before: Sequence[Positioned]) -> Positioned | None:
    """"وكان X قد قصف …": the actor right after كان, with قد right before the verb."""
    k = trig.first_token
    if k < 3 or tokens[k - 1].norm not in _QAD:
        return None
    for p in reversed(before):
        if p.last == k - 1:  # "كان بوتين ونظيراه الإيراني والتركي قد تعهدوا": the group's head
            head = coordinated_group(before, p)[0]
            if head.first > 0 and tokens[head.first - 1].norm in _KANA:
                return head
    return None


def act_as_subject(tokens: Sequence[Token], trig: TriggerMatch, definite: bool = False) -> bool:
    """"استهدف هجوم بطائرة مسيرة قاعدة …", "طال القصف مواقع …": the verb's subject is an act of
    the same kind; no doer is named and the party after it is the one acted upon. ``definite``:
    only an act named with the article ("الغارات"), one told before."""
    from rasid.coding.triggers import find_triggers

    i = trig.last_token
    if i >= len(tokens) or definite and not tokens[i].norm.startswith("ال"):
        return False
    return any(t.first_token == i and (t.defn.pos == "noun" or t.start > tokens[i].start)
               and tokens[i].text[: t.start - tokens[i].start] in ("", "ال")  # not "بغارة": by it
               and t.defn.event_type == trig.defn.event_type
               for t in find_triggers(tokens, i, min(len(tokens), i + 3)))


#: words that open a new clause: a party named after them belongs to another predicate
CLAUSE_OPENERS = {normalize(w) for w in ("بينما", "فيما", "حيث", "لكن", "ولكن", "وبينما", "وفيما",
                                         "بعدما", "عندما", "وذلك")}


COMMAS = {"،", ","}
_JUST = {normalize(w) for w in ("قبيل", "بعيد")}


_MAIN_REACH = 30


def coordinated_verb(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"…، واجتمع مع …": a verb joined by و right after a comma, sharing its clause's subject."""
    k = trig.first_token
    return k > 0 and tokens[k - 1].text in COMMAS and trig.start > tokens[k].start \
        and tokens[k].text[:1] == "و"


#: "دان الائتلاف الغارات، مطالبا مجلس الأمن بالتحرك": a participle after a comma says more of the
#: subject, with objects of its own (the participles that ask, and those that go on saying)
_SAYING = ASKING | PARTICIPLES | {normalize(w) for w in ("مطالبين", "داعين", "مشددا", "مشددة")}
#: "قصفت المدفعية بلدة عيتا الشعب، بعد ساعات من إعلان حزب الله …": after a comma, a time
#: adjunct telling another act
_WHEN_ANOTHER = {normalize(w) for w in ("بعد", "قبل", "عقب", "إثر", "اثر")}


def time_of_another(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"قطعت … الإنترنت في الخرطوم قبيل التظاهرات": a noun trigger after a word of time tells
    when another act was done; what was named before it is that act's."""
    k = trig.first_token
    return trig.defn.pos == "noun" and k > 0 and tokens[k - 1].norm in _WHEN_ANOTHER | _JUST


def asking_participle(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"…، مطالبة مجلس الأمن بتصنيف": مطالبة after a comma is "demanding" (a participle going on
    from the subject), not "the demand of" the party after it."""
    k = trig.first_token
    return trig.last_token - k == 1 and k > 0 and tokens[k].norm in _SAYING and tokens[k - 1].text in COMMAS


def _verb_follows(tokens: Sequence[Token], comma: int) -> bool:
    """"…، واجتمع مع …": a comma, then a trigger verb joined by و: another predicate begins."""
    from rasid.coding.triggers import find_triggers

    k = comma + 1
    if k >= len(tokens) or tokens[k].text[:1] != "و":
        return False
    return any(coordinated_verb(tokens, t) and t.defn.pos == "verb"
               for t in find_triggers(tokens, k, min(len(tokens), k + 1)))


def main_clause(tokens: Sequence[Token], first: int, end: int) -> list[Token]:
    """The tokens from ``first`` to ``end`` less the حيث and relative clauses between them
    that a comma closes: "وتوجه العبادي …، حيث كان يشارك في اجتماع …، واجتمع" is no recall. A
    clause still open at ``end`` is kept ("فيما كانت الطائرات قد قصفت")."""
    out: list[Token] = []
    held: list[Token] = []  # the tokens of a clause not yet closed
    for t in tokens[first:end]:
        if not held and (t.norm in CLAUSE_OPENERS or t.norm in RELATIVE_WORDS or t.norm in BACKING):
            held.append(t)  # "…، بدعم من جماعات المعارضة، في هجوم": a parenthesis too
        elif held and t.text in COMMAS:
            held = []
            out.append(t)
        elif held:
            held.append(t)
        else:
            out.append(t)
    return out + held


def nested(tokens: Sequence[Token], p: Positioned, trig: TriggerMatch) -> bool:
    """"أعلن الصدر وهادي العامري، الذي تربطه علاقات مع إيران، تحالف كتلتيهما": an actor inside a
    relative or حيث clause closed by a comma before the trigger belongs to that clause."""
    if not any(tokens[k].text in COMMAS for k in range(p.last, trig.first_token)):
        return False
    for i in range(p.first - 1, -1, -1):
        if not tokens[i].is_word:
            return False
        if tokens[i].norm in CLAUSE_OPENERS or tokens[i].norm in RELATIVE_WORDS:
            return True
    return False


def subordinate(tokens: Sequence[Token], p: Positioned, trig: TriggerMatch) -> bool:
    """"وتوجه العبادي إلى البصرة، آتيا من بروكسل حيث كان يشارك في اجتماع التحالف الدولي،
    واجتمع مع …": an actor inside a حيث or relative clause that the comma before a coordinated
    verb closes is not that verb's subject, nor the object of an act's masdar ("نفت قوات الدعم
    السريع استهداف المدنيين، واتهمت الجيش")."""
    if not coordinated_verb(tokens, trig):
        return False
    if p.first > 0 and tokens[p.first - 1].norm in _ACT_MASDARS:
        return True
    for i in range(p.first - 1, -1, -1):
        if tokens[i].text in COMMAS or not tokens[i].is_word:
            return False
        if tokens[i].norm in CLAUSE_OPENERS or tokens[i].norm in RELATIVE_WORDS:
            return True
    return False


#: masdars of acts whose genitive is what was acted on
_ACT_MASDARS = {normalize(w) for w in (
    "استهداف اعتقال مهاجمة اختطاف احتجاز تهجير ملاحقة حصار اتهام تسليح تمويل دعم مساعدة"
).split()}  # not قصف, قتل, ضرب, خطف, طرد: verbs as well ("قصف الجيش منزلا، واعتقل …")


def main_subjects(tokens: Sequence[Token], trig: TriggerMatch, sent_actors: Sequence[Positioned],
                   marked: set[int]) -> list[Positioned]:
    """Unmarked actors before a coordinated verb, outside the clauses nested between them."""
    return [p for p in sent_actors if p.last <= trig.first_token and trig.first_token - p.last <= _MAIN_REACH
            and id(p) not in marked and not subordinate(tokens, p, trig)]


#: words that open a clause telling another act ("…، فيما قتل جنديان في انفجار لغم")
#: (the other openers, حيث, عندما, بعدما, وذلك, go on telling the same act)
_OTHER_ACT = CLAUSE_OPENERS - {normalize(w) for w in ("حيث", "بعدما", "عندما", "وذلك")}


def act_clause(tokens: Sequence[Token], first: int, last: int,
               trig: TriggerMatch) -> tuple[int, int]:
    """The tokens of the sentence ``tokens[first:last]`` that tell the act ``trig``: a weapon or
    a toll told after فيما, بينما or لكن belongs to another act, as one told before such a word
    does to the act it follows."""
    start = next((k for k in range(trig.first_token - 1, first - 1, -1)
                  if tokens[k].norm in _OTHER_ACT), first)
    end = next((k for k in range(trig.last_token, last) if tokens[k].norm in _OTHER_ACT), last)
    return start, end


_WHILE = normalize("حين")


def whereas(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where "في حين" (whereas) opens another clause in ``tokens[first:last]``, or ``last``: what
    an act told again leaves to another ("ويأتي هذا القصف …، في حين يواصل جيش الاحتلال قصفه …
    حيث استشهد 14")."""
    return next((k - 1 for k in range(first + 1, last) if tokens[k].norm == _WHILE
                 and tokens[k - 1].norm.removeprefix("و") == "في"), last)


def clause_end(tokens: Sequence[Token], start: int, limit: int, act: str | None = None,
               verb: bool = False) -> int:
    """Index of the first token after ``start`` that opens another clause (for a trigger of type
    ``act``, a ``verb`` or not)."""
    for i in range(start, min(limit, len(tokens))):
        norm = tokens[i].norm
        if norm in CLAUSE_OPENERS or tokens[i].text in (";", "؛") or norm == "في" and i + 1 < len(tokens) \
                and tokens[i + 1].norm == "حين" or tokens[i].text in COMMAS and (
                    _verb_follows(tokens, i)
                    or i + 1 < len(tokens) and tokens[i + 1].norm in _SAYING | _WHEN_ANOTHER) \
                or joined_act(tokens, i, act) and not (verb and i == start):  # "دان الهجوم
            return i  # وطالب إيران": another act (but "أدانت ورفضت الخارجية": one subject)
    return limit


_HEADLINE_WORDS = 20


def headline(text: str, first_token: int, last_token: int, start: int, end: int) -> bool:
    """The title line that opens an article ("الامم المتحدة تطالب اسرائيل بوقف فوري لإطلاق
    النار"), or a text that is such a line alone (a feed of titles): short, on a line of its own,
    without a full stop. Its present tense tells the news."""
    alone = not text[:start].strip() and not text[end:].strip() and "\n" not in text.strip() \
        and not text.rstrip().endswith((".", "؟", "!"))
    return last_token - first_token <= _HEADLINE_WORDS and (alone or title_line(text, start, end))


def title_line(text: str, start: int, end: int) -> bool:
    """The span is the article's first line, which has no full stop and a body after it: its
    title (a text of one line is a report of its own, not a title)."""
    return "\n" not in text[:start] and not text[start:end].rstrip().endswith((".", "؟", "!")) \
        and text[end:].lstrip(" ")[:1] == "\n" and bool(text[end:].strip())


_SUFFIXES = tuple(normalize(s) for s in ("ه", "ها", "هم", "هما", "هن"))


@cache
def marbuta_nouns() -> frozenset[str]:
    """Matching forms of the one-word trigger nouns written with ة ("زيارة" → "زياره"): such a
    word written with ه ("خلال زياره الوزير") is the noun itself, not the noun and "his"."""
    forms = (normalize(n) for entry in load_yaml("triggers.yaml") for n in entry.get("nouns") or ()
             if n.endswith("ة") and " " not in n)  # but not where the word without ة is a common
    return frozenset(f for f in forms  # noun that takes "his": مطالبه (his demands), ضربه
                     if len(f) <= 3 or table().get(f[:-1], 0) < _POSSESSED_STEM)


_POSSESSED_STEM = 43  # Zipf × 10 of the word without ة (مطالب 43, ضرب 47; زيار 0, غار 36)


def possessed(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """A masdar carrying a pronoun suffix: its possessor is the doer named before."""
    if trig.last_token - trig.first_token != 1:
        return False
    raw = strip_marks(tokens[trig.first_token].text)  # ة stays distinct from the pronoun ه here
    if raw.endswith("ه") and not raw.endswith("ته") \
            and any(s in marbuta_nouns() for _, s in proclitic_splits(raw)):
        return False  # "خلال زياره الوزير": زيارة written with ه
    return raw.endswith(_SUFFIXES) and not raw.endswith(("اه", "يه")) and len(raw) > 4


_WITNESSED = {normalize(w) for w in ("شهدت", "شهد", "وشهدت", "وشهد", "تشهد", "يشهد")}


#: a protest that took place, its verb just before or after it ("خرجت تظاهرة في جاسم", "تظاهرة
#: خرجت في جاسم"), or one dispersed ("فرقت قوات الأمن … تظاهرة")
_TOOK_PLACE = {c + normalize(w) for c in ("", "و")
               for w in ("خرجت", "خرج", "انطلقت", "انطلق", "اندلعت", "عمت", "تجددت", "تجدد", "جرت")}
_DISPERSED = {c + w for w in perfect_forms("فرق") for c in ("", "و")}


def staged_in(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"شهدت محافظة ذي قار … احتجاجات": a place that saw the act, its subject a few words back;
    a protest that took place or was dispersed."""
    k = trig.first_token
    if any(t.norm in _WITNESSED or t.norm in _DISPERSED for t in tokens[max(0, k - 12) : k]):
        return True
    near = (tokens[j].norm for j in (k - 1, trig.last_token) if 0 <= j < len(tokens))
    return trig.defn.pos == "noun" and any(w in _TOOK_PLACE for w in near)


def by_a_crowd(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """"تظاهر المئات في بغداد": a verb whose subject is a crowd counted but not named; "نظم مئات
    المتقاعدين وقفة احتجاجية": a protest a crowd counted after its verb staged."""
    nxt = tokens[trig.last_token].norm if trig.last_token < len(tokens) else ""
    k = trig.first_token
    staged = trig.defn.pos == "noun" and any(  # "نظم مئات المتقاعدين اليوم وقفة احتجاجية"
        tokens[c].norm in _CROWD and tokens[c - 1].norm in _STAGED for c in range(max(1, k - 5), k))
    return trig.defn.pos == "verb" and nxt in _CROWD or staged


_STAGED = {c + w for w in perfect_forms("نظم") | perfect_forms("نفذ") | perfect_forms("أقام")
           | {"خرج", "خرجت"} for c in ("", "و")}  # "خرج المئات في الناصرية احتجاجا على …"


def grievance(tokens: Sequence[Token], trigs: Sequence[TriggerMatch], k: int) -> bool:
    """"تظاهر المئات في الناصرية احتجاجا على …": the grievance of the protest before it."""
    return k > 0 and trigs[k - 1].defn.event_type == "PROTEST" \
        and tokens[trigs[k].first_token].norm == _IN_PROTEST


_IN_PROTEST = normalize("احتجاجا")


#: a crowd counted: "تظاهر المئات", "اعتصم عشرات"
_CROWD = {normalize(w) for w in ("المئات", "العشرات", "الآلاف", "مئات", "عشرات", "آلاف", "الألوف",
                                 "ألوف")}


#: verbs that tell an act named by their object as done: "أجرت القوات … مناورات", "شنت … غارات"
_PERFORMED = {c + w for s in ("أجرى", "نفذ", "شن", "اختتم", "نظم", "خاض")
              for w in perfect_forms(s) for c in ("", "و")}
_PERFORMED_REACH = 8
_SERIES = {normalize(w) for w in ("كثيرة", "عدة", "عديدة", "متكررة", "متواصلة", "مستمرة", "متفرقة",
                                  "متعددة")}


def performed(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """A noun trigger that is the object of a past-tense verb of doing in its own clause, its
    subject between them ("أجرت القوات السعودية والمصرية مناورات"): acts done, not a series."""
    nxt = tokens[trig.last_token].norm if trig.last_token < len(tokens) else ""
    if nxt in _SERIES:
        return False  # "نفذ التنظيم هجمات كثيرة": a series
    for k in range(trig.first_token - 1, max(-1, trig.first_token - 1 - _PERFORMED_REACH), -1):
        if tokens[k].norm in _PERFORMED:
            return not (k and tokens[k - 1].norm in ("قد", "لقد"))  # "كان … قد نفذ": background
        if not tokens[k].is_word or tokens[k].norm in CLAUSE_OPENERS:
            return False
    return False


#: "في أول زيارة … منذ عام 2011", "للمرة الأولى منذ", "أعنف هجوم منذ": the act ends a period
_FIRSTS = {normalize(w) for w in ("أول", "الأول", "الأولى", "لأول", "أعنف", "الأعنف", "أكبر",
                                  "الأكبر", "أخطر", "الأخطر", "أشد", "الأشد", "أوسع", "الأوسع",
                                  "أرفع", "الأرفع")}
#: "مواطن فرنسي محتجز منذ عام 2022", "رجلا مطلوبا منذ عام 2016": a state that lasted until the act
_STATES = {normalize(c + w + e) for w in ("محتجز", "معتقل", "مسجون", "مطلوب", "مختطف", "مخطوف",
                                           "مفقود", "محاصر", "مغلق", "موقوف")
           for c in ("", "ال") for e in ("", "ا", "ة", "ين", "ون")}
_FIRST_BEFORE = 4
_SINCE_REACH = 8
_EVER = {normalize(w) for w in ("أول", "الأولى", "لأول")}  # "في أول زيارة … منذ"


def first_since(tokens: Sequence[Token], trig: TriggerMatch, k: int) -> bool:
    """The date at token ``k`` after منذ (not "منذ يومين", a time ago, which the date's own text
    begins with; "منذ اندلاع الحرب عام 2011") opens the period the act is the first or the
    fiercest of, or that a state the act ended had lasted; it is no date of the act."""
    if tokens[k].norm in ("منذ", "ومنذ") and any(t.norm in _EVER
                                                 for t in tokens[max(0, k - 2) : k]):
        return True  # "للمرة الأولى منذ عشرة أشهر": منذ in the date's own text
    since = next((j for j in range(k - 1, max(-1, k - _SINCE_REACH), -1)  # "منذ تولي حسن شيخ
                  if tokens[j].norm in ("منذ", "ومنذ")), None)  # محمود الرئاسة في أيار"
    if since is None or not all(t.is_word for t in tokens[since:k]):
        return False
    near = tokens[max(0, trig.first_token - _FIRST_BEFORE) : trig.last_token + 1]  # "أعنف هجوم
    # منذ", "الهجوم الأكبر منذ"
    return any(t.norm in _FIRSTS for t in near) or any(  # not "أغلقت أكبر معبر منذ الأحد"
        t.norm in _EVER or t.norm in _STATES for t in tokens[trig.first_token : k])
