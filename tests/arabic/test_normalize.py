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
        ("ڤلاديمير", "فلاديمير"), ("پاريس", "باريس"), ("چمچمال", "جمجمال"),  # Persian letters
        ("کرکوک", "كركوك"), ("ایران", "ايران"),  # Persian kaf and ya
        ("ﺑﻐﺪﺍﺩ", "بغداد"), ("ﻻ", "لا"), ("ﺇﺩﻟﺐ", "ادلب"),  # presentation forms (PDF text)
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
        # ل + a name whose article meets its own lam: two lams written for three
        ("للجنة", "اللجنه"), ("وللجنة", "اللجنه"), ("للاذقية", "اللاذقيه"), ("للطيفية", "اللطيفيه"),
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


def test_text_in_presentation_forms_is_read_as_words() -> None:
    """Arabic copied from a PDF often comes in presentation forms: the same words, the same
    event as the plain text."""
    from datetime import date

    from rasid.model import Article
    from rasid.pipeline import process
    from rasid.segment import tokenize

    shaped = "ﻗﺼﻔﺖ ﺍﻟﻄﺎﺋﺮﺍﺕ ﺍﻟﺮﻭﺳﻴﺔ ﻣﻮﺍﻗﻊ ﻓﻲ ﻣﺪﻳﻨﺔ ﺇﺩﻟﺐ ﺃﻣﺲ ﻣﺎ ﺃﺳﻔﺮ ﻋﻦ ﻣﻘﺘﻞ 5 ﻣﺪﻧﻴﻴﻦ."
    plain = "قصفت الطائرات الروسية مواقع في مدينة إدلب أمس ما أسفر عن مقتل 5 مدنيين."
    tokens = tokenize(shaped)
    assert [t.norm for t in tokens] == [t.norm for t in tokenize(plain)]
    assert all(shaped[t.start : t.end] == t.text for t in tokens)

    def coded(text: str) -> list[tuple]:
        events = process(Article("t", text, date(2022, 5, 1)))["events"]
        return [(e["event_type"], e["source"]["code"], e["location"]["name"], e["fatalities"])
                for e in events]

    assert coded(shaped) == coded(plain) == [("ASSAULT", "RUS-MIL", "Idlib", 5)]
