"""Quotations: quoted words (“ ” « » " „, and ” for both marks) and indirect "قال X إن …"
speech, with speakers.

A quote is kept when a cue verb (قال أكد أضاف أشار شدد أعلن اعتبر …) stands before it in
the same sentence, or right after its closing mark ("«…»، قال الوزير"); the speaker is the
actor named next to the cue, else the actor nearest before the cue.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from rasid.arabic.normalize import normalize
from rasid.model import ActorRef, Quote, Sentence, Token

CUES = {
    normalize(w)
    for w in (
        "قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "تؤكد", "أضاف", "أضافت", "وأضاف",
        "أشار", "أشارت", "يشير", "شدد", "شددت", "أعلن", "أعلنت", "اعتبر", "اعتبرت", "يعتبر",
        "أوضح", "أوضحت", "ذكر", "ذكرت", "صرح", "صرحت", "أفاد", "أفادت", "تابع", "تابعت",
        "مؤكدا", "مضيفا", "مشيرا", "معتبرا", "موضحا", "بالقول", "قائلا", "قائلة", "نقل", "نقلت",
        "ويقول", "وتقول", "لفت", "لفتت", "تساءل", "تساءلت", "تعهد", "تعهدت", "ختم", "ختمت",
        "حذر", "حذرت", "نفى", "نفت",
    )  # not "بين": far more often "between" than "explained"
}
#: "كتب في تغريدة", "كتبت على حسابها": writing is a cue where it is posted, not "لافتات كتب عليها"
_WROTE = {normalize(w) for w in ("كتب", "كتبت", "وكتب", "وكتبت")}
_POSTS = tuple(normalize(w) for w in ("تغريد", "حساب", "منصة", "صفحت", "منشور"))
#: "…"، بحسب ما قال مسؤول: words that link a quotation to the verb after it
_LINKS = {normalize(w) for w in ("بحسب", "حسب", "حسبما", "وفق", "وفقا", "كما", "ما")}
#: ”…” too, as some writers use ” for both marks, when the first ” stands apart from the word
#: before it (as rasid.segment reads it)
_QUOTE_RE = re.compile(
    r"“[^”\n]{3,}”|«[^»\n]{3,}»|„[^“”\n]{3,}[“”]|\"[^\"\n]{3,}\"|(?<![^\s:])”[^”“\n]{3,}”"
)
#: fewer words in quotation marks are a name or a scare quote ("قوات الحشد الشعبي"), not speech
_MIN_QUOTE_WORDS = 6
_INDIRECT = {normalize(w) for w in ("إن", "ان", "أن", "بأن", "إنه", "إنها", "انه", "انها", "بأنه", "بأنها", "فإن")}
#: how far into its sentence the "إن" of "قال X … إن" may stand (a titled speaker, a place, an occasion)
_INDIRECT_REACH = 20


def _cue_before(tokens: Sequence[Token], first: int, index: int) -> int | None:
    for i in range(index - 1, first - 1, -1):
        if _is_cue(tokens[i].norm) or _posted(tokens, i, index):
            return i
    return None


def _cue_after(tokens: Sequence[Token], first: int, last: int, after: int) -> int | None:
    """A cue verb right after a closing quotation mark (punctuation and "بحسب ما" between them
    allowed)."""
    i = next((k for k in range(first, last) if tokens[k].start >= after), last)
    while i < last and not tokens[i].is_word and tokens[i].text in "،,:-–—":
        i += 1
    for _ in range(2):
        if i < last and tokens[i].norm in _LINKS:
            i += 1
    return i if i < last and (_is_cue(tokens[i].norm) or _posted(tokens, i, last)) else None


def _is_cue(norm: str) -> bool:
    stem = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return norm in CUES or stem in CUES


def _posted(tokens: Sequence[Token], i: int, last: int) -> bool:
    """"كتب الوزير في تغريدة": a post is words said."""
    return tokens[i].norm in _WROTE and any(post in tokens[j].norm for j in range(i + 1, min(last, i + 12))
                                            for post in _POSTS)


_VOICE = {normalize(w) for w in ("لسان", "عن")}


def _voiced_by(tokens: Sequence[Token], a: ActorRef) -> bool:
    """The actor is named right after "على لسان" or "عن" (whose words an outlet carries)."""
    k = bisect_right(tokens, a.start, key=lambda t: t.start) - 1  # the token the actor starts in
    if k < 0 or not tokens[k].start <= a.start < tokens[k].end:
        return False
    return k > 0 and (tokens[k - 1].norm in _VOICE
                                        or a.start > tokens[k].start and tokens[k].text[:1] == "ل"
                                        and k > 1 and tokens[k - 1].norm == normalize("على"))


def _speaker(actors: Sequence[ActorRef], tokens: Sequence[Token], cue: int,
             quote_start: int) -> ActorRef | None:
    cue_end = tokens[cue].end
    after = [a for a in actors if cue_end <= a.start < quote_start and a.start - cue_end < 60]
    if after:  # "نقلت الوكالة على لسان المتحدث قوله", "نقلت الوكالة عن الوزير": the voice, not the outlet
        voiced = [a for a in after if _voiced_by(tokens, a)]
        return (voiced or [a for a in after if a.actor.sector != "JRN"] or after)[0]
    before = [a for a in actors if a.end <= tokens[cue].start and tokens[cue].start - a.end < 80]
    return before[-1] if before else None


def find_quotes(
    text: str, tokens: Sequence[Token], sentences: Sequence[Sentence], actors: Sequence[ActorRef]
) -> list[Quote]:
    quotes: list[Quote] = []
    last: tuple[int, ActorRef | None] = (-2, None)  # the sentence and speaker of the last quotation
    for k, sent in enumerate(sentences):
        seg = text[sent.start : sent.end]
        kept = []  # (start, end, cue, cue before the quotation)
        for m in _QUOTE_RE.finditer(seg):
            start, end = _inside(text, sent.start + m.start(), sent.start + m.end())
            idx = next((i for i in range(sent.first_token, sent.last_token)
                        if tokens[i].start >= start - 1), sent.last_token)
            cue = _cue_before(tokens, sent.first_token, idx)
            after = _cue_after(tokens, sent.first_token, sent.last_token, end + 1) if cue is None else None
            words = len(m.group().split())
            if words < _MIN_QUOTE_WORDS and not (words >= _MIN_CUED and (
                    cue is not None and (idx - cue <= _CUED or _colon_before(text, sent.start, start - 1))
                    or after is not None)):
                continue  # a few words in marks are a quotation only right after a verb of saying
            if cue is not None or after is not None:
                kept.append((start, end, cue if cue is not None else after, cue is not None))
        # no one inside the quotations speaks them ("قال "حزب الله" إن": a name in marks is no quotation)
        sent_actors = [a for a in actors if sent.start <= a.start and a.end <= sent.end
                       and not any(s - 1 <= a.start <= e for s, e, _, _ in kept)]
        for start, end, cue, before in kept:
            if before:
                speaker = _speaker(sent_actors, tokens, _first_voice(tokens, sent.first_token, cue), start) \
                    or _went_on(tokens[cue].norm, k, last)
            else:  # "«…»، قال الوزير": the cue and the speaker follow the quotation
                outside = [a for a in sent_actors if a.end <= start or a.start >= end]
                speaker = _speaker(outside, tokens, cue, sent.end)
            quotes.append(Quote(start, end, speaker, tokens[cue].text))
            last = (k, speaker)
        opened = kept[0][0] if kept else sent.end  # "قال X إن …، مؤكدا أن «…»": speech before the marks
        for i in range(sent.first_token, min(sent.last_token, sent.first_token + _INDIRECT_REACH)):
            if tokens[i].start >= opened:
                break
            if tokens[i].norm in _INDIRECT and i + 1 < sent.last_token:
                if kept and not (kept[0][3] and kept[0][2] > i + 1):
                    break  # "وأضاف أن "…"": the marks hold what he said
                cue = _cue_before(tokens, sent.first_token, i)
                if cue is None:
                    continue
                speaker = _speaker(sent_actors, tokens, cue, tokens[i].start) or _went_on(tokens[cue].norm, k, last)
                if speaker is None:
                    break
                end = sent.end if not kept else _clause_end(text, tokens, i, kept[0][2])
                quotes.insert(len(quotes) - len(kept), Quote(tokens[i + 1].start, end, speaker, tokens[cue].text))
                last = (k, speaker) if not kept else last
                break
    return quotes


def _colon_before(text: str, first: int, k: int) -> bool:
    """"قال وزير الدفاع: «لن نتوقف أبدا»": a colon opens the quotation."""
    return text[first:k].rstrip().endswith(":")


def _first_voice(tokens: Sequence[Token], first: int, cue: int) -> int:
    """"قال الصفدي إن …، مؤكدا أن «…»": a participle goes on from the verb of saying that opens
    its clause (the sentence's first, or the last one with و: "قال بوتين …، وقال زيلينسكي …،
    مؤكدا"), whose speaker it shares, not a party named in the words reported between."""
    if tokens[cue].norm not in PARTICIPLES:
        return cue
    opening = [i for i in range(first, cue) if _is_cue(tokens[i].norm) and tokens[i].norm not in PARTICIPLES
               and (i == first or tokens[i].norm[:1] == "و")]
    return opening[-1] if opening else cue


def _clause_end(text: str, tokens: Sequence[Token], i: int, cue: int) -> int:
    """The end of the words reported after "إن" that a participle's quotation follows, or that
    the next verb of saying closes ("قال بوتين إن …، وقال زيلينسكي")."""
    end = tokens[next((k for k in range(i + 1, cue) if _is_cue(tokens[k].norm)), cue)].start
    while end > tokens[i].end and (text[end - 1].isspace() or text[end - 1] in "،,"):
        end -= 1
    return end


#: "وأضاف أن …", "وتابع: «…»", "مضيفا أنه «…»": the speaker before goes on
_GOES_ON = {normalize(w) for w in ("وأضاف", "وأضافت", "وتابع", "وتابعت", "واعتبر", "واعتبرت", "وأوضح",
                                   "وأوضحت", "وأشار", "وأشارت", "ولفت", "ولفتت", "وشدد", "وشددت", "وقال",
                                   "وقالت", "مضيفا", "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة", "مؤكدا",
                                   "مؤكدة", "معتبرا", "معتبرة", "لافتا", "لافتة")}
PARTICIPLES = {normalize(w) for w in ("مضيفا", "مضيفة", "مشيرا", "مشيرة", "موضحا", "موضحة", "مؤكدا", "مؤكدة",
                                       "معتبرا", "معتبرة", "لافتا", "لافتة", "قائلا", "قائلة")}
#: a cue this many tokens or fewer before the opening mark ("وأضاف أن "…""), and this many words
#: at least ("قال تلفزيون "روداو"", "مؤكدا "بلا اعتذار"" are no quotations)
_CUED = 2
_MIN_CUED = 3


def _went_on(cue: str, k: int, last: tuple[int, ActorRef | None]) -> ActorRef | None:
    """The last speaker, when the cue goes on from his words in this sentence or the one before."""
    return last[1] if cue in _GOES_ON and last[0] in (k - 1, k) else None


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted words (inside the marks) in ``text[start:end]``."""
    return [_inside(text, m.start(), m.end()) for m in _QUOTE_RE.finditer(text, start, end)
            if len(m.group().split()) >= _MIN_QUOTE_WORDS]


def _inside(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words of the match ``text[start:end]``: inside its marks, without the white
    space a writer may leave next to them (” نحن … ”)."""
    start, end = start + 1, end - 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
