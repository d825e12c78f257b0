"""Death tolls: "مقتل عشرة عسكريين", "18 قتيلًا", "أسفر عن سقوط 5 قتلى", "مقتل شخصين", any number
``rasid.arabic.numbers`` reads ("١٬٢٠٠", "خمسة وعشرين", "ثلاثة آلاف", "2.5 ألف").

``toll_in`` reads the first toll given in a stretch of tokens; qualifiers like "على الأقل",
"أكثر من", "نحو" keep the number as written (spec/GOLD.md: "at least N" → N).
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from rasid.arabic.calendar import WEEKDAYS
from rasid.arabic.normalize import normalize
from rasid.arabic.numbers import read_number
from rasid.coding.figures import a_day, a_year, in_numeric_date
from rasid.coding.modality import CONSEQUENCES, RESULT_VERBS
from rasid.coding.repel import REPEL
from rasid.model import Token
from rasid.resolve.capitals import nisba_country

#: Nouns in the dual that are a toll of two: "مقتل شخصين", "قتل جنديان". Not the ـين forms that
#: are also sound plurals (مدنيين، عسكريين، صحفيين: "مقتل مدنيين" may be any number).
DUAL_NOUNS = {normalize(w) for w in (
    "شخصين شخصان قتيلين قتيلان جنديان جنديين شرطيان عسكريان مدنيان مدنيتان مدنيتين طفلان طفلين "
    "طفلتان طفلتين صحفيان مواطنان ضابطان ضابطين عنصران عنصرين مقاتلان رجلان رجلين امرأتان "
    "امرأتين شقيقان شقيقين شابان شابين حارسان حارسين مسعفان ناشطان").split()}
#: Of the words that read 1, these count one dead, and أحد / إحدى before a definite noun
#: ("مقتل أحد الجنود": one of the soldiers); other uses of أحد ("أحد عشر" aside) count no one.
_ONE = {normalize(w) for w in ("واحد", "واحدا")}
_ONE_OF = {normalize(w) for w in ("أحد", "إحدى")}
#: Words that say the number counts the dead.
DEATH_WORDS = {
    normalize(w)
    for w in ("مقتل", "قتل", "قتلى", "قتيلا", "قتيل", "قتيلاً", "مصرع", "مصرعهم", "مصرعه", "حتفهم",
              "سقوط", "وفاة", "لقي", "لقوا", "أودى", "بحياة", "ضحايا", "ضحية", "استشهاد", "شهيدا",
              "شهداء", "قتلوا", "قتلت", "قتلا", "أعدم", "أعدمت", "أعدموا", "اغتال", "اغتالت", "اغتالوا",
              "استشهد", "استشهدت", "استشهدوا", "قتيلان", "قتيلين")
}
#: Words after which a number counts the wounded, not the dead.
WOUND_WORDS = {normalize(w) for w in ("إصابة", "جرح", "جرحى", "مصابين", "جريحا", "أصيب", "وإصابة")}
_WINDOW = 4
#: the time of a death told between the verb and the dead ("قتلت القوات، فجر اليوم الأحد، 5")
WHEN_WORDS = {normalize(w) for w in (
    "اليوم أمس امس فجر صباح مساء ليلة ظهر عصر الليلة الماضية فجرا صباحا ليلا").split()} \
    | set(WEEKDAYS)


def _number(tokens: Sequence[Token], i: int, last: int) -> tuple[int | Fraction, int] | None:
    norm = tokens[i].norm
    read = read_number(tokens, i, last)
    if read is not None and read[0] == 1 and read[1] == i + 1 and not norm.isdigit() \
            and not _is_one_of(norm, _ONE) and not (_is_one_of(norm, _ONE_OF) and _of_a_group(tokens, i, last)):
        return None
    if read is None and _is_one_of(norm, DUAL_NOUNS):
        return 2, i + 1
    return read


def _of_a_group(tokens: Sequence[Token], i: int, last: int) -> bool:
    """أحد before a definite noun or a group's members named in a construct: "أحد الجنود", "أحد
    عناصر الشرطة" (not "لم يقتل أحد في الهجوم", "قتل أحد جراء القصف")."""
    nxt = tokens[i + 1].norm if i + 1 < last else ""
    return nxt[:2] == "ال" or nxt in _MEMBERS and i + 2 < last and tokens[i + 2].norm[:2] == "ال"


