"""Trigger words that name an act without reporting it as news: the act those answerable for it
did ("محاسبة المسؤولين عن قتل المحتجين"), an invitation another act was made at ("بدعوة من"),
an announcement another party made and this one welcomes ("رحبت البعثة بإعلان وقف إطلاق النار")."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.model import Token


def answerable(tokens: Sequence[Token], k: int) -> bool:
    """"محاسبة المسؤولين عن قتل المحتجين": the act those to be held to account did, told before
    (not "اعتقال المسؤولين عن تفجير سوق مدينة الصدر مساء أمس": the bombing may be news)."""
    if k < 3 or tokens[k - 1].norm != "عن" or tokens[k - 2].norm not in _ANSWERABLE:
        return False
    j = k - 4 if k > 3 and tokens[k - 3].norm in _ALL else k - 3  # "بمحاسبة جميع المسؤولين عن"
    return tokens[j].norm.removeprefix("و").removeprefix("ب").removeprefix("ل") in _ACCOUNT


_ALL = {normalize(w) for w in ("جميع", "كل", "كافة")}
_ACCOUNT = {normalize(w) for w in ("محاسبة", "معاقبة", "ملاحقة", "محاكمة", "مساءلة", "تقديم")}
_ANSWERABLE = {normalize(w) for w in ("المسؤول", "المسؤولين", "المسؤولون", "المسؤولة", "مسؤولين",
                                      "مسؤولون", "مسؤولا", "والمسؤولين")}


def invited(tokens: Sequence[Token], k: int) -> bool:
    """"محادثات تستضيفها سويسرا بدعوة من الولايات المتحدة", "إضرابا بدعوة من النقابة": at the
    invitation or call of, said of another act, no request told (but "تقدمت الجزائر بطلب من الأمم
    المتحدة", "بطلب من أجل عقد جلسة": a request made)."""
    return k + 1 < len(tokens) and tokens[k].norm in _AT_CALL and tokens[k + 1].norm == _FROM \
        and not (k + 2 < len(tokens) and tokens[k + 2].norm == _SAKE) \
        and not any(t.norm.removeprefix("و") in _APPLIED for t in tokens[max(0, k - 4) : k])


_AT_CALL = {normalize(w) for w in ("بدعوة", "وبدعوة", "بطلب", "وبطلب")}
_FROM, _SAKE = normalize("من"), normalize("أجل")
_APPLIED = {normalize(w) for w in ("تقدم", "تقدمت", "تقدموا", "يتقدم", "تتقدم")}


def welcomed(tokens: Sequence[Token], k: int) -> bool:
    """"ورحبت البعثة الأممية بإعلان وقف إطلاق النار": another party's announcement, welcomed (the
    caller keeps it when the act's own parties follow: "رحب بإعلان انسحاب القوات الإسرائيلية")."""
    if k < 2 or tokens[k - 1].norm not in _ANNOUNCED:
        return False
    words = itertools.takewhile(lambda t: t.is_word, reversed(tokens[max(0, k - 12) : k - 1]))
    return any(t.norm in _WELCOME for t in words)


_ANNOUNCED = {normalize(w) for w in ("بإعلان", "بالإعلان", "بقرار", "بالقرار", "بإعلانه",
                                     "بإعلانها")}
_WELCOME = {normalize(p + w) for p in ("", "و") for w in (
    "رحب", "رحبت", "يرحب", "ترحب", "ترحيب", "مرحبا", "مرحبة", "أشاد", "أشادت", "ثمن", "ثمنت")}
