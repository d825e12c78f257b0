"""ASSAULT modes from the weapons a sentence names (spec/PLOVER.md).

A trigger like "هجوم" or "استهدف" says nothing of the means; the sentence around it often does:
"بعبوة ناسفة" (explosives), "انتحاري" (suicide attack), "طائرة مسيرة" (drone), "مقاتلات" or
"غارة" (aerial), "قذائف المدفعية" (heavy weapons), "أطلق النار" (firearms), "غاز الخردل"
(unconventional), "بالحجارة" (primitive), "بالضرب" (beat). The first cue in the order below
wins: a suicide bombing is a suicide attack before it is an explosion, and air strikes "in answer
to a chemical attack" are aerial.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.normalize import normalize
from rasid.model import Token
from rasid.segment import tokenize

_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("suicide-attack", ("انتحاري", "انتحاريا", "انتحارية", "انتحاريين", "انتحاريون", "حزاما ناسفا", "حزام ناسف")),
    ("drone", ("مسيرة", "مسيرات", "مسيرتين", "مسيرتان", "المسير", "مسير", "درون", "بدون طيار",
               "دون طيار")),
    ("aerial", ("غارة", "غارات", "مقاتلات", "مقاتلة", "الطيران", "طائرات", "طائرات حربية", "طائرة حربية",
                "طائراتها", "طائراته", "مقاتلاتها", "مقاتلاته",
                "سلاح الجو", "القوات الجوية", "مروحية", "مروحيات", "جوية", "جوي", "جويا")),
    ("explosives", ("عبوة", "عبوات", "ناسفة", "مفخخة", "مفخخات", "لغم", "ألغام", "انفجار", "تفجير")),
    ("heavy-weapons", ("قذائف", "قذيفة", "قذيفتين", "مدفعية", "المدفعية", "صواريخ", "صاروخ", "صاروخا",
                       "صاروخين", "صاروخان", "صاروخية", "صاروخي", "صاروخيا", "هاون", "راجمات",
                       "دبابات", "مدفعي", "مدفعيا",
                       "كاتيوشا", "باليستي", "باليستية", "باليستيا")),
    ("firearms", ("رصاص", "الرصاص", "أطلق النار", "أطلقوا النار", "إطلاق النار", "بنادق", "قناص", "قناصة")),
    # used, not aimed at: "ضربات على منشآت الأسلحة الكيميائية" names the target, not the weapon
    ("unconventional", ("هجوم كيميائي", "هجوما كيميائيا", "بأسلحة كيميائية", "بالسلاح الكيميائي",
                        "بالأسلحة الكيميائية", "غاز الخردل", "غاز السارين", "غاز الكلور", "بالكلور",
                        "هجوم كيماوي", "هجوما كيماويا", "القصف الكيماوي", "قصف كيماوي", "بالسلاح الكيماوي",
                        "بالأسلحة الكيماوية", "بأسلحة كيماوية")),
    ("abduct", ("خطف", "اختطاف", "اختطفوا", "خطفوا")),
    ("sexual", ("اغتصاب", "اغتصب", "اغتصبوا", "الاغتصاب", "اعتداء جنسي", "العنف الجنسي")),
    ("torture", ("تعذيب", "التعذيب", "عذب", "عذبوا", "تحت التعذيب")),
    ("primitive", ("الحجارة", "بالحجارة", "الهراوات", "بالهراوات", "السكاكين", "بالسكاكين", "بسكين", "طعنا",
                   "بالعصي")),
    ("beat", ("بالضرب", "ضربا مبرحا", "الضرب المبرح")),
)
_SINGLE = {normalize(w): mode for mode, words in _CUES for w in words if " " not in w}
_PHRASES = [(tuple(normalize(x) for x in w.split()), mode) for mode, words in _CUES for w in words if " " in w]
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _mode in _PHRASES:
    _PHRASES_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _mode))
_ORDER = {mode: k for k, (mode, _) in enumerate(_CUES)}
#: words that open an outlet's name ("قناة المسيرة", "إذاعة فرنسا الدولية"), and all words
#: before which a weapon is only a name
OUTLETS = {normalize(w) for w in ("إذاعة", "قناة", "صحيفة", "وكالة", "تلفزيون", "راديو")}
_MEDIA = OUTLETS | {normalize(w) for w in ("موقع", "شبكة")}
#: "قاعدة عين الأسد الجوية": an air base's adjective names no air strike
_BASES = {normalize(w) for w in ("قاعدة", "القاعدة", "قواعد", "مطار", "المطار", "بقاعدة", "لقاعدة")}
_AIR = {normalize(w) for w in ("جوية", "الجوية", "جوي", "الجوي", "جويا")}
_GROUND = {normalize(w) for w in ("وبريا", "وبرية", "وبري", "والبرية", "والبري", "بريا", "برية",
                                   "بري", "البري", "البرية")}
#: "وقف إطلاق النار": a ceasefire names no shooting
_HALT = {normalize(w) for w in ("وقف", "ووقف", "لوقف", "بوقف", "وقفا", "ووقفا")}


def weapon_mode(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The ASSAULT mode the words of ``tokens[first:last]`` point to, or None."""
    found: set[str] = set()
    norms = [t.norm for t in tokens[first:last]]
    for i, tok in enumerate(tokens[first:last]):
        if not tok.is_word or i and norms[i - 1] in _MEDIA:
            continue  # "بحسب قناة المسيرة": a channel's name, not a drone
        ground = {*norms[i + 1 : i + 2], *norms[max(0, i - 2) : i]} & _GROUND
        if norms[i].removeprefix("و") in _AIR and (ground or {*norms[max(0, i - 4) : i]} & _BASES):
            continue  # "هجوما جويا وبريا", "هجوما بريا مدعوما جويا": by land too, no air strike
        for _, stem in proclitic_splits(tok.text):
            if stem in _SINGLE:
                found.add(_SINGLE[stem])
        for phrase, mode in _PHRASES_BY_FIRST.get(norms[i], ()):
            if tuple(norms[i : i + len(phrase)]) == phrase and not (i and norms[i - 1] in _HALT):
                found.add(mode)
    return min(found, key=_ORDER.__getitem__) if found else None


#: a weapon the sentence names that tells the trigger's own mode more exactly
_FINER = {("explosives", "suicide-attack"), ("aerial", "drone")}


_BY_CRAFT = tuple(normalize(w) for w in ("بطائر", "بمسير", "بالطائر", "بالمسير", "بدرون"))


def refined(mode: str | None, cue: str | None, doer: str = "", by: str = "") -> str | None:
    """The trigger's mode, or the weapon's when the trigger has none or the weapon says more:
    a suicide bombing is a suicide attack, a strike (غارة) by a drone is the drone's when the doer
    is named as one or ``by`` it, the words after the strike ("غارات بطائرات مسيرة"; not "غارات
    على منشأة لتصنيع الطائرات المسيرة")."""
    if mode == "aerial" and cue == "drone":
        named, means = tokenize(doer), tokenize(by)[:2]
        with_drones = bool(means) and means[0].norm.startswith(_BY_CRAFT) \
            and weapon_mode(means, 0, len(means)) == "drone"  # not "غارات بعد إطلاق مسيرة"
        return cue if with_drones or weapon_mode(named, 0, len(named)) == "drone" else mode
    return cue or mode if mode is None or (mode, cue) in _FINER else mode
