"""Named-entity mentions of a document, with spans into the original text.

The tagger sees every token of a sentence (words and punctuation, as in its training data);
mentions never start or end on punctuation. A leading proclitic (و ف ب ل ك, or لل) is left
out of a mention's span when the rest is the better-attested name: ``وبغداد`` → ``بغداد`` but
``لبنان`` stays whole; a form rasid's name lists know wins first (``وائل`` stays whole).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from rasid.arabic.matcher import skip_chars
from rasid.arabic.normalize import normalize
from rasid.model import Mention, Sentence, Token
from rasid.recognise.commonness import common

CONJ = ("و", "ف")
PREP = ("ب", "ل", "ك")
MIN_NAME = 2


class Tagger(Protocol):
    def tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]: ...


def _known(tagger: object, form: str) -> int:
    """How well attested a matching form is as a word or name (0 = unknown)."""
    known = getattr(tagger, "known", None)
    return int(known(form)) if known is not None else 0


def _prefix_candidates(norm: str) -> list[int]:
    """Proclitic lengths (in matching-form characters) that may be stripped, shortest first."""
    out = []
    rest, used = norm, 0
    if rest[:1] in CONJ and len(rest) - 1 >= MIN_NAME:
        rest, used = rest[1:], 1
        out.append(used)
    if rest[:1] in PREP and len(rest) - 1 >= MIN_NAME:
        out.append(used + 1)  # للبنان: ل + لبنان
    if rest.startswith("لل") and len(rest) - 2 >= MIN_NAME:
        out.append(used + 2)  # للعراق: ل + (ا)لعراق
    return out


def strip_proclitic(word: str, tagger: object = None) -> int:
    """Characters of ``word`` (original text) to leave out of a mention that starts with it."""
    norm = normalize(word)
    cands = _prefix_candidates(norm)
    if not cands:
        return 0
    listed = next((n for n in (0, *cands)
                   if _listed(tagger, "ال" + norm[n:] if norm[:n].endswith("لل") else norm[n:])),
                  None)
    if listed is not None:  # the least stripped form that rasid's lists name: وائل، ولؤي، وبغداد
        return skip_chars(word, listed) if listed else 0
    best_n, best_score = 0, _known(tagger, norm)
    for n in cands:
        score = _known(tagger, norm[n:])
        if score > best_score:
            best_n, best_score = n, score
    if best_n == 0 and best_score == 0 and norm[:1] in CONJ and len(norm) - 1 >= 3 \
            and not common(norm):
        best_n = 1  # an unknown word after و/ف: the conjunction is far likelier than a name
    return skip_chars(word, best_n) if best_n else 0


def _listed(tagger: object, form: str) -> bool:
    """Whether a matching form is in the tagger's hand-written or geographic name lists (kinds
    read from the training split, ``T…``/``t…``, do not count: ANERcorp splits some names)."""
    gazetteer = getattr(tagger, "gazetteer", None)
    return gazetteer is not None and any(k[0] not in "Tt" for k in gazetteer.kinds(form))


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans ``(start, end, label)`` of a BIO sequence, conlleval-style (an ``I-`` after
    ``O`` or after another label starts a new span)."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, t in enumerate([*tags, "O"]):
        bio, lab = (t.split("-", 1) + [""])[:2] if t != "O" else ("O", "")
        if start >= 0 and (bio != "I" or lab != label):
            out.append((start, i, label))
            start = -1
        if bio == "B" or (bio == "I" and start < 0):
            start, label = i, lab
    return out


def recognise(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    tagger: Tagger | None = None,
) -> list[Mention]:
    """Mentions of persons, organisations, places and other names, in text order."""
    if tagger is None:
        from rasid.recognise.tagger import NerTagger

        tagger = NerTagger.load()
    sents = [list(range(s.first_token, s.last_token)) for s in sentences]
    sents = [ix for ix in sents if ix]
    if not sents:
        return []
    all_tags = tagger.tag_many([[tokens[i].text for i in ix] for ix in sents])
    source = getattr(tagger, "source", "crf")
    out: list[Mention] = []
    for ix, tags in zip(sents, all_tags, strict=True):
        for a, b, label in bio_spans(tags):
            while a < b and not tokens[ix[a]].is_word:
                a += 1
            while b > a and not tokens[ix[b - 1]].is_word:
                b -= 1
            if a >= b:
                continue
            first, last = tokens[ix[a]], tokens[ix[b - 1]]
            start = first.start + strip_proclitic(first.text, tagger)
            end = last.end
            if start >= end:
                continue
            out.append(Mention(start, end, label, text[start:end], source))
    out.sort(key=lambda m: (m.start, m.end))
    return out