_MEMBERS = {normalize(w) for w in ("عناصر", "أفراد", "جنود", "مقاتلي", "ضباط", "أبناء", "سكان", "قادة",
                                   "مسؤولي", "منتسبي", "حراس", "موظفي", "عمال", "أعضاء")}
#: A victim named by a singular indefinite noun right after a death word is one dead: "قتل مدني",
#: "استشهد شاب", "مقتل جندي عراقي", "لقي طفل مصرعه".
_PERSON = {normalize(w) for w in (
    "مدني شخص شاب طفل طفلة رضيع امرأة سيدة رجل فتى فتاة مسن مسنة جندي شرطي عسكري ضابط عنصر "
    "مقاتل صحفي مراسل مصور مواطن مسعف ناشط مزارع راع عامل طالب طالبة سائق قيادي مستوطن لاجئ "
    "طبيب ممرض معلم حارس موظف متظاهر محتج").split()}
_PERSON |= {w + "ا" for w in _PERSON if not w.endswith("ه")}  # accusative: "قتلوا جنديا"
#: the lone dead counted by their noun after a result ("أسفر القصف عن قتيل و3 جرحى")
_LONE_DEAD = ({normalize(w) for w in ("قتيل", "شهيد")}, {normalize(w) for w in ("عن", "سقوط", "سقط")})


def _one_dead(tokens: Sequence[Token], i: int, first: int, last: int) -> tuple[int, int] | None:
    if i == first:
        return None
    norm, prev = tokens[i].norm, tokens[i - 1].norm
    after = tokens[i + 1].norm if i + 1 < last else ""
    if (norm in _PERSON or _one_of_a_nation(norm)) and _is(prev, DEATH_WORDS) \
            and not counted_after(tokens, i + 1, last) \
            or norm in _LONE_DEAD[0] and prev in _LONE_DEAD[1] and after not in _AND_WOUNDED \
            or _killed_one(tokens, i, first):
        return 1, i + 1
    return None


#: verbs whose object is the one they killed ("قتلت القوات الإسرائيلية فلسطينياً")
_KILLING_VERBS = {normalize(w) for w in ("قتل", "قتلت", "قتلوا", "اغتال", "اغتالت", "اغتالوا",
                                         "أعدم", "أعدمت", "أعدموا", "تقتل", "يقتل")}


def _killed_one(tokens: Sequence[Token], i: int, first: int) -> bool:
    """A victim in the accusative, one person ("جندياً", "فلسطينياً"), with the killer named
    between it and the verb: "قتلت الشرطة التركية مسلحاً", "اغتال مسلحون مجهولون صحفياً"."""
    norm = tokens[i].norm
    if not (norm.endswith("ا") and (norm in _PERSON or _one_of_a_nation(norm[:-1]))):
        return False
    for j in range(i - 1, max(first, i - 6) - 1, -1):
        word = tokens[j]
        if not word.is_word or word.norm.isdigit() or read_number(tokens, j, i) is not None:
            return False
        verb = word.norm[1:] if word.norm[:1] in "وف" else word.norm  # "وقتلت القوات …"
        if verb in _KILLING_VERBS:
            return j < i - 1  # right after the verb the accusative is read above
    return False


def _one_of_a_nation(norm: str) -> bool:
    """A singular indefinite nationality noun: "مقتل فلسطيني", "مقتل سورية" (not the plural)."""
    return norm.endswith(("ي", "يه")) and not norm.startswith("ال") \
        and nisba_country(norm) is not None


def counted_after(tokens: Sequence[Token], k: int, last: int) -> bool:
    """A count, or one person in the accusative, follows in the clause: the one named was the
    killer ("قتل جندي إسرائيلي 3 فلسطينيين", "قتل قناص إسرائيلي شابا"), the count the dead."""
    for j in range(k, min(last, k + 5)):
        norm = tokens[j].norm
        if not tokens[j].is_word or norm[:1] == "و":  # "وأصيب أربعة": another clause
            return False
        if norm.isdigit() or read_number(tokens, j, last) is not None \
                or norm.endswith("ا") and (norm in _PERSON or _one_of_a_nation(norm[:-1])):
            return True
    return False


