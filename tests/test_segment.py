"""Sentence splitting and tokens on Arabic news text."""

from __future__ import annotations

import pytest

from rasid.segment import split_sentences, tokenize


def _sentences(text: str) -> list[str]:
    tokens = tokenize(text)
    return [text[s.start : s.end] for s in split_sentences(text, tokens)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # full stop, question mark (Arabic), exclamation
            "وصل الوزير إلى دمشق. هل تنجح المفاوضات؟ إنها لحظة تاريخية!",
            ["وصل الوزير إلى دمشق.", "هل تنجح المفاوضات؟", "إنها لحظة تاريخية!"],
        ),
        (  # Arabic comma and semicolon do not end a sentence
            "قصفت الطائرات مواقع في ريف حلب، وأسفر القصف عن أضرار؛ ولم ترد أنباء عن ضحايا.",
            ["قصفت الطائرات مواقع في ريف حلب، وأسفر القصف عن أضرار؛ ولم ترد أنباء عن ضحايا."],
        ),
        (  # decimal numbers and dates with dots or slashes stay whole
            "ارتفع التضخم إلى 3.5 في المئة منذ 2017/6/1. وتوقع البنك تحسنا في 2024.6.1 المقبل.",
            ["ارتفع التضخم إلى 3.5 في المئة منذ 2017/6/1.", "وتوقع البنك تحسنا في 2024.6.1 المقبل."],
        ),
        (  # one-letter abbreviation (د. for doctor)
            "التقى د. أحمد سالم وفدا طبيا. وبحث معه الأوضاع.",
            ["التقى د. أحمد سالم وفدا طبيا.", "وبحث معه الأوضاع."],
        ),
        (  # dotted abbreviations (a news agency)
            "ذكرت وكالة أ.ف.ب. أن الاجتماع انتهى. وغادر الوفد.",
            ["ذكرت وكالة أ.ف.ب. أن الاجتماع انتهى.", "وغادر الوفد."],
        ),
        (  # a full stop inside a quotation does not split it
            "وقال المتحدث: «لن نقبل بذلك. سنواصل العمل» وأضاف أن الحوار مستمر.",
            ["وقال المتحدث: «لن نقبل بذلك. سنواصل العمل» وأضاف أن الحوار مستمر."],
        ),
        (  # curly quotes, closing quote kept with the sentence
            "وقال الناطق “انتهت العملية.” ثم غادر القاعة.",
            ["وقال الناطق “انتهت العملية.”", "ثم غادر القاعة."],
        ),
        (  # low-high quotes: “ closes „ instead of opening a new quotation
            "قال الوزير „انتهى الاجتماع.“ وعاد إلى بغداد. "
            "وقال آخر „لن نتراجع. الحوار هو الطريق“ ثم غادر.",
            ["قال الوزير „انتهى الاجتماع.“", "وعاد إلى بغداد.",
             "وقال آخر „لن نتراجع. الحوار هو الطريق“ ثم غادر."],
        ),
        (  # a second straight-quoted passage is a quotation too
            'قال "انتهى." ثم قال "لن نقبل بذلك. سنواصل العمل" وغادر.',
            ['قال "انتهى."', 'ثم قال "لن نقبل بذلك. سنواصل العمل" وغادر.'],
        ),
        (  # web addresses and Latin abbreviations keep their dots
            "ونشر موقع www.aljazeera.net نص البيان. وأكدت وكالة U.S.News الخبر نفسه.",
            ["ونشر موقع www.aljazeera.net نص البيان.", "وأكدت وكالة U.S.News الخبر نفسه."],
        ),
        (  # a full stop with no space after it before an Arabic word still ends the sentence
            "أعلنت وزارة الصحة مقتل 5 أشخاص.وأصيب 10 آخرون بجروح.",
            ["أعلنت وزارة الصحة مقتل 5 أشخاص.", "وأصيب 10 آخرون بجروح."],
        ),
        (  # ellipsis
            "وتستمر الاشتباكات… ولا حل في الأفق.",
            ["وتستمر الاشتباكات…", "ولا حل في الأفق."],
        ),
        (  # an ellipsis leaning on the next word ("...إلخ") does not end the sentence
            "وطالب المحتجون بالماء والكهرباء والعمل ...إلخ. ثم تفرقوا بهدوء.",
            ["وطالب المحتجون بالماء والكهرباء والعمل ...إلخ.", "ثم تفرقوا بهدوء."],
        ),
        (  # a quotation opening the next sentence is not kept with the one before
            'انتهى الاجتماع. "لن نقبل بذلك" قال الوزير. ثم غادر.',
            ["انتهى الاجتماع.", '"لن نقبل بذلك" قال الوزير.', "ثم غادر."],
        ),
        (  # ” written as the opening mark too: the quotation still holds its full stops
            "وقال المقداد ” نحتاج إلى مزيد من التنسيق. هذا صحيح”.\nوأضاف أن التعاون مستمر. "
            "وتعهدت الحكومة بـ”مكافحة الإرهاب”. وفضلا عن” قسد ” تعمل قوات أخرى. ثم انتهى.",
            ["وقال المقداد ” نحتاج إلى مزيد من التنسيق. هذا صحيح”.", "وأضاف أن التعاون مستمر.",
             "وتعهدت الحكومة بـ”مكافحة الإرهاب”.", "وفضلا عن” قسد ” تعمل قوات أخرى.", "ثم انتهى."],
        ),
        (  # a run of end marks ends one sentence, at its last mark
            "هل هذا معقول؟! لا أحد يصدق ذلك!! ثم ماذا بعد...؟ لا جواب.",
            ["هل هذا معقول؟!", "لا أحد يصدق ذلك!!", "ثم ماذا بعد...؟", "لا جواب."],
        ),
        (  # newlines end titles and paragraphs
            "اجتماع أمني في عمّان\n\nعقد وزراء الداخلية اجتماعا في عمّان",
            ["اجتماع أمني في عمّان", "عقد وزراء الداخلية اجتماعا في عمّان"],
        ),
        (  # abbreviations inside brackets: an agency in a dateline, a title, a year of death
            "القاهرة (د.ب.أ) - أعلنت الوزارة. وقال الطبيب (د. محمد علي) إن الحالة خطيرة. "
            "ولد الشاعر عام 1950 (ت. 2010) في حلب.",
            ["القاهرة (د.ب.أ) - أعلنت الوزارة.", "وقال الطبيب (د. محمد علي) إن الحالة خطيرة.",
             "ولد الشاعر عام 1950 (ت. 2010) في حلب."],
        ),
        (  # a word ending in a vowel mark before the full stop is no abbreviation
            "استمر الحصار عشرين عامًا. وانتهى في 2004.",
            ["استمر الحصار عشرين عامًا.", "وانتهى في 2004."],
        ),
        (  # a quotation closed on ؟ or ! goes on after a comma; a full stop after it ends it
            "وتساءل «أين المساعدات؟»، مضيفا أن الوضع سيئ. وهتفوا «ارحل!»، قبل أن تفرقهم الشرطة. "
            "وقال: «لن نتراجع.». وأضاف أن الحرب مستمرة.",
            ["وتساءل «أين المساعدات؟»، مضيفا أن الوضع سيئ.", "وهتفوا «ارحل!»، قبل أن تفرقهم الشرطة.",
             "وقال: «لن نتراجع.».", "وأضاف أن الحرب مستمرة."],
        ),
        (  # the number of a list item begins its sentence
            "وتضمن الاتفاق:\n1. وقف إطلاق النار.\n2. تبادل الأسرى.\nوقتل 3.",
            ["وتضمن الاتفاق:", "1. وقف إطلاق النار.", "2. تبادل الأسرى.", "وقتل 3."],
        ),
        (  # mirrored curly quotes ”…“ close where they lean on a word
            "وقال: ”لن نتراجع“ ثم غادر القاعة. وأعلن الجيش مقتل 5 مسلحين. وأصيب 3 جنود في درعا.",
            ["وقال: ”لن نتراجع“ ثم غادر القاعة.", "وأعلن الجيش مقتل 5 مسلحين.", "وأصيب 3 جنود في درعا."],
        ),
        (  # a quotation closed on ! or ؟ and carried on by a preposition stays in its sentence
            "وهتف المتظاهرون «الشعب يريد إسقاط النظام!» في ساحة التحرير أمس. وتساءل النائب «إلى متى؟» "
            "خلال جلسة البرلمان.",
            ["وهتف المتظاهرون «الشعب يريد إسقاط النظام!» في ساحة التحرير أمس.",
             "وتساءل النائب «إلى متى؟» خلال جلسة البرلمان."],
        ),
        (  # a quotation inside a quotation: the inner full stop ends nothing
            "وقال المتحدث: «إن الرئيس قال لنا “لن نتراجع.” ثم غادر القاعة» وأضاف أن المفاوضات توقفت. وانتهى الاجتماع.",
            ["وقال المتحدث: «إن الرئيس قال لنا “لن نتراجع.” ثم غادر القاعة» وأضاف أن المفاوضات توقفت.",
             "وانتهى الاجتماع."],
        ),
        (  # marks inside brackets end no sentence: (...) (!) (الحرة؟) (… .)
            "وقال الوزير إن الحكومة (...) لن تتراجع عن قرارها في حلب. ووصف الهجوم بأنه دفاع (!) عن النفس. "
            "وأكد الضابط (وهو برتبة عقيد. رفض ذكر اسمه) أن القوات انسحبت.",
            ["وقال الوزير إن الحكومة (...) لن تتراجع عن قرارها في حلب.", "ووصف الهجوم بأنه دفاع (!) عن النفس.",
             "وأكد الضابط (وهو برتبة عقيد. رفض ذكر اسمه) أن القوات انسحبت."],
        ),
        (  # a letter after a number is a unit or era, not a title: "8 م." ends the sentence
            "ويبدأ حظر التجول الساعة 8 م. وينتهي الساعة 6 ص. وولد في دمشق عام 1950 م. ودرس في القاهرة.",
            ["ويبدأ حظر التجول الساعة 8 م.", "وينتهي الساعة 6 ص.", "وولد في دمشق عام 1950 م.", "ودرس في القاهرة."],
        ),
        (  # list items numbered inline after a colon
            "أبرز المطالب: 1. وقف القتال. 2. فتح المعابر. 3. الإفراج عن المعتقلين.",
            ["أبرز المطالب: 1. وقف القتال.", "2. فتح المعابر.", "3. الإفراج عن المعتقلين."],
        ),
        (  # ... but a quotation closed on a full stop, or a preposition opening a sentence, ends it
            "وقال الوزير: «لن نتراجع عن قرارنا.» وفي سياق متصل، أعلن الجيش مقتل ثلاثة مسلحين. "
            "وقال \"لن نسمح بذلك!\" في غضون ذلك، أعلن الجيش مقتل ثلاثة.",
            ["وقال الوزير: «لن نتراجع عن قرارنا.»", "وفي سياق متصل، أعلن الجيش مقتل ثلاثة مسلحين.",
             "وقال \"لن نسمح بذلك!\"", "في غضون ذلك، أعلن الجيش مقتل ثلاثة."],
        ),
        (  # a bracket never closed holds nothing open; an era's dotted letters end nothing
            "قال الرئيس إن الحكومة (التي تشكلت العام الماضي ستواصل عملها. وأضاف أن الانتخابات ستجري. "
            "وبنيت المدينة عام 300 ق.م على ضفاف النهر، وأخرى عام 200 ق. م. على الساحل.",
            ["قال الرئيس إن الحكومة (التي تشكلت العام الماضي ستواصل عملها.", "وأضاف أن الانتخابات ستجري.",
             "وبنيت المدينة عام 300 ق.م على ضفاف النهر، وأخرى عام 200 ق. م. على الساحل."],
        ),
        (  # a number after a colon is a count, not a list item, unless items follow
            "وبلغت حصيلة القتلى حتى مساء الأحد: 45. وقال مسؤول إن العدد سيرتفع.",
            ["وبلغت حصيلة القتلى حتى مساء الأحد: 45.", "وقال مسؤول إن العدد سيرتفع."],
        ),
        (  # Unicode's paragraph and line separators end a line; a Latin title keeps its name
            "قصف جوي على حلب\u2029قتل 5 أشخاص في حلب\u2028وقال Mr. Smith إنه سيزور بغداد.",
            ["قصف جوي على حلب", "قتل 5 أشخاص في حلب", "وقال Mr. Smith إنه سيزور بغداد."],
        ),
    ],
)
def test_segment_splits_arabic_news_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_segment_unclosed_quote_does_not_swallow_the_article() -> None:
    text = "قال \"إن الوضع خطير. " + "وأضاف أن القوات تتقدم. " * 40
    assert len(_sentences(text)) > 5


