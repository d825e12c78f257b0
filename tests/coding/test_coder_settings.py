"""Where and when: the setting of an act told by a framing meeting, a visit's destination,
"وقتها" back-references, and militia/rebel actors (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

PUBLISHED = date(2021, 6, 10)


def _live(text: str) -> list[dict]:
    events = process(Article("t", text, PUBLISHED))["events"]
    return [e for e in events if not e["negated"] and not e["hypothetical"]]


def _one(text: str, event_type: str) -> dict:
    found = [e for e in _live(text) if e["event_type"] == event_type]
    assert len(found) == 1, found
    return found[0]


def test_a_framing_meeting_gives_the_request_its_place_and_date() -> None:
    e = _one("دعا وزير الخارجية التركي وزير الخارجية العراقي إلى ضبط الحدود، "
             "وذلك خلال لقائه به في أنقرة الثلاثاء.", "REQUEST")
    assert (e["source"]["code"], e["target"]["code"]) == ("TUR-GOV", "IRQ-GOV")
    assert e["location"]["name"] == "Ankara"
    assert e["date"]["start"] == "2021-06-08"


@pytest.mark.parametrize("text, day", [
    # the day told before a purpose (لبحث) is the meeting's; PUBLISHED is a Thursday
    ("اجتمع وزير الخارجية التركي مع نظيره الإيراني في طهران يوم الاثنين لبحث الوضع في سوريا.",
     "2021-06-07"),
    ("التقى الرئيس المصري العاهل الأردني في عمان الثلاثاء للتباحث في مستجدات القضية الفلسطينية.",
     "2021-06-08"),
])
def test_the_day_before_a_purpose_is_the_meeting_s(text: str, day: str) -> None:
    assert _one(text, "CONSULT")["date"]["start"] == day


def test_a_later_act_of_another_kind_keeps_its_place_to_itself() -> None:
    e = _one("أمر رئيس الوزراء العراقي القوات الجوية بقصف مواقع لتنظيم داعش في دير الزور "
             "ردا على تفجيرات في بغداد.", "ASSAULT")
    assert e["location"] is None or e["location"]["country"] == "SYR"


def test_the_date_of_a_visit_noun_goes_to_the_meeting_it_continues() -> None:
    e = _one("التقى رئيس الوزراء العراقي حيدر العبادي الرئيس التركي رجب طيب أردوغان "
             "خلال زيارته إلى أنقرة أمس.", "CONSULT")
    assert e["location"]["name"] == "Ankara"
    assert e["date"]["start"] == "2021-06-09"


@pytest.mark.parametrize("text, city", [
    ("وقال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني في مستهل زيارته لبغداد إن بلاده "
     "تدعم استقرار العراق.", "Baghdad"),
    ("أعلن وزير الدفاع التركي خلال زيارته إلى بغداد الأحد أن بلاده ستواصل التنسيق مع العراق.",
     "Baghdad"),
])
def test_the_capital_a_visit_goes_to_is_its_place(text: str, city: str) -> None:
    e = _one(text, "CONSULT")
    assert e["target"]["code"] == "IRQ-GOV"
    assert e["location"]["name"] == city


def test_back_then_takes_the_date_named_before() -> None:
    e = _one("في أيار/مايو الماضي تصاعد التوتر على الحدود. "
             "وقصفت طائرات إسرائيلية وقتها مواقع للجيش السوري في ريف حماة.", "ASSAULT")
    assert (e["date"]["start"], e["date"]["end"]) == ("2021-05-01", "2021-05-31")


@pytest.mark.parametrize("opening", ["وفي وقت لاحق،", "ولاحقاً"])
def test_an_act_told_later_takes_the_day_told_before(opening: str) -> None:
    e = _one("قصفت طائرات عراقية مواقع لداعش في وادي حوران يوم الاثنين. "
             f"{opening} اعتقلت القوات العراقية خمسة عناصر من التنظيم في الرطبة.", "COERCE")
    assert e["date"]["start"] == "2021-06-07"


def test_without_back_then_a_fresh_act_is_dated_by_publication() -> None:
    e = _one("في أيار/مايو الماضي تصاعد التوتر على الحدود. "
             "وقصفت طائرات إسرائيلية مواقع للجيش السوري في ريف حماة.", "ASSAULT")
    assert e["date"]["start"] == "2021-06-10"


@pytest.mark.parametrize("text, dyad", [
    ("قال مسؤولون إن القوات الموالية للأسد هاجمت مواقع لقوات سوريا الديمقراطية "
     "قرب مدينة الرقة أمس.",
     ("SYR-PRM", "SDF")),
    ("قصفت طائرات إيرانية مقرا للحزب الديمقراطي الكردستاني الإيراني في أربيل الثلاثاء.",
     ("IRN-MIL", "IRN-REB")),
    ("وقعت القوات الكردية السورية اتفاقا مع الحكومة السورية في القامشلي أمس.", ("SDF", "SYR-GOV")),
    ("هاجمت مجموعة فاغنر مواقع للجيش الليبي جنوب طرابلس أمس.", ("RUS-PRM", "LBY-MIL")),
])
def test_militias_and_rebels_are_named(text: str, dyad: tuple[str, str]) -> None:
    got = {(e["source"]["code"], e["target"]["code"] if e["target"] else None) for e in _live(text)}
    assert dyad in got


@pytest.mark.parametrize("text, dyad, city", [
    ("قالت وزارة الدفاع إن طائرات F-16 العراقية قصفت أمس مواقع لتنظيم داعش قرب بلدة هجين.",
     ("IRQ-MIL", "ISIS"), "Hajin"),
    ("أغارت مقاتلات إف 16 التركية ليل الأحد على مواقع لحزب العمال الكردستاني في قضاء سنجار.",
     ("TUR-MIL", "TUR-REB"), "Sinjar District"),
])
def test_a_model_designation_between_the_aircraft_and_its_nisba(
        text: str, dyad: tuple[str, str], city: str) -> None:
    e = _one(text, "ASSAULT")
    assert (e["source"]["code"], e["target"]["code"]) == dyad
    assert e["location"]["name"] == city


def test_a_verb_describing_an_indefinite_strike_noun_keeps_the_doer_before_it() -> None:
    e = _one("نفذت طائرات أردنية صباح الخميس ضربات جوية استهدفت خلالها موقعا لقيادة تنظيم داعش "
             "في منطقة الباغوز.", "ASSAULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("JOR-MIL", "ISIS")
    assert e["date"]["start"] == "2021-06-10"
    assert e["location"]["name"] == "Al-Baghuz"


def test_dawn_in_a_date_is_no_detonation() -> None:
    e = _one("نفذت الطائرات الأردنية فجر الخميس ضربات جوية استهدفت مخابئ لتنظيم داعش "
             "في منطقة الباغوز.", "ASSAULT")
    assert e["mode"] != "explosives"
    assert e["date"]["start"] == "2021-06-10"


def test_a_verb_with_a_pronoun_for_the_noun_names_the_doer_after_it() -> None:
    e = _one("قتل خمسة جنود عراقيين في كمين نصبه مسلحو تنظيم داعش قرب مدينة كركوك.", "ASSAULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("ISIS", "IRQ-MIL")
    assert e["fatalities"] == 5


@pytest.mark.parametrize("text", [
    "وأعلنت قيادة العمليات المشتركة العثور على مستودع للصواريخ تابع لتنظيم داعش في صحراء الأنبار.",
    "وعثرت القوات العراقية على مقر ومخزن قذائف لتنظيم داعش في قرية قرب الموصل.",
])
def test_a_store_of_weapons_is_no_attack(text: str) -> None:
    events = process(Article("t", text, PUBLISHED))["events"]  # hypothetical ones included
    assert not [e for e in events if e["event_type"] == "ASSAULT"]


def test_the_act_responded_to_keeps_its_own_place_and_date() -> None:
    events = _live("قصفت الطائرات الأمريكية مواقع للجيش السوري قرب حمص صباح السبت. "
                   "وجاء هذا القصف، الذي قالت واشنطن إنه انتهى، ردا على ما يشتبه بأنه هجوم "
                   "كيميائي في بلدة خان شيخون الشهر الماضي.")
    strikes = [e for e in events if e["source"] and e["source"]["code"] == "USA-MIL"]
    assert len(strikes) == 1
    assert strikes[0]["date"]["start"] == "2021-06-05"
    assert strikes[0]["location"]["name"] == "Homs"


def test_a_later_definite_mention_tells_the_mode() -> None:
    e = _one("قصفت القوات الأمريكية مواقع لتنظيم داعش في دير الزور أمس. "
             "وقالت واشنطن إن هذه الضربات الجوية دمرت مخازن للتنظيم.", "ASSAULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("USA-MIL", "ISIS")
    assert e["mode"] == "aerial"


def test_a_meeting_talked_about_is_not_the_visit_it_was_talked_about_on() -> None:
    text = ("وصل وزير الخارجية التركي إلى بغداد أمس، وتحدث، في مستهل زيارته للعراق، عن اجتماع "
            "يعقد في العشرين من حزيران بين تركيا وإيران وروسيا بشأن الوضع في حلب.")
    [visit] = [e for e in _live(text) if e["event_type"] == "CONSULT"]
    assert visit["target"]["code"] == "IRQ-GOV"
    assert visit["date"]["start"] == "2021-06-09"
    assert visit["location"]["name"] == "Baghdad"


def test_an_act_dated_after_the_report_is_not_yet_an_event() -> None:
    events = process(Article("t", "يلتقي وزير الخارجية العراقي نظيره الإيراني في طهران "
                                  "في الخامس عشر من حزيران.", PUBLISHED))["events"]
    meetings = [e for e in events if e["event_type"] == "CONSULT"]
    assert meetings and all(e["hypothetical"] for e in meetings)


def test_a_later_date_of_a_meeting_to_come_does_not_date_the_one_held() -> None:
    text = ("استقبل الرئيس العراقي وزير الخارجية الإيراني في بغداد. وقال الوزير إن الاجتماع "
            "الذي سنعقده يوم الأحد المقبل سيبحث أمن الحدود.")
    [e] = [e for e in _live(text) if e["event_type"] == "CONSULT"]
    assert e["date"]["start"] == "2021-06-10"


def test_qad_before_a_perfect_verb_beginning_with_ta_is_a_past_act() -> None:
    e = _one("وكان وزير الخارجية التركي قد توجه إلى بغداد أمس.", "CONSULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("TUR-GOV", "IRQ-GOV")
    assert e["date"]["start"] == "2021-06-09"


def test_two_reports_of_one_strike_keep_the_more_precise_date() -> None:
    e = _one("قصفت طائرات أمريكية مواقع لتنظيم داعش في دير الزور الأسبوع الماضي. "
             "وقال البنتاغون إن الطائرات الأمريكية قصفت مواقع تنظيم داعش في 3 حزيران.", "ASSAULT")
    assert (e["date"]["start"], e["date"]["end"]) == ("2021-06-03", "2021-06-03")


def test_a_later_report_of_a_joint_strike_places_every_state_of_it() -> None:
    events = _live("وجهت الولايات المتحدة وبريطانيا ضربات طالت أهدافا متعددة في سوريا فجر السبت. "
                   "وقال مسؤولون إن الضربات استهدفت موقعا في العاصمة السورية دمشق، فضلا عن موقعين "
                   "قرب مدينة حمص.")
    strikes = [e for e in events if e["event_type"] == "ASSAULT"]
    assert sorted(e["source"]["code"] for e in strikes) == ["GBR-MIL", "USA-MIL"]
    assert {e["location"]["name"] for e in strikes} == {"Damascus"}


def test_a_count_of_deaths_since_a_date_is_not_one_attack() -> None:
    text = "وقد أكدت موسكو رسميا مقتل أكثر من 40 من عديد القوات الروسية في سوريا منذ ذلك الحين."
    assert not [e for e in _live(text) if e["event_type"] == "ASSAULT"]


def test_present_tense_verbs_after_a_relative_pronoun_describe_people_not_acts() -> None:
    events = _live("قامت فصائل المعارضة السورية في إدلب، منذ مطلع آب، باعتقال من يستسلمون أو يوقعون "
                   "اتفاقيات مصالحة مع الحكومة السورية.")
    assert [e["event_type"] for e in events] == ["COERCE"]


def test_a_later_claim_of_responsibility_names_the_doer() -> None:
    e = _one("أسفر تفجير سيارة مفخخة في سوق بلدة الباب عن مقتل 12 مدنيا أمس. "
             "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان.", "ASSAULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("ISIS", "SYR-CVL")
    assert e["attributed_to"]["code"] == "ISIS"
    assert e["fatalities"] == 12


def test_the_toll_a_claimant_alleges_is_no_second_attack() -> None:
    events = _live("قتل 11 جنديا صوماليا في كمين نصبه مسلحو حركة الشباب قرب مقديشو أمس. "
                   "وأعلنت الحركة مسؤوليتها عن الهجوم، مدعية قتل 20 جنديا.")
    assert [(e["event_type"], e["fatalities"]) for e in events] == [("ASSAULT", 11)]


@pytest.mark.parametrize("text, claimer", [
    # an informant is not a claimant (spec/OUTPUT.md: attributed_to is who claims the act)
    ("قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة جنوبي الموصل أمس، بحسب ما أفاد مصدر أمني عراقي.", None),
    ("قتل خمسة مدنيين بغارات شنتها طائرات حربية روسية على بلدة سرمين أمس، وفق ما أفاد الدفاع "
     "المدني السوري.", None),
    # the doer telling its own act claims it
    ("أعلن الجيش الإسرائيلي أمس أن طائراته قصفت مواقع لحزب الله في جنوب لبنان.", "ISR-MIL"),
])
def test_attributed_to_is_the_claimer_not_the_informant(text: str, claimer: str | None) -> None:
    e = _one(text, "ASSAULT")
    assert (e["attributed_to"] or {}).get("code") == claimer


def test_an_occurred_verb_before_the_definite_noun_places_the_event_told() -> None:
    e = _one("أسفرت هجمات انتحارية جنوبي سوريا عن مقتل 40 شخصا على الأقل أمس. "
             "ووقعت الهجمات في مدينة درعا، التي تسيطر عليها الحكومة.", "ASSAULT")
    assert (e["location"]["name"], e["location"]["feature"]) == ("Dara", "city")  # GeoNames' spelling
    assert e["fatalities"] == 40


def test_kana_before_a_present_tense_verb_is_an_act_going_on_at_the_time() -> None:
    e = _one('وقال التلفزيون السوري إن القوات السورية كانت "تقصف مواقع لتنظيم داعش"، في ريف دير الزور.',
             "ASSAULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("SYR-MIL", "ISIS")
    assert e["date"]["start"] == "2021-06-10"


def test_a_present_tense_verb_alone_is_a_habit() -> None:
    assert not _live("وتقصف القوات السورية مواقع لتنظيم داعش في ريف دير الزور.")


def test_strikes_in_two_countries_stay_two_and_keep_their_own_dates() -> None:
    text = ("شنت طائرات إسرائيلية غارات على مدينة صور في جنوب لبنان فجر الثلاثاء، ما أدى إلى مقتل "
            "ثلاثة مدنيين.\nوقصف الجيش الإسرائيلي مواقع في محافظة القنيطرة السورية.\n"
            "واستهدفت غارة مبنى في الضاحية الجنوبية لبيروت ليل الأحد.")
    got = sorted((e["location"]["country"], e["date"]["start"], e["fatalities"])
                 for e in _live(text) if e["event_type"] == "ASSAULT")
    # Sunday's strike on Beirut names no party hit (no event of its own); it dates neither
    assert got == [("LBN", "2021-06-08", 3), ("SYR", "2021-06-10", None)]


@pytest.mark.parametrize("text", [
    "جدة - ٢١ أيار ٢٠٢٣ - وقّع ممثلو الجيش السوداني وقوات الدعم السريع، مساء أمس السبت، في مدينة "
    "جدة اتفاقاً لوقف إطلاق النار.",
    "وقّع ممثلو الجيش السوداني وقوات الدعم السريع، مساء أمس السبت، في مدينة جدة اتفاقاً لوقف "
    "إطلاق النار لمدة سبعة أيام.",
])
def test_a_signing_is_one_event_dated_by_its_own_day_not_the_dateline_s(text: str) -> None:
    events = [e for e in process(Article("t", text, date(2023, 5, 21)))["events"]
              if not e["hypothetical"]]
    assert [(e["event_type"], e["date"]["start"], e["location"]["name"]) for e in events] \
        == [("SUPPORT", "2023-05-20", "Jeddah")]
