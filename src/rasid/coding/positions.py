"""Where the actors of a sentence stand: their token ranges, which of them are written together
("X و Y"), and which a preposition introduces (the objects of an act, not its doers)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rasid.arabic.normalize import normalize
from rasid.coding.kinds import SYMMETRIC
from rasid.coding.triggers import TriggerMatch
from rasid.model import ActorRef, Token
from rasid.resolve.actor_words import LOYAL

PREPOSITIONS = {normalize(w) for w in ("على", "ضد", "من", "مع", "إلى", "الى", "في", "عن", "بين", "عبر", "لدى", "نحو",
                                     "أمام")}


#: words between two actors that make the second one the first one's complement, not a new party
_LINKS = {normalize(w) for w in ("و",)}


@dataclass(frozen=True, slots=True)
class Positioned:
    """An actor mention with its token range."""

    ref: ActorRef
    first: int
    last: int  # exclusive
    coordinated: bool  # written with و right after the previous actor


def marked_groups(tokens: Sequence[Token], actors: Sequence[Positioned]) -> set[int]:
    """Indices of actors introduced by a preposition, with the rest of their "X و Y" group."""
    marked: set[int] = set()
    for k, p in enumerate(actors):
        if object_marked(tokens, p) or p.coordinated and k - 1 in marked:
            marked.add(k)
    return marked


def _joined_nisba(norm: str) -> bool:
    """"والتركي": a nationality joined by و, heading the next party of a list."""
    from rasid.resolve.capitals import nisba_country

    return norm.startswith("وال") and nisba_country(norm[1:]) is not None


def position_actors(tokens: Sequence[Token], actors: Sequence[ActorRef]) -> list[Positioned]:
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    out: list[Positioned] = []
    for ref in actors:
        first = max(0, bisect_right(starts, ref.start) - 1)
        last = max(first + 1, bisect_left(ends, ref.end) + 1)
        coordinated = False
        if out and (out[-1].last == first or out[-1].last == first - 1  # "الحكومة اليمنية
                    and tokens[first - 1].norm.startswith("ال") and tokens[first - 1].is_word):
            raw = tokens[first].text  # الشرعية وجماعة الحوثي": an adjective of the first between
            coordinated = raw[:1] == "و" and ref.start > tokens[first].start
        elif out and (out[-1].last == first - 1 and (tokens[first - 1].norm in _LINKS
                                                      or _joined_nisba(tokens[first - 1].norm))
                      or out[-1].last + 1 < first and tokens[first - 1].text in _QUOTES
                      and tokens[first - 2].norm in _LINKS  # "“X” الإيراني و“Y”"
                      and all(t.norm in _LINKS or t.text in _QUOTES or t.norm.startswith("ال")
                              for t in tokens[out[-1].last : first - 1])):
            coordinated = True  # "بوتين ونظيراه الإيراني روحاني والتركي أردوغان"
        out.append(Positioned(ref, _held_by(tokens, ref, first), last, coordinated))
    return out


#: "مروحيات تابعة للجيش السوداني", "خلايا تابعة لـ": craft and fighters that belong to the party
#: named after them
AFFILIATED = {normalize(w) for w in ("تابعة", "التابعة", "تابعين", "التابعين", "تابع", "التابع",
                                     "تابعون", "التابعون")}
_HELD = {normalize(w) for w in (
    "مروحيات", "مروحية", "طائرات", "طائرة", "مسيرة", "مسيرات", "مقاتلات", "زوارق", "سفن", "خلايا", "خلية",
    "عناصر", "مسلحين", "مسلحون", "مجموعة", "مجموعات", "فصائل", "ميليشيات", "مليشيات", "قوات", "وحدات")}


def _held_by(tokens: Sequence[Token], ref: ActorRef, first: int) -> int:
    """Where a party written "X تابعة لـ" begins: at X, which acts for it as its subject would
    ("إن مروحيات تابعة للجيش السوداني قصفت"), so that the لـ does not make it an object."""
    k = first - 1
    while k > 2 and tokens[k].text in _QUOTES:  # "خلية تابعة لـ«داعش»"
        k -= 1
    if k < first - 1 and tokens[k].norm == "ل" and tokens[k - 1].norm in AFFILIATED \
            and tokens[k - 2].norm in _HELD:
        return k - 2
    if first < 2 or ref.start == tokens[first].start or normalize(tokens[first].text[:1]) != "ل" \
            or tokens[first - 1].norm not in AFFILIATED or tokens[first - 2].norm not in _HELD:
        return first
    return first - 2


#: "قطع عدد من المحتجين الطريق": a quantity of a party is that party, the من only partitive
QUANTITIES = {normalize(w) for w in ("عدد", "عددا", "عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف",
                                     "بعض", "مجموعة", "مجموعات", "جميع", "كل", "اثنان", "اثنين",
                                     "عناصر", "أفراد")}  # "اعتدى عناصر من شرطة مكافحة الشغب"


def object_marked(tokens: Sequence[Token], p: Positioned) -> bool:
    """True when the actor is introduced by a preposition (على/ضد/من/مع/ل...)."""
    raw = tokens[p.first].text
    if p.ref.start > tokens[p.first].start and normalize(raw[:1]) in {"ل", "ب"}:
        return True
    if p.first > 1 and tokens[p.first - 1].norm == "من" and tokens[p.first - 2].norm in QUANTITIES:
        return False
    if p.first > 1 and tokens[p.first - 1].norm in _PREMISES \
            and tokens[p.first - 2].norm in PREPOSITIONS:
        return True  # "أمام مقر البرلمان", "إلى مبنى المحافظة": its building, where the act was
    k = p.first - 1
    while k > 0 and tokens[k].text in _QUOTES:  # "تابعة لـ“الحرس الثوري”"
        k -= 1
    owned = k > 1 and tokens[k - 1].norm in AFFILIATED | LOYAL  # "تابعة لـ«X»": its owner's
    quoted = k < p.first - 1 and tokens[k].norm in ("ل", "ب") and (
        not owned or tokens[k - 2].norm in _SITES | _GOODS)  # the sites hit, not its fighters
    return p.first > 0 and (tokens[k].norm in PREPOSITIONS or hosted(tokens, k) or quoted)


def hosted(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a verb of hosting or using soon after a site ("قاعدة عين الأسد التي تضم",
    "منشآت تستخدمها"; not "مسيرات يستخدمها حزب الله", "قوة مشتركة تضم عناصر من الجيش")."""
    return tokens[k].norm in _HOSTING and any(
        tokens[j].norm in _SITES for j in range(max(0, k - 6), k))


