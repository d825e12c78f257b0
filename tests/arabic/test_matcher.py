"""PhraseMatcher: longest matches through proclitics and words written apart or together."""

from __future__ import annotations

from rasid.arabic.matcher import PhraseMatcher
from rasid.segment import tokenize


def _found(m: PhraseMatcher[str], text: str, strip: bool = True) -> list[tuple[str, str]]:
    toks = tokenize(text)
    return [(text[x.start : x.end], x.payloads[0]) for x in m.find(toks, strip_clitics=strip)]


def test_longest_match_through_proclitics() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("مجلس الأمن", "UNSC")
    m.add("مجلس", "COUNCIL")
    m.add("العراق", "IRQ")
    text = "دعا وزير خارجية العراق مجلسَ الأمن، وبالعراق لجنة من المجلس."
    assert _found(m, text) == [("العراق", "IRQ"), ("مجلسَ الأمن", "UNSC"), ("العراق", "IRQ"),
                               ("مجلس", "COUNCIL")]
    assert _found(m, text, strip=False) == [("العراق", "IRQ"), ("مجلسَ الأمن", "UNSC")]


def test_punctuation_ends_a_phrase() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("مجلس الأمن", "UNSC")
    assert _found(m, "اجتمع المجلس، مجلس. الأمن") == []


def test_words_written_apart_and_together() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("البوكمال", "TOWN")
    m.add("عين العرب", "KOBANI")
    text = "وصلت القافلة إلى البو كمال ثم إلى عينالعرب وفي البوكمال استراحت."
    assert _found(m, text) == [("البو كمال", "TOWN"), ("البوكمال", "TOWN")]


def test_phrases_added_after_a_search_are_found() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("دمشق", "DAM")
    text = "غادر الوفد دمشق إلى حلب."
    assert _found(m, text) == [("دمشق", "DAM")]
    m.add("حلب", "ALP")
    m.add("الوفد دمشق", "X")
    assert _found(m, text) == [("الوفد دمشق", "X"), ("حلب", "ALP")]


def test_a_two_letter_first_word_behind_proclitics_in_place_phrases() -> None:
    for short_first, want in ((True, [("تل أبيض", "TOWN"), ("تل تمر", "TOWN2")]), (False, [])):
        m: PhraseMatcher[str] = PhraseMatcher(short_first=short_first)
        m.add("تل أبيض", "TOWN")
        m.add("تل تمر", "TOWN2")
        m.add("لد", "WORD")  # a two-letter word alone is never read behind a proclitic
        assert _found(m, "وصلت القوات وتل أبيض وبتل تمر، ولد طفل") == want