@pytest.mark.parametrize(
    "text, words",
    [
        ("وبالعراق", ["وبالعراق"]),
        ("الـعـراق", ["الـعـراق"]),  # tatweel stays inside the word
        ("قُتِلَ ١٢ شخصاً", ["قُتِلَ", "١٢", "شخصاً"]),
        ("(سانا)-", ["(", "سانا", ")", "-"]),
        ("F16 العراقية", ["F16", "العراقية"]),
        ("غزة ـ حماس", ["غزة", "ـ", "حماس"]),  # a lone tatweel is a dash, not a word
        ("بي\u200bروت وبي\u00adروت وبي\u200fروت", ["بي\u200bروت", "وبي\u00adروت", "وبي\u200fروت"]),  # invisible marks
    ],
)
def test_segment_tokens_keep_original_text(text: str, words: list[str]) -> None:
    tokens = tokenize(text)
    assert [t.text for t in tokens] == words
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_segment_token_norm_is_matching_form() -> None:
    [tok] = tokenize("الإرهابيّة")
    assert tok.norm == "الارهابيه"


def test_a_lone_tatweel_is_no_word_and_invisible_marks_vanish_from_the_matching_form() -> None:
    dash = tokenize("بيروت ـ حزب الله")[1]
    assert (dash.text, dash.is_word) == ("ـ", False)
    assert [t.norm for t in tokenize("بي\u200bروت بي\u00adروت بي\u2060روت")] == ["بيروت"] * 3


