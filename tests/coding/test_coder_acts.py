"""Which act a sentence reports, on sentences written for these tests: promises of help, grants and
asylum, threats against one's own side."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _dyads(text: str) -> set[tuple[str, str, str | None]]:
    events = process(Article("t", text, date(2023, 5, 10)))["events"]
    return {(e["event_type"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in events if not e["negated"] and not e["hypothetical"]}


@pytest.mark.parametrize("text, dyads", [
    # a promise of future help is an AGREE with whom it is promised to (spec/PLOVER.md)
    ("وعدت الولايات المتحدة أمس بتقديم مساعدات عسكرية جديدة لأوكرانيا.", {("AGREE", "USA-GOV", "UKR-GOV")}),
    ("وعد وزير الخارجية الأمريكي نظيره العراقي بدعم بلاده في حربها على الإرهاب.",
     {("AGREE", "USA-GOV", "IRQ-GOV")}),
    # a grant, asylum, a shipment: the giver stands between the verb and the gift
    ("قدمت السعودية أمس منحة بقيمة 100 مليون دولار للحكومة اليمنية.", {("AID", "SAU-GOV", "YEM-GOV")}),
    ("منحت ألمانيا اللجوء لعشرات العائلات السورية خلال الشهر الماضي.", {("AID", "DEU-GOV", "SYR-CVL")}),
    # migrants deported are civilians of the nationality named, a broken plural too
    ("رحلت السلطات التركية مئات المهاجرين الأفغان إلى بلادهم يوم الأحد.",
     {("COERCE", "TUR-GOV", "AFG-CVL")}),
    ("اعتقلت الشرطة الفرنسية عشرات المهاجرين المغاربة في باريس يوم الأحد.",
     {("COERCE", "FRA-COP", "MAR-CVL")}),
    # a resignation handed in is not a gift
    ("قدم وزير الخارجية العراقي استقالته أمس إلى رئيس الحكومة.", {("RETREAT", "IRQ-GOV", None)}),
    # a counterpart holds the same office (an interior minister's is the police's minister)
    ("بحث وزير الداخلية العراقي أمس مع نظيره التركي في أنقرة سبل ضبط الحدود.", {("CONSULT", "IRQ-COP", "TUR-COP")}),
    # a shelling as the subject of a verb of result, its doer after لـ
    ("أدى قصف للطيران الروسي على مدينة إدلب أمس إلى مقتل 12 مدنيا.", {("ASSAULT", "RUS-MIL", "SYR-CVL")}),
    # what is decided is a masdar, not a verb with its own subject
    ("قررت الحكومة الأردنية، أمس، طرد السفير الإيراني من أراضيها.", {("SANCTION", "JOR-GOV", "IRN-GOV")}),
    # a threat against a rebel group of one's own country names it
    ("قال وزير الدفاع التركي أمس إن بلاده لن تتردد في ضرب مواقع حزب العمال الكردستاني.",
     {("THREATEN", "TUR-GOV", "TUR-REB")}),
    # a formal complaint "ضد" a party accuses it; the body it goes to only hears it
    ("قدم لبنان شكوى إلى مجلس الأمن ضد إسرائيل.", {("ACCUSE", "LBN-GOV", "ISR-GOV")}),
    ("تقدم لبنان بشكوى إلى مجلس الأمن الدولي ضد الخروقات الإسرائيلية المتكررة.",
     {("ACCUSE", "LBN-GOV", "ISR-GOV")}),
    ("قدم المواطن شكوى إلى الشرطة بعد سرقة سيارته.", set()),
    # an exercise (تمرين) is joint cooperation, or an army's own show of force
    ("أجرى الجيشان السعودي والباكستاني تمرينا عسكريا مشتركا في تبوك.",
     {("COOPERATE", "SAU-MIL", "PAK-MIL")}),
    ("أجرى الحرس الثوري تمرينا عسكريا قرب مضيق هرمز.", {("MOBILIZE", "IRN-MIL", None)}),
    ("أجرى المنتخب الوطني تمرينه الأخير قبل المباراة.", set()),
    # a town's security directorate is its country's police, as the coast guard is
    ("اعتقلت مديرية أمن عدن ثلاثة مشتبه بهم.", {("COERCE", "YEM-COP", "YEM-CRM")}),
    ("أوقف الحرس البحري التونسي 312 مهاجرا قبالة سواحل صفاقس.", {("COERCE", "TUN-COP", "TUN-CVL")}),
    # a participle after a comma asks, as the subject of the sentence ("…، داعية X إلى"); the
    # same word after the article is a preacher
    ("أعربت الأمم المتحدة عن قلقها من تصاعد القتال، داعية الجيش الإسرائيلي وحزب الله إلى ضبط "
     "النفس.", {("REQUEST", "UNO", "ISR-MIL"), ("REQUEST", "UNO", "HEZ")}),
    ("أكد وزير الخارجية المصري دعم بلاده للبنان، مطالبا إسرائيل بوقف الغارات.",
     {("REQUEST", "EGY-GOV", "ISR-GOV")}),
    ("ألقى الداعية الإسلامي خطبة في المسجد.", set()),
    # a verb joined by "، و" goes on with the subject of the first: Britain withdraws its
    # ambassador (not Lebanon, named inside the order)
    ("أمرت الخارجية البريطانية يوم الأحد رعاياها بمغادرة لبنان فورا، وسحبت السفير.",
     {("SANCTION", "GBR-GOV", "LBN-GOV")}),
    # people counted "منهم" after an arrest are some of those named before
    ("أطلقت الشرطة الإيرانية الغاز المسيل للدموع على المحتجين في شهركرد واعتقلت 23 منهم.",
     {("ASSAULT", "IRN-COP", "IRN-CVL"), ("COERCE", "IRN-COP", "IRN-CVL")}),
    # a party's own craft and fighters told with a pronoun: its artillery, its mujahideen, a
    # drone "تابعة له"
    ("قال الجيش الإسرائيلي إن مدفعيته قصفت مواقع لحزب الله في محيط الخيام.",
     {("ASSAULT", "ISR-MIL", "HEZ")}),
    ("قال الجيش الإسرائيلي إن طائرة مسيرة تابعة له قصفت مبنى في بلدة الخيام كان يستخدمه عناصر من "
     "حزب الله.", {("ASSAULT", "ISR-MIL", "HEZ")}),
    ("أعلن حزب الله في بيان مساء أمس أن مجاهديه استهدفوا موقعا للجيش الإسرائيلي.",
     {("ASSAULT", "HEZ", "ISR-MIL")}),
    # a forum named by its country's adjective is that country's civil society, and so is "the
    # forum" named again
    ("أفاد المنتدى التونسي للحقوق الاقتصادية والاجتماعية بغرق قارب قبالة صفاقس. وحمّل المنتدى في "
     "بيان السلطات التونسية والاتحاد الأوروبي المسؤولية عن المآسي المتكررة.",
     {("ACCUSE", "TUN-SOC", "TUN-GOV"), ("ACCUSE", "TUN-SOC", "EUR")}),
    # a Maghreb mayor (عميد بلدية) is his government's, as رئيس بلدية is
    ("أعلن عميد بلدية سبها فرض حظر تجول في المدينة.", {("COERCE", "LBY-GOV", "LBY-CVL")}),
    # a truce named as the time of another act is no truce declared or observed
    ("قصفت قوات الدعم السريع أحياء في جنوب الفاشر بعد ساعات فقط من بدء سريان الهدنة، ما أسفر عن "
     "مقتل سبعة مدنيين.", {("ASSAULT", "SDN-REB", "SDN-CVL")}),
    ("بدأ سريان الهدنة بين الجيش السوداني وقوات الدعم السريع فجر اليوم.",
     {("RETREAT", "SDN-MIL", "SDN-REB")}),
    # a truce broken is not one declared
    ("خرقت قوات الدعم السريع الهدنة في الفاشر أمس.", set()),
    ("انتهكت إسرائيل وقف إطلاق النار في جنوب لبنان أمس.", set()),
    # a truce declared by two sides: each is the other's party to it
    ("أعلن الجيش السوداني وقوات الدعم السريع أمس الالتزام بهدنة لمدة 72 ساعة بوساطة سعودية.",
     {("CONCEDE", "SDN-MIL", "SDN-REB")}),
    # dispersing a crowd is crowd control, an ASSAULT on the protesters ("بالغاز" between)
    ("فرقت قوات الأمن العراقية بالغاز المسيل للدموع أمس مئات المتظاهرين في ساحة التحرير.",
     {("ASSAULT", "IRQ-COP", "IRQ-CVL")}),
    # ... whatever the gathering is called, or when it is a pronoun ("لتفريقهم")
    ("فرقت قوات الأمن الإيرانية بالقوة، مساء السبت، تجمعا لمئات المزارعين في مدينة شهركرد.",
     {("ASSAULT", "IRN-COP", "IRN-AGR")}),
    ("استخدمت قوات الدرك الغاز المسيل للدموع لتفريق «التجمع غير القانوني» في الكرك.",
     {("ASSAULT", "JOR-COP", "JOR-CVL")}),
    ("استخدمت فرق الدفاع المدني خراطيم المياه لإخماد حريق في تجمع سكني بغزة.", set()),
    ("تجمع مئات المحتجين أمام مبنى المحافظة في البصرة، قبل أن تطلق قوات الأمن الغاز المسيل "
     "للدموع لتفريقهم.", {("PROTEST", "IRQ-CVL", "IRQ-GOV"), ("ASSAULT", "IRQ-COP", "IRQ-CVL")}),
    # a protest staged by doctors in front of a ministry: they protest, the ministry is where
    ("نظم مئات الأطباء في الخرطوم أمس وقفة احتجاجية أمام وزارة الصحة.", {("PROTEST", "SDN-MED", "SDN-GOV")}),
    # an ambassador sent back restores relations; "التمثيل الدبلوماسي" is no diplomat
    ("أعلنت الإمارات أمس إعادة سفيرها إلى طهران بعد سنوات من خفض التمثيل الدبلوماسي.",
     {("SUPPORT", "ARE-GOV", "IRN-GOV")}),
    # a feminine verb after a comma goes on with the ministry; the masculine envoy is its object
    ("دانت وزارة الخارجية العراقية أمس القصف، واستدعت القائم بالأعمال التركي في بغداد.",
     {("SANCTION", "IRQ-GOV", "TUR-GOV")}),  # a condemnation of no one named is no event (spec/GOLD.md)
    # workers named by their company are the company's workers; their strike is against it
    ("أضرب أمس عمال شركة نفط البصرة عن العمل احتجاجا على تأخر رواتبهم.", {("PROTEST", "IRQ-LAB", "IRQ-BUS")}),
    # a court between أصدر and its sentence
    ("أصدرت المحكمة الجنائية المركزية في بغداد أمس أحكاما بحق خمسة متهمين بالإرهاب.",
     {("SANCTION", "IRQ-JUD", "IRQ-CRM")}),
    # congratulations and condolences sent are verbal support
    ("هنأ الرئيس المصري أمس نظيره التركي بفوزه في الانتخابات.", {("SUPPORT", "EGY-GOV", "TUR-GOV")}),
    ("بعث العاهل السعودي أمس برقية تعزية إلى الرئيس الإيراني في ضحايا الزلزال.", {("SUPPORT", "SAU-GOV", "IRN-GOV")}),
    # a threat made on behalf of one's own interests names no one threatened
    ("هدد الحرس الثوري الإيراني بالرد على أي هجوم يستهدف مصالح إيران في المنطقة.", set()),
])
def test_the_act_told(text: str, dyads: set[tuple[str, str, str | None]]) -> None:
    assert _dyads(text) == dyads


MEETING = "بحث مستشار الأمن الوطني العراقي قاسم الأعرجي أمس مع وزير الداخلية السوري في دمشق سبل تعزيز التعاون. "


def _events(text: str) -> list[dict]:
    return process(Article("t", text, date(2023, 5, 16)))["events"]


def test_the_two_sides_after_inna_agree_as_the_meeting_before_and_where_it_was() -> None:
    text = MEETING + "وقال بيان إن الجانبين اتفقا على تبادل المعلومات بشأن تحركات داعش في البادية السورية."
    [agree] = [e for e in _events(text) if e["event_type"] == "AGREE"]
    assert (agree["source"]["code"], agree["target"]["code"]) == ("IRQ-GOV", "SYR-COP")
    assert agree["location"] is None or agree["location"]["name"] != "Syrian Desert"  # what it is about
    assert not any(e["event_type"] == "COOPERATE" and not e["hypothetical"] for e in _events(text))


def test_a_meeting_told_as_before_the_visit_is_a_meeting_of_its_own() -> None:
    text = MEETING + "وتأتي الزيارة بعد أسبوعين من اجتماع عقده وزراء خارجية العراق وسوريا والأردن في عمّان."
    [summit] = [e for e in _events(text) if e["mode"] == "multilateral"]
    assert summit["location"]["name"] == "Amman"
    assert summit["date"]["start"] == "2023-05-01"


def test_a_press_conference_with_a_counterpart_abroad_is_a_visit_and_an_ongoing_state_no_act() -> None:
    text = ("قال وزير الخارجية العراقي فؤاد حسين، في مؤتمر صحفي مع نظيره الإيراني في طهران، إن "
            "الحدود آمنة.\nوأضاف أن \"التنسيق الأمني بين البلدين مستمر\".")
    events = [e for e in process(Article("t", text, date(2023, 8, 29)))["events"] if not e["hypothetical"]]
    assert [(e["event_type"], e["mode"], e["source"]["code"], e["target"]["code"], e["location"]["name"])
            for e in events] == [("CONSULT", "visit", "IRQ-GOV", "IRN-GOV", "Tehran")]


def test_min_huna_is_no_congratulation_whatever_the_hamza() -> None:
    text = "ومن هنا بدأت أمس المفاوضات بين الجانبين العراقي والسوري بمناسبة العيد."
    assert not any(kind == "SUPPORT" for kind, _, _ in _dyads(text))


@pytest.mark.parametrize("text, dyads", [
    # words that are also nouns: teams of ambulances, a march, protesters dispersing
    ("نقلت فرق الإسعاف أمس المتظاهرين المصابين إلى المستشفى.", set()),
    ("تفرق المتظاهرون أمس بعد ساعات من الاعتصام.", set()),
    ("أطلق الناشطون أمس مسيرة احتجاجية في البصرة.", {("PROTEST", "IRQ-CVL", "IRQ-GOV")}),
    # keeping a state out of conflicts, rules of engagement, weapons of mass destruction: no force
    ("دعا الحزب أمس إلى تحييد لبنان عن الصراعات الإقليمية.", {("REQUEST", "LBN-PTY", "LBN-GOV")}),
    ("قال الوزير أمس إن إيران لا تسعى لامتلاك أسلحة التدمير الشامل.", set()),
    # a name spelt like a verb form of condolence (عزت of عزى) is no act
    ("قال عزت الدوري أمس في تسجيل صوتي إن الحزب سيواصل القتال.", set()),
    # a single drone launched at a base
    ("أطلقت الفصائل العراقية أمس طائرة مسيرة على قاعدة حرير التي تضم قوات أمريكية في أربيل.",
     {("ASSAULT", "IRQ-REB", "USA-MIL")}),
])
def test_words_that_are_also_nouns(text: str, dyads: set[tuple[str, str, str | None]]) -> None:
    assert _dyads(text) == dyads


@pytest.mark.parametrize("text, dyads", [
    # the present tense of a title line tells the news itself
    ("الأمم المتحدة تطالب إسرائيل بوقف فوري لإطلاق النار في غزة\n\nقال المتحدث إن الوضع خطير.",
     {("REQUEST", "UNO", "ISR-GOV")}),
    # ... and so does a title alone (a feed of titles), but not a one-line sentence with its stop
    ("الجيش التركي يقصف مواقع لحزب العمال الكردستاني في شمال العراق",
     {("ASSAULT", "TUR-MIL", "TUR-REB")}),
    ("الجيش التركي يقصف مواقع لحزب العمال الكردستاني في شمال العراق كل أسبوع.", set()),
    # in the body, an undated present tense is a habit, not an occurrence
    ("قال المتحدث إن الوضع خطير.\nوالأمم المتحدة تطالب إسرائيل دائما بوقف إطلاق النار في غزة.", set()),
    # a title with a full stop is a sentence like the others
    ("الأمم المتحدة تطالب إسرائيل بوقف إطلاق النار في غزة.\nقال المتحدث إن الوضع خطير.", set()),
    # a trend of acts, or how often they happen, is no occurrence
    ("حملت الخارجية الفلسطينية أمس الحكومة الإسرائيلية المسؤولية عن تصاعد اعتداءات المستوطنين في الضفة.",
     {("ACCUSE", "PSE-GOV", "ISR-GOV")}),
    ("وقال المتحدث إن إسرائيل نادرا ما تؤكد غاراتها على أهداف في سوريا.", set()),
    # a series of strikes is an occurrence
    ("شنت الطائرات الروسية أمس سلسلة غارات على ريف إدلب أسفرت عن مقتل ثلاثة مدنيين.",
     {("ASSAULT", "RUS-MIL", "SYR-CVL")}),
    # a withdrawal or release told in the future with س is a declared concession (PLOVER folds
    # future RETREAT into CONCEDE), not a hypothetical
    ("قالت الحكومة السورية أمس إنها سيفرج عن المعتقلين.", {("CONCEDE", "SYR-GOV", None)}),
    # ... also told alone, with its troops counted; a deadline is its content, not its date
    ("ستسحب الولايات المتحدة 500 جندي من العراق بحلول نهاية العام.",
     {("CONCEDE", "USA-GOV", None)}),
    ("ستسحب تركيا قواتها من قاعدة بعشيقة بحلول نهاية الشهر المقبل.",
     {("CONCEDE", "TUR-GOV", None)}),
    # aid told in the future is a promise (PLOVER folds future AID into AGREE)
    ("ستقدم الولايات المتحدة مساعدات بقيمة 100 مليون دولار للسودان.",
     {("AGREE", "USA-GOV", "SDN-GOV")}),
    ("أعلنت الحكومة الألمانية أمس أنها ستقدم مساعدات بقيمة 50 مليون يورو للسودان.",
     {("AGREE", "DEU-GOV", "SDN-GOV")}),
    # ... and in the present, undated, a habit
    ("تقدم الولايات المتحدة مساعدات للأردن.", set()),
    # one demanded is no concession
    ("طالبت بغداد أمس أنقرة بأن تنسحب قواتها من شمال العراق.", {("REQUEST", "IRQ-GOV", "TUR-GOV")}),
])
def test_titles_trends_habits_and_declared_retreats(text: str,
                                                     dyads: set[tuple[str, str, str | None]]) -> None:
    assert _dyads(text) == dyads


@pytest.mark.parametrize("text", [
    "الأمم المتحدة تطالب إسرائيل بوقف فوري لإطلاق النار في غزة\n\nقال المتحدث إن الوضع خطير.",
    "الجيش التركي يقصف مواقع لحزب العمال الكردستاني في شمال العراق",
])
def test_a_title_s_present_tense_is_dated_the_day_it_is_published(text: str) -> None:
    [event] = process(Article("t", text, date(2024, 3, 10)))["events"]
    assert event["date"] == {"text": None, "start": "2024-03-10", "end": "2024-03-10"}


@pytest.mark.parametrize("text, coded", [
    # things seized, sites blocked, services cut: told by a verb, they need no party as target
    ("ضبطت قوات حرس الحدود العراقية يوم الأحد شحنة من الأسلحة قرب منفذ القائم.",
     ("COERCE", "seize", "IRQ-COP", None)),
    ("صادرت السلطات الإسرائيلية يوم الثلاثاء مئات الدونمات من أراضي قرية عقربا.",
     ("COERCE", "seize", "ISR-GOV", None)),
    ("حجبت السلطات المصرية يوم الأربعاء عشرات المواقع الإخبارية.",
     ("COERCE", "censor", "EGY-GOV", None)),
    # a vessel held is seized, people held on a boat are arrested; a channel's office closed
    ("احتجزت القوات البحرية الإيرانية سفينة تجارية في الخليج يوم الأحد.",
     ("COERCE", "seize", "IRN-MIL", None)),
    ("احتجزت البحرية الليبية 20 مهاجرا سوريا على متن قارب قبالة سواحل زوارة.",
     ("COERCE", "arrest", "LBY-MIL", "SYR-CVL")),
    ("أغلقت السلطات المصرية مكتب قناة الجزيرة في القاهرة يوم الأحد.",
     ("COERCE", "censor", "EGY-GOV", "QAT-JRN")),
    # broadcasts stopped, told by the verb or as the act announced; the radio is its country's
    ("أوقفت السلطات في بوركينا فاسو يوم الأحد بث إذاعة فرنسا الدولية.",
     ("COERCE", "censor", "BFA-GOV", "FRA-JRN")),
    ("أعلن المجلس العسكري الحاكم في بوركينا فاسو، الأحد، تعليق بث إذاعة فرنسا الدولية في البلاد.",
     ("COERCE", "censor", "BFA-GOV", "FRA-JRN")),
    # companies sanctioned where they are seated are that country's business, not its state
    ("فرضت وزارة الخزانة الأمريكية يوم الأحد عقوبات على ثلاث شركات مقرها الإمارات.",
     ("SANCTION", None, "USA-GOV", "ARE-BUS")),
    # activities banned; an envoy ordered out; captives handed over
    ("حظرت السلطات في مالي يوم الأحد أنشطة الأحزاب السياسية.",
     ("COERCE", "restrict", "MLI-GOV", "MLI-PTY")),
    ("أمرت الحكومة الصومالية يوم الأحد السفير الإثيوبي بمغادرة البلاد.",
     ("SANCTION", "expel", "SOM-GOV", "ETH-GOV")),
    ("سلمت حركة حماس يوم الأحد أربع رهائن إسرائيليات إلى اللجنة الدولية للصليب الأحمر.",
     ("RETREAT", "release", "PSE-REB", "ISR-CVL")),
    # an aid convoy that arrived is aid, not a visit; sent to a town, it is for the town's people
    ("وصلت قافلة مساعدات أرسلها برنامج الأغذية العالمي إلى مدينة الفاشر يوم الأحد.",
     ("AID", None, "UNO", "SDN-CVL")),
    ("أرسلت الأمم المتحدة قافلة مساعدات إنسانية إلى مدينة الفاشر المحاصرة يوم الأحد.",
     ("AID", None, "UNO", "SDN-CVL")),
    # ... and whose it is an adjective after it may tell
    ("وصلت قافلة مساعدات أممية تضم 30 شاحنة إلى مدينة الفاشر يوم الأحد.",
     ("AID", None, "UNO", "SDN-CVL")),
    ("وصلت قافلة مساعدات إنسانية سعودية إلى مدينة تعز يوم الأحد.",
     ("AID", None, "SAU-GOV", "YEM-CVL")),
    # aid handed over or handed out to people counted
    ("سلم برنامج الأغذية العالمي مساعدات غذائية لآلاف النازحين في الفاشر يوم الأحد.",
     ("AID", None, "UNO", "SDN-REF")),
    ("وزعت منظمة الصحة العالمية مساعدات طبية على مستشفيات مدينة غزة يوم الأحد.",
     ("AID", None, "UNO", "PSE-MED")),
    # a device that went off (انفجرت) near a party's post: an attack on it, no one hurt a toll of 0
    ("انفجرت سيارة مفخخة قرب حاجز للجيش اللبناني في بلدة عرسال يوم الأحد دون وقوع إصابات.",
     ("ASSAULT", "explosives", "UNK", "LBN-MIL")),
    # how long the captives were held ("كانت تحتجزهم منذ أشهر") is not when they were freed
    ("أفرجت جماعة الحوثي يوم الأحد عن 13 صيادا مصريا كانت تحتجزهم منذ أشهر.",
     ("RETREAT", "release", "YEM-REB", "EGY-CVL")),
    # a raid told again as arrests is an arrest
    ("داهمت قوة أمنية منزلا في حي الجهاد ببغداد يوم الأحد واعتقلت ثلاثة مطلوبين.",
     ("COERCE", "arrest", "IRQ-COP", "IRQ-CRM")),
    # weapons deployed, their batteries no attack; a video of them is no deployment
    ("نشر الجيش التركي بطاريات صواريخ على الحدود مع سوريا أمس.",
     ("MOBILIZE", "weapons", "TUR-MIL", None)),
    # a crossing closed with no other side named ("مع سوريا") is still a closure
    ("أغلقت السلطات المصرية معبر رفح يوم الأحد أمام حركة المسافرين.",
     ("COERCE", "restrict", "EGY-GOV", None)),
    ("أغلقت السلطات العراقية منفذ طريبيل الحدودي أمام الشاحنات يوم الخميس.",
     ("COERCE", "restrict", "IRQ-GOV", None)),
    # a service cut falls on the people of the place, else of the cutter's own country
    ("قطعت إسرائيل الكهرباء والمياه عن قطاع غزة يوم الخميس.", ("COERCE", "withhold", "ISR-GOV", "PSE-CVL")),
    ("أوقفت السلطات الإسرائيلية إمدادات الوقود إلى قطاع غزة يوم الخميس.",
     ("COERCE", "withhold", "ISR-GOV", "PSE-CVL")),
    ("قطعت السلطات الإيرانية خدمة الإنترنت يوم الجمعة بعد احتجاجات واسعة.",
     ("COERCE", "withhold", "IRN-GOV", "IRN-CVL")),
    # talks left, suspended or boycotted are not held (CAMEO 164 "halt negotiations")
    ("انسحب وفد الحكومة السورية من مفاوضات جنيف مع المعارضة يوم الأحد.",
     ("SANCTION", "discontinue", "SYR-GOV", "SYR-OPP")),
    ("علقت الحكومة السودانية مشاركتها في محادثات جدة مع قوات الدعم السريع.",
     ("SANCTION", "discontinue", "SDN-GOV", "SDN-REB")),
    ("أعلن الجيش السوداني تعليق المفاوضات مع قوات الدعم السريع.",
     ("SANCTION", "discontinue", "SDN-MIL", "SDN-REB")),
    ("قاطعت المعارضة السورية محادثات جنيف مع الحكومة يوم الأحد.",
     ("PROTEST", "boycott", "SYR-OPP", "SYR-GOV")),
    # forces pulled back and envoys recalled with سحب
    ("سحب الجيش الروسي قواته من مدينة خيرسون يوم الجمعة.", ("RETREAT", "withdraw", "RUS-MIL", None)),
    ("سحبت البحرين سفيرها من لبنان يوم الجمعة.", ("SANCTION", "withdraw", "BHR-GOV", "LBN-GOV")),
    # emergency rule declared falls on the people, not on the forces it empowers; a ruling junta
    # is the government
    ("أعلنت الحكومة الإثيوبية حالة الطوارئ في إقليم أمهرة يوم الجمعة.",
     ("COERCE", "martial-law", "ETH-GOV", "ETH-CVL")),
    ("أعلن المجلس العسكري الحاكم في النيجر فرض حالة الطوارئ يوم الأحد ومنح الجيش صلاحيات واسعة.",
     ("COERCE", "martial-law", "NER-GOV", "NER-CVL")),
    ("فرضت قيادة العمليات المشتركة حظرا شاملا للتجوال في قضاء طوزخورماتو يوم الأحد.",
     ("COERCE", "curfew", "IRQ-MIL", "IRQ-CVL")),
    # an envoy called back from a foreign capital: that state is the target
    ("استدعت السعودية سفيرها من بيروت يوم الأحد.", ("SANCTION", "withdraw", "SAU-GOV", "LBN-GOV")),
    # the dead no one names are victims, civilians of the place, as "أشخاص" are
    ("سقط قتيلان وثلاثة جرحى في قصف على حمص أمس.", ("ASSAULT", None, "UNK", "SYR-CVL")),
    ("سقط 5 قتلى في انفجار عبوة ناسفة في سوق بمدينة الحلة يوم الأحد.", ("ASSAULT", "explosives", "UNK", "IRQ-CVL")),
    # ... also when the one party named is the doer; "مركز احتجاز" is where, not an arrest
    ("شن طيران التحالف غارة على مركز احتجاز في مدينة صعدة يوم الجمعة أسفرت عن سقوط 70 قتيلا.",
     ("ASSAULT", "aerial", "IGO", "YEM-CVL")),
    # the wounded a result clause names are the target
    ("استهدفت طائرة مسيرة تابعة لقوات النظام سيارة على طريق سرمدا يوم الأحد، ما أدى إلى إصابة ثلاثة "
     "مدنيين بجروح.", ("ASSAULT", "drone", "SYR-MIL", "SYR-CVL")),
    ("انفجرت عبوة ناسفة بسيارة مدنية في منطقة الزعفرانية ببغداد صباح السبت، ما أسفر عن إصابة شخصين بجروح.",
     ("ASSAULT", "explosives", "UNK", "IRQ-CVL")),
    # ... and the bomb that blew up, told after إن with its verb after it
    ("قال مصدر أمني إن عبوة ناسفة انفجرت على دورية للجيش العراقي في قضاء الطارمية صباح السبت.",
     ("ASSAULT", "explosives", "UNK", "IRQ-MIL")),
    # the doer told in a relative clause after the act (شنته، زرعه), not its target
    ("قتل 15 مدنيا يوم السبت في قصف مدفعي شنته قوات الدعم السريع على أحياء سكنية في مدينة الفاشر.",
     ("ASSAULT", "heavy-weapons", "SDN-REB", "SDN-CVL")),
    # weapons named as adjectives: مدفعي، باليستي، كيماوي
    ("قتل 4 مدنيين يوم الأحد بصاروخ باليستي أطلقه الحوثيون على حي سكني في مدينة مأرب.",
     ("ASSAULT", "heavy-weapons", "YEM-REB", "YEM-CVL")),
    # children, medics and a woman journalist named by their role, whatever the attacker's nationality
    ("قتل أربعة أطفال بقصف للقوات التركية على مدينة تل رفعت شمالي حلب يوم الأحد.",
     ("ASSAULT", None, "TUR-MIL", "SYR-CVL")),
    ("قتل ثلاثة مسعفين في غارة إسرائيلية استهدفت مركزا للإسعاف في بلدة الناقورة مساء الأربعاء.",
     ("ASSAULT", "aerial", "ISR-MIL", "LBN-MED")),
    ("اعتقل الجيش الإسرائيلي فجر الخميس صحفية فلسطينية من منزلها في بلدة عرابة جنوب جنين.",
     ("COERCE", "arrest", "ISR-MIL", "PSE-JRN")),
    # homes burnt or demolished: property destroyed, its people the target; goods looted are seized
    ("أحرق مستوطنون منازل ومركبات في قرية المغير شمال شرق رام الله مساء السبت.",
     ("ASSAULT", "destroy", "ISR-CVL", "PSE-CVL")),
    ("هدمت جرافات الاحتلال ستة منازل فلسطينية في مسافر يطا جنوب الخليل يوم الأحد.",
     ("ASSAULT", "destroy", "ISR-MIL", "PSE-CVL")),
    ("نهبت عناصر من قوات الدعم السريع مستودعات لبرنامج الأغذية العالمي في مدينة ود مدني يوم الأحد.",
     ("COERCE", "seize", "SDN-REB", "UNO")),
    # a truce taking effect is a ceasefire its two sides observe
    ("بدأ منتصف ليل الإثنين سريان هدنة إنسانية لمدة سبعة أيام بين الجيش السوداني وقوات الدعم السريع.",
     ("RETREAT", "ceasefire", "SDN-MIL", "SDN-REB")),
    ("دخلت الهدنة بين الحكومة اليمنية وجماعة الحوثي حيز التنفيذ صباح الجمعة.",
     ("RETREAT", "ceasefire", "YEM-GOV", "YEM-REB")),
    # UN officials named by office and لـ (منسق الشؤون الإنسانية للأمم المتحدة) speak for the UN
    ("طالب المفوض السامي للأمم المتحدة لحقوق الإنسان قوات الدعم السريع برفع الحصار عن الفاشر يوم الأحد.",
     ("REQUEST", "yield", "UNO", "SDN-REB")),
    # commas around a time phrase do not push إلى out of a journey's reach
    ("وصل رئيس الوزراء العراقي محمد شياع السوداني، اليوم الثلاثاء، إلى طهران في زيارة رسمية.",
     ("CONSULT", "visit", "IRQ-GOV", "IRN-GOV")),
    # a joint patrol (سيّرت is no town); an extradition of convicts; support given to an effort
    ("سيرت القوات الروسية والتركية يوم الخميس دورية مشتركة جديدة في ريف عين العرب شرقي حلب.",
     ("COOPERATE", None, "RUS-MIL", "TUR-MIL")),
    ("سلمت السلطات التركية العراق أمس ثلاثة مدانين بقضايا إرهاب.", ("COOPERATE", None, "TUR-GOV", "IRQ-GOV")),
    ("أيد مجلس التعاون الخليجي جهود الوساطة العمانية بين واشنطن وطهران يوم الأحد.",
     ("SUPPORT", None, "IGO", "OMN-GOV")),
    # the text signed, past a time and place between commas, is what the signing is about
    ("وقع العراق وإيران، الأحد في بغداد، اتفاقا أمنيا لضبط الحدود المشتركة.", ("SUPPORT", None, "IRQ-GOV", "IRN-GOV")),
    # staff of a relief body are hit, the body does not only report
    ("خطف مسلحون مجهولون اثنين من العاملين في منظمة الهلال الأحمر العربي السوري قرب بلدة الصنمين أمس.",
     ("ASSAULT", "abduct", "UAF", "NGO")),
    # people only counted are held as the civilians of the place
    ("أعلنت السلطات الجزائرية اعتقال خمسة أشخاص في ولاية تيزي وزو يوم الأحد.",
     ("COERCE", "arrest", "DZA-GOV", "DZA-CVL")),
    # a charge (بتهمة التظاهر) is no protest of its own
    ("اعتقلت قوات الأمن المصرية عشرة ناشطين في القاهرة يوم الأربعاء بتهمة التظاهر دون ترخيص.",
     ("COERCE", "arrest", "EGY-COP", "EGY-CVL")),
    # suspects held are counted among criminals
    ("أوقفت الشرطة العراقية ثلاثة مشتبهين في مدينة البصرة يوم الأحد.",
     ("COERCE", "arrest", "IRQ-COP", "IRQ-CRM")),
])
def test_the_act_its_mode_and_its_parties(text: str, coded: tuple[str, str, str, str | None]) -> None:
    events = process(Article("t", text, date(2023, 5, 10)))["events"]
    assert [(e["event_type"], e["mode"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in events] == [coded]


@pytest.mark.parametrize("text", [
    "دخل الاتفاق التجاري بين مصر والأردن حيز التنفيذ أمس، وسط توقف الصادرات عبر المعبر.",
    "انتهى سريان الهدنة بين الجيش السوداني وقوات الدعم السريع منتصف ليل الإثنين.",
])
def test_a_trade_deal_in_force_or_a_truce_ended_is_no_ceasefire(text: str) -> None:
    events = process(Article("t", text, date(2023, 5, 10)))["events"]
    assert not [e for e in events if e["mode"] == "ceasefire" and not e["negated"]]


def test_how_long_captives_were_held_is_not_when_they_were_freed() -> None:
    text = "أفرجت جماعة الحوثي عن 13 صيادا مصريا كانت تحتجزهم منذ أشهر."
    [event] = process(Article("t", text, date(2023, 5, 10)))["events"]
    assert event["date"]["start"] == "2023-05-10"


@pytest.mark.parametrize("text, day", [
    # "منذ" before a date opens the period an act is the first of; it does not date the act
    ("وصل وزير الخارجية السعودي إلى دمشق في أول زيارة لمسؤول سعودي منذ عام 2011.", "2023-05-10"),
    ("التقى وزير الخارجية المصري نظيره التركي في أنقرة للمرة الأولى منذ أيار 2013.", "2023-05-10"),
    ("استقبل الرئيس السوري وزير الخارجية السعودي في دمشق، في أول زيارة من نوعها منذ اندلاع الحرب "
     "عام 2011.", "2023-05-10"),
    # ... or that the state the act ended had lasted (Eastern Arabic digits as any others)
    ("أفرجت السلطات الإيرانية عن مواطن فرنسي محتجز منذ عام ٢٠٢٢ في إطار وساطة عمانية.",
     "2023-05-10"),
    ("اعتقلت الشرطة التركية رجلا مطلوبا منذ عام ٢٠١٦ في إسطنبول.", "2023-05-10"),
    # ... while "منذ يومين" tells when it was done
    ("قتل جنديان تركيان منذ يومين في هجوم على قاعدة في شمال العراق.", "2023-05-08"),
])
def test_a_first_since_is_not_dated_by_the_start_of_the_period(text: str, day: str) -> None:
    [event] = process(Article("t", text, date(2023, 5, 10)))["events"]
    assert event["date"]["start"] == day


def test_a_video_of_weapons_is_no_deployment() -> None:
    text = "نشرت وزارة الدفاع الروسية مقطعا مصورا يظهر منظومة إس-400 في قاعدة حميميم."
    assert not process(Article("t", text, date(2023, 5, 10)))["events"]


def test_a_comment_on_talks_breaks_nothing_off() -> None:
    text = "علق المتحدث باسم الخارجية الإيرانية على المفاوضات مع واشنطن يوم الأحد."
    assert not [e for e in process(Article("t", text, date(2023, 5, 10)))["events"]
                if e["event_type"] == "SANCTION"]



@pytest.mark.parametrize("text", [
    "سلم مركز الملك سلمان للإغاثة 2000 سلة غذائية للأسر النازحة في مديرية الخوخة بمحافظة الحديدة أمس.",
    "وزعت اللجنة الدولية للصليب الأحمر مساعدات غذائية على 3 آلاف أسرة متضررة في مدينة درنة أمس.",
])
def test_families_are_not_captures(text: str) -> None:  # (captures with their captives stay: below)
    events = process(Article("t", text, date(2023, 5, 10)))["events"]
    assert not [e for e in events if e["mode"] == "abduct"]


def test_a_relief_body_gives_aid() -> None:
    text = "وزعت اللجنة الدولية للصليب الأحمر مساعدات غذائية على 3 آلاف أسرة متضررة في مدينة درنة أمس."
    events = process(Article("t", text, date(2023, 5, 10)))["events"]
    assert [(e["event_type"], e["source"]["code"]) for e in events] == [("AID", "NGO")]



def test_a_capture_told_with_its_captives() -> None:
    events = process(Article("t", "أسر الجيش الأوكراني عشرات الجنود الروس في باخموت أمس.", date(2023, 5, 10)))["events"]
    assert [(e["mode"], e["source"]["code"], e["target"]["code"]) for e in events] == [("abduct", "UKR-MIL", "RUS-MIL")]


def test_a_finite_verb_after_a_comma_is_done_not_asked() -> None:
    text = ("طالب آلاف المتظاهرين في ساحة التحرير وسط العاصمة بإقالة الحكومة ومحاسبة الفاسدين، "
            "وأحرقوا مقر حزب الدعوة.")
    events = process(Article("t", text, date(2023, 5, 10)))["events"]
    # the burning goes on with the protesters (a riot), not with the government they named
    assert [(e["source"]["code"], e["hypothetical"]) for e in events if e["mode"] == "riot"] == \
        [("IRQ-CVL", False)]


@pytest.mark.parametrize("text, dyad", [
    # the armed resistance of a people is its armed groups (spec/ACTORS.md: REB)
    ("أسرت المقاومة الفلسطينية جنديين إسرائيليين خلال اشتباك قرب خان يونس.",
     ("ASSAULT", "PSE-REB", "ISR-MIL")),
    ("هاجمت فصائل المقاومة العراقية القوات الأمريكية في قاعدة عين الأسد بطائرة مسيرة.",
     ("ASSAULT", "IRQ-REB", "USA-MIL")),
    # Yemen's popular resistance fights beside the government: a paramilitary, not the rebels
    ("وقالت المقاومة الشعبية في تعز إنها صدت هجوما للحوثيين على مواقعها.",
     ("ASSAULT", "YEM-REB", "YEM-PRM")),
])
def test_the_resistance_named_as_a_side(text: str, dyad: tuple[str, str, str | None]) -> None:
    assert dyad in _dyads(text)


def test_an_act_during_a_clash_took_place_where_the_clash_did() -> None:
    events = _events("أسرت المقاومة الفلسطينية جنديين إسرائيليين خلال اشتباك قرب خان يونس.")
    capture = [e for e in events if e["mode"] == "abduct"]
    assert [e["location"]["name"] for e in capture] == ["Khan Yunis"]


@pytest.mark.parametrize("text, dyad", [
    # members of a force (منتسب), a district head, a state's branches
    ("قُتل منتسبان في الشرطة المحلية بانفجار عبوة ناسفة في قضاء الطارمية شمالي بغداد.",
     ("ASSAULT", "UNK", "IRQ-COP")),
    ("اغتال مسلحون مجهولون مدير ناحية الرشاد في محافظة كركوك.", ("ASSAULT", "UAF", "IRQ-GOV")),
    ("اعتقلت شعبة المعلومات في قوى الأمن الداخلي خلية تابعة لتنظيم داعش في طرابلس شمالي لبنان.",
     ("COERCE", "LBN-SPY", "ISIS")),
    ("أعلن جهاز الردع في طرابلس القبض على خلية تابعة لتنظيم داعش.", ("COERCE", "LBY-COP", "ISIS")),
])
def test_victims_and_forces_named_by_common_nouns(text: str, dyad: tuple[str, str, str | None]) -> None:
    assert dyad in _dyads(text)


def test_a_place_that_saw_protests_is_where_its_people_protested() -> None:
    text = "شهدت محافظة ذي قار جنوبي العراق، أمس الأحد، احتجاجات واسعة للمطالبة بتحسين الخدمات."
    events = process(Article("t", text, date(2024, 7, 8)))["events"]
    assert [(e["event_type"], e["source"]["code"], e["target"]["code"], e["location"]["name"], e["date"]["start"])
            for e in events if not e["hypothetical"]] == [("PROTEST", "IRQ-CVL", "IRQ-GOV", "Dhi Qar", "2024-07-07")]


@pytest.mark.parametrize("text, dyads", [
    ("اتصل ولي العهد السعودي بالرئيس الإماراتي وبحث معه العلاقات الثنائية.", {("CONSULT", "SAU-GOV", "ARE-GOV")}),
    ("أعلنت هيئة الأركان العامة للجيش الأوكراني أن قواتها أسقطت 30 طائرة مسيرة روسية خلال الليل.",
     {("ASSAULT", "UKR-MIL", "RUS-MIL")}),
    # a province (مقاطعة) is where it was hit, not a boycott
    ("قصفت القوات الأوكرانية مدينة في مقاطعة كورسك الروسية يوم الأحد.",
     {("ASSAULT", "UKR-MIL", None)}),
    # ... or told as a masdar after أعلن
    ("أعلنت وزارة الدفاع الروسية إسقاط 20 طائرة مسيرة أوكرانية فوق مقاطعة بيلغورود.",
     {("ASSAULT", "RUS-MIL", "UKR-MIL")}),
    # charges dropped, a contact line: no act
    ("أسقط القضاء التهم الموجهة إلى الوزير السابق.", set()),
    ("للتواصل اتصل بنا على الرقم المجاني.", set()),
])
def test_calls_and_aircraft_shot_down(text: str, dyads: set) -> None:
    assert _dyads(text) == dyads


@pytest.mark.parametrize("text, dyad", [
    # "أطلق … سراح" with the subject between the verb and its object
    ("أطلقت الحكومة اليمنية اليوم سراح ٧٠ أسيراً من جماعة الحوثي.", ("RETREAT", "YEM-GOV", "YEM-REB")),
    ("أطلقت السلطات الإسرائيلية أمس سراح 39 أسيراً فلسطينياً.", ("RETREAT", "ISR-GOV", "PSE-CVL")),
    # detainees a state frees, no nationality told, are its own people
    ("أطلقت السلطات السورية أمس سراح ٢٠٠ موقوف بموجب مرسوم العفو العام.",
     ("RETREAT", "SYR-GOV", "SYR-CVL")),
    ("أفرجت السلطات العراقية أمس عن 50 معتقلا بموجب قانون العفو العام.",
     ("RETREAT", "IRQ-GOV", "IRQ-CVL")),
])
def test_a_release_told_with_the_subject_inside_atlaqa_sarah(text: str, dyad: tuple) -> None:
    assert dyad in _dyads(text)


@pytest.mark.parametrize("text, coded", [
    # gatherings banned: a restriction on things, where they were banned (not held)
    ("منعت السلطات السودانية أمس المظاهرات في الخرطوم.",
     ("COERCE", "restrict", "SDN-GOV", "Khartoum")),
    # an army's own exercise is a show of force; a joint patrol is cooperation
    ("أجرى الجيش الإيراني أمس مناورات عسكرية في مضيق هرمز.",
     ("MOBILIZE", "troops", "IRN-MIL", "Strait of Hormuz")),
    ("سيرت القوات الروسية والتركية أمس الدورية المشتركة الـ١٥ على الطريق الدولي في ريف إدلب.",
     ("COOPERATE", None, "RUS-MIL", "Idlib")),
])
def test_bans_exercises_and_patrols(text: str, coded: tuple) -> None:
    [event] = process(Article("t", text, date(2023, 5, 10)))["events"]
    location = event["location"]["name"] if event["location"] else None
    assert (event["event_type"], event["mode"], event["source"]["code"], location) == coded


@pytest.mark.parametrize("text", [
    # an inquiry needs no party: what it looks into is no place it was opened in
    "فتحت النيابة العامة الليبية أمس تحقيقا في انهيار سدي مدينة درنة.",
    "شكل القضاء اللبناني أمس لجنة للتحقيق في عمليات تهريب الوقود عبر الحدود مع سوريا.",
])
def test_an_inquiry_opened_is_an_investigation_with_no_target(text: str) -> None:
    [event] = process(Article("t", text, date(2023, 5, 10)))["events"]
    assert (event["event_type"], event["mode"], event["target"], event["location"]) == \
        ("ACCUSE", "investigate", None, None)


@pytest.mark.parametrize("text, dyads", [
    # an institution whose building the protest stood before is protested, it does not protest
    ("تظاهر مئات التونسيين أمس أمام مقر البرلمان في العاصمة تونس.",
     {("PROTEST", "TUN-CVL", "TUN-LEG")}),
    ("فرقت قوات الأمن التونسية بالغاز المسيل للدموع أمس مئات المتظاهرين الذين تجمعوا أمام مقر "
     "البرلمان في العاصمة تونس احتجاجا على غلاء الأسعار.",
     {("ASSAULT", "TUN-COP", "TUN-CVL"), ("PROTEST", "TUN-CVL", "TUN-LEG")}),
    # an association named تجمع gathers no crowd
    ("دعا تجمع المهنيين السودانيين أمس إلى مواصلة الاحتجاجات.", set()),
])
def test_protests_before_a_building_and_crowds_gathered(text: str, dyads: set) -> None:
    assert _dyads(text) == dyads


@pytest.mark.parametrize("text, dyads", [
    # a day set off by commas between the announcer and the act announced
    ("أعلنت الخارجية الروسية، الأربعاء، طرد دبلوماسيين أمريكيين من موسكو.",
     {("SANCTION", "RUS-GOV", "USA-GOV")}),
    ("أعلن الجيش الإسرائيلي، السبت، قصف مواقع لحزب الله في جنوب لبنان.",
     {("ASSAULT", "ISR-MIL", "HEZ")}),
    # a country after "بجنوب" is a place, as after "في جنوب", not the party struck
    ("قتل شخصان في غارة بطائرة مسيرة على سيارة بجنوب لبنان.", {("ASSAULT", "UNK", "LBN-CVL")}),
    # ... but a verb after أن is the act told, not a masdar
    ("أعلن الجيش الأردني، الأحد، أنه قصف مواقع لمهربين قرب الحدود مع سوريا.",
     {("ASSAULT", "JOR-MIL", "SYR-CRM")}),
    # a date written with slashes set off between the visitor and the one met
    ("التقى المبعوث الأممي إلى ليبيا عبد الله باتيلي، يوم ٢٨/٤/٢٠٢٣، رئيس مجلس النواب الليبي "
     "عقيلة صالح.", {("CONSULT", "UNO", "LBY-LEG")}),
    # ... while a party after a clause of its own is out of reach ("وأحالتهما إلى القضاء"): two
    # people counted by the dual are the ones held
    ("اعتقلت قوى الأمن الداخلي اللبنانية شخصين في بيروت يوم الاثنين بتهمة تهريب المخدرات، "
     "وأحالتهما إلى القضاء المختص.", {("COERCE", "LBN-COP", "LBN-CVL")}),
    # a sponsor or mediator named in between neither does the act nor is its party
    ("أعلنت الحكومة اليمنية وجماعة الحوثي، برعاية الأمم المتحدة، التوصل إلى اتفاق بشأن الحديدة.",
     {("AGREE", "YEM-GOV", "YEM-REB")}),
])
def test_the_act_announced_past_an_insert(text: str, dyads: set) -> None:
    assert _dyads(text) == dyads


@pytest.mark.parametrize("text, dyads", [
    # ties restored, the partners between the verb and its object
    ("أعادت البحرين وقطر أمس العلاقات الدبلوماسية بينهما بعد قطيعة استمرت سنوات.",
     {("SUPPORT", "BHR-GOV", "QAT-GOV")}),
    # a prisoner exchange: each side releases to the other, one event between the two
    ("تبادلت روسيا وأوكرانيا أمس مئات الأسرى بوساطة إماراتية.",
     {("RETREAT", "RUS-GOV", "UKR-GOV")}),
    ("تبادل الجيش السوداني وقوات الدعم السريع أمس عشرات الأسرى.",
     {("RETREAT", "SDN-MIL", "SDN-REB")}),
    # nor does a verb of doing leave a plural act undated into a habit
    ("أجرت القوات السعودية والمصرية مناورات عسكرية مشتركة.", {("COOPERATE", "SAU-MIL", "EGY-MIL")}),
    ("شنت الطائرات الإسرائيلية غارات على مواقع لحزب الله.", {("ASSAULT", "ISR-MIL", "HEZ")}),
    # ... which a series alone, with no such verb, still is
    ("تعددت زيارات المسؤولين الأتراك إلى بغداد.", set()),
    # "حزام بغداد" is a place, not the government
    ("اعتقلت القوات العراقية أمس خمسة مطلوبين في مناطق حزام بغداد.",
     {("COERCE", "IRQ-MIL", "IRQ-CRM")}),
    # a retaliatory exchange is no release
    ("تبادل الجانبان الاتهامات بخرق الهدنة.", set()),
])
def test_ties_restored_prisoners_exchanged_and_acts_performed(text: str, dyads: set) -> None:
    assert _dyads(text) == dyads


@pytest.mark.parametrize("text, dyad", [
    # a crowd counted, not named: the people of the place protested (against its government)
    ("تظاهر المئات اليوم في بغداد للمطالبة بتحسين الخدمات.", ("PROTEST", "IRQ-CVL", "IRQ-GOV")),
    ("تظاهر آلاف اليوم في شوارع الخرطوم.", ("PROTEST", "SDN-CVL", "SDN-GOV")),
    # "خرج … المتظاهرين": the protesters went out
    ("خرج آلاف المتظاهرين اليوم في شوارع الخرطوم.", ("PROTEST", "SDN-CVL", "SDN-GOV")),
    # a crowd that gathered (تجمع، احتشد) to protest
    ("تجمع مئات المحتجين اليوم أمام وزارة الداخلية في بغداد للمطالبة بالإفراج عن المعتقلين.",
     ("PROTEST", "IRQ-CVL", "IRQ-COP")),
    ("احتشد آلاف المتظاهرين اليوم في شوارع الخرطوم.", ("PROTEST", "SDN-CVL", "SDN-GOV")),
    # a crowd counted after the verb that staged the protest ("نظم مئات المتقاعدين وقفة احتجاجية")
    ("نظم مئات المتقاعدين اليوم وقفة احتجاجية أمام مبنى البرلمان في طهران.",
     ("PROTEST", "IRN-CVL", "IRN-LEG")),
    # "احتجاجا على" after the protest tells its grievance: the place is the protest's
    ("تظاهر المئات في مدينة الناصرية أمس احتجاجا على انقطاع الكهرباء.",
     ("PROTEST", "IRQ-CVL", "IRQ-GOV")),
    ("خرج المئات في مدينة الناصرية أمس احتجاجا على انقطاع الكهرباء.",
     ("PROTEST", "IRQ-CVL", "IRQ-GOV")),
])
def test_a_protest_by_a_crowd_counted_or_going_out(text: str, dyad: tuple) -> None:
    assert dyad in _dyads(text)


def _settings(text: str, published: date) -> set[tuple]:
    events = process(Article("t", text, published))["events"]
    return {(e["event_type"], e["mode"], e["source"]["code"], e["target"]["code"],
             e["location"]["name"], e["date"]["start"], e["fatalities"])
            for e in events if e["location"] and e["target"]}


def test_a_protest_that_went_out_is_its_town_s_people_s() -> None:
    got = _settings("خرجت تظاهرة في مدينة جاسم بريف درعا أمس الأربعاء.", date(2023, 3, 2))
    assert got == {("PROTEST", "demo", "SYR-CVL", "SYR-GOV", "Jasim", "2023-03-01", None)}


def test_a_dispersed_protest_and_its_dispersal_share_town_and_day() -> None:
    """The day is told with the dispersal, the town with the protest: both get both."""
    text = ("فرّقت قوات الأمن السورية بالرصاص الحي، أمس الأربعاء، تظاهرة خرجت في مدينة جاسم، "
            "ما أدى إلى مقتل متظاهر.")
    assert _settings(text, date(2023, 3, 2)) == {
        ("ASSAULT", "crowd-control", "SYR-COP", "SYR-CVL", "Jasim", "2023-03-01", 1),
        ("PROTEST", "demo", "SYR-CVL", "SYR-GOV", "Jasim", "2023-03-01", None)}


def test_protests_told_again_as_a_road_blocked_are_one_obstruction() -> None:
    text = ("تجددت الاحتجاجات في مدينة الناصرية يوم السبت، حيث أغلق محتجون الطريق الرئيسي "
            "بالإطارات المشتعلة.")
    assert _settings(text, date(2024, 7, 8)) == {
        ("PROTEST", "obstruct", "IRQ-CVL", "IRQ-GOV", "Nasiriyah", "2024-07-06", None)}


@pytest.mark.parametrize("text, target", [
    # a river named for a state is not that state: the soldiers are those of the country named
    ("قتل 15 جندياً في هجوم استهدف معسكرا على ضفاف نهر النيجر في شمال مالي.", "MLI-MIL"),
    ("قتل 12 جندياً في هجوم على موقع للجيش قرب غاو في شمال مالي.", "MLI-MIL"),
])
def test_soldiers_near_a_river_named_for_another_state(text: str, target: str) -> None:
    events = process(Article("t", text, date(2023, 9, 8)))["events"]
    assert [e["target"]["code"] for e in events if e["event_type"] == "ASSAULT"] == [target]


def test_a_force_that_went_out_is_no_protest() -> None:
    assert not {d for d in _dyads("خرج رتل عسكري من مدينة الموصل باتجاه الحدود.") if d[0] == "PROTEST"}


@pytest.mark.parametrize("text, dyads", [
    # an accuser named before a party whose name begins with ب is still the accuser
    ("اتهمت روسيا بريطانيا بالوقوف وراء تفجير جسر القرم.", {("ACCUSE", "RUS-GOV", "GBR-GOV")}),
    ("اتهمت أنقرة بغداد بإيواء مسلحين أكراد قرب الحدود.", {("ACCUSE", "TUR-GOV", "IRQ-GOV")}),
    # aid dropped from aircraft is aid, not an aircraft shot down
    ("أعلن الجيش الأردني إسقاط مساعدات إنسانية من طائرات عسكرية فوق شمال غزة.",
     {("AID", "JOR-MIL", "PSE-CVL")}),
    # a statement about weapons is no deployment; a comment on taking part breaks nothing off
    ("نشرت وزارة الدفاع الروسية بيانا حول منظومة إس-400.", set()),
    ("علق الرئيس التركي على مشاركته في قمة الناتو بالقول إنها كانت ناجحة.", set()),
    # relations cut years ago, in a clause of its own, leave today's talks held
    ("بعد سبع سنوات من قطع العلاقات، أجرى وزيرا خارجية السعودية وإيران محادثات في بكين.",
     {("CONSULT", "SAU-GOV", "IRN-GOV")}),
    # a boycott of a state named like its capital is a boycott, not a province
    ("دعا البرلمان العراقي إلى مقاطعة الكويت.", {("REQUEST", "IRQ-LEG", "KWT-GOV")}),
    # a tanker seized and its crew held: still a seizure
    ("احتجز الحرس الثوري الإيراني ناقلة نفط أجنبية في مضيق هرمز واعتقل طاقمها.",
     {("COERCE", "IRN-MIL", None)}),
    # aid flown to an airport on its way elsewhere is for no one named there
    ("أرسلت الإمارات طائرة مساعدات إلى مطار العريش تمهيدا لإدخالها إلى قطاع غزة.",
     {("AID", "ARE-GOV", None)}),
    # the Comoros' capital needs no country named
    ("وصل وزير الخارجية السعودي إلى موروني في زيارة رسمية.", {("CONSULT", "SAU-GOV", "COM-GOV")}),
])
def test_readings_that_must_not_overreach(text: str, dyads: set) -> None:
    assert _dyads(text) == dyads


def test_a_service_s_start_date_is_not_the_attack_s() -> None:
    text = "قتل جندي عراقي كان يخدم منذ عام 2010 في هجوم يوم الجمعة."
    [event] = process(Article("t", text, date(2024, 3, 10)))["events"]
    assert event["date"]["start"] == "2024-03-08"
