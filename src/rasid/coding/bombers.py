"""Suicide bombers named as the doers of an act ("فجر انتحاري نفسه وسط سوق", "هاجم انتحاريون
مقرا للشرطة"): unidentified armed men, or the group named after them ("انتحاري من حركة
الشباب", joined later as the group's own fighters). The same words after the noun they describe
("هجوم انتحاري", "بتفجير انتحاري", "عملية انتحارية") are no party."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.normalize import normalize
from rasid.model import Actor, ActorRef, Token
from rasid.resolve.actors import ActorResolver

BOMBERS = {normalize(w) for w in (
    "انتحاري انتحاريا انتحاريان انتحاريين انتحاريون انتحارية انتحاريتان الانتحاري الانتحاريان "
    "الانتحاريين الانتحاريون الانتحارية").split()}
#: nouns "انتحاري" describes as an adjective
_DESCRIBED = {normalize(w) for w in (
    "هجوم هجوما هجمات الهجوم الهجمات هجومين تفجير تفجيرا تفجيرات التفجير التفجيرات عمل عملا "
    "العمل عملية العملية عمليات العمليات حزام حزاما الحزام أحزمة الأحزمة اعتداء الاعتداء "
    "سيارة السيارة شاحنة الشاحنة انفجار الانفجار استهداف اعتداءات مسيرة المسيرة مسيرات "
    "المسيرات طائرة طائرات الطائرات زورق زورقا الزورق زوارق الزوارق قارب قاربا مركبة دراجة "
    "سترة").split()}  # "مسيرات انتحارية", "بزورق انتحاري": drones and boats that blow up


def bombers(text: str, tokens: Sequence[Token]) -> list[ActorRef]:
    """Each suicide bomber named as a party, as unidentified armed men."""
    out: list[ActorRef] = []
    for i, tok in enumerate(tokens):
        norm = tok.norm[1:] if tok.norm[:1] == "و" and tok.norm[1:] in BOMBERS else tok.norm
        if not tok.is_word or norm not in BOMBERS or i and any(  # "بهجوم انتحاري": an adjective
                stem in _DESCRIBED for _, stem in proclitic_splits(tokens[i - 1].text)):
            continue
        if (armed := _armed_men()) is not None:
            begin = tok.end - len(norm) if norm != tok.norm else tok.start
            out.append(ActorRef(begin, tok.end, text[begin : tok.end], armed))
    return out


@cache
def _armed_men() -> Actor | None:
    return ActorResolver.load().resolve("مسلحون")


def bomber(ref: ActorRef) -> bool:
    """The party is a suicide bomber named as such ("انتحاري", "انتحاري من حركة الشباب")."""
    words = normalize(ref.text).split()
    return bool(words) and words[0].removeprefix("و") in BOMBERS