def test_a_dateline_ending_its_line_is_found() -> None:
    from rasid.arabic.datelines import datelines

    text = "بغداد – الجورنال\nقصفت الطائرات مواقع في الأنبار."
    assert datelines(text) and datelines(text)[0][0] == 0


@pytest.mark.parametrize("text, dateline", [
    ("دمشق (رويترز) - قال مصدر عسكري إن الطائرات قصفت مواقع.", "دمشق (رويترز) -"),
    ("الطارمية (العراق) - أعلنت مصادر أمنية مقتل أربعة جنود.", "الطارمية (العراق) -"),
    ("بيروت – أ ف ب: قال الجيش اللبناني إن دورية تعرضت لإطلاق نار.", "بيروت – أ ف ب:"),
    ("عمان، الأردن (CNN)-- أعلنت الحكومة إغلاق المعبر.", "عمان، الأردن (CNN)--"),
    ("بغداد - 12 آذار (رويترز) - قتل شخصان بانفجار.", "بغداد - 12 آذار (رويترز) -"),
    ("دمشق، 8 تشرين الأول/أكتوبر (أ ف ب) - قتل أربعة جنود.", "دمشق، 8 تشرين الأول/أكتوبر (أ ف ب) -"),
    ("لندن ـ «القدس العربي»: قتل 12 شخصا بقصف على إدلب.", "لندن ـ «القدس العربي»:"),
    ("دمشق-سانا\nأكد وزير الخارجية أن الحكومة ماضية.", "دمشق-سانا\n"),
    ("إسطنبول/ الأناضول\nقال الرئيس التركي إن بلاده سترد.", "إسطنبول/ الأناضول\n"),
    ("واشنطن- أ ف ب: أعلن البيت الأبيض فرض عقوبات.", "واشنطن- أ ف ب:"),
    ("\ufeffدمشق (رويترز) - قتل شخصان بانفجار.", "\ufeffدمشق (رويترز) -"),  # a byte-order mark first
    ("دمشق - (وكالات) - قتل العشرات جراء غارات روسية.", "دمشق - (وكالات) -"),
    ("غزة - وكالات - استشهد ثلاثة فلسطينيين في قصف.", "غزة - وكالات -"),
    # a day between dashes
    ("جدة - ٢١ أيار ٢٠٢٣ - وقّع ممثلو الطرفين اتفاقاً.", "جدة - ٢١ أيار ٢٠٢٣ -"),
    ("الخرطوم - الأحد 4 يونيو - فضت قوات الأمن الاعتصام.", "الخرطوم - الأحد 4 يونيو -"),
    # a bare place and a dash, then the report
    ("صنعاء - شنت طائرات أمريكية غارات على الحديدة.", "صنعاء - "),
])
def test_datelines_of_the_usual_shapes_are_found(text: str, dateline: str) -> None:
    from rasid.arabic.datelines import datelines

    assert [text[a:b] for a, b in datelines(text)] == [dateline]


