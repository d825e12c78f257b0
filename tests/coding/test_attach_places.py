"""The place and date an event takes among several in its sentence and article (sentences
written for these tests)."""

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


def test_a_place_after_a_separate_preposition_is_locative_like_one_with_a_clitic() -> None:
    # "في قضاء زاخو" is as locative as "بمحافظة دهوك": the finest of them is the place
    e = _one("قصفت طائرات تركية مواقع لحزب العمال الكردستاني في قضاء زاخو "
             "بمحافظة دهوك في إقليم كردستان العراق.", "ASSAULT")
    assert e["source"]["code"] == "TUR-MIL"
    assert e["location"]["name"] in ("Zakho", "Zakho District")



def test_a_later_sentence_saying_where_the_attack_took_place_refines_a_near_place() -> None:
    e = _one("هاجم مسلحو تنظيم داعش نقطة للجيش العراقي قرب مدينة الموصل، ما أسفر عن مقتل "
             "12 جنديا. وقال مصدر أمني إن الهجوم وقع مساء الاثنين في قرية صغيرة التابعة "
             "لقضاء تلعفر في محافظة نينوى.", "ASSAULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("ISIS", "IRQ-MIL")
    assert e["location"]["name"] in ("Tal Afar", "Tal Afar District")
    assert e["date"]["start"] == "2021-06-07"
    assert e["fatalities"] == 12


def test_a_place_given_exactly_is_not_replaced_by_another_as_fine() -> None:
    e = _one("هاجم مسلحو تنظيم داعش نقطة للجيش العراقي في مدينة الموصل، ما أسفر عن مقتل "
             "12 جنديا. وقال مصدر أمني إن الهجوم وقع مساء الاثنين في قضاء تلعفر.", "ASSAULT")
    assert e["location"]["name"] == "Mosul"
    assert e["date"]["start"] == "2021-06-07"


def test_ma_before_a_consequence_verb_is_which_not_a_negation() -> None:
    events = process(Article("t", "قصفت مدفعية الجيش التركي قرية في دهوك، ما أدى إلى مقتل "
                                  "ثلاثة مدنيين.", PUBLISHED))["events"]
    assert events and not any(e["negated"] for e in events)


def test_the_strikes_as_subject_of_a_later_verb_tell_where_they_fell() -> None:
    e = _one("شنت المقاتلات الإسرائيلية غارات على مواقع عسكرية في سوريا فجر الأحد. "
             "وقال مصدر عسكري إن الغارات استهدفت مستودعا في مدينة حماة.", "ASSAULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("ISR-MIL", "SYR-MIL")
    assert e["location"]["name"] == "Hamah"
    assert e["date"]["start"] == "2021-06-06"


def test_a_visit_to_a_foreign_city_meets_that_government_and_takes_the_city() -> None:
    e = _one("وصل وزير الخارجية المصري أمس إلى مدينة إسطنبول في زيارة رسمية.", "CONSULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("EGY-GOV", "TUR-GOV")
    assert e["location"]["name"] == "Istanbul"
    assert e["date"]["start"] == "2021-06-09"


def test_the_host_named_where_the_visitor_was_received_is_the_visit_s_target() -> None:
    e = _one("وصل رئيس الوزراء المصري أمس إلى العاصمة الأردنية عمّان في زيارة رسمية، حيث كان في "
             "استقباله نظيره الأردني بشر الخصاونة.", "CONSULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("EGY-GOV", "JOR-GOV")
    assert e["target"]["text"] == "نظيره الأردني بشر الخصاونة"
    assert e["location"]["name"] == "Amman"


def test_an_act_a_day_before_a_dated_raid_is_dated_the_day_before() -> None:
    text = ("قصفت طائرات تركية الثلاثاء مواقع لحزب العمال الكردستاني في قضاء زاخو. "
            "وجاء القصف بعد يوم من زيارة وزير الخارجية العراقي إلى أنقرة، حيث التقى الرئيس التركي.")
    e = _one(text, "CONSULT")
    assert (e["source"]["code"], e["target"]["code"]) == ("IRQ-GOV", "TUR-GOV")
    assert e["location"]["name"] == "Ankara"
    assert e["date"]["start"] == "2021-06-07"  # the strike was on Tuesday the 8th


@pytest.mark.parametrize("text, place", [
    # the town named as the object is where the act was, not the governorate after في
    ("قصفت الطائرات الروسية بلدة أريحا في ريف إدلب الجنوبي يوم الأحد.", "Ariha"),
    ("قصفت المدفعية التركية قرية كفرنبل في منطقة معرة النعمان يوم الأحد.", "Kafranbel"),
    # a place a bearing is taken from is not where it was ("جنوب غرب كركوك")
    ("شهد قضاء الحويجة جنوب غرب كركوك هجوما لداعش على الجيش العراقي يوم الأحد.", "Al-Hawija District"),
])
def test_the_place_hit_before_the_places_that_situate_it(text: str, place: str) -> None:
    assert _one(text, "ASSAULT")["location"]["name"] == place



def test_a_place_only_situated_by_a_bearing_after_the_act_s_town_is_not_its_place() -> None:
    # "من خان يونس جنوب قطاع غزة": withdrawn from Khan Yunis, which the Strip only situates
    e = _one("أعلنت هيئة البث الإسرائيلية أن الجيش الإسرائيلي سحب لواء المظليين من خان يونس "
             "جنوب قطاع غزة.", "RETREAT")
    assert e["location"]["name"] == "Khan Yunis"


def test_a_purpose_told_after_an_act_does_not_take_its_place() -> None:
    # "للمطالبة" names what the protest was for; the place after it is the protest's
    e = _one("تظاهر عمال مصنع الغزل والنسيج في مدينة المحلة الكبرى للمطالبة بصرف الأرباح.", "PROTEST")
    assert e["location"]["name"] == "Al Mahallah al Kubra"


@pytest.mark.parametrize("text, event_type, place", [
    # an act told after قبيل/بعد is another act's time; the place before it is the first act's
    ("قطعت الحكومة السودانية خدمة الإنترنت في الخرطوم قبيل التظاهرات المقررة يوم الخميس.",
     "COERCE", "Khartoum"),
    ("اعتقلت الشرطة العراقية عشرة أشخاص في البصرة بعد احتجاجات ليلية أمام مبنى المحافظة.",
     "COERCE", "Basrah"),
])
def test_an_act_told_as_the_time_of_another_takes_no_place_before_it(text: str, event_type: str,
                                                                      place: str) -> None:
    assert _one(text, event_type)["location"]["name"] == place


@pytest.mark.parametrize("text, place", [
    ("بحث وزيرا خارجية مصر والسودان أمس سبل إنهاء الحرب الدائرة في السودان، "
     "خلال لقاء جمعهما في العاصمة المصرية.", "Cairo"),
    ("بحث وزير الخارجية العراقي مع نظيره التركي الأوضاع في سوريا خلال اجتماعهما في أنقرة أمس.",
     "Ankara"),
])
def test_the_meeting_that_frames_a_discussion_gives_its_venue(text: str, place: str) -> None:
    assert _one(text, "CONSULT")["location"]["name"] == place


@pytest.mark.parametrize("text, day", [
    # the day set off by commas after the dead counted is the day of the attack they died in
    ("قتل 12 مدنيا على الأقل، السبت، في قصف مدفعي شنته قوات الدعم السريع على مدينة الفاشر.",
     "2021-06-05"),
    ("قتل 12 مدنيا، يوم الجمعة، في قصف مدفعي شنته قوات الدعم السريع على مدينة الفاشر.",
     "2021-06-04"),
])
def test_the_day_of_the_dead_is_the_day_of_the_attack_they_died_in(text: str, day: str) -> None:
    assert _one(text, "ASSAULT")["date"]["start"] == day


@pytest.mark.parametrize("text, published, day", [
    # the wire wrote "today" and "yesterday" on its dateline's day, a day before the paper printed it
    ("بغداد - 12 آذار (رويترز) - قتل جنديان عراقيان اليوم بانفجار عبوة ناسفة استهدفت دوريتهما "
     "في قضاء الطارمية.", date(2024, 3, 13), "2024-03-12"),
    ("دمشق، 8 تشرين الأول/أكتوبر (أ ف ب) - قُتل أربعة جنود سوريين أمس في هجوم لتنظيم داعش على "
     "حاجز في ريف حمص.", date(2024, 10, 9), "2024-10-07"),
    # an undated report is of the dateline's day
    ("دمشق، 8 تشرين الأول/أكتوبر (أ ف ب) - قتل أربعة جنود سوريين في هجوم لتنظيم داعش على "
     "حاجز في ريف حمص.", date(2024, 10, 9), "2024-10-08"),
])
def test_relative_days_count_from_the_datelines_day(text: str, published: date, day: str) -> None:
    [event] = [e for e in process(Article("t", text, published))["events"] if e["event_type"] == "ASSAULT"]
    assert event["date"]["start"] == day == event["date"]["end"]


def test_a_killing_told_after_an_attack_that_gave_no_event_happened_where_and_when_it_did() -> None:
    text = ("تبنى تنظيم القاعدة في جزيرة العرب الهجوم الذي استهدف قوات الحزام الأمني في أبين في العشرين "
            "من فبراير/شباط، وقال في بيان إن مقاتليه قتلوا خمسة جنود واستولوا على أسلحتهم.")
    [event] = [e for e in process(Article("t", text, date(2024, 2, 22)))["events"] if e["event_type"] == "ASSAULT"]
    assert (event["location"]["name"], event["date"]["start"], event["fatalities"]) == ("Abyan", "2024-02-20", 5)


@pytest.mark.parametrize("text", [
    # the neighbour across the border is not where it happened, nor whose forces were hit
    "قصف الجيش السوداني مواقع لقوات الدعم السريع قرب الحدود مع تشاد.",
    "قتل ثلاثة جنود أردنيين في هجوم على موقع عسكري قرب الحدود مع سوريا.",
])
def test_the_country_across_a_border_is_not_the_place(text: str) -> None:
    events = _live(text)
    assert events and all(e["location"] is None for e in events)
    assert not any((e["target"] or {}).get("code", "")[:3] in ("TCD", "SYR") for e in events)
