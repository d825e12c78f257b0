"""Named-entity mentions made whole with the resolvers' places and organisations.

The tagger finds most names; the gazetteer knows the places among them better, and the actor
lexicon the organisations (ANERcorp, which the tagger learnt from, leaves most ministries and
forces unmarked). Here a mention
of a place becomes GPE when the gazetteer knows it as a country, governorate or city (the LOC
of the tagger's label set refined), a place name the tagger cut short is widened to the
gazetteer's name ("درمان" → "أم درمان"), and a place the tagger missed ("بالموصل", "وذي قار") is
added as a mention of its own. A place's descriptor (مدينة، بلدة، محافظة …) is no part of its
name; a capital named by its country ("العاصمة السورية") and a point projected from a town
("50 كيلومترا شمال غرب كركوك") are places but not names. An organisation or armed group the
actor lexicon names ("قوات الدعم السريع", "الحوثيون", "يونامي"), or an institution named by its
office ("وزارة الداخلية العراقية", "خلية الإعلام الأمني"), is an ORG mention where the tagger
marked nothing or only names inside it ("بعثة [الأمم المتحدة] لمساعدة [العراق]"); a title before it
("مسؤول في", "الأمين العام لـ") is no part of it. A person's name the tagger cut short is
made as long as the person the actor lexicon knows ("عبد الفتاح" → "عبد الفتاح البرهان").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.normalize import normalize
from rasid.model import ActorRef, Mention, PlaceRef, Token
from rasid.recognise.commonness import rare
from rasid.resolve.actors import ActorResolver
from rasid.resolve.gazetteer import DESCRIPTORS

GPE_FEATURES = frozenset({"country", "admin1", "city"})
#: descriptors that only say what kind of place follows ("مدينة الرقة" → الرقة, "إقليم دارفور" →
#: دارفور); a countryside (ريف دمشق is a governorate's name) or a republic keeps its word
_KIND_WORDS = frozenset(w for w, f in DESCRIPTORS.items()
                        if f in ("admin1", "admin2", "city", "region", None)) | {normalize("إمارة")}
#: first words of places that are no town, though the gazetteer files them under one
_SITES = frozenset(normalize(w) for w in "مخيم معبر منفذ قاعدة مطار ميناء".split())
#: words a town's name may begin with, which the tagger leaves out ("أم [درمان]", "جسر [الشغور]")
_NAME_HEADS = frozenset(normalize(w) for w in (
    "أم أبو بني بنت عين تل رأس دير بيت جسر كفر خان سيدي جبل وادي مرج حمام باب قصر بئر ذي ذات"
    .split()))
#: words before a place the tagger missed that make it one ("في", "إلى", "قرب" …); without one,
#: a common word the gazetteer also knows as a far town ("بحق مدان": a convict, not Medan) is none
_BEFORE_PLACE = frozenset(normalize(w) for w in (
    "في إلى الى من على عن نحو قرب داخل خارج عبر حول شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط "
    "محيط أطراف ضواحي أنحاء بين ريف زار يزور تزور وصل غادر دخل".split()))
_WIDENING = _NAME_HEADS | _SITES
_CAPITAL = "العاصمه"
_RIF = "ريف"
#: the longest place name the gazetteer holds, in characters (to look names up by position)
_LONGEST_NAME = 80


def named_mentions(text: str, tokens: Sequence[Token], mentions: Sequence[Mention],
                   places: Sequence[PlaceRef], actors: Sequence[ActorRef]) -> list[Mention]:
    """The tagger's ``mentions`` made whole with the resolvers' places, organisations and
    persons (the three passes below, in that order)."""
    out = place_mentions(text, mentions, places)
    return person_mentions(text, org_mentions(text, tokens, out, actors), actors)


@dataclass(frozen=True, slots=True)
class _Name:
    """A place's name in the text: its span, where its descriptor starts, and its label."""

    start: int
    end: int
    full: int
    label: str


