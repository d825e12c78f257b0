"""Acts named as background, no occurrence of the day (spec/GOLD.md): the act an anniversary
marks ("مع الذكرى الثانية لمقتل سليماني"), an imperfect verb going on for a time ("تتوعد منذ
أسابيع"), the topics a meeting discussed ("بحث اللقاء «التعاون الأمني ومنع تسلل عناصر داعش»")."""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.calendar import MONTH_WORDS, date_word
from rasid.arabic.normalize import normalize
from rasid.coding.clauses import SINCE
from rasid.coding.triggers import RELATIVE_WORDS, TriggerMatch
from rasid.model import Token

#: "الذكرى الثانية لمقتل سليماني": the act an anniversary marks is not told as news
_ANNIVERSARY = {normalize(w) for w in ("ذكرى", "الذكرى", "لذكرى", "بذكرى", "وذكرى", "بالذكرى",
                                       "للذكرى", "ذكراه", "ذكراها")}


def background(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """The trigger names an act an anniversary marks ("مع الذكرى الثانية لمقتل سليماني"), or an
    imperfect verb going on for a time ("فصائل … تتوعد منذ أسابيع بطرد القوات"): background,
    no occurrence (spec/GOLD.md)."""
    k = trig.first_token
    if trig.defn.pos == "noun" and trig.defn.event_type in ("COOPERATE", "AID") \
            and _after(tokens, k, _AGREEMENTS, 5):
        return True  # "وقعتا مذكرة تفاهم للتعاون الأمني وتبادل المعلومات": what it provides for
    listed = trig.defn.pos == "noun" or tokens[k].norm[:1] == "و"  # "وضبط الحدود ومنع تسلل"
    if trig.defn.event_type != "CONSULT" and listed and _discussed(tokens, k) \
            and not any(t.norm in RELATIVE_WORDS or date_word(t.norm) or t.norm in _WHEN
                        for t in tokens[trig.last_token : trig.last_token + 6]):
        return True  # "بحث اللقاء «التعاون الأمني … ومنع تسلل عناصر داعش»": topics (not "ناقش
        # المجلس الهجوم الذي شنته طائرات إسرائيلية أمس": an act told)
    for t in reversed(tokens[max(0, k - 10) : k] if trig.defn.pos == "noun" else ()):
        if not t.is_word:  # "… لمقتل سليماني بضربة أميركية": its means too (not "ذكرى النكبة
            break  # بمسيرات اعتقلت خلالها قوات الاحتلال": a verb tells an act of the day)
        if t.norm in _ANNIVERSARY:
            return True
    near = range(max(0, k - 8), min(len(tokens) - 1, trig.last_token + 8))
    if trig.defn.pos == "noun" and tokens[k].norm.endswith("ات") and any(
            tokens[j].norm in SINCE and _long(tokens[j + 1].norm) for j in near) \
            and not any(tokens[j].norm.removeprefix("و") in _DAYS for j in near):
        return True  # "ويشن الحوثيون منذ تشرين الثاني هجمات على سفن", "شن ضربات … منذ كانون الثاني"
    after = [t.norm for t in tokens[trig.last_token : trig.last_token + 4]]
    return trig.defn.imperfect and not trig.defn.future and trig.defn.pos == "verb" \
        and any(w in SINCE and i + 1 < len(after) and _long(after[i + 1])
                for i, w in enumerate(after[:2]))


#: a day told near the act: one occurrence, whatever spell it ends ("أمس، وهي الأعنف منذ أشهر")
_DAYS = {normalize(w) for w in ("أمس", "اليوم", "الليلة", "فجر", "صباح", "مساء", "ظهر", "يوم")}
#: how long something has gone on for it to be the setting, not the day's act ("منذ أسابيع",
#: "منذ 2017"; not "منذ صباح اليوم", "منذ ساعات")
_LONG = {normalize(w) for w in ("أسابيع", "أشهر", "شهور", "سنوات", "سنين", "أعوام", "عام",
                                "العام", "شهر", "الشهر", "مطلع", "بداية", "نهاية", "أواخر",
                                "أوائل")}


def _long(word: str) -> bool:
    return word in _LONG or word.isdigit() and len(word) == 4 or word in MONTH_WORDS


#: verbs and nouns of discussing: the acts named after them are what was discussed
_DISCUSS = {normalize(w) for w in (  # verbs only ("عمليات بحث وتفتيش" is a search)
    "بحث", "بحثا", "بحثوا", "بحثت", "وبحث", "وبحثت", "ناقش", "ناقشا", "ناقشت", "وناقش", "وناقشت",
    "تباحث", "تباحثا", "وبحثا")}
_SEARCH = {normalize(w) for w in ("عمليات", "عملية", "حملة", "حملات", "فرق", "خلال", "وخلال")}
#: the day or time of the act named: an act told, not a topic ("القصف التركي على سنجار أمس")
_WHEN = {normalize(w) for w in ("أمس", "امس", "اليوم", "الماضي", "الماضية", "فجر", "مساء")}
_TOPIC_REACH = 14
_NEW_CLAUSE = {normalize(w) for w in ("فيما", "بينما", "كما", "وقال", "وأضاف", "وأكد")}


def _discussed(tokens: Sequence[Token], k: int) -> bool:
    """An act noun a few words after a verb or noun of discussing, in the same clause."""
    return _after(tokens, k, _DISCUSS, _TOPIC_REACH)


#: the written agreements whose content is named after them
_AGREEMENTS = {normalize(w) for w in ("مذكرة", "مذكرات", "اتفاقية", "اتفاقيات", "معاهدة",
                                      "بروتوكول", "البروتوكول", "المذكرة", "الاتفاقية")}


def _after(tokens: Sequence[Token], k: int, words: set[str], reach: int) -> bool:
    """One of ``words`` stands fewer than ``reach`` tokens before ``k``, in the same clause."""
    for j in range(k - 1, max(-1, k - reach), -1):
        if tokens[j].text in ".؟!؛،," or tokens[j].norm in _NEW_CLAUSE:
            return False  # (not past a comma: "…، وفرقت قوات الأمن اعتصاما")
        if tokens[j].norm in words:
            return not (j and tokens[j - 1].norm in _SEARCH)  # "عمليات بحث وتفتيش"
    return False