def _is_one_of(norm: str, words: set[str]) -> bool:
    return norm in words or norm[:1] == "و" and norm[1:] in words


def _strip(norm: str) -> str:
    for pre in ("وال", "ال", "وب", "ب", "و", "ف", "ل"):  # "عدد القتلى", "بحياة"
        if norm.startswith(pre) and len(norm) - len(pre) > 2:
            return norm[len(pre):]
    return norm


#: "سقط 40 شخصا بين قتيل وجريح": the dead and wounded counted together
_MIXED = {normalize(w) for w in ("قتيل", "قتلى", "قتيلا")}
_AND_WOUNDED = {normalize(w) for w in ("وجريح", "وجريحا", "وجرحى", "ومصاب", "ومصابا", "ومصابين")}


def _dead_and_wounded(after: Sequence[str]) -> bool:
    words = [w for w in after[:4] if w != normalize("بين")]
    return any(a in _MIXED and b in _AND_WOUNDED for a, b in zip(words, words[1:], strict=False))


def _is(norm: str, words: set[str]) -> bool:
    """The word, or the word without a proclitic, is one of ``words`` ("لقوا" stays "لقوا")."""
    return norm in words or _strip(norm) in words


def toll_in(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The first death toll stated in ``tokens[first:last]``, or None."""
    i = first
    while i < last:
        read = _number(tokens, i, last) or _one_dead(tokens, i, first, last)
        if read is None:
            i += 1
            continue
        (value, end), start = read, i
        near = [tokens[j].norm for j in range(first, i) if tokens[j].norm not in _AT_LEAST
                and tokens[j].norm not in WHEN_WORDS  # "قتلت القوات، فجر اليوم، 5 مهربين"
                and tokens[j].text not in "،,"]
        before = near[-_WINDOW:]  # "قتل ما لا يقل عن عشرين": the hedge between is no distance
        after = [tokens[j].norm for j in range(end, min(last, end + _WINDOW))]
        i = end
        if value != int(value) or any(_is(w, WOUND_WORDS | _SAVED) for w in before[-2:]) \
                or after[:1] and after[0] in _WOUNDED or _dead_and_wounded(after) \
                or a_year(tokens, end, value, before) or a_day(after, value) or _killers(after) \
                or in_numeric_date(tokens, start, end) \
                or _attackers(tokens, first, start, after):
            continue  # a fraction ("3.5 في المئة") counts no one; "40 بين قتيل وجريح" mixes
        if any(_is(w, DEATH_WORDS) for w in before) or any(_is(w, DEATH_WORDS) for w in after[:3]) \
                or _is(tokens[end - 1].norm, DEATH_WORDS) or _toll_rose_to(tokens, first, start):
            # "سقط قتيلان": the dead counted by their noun
            return int(value) + _listed_with(tokens, read, last)
    return None


#: armed men counted before the verb they killed with ("خمسة مسلحين قتلوا جنديا")
_ARMED = {normalize(w) for w in ("مسلحين", "مسلحون", "مسلحا", "مهاجمين", "مهاجمون", "مهاجما",
                                 "عناصر", "مقاتلين", "مقاتلون", "انتحاريين")}
_ADVERBS = {normalize(w) for w in ("أمس", "اليوم", "أيضا", "مجددا", "جميعا", "فجرا", "ليلا",
                                   "صباحا")}


def _killers(after: Sequence[str]) -> bool:
    """The number counts the armed men who killed someone named right after the verb, not the
    dead ("خمسة مسلحين قتلوا جنديا"; not "خمسة مسلحين قتلوا أمس")."""
    if len(after) < 3 or after[0] not in _ARMED or not _is(after[1], DEATH_WORDS):
        return False
    victim = after[2]
    return victim.endswith("ا") and victim not in _ADVERBS or victim.isdigit()


#: the attackers counted among the dead ("خمسة من المهاجمين"), and their members once the attack
#: was repelled ("صدت القوات هجوما … وقتلت ١٢ من عناصرها")
_ATTACKERS = {normalize(w) for w in ("المهاجمين", "المتسللين", "الانتحاريين")}
_ARMED_MEN = {normalize(w) for w in ("المسلحين", "الإرهابيين", "الدواعش")}  # doers if repelled
_THEIR_MEMBERS = {normalize(w) for w in ("عناصرها", "عناصره", "عناصرهم", "مقاتليها", "مقاتليه",
                                         "مسلحيها", "مسلحيه")}


def _attackers(tokens: Sequence[Token], first: int, i: int, after: Sequence[str]) -> bool:
    """The dead counted are the attackers, whom those attacked killed: not the attack's toll
    (spec/GOLD.md); they are the toll of that killing, an event of its own."""
    if len(after) < 2 or after[0] != normalize("من") or not (
            after[1] in _ATTACKERS or after[1] in _THEIR_MEMBERS | _ARMED_MEN
            and any(t.norm in REPEL for t in tokens[first:i])):  # "وقتل 20 من المسلحين": a strike's
        return False
    verb = next((t.norm for t in reversed(tokens[first:i]) if _is(t.norm, _KILLING_VERBS)), "و")
    return verb[:1] in "وف"  # not "قتلت القوات خمسة من المسلحين": the count is the killing's own


#: the wounded counted by a noun after their number ("قتيل و3 جرحى")
#: "قتلت جميع المسلحين وأنقذت ١٠٦ أشخاص": people saved are counted after their verb, not dead
_SAVED = {normalize(w) for w in ("أنقذت", "أنقذ", "إنقاذ", "أجلت", "إجلاء", "حررت")}  # not تحرير
_WOUNDED = {normalize(w) for w in ("جرحى", "جريحا", "جريح", "جريحان", "جريحين", "مصابين", "مصابا", "مصاب")}
#: words after a number that make it a day of the month ("5 آذار", "12 الجاري", "7 أكتوبر")
#: "ارتفعت حصيلة القتلى جراء الغارة على المخيم إلى 15": the count of the dead, then its figure
_COUNT_OF = {normalize(w) for w in ("حصيلة", "عدد")}
_TO = {normalize(w) for w in ("إلى", "الى", "بلغت", "بلغ")}


def _toll_rose_to(tokens: Sequence[Token], first: int, i: int) -> bool:
    if i <= first or tokens[i - 1].norm not in _TO:
        return False
    for k in range(first, i - 1):
        if _strip(tokens[k].norm) in _COUNT_OF:
            return any(_is(tokens[j].norm, DEATH_WORDS) and not _is(tokens[j].norm, WOUND_WORDS)
                       for j in range(k + 1, min(i, k + 3)))
    return False


#: victims of one kind listed with و are one toll ("مقتل طفل وامرأة", "ثلاثة أطفال وامرأتان");
#: fighters and civilians are not added up (spec/GOLD.md: a total across targets is not split)
_CIVILIANS = {normalize(w) for w in (
    "طفل طفلة أطفال طفلا طفلين طفلان طفلتين طفلتان امرأة امرأتين امرأتان نساء سيدة سيدات رجل رجال "
    "رجلين رجلان مدني مدنيا مدنيين مدنيان شخص شخصا أشخاص شخصين شخصان مسن مسنين مسنة فتاة فتيات "
    "شاب شابا شبان شابين شابان رضيع رضيعا").split()}


#: soldiers and police, counted together as one side's dead ("ضابط وثلاثة جنود")
_SOLDIERS = {normalize(w) for w in (
    "جندي جنديا جنود جنديين جنديان ضابط ضابطا ضباط ضابطين ضابطان عسكري عسكريا عسكريين عسكريان "
    "عنصر عنصرا عناصر عنصرين عنصران شرطي شرطيا شرطيين شرطيان").split()}
#: a pair of kin with the pronoun of the one named before ("امرأة وطفلاها", "رجل ونجلاه")
_KIN_PAIR = {normalize(w) for w in ("طفلا", "ابنا", "نجلا", "شقيقا", "ولدا", "طفلتا", "ابنتا")}


def _kin_pair(norm: str) -> bool:
    return any(norm.endswith(suffix) and norm[: -len(suffix)] in _KIN_PAIR
               for suffix in ("ها", "ه", "هم"))


def _side(norm: str) -> str | None:
    """Whose dead a word counts: civilians or forces (the two sides of one attack's toll)."""
    if norm in _CIVILIANS or _kin_pair(norm):
        return "civilians"
    return "forces" if norm in _SOLDIERS else None


def _listed_with(tokens: Sequence[Token], read: tuple[int | Fraction, int], last: int) -> int:
    """The dead of the same side listed after the first count with و ("امرأة وطفلاها", "ضابط
    وثلاثة جنود"; not "5 جنود و3 مدنيين": one attack's toll is per side it hit)."""
    _, end = read
    j = end if end < last and _side(tokens[end - 1].norm) is None else end - 1
    side = _side(tokens[j].norm) if j < last else None
    if side is None:
        return 0
    more, j = 0, j + 1
    while j < last and tokens[j].norm[:1] == "و" and len(tokens[j].norm) > 2:
        word = tokens[j].norm[1:]
        if _side(word) != side:
            if (n := read_number(tokens, j, last)) is not None and n[1] < last \
                    and _side(tokens[n[1]].norm) == side and n[0] == int(n[0]):
                more, j = more + int(n[0]), n[1] + 1
                continue
            break
        if word in DUAL_NOUNS or _kin_pair(word):
            more, j = more + 2, j + 1
        elif word in _PERSON:
            more, j = more + 1, j + 1
        else:
            break
    return more


#: "ما لا يقل عن", "ما يزيد على", "أكثر من": hedges between a death word and its number
_AT_LEAST = {normalize(w) for w in ("ما", "لا", "يقل", "تقل", "يزيد", "تزيد", "عن", "على", "أكثر", "أقل", "من",
                                    "نحو", "حوالي", "قرابة", "زهاء")}
#: "قتل في عام 2022 أكثر من 400", "منذ 2011", "زلزال 2023": a year, not a toll
#: A denial of deaths (spec/GOLD.md: fatalities 0 when the text says no one was killed): one of
#: these negations, then within five words a word for casualties ("لم يسفر القصف عن سقوط قتلى",
#: "دون وقوع إصابات", "بدون خسائر بشرية", "لم يقتل أحد"); لا only right before it ("ولا إصابات").
_DENIALS = {normalize(w) for w in ("لم", "ولم", "دون", "بدون", "ودون")}
_CASUALTIES = {normalize(w) for w in ("قتلى", "ضحايا", "إصابات", "الضحايا", "القتلى", "الإصابات",
                                      "قتيل", "وفيات")}
_LOSSES = {normalize(w) for w in ("خسائر", "الخسائر")}
_HUMAN = {normalize(w) for w in ("بشرية", "الأرواح")}  # خسائر بشرية, خسائر في الأرواح
_NOT = {normalize(w) for w in ("لا", "ولا")}
_RESULT_OF = {normalize(w) for w in ("عن", "إلى", "الى")}
_NO_ONE = ({normalize(w) for w in ("يقتل", "يصب", "يصاب", "يسقط", "تقع")}, normalize("أحد"))
#: "لم ترد أنباء عن ضحايا", "لم يتضح عدد القتلى": the toll is unknown, not zero.
_UNKNOWN = {normalize(w) for w in ("أنباء", "معلومات", "تفاصيل", "يتضح", "تتضح", "يعرف", "تعرف",
                                   "ترد", "يرد", "تتوفر", "يتوفر", "حصيلة", "عدد", "بعد")}


def says_no_one_died(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether ``tokens[first:last]`` says the act killed no one."""
    norms = [t.norm for t in tokens[first:last]]
    for i, w in enumerate(norms):
        reach = 5 if w in _DENIALS else 1 if w in _NOT else 0
        if reach == 5 and i + 1 < len(norms) and norms[i + 1] in RESULT_VERBS:
            # "لم يسفر الهجوم الذي شنه مسلحون على حاجز عن سقوط قتلى": on to the result's عن/إلى
            i = next((j for j in range(i + 2, min(len(norms), i + 14)) if norms[j] in _RESULT_OF), i)
        for j in range(i + 1, min(len(norms), i + 1 + reach)):
            if norms[j] in _UNKNOWN:
                break
            human = norms[j] in _LOSSES and j + 1 < len(norms) and (
                norms[j + 1] in _HUMAN or norms[j + 1] == "في" and j + 2 < len(norms)
                and norms[j + 2] in _HUMAN)
            no_one = norms[j] == _NO_ONE[1] and norms[j - 1] in _NO_ONE[0]
            if norms[j] in _CASUALTIES or human or no_one:
                return True
    return False


#: words that count the dead as people at large, not as fighters of a side
PEOPLE_WORDS = {normalize(w) for w in ("شخصا", "شخص", "أشخاص", "اشخاص", "شخصين", "مدنيين", "مدنيا", "مدنيون",
                                      "مواطنين", "مواطنا", "مدني", "المدنيين", "الأشخاص",
                                      "ضحايا", "الضحايا", "مدنيان", "مدنيتان", "مدنيتين", "شخصان",
                                      "طفل", "طفلا", "طفلان", "طفلين", "أطفال", "امرأة", "امرأتان",
                                      "امرأتين", "نساء")}  # victims are civilians (spec/ACTORS.md)


#: the dead counted with no word for who they were
_DEAD = {normalize(w) for w in ("قتيل", "قتيلا", "قتيلان", "قتيلين", "قتلى", "شهيد", "شهيدا", "شهيدان",
                                "شهيدين", "شهداء")}


def counts_people(tokens: Sequence[Token], first: int, last: int, anyone_named: bool = True) -> bool:
    """"مقتل 9 أشخاص", "سقوط 5 قتلى مدنيين": the toll counts people at large (civilians); so do
    the dead alone ("سقط قتيلان في قصف على حمص") when the sentence names no one they could belong to
    (not "قال لواء القدس إنه شيّع 18 قتيلا": its own fighters)."""
    words = PEOPLE_WORDS if anyone_named else PEOPLE_WORDS | _DEAD
    return any(_strip(tokens[i].norm) in words for i in range(first, last))


#: "ما أدى إلى إصابة ثلاثة مدنيين بجروح": the act's result (modality.CONSEQUENCES), people wounded
_WOUNDING = {normalize(w) for w in ("إصابة", "جرح")}
_ANOTHER_ACT = {normalize(w) for w in ("فيما", "وفيما", "بينما", "وبينما", "حين", "كما", "وكذلك")}


_WOUNDED_VERBS = {normalize(w) for w in ("أصيب", "أصيبت", "أصيبوا", "أصيبا", "وأصيب", "وأصيبت")}


def wounded(tokens: Sequence[Token], first: int, last: int,
            opening: int | None = None) -> int | None:
    """The word after its count that names whom an act's result clause wounded ("ما أدى إلى
    إصابة ثلاثة مدنيين", "أسفر عن جرح شخصين"), or that the act's own verb of wounding, or the
    one that opens its sentence, counts ("أصيب 12 مدنيا، أمس، في قصف"): token index, or None."""
    for k in (first - 1, opening):
        if k is not None and 0 <= k < first and k + 1 < last and tokens[k].norm in _WOUNDED_VERBS:
            read = read_number(tokens, k + 1, last)
            return read[1] if read is not None and read[1] < last else k + 1
    for k in range(first, last):
        if tokens[k].norm in _ANOTHER_ACT:
            return None  # "…، فيما أطلق حزب الله صواريخ ما أدى إلى إصابة": the other act's wounded
        if tokens[k].norm.removeprefix("و").removeprefix("ما") not in CONSEQUENCES:
            continue
        hurt = next((j for j in range(k + 1, min(last, k + 4)) if _strip(tokens[j].norm) in _WOUNDING), None)
        if hurt is None:
            continue
        read = read_number(tokens, hurt + 1, last)
        j = read[1] if read is not None else hurt + 1
        return j if j < last else None
    return None