def place_mentions(text: str, mentions: Sequence[Mention],
                   places: Sequence[PlaceRef]) -> list[Mention]:
    """``mentions`` with places labelled GPE or LOC, widened to their names, and the places
    the tagger missed added (source ``gazetteer``); no two mentions overlap."""
    names = sorted((n for n in (_name(text, p) for p in places) if n is not None),
                   key=lambda n: n.full)
    starts = [n.full for n in names]
    out = []
    for m in mentions:
        if m.label in ("LOC", "GPE", "MISC"):
            near = names[bisect_left(starts, m.start - _LONGEST_NAME) : bisect_right(starts, m.end)]
            m = _refined(text, m, near)
        out.append(m)
    out = _disjoint(out)
    spans = [(m.start, m.end) for m in out]
    for n in names:
        k = bisect_left(spans, (n.end, -1))
        if not (k and spans[k - 1][1] > n.start) and _placed(text, n):
            out.append(Mention(n.start, n.end, n.label, text[n.start : n.end], source="gazetteer"))
    return _disjoint(out)


def _disjoint(mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions in text order, without repeats or overlaps: the earlier (then longer) one wins
    ("خان" and "يونس", both widened to "خان يونس", become one)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def _placed(text: str, n: _Name) -> bool:
    """Whether a place the tagger missed reads as one: named in two words or more, with its
    descriptor, behind a proclitic ("بالموصل") or after a word that leads to a place; or a word
    too rare in Arabic to be anything else."""
    word = text[n.start : n.end]
    if " " in word or n.full < n.start or n.start > 0 and not text[n.start - 1].isspace():
        return True
    before = text[max(0, n.full - 30) : n.full].split()
    return not before or any(s in _BEFORE_PLACE for _, s in proclitic_splits(before[-1])) \
        or rare(normalize(word))


def _refined(text: str, m: Mention, names: Sequence[_Name]) -> Mention:
    for n in names:
        if (n.start, n.end) == (m.start, m.end):
            return replace(m, label=n.label) if m.label != n.label else m  # ريف دمشق/MISC → GPE
        if m.label == "MISC":
            continue
        if (n.full, n.end) == (m.start, m.end):  # "مدينة العين": the name without its descriptor
            return replace(m, start=n.start, text=text[n.start : n.end], label=n.label)
        if n.start <= m.start and m.end <= n.end:
            head = _bare(text[n.start : n.end].split()[0])
            if m.start == n.start or normalize(head) in _WIDENING:  # أم درمان, مخيم جنين
                return replace(m, start=n.start, end=n.end, text=text[n.start : n.end],
                               label=n.label)
            return replace(m, label=n.label)  # إدلب of ريف إدلب: the governorate's name
        if m.start <= n.start and n.end <= m.end and n.end - n.start >= (m.end - m.start) * 0.6 \
                and n.label == "GPE":
            return replace(m, label="GPE")  # most of the mention is a city's name
    return m


def _name(text: str, p: PlaceRef) -> _Name | None:
    """The name of place ``p`` in ``text``, or None when it has none."""
    if p.place.feature == "point" and not p.place.place_id:
        return None  # a point projected from a town
    start, end = p.start, p.end
    words = text[start:end].split()
    first = _bare(words[0]) if words else ""
    if first == _CAPITAL and len(words) == 1:
        return None  # "العاصمة" alone names no place of its own (but "العاصمة تونس" does)
    if len(words) > 1 and first in _KIND_WORDS:
        start = text.index(words[1], start + len(words[0]))
    label = "GPE" if p.place.feature in GPE_FEATURES and first not in _SITES else "LOC"
    return _Name(start, end, p.start, label)


def _bare(word: str) -> str:
    """The word without its conjunction or preposition, when so read it is a descriptor."""
    splits = proclitic_splits(word)
    return next((s for _, s in splits if s in _KIND_WORDS or s in (_CAPITAL, _RIF) or s in _SITES),
                splits[0][1])


#: the first word of an office's name that makes it an organisation ("وزارة الصحة"), not a
#: person ("وزير الصحة") or a body of people ("القوات الأمنية")
_INSTITUTIONS = frozenset(normalize(w) for w in (
    "وزارة هيئة جهاز مجلس خلية قيادة مديرية مؤسسة محكمة برلمان وكالة مفوضية دفاع".split()))
#: words that make a lexicon phrase a description of a body or of one of its people, not its
#: name: "المبعوث الأممي" (the UN's envoy), "قوات الاحتلال" (Israel's forces), "الإعلام العبري"
_DESCRIBED = frozenset(normalize(w) for w in (
    "المبعوث مبعوث الأمين المتحدث الناطق الممثل ممثل السفير الاحتلال النظام الإرهاب الداعشي "
    "الإعلام إعلام وسائل".split()))
#: words around a name that call it names, count its men or are one of its people ("عصابات
#: داعش", "عناصر داعش", "تنظيم داعش الإرهابي", "عضو الكونغرس", "شيخ الأزهر"): the name is what
#: they enclose
_AROUND = frozenset(normalize(w) for w in (
    "عصابات عصابة عناصر خلايا فلول بقايا مسلحو مسلحي مقاتلو مقاتلي ميليشيا ميليشيات مليشيا مليشيات "
    "الإرهابي الإرهابية الإرهابيين التكفيري التكفيرية عضو أعضاء رئيس شيخ".split()))


def org_mentions(text: str, tokens: Sequence[Token], mentions: Sequence[Mention],
                 actors: Sequence[ActorRef]) -> list[Mention]:
    """``mentions`` with the organisations of ``actors`` the tagger missed added as ORG, in
    text order; mentions inside one (not a person's) give way to it."""
    ms = _disjoint(mentions)
    out: list[Mention] = []
    i = 0
    for start, end in _org_names(tokens, actors):
        while i < len(ms) and ms[i].end <= start:
            out.append(ms[i])
            i += 1
        if out and out[-1].end > start:
            continue  # another organisation's name runs into this one
        j = i
        while j < len(ms) and ms[j].start < end:
            j += 1
        inside = ms[i:j]
        if any(m.label == "PER" or m.start < start or m.end > end for m in inside):
            continue
        if len(inside) == 1 and inside[0].label != "ORG":
            continue  # سوق [دبي] المالي: the tagger's own reading of a name around a place
        out.append(Mention(start, end, "ORG", text[start:end], source="lexicon"))
        i = j
    return out + ms[i:]


def _org_names(tokens: Sequence[Token], actors: Sequence[ActorRef]) -> list[tuple[int, int]]:
    """(start, end) of each organisation's name among ``actors``, in text order."""
    matcher = ActorResolver.load().data.matcher
    ends = [t.end for t in tokens]
    out = []
    for a in actors:
        if a.actor.kind not in ("org", "group", "role") or a.end <= a.start:
            continue
        first = bisect_right(ends, a.start)
        last = bisect_left(ends, a.end) + 1
        if a.actor.kind == "role":  # "وزارة الداخلية العراقية", not "الجيش العراقي" or "جنديين"
            word = tokens[first].text[a.start - tokens[first].start :] if first < last else ""
            tail = tokens[last - 1].norm  # "محكمة جنايات [القاهرة]": a construct left open
            if last - first >= 2 and normalize(word).removeprefix("ال") in _INSTITUTIONS \
                    and tail.startswith("ال"):
                out.append((a.start, a.end))
            continue
        named = [m for m in matcher.find(tokens, first, last)
                 if any(p.type == "org" for p in m.payloads) and not _DESCRIBED & set(m.key)]
        if named:
            m = max(named, key=lambda m: (m.end - m.start, -m.start))
            words = [t for t in tokens[m.first_token : m.last_token] if t.is_word]
            while len(words) > 1 and any(w in _AROUND for _, w in proclitic_splits(words[0].text)):
                words = words[1:]
            while len(words) > 1 and words[-1].norm in _AROUND:
                words = words[:-1]
            out.append((max(m.start, words[0].start), min(m.end, words[-1].end)))
    return sorted(set(out))


def person_mentions(text: str, mentions: Sequence[Mention],
                    actors: Sequence[ActorRef]) -> list[Mention]:
    """``mentions`` (disjoint, in text order) with each PER mention that ends inside a person the
    actor lexicon knows taken to that person's last word, when no other mention is in the way."""
    people = sorted((a for a in actors if a.actor.kind == "person"), key=lambda a: a.start)
    starts = [a.start for a in people]
    out = list(mentions)
    for i, m in enumerate(out):
        if m.label != "PER":
            continue
        k = bisect_right(starts, m.start) - 1
        a = people[k] if k >= 0 else None
        if a is None or not m.end < a.end or i + 1 < len(out) and out[i + 1].start < a.end:
            continue
        rest = text[m.end : a.end]
        if rest.strip() and all(ch.isspace() or ch.isalpha() for ch in rest):
            out[i] = replace(m, end=a.end, text=text[m.start : a.end])
    return out