@pytest.mark.parametrize("text", [
    "قال الوزير - في بيان: إن الحكومة ماضية في خطتها.",
    "وقال المتحدث (الذي رفض ذكر اسمه) - إن القوات انسحبت.",
    "القوات العراقية - وفق البيان - تقدمت نحو البلدة.",  # a clause between dashes
    "قتل 5 - 7 أشخاص في الهجوم - بحسب مصادر طبية.",  # numbers between dashes, but no month
])
def test_a_sentence_opening_with_a_verb_of_speech_is_no_dateline(text: str) -> None:
    from rasid.arabic.datelines import datelines

    assert datelines(text) == []


_WRAPPED = (
    "غارات جوية على ريف إدلب\n"
    "\n"
    "شنت طائرات حربية سلسلة غارات على بلدات في ريف إدلب الجنوبي صباح\n"
    "اليوم الأحد، ما أسفر عن مقتل أربعة مدنيين وإصابة سبعة آخرين بجروح،\n"
    "بحسب ما أفاد به الدفاع المدني في بيان نشره على موقعه الرسمي.\n"
    "وقال مسؤول محلي إن الغارات استهدفت سوقا شعبيا ومدرسة في بلدة\n"
    "كفرنبل، مضيفا أن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.\n"
)


def test_a_hard_wrapped_paragraph_keeps_its_sentences_whole() -> None:
    """Text wrapped at a fixed width (e-mail, copied PDF): a line break inside a sentence is a
    space, while the title line and the breaks after full stops still end sentences."""
    assert _sentences(_WRAPPED) == [
        "غارات جوية على ريف إدلب",
        _WRAPPED[_WRAPPED.index("شنت") : _WRAPPED.index("الرسمي.") + 7],
        _WRAPPED[_WRAPPED.index("وقال") : _WRAPPED.index("الأنقاض.") + 8],
    ]