_QUOTES = set("“”«»\"")
_GOODS = {normalize(w) for w in ("أسلحة", "شحنة", "شحنات", "ذخائر", "صواريخ", "آليات", "معدات")}
#: "قاعدة عين الأسد التي تضم قوات أمريكية", "منشآت تستخدمها كتائب حزب الله": the forces a hit
#: site hosts, or who use it, are hit with it
_HOSTING = {normalize(w) for w in ("تضم", "يضم", "تستضيف", "يستضيف", "تؤوي", "يؤوي", "تستخدمها",
                                   "يستخدمها", "تستخدمه", "يستخدمه", "تتخذها", "يتخذها", "تتخذه",
                                   "يتخذه", "تستخدمهما", "يستخدمهما")}
_SITES = {normalize(w) for w in (
    "قاعدة", "القاعدة", "قواعد", "مطار", "المطار", "منشأة", "منشآت", "المنشأة", "مبنى", "المبنى",
    "مباني", "مقر", "المقر", "مقرات", "مستودع", "مستودعات", "مخزن", "مخازن", "معسكر", "معسكرات",
    "موقع", "الموقع", "مواقع", "مجمع", "منزل", "منزلا", "مبنى", "مخبأ", "مخابئ", "ثكنة", "نقطة")}


#: the weapons and craft that strike, not what is struck: the genitive of a masdar ("قصف
#: المدفعية التركية") is its doer; after ب they are an act's means, not a party to it
PLATFORMS = {normalize(w) for w in ("الطائرات", "الطيران", "المقاتلات", "المدفعية", "الطائرة",
                                    "المسيرات", "البوارج", "الزوارق", "الراجمات", "المروحيات",
                                    "المقاتلة")}
