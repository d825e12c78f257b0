"""Quotations and their speakers, on sentences written for these tests: each mark, each cue
verb, indirect "أن/إن" speech, a cue after the quotation, and what is not a quotation."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _quotes(text: str) -> list[tuple[str | None, str, str]]:
    """(speaker code, cue, quoted text) of each quote."""
    record = process(Article("q", text, date(2022, 5, 1)))
    return [(q["speaker"]["code"] if q["speaker"] else None, q["cue"], text[q["start"] : q["end"]])
            for q in record["quotes"]]


@pytest.mark.parametrize("text, speaker, cue, quoted", [
    # “ ” with قال
    ("قال وزير الخارجية العراقي فؤاد حسين “إن بلاده لن تسمح باستخدام أراضيها منطلقا للاعتداء على "
     "دول الجوار”.", "IRQ-GOV", "قال",
     "إن بلاده لن تسمح باستخدام أراضيها منطلقا للاعتداء على دول الجوار"),
    # « » with أكد
    ("أكد الرئيس اللبناني ميشال عون «أن الجيش سيبقى الضامن الوحيد للأمن والاستقرار في البلاد».",
     "LBN-GOV", "أكد", "أن الجيش سيبقى الضامن الوحيد للأمن والاستقرار في البلاد"),
    # straight quotes with وأضاف
    ('وأضاف المتحدث باسم الجيش الإسرائيلي "سنواصل العمليات حتى تحقيق جميع الأهداف التي حددتها '
     'الحكومة".', "ISR-MIL", "وأضاف", "سنواصل العمليات حتى تحقيق جميع الأهداف التي حددتها الحكومة"),
    # „ “ with أشار
    ("أشار وزير الدفاع التركي خلوصي أكار إلى „أن العمليات ستستمر حتى القضاء على آخر إرهابي في "
     "المنطقة“.", "TUR-MIL", "أشار", "أن العمليات ستستمر حتى القضاء على آخر إرهابي في المنطقة"),
    # شدد على “…”
    ("شدد العاهل الأردني الملك عبد الله الثاني على “ضرورة وقف الحرب فورا وإدخال المساعدات إلى "
     "قطاع غزة”.", "JOR-GOV", "شدد", "ضرورة وقف الحرب فورا وإدخال المساعدات إلى قطاع غزة"),
    # أعلن «…»: an institution as speaker
    ("أعلن الجيش السوري «أن وحداته استعادت السيطرة الكاملة على بلدة خان شيخون بعد معارك عنيفة».",
     "SYR-MIL", "أعلن", "أن وحداته استعادت السيطرة الكاملة على بلدة خان شيخون بعد معارك عنيفة"),
    # ” for both marks
    ("وقال نائب وزير الخارجية السوري فيصل المقداد ” نحن بحاجة إلى مزيد من التنسيق مع الجيش "
     "العراقي في محاربة الإرهاب”.", "SYR-GOV", "وقال",
     "نحن بحاجة إلى مزيد من التنسيق مع الجيش العراقي في محاربة الإرهاب"),
    # the cue and the speaker after the quotation
    ("«لن نسمح لأي جهة بالعبث بأمن البلاد واستقرارها»، قال رئيس الوزراء العراقي محمد شياع "
     "السوداني.", "IRQ-GOV", "قال", "لن نسمح لأي جهة بالعبث بأمن البلاد واستقرارها"),
])
def test_direct_quotes(text: str, speaker: str, cue: str, quoted: str) -> None:
    assert _quotes(text) == [(speaker, cue, quoted)]


@pytest.mark.parametrize("text, speaker, cue, starts", [
    ("اعتبر رئيس الوزراء العراقي مصطفى الكاظمي أن القصف التركي على دهوك انتهاك صارخ للسيادة "
     "العراقية.", "IRQ-GOV", "اعتبر", "القصف التركي"),
    ("قالت وزارة الخارجية السعودية إن المملكة ترحب بكل جهد يفضي إلى حل سياسي شامل في اليمن.",
     "SAU-GOV", "قالت", "المملكة ترحب"),
    ("وأكد وزير الخارجية الإيراني حسين أمير عبد اللهيان أن طهران مستعدة للحوار مع دول الجوار دون "
     "شروط مسبقة.", "IRN-GOV", "وأكد", "طهران مستعدة"),
])
def test_indirect_speech(text: str, speaker: str, cue: str, starts: str) -> None:
    [(who, verb, quoted)] = _quotes(text)
    assert (who, verb) == (speaker, cue) and quoted.startswith(starts)


@pytest.mark.parametrize("text, speaker", [
    # "في تصريح صحفي": a press statement, not a journalist; the city's police chief speaks
    ("وقال قائد شرطة البصرة اللواء عباس ناجي في تصريح صحفي إن «العملية جاءت بناء على معلومات "
     "استخبارية دقيقة».", "IRQ-COP"),
    ("وقال مدير شرطة محافظة نينوى في مؤتمر صحفي إن القوات اعتقلت خمسة مطلوبين.", "IRQ-COP"),
])
def test_the_speaker_of_a_press_statement_is_who_made_it(text: str, speaker: str) -> None:
    assert [who for who, _, _ in _quotes(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # an organ placed in a town is its country's, not that of the nationality the report names most
    ("قالت وزارة الصحة في غزة إن الغارات الإسرائيلية أسفرت عن مقتل 30 شخصا.", "PSE-MED"),
    ("قالت السلطات في طرابلس إن الاشتباكات مع القوات التركية أسفرت عن مقتل 5 أشخاص.", "LBY-GOV"),
    # ... but one named by its own nationality keeps it
    ("قالت وزارة الصحة الإسرائيلية في القدس إن ثلاثة إسرائيليين قتلوا في الهجوم.", "ISR-MED"),
])
def test_an_organ_placed_in_a_town_is_its_country_s(text: str, speaker: str) -> None:
    assert [who for who, _, _ in _quotes(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "وقال الموقع الإسرائيلي إن الجيش يستعد لعملية واسعة في جنوب لبنان، نقلا عن مصادر عسكرية.",
    "وقالت القاعدة الأمريكية في بيان إن الهجوم لم يسفر عن إصابات.",
])
def test_a_website_or_a_base_is_no_army_and_no_al_qaeda_speaking(text: str) -> None:
    assert not [who for who, _, _ in _quotes(text) if who in ("ISR-MIL", "AQ")]


def test_a_body_belonging_to_an_army_is_not_found_across_the_speaker_s_words() -> None:
    text = "قالت هيئة البث الإسرائيلية إن الجنود التابعين للجيش الإسرائيلي قتلوا فلسطينيا في جنين."
    assert [who for who, _, _ in _quotes(text)] == ["ISR-JRN"]


@pytest.mark.parametrize("text", [
    "رفع المتظاهرون لافتات كتب عليها «لا للفساد» في ساحة التحرير.",  # a slogan: too short, no cue
    "تنشر الصحيفة يوميا مقالات عن “الإصلاح الاقتصادي في العالم العربي والتحديات التي تواجهه”.",
    "وصل وفد من «قوات الحشد الشعبي» إلى مدينة الموصل صباح اليوم.",  # a name in quotation marks
    'قال تلفزيون "روداو" الكردي إن القيادي قتل في غارة.',  # an outlet's name right after قال
])
def test_not_quotes(text: str) -> None:
    assert _quotes(text) == []


def test_speaker_after_quote_is_not_taken_from_inside_it() -> None:
    text = "«إن الغارات الإسرائيلية على سوريا تهدد أمن المنطقة بأكملها»، قال مصدر مطلع."
    assert [(who, cue) for who, cue, _ in _quotes(text)] == [(None, "قال")]


def test_an_outlet_carrying_an_official_s_words_is_not_the_speaker() -> None:
    from datetime import date

    from rasid.model import Article
    from rasid.pipeline import process

    text = ('ونقلت وكالة الأنباء التركية الرسمية على لسان المتحدث باسم الخارجية التركية قوله: '
            '"إن أنقرة ترفض بشدة أي اعتداء على بعثاتها الدبلوماسية في الخارج".')
    [quote] = process(Article("q", text, date(2021, 6, 10)))["quotes"]
    assert quote["speaker"]["code"] == "TUR-GOV"


def test_a_short_quotation_right_after_a_verb_of_saying_is_one_and_its_speaker_goes_on() -> None:
    text = ("قال وزير الخارجية العراقي فؤاد حسين في طهران: «إن العراق لن يسمح باستخدام أراضيه منطلقا "
            "للاعتداء على دول الجوار».\nوأضاف أن \"التنسيق الأمني بين البلدين مستمر\".")
    assert _quotes(text)[1] == ("IRQ-GOV", "وأضاف", "التنسيق الأمني بين البلدين مستمر")


def test_a_participle_cue_goes_on_with_the_speaker_of_the_sentence_not_a_word_quoted() -> None:
    text = ('قال وزير الخارجية الفرنسي إن "عشرات الرجال والنساء والأطفال قد قتلوا بالأسلحة الكيميائية" '
            'مضيفا أنه "تم تجاوز الخط الأحمر".')
    assert [(who, cue) for who, cue, _ in _quotes(text)] == [("FRA-GOV", "قال"), ("FRA-GOV", "مضيفا")]


def test_the_ministry_named_again_bare_is_the_speaker() -> None:
    text = ("دانت وزارة الخارجية العراقية القصف التركي على سنجار.\nوقالت الوزارة في بيان إن \"هذه "
            "الاعتداءات المتكررة تمثل انتهاكا صارخا للسيادة العراقية\".")
    [(who, cue, _)] = _quotes(text)
    assert (who, cue) == ("IRQ-GOV", "وقالت")


@pytest.mark.parametrize("text, speaker, quoted", [
    # a question asked
    ("وتساءل وزير الخارجية المصري سامح شكري: «كيف يمكن للمجتمع الدولي أن يقبل بحصار مليوني إنسان؟»",
     "EGY-GOV", "كيف يمكن للمجتمع الدولي أن يقبل بحصار مليوني إنسان؟"),
    # "بحسب ما قال" between the quotation and its verb
    ("“الوضع الإنساني في المخيمات يزداد سوءا كل يوم”، بحسب ما قال مسؤول في الأمم المتحدة.",
     "UNO", "الوضع الإنساني في المخيمات يزداد سوءا كل يوم"),
    # a post: كتب … في تغريدة, the speaker named far from the marks
    ("كتب رئيس الوزراء العراقي محمد شياع السوداني في تغريدة على منصة إكس: «العراق لن يكون ساحة "
     "لتصفية الحسابات».", "IRQ-GOV", "العراق لن يكون ساحة لتصفية الحسابات"),
    # a short quotation opened by a colon, the verb far before it
    ("قال وزير الدفاع التركي يشار غولر: «لن نتراجع أبدا».", "TUR-MIL", "لن نتراجع أبدا"),
    # anonymous officials of a named service
    ("«الانفجار نجم عن عبوة ناسفة زرعت على جانب الطريق»، قال مسؤول عسكري عراقي.",
     "IRQ-MIL", "الانفجار نجم عن عبوة ناسفة زرعت على جانب الطريق"),
    ("وقال مصدر أمني سوري لوكالة الأنباء الألمانية: «المسلحون تسللوا من البادية ليلا وهاجموا الحاجز».",
     "SYR-COP", "المسلحون تسللوا من البادية ليلا وهاجموا الحاجز"),
    ("«بلادي ستواصل دعم الجيش اللبناني بكل الوسائل المتاحة»، قالت السفيرة الفرنسية في بيروت.",
     "FRA-GOV", "بلادي ستواصل دعم الجيش اللبناني بكل الوسائل المتاحة"),
])
def test_more_ways_to_introduce_a_quotation(text: str, speaker: str, quoted: str) -> None:
    assert [(q[0], q[2]) for q in _quotes(text)] == [(speaker, quoted)]


@pytest.mark.parametrize("text, speaker, quoted", [
    # indirect speech with بأنه, and an إن far into a sentence that names the occasion first
    ("أكد الجيش السوداني بأنه استعاد السيطرة على مقر الإذاعة والتلفزيون في أم درمان.", "SDN-MIL",
     "استعاد السيطرة على مقر الإذاعة والتلفزيون في أم درمان."),
    ("قال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني في مؤتمره الصحفي الأسبوعي في طهران "
     "إن بلاده لن تتفاوض تحت الضغط.", "IRN-GOV", "بلاده لن تتفاوض تحت الضغط."),
    # a name in quotation marks is no quotation, and it speaks
    ('قال "حزب الله" في بيان إن مقاتليه استهدفوا موقعا إسرائيليا قرب الحدود.', "HEZ",
     "مقاتليه استهدفوا موقعا إسرائيليا قرب الحدود."),
])
def test_indirect_speech_further_into_the_sentence(text: str, speaker: str, quoted: str) -> None:
    assert [(q[0], q[2]) for q in _quotes(text)] == [(speaker, quoted)]


def test_a_participle_goes_on_from_the_first_speaker_not_from_a_state_he_names() -> None:
    text = ("قال وزير الخارجية الأردني أيمن الصفدي إن إسرائيل تنتهك القانون الدولي في غزة، مؤكدا أن "
            "\"العالم كله يجب أن يتحرك لوقف هذه الحرب فورا\".")
    assert [(q[0], q[1], q[2]) for q in _quotes(text)] == [
        ("JOR-GOV", "قال", "إسرائيل تنتهك القانون الدولي في غزة"),
        ("JOR-GOV", "مؤكدا", "العالم كله يجب أن يتحرك لوقف هذه الحرب فورا"),
    ]


@pytest.mark.parametrize("text", [
    "رفع المحتجون لافتات كتب عليها «لا للفساد ولا للمحاصصة الطائفية في البلاد».",
    "نفذت القوات عملية «مخلب النسر» في شمال العراق أمس.",
])
def test_writing_on_a_banner_and_an_operation_s_name_are_no_speech(text: str) -> None:
    assert _quotes(text) == []


def test_a_participle_goes_on_from_the_verb_of_saying_that_opens_its_clause() -> None:
    text = ("قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للتفاوض، وقال الرئيس الأوكراني فولوديمير "
            "زيلينسكي إن كييف لن تتنازل، مؤكدا أن \"الحرب لن تنتهي قبل استعادة كل الأراضي المحتلة\".")
    assert [(q[0], q[1], q[2]) for q in _quotes(text)] == [
        ("RUS-GOV", "قال", "بلاده مستعدة للتفاوض"),
        ("UKR-GOV", "مؤكدا", "الحرب لن تنتهي قبل استعادة كل الأراضي المحتلة"),
    ]