def test_short_lines_without_marks_stay_apart() -> None:
    """A list of headlines, one per line, is not a wrapped paragraph."""
    text = ("مقتل جنديين بانفجار عبوة في درعا\n"
            "الرئيس اللبناني يستقبل وفدا أمميا\n"
            "إغلاق معبر حدودي بين العراق وسوريا\n"
            "احتجاجات في الخرطوم\n")
    assert _sentences(text) == text.strip().split("\n")


def test_one_paragraph_per_line_is_not_taken_for_wrapping() -> None:
    """Paragraph lines of any length that end without a mark (a feed's body) stay apart from
    the short title before them."""
    text = ("اجتماع أمني عراقي سوري في بغداد\n"
            "عقد وزيرا الداخلية العراقي والسوري اجتماعا في بغداد اليوم لبحث ضبط الحدود بين "
            "البلدين وتبادل المعلومات حول خلايا تنظيم داعش في المنطقة الصحراوية\n")
    assert len(_sentences(text)) == 2


def test_a_list_items_sentence_begins_after_its_bullet() -> None:
    text = "وأبرز ما جاء في التقرير:\n- اغتيال قيادي محلي بعبوة ناسفة في بلدة نوى.\n• مقتل جنديين في درعا."
    assert _sentences(text) == ["وأبرز ما جاء في التقرير:", "اغتيال قيادي محلي بعبوة ناسفة في بلدة نوى.",
                                "مقتل جنديين في درعا."]