_ARMS = PLATFORMS | {normalize(w) for w in ("المسيرة", "الدبابات")}
_WEAPONS = _ARMS | {w.removeprefix("ال") for w in _ARMS}


def instrument(tokens: Sequence[Token], p: Positioned) -> bool:
    """"استهدفت القوات بالمدفعية الثقيلة بلدة الخيام": artillery named with ب is what struck."""
    word = tokens[p.first]
    head = normalize(p.ref.text.split()[0]) if p.ref.text else ""
    clitics = normalize(word.text[:max(0, p.ref.start - word.start)])
    return head in _WEAPONS and clitics in ("ب", "وب")


def heading(tokens: Sequence[Token], p: Positioned, actors: Sequence[Positioned]) -> bool:
    """"وفد سعودي برئاسة السفير", "لجنة برئاسة وزير الداخلية": the head of the party or body named
    right before, one of it (after a delegation named by no party, "وفدا برئاسة وزير الخارجية
    الإيراني", the head stands for it)."""
    return p.first > 1 and tokens[p.first - 1].norm in _HEADING and (
        tokens[p.first - 2].norm not in _DELEGATION or any(q.last == p.first - 1 for q in actors))


_HEADING = {normalize(w) for w in ("برئاسة", "يرأسه", "يرأسها", "يترأسه", "يترأسها")}
_DELEGATION = {normalize(w) for w in ("وفد", "وفدا", "الوفد")}
QUOTE_MARKS = {"«", "»", "“", "”", "„", "\""}  # straight quotes too: "الحشد الشعبي"


def unquoted(tokens: Sequence[Token], k: int) -> int:
    """Where the word at ``k`` begins, with the quote marks opened right before it."""
    while k > 0 and tokens[k - 1].text in QUOTE_MARKS:
        k -= 1
    return k


def armed_with(tokens: Sequence[Token], actors: Sequence[Positioned]) -> Positioned | None:
    """"قتل 3 مدنيين في قصف بالمدفعية التركية": the guns named with their nationality are its
    army's, the doer when none is named."""
    return next((p for p in actors if instrument(tokens, p) and " " in p.ref.text.strip()
                 and not (p.last < len(tokens) and tokens[p.last].norm == _MADE)), None)


_MADE = normalize("الصنع")  # "بالطائرات المسيرة الإيرانية الصنع": made there, flown by anyone


def partners_near(tokens: Sequence[Token], trig: TriggerMatch,
                  actors: Sequence[Positioned]) -> list[Positioned]:
    """Partners named within a few words of the trigger ("حملته الجوية رفقة روسيا", "شنت القوات
    بمشاركة الطيران الروسي غارات"), with no punctuation between."""
    def near(p: Positioned) -> bool:
        lo, hi = (p.last, trig.first_token) if p.last <= trig.first_token \
            else (trig.last_token, p.first)
        return hi - lo <= _PARTNER_REACH and all(tokens[k].is_word for k in range(lo, hi))
    return [p for p in actors if partner(tokens, p) and near(p)]


_PARTNER_REACH = 4


#: "قرب مقر البرلمان", "في محيط مقر البرلمان": a body's seat named to say where, not who
NEAR = {normalize(w) for w in ("قرب", "بالقرب", "وبالقرب", "محيط", "بمحيط", "وقرب")}
_SEAT = {normalize(w) for w in ("مقر", "مبنى", "مقار", "مباني", "من")}


def landmark(tokens: Sequence[Token], p: Positioned) -> bool:
    """The actor is a landmark near which something happened ("قرب مقر البرلمان"; not "قرب مقر
    للشرطة", a police post, a site of the body's own)."""
    word = tokens[p.first]
    if normalize(word.text[: max(0, p.ref.start - word.start)]).endswith("ل"):
        return False
    i, seat = p.first - 1, False
    while i >= 0 and p.first - i <= 2 and tokens[i].norm in _SEAT:  # "بالقرب من مقر"
        seat, i = seat or tokens[i].norm != "من", i - 1
    return seat and i >= 0 and tokens[i].norm in NEAR  # not "قرب القوات التركية": near them


