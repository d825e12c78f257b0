"""The event coder on sentences written for these tests: arguments, modes, places, merging."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _live(text: str, published: date = date(2021, 6, 10)) -> list[dict]:
    events = process(Article("t", text, published))["events"]
    return [e for e in events if not e["negated"] and not e["hypothetical"]]


def _dyads(events: list[dict]) -> set[tuple[str, str, str | None]]:
    return {(e["event_type"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in events}


@pytest.mark.parametrize(
    "text, dyad",
    [
        # VSO with a role + nisba subject, object after a preposition
        ("قصفت الطائرات الروسية مواقع لتنظيم داعش في ريف حمص الشرقي أمس.", ("ASSAULT", "RUS-MIL", "ISIS")),
        # SVO, "قام ب + masdar"
        ("قام الطيران العراقي باستهداف مقرات لتنظيم داعش قرب الحدود السورية.", ("ASSAULT", "IRQ-MIL", "ISIS")),
        # forces named by a possessive pronoun take the speaker's country
        ("قالت وزارة الدفاع التركية إن طائراتها قصفت مواقع لحزب العمال الكردستاني في شمال العراق.",
         ("ASSAULT", "TUR-MIL", "TUR-REB")),
        # the nationality after the act names its doer
        ("أسفرت الغارة الإسرائيلية على مطار التيفور عن أضرار مادية.", ("ASSAULT", "ISR-MIL", "SYR-MIL")),
        # a meeting: host first with استقبل, visitor is the source
        ("استقبل الرئيس اللبناني ميشال عون في بيروت وزير الخارجية الإيراني محمد جواد ظريف.",
         ("CONSULT", "IRN-GOV", "LBN-GOV")),
        # "قُتل N من X في هجوم شنه Y": passive, X the victims, Y the doer
        ("قتل 12 جنديا من الجيش العراقي في هجوم شنه مسلحو داعش قرب تكريت فجر الاثنين.",
         ("ASSAULT", "ISIS", "IRQ-MIL")),
        # condemning an act named by its doer's nationality targets that state's government
        ("استنكرت وزارة الخارجية اللبنانية في بيان القصف الإسرائيلي على بلدة في جنوب لبنان.",
         ("ACCUSE", "LBN-GOV", "ISR-GOV")),
        # a military operation "to support" a party is aid to it
        ("أطلقت روسيا عملية عسكرية في سوريا لدعم الرئيس بشار الأسد عام 2015.", ("AID", "RUS-MIL", "SYR-GOV")),
    ],
)
def test_coder_arguments(text: str, dyad: tuple[str, str, str | None]) -> None:
    assert dyad in _dyads(_live(text))


@pytest.mark.parametrize(
    "text, mode",
    [
        ("قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة استهدفت دوريتهم قرب كركوك، وتبنى تنظيم داعش الهجوم.", "explosives"),
        ("فجر انتحاري من تنظيم داعش نفسه وسط تجمع لقوات الأمن العراقية في الرمادي.", "suicide-attack"),
        ("استهدفت طائرة مسيرة تركية سيارة لقيادي في حزب العمال الكردستاني قرب سنجار.", "drone"),
        ("قصفت المدفعية التركية بالقذائف مواقع لقوات سوريا الديمقراطية قرب تل تمر.", "heavy-weapons"),
        ("استخدم تنظيم داعش غاز الخردل في هجوم على قوات البيشمركة جنوب أربيل.", "unconventional"),
        ("هاجم مستوطنون إسرائيليون بالحجارة مزارعين فلسطينيين قرب نابلس.", "primitive"),
        ("اعتدى عناصر من الشرطة العراقية بالضرب على صحفي في السليمانية.", "beat"),
        ("عذب عناصر من المخابرات السورية ناشطا معتقلا حتى الموت.", "torture"),
        ("أطلقت قوات الأمن العراقية الغاز المسيل للدموع على المتظاهرين في الناصرية.", "crowd-control"),
        ("قتل خمسة مدنيين بقصف مدفعي لقوات النظام على مدينة معرة النعمان أمس.", "heavy-weapons"),
        ("قتل ثلاثة مدنيين بصواريخ كاتيوشا سقطت على حي سكني في مدينة درعا أمس.", "heavy-weapons"),
        ("قتل 12 مدنيا في هجوم كيماوي شنته قوات النظام على بلدة اللطامنة في ريف حماة أمس.", "unconventional"),
    ],
)
def test_coder_assault_mode_from_weapons(text: str, mode: str) -> None:
    modes = {e["mode"] for e in _live(text) if e["event_type"] == "ASSAULT"}
    assert mode in modes


@pytest.mark.parametrize("text, doer", [
    # a strike (غارة) by a drone is a drone's, however the drone is called
    ("شنت طائرة مسيرة أمريكية غارة على سيارة في ريف إدلب أمس.", "USA-MIL"),
    ("قصفت طائرة بدون طيار إسرائيلية سيارة في مدينة صور أمس.", "ISR-MIL"),
    ("استهدفت طائرة من دون طيار تركية موقعا لحزب العمال الكردستاني في جبال قنديل أمس.", "TUR-MIL"),
])
def test_a_drone_strike_is_a_drone_s_by_any_name(text: str, doer: str) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert (event["mode"], event["source"]["code"]) == ("drone", doer)


def test_a_channel_named_after_a_drone_names_no_weapon() -> None:
    text = "شنت مقاتلات أمريكية أمس غارات على مواقع للحوثيين في محافظة الحديدة، بحسب قناة المسيرة."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert event["mode"] == "aerial"


def test_a_weapon_told_after_fiima_is_the_other_act_s() -> None:
    """فيما opens another act: the mine is how the soldiers died, not how ISIS attacked the
    village; a weapon told in a clause of the same act (عندما) is still its mode."""
    text = ("هاجم تنظيم داعش قرية في محافظة ديالى أمس، فيما قتل جنديان عراقيان في انفجار لغم "
            "بمحافظة الأنبار.")
    modes = {(e["source"]["code"], e["mode"]) for e in _live(text) if e["event_type"] == "ASSAULT"}
    assert modes == {("ISIS", None), ("UNK", "explosives")}
    text = "قتل جنديان عراقيان عندما انفجرت عبوة ناسفة بدوريتهما قرب كركوك أمس."
    assert {e["mode"] for e in _live(text)} == {"explosives"}


def test_the_dead_told_after_fiima_are_not_the_first_strike_s() -> None:
    """The five died in shelling on Hama's countryside, told after فيما: the Russian raids on
    Idlib get neither their toll nor them as target."""
    text = ("شنت طائرات روسية غارات على مدينة إدلب أمس، فيما قتل خمسة مدنيين في قصف مدفعي على "
            "ريف حماة.")
    rows = {(e["source"]["code"], e["target"]["code"] if e["target"] else None, e["mode"],
             e["location"]["name"], e["fatalities"]) for e in _live(text)}
    assert rows == {("RUS-MIL", None, "aerial", "Idlib", None),
                    ("UNK", "SYR-CVL", "heavy-weapons", "Hama", 5)}


def test_a_strike_on_chemical_weapons_sites_is_no_chemical_attack() -> None:
    text = "قصفت طائرات أمريكية فجر السبت منشآت يشتبه بعلاقتها بالأسلحة الكيميائية قرب دمشق."
    modes = {e["mode"] for e in _live(text, date(2018, 4, 14)) if e["event_type"] == "ASSAULT"}
    assert modes == {"aerial"}


def test_coder_states_striking_together_are_one_event_each() -> None:
    text = "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات على مواقع عسكرية في دمشق."
    sources = {e["source"]["code"] for e in _live(text, date(2018, 4, 14)) if e["event_type"] == "ASSAULT"}
    assert sources == {"USA-MIL", "GBR-MIL", "FRA-MIL"}


def test_coder_visit_abroad_is_a_visit_with_the_city() -> None:
    text = "التقى رئيس الوزراء العراقي مصطفى الكاظمي الرئيس التركي رجب طيب أردوغان في أنقرة يوم الخميس."
    [event] = [e for e in _live(text, date(2020, 12, 20)) if e["event_type"] == "CONSULT"]
    assert event["mode"] == "visit"
    assert event["location"]["country"] == "TUR" and event["location"]["feature"] == "city"
    assert event["date"]["start"] == "2020-12-17"


def test_coder_one_event_per_occurrence() -> None:
    text = ("قصفت الطائرات الروسية مواقع لتنظيم داعش في تدمر يوم الثلاثاء.\n"
            "وقال مصدر عسكري إن القصف الروسي أسفر عن مقتل 12 عنصرا من التنظيم في تدمر.")
    strikes = [e for e in _live(text, date(2016, 3, 10)) if e["event_type"] == "ASSAULT"]
    assert len(strikes) == 1
    assert strikes[0]["fatalities"] == 12
    assert strikes[0]["date"]["start"] == "2016-03-08"


@pytest.mark.parametrize(
    "text",
    [
        "لا بد من تنسيق عراقي سوري لضرب مواقع تنظيم داعش على الحدود.",  # call for action
        "يعتزم وزير الخارجية المصري زيارة بغداد الأسبوع المقبل.",  # plan
        "تتعرض قرى ريف إدلب لقصف متواصل منذ سنوات.",  # an ongoing situation
    ],
)
def test_coder_no_live_event(text: str) -> None:
    assert _live(text) == []


@pytest.mark.parametrize("text", ["وصل وفد سوري إلى عمّان لبحث ملف المياه.",
                                  "أعلنت وسائل إعلام كردية وتركية مقتل قيادي في الحزب."])
def test_pipeline_nationality_adjectives_are_not_places(text: str) -> None:
    from rasid.pipeline import analyse

    doc = analyse(Article("t", text, date(2022, 1, 5)))
    assert all(p.place.name not in ("Surrey", "Türkiye") for p in doc.places), doc.places


@pytest.mark.parametrize("text", ["بدأت القوات الحكومية هجوما بريا على مواقع الفصائل في ريف إدلب أمس.",
                                  "وقفت الحشود أمام مبنى الوزارة في بغداد صباح الأحد."])
def test_coder_common_words_are_not_named_actors(text: str) -> None:
    codes = {r["source"]["code"] for r in _live(text)} | {
        r["target"]["code"] for r in _live(text) if r["target"]}
    assert not codes & {"LBN-LEG", "IRQ-REL", "LBN-GOV"}


def test_an_unclaimed_attack_told_with_and_without_its_toll_is_one_event() -> None:
    text = ("قتل 14 مدنيا على الأقل في تفجير استهدف سوقا شعبيا في مدينة تكريت صباح الأحد.\n"
            "وقال محافظ صلاح الدين إن عشرات المدنيين قتلوا وجرحوا في التفجير الذي هز المدينة.")
    attacks = [e for e in _live(text, date(2019, 3, 3)) if e["event_type"] == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0]["fatalities"] == 14


def test_unclaimed_attacks_on_civilians_in_two_cities_stay_two_events() -> None:
    text = ("قتل 14 مدنيا على الأقل في تفجير استهدف سوقا شعبيا في مدينة تكريت صباح الأحد.\n"
            "وفي مدينة الموصل، قتل مدنيون في انفجار عبوة ناسفة قرب جامعة الموصل.")
    attacks = [e for e in _live(text, date(2019, 3, 3)) if e["event_type"] == "ASSAULT"]
    assert len(attacks) == 2


def test_a_strike_told_again_without_its_doer_keeps_the_named_doer() -> None:
    text = ("قصفت المدفعية التركية مقرا لحزب العمال الكردستاني في قضاء سيدكان شمالي أربيل، مما أسفر عن "
            "مقتل أربعة مسلحين.\nوأوضحت مصادر كردية أن الضربة استهدفت اجتماعا لقادة الحزب في إقليم كردستان.")
    attacks = [e for e in _live(text, date(2019, 3, 3)) if e["event_type"] == "ASSAULT"]
    assert [(e["source"]["code"], e["target"]["code"]) for e in attacks] == [("TUR-MIL", "TUR-REB")]


def test_an_alliance_of_early_june_is_not_the_one_announced_today() -> None:
    text = ("العبادي والصدر يعلنان تحالفا سياسيا\n"
            "أعلن رئيس الوزراء العراقي حيدر العبادي ورجل الدين مقتدى الصدر اليوم السبت تحالفا بين كتلتيهما.\n"
            "وفي أوائل يونيو/حزيران، أعلن الصدر وهادي العامري تحالف كتلتيهما.")
    agreements = [e for e in _live(text, date(2018, 6, 23)) if e["event_type"] == "AGREE"]
    assert sorted(e["date"]["start"] for e in agreements) == ["2018-06-01", "2018-06-23"]


def test_the_two_sides_of_one_state_refer_back_to_the_leaders_named_before() -> None:
    text = ("أعلن رئيس الوزراء العراقي حيدر العبادي ورجل الدين مقتدى الصدر اليوم السبت تحالفا بين كتلتيهما.\n"
            "وبعد اجتماع استمر لنحو ساعتين، أعلن الطرفان في مؤتمر صحافي مشترك تفاصيل التحالف.")
    consults = [e for e in _live(text, date(2018, 6, 23)) if e["event_type"] == "CONSULT"]
    assert [(e["source"]["code"], e["target"]["code"]) for e in consults] == [("IRQ-PTY", "IRQ-PTY")]


def test_a_strike_told_for_one_state_alone_takes_its_own_place() -> None:
    text = ("شنت الولايات المتحدة وبريطانيا غارات على مواقع في مدينة الرقة صباح السبت.\n"
            "وضربت طائرات بريطانية من طراز تورنادو مخزنا للذخيرة بالقرب من مدينة دير الزور.")
    strikes = {e["source"]["code"]: e for e in _live(text, date(2017, 6, 11)) if e["event_type"] == "ASSAULT"}
    assert strikes["GBR-MIL"]["location"]["name"] == "Deir ez-Zor"
    assert strikes["USA-MIL"]["location"]["name"] == "Ar Raqqah"


def test_a_journey_with_the_time_between_verb_and_destination_is_a_visit() -> None:
    text = "وكان وزير الخارجية التركي قد توجه الأسبوع الماضي إلى بغداد لبحث ملف المياه."
    [visit] = [e for e in _live(text, date(2019, 3, 3)) if e["event_type"] == "CONSULT"]
    assert (visit["source"]["code"], visit["target"]["code"], visit["mode"]) == ("TUR-GOV", "IRQ-GOV", "visit")
    assert visit["date"]["start"] == "2019-02-18"


@pytest.mark.parametrize("text", [
    "وصلت القوات الأمريكية إلى قاعدة التنف أمس.",  # forces arriving
    "توجه الرئيس العراقي بالشكر إلى الحكومة الإيرانية على دعمها.",  # thanks addressed
    "وصل عدد قتلى القصف إلى 50 مدنيا في إدلب.",  # a toll reaching a figure
])
def test_arrivals_that_are_no_visit(text: str) -> None:
    assert not any(e["event_type"] == "CONSULT" for e in _live(text))


def test_a_meeting_during_a_visit_told_before_is_part_of_it() -> None:
    text = ("وصل وزير الخارجية الإيراني إلى دمشق اليوم الاثنين في زيارة رسمية.\n"
            "والتقى رئيس الوزراء السوري أيضا الوزير الإيراني الاثنين وبحث معه إعادة الإعمار.")
    consults = [e for e in _live(text, date(2018, 9, 3)) if e["event_type"] == "CONSULT"]
    assert consults and all(e["mode"] == "visit" and e["location"]["name"] == "Damascus" for e in consults)


def test_an_act_told_in_a_where_clause_happened_at_that_place_and_time() -> None:
    text = ("وكان وزير الدفاع الأردني قد توجه الأسبوع الماضي إلى بغداد، حيث وقع مع نظيره العراقي "
            "مذكرة تفاهم للتعاون العسكري بين البلدين.")
    [deal] = [e for e in _live(text, date(2019, 3, 3)) if e["event_type"] in ("AGREE", "SUPPORT", "COOPERATE")]
    assert deal["location"]["name"] == "Baghdad" and deal["date"]["start"] == "2019-02-18"


def test_three_leaders_listed_with_their_nationalities_pledge_together_where_they_met() -> None:
    text = ("وعقدت القمة الثلاثية مطلع آذار/مارس في طهران، حيث كان الرئيس الإيراني حسن روحاني ونظيراه "
            "الروسي فلاديمير بوتين والتركي رجب طيب أردوغان قد تعهدوا بالعمل على وقف إطلاق النار في سوريا.")
    [pledge] = [e for e in _live(text, date(2019, 3, 30)) if e["event_type"] == "AGREE"]
    assert (pledge["source"]["code"], pledge["target"]["code"]) == ("IRN-GOV", "RUS-GOV")  # the first two named
    assert pledge["location"]["name"] == "Tehran" and pledge["date"]["start"] == "2019-03-01"


def test_protests_in_two_towns_on_two_days_are_two_events() -> None:
    text = ("حاول محتجون عراقيون اقتحام حقل نفطي في مدينة القرنة يوم الخميس.\n"
            "وتجددت التظاهرات الجمعة حيث قطع عدد من المحتجين الطريق المؤدي إلى ميناء أم قصر.")
    protests = [e for e in _live(text, date(2018, 7, 13)) if e["event_type"] == "PROTEST"]
    assert sorted((e["mode"], e["location"]["name"]) for e in protests) == [("obstruct", "Umm Qasr"),
                                                                            ("riot", "Al Qurnah")]


def test_a_meeting_after_a_where_clause_closed_by_a_comma_is_not_placed_there() -> None:
    text = ("وصل وزير الخارجية العراقي إلى عمّان، آتيا من جنيف حيث كان يشارك في مؤتمر للاجئين، "
            "واجتمع مع العاهل الأردني أمس.")
    meetings = [e for e in _live(text) if e["event_type"] == "CONSULT" and e["target"]["code"] == "JOR-GOV"]
    assert meetings and all((e["location"] or {}).get("name") != "Geneva" for e in meetings)


def test_what_two_parties_did_the_same_day_with_no_place_told_happened_where_they_met() -> None:
    text = ("أعلن رئيس الوزراء الأردني ونظيره العراقي اليوم الأحد في العاصمة عمان اتفاقا لمد أنبوب نفط.\n"
            "وبحث الجانبان أيضا التعاون الأمني بين البلدين.")
    events = _live(text, date(2019, 2, 3))
    consult = next(e for e in events if e["event_type"] == "CONSULT")
    assert consult["location"]["name"] == "Amman"


def test_a_meeting_on_the_day_of_a_trip_in_one_s_own_country_is_a_visit_there() -> None:
    text = ("ووصل رئيس الوزراء العراقي، الجمعة، إلى محافظة البصرة جنوبي البلاد.\n"
            "واجتمع رئيس الوزراء مع قيادة العمليات العسكرية في المحافظة لبحث الوضع الأمني.")
    [meeting] = [e for e in _live(text, date(2018, 7, 13)) if e["event_type"] == "CONSULT"]
    assert meeting["mode"] == "visit"
    assert meeting["location"]["name"] == "Basrah" and meeting["location"]["feature"] == "city"


def test_strikes_as_the_subject_of_a_verb_tell_where_the_strikes_just_reported_hit() -> None:
    text = ("وشنت الولايات المتحدة وبريطانيا فجر السبت غارات ضد مواقع في سوريا.\n"
            "واستهدفت غارات جوية مواقع ومقار عسكرية عدة في حمص وحماة.")
    strikes = [e for e in _live(text, date(2018, 4, 14)) if e["event_type"] == "ASSAULT"]
    assert sorted(e["source"]["code"] for e in strikes) == ["GBR-MIL", "USA-MIL"]
    assert all(e["location"]["name"] == "Homs" for e in strikes)


def test_two_unclaimed_bombings_without_tolls_stay_two_events() -> None:
    text = ("استهدف هجوم بعبوة ناسفة الجيش العراقي في قضاء الطارمية صباح الأحد.\n"
            "وفي حادث منفصل، استهدف هجوم آخر بعبوة ناسفة الجيش العراقي في قضاء الطارمية.")
    attacks = [e for e in _live(text, date(2021, 6, 6)) if e["event_type"] == "ASSAULT"]
    assert len(attacks) == 2


def test_a_clause_left_open_keeps_its_words() -> None:
    from rasid.coding.syntax import main_clause
    from rasid.segment import tokenize

    toks = tokenize("فيما كانت الطائرات الروسية قد قصفت البلدة")
    assert "كانت" in [t.text for t in main_clause(toks, 0, len(toks))]
    toks = tokenize("وتوجه الوزير، حيث كان يشارك في اجتماع، واجتمع")
    assert "كان" not in [t.text for t in main_clause(toks, 0, len(toks))]