def test_wrapping_is_found_in_a_narrow_column_and_past_one_long_line() -> None:
    forwarded = "---------- Forwarded message ---------- From: desk@example.org, Date: Sun, 10 Mar 2024, Subject: خبر\n"
    narrow = ("قالت مصادر أمنية عراقية إن قوة\n"
              "من الجيش اعتقلت خمسة مطلوبين في\n"
              "قضاء الطارمية شمالي بغداد أمس.\n")
    for text in (narrow, forwarded + _WRAPPED):
        sentences = _sentences(text)
        assert any(s.startswith("قالت") and s.endswith("أمس.") or s.startswith("شنت") and s.endswith("الرسمي.")
                   for s in sentences), sentences


def test_a_lone_carriage_return_ends_a_line() -> None:
    assert _sentences("اجتماع أمني في بغداد\rعقد الوزيران اجتماعا في بغداد أمس.") == [
        "اجتماع أمني في بغداد", "عقد الوزيران اجتماعا في بغداد أمس."]


def test_a_title_over_a_one_line_body_is_no_wrapped_paragraph() -> None:
    text = ("أكثر من 100 قتيل في تفجيرات انتحارية في مدينة الحلة\n"
            "أسفرت تفجيرات انتحارية في مدينة الحلة عن مقتل 108 أشخاص على الأقل يوم الأحد، "
            "وأعلن تنظيم داعش مسؤوليته عنها.")
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize("text", [
    # paragraphs a line each, some without their full stop: no line is cut mid-phrase
    "اعتقلت الشرطة التركية خمسة أشخاص في إسطنبول يشتبه بانتمائهم لتنظيم داعش\n"
    "وقصفت الطائرات الروسية مواقع للمعارضة المسلحة في ريف إدلب الجنوبي صباح اليوم\n"
    "وفي اليمن، شنت مقاتلات التحالف غارات على مواقع للحوثيين في محافظة مأرب.\n",
    # headlines of one width over a body sentence
    "أبرز العناوين\nالجيش السوري يستعيد السيطرة على بلدة في ريف حماة الشمالي\n"
    "الشرطة العراقية تعتقل خلية إرهابية في الأنبار غربي البلاد\n"
    "قال مسؤول عراقي إن الشرطة اعتقلت خمسة مشتبهين في الرمادي.\n",
])
def test_lines_of_their_own_are_not_taken_for_wrapping(text: str) -> None:
    assert _sentences(text) == [line for line in text.split("\n") if line]


@pytest.mark.parametrize("text", [
    "1- الإفراج عن الأسرى: تم الاتفاق على إطلاق سراح 50 أسيرا.",
    "أ- الشق السياسي: يتضمن تشكيل حكومة انتقالية.",
    "ترامب-بوتين: قمة جديدة في هلسنكي.",
])
def test_list_items_and_titles_with_a_dash_are_no_datelines(text: str) -> None:
    from rasid.arabic.datelines import datelines

    assert datelines(text) == []
