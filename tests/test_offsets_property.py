"""Offsets hold for any text: tokens and mentions point at themselves, sentences are ordered."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.recognise.ner import recognise
from rasid.recognise.tagger import NerTagger
from rasid.segment import split_sentences, tokenize

ARABIC = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
PIECES = (
    ARABIC
    + ["ال", "و", "بال", "لل", "بغداد", "محمد", "الرئيس", "في", "الأمم المتحدة"]
    + [chr(c) for c in range(0x064B, 0x0653)]  # diacritics
    + ["\u0640", "\u0670", "\u200c", "\u200f"]  # tatweel, superscript alef, controls
    + ["ﺑﻐﺪﺍﺩ", "ﻻ", "ﻹ", "ﷲ", "ﷺ", "﴾", "ڤ", "پ"]  # presentation forms, Persian letters
    + list("0123456789٠١٢٣٤٥٦٧٨٩")
    + list(".,;:!?؟،؛…-()[]«»“”„\"'")
    + [" ", "  ", "\n", "\t", "\u00a0", "\n\n"]
    + ["abc", "Reuters"]
)
texts = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


def _check_tokens(text: str) -> list:
    toks = tokenize(text)
    prev_end = 0
    for t in toks:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= prev_end
        prev_end = t.end
    return toks


@settings(max_examples=300, deadline=None)
@given(texts)
def test_token_and_sentence_offsets(text: str) -> None:
    toks = _check_tokens(text)
    sents = split_sentences(text, toks)
    prev_end, prev_last = 0, 0
    for s in sents:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.start >= prev_end
        assert s.first_token == prev_last and s.first_token < s.last_token
        prev_end, prev_last = s.end, s.last_token
    assert prev_last == len(toks)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_mention_offsets(text: str) -> None:
    tagger = NerTagger.load()
    toks = _check_tokens(text)
    mentions = recognise(text, toks, split_sentences(text, toks), tagger)
    prev = (-1, -1)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert (m.start, m.end) >= prev
        prev = (m.start, m.end)