_PREMISES = {normalize(w) for w in ("مقر", "مبنى", "بوابة", "مدخل", "مقار", "مباني")}


def coordinated_group(sent_actors: Sequence[Positioned], member: Positioned) -> list[Positioned]:
    """The actors written together with ``member`` as "X و Y و Z"."""
    idx = next((i for i, p in enumerate(sent_actors) if p is member), None)
    if idx is None:
        return [member]
    lo = idx
    while lo > 0 and sent_actors[lo].coordinated:
        lo -= 1
    hi = idx + 1
    while hi < len(sent_actors) and sent_actors[hi].coordinated:
        hi += 1
    return list(sent_actors[lo:hi])


def word_before(tokens: Sequence[Token], trig: TriggerMatch, words: set[str], reach: int) -> bool:
    """One of ``words`` stands at most ``reach`` words before the trigger, no punctuation between."""
    for i in range(trig.first_token - 1, max(-1, trig.first_token - 1 - reach), -1):
        if not tokens[i].is_word:
            return False
        if tokens[i].norm in words:
            return True
    return False


def party_pairs(defn_type: str, source: Positioned | None, target: Positioned | None,
                actors: list[Positioned], mutual: bool = False,
                ) -> tuple[list[tuple[ActorRef | None, ActorRef | None]], bool]:
    """(source, target) pairs of one trigger; several states acting together → one event each."""
    if source is None:
        return [(None, target.ref if target else None)], False
    group = coordinated_group(actors, source)
    if target is not None and any(p is target for p in group):  # "اشتباكات بين الجيش والدعم السريع"
        return [(source.ref, target.ref)], False
    if len(group) > 1 and (defn_type in SYMMETRIC or mutual and target is None):
        # "أنقرة وواشنطن توصلتا إلى اتفاق", a ceasefire's two sides: partners to one another
        return [(group[0].ref, group[1].ref)], len(group) > 2
    targets = coordinated_group(actors, target) if target is not None else [None]
    return [(s.ref, t.ref if t else None) for s in group for t in targets], False


#: "بدأ حملته الجوية رفقة روسيا": a partner in the act, a doer as much as its subject
PARTNERS = {normalize(w) for w in ("رفقة", "برفقة", "بمشاركة", "وبمشاركة", "بالاشتراك", "جنبا",
                                   "يرافقه", "يرافقها", "ترافقه", "ترافقها")}


_WITH = {normalize(w) for w in ("مع", "إلى", "الى")}


def partner(tokens: Sequence[Token], p: Positioned) -> bool:
    """The actor is named right after a word of partnership ("رفقة روسيا", "بمشاركة قوات …")."""
    return p.first > 0 and tokens[p.first - 1].norm in PARTNERS or p.first > 1 \
        and tokens[p.first - 1].norm in _WITH and tokens[p.first - 2].norm in PARTNERS


_SOLIDARITY = {normalize(w) for w in ("تضامنا", "وتضامنا", "تضامن")}


def not_acted_on(tokens: Sequence[Token], p: Positioned) -> bool:
    """"… تضامنا مع السعودية": the party sided with; "نقل على إثرها إلى مشفى البوكمال": where
    the wounded were taken. Neither is acted upon."""
    words = [t.norm for t in tokens[max(0, p.first - 5) : p.first]]
    if p.ref.actor.sector == "MED" and words[-1:] and words[-1] in _TO \
            and any(w.removeprefix("و") in _TAKEN for w in words[:-1]):
        return True
    words = words[-2:]
    return bool(words) and (words[-1] in _SOLIDARITY or len(words) == 2 and words[0] in _SOLIDARITY
                            and words[1] == "مع")


_TO = {normalize("إلى"), normalize("الى")}
#: the wounded taken to a hospital: "نقل إلى", "نقلوا إلى", "أسعف إلى" (not "بعد نقلهم إلى
#: مستشفى الحسين": where they were shot at)
_TAKEN = {normalize(w) for w in ("نقل", "نقلوا", "نقلت", "أسعف", "أسعفوا", "اسعف")}
