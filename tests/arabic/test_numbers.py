"""Numbers in Arabic news sentences written for these tests: digits with thousands marks and
decimal points, cardinal words of each size and gender, scale words, and vague quantities."""

from __future__ import annotations

from fractions import Fraction

import pytest

from rasid.arabic.numbers import read_number
from rasid.segment import tokenize


def _read(sentence: str, word: str) -> tuple[int | Fraction, str] | None:
    """The number read from the token ``word`` of ``sentence``, and the words it took."""
    tokens = tokenize(sentence)
    i = next(k for k, t in enumerate(tokens) if t.text == word)
    read = read_number(tokens, i, len(tokens))
    if read is None:
        return None
    value, end = read
    return value, sentence[tokens[i].start : tokens[end - 1].end]


@pytest.mark.parametrize("sentence, word, value, words", [
    ("قتل 27 شخصا في الكمين", "27", 27, "27"),
    ("وصل ١٢٠٠ لاجئ إلى الحدود", "١٢٠٠", 1200, "١٢٠٠"),
    ("نزح ١٬٢٠٠ شخص من القرية", "١", 1200, "١٬٢٠٠"),
    ("نزح 1,200 شخص من القرية", "1", 1200, "1,200"),
    ("عبر 1.200 لاجئ الحدود أمس", "1", 1200, "1.200"),
    ("بلغ عدد السكان 1,250,000 نسمة", "1", 1250000, "1,250,000"),
    ("ارتفع التضخم إلى 3.5 في المئة", "3", Fraction(7, 2), "3.5"),
    ("ارتفع التضخم إلى ٣٫٥ في المئة", "٣", Fraction(7, 2), "٣٫٥"),
    ("نزح ٢٫٥ مليون شخص خلال الحرب", "٢", 2500000, "٢٫٥ مليون"),
    ("وصل 3 آلاف جندي إلى المدينة", "3", 3000, "3 آلاف"),
    ("قتل ستين شخصا", "ستين", 60, "ستين"),
    ("أسفر الهجوم عن مقتل خمسة عشر جنديا", "خمسة", 15, "خمسة عشر"),
    ("قتلت إحدى عشرة امرأة", "إحدى", 11, "إحدى عشرة"),
    ("لقي اثنا عشر شخصا مصرعهم", "اثنا", 12, "اثنا عشر"),
    ("أصيب خمسة وعشرون مدنيا", "خمسة", 25, "خمسة وعشرون"),
    ("اعتقلت الشرطة ثلاثمئة شخص", "ثلاثمئة", 300, "ثلاثمئة"),
    ("اعتقلت الشرطة ثلاث مئة شخص", "ثلاث", 300, "ثلاث مئة"),
    ("اعتقلت الشرطة ثمانمائة شخص", "ثمانمائة", 800, "ثمانمائة"),
    ("أفرج عن مئة وعشرين معتقلا", "مئة", 120, "مئة وعشرين"),
    ("أفرج عن مئتي معتقل", "مئتي", 200, "مئتي"),
    ("نزح ثلاثة آلاف وخمسمئة شخص", "ثلاثة", 3500, "ثلاثة آلاف وخمسمئة"),
    ("نزح أحد عشر ألفا من السكان", "أحد", 11000, "أحد عشر ألفا"),
    ("نزح ألف شخص", "ألف", 1000, "ألف"),
    ("نزح ألفا شخص", "ألفا", 2000, "ألفا"),
    ("استقبل الأردن مليوني لاجئ", "مليوني", 2000000, "مليوني"),
    ("وخمسة قتلى سقطوا في القصف", "وخمسة", 5, "وخمسة"),
    # digits joined to و after a scale word; one thousand with its tanween; parts of a scale
    ("نزح 3 آلاف و500 شخص", "3", 3500, "3 آلاف و500"),
    ("بلغ عدد النازحين مليون و200 ألف نازح", "مليون", 1200000, "مليون و200 ألف"),
    ("بلغ عدد القتلى ألفًا", "ألفًا", 1000, "ألفًا"),
    ("لجأ نصف مليون سوري إلى الأردن", "نصف", 500000, "نصف مليون"),
    ("نزح مليون ونصف المليون شخص", "مليون", 1500000, "مليون ونصف المليون"),
    ("نزح مليون ونصف من السكان", "مليون", 1500000, "مليون ونصف"),
    # a second number after و is a range's other end, not a part of the first
    ("قتل ما بين 100 ألف و300 ألف شخص", "100", 100000, "100 ألف"),
    ("قتل ما بين ألف و1500 مدني", "ألف", 1000, "ألف"),
    ("انتهى الهجوم بـ3 قتلى", "بـ3", 3, "بـ3"),  # a number leaning on بـ with a tatweel
    ("قدرت المصادر عدد القتلى بـ1,200 شخص", "بـ1", 1200, "بـ1,200"),  # ... with its separators
    ("قدرت الخسائر بـ٢٫٥ مليون دولار", "بـ٢", 2500000, "بـ٢٫٥ مليون"),  # ... and its scale word
    ("قتل 5 جنود و25 مدنيا في الهجوم", "و25", 25, "و25"),  # digits behind و
])
def test_numbers_are_read_whole(sentence: str, word: str, value: int | Fraction,
                                words: str) -> None:
    assert _read(sentence, word) == (value, words)


@pytest.mark.parametrize("sentence, word", [
    ("سقط آلاف القتلى في المعارك", "آلاف"),  # thousands: a quantity, not a number
    ("قتل مئات المدنيين", "مئات"),
    ("أصيب عشرات الجنود", "عشرات"),
    ("وصل الوفد إلى بغداد", "الوفد"),
    ("قتل نصف المقاتلين في المعارك", "نصف"),  # half of them: no count
])
def test_vague_quantities_and_other_words_are_no_number(sentence: str, word: str) -> None:
    assert _read(sentence, word) is None
