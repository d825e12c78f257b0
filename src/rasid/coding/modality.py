"""Negation, hypotheticals and attributed claims around a trigger.

All rules look at the words just before the trigger, inside its clause: negation particles
(لم لن ما لا ليس عدم) and denial verbs (نفى) make an event ``negated``; future and modal
markers (سوف س+verb قد في حال إذا يعتزم من المقرر), calls for action (لا بد يجب ضرورة
ينبغي) and plans make it ``hypothetical``.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.model import Token

_WINDOW = 5

NEGATORS = {normalize(w) for w in ("لم", "لن", "ليس", "ليست", "عدم", "بعدم", "دون", "بدون")}
#: ما and لا negate only when a verb follows directly.
VERB_NEGATORS = {normalize(w) for w in ("ما", "لا")}
#: "…، ما أسفر عن مقتل": ما before these verbs is "which", not "not"
CONSEQUENCES = {normalize(w) for w in ("أسفر", "أسفرت", "أدى", "أدت", "تسبب", "تسببت", "خلف", "خلفت",
                                       "أوقع", "أوقعت", "أودى", "أودت")}
#: the same verbs after لم ("لم يسفر الهجوم عن", "لم تؤد الغارة إلى")
RESULT_VERBS = {normalize(w) for w in ("يسفر", "تسفر", "يؤد", "تؤد", "يخلف", "تخلف")}
DENIALS = {
    normalize(w)
    for w in ("نفى", "نفت", "ينفي", "تنفي", "نافيا", "نافية", "نفي", "ونفى", "ونفت", "تنفى",
              "نفيه", "أنكر", "أنكرت", "ينكر", "كذب", "كذبت", "ينفون", "نفوا")
}
HYPOTHETICAL = {
    normalize(w)
    for w in (
        "سوف", "قد", "في حال", "حال", "إذا", "اذا", "لو", "يعتزم", "تعتزم", "يعتزمون",
        "المقرر", "المتوقع", "متوقع", "محتمل", "محتملة", "مرتقب", "مرتقبة", "بد", "لابد", "يجب",
        "ينبغي", "ضرورة", "بضرورة", "يمكن", "يمكنه", "يمكنها", "شأن", "شأنه", "شأنها", "مستعد",
        "مستعدة", "استعداد", "يريد", "تريد", "يسعى", "تسعى", "خطة", "خططا", "تستعد", "يستعد",
        "لإنشاء", "سيتم", "ستتم", "أمل", "يأمل", "تأمل", "نحتاج", "بحاجة", "حاجة", "لكي", "كي",
        "تتمنى", "يتمنى", "ربما", "يحاول", "تحاول", "المطالبة", "المطالبين", "يطالب", "تطالب",
        "سيتمكن", "ستتمكن", "تهدف", "يهدف", "بهدف", "لمنع", "لتحقيق", "أجل",
        "حذر", "حذرت", "يحذر", "تحذر", "محذرا", "محذرة", "لتفادي", "لتجنب", "أي", "يتوقع",
        "ويتوقع", "تتوقع", "يرتقب", "ينتظر", "يهدد", "تهدد", "هدد", "هددت",
        "يخشى", "تخشى", "يتخوف", "تتخوف", "خشية", "مخاوف", "تخوف", "تخوفا",  # what is feared
        "إمكانية", "احتمال", "يدرس", "تدرس", "يدرسون", "ندرس",  # what is weighed
        "تشجع", "يشجع", "يغري", "تغري",  # what is encouraged ("الصفقة تشجع طهران على …")
        "إلزام", "إلزامها", "إلزامه", "إلزامهم", "بإلزام",  # what one is to be compelled to do
        "لإجبار", "لإجبارها", "لإجبارهم", "لإرغام", "لإرغامها", "لإرغامهم",  # (to force it to)
    )
}
#: Words that open a new clause: the look-back stops there.
CLAUSE_BREAKS = {normalize(w) for w in ("،", ",", "؛", ";", ":", "حيث", "بينما", "فيما", "لكن", "الذي", "التي")}


def _lookback(tokens: Sequence[Token], first: int, index: int) -> list[Token]:
    out: list[Token] = []
    i = index - 1
    while i >= first and len(out) < _WINDOW:
        tok = tokens[i]
        if tok.norm in CLAUSE_BREAKS or tok.text in "،,؛;:.":
            break
        out.append(tok)
        i -= 1
    return out


def is_negated(tokens: Sequence[Token], sent_first: int, trigger: int) -> bool:
    before = _lookback(tokens, sent_first, trigger)
    for k, tok in enumerate(before):
        stem = tok.norm[1:] if tok.norm[:1] in "وف" and len(tok.norm) > 2 else tok.norm
        if stem in _WITHOUT and any(t.norm not in _THAT for t in before[:k]):
            continue  # "مسلحون في سيارات من دون لوحات اختطفوا": without plates, not without the act
        if tok.norm in NEGATORS or stem in NEGATORS:
            if k > 0 and before[k - 1].norm in RESULT_VERBS | _COMMENTED:
                return False  # "لم يسفر الهجوم عن قتلى": the act's result is denied, not the act
                # (nor by "لم يعلق الجيش على القصف": no comment)
            return not _excepted(tokens, trigger)
        if (tok.norm in VERB_NEGATORS or stem in VERB_NEGATORS) and k == 0 \
                and not (stem == "ما" and tokens[trigger].norm in CONSEQUENCES):
            return not _excepted(tokens, trigger)
        if tok.norm in DENIALS or stem in DENIALS:
            return True
        if tok.norm in _DENIED_LINKS and _denied_before(tokens, sent_first, trigger - 1 - k):
            return True  # "نفى حزب الله، الخميس، أي علاقة له بإطلاق الصواريخ"
        if tok.norm in _THAT and k == 0 and len(before) > 1 and before[1].norm in _WITHOUT:
            return True  # "انسحبت القوات دون أن تعتقل أحدا" (the act right after دون أن)
        if tok.norm in _THAT and k + 1 < len(before):  # "نفت وزارة الدفاع الروسية أن تكون
            # طائراتها قد قصفت": the denial stands before the subject of its clause
            return _denied_before(tokens, sent_first, trigger - 1 - k)
    return denied(tokens, sent_first, trigger)


_WITHOUT = {normalize(w) for w in ("دون", "بدون")}
_COMMENTED = {normalize(w) for w in ("يعلق", "تعلق")}  # not يعقب: "لم يعقب القصف هجوم"
#: "هدوء حذر": a wary calm, not a warning
_WARY, _CALM = normalize("حذر"), {normalize(w) for w in ("هدوء", "الهدوء", "هدوءا")}
_EXCEPT = {normalize(w) for w in ("إلا", "الا")}
_EXCEPT_REACH = 6


def _excepted(tokens: Sequence[Token], trigger: int) -> bool:
    """"لم تعتقل الشرطة إلا شخصين": a negation with an exception after the act affirms it (but
    "إلا أن", "but", opens another clause: "لم يعتقل أحدا إلا أنه فرق التجمع")."""
    for k in range(trigger + 1, min(len(tokens), trigger + 1 + _EXCEPT_REACH)):
        tok = tokens[k]
        if tok.norm in CLAUSE_BREAKS or tok.text in "،,؛;:.":
            return False
        if tok.norm in _EXCEPT:
            return k + 1 >= len(tokens) or tokens[k + 1].norm not in _BUT_THAT
    return False


_BUT_THAT = {normalize(w) for w in ("أن", "أنه", "أنها", "ان", "انه", "انها", "أنهم")}


def denied(tokens: Sequence[Token], sent_first: int, trigger: int) -> bool:
    """A denial further back in the trigger's clause: "نفت وزارة الدفاع التركية إرسال أي
    تعزيزات", "نفى الوزير أن يكون ولي العهد الأمير محمد بن سلمان قد التقى …" (a long subject
    between أن and the act). A denial governs a masdar or an أن clause, not a verb joined by و
    after its object ("نفت الحكومة التقارير وأرسلت تعزيزات": the reinforcements were sent)."""
    k = trigger - 1
    while k >= max(sent_first, trigger - _CLAUSE_REACH):
        tok = tokens[k]
        if k == trigger - 1 and not joined_verb(tokens[trigger]) \
                and (opened := aside(tokens, sent_first, k)) is not None:
            k = opened - 1  # "نفت الوزارة، في بيان، اعتقال": past the aside right before the act
            continue
        if tok.norm in CLAUSE_BREAKS or tok.text in "،,؛;:.":
            return False
        if tok.norm in DENIALS or tok.norm[1:] in DENIALS:
            return True
        if tok.norm in _THAT:
            return _denied_before(tokens, sent_first, k)
        if joined_verb(tok) and k < trigger - 1:
            return False  # "… وأرسلت", "… واعتقل": another verb, another clause
        k -= 1
    return False


#: how an aside between commas begins: where or how the words were said ("في بيان"), or their
#: day or time ("الأحد", "منذ أسابيع")
_ASIDE_OPENERS = {normalize(w) for w in (
    "في عبر خلال وفق حسب بحسب أمس اليوم مساء صباح فجر الأحد الاثنين الثلاثاء الأربعاء الخميس "
    "الجمعة السبت منذ").split()}
_ASIDE_REACH = 5


def aside(tokens: Sequence[Token], sent_first: int, k: int) -> int | None:
    """The opening comma of a short aside that the comma at ``k`` closes, or None."""
    if tokens[k].text not in "،,":
        return None
    for j in range(k - 2, max(sent_first, k - _ASIDE_REACH - 1) - 1, -1):
        if tokens[j].text in "،,":
            return j if tokens[j + 1].norm in _ASIDE_OPENERS \
                and tokens[j + 2].norm not in _CONNECTORS else None
    return None


#: "، في المقابل،", "، في حين": a connector between two clauses, not an aside
_CONNECTORS = {normalize(w) for w in ("المقابل", "حين", "الوقت", "وقت", "حال", "ظل")}


def joined_verb(tok: Token) -> bool:
    """"وأرسلت", "واعتقلت": a word joined by و that is no noun of the root و: another verb."""
    return tok.norm[:1] == "و" and len(tok.norm) > 3 and tok.norm[1:3] != "ال" \
        and tok.norm not in _WAW_NOUNS


#: words that begin with و as a root letter, not the conjunction
_WAW_NOUNS = {normalize(w) for w in ("وزارة", "وزير", "وزيرة", "وزراء", "وكالة", "وحدات", "وفد", "وسائل",
                                     "واشنطن", "ولي", "وسط", "وجود", "وقف", "وصول", "ولاية")}


_CLAUSE_REACH = 16


#: what a denial says there is none of: a link or a responsibility for the act
_DENIED_LINKS = {normalize(w) for w in ("علاقة", "علاقته", "علاقتها", "صلة", "صلته", "صلتها", "مسؤولية",
                                        "مسؤوليته", "مسؤوليتها", "تورط", "تورطه", "تورطها")}
_DENIAL_REACH = 8


def _denied_before(tokens: Sequence[Token], sent_first: int, k: int) -> bool:
    """A denial verb a few words before token ``k`` in its sentence, commas allowed between."""
    return any(tokens[j].norm in DENIALS or tokens[j].norm[1:] in DENIALS
               for j in range(max(sent_first, k - _DENIAL_REACH), k))


#: "أن" opening the clause a denial governs
_THAT = {normalize(w) for w in ("أن", "بأن")}


def _qad_with_perfect(tokens: Sequence[Token], k: int) -> bool:
    """"قد" before a perfect verb means "already" (وقد شن، قد تعرضت، قد توجهوا), not "may" (قد
    يشن، قد تستهدف)."""
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    told = nxt[:1] == "ت" and (len(nxt) >= 5 and nxt.endswith("ت") or nxt.endswith("وا"))
    kana = next((j for j in range(k - 1, max(-1, k - 7), -1) if tokens[j].norm in _KANA), None)
    had = nxt[:1] == "ت" and kana is not None and not any(  # not "وكانت تقارير قالت إن إسرائيل
        t.norm in _THAT | {normalize("إن")} for t in tokens[kana:k])  # قد تشن": may
    return nxt[:1] not in ("ي", "ت", "ن") or len(nxt) < 3 or told or had  # "وكان التنظيم قد
    # تبنى": after كان, "قد" and a verb in تـ tell what had been done (تبنى، تعرض، توجه)


_KANA = {normalize(w) for w in ("كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "فكان")}


_ANY = normalize("أي")


def is_hypothetical(tokens: Sequence[Token], sent_first: int, trigger: int, future: bool,
                    perfect: bool = False) -> bool:
    """``perfect``: the trigger is a perfect verb (so "قد توجه" is "had gone", whatever its
    first letter)."""
    if future:
        return True
    before = _lookback(tokens, sent_first, trigger)
    for k, tok in enumerate(before):  # before[k] is tokens[trigger - 1 - k]
        stem = tok.norm[1:] if tok.norm[:1] in "وفل" and len(tok.norm) > 3 else tok.norm
        if stem == "قد" and (k == 0 and perfect or _qad_with_perfect(tokens, trigger - 1 - k)):
            continue
        if (tok.norm in HYPOTHETICAL or stem in HYPOTHETICAL) \
                and not (k and before[k - 1].norm in _DENIED_LINKS) \
                and not (tok.norm == _WARY and before[k + 1 :][:1]  # "هدوء حذر": wary
                         and before[k + 1].norm in _CALM) \
                and not (tok.norm == _ANY and is_negated(tokens, sent_first, trigger - 1 - k)):
            return True  # not "نفى أي علاقة له بـ", "لم تنفذ أي ضربة": denials, not what may be
    if any(_future_verb(t.norm) for t in _clause_before(tokens, sent_first, trigger)):
        return True
    # a call for action or an expectation opening the sentence governs all of it
    opening = [t.norm for t in tokens[sent_first : sent_first + 3]]
    return bool(opening) and (opening[0] in SENTENCE_MODALS or opening[:2] == ["لا", "بد"]
                              or opening[:2] in (["من", "المقرر"], ["من", "المتوقع"]))


SENTENCE_MODALS = {normalize(w) for w in ("لابد", "يجب", "ينبغي", "يتوقع", "ويتوقع", "يرتقب", "ويرتقب",
                                          "ينتظر", "وينتظر", "يعتزم", "ويعتزم", "تعتزم", "وتعتزم")}
#: imperfect verbs that, with the future prefix س, announce what has not happened yet
_FUTURE_STEMS = {normalize(w) for w in (
    "يكون", "تكون", "يبدا", "تبدا", "يتم", "تتم", "يعقد", "تعقد", "يزور", "تزور", "يجري", "تجري",
    "يشكل", "تشكل", "يقوم", "تقوم", "يعمل", "تعمل", "يصل", "تصل", "يلتقي", "تلتقي", "يتوجه", "تتوجه",
    "يرد", "ترد", "نرد", "يواصل", "تواصل", "يشارك", "تشارك", "يوقع", "توقع", "يبحث", "تبحث", "يتولى",
    "تتولى", "يسلم", "تسلم", "ينسحب", "تنسحب", "يشن", "تشن", "يستمر", "تستمر", "يدخل", "تدخل")}
_FUTURE_STEMS |= {person + w[1:] for w in _FUTURE_STEMS if w[:1] == "ي" for person in "نا"}  # "سنواصل"، "سأرد"


def _future_verb(norm: str) -> bool:
    """"ستبدأ", "وسيزور": the future prefix س on an imperfect verb."""
    for pre in ("وس", "فس", "س"):
        if norm.startswith(pre) and norm[len(pre):] in _FUTURE_STEMS:
            return True
    return False


#: words right after a trigger that make it expected, not happened ("بهجوم مرتقب")
AFTER_HYPOTHETICAL = {normalize(w) for w in ("مرتقب", "مرتقبة", "محتمل", "محتملة", "متوقع", "متوقعة",
                                             "المرتقب", "المحتمل", "المتوقع", "المقبل", "المقبلة",
                                             "القادم", "القادمة", "المزمع", "المزمعة", "وشيك")}
#: words right after a trigger that make it a habit or a series, not one occurrence
AFTER_GENERIC = {normalize(w) for w in ("متكررة", "المتكررة", "متواصلة", "المتواصلة", "مستمرة",
                                        "المستمرة", "يومية", "اليومية", "متتالية", "عديدة")}


#: "رفض (متحدث باسم الجيش) التعليق": declining to comment or to disclose is no event
DECLINED = {normalize(w) for w in ("التعليق", "الكشف", "الإفصاح", "الإدلاء")}


def is_generic(tokens: Sequence[Token], after_trigger: int, sent_last: int) -> bool:
    """A kind of act or a state of things, not an occurrence ("التنسيق الأمني بين البلدين مستمر")."""
    following = [t.norm for t in tokens[after_trigger : min(sent_last, after_trigger + 2)]]
    near = [t.norm for t in tokens[after_trigger : min(sent_last, after_trigger + 4)]]
    further = [t.norm for t in tokens[after_trigger : min(sent_last, after_trigger + 8)]]
    return any(w in AFTER_GENERIC for w in following) or any(w in DECLINED for w in further) \
        or any(w in _ONGOING for w in near)  # "التنسيق الأمني بين البلدين مستمر": a state of things


_ONGOING = {normalize(w) for w in ("مستمر", "متواصل", "مستمرا", "متواصلا")}
_TRENDS = {normalize(w) for w in ("تصاعد", "تزايد", "ازدياد", "تراجع", "وتيرة", "تكرار", "استمرار")}
#: what goes on or would stop: "تواصل عملياتها العسكرية", "لن تتوقف عن هجماتها"
_GOING_ON = {normalize(w) for w in ("تواصل", "يواصل", "ستواصل", "سيواصل", "مواصلة", "وتواصل",
                                    "ويواصل")}
_STOPPING = {normalize(w) for w in ("تتوقف", "يتوقف", "توقف", "التوقف", "الكف", "تكف", "يكف")}
_FROM = normalize("عن")
_WARS = {normalize(w) for w in ("العدوان", "عدوان", "لعدوان")}
#: how often: "تل أبيب نادرا ما تؤكد غاراتها", "عادة ما تنفذ"
_HABITS = {normalize(w) for w in ("نادرا", "عادة", "غالبا", "دائما", "أحيانا", "كثيرا")}
_MA = normalize("ما")


#: "مطالبا بالتحرك لوقف استهداف المدنيين", "لمنع الهجمات": an act to be stopped or prevented
_STOP = {normalize(w) for w in ("وقف", "لوقف", "بوقف", "ووقف", "إيقاف", "لإيقاف", "بإيقاف", "منع",
                                "لمنع", "بمنع", "ومنع", "إنهاء", "لإنهاء", "بإنهاء")}


def to_stop(tokens: Sequence[Token], first: int) -> bool:
    """A masdar right after "stop" or "prevent" names a kind of act, not one that happened."""
    return first > 0 and tokens[first - 1].norm in _STOP


def trend_or_habit(tokens: Sequence[Token], first: int) -> bool:
    """An act told as a trend ("تصاعد اعتداءات المستوطنين") or by how often it happens ("نادرا ما
    تؤكد غاراتها": the habit word and ما at most a verb before the act, in its own clause)."""
    if first > 0 and tokens[first - 1].norm in _TRENDS | _GOING_ON | _STOPPING:  # "يتوقف العدوان"
        return True
    if tokens[first].norm.removeprefix("و").removeprefix("ل").removeprefix("ب") in _WARS:
        return True  # "ردا على العدوان الأمريكي على اليمن": a war named, undated, is no one act
    if first > 1 and tokens[first - 1].norm == _FROM and tokens[first - 2].norm in _STOPPING:
        return True  # "لن تتوقف عن عملياتها العسكرية حتى …": a campaign, not one act
    return any(tokens[k].norm in _HABITS and tokens[k + 1].norm == _MA
               for k in range(max(0, first - 3), first - 1))


def _clause_before(tokens: Sequence[Token], first: int, index: int) -> list[Token]:
    """The tokens of the trigger's clause before it (back to a comma or the sentence start)."""
    out: list[Token] = []
    for i in range(index - 1, first - 1, -1):
        if tokens[i].text in "،,؛;:.":
            break
        out.append(tokens[i])
    return out


def is_purpose(text: str, tokens: Sequence[Token], trig: object) -> bool:
    """"لـ + masdar" states a purpose (للقاء، لبحث، لضرب): an intention, not an occurrence."""
    first = trig.first_token  # type: ignore[attr-defined]
    if trig.defn.pos == "verb" and not trig.defn.imperfect:  # type: ignore[attr-defined]
        return False
    following = [t.norm for t in tokens[trig.last_token : trig.last_token + 4]  # type: ignore[attr-defined]
                 if t.is_word]
    if any(w in AFTER_HYPOTHETICAL for w in following):
        return True
    if _governed_by_li(tokens, first):
        return False  # "تصدت لهجوم", "تعرضت مواقع الحزب لقصف": the ل the verb takes, not a purpose
    if first > 0 and tokens[first - 1].norm in _STEP:
        return False  # "أعادت فتح سفارتها، في خطوة لاستئناف العلاقات": what the act done amounts to
    li = written_with_li(text, tokens, trig) or first > 0 and tokens[first - 1].norm in _TO_LAUNCH
    return li and not any(t.norm.removeprefix("و") in _RESUMED  # "عادت الطائرات لشن غارات"
                          for t in tokens[max(0, first - 5) : first])


#: "منشآت تستخدمها الفصائل لشن هجمات": a light verb's masdar with لـ before the act's noun
_TO_LAUNCH = {normalize(w) for w in ("لشن", "لتنفيذ", "لارتكاب", "لإطلاق", "ولشن", "ولتنفيذ")}
#: "عادت الطائرات الإسرائيلية لشن غارات": went back to doing it, done
_RESUMED = {normalize(w) for w in ("عاد", "عادت", "عادوا", "يعود", "تعود", "يعودون", "عاود",
                                   "عاودت")}


def purpose_li(text: str, tokens: Sequence[Token], trig: object) -> bool:
    """A purpose written with لـ on the trigger or on the light verb before it ("للقاء", "لشن
    هجمات"): no act of the sentence, so neither its place nor its date."""
    first = trig.first_token  # type: ignore[attr-defined]
    light = first > 0 and tokens[first - 1].norm in _TO_LAUNCH
    return (light or written_with_li(text, tokens, trig)) and is_purpose(text, tokens, trig)


def written_with_li(text: str, tokens: Sequence[Token], trig: object) -> bool:
    """The trigger carries لـ ("للمطالبة", "لبحث"), not the article ("الاجتماع")."""
    prefix = normalize(text[tokens[trig.first_token].start : trig.start])  # type: ignore[attr-defined]
    return prefix.endswith("ل") and not prefix.endswith("ال")


_STEP = {normalize(w) for w in ("خطوة", "خطوه", "إطار", "اطار")}


def _governed_by_li(tokens: Sequence[Token], first: int) -> bool:
    """A verb of ``GOVERNS_LI`` stands before ``first`` with no punctuation between (its subject
    may: "تعرضت مواقع لحزب العمال في جبال قنديل لقصف")."""
    for j in range(first - 1, max(-1, first - 1 - _LI_REACH), -1):
        if tokens[j].norm in GOVERNS_LI:
            return True
        if not tokens[j].is_word:
            return False
    return False


_LI_REACH = 10
#: verbs whose object takes لـ: a masdar after them is what they met, not an aim
GOVERNS_LI = {normalize(w) for w in ("تصدى", "تصدت", "تصدوا", "وتصدت", "وتصدى", "تعرض", "تعرضت",
                                     "تعرضوا", "وتعرض", "وتعرضت", "خضع", "خضعت", "وخضعت")}
