"""A person named by name alone as the object of a force act ("اغتال مسلحون الخبير الأمني هشام
الهاشمي", "اعتقلت الشرطة العراقية أحمد عويد"): spec/ACTORS.md codes civilians, victims and
activists `CVL`, here of the state where it happened, else of the doer's, so that the act is not
lost for want of an office the actor lists know."""

from __future__ import annotations

from rasid.arabic.normalize import normalize
from rasid.coding.objects import object_word
from rasid.coding.parties import role_actor
from rasid.coding.triggers import TriggerMatch
from rasid.model import ActorRef, Doc, PlaceRef, Sentence
from rasid.resolve.capitals import nisba_country

#: words of description that may come before the name ("الخبير الأمني هشام الهاشمي"); any other
#: word ("الإرهابي", "الداعية", "المطلوب", "المرشح") gives a role this cannot code: no guess
_DESCRIPTION = 3
_CIVILIAN = {normalize(w) for w in (
    "الخبير الأمني الاستراتيجي الباحث المحامي المواطن الشاب الكاتب المدون الفنان المهندس "
    "الأكاديمي الطالب المسن الطفل الرجل المرأة السيدة الفتاة الأستاذ الدكتور الطبيب الروائي "
    "الشاعر المخرج الممثل الشيخ الصحافي").split()}


def named_victim(doc: Doc, sent: Sentence, trig: TriggerMatch, doer: ActorRef,
                 place: PlaceRef | None) -> ActorRef | None:
    """The person the act was done to, named right after it, as a civilian."""
    k = object_word(doc, sent, trig, doer)
    if k is None:
        return None
    j = k
    while j < min(sent.last_token - 1, k + _DESCRIPTION) and _civilian(doc.tokens[j].norm) \
            and not _person_at(doc, j):
        j += 1
    person = _person_at(doc, j)
    if person is not None and any(p.start <= doc.tokens[j].start and person <= p.end
                                  for p in doc.places):
        return None  # "اقتحمت القوات أبو غريب": a town named like a man
    country = place.place.country if place is not None and place.place.country \
        else doer.actor.country
    if person is None or not country:
        return None
    start = doc.tokens[k].start
    return ActorRef(start, person, doc.text[start:person], role_actor(country, "CVL"))


def _civilian(word: str) -> bool:
    """A word of a civilian's description: "الكاتب", "المحامية", a nationality ("العراقي")."""
    return word in _CIVILIAN or word.endswith("ه") and word[:-1] in _CIVILIAN \
        or word.startswith("ال") and nisba_country(word) is not None


def _person_at(doc: Doc, j: int) -> int | None:
    """The end of a person's name of two words or more that begins in token ``j``."""
    tok = doc.tokens[j]
    return next((m.end for m in doc.mentions if m.label == "PER" and tok.start <= m.start < tok.end
                 and len(m.text.split()) > 1), None)
