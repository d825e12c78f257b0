"""The words the actor resolver reads around names (role modifiers such as السابق → ELI, words
that may stand between a role and a name, adjectives between a role noun and its nisba, model
designations of aircraft, the words that make a country or capital a place), the helpers that
read them (a document's main country, a country named as a place), and what a role phrase
resolves to."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rasid.arabic.matcher import Match
from rasid.arabic.normalize import normalize
from rasid.arabic.numbers import read_number
from rasid.model import Actor, ActorRef, Mention, PlaceRef, Token
from rasid.resolve.actor_data import Lex
from rasid.resolve.gazetteer import WATERS

SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "COP": "police", "SPY": "intelligence",
    "LEG": "legislature", "JUD": "judiciary", "PTY": "party", "PRM": "paramilitary",
    "REB": "rebels", "OPP": "opposition", "ELI": "former officials", "JRN": "media",
    "MED": "health", "CVL": "civilians", "REF": "refugees", "REL": "religious",
    "BUS": "business", "SOC": "civil society", "EDU": "education", "LAB": "labour",
    "AGR": "agriculture", "CRM": "criminals",
}
ELI_MODS = {normalize(w) for w in ("السابق السابقة الأسبق الاسبق المخلوع المعزول المقال المستقيل السابقين "
                                   "سابق سابقة سابقين سابقون").split()}
#: Words that may stand between a role and a name (الرئيس السوري، الدكتور بشار الأسد).
BETWEEN = {normalize(w) for w in (
    "الشيخ السيد السيدة الدكتور د الحاج اللواء العميد العقيد الفريق أول الركن المشير الجنرال "
    "الأميرال الأمير الملك المقدم الرائد النقيب الإمام آية الله المرجع الشيعي السني البارز "
    "الكردي الزعيم حجة الإسلام").split()}
COMMAS = {"،", ","}
ARMED = {normalize("المسلحة"), normalize("المسلحين")}
#: forces named after the leader they serve: his state's army, or its militias
FORCES = {(normalize(w),): sector for w, sector in (
    ("قوات", "MIL"), ("جيش", "MIL"),
    ("ميليشيات", "PRM"), ("مليشيات", "PRM"), ("ميليشيا", "PRM"), ("مليشيا", "PRM"))}
#: the sector of a leader's forces by the sector of his office (None: as the noun says): a
#: party leader's are a militia ("قوات الصدر"), a rebel commander's rebels
SERVED = {"GOV": None, "MIL": None, "PTY": "PRM", "REB": "REB", "PRM": "PRM"}


def led_forces(office: str | None, noun: tuple[str, ...]) -> tuple[str, str] | None:
    """(country, sector) of the forces that ``noun`` (قوات، ميليشيات) names after a leader who
    holds ``office`` (a code), or None when he leads no state's or party's forces."""
    country, sector = split_code(office or "")
    if not country or len(country) != 3 or sector not in SERVED:
        return None
    return country, SERVED[sector] or FORCES[noun]
#: Adjectives that may stand between a role noun and its nisba (طائرات حربية روسية).
ADJ = {normalize(w) for w in (
    "حربية الحربية حربي الحربي عسكرية العسكرية عسكري العسكري مسيرة المسيرة خاصة الخاصة أمنية "
    "الأمنية جوية الجوية بحرية البحرية برية البرية مسلحة المسلحة رسمية الرسمية رسمي الرسمي "
    "نظامية النظامية حكومية الحكومية مشتركة المشتركة حكومي الحكومي أمني الأمني وزاري الوزاري "
    "اقتصادي الاقتصادي تجاري التجاري").split()} | {normalize(w) for w in (  # وفد حكومي سوري
    # and craft named with the first: "طائرات وسفن حربية أمريكية"
    "وسفن وبوارج ومدمرات وغواصات ومسيرات ومروحيات ومقاتلات وطائرات").split()}
#: a model designation between a craft and its nisba (طائرات F-16 العراقية، مقاتلات إف 35)
DESIGNATION = re.compile(r"[A-Za-z0-9\u0660-\u0669-]+")
DESIGNATION_WORDS = {normalize(w) for w in "إف اف سوخوي ميغ ميج ميركافا أبرامز ليوبارد هامفي برادلي".split()}


def designation(text: str) -> bool:
    return bool(DESIGNATION.fullmatch(text)) or normalize(text) in DESIGNATION_WORDS


LOC_BEFORE = {normalize(w) for w in (
    "في داخل أنحاء شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي ريف مدينة محافظة العاصمة "
    "عاصمة أراضي حدود مطار جامعة قرب بالقرب أطراف ضواحي محيط مناطق منطقة شوارع أحياء سماء "
    "أجواء عمق ولاية أرجاء نحو ضاحية مدخل مداخل عمليات نهر ضفاف حزام"  # "قيادة عمليات بغداد"
    " محكمة جنايات استئناف"  # "محكمة جنايات دمشق": the court's seat
).split()}  # "نهر النيجر", "حزام بغداد"
CAPITAL_LOC = LOC_BEFORE | {normalize(w) for w in "من إلى الى عن".split()}
COUNTRY_TYPES = ("country", "capital")


def split_code(code: str) -> tuple[str | None, str | None]:
    if len(code) > 4 and code[3] == "-":
        return code[:3], code[4:]
    return None, None


def lex(m: Match[Lex], *types: str) -> list[Lex]:
    return [x for x in m.payloads if x.type in types]


#: accusatives that are adjectives or adverbs unless counted ("هجوما مسلحا", "الرد عسكريا"; "12
#: مسلحا")
_COUNTED_ONLY = {normalize(w) for w in ("مسلحا", "إرهابيا", "ارهابيا", "متمردا", "معارضا",
                                        "عسكريا")}


def uncounted(m: Match[Lex], tokens: Sequence[Token]) -> bool:
    """An accusative read as an adjective after an indefinite accusative noun ("نزاعا مسلحا",
    "مخططا إرهابيا"), not as armed men ("قتل الجيش 12 مسلحا", "اعتقلت الشرطة مسلحا")."""
    k = m.first_token
    if m.last_token - k != 1 or tokens[k].norm not in _COUNTED_ONLY or _counted(tokens, k):
        return False
    prev = tokens[k - 1].norm if k else ""  # "هجوما مسلحا": after an indefinite accusative noun
    return tokens[k].norm == _MILITARILY or prev.endswith("ا") and not prev.startswith("ال")


_MILITARILY = normalize("عسكريا")  # "الرد عسكريا": an adverb, unless counted


def nationals(ms: list[Match[Lex]], k: int) -> bool:
    """A noun of both an unidentified actor and a role right before a nisba ("قراصنة إيرانيون"):
    the role of that nationality, not the unidentified actor."""
    return k + 1 < len(ms) and bool(lex(ms[k], "role")) and bool(lex(ms[k + 1], "nisba")) \
        and ms[k + 1].first_token == ms[k].last_token


def main_country(ms: list[Match[Lex]], places: Sequence[str] = (),
                 bodies: Sequence[str] = ()) -> str | None:
    """The country a document is mostly about (bare role nouns take it): the countries, capitals
    and nationalities it names; places and the countries of the ``bodies`` it names ("قوات الدعم
    السريع": Sudan; not "حزب العمال الكردستاني" fighting from Iraq) break a tie."""
    counts = Counter(x.key for m in ms for x in m.payloads[:1] if x.type in ("country", "capital", "nisba"))
    for breaker in (places, bodies):  # places, then bodies, break a tie or stand in
        top = counts.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
        counts.update(breaker)
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None

def accusative(names: dict[str, str], role: Match[Lex], nxt: Match[Lex], tokens: Sequence[Token]) -> str | None:
    """The country whose nisba a country-named word (``names``: سوريا → SYR) right after an
    indefinite accusative role is ("جنديا تركيا", "صحفيا سوريا")."""
    word = tokens[role.last_token - 1].norm
    if nxt.first_token != role.last_token or nxt.last_token - nxt.first_token != 1 \
            or not word.endswith("ا") or word.startswith("ال"):
        return None
    return names.get(tokens[nxt.first_token].norm)


#: quantity nouns a definite nisba may follow as people ("عشرات الفلسطينيين")
_COUNTS = {normalize(w) for w in ("عشرات", "مئات", "آلاف", "ألوف", "عدد", "عددا", "وعشرات", "ومئات", "وآلاف")}


def counted_people(m: Match[Lex], tokens: Sequence[Token], accusatives: dict[str, str]) -> str | None:
    """The country of people named by a nisba and counted: "14 فلسطينيا", "ثلاثة سوريين", "عشرات
    العراقيين", "اثنين من الفلسطينيين", or in the accusative spelt like the country, counted
    or after a counted noun: "30 سوريا", "20 معتقلا سوريا"."""
    k = m.first_token
    word = tokens[k].norm
    if m.last_token - k != 1 or k == 0:
        return None
    nisba = next((x.key for x in m.payloads if x.type == "nisba"), None)
    if nisba is not None and word.endswith(("ين", "ون", "يا")) and (
            tokens[k - 1].norm in _COUNTS or not word.startswith("ال") and _counted(tokens, k)):
        return nisba
    if nisba is not None and word.startswith("ال") and word.endswith("ين") and k >= 2 \
            and tokens[k - 1].norm == "من" and (tokens[k - 2].norm in _COUNTS
                                                or _counted(tokens, k - 1)):
        return nisba  # "اثنين من الفلسطينيين", "عدد من السوريين"
    if nisba is not None and word not in accusatives and _one_person(tokens, k):
        return nisba
    noun = tokens[k - 1].norm
    if word in accusatives and (_counted(tokens, k) or noun.endswith("ا") and not noun.startswith("ال")
                                and _counted(tokens, k - 1)):  # "30 سوريا", "20 معتقلا سوريا"
        return accusatives[word]
    return None


#: acts whose object or subject a lone nisba right after them is: "استشهد فلسطيني"، "مقتل سوري"
_ACTS_ON_ONE = {normalize(w) for w in (
    "قتل", "مقتل", "استشهد", "استشهاد", "اعتقل", "اعتقال", "اعتقلت", "أصيب", "إصابة", "اختطف",
    "اختطاف", "اختطفت", "وقتل", "واستشهد", "واعتقل", "وأصيب", "ومقتل", "باستشهاد", "بمقتل", "بإصابة")}


def _one_person(tokens: Sequence[Token], k: int) -> bool:
    """A singular indefinite nisba standing for a person: right after an act on people
    ("استشهد فلسطيني"، "اعتقال أردني"), or in the accusative after a definite word, which it
    cannot qualify ("قتلت القوات الإسرائيلية فلسطينيا"); so is a plural there ("فلسطينيين") or
    right after the act ("مقتل سوريين", "استشهد فلسطينيون")."""
    word, before = tokens[k].norm, tokens[k - 1]
    if word.startswith("ال") or not before.is_word:
        return False
    if word.endswith("ي") and not word.endswith(("يي", "وي")) or word.endswith("يه"):
        return before.norm in _ACTS_ON_ONE
    if word.endswith(("يين", "يون")):  # "قتلت القوات الإسرائيلية فلسطينيين", "مقتل سوريين": people
        return before.norm in _ACTS_ON_ONE or word.endswith("يين") and before.norm.startswith("ال")
    return word.endswith("يا") and (before.norm in _ACTS_ON_ONE or before.norm.startswith("ال"))


def _counted(tokens: Sequence[Token], k: int) -> bool:
    """A count of people (a number under a thousand, not a year) ends right before token ``k``."""
    return any((r := read_number(tokens, j, k)) is not None and r[1] == k and r[0] < 1000
               for j in range(max(0, k - 4), k))


_ON = normalize("على")
#: "فصائل موالية لتركيا", "المدعومة من إيران": the state a party is loyal to or backed by is not
#: that party
LOYAL = {normalize(w) for w in ("موالية", "الموالية", "موالين", "الموالين", "موال", "الموالي",
                                "مدعومة", "المدعومة", "مدعومين", "المدعومين", "المقربة", "مقربة",
                                "المحسوبة", "محسوبة")}


def loyal_to(m: Match[Lex], tokens: Sequence[Token]) -> bool:
    """A state named as what a party is loyal to, or in a river's name: not the party, nor what
    the document is about."""
    k = m.first_token
    return backed_by(tokens, k) or k > 0 and tokens[k - 1].norm in WATERS


def backed_by(tokens: Sequence[Token], k: int) -> bool:
    """The name at token ``k`` is what a party is loyal to or backed by ("موالية لإيران")."""
    words = [tokens[j].norm for j in range(max(0, k - 3), k)
             if tokens[j].is_word and tokens[j].norm not in ("من", "ل")]  # "موالية لـ«X»"
    return bool(words) and words[-1] in LOYAL and words[-2:-1] != [_ON]  # not "على مقربة من دمشق"


#: "مدينة الصدر", "مستشفى الملك فهد", "شارع الرشيد": a name or role after these names the place
_NAMED_FOR = {normalize(w) for w in ("مدينة", "حي", "ساحة", "شارع", "جسر", "مستشفى", "مطار", "جامعة", "مسجد",
                                     "جامع", "مخيم", "ضاحية", "بمدينة", "وحي", "بحي", "ومدينة", "لمدينة")}


def named_for(m: Match[Lex], tokens: Sequence[Token]) -> bool:
    """A place named for a person ("مدينة الصدر"), or a role noun that is a preposition or a
    place's edge here ("إلى جانب الجيش", "أطراف مدينة صور")."""
    if m.first_token > 0 and tokens[m.first_token - 1].norm in _NAMED_FOR:
        return True
    word = tokens[m.first_token].norm
    return word == _SIDE and m.first_token > 0 and tokens[m.first_token - 1].norm in _TO \
        or word.removeprefix("و") in _EDGES and m.first_token + 1 < len(tokens) \
        and tokens[m.first_token + 1].norm in _REGIONS  # "وأطراف بلدة الخيام"


_SIDE, _TO = normalize("جانب"), {normalize("إلى"), normalize("الى")}
_EDGES = {normalize("أطراف"), normalize("طرف")}


def member_of(role: Match[Lex], org: Match[Lex], tokens: Sequence[Token]) -> bool:
    """Only "من" between a role and an organisation: "وفد من حركة حماس"."""
    return any(x.type == "org" for x in org.payloads) and org.first_token == role.last_token + 1 \
        and tokens[role.last_token].norm == "من"


_REGIONS = {normalize(w) for w in ("محافظة", "مدينة", "قضاء", "ناحية", "ولاية", "إقليم", "منطقة", "بلدة")}


def of_region(tokens: Sequence[Token], t: int) -> bool:
    """A construct role whose genitive is a region of the country ("شرطة محافظة البصرة")."""
    return t < len(tokens) and tokens[t].norm in _REGIONS


MINISTRY = normalize("الوزارة")
_MINISTRY_HEADS = (normalize("وزارة"), normalize("الوزارة"))


def ministry_anaphor(text: str) -> tuple[str, ...]:
    """("الوزارة",) when ``text`` names a ministry ("وزارة الخارجية العراقية"), whom a later bare
    "الوزارة" means."""
    norm = normalize(text)
    return (MINISTRY,) if norm.startswith(_MINISTRY_HEADS) else \
        tuple(h for h in BODY_ANAPHORS if norm.startswith(h + " "))  # "المنتدى": the forum named


#: bodies named again by their head noun alone ("وحمّل المنتدى في بيان …")
BODY_ANAPHORS = tuple(normalize(w) for w in ("المنتدى", "الجمعية", "الرابطة"))


def agrees(role: Match[Lex], nisba: Match[Lex], tokens: Sequence[Token]) -> bool:
    """A nisba describes the role before it only if both are definite or neither is ("المستوطنون
    فلسطينيا" is the settlers and a Palestinian, not Palestinian settlers)."""
    return tokens[role.last_token - 1].norm.startswith("ال") <= tokens[nisba.first_token].norm.startswith("ال")


#: the side of a place named in "X لـY" ("الريف الشمالي لحلب", "الضاحية الجنوبية لبيروت")
SIDES = {normalize(w) for w in (
    "الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية").split()}


def locative(m: Match[Lex], tokens: Sequence[Token], capital: bool) -> bool:
    """A country or capital named as a place ("في العراق", "بدمشق", "العاصمة بغداد", "الضاحية
    الجنوبية لبيروت", "ضواحي لدمشق" but not "دعمها لبغداد")."""
    tok = tokens[m.first_token]
    clitics = normalize(tok.text[: m.start - tok.start])
    if "ب" in clitics:
        return True
    before = {tokens[i].norm.removeprefix("و").removeprefix("ب")  # "بالعاصمة الصومالية مقديشو"
              for i in range(max(0, m.first_token - 3), m.first_token)}
    if normalize("العاصمة") in before:
        return True
    prev = tokens[m.first_token - 1].norm if m.first_token > 0 else ""
    forms = (prev, prev[1:]) if prev[:1] in ("و", "ف") else (prev,)
    if "ل" in clitics and any(w in SIDES or w.removeprefix("ال") in LOC_BEFORE for w in forms):
        return True
    return any(w in (CAPITAL_LOC if capital else LOC_BEFORE) for w in forms)


@dataclass(frozen=True)
class Role:
    """What a role phrase says: a country and sector, or a whole code (group, IGO)."""

    end_k: int  # last match index consumed
    country: str | None
    sector: str | None
    code: str | None = None
    org_actor: Actor | None = None
    coords: tuple[tuple[Match[Lex], str], ...] = ()  # coordinated nisbas: (match, ISO3)
    generic: bool = False  # "نظيره", "الجانب": says the country, not the office
    assumed: bool = False  # the country is the document's, not the phrase's ("الرئيس")

    def office_hint(self) -> Role:
        """What the role says of a named person's office: a generic one only his country
        ("نظيره التركي علي يرلي كايا" is Turkey's interior minister, not its government)."""
        hint = replace(self, sector=None) if self.generic else self
        return replace(hint, country=None) if self.assumed else hint


@dataclass
class State:
    named: list[str] = field(default_factory=list)  # person ids named in full, in order
    last_ana: dict[str, Actor] = field(default_factory=dict)
    towns: dict[int, str] = field(default_factory=dict)  # first token of a town named → its ISO3

    def home(self, main: str | None, sector: str = "regime", words: tuple[str, ...] = ()
             ) -> str | None:
        """The country of "النظام" and of the bare roles "المعارضة", militias ("فصائل موالية
        لإيران") and civilians: the one the document's towns are in, where a foreign state is named
        more often and has no town named (a militia or civilians in the one town named), else the
        main country (a regime's: one so called, else Syria)."""
        if sector in ("PRM", "CVL") and main not in self.towns.values():  # not Turkey's
            return where_told(self.towns, 1) or main  # civilians in Karkamış, named with Manbij
        if sector == "regime":  # a state "النظام" is said of, of the towns, else the main one's
            return next((c for c in (where_told(self.towns, 1), main) if c in _REGIMES), "SYR")
        return where_told(self.towns) or main if _OPPOSITION in words else main


_OPPOSITION = normalize("المعارضة")
#: states the news calls "النظام" bare (not Russia's strikes' country, not Lebanon's towns)
_REGIMES = {"SYR", "IRN", "IRQ", "EGY", "LBY", "YEM", "SDN", "TUN", "BHR", "DZA", "SAU", "MAR"}


def where_told(towns: dict[int, str], least: int = 2) -> str | None:
    """The country more than half of a document's towns are in, ``least`` of them at least:
    whose "النظام", "المعارضة" and militias ("فصائل موالية لإيران") are meant when a foreign
    state is named more often (one town, a venue abroad, is not enough for a regime: "مفاوضات
    جنيف مع المعارضة")."""
    top = Counter(towns.values()).most_common(1)
    return top[0][0] if top and top[0][1] >= least and 2 * top[0][1] > len(towns) else None


def conjoined(m: Match[Lex], tokens: Sequence[Token]) -> bool:
    """The match is written after و, joined or apart ("والعراقي", "و العراقي")."""
    tok = tokens[m.first_token]
    prefix = normalize(tok.text[: m.start - tok.start])
    return prefix.startswith("و") or m.first_token > 0 and tokens[m.first_token - 1].norm == "و"


def country_of(m: Match[Lex], main: str | None) -> str | None:
    """The country a country, capital or nisba match names; "النظام" is the main country's,
    a bare "الاحتلال" Israel's (not that of the Palestinian document it appears in)."""
    for x in m.payloads:
        if x.type in ("country", "capital", "nisba"):
            return x.key
        if x.type == "regime":
            return x.country or main or "SYR"
    return None


def someone_elses(a: ActorRef, places: Sequence[PlaceRef], mentions: Sequence[Mention],
                  text: str = "", others: Sequence[ActorRef] = ()) -> bool:
    """A known person's surname read inside a place's name ("قاعدة عين الأسد"), inside another
    person's name that begins before it ("المحلل أحمد البغدادي"), or a part of the body ("أصيب
    برصاصة في الرأس والصدر")."""
    if a.actor.kind != "person":
        return False
    before = normalize(re.split(r"[،,.؛]", text[max(0, a.start - 40) : a.start])[-1]).split()[-3:]
    if normalize(a.text) in _BODY_WORDS and any(w.removeprefix("و") in _BODY_CUES for w in before):
        return True  # "برصاصة في الرأس والصدر" (not "أصيب متظاهرون بجروح، ودعا الصدر")
    if before and before[-1] in _CODE_NAMED:
        return True  # "تمرين الأسد المتأهب": an exercise's name
    return any(p.start <= a.start and a.end <= p.end and (p.start, p.end) != (a.start, a.end) for p in places) \
        or any(m.label == "PER" and m.start < a.start and a.end <= m.end
               and not any(o.start == m.start and o.end < a.start and o.actor.kind == "person"
                           for o in others) for m in mentions)  # "التقى بوتين الأسد": two names


#: surnames that are parts of the body, and the words that tell the body is meant
_BODY_WORDS = {normalize(w) for w in ("الصدر",)}
_BODY_CUES = {normalize(w) for w in (
    "الرأس الرقبة البطن الظهر الساق الساقين الكتف اليد القدم الوجه برصاصة برصاصات رصاصة رصاصات "
    "رصاصتين طلق طلقات بطلق بطلقات أصيب أصيبت إصابة إصابات شظايا بشظايا جروح طعنة طعنات ألم "
    "آلام").split()}
#: words after which a name is the code name of an exercise or operation
_CODE_NAMED = {normalize(w) for w in ("تمرين", "التمرين", "مناورات", "المناورات", "تمارين", "عملية",
                                      "العملية", "عمليه")}

