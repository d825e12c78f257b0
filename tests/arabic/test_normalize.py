"""Matching forms and clitic splits."""

from __future__ import annotations

import pytest

from rasid.arabic.clitics import proclitic_splits, suffix_splits
from rasid.arabic.normalize import normalize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("أحمد", "احمد"), ("إدلب", "ادلب"), ("آذار", "اذار"), ("ٱلله", "الله"),  # alef forms
        ("مستشفى", "مستشفي"), ("سورية", "سوريه"),  # alef maqsura, ta marbuta
        ("مؤتمر", "موتمر"), ("رئيس", "رييس"),  # hamza on waw / ya
        ("الـعـراق", "العراق"),  # tatweel
        ("قُتِلَ", "قتل"), ("شخصاً", "شخصا"),  # diacritics
        ("١٢/٥/٢٠٢٣", "12/5/2023"), ("۱۴۰۲", "1402"),  # Eastern Arabic and Persian digits
        ("F16", "f16"),
        ("\u200fدمشق\u200e", "دمشق"),  # bidi marks
    ],
)
def test_normalize_folds_variants(text: str, expected: str) -> None:
    assert normalize(text) == expected


@pytest.mark.parametrize(
    "word, stem",
    [
        ("وبغداد", "بغداد"), ("لسوريا", "سوريا"), ("بدمشق", "دمشق"), ("كالعادة", "العاده"),
        ("فالجيش", "الجيش"), ("والعراق", "العراق"), ("بالموصل", "الموصل"), ("للعراق", "العراق"),
        ("وللحكومة", "الحكومه"), ("وبالقوات", "القوات"),
    ],
)
def test_clitics_proclitic_splits_offer_the_stem(word: str, stem: str) -> None:
    assert stem in [s for _, s in proclitic_splits(word)]


def test_clitics_literal_reading_comes_first() -> None:
    assert proclitic_splits("بشار")[0] == (0, "بشار")


@pytest.mark.parametrize("word, stem, suffix", [("لقائه", "لقاي", "ه"), ("زيارتها", "زيارت", "ها"),
                                                ("استقبالهم", "استقبال", "هم")])
def test_clitics_suffix_splits(word: str, stem: str, suffix: str) -> None:
    assert (stem, suffix) in suffix_splits(normalize(word))
