"""Acts of force on a place, a ship or with a device, where the text names no party hit: an
event with a named doer and no target (spec/GOLD.md asks for a doer, not a target)."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

DAY = date(2024, 6, 11)


def _live(text: str, published: date = DAY) -> list[dict]:
    events = process(Article("t", text, published))["events"]
    return [e for e in events if not e["negated"] and not e["hypothetical"]]


def _row(e: dict) -> tuple:
    target = e["target"]["code"] if e["target"] else None
    place = e["location"]["name"] if e["location"] else None
    return e["event_type"], e["source"]["code"], target, place


@pytest.mark.parametrize("text, doer, place", [
    ("قصفت قوات الدعم السريع اليوم مدينة الفاشر.", "SDN-REB", "El Fasher"),
    ("شنت قوات الدعم السريع اليوم هجوماً على مدينة الفاشر.", "SDN-REB", "El Fasher"),
    ("استهدفت جماعة الحوثي اليوم مدينة مأرب بالصواريخ.", "YEM-REB", "Ma'rib"),
    ("فجّر مسلحون مجهولون اليوم عبوة ناسفة في سوق مدينة مأرب.", "UAF", "Ma'rib"),
    ("أعلن التحالف شن غارات على صعدة.", "IGO", "Sa'dah"),
    # missiles, shells or drones fired at a town ("باتجاه", "على"), counted or not
    ("أطلقت جماعة الحوثي اليوم صاروخا باليستيا باتجاه مدينة إيلات.", "YEM-REB", "Eilat"),
    ("أطلق حزب الله اليوم عشرات الصواريخ على بلدة كريات شمونة.", "HEZ", "Qiryat Shmona"),
    # a building or a prison hit
    ("قصفت المدفعية الإسرائيلية اليوم مبنى في بلدة الخيام.", "ISR-MIL", "Khiam"),
    ("هاجم مسلحون مجهولون اليوم سجنا في سبها.", "UAF", "Sabha"),
])
def test_an_attack_on_a_place_with_no_party_named_is_kept_without_target(
        text: str, doer: str, place: str) -> None:
    [event] = _live(text)
    assert _row(event) == ("ASSAULT", doer, None, place)
    assert event["date"]["start"] == "2024-06-11"


def test_the_object_may_come_after_the_doer_a_date_and_commas() -> None:
    text = ("قصفت المدفعية الإسرائيلية، اليوم الجمعة، أطراف بلدتي عيتا الشعب ورميش في جنوب لبنان، "
            "بعد ساعات من إعلان حزب الله استهداف موقع عسكري إسرائيلي في مزارع شبعا.")
    rows = {_row(e) for e in _live(text, date(2023, 10, 20))}
    assert rows == {("ASSAULT", "ISR-MIL", None, "Aita al-Shaab"),
                    ("ASSAULT", "HEZ", "ISR-MIL", "Shebaa Farms")}


def test_a_ship_at_sea_is_hit_even_where_no_country_is_named() -> None:
    [event] = _live("استهدف الحوثيون اليوم سفينة تجارية في البحر الأحمر.", date(2024, 1, 15))
    assert _row(event)[:3] == ("ASSAULT", "YEM-REB", None)


@pytest.mark.parametrize("text", [
    "الهجوم على مدينة الفاشر يثير قلق المنظمات الإنسانية.",  # names the act, reports none
    "تعرضت مدينة الفاشر اليوم لقصف عنيف.",  # no doer identified
    "قد تقصف قوات الدعم السريع مدينة الفاشر.",  # not done
])
def test_no_event_without_a_named_doer_or_a_deed(text: str) -> None:
    assert _live(text) == []


@pytest.mark.parametrize("text, row", [
    # a foreign army shelling a town hits no army named there (was: the host state's army)
    ("قصفت المدفعية الإسرائيلية اليوم مدينة النبطية.",
     ("ASSAULT", "ISR-MIL", None, "An Nabatiyah")),
    ("قصفت المدفعية التركية اليوم مدينة تل رفعت.", ("ASSAULT", "TUR-MIL", None, "Tall Rifat")),
    # ... nor does one striking a home or a car there
    ("قصفت طائرات إسرائيلية اليوم منزلا في خان يونس.", ("ASSAULT", "ISR-MIL", None, "Khan Yunis")),
    ("قصفت طائرة أمريكية اليوم سيارة في مدينة الموصل.", ("ASSAULT", "USA-MIL", None, "Mosul")),
    # an army that answered (رد) with shelling did the shelling
    ("رد الجيش الإسرائيلي اليوم بقصف مدفعي على بلدة عيتا الشعب جنوبي لبنان.",
     ("ASSAULT", "ISR-MIL", None, "Aita al-Shaab")),
    # settlers raiding a village hit its people
    ("هاجم مستوطنون اليوم قرية ترمسعيا شمال رام الله.", ("ASSAULT", "ISR-CVL", "PSE-CVL", "Turmusayya")),
    # a military site still is the host state's army's
    ("قصفت الطائرات الإسرائيلية موقعا عسكريا قرب مدينة حمص.",
     ("ASSAULT", "ISR-MIL", "SYR-MIL", "Homs")),
])
def test_a_foreign_army_on_a_town_hits_no_army(text: str, row: tuple) -> None:
    [event] = _live(text, date(2023, 10, 20))
    assert _row(event) == row


@pytest.mark.parametrize("text, row", [
    # a destroyer is a warship of its flag's navy, not "destroyed"; a merchant ship is its
    # flag's business; "الصواريخ البحرية" are anti-ship missiles, not the navy
    ("استهدف الحوثيون اليوم مدمرة أمريكية في البحر الأحمر.",
     ("ASSAULT", "YEM-REB", "USA-MIL", "Red Sea")),
    ("أعلنت جماعة الحوثي اليوم استهداف سفينة تجارية بريطانية في خليج عدن بعدد من الصواريخ البحرية.",
     ("ASSAULT", "YEM-REB", "GBR-BUS", "Gulf of Aden")),
    ("استهدف الحوثيون اليوم ناقلة نفط يونانية في البحر الأحمر.",
     ("ASSAULT", "YEM-REB", "GRC-BUS", "Red Sea")),
    # forces the rebels' spokesman calls theirs are the rebels
    ("قال المتحدث العسكري باسم الحوثيين يحيى سريع اليوم إن قواتهم أطلقت طائرات مسيرة على مدمرة "
     "أمريكية في البحر الأحمر.", ("ASSAULT", "YEM-REB", "USA-MIL", "Red Sea")),
])
def test_ships_are_their_flag_s(text: str, row: tuple) -> None:
    [event] = _live(text, date(2023, 10, 20))
    assert _row(event) == row


@pytest.mark.parametrize("text, row", [
    # an armed party's claim of an act told as a noun ("أعلن X استهداف Y"), a ship named definite
    ("أعلن حزب الله اليوم استهداف مستوطنة كريات شمونة بصلية صاروخية.",
     ("ASSAULT", "HEZ", None, "Qiryat Shmona")),
    ("أعلنت جماعة أنصار الله (الحوثيون) مساء اليوم استهداف ناقلة النفط البريطانية «بلو هورايزن» "
     "في خليج عدن بصاروخين باليستيين.", ("ASSAULT", "YEM-REB", "GBR-BUS", "Gulf of Aden")),
    ("استهدف الحوثيون اليوم السفينة «ستار نوفا» في البحر الأحمر بصواريخ.",
     ("ASSAULT", "YEM-REB", None, "Red Sea")),
    ("استهدف الحوثيون اليوم سفينة الشحن الأمريكية «ستار نوفا» في البحر الأحمر بصواريخ.",
     ("ASSAULT", "YEM-REB", "USA-BUS", "Red Sea")),
])
def test_claims_of_strikes_on_towns_and_ships(text: str, row: tuple) -> None:
    assert [_row(e) for e in _live(text)] == [row]


@pytest.mark.parametrize("text, row", [
    # a reporter who tells of a strike on a home is no party its dead could belong to
    ("ارتقى ثلاثة شهداء اليوم في غارة شنتها طائرة مسيرة تابعة لجيش الاحتلال الإسرائيلي على منزل "
     "في بلدة عيترون جنوبي لبنان، بحسب ما أفاد مراسل الميادين.",
     ("ASSAULT", "ISR-MIL", "LBN-CVL", "Aitaroun")),
    # a town that suffered shelling: no army was hit
    ("تعرضت بلدة حولا اليوم لقصف مدفعي إسرائيلي.", ("ASSAULT", "ISR-MIL", None, "Houla")),
    ("تعرضت مدينة الفاشر اليوم لقصف مدفعي من قوات الدعم السريع.",
     ("ASSAULT", "SDN-REB", None, "El Fasher")),
    # the air force an army's statement names without a nationality is its own
    ("قال الجيش الإسرائيلي اليوم إن طائرة تابعة لسلاح الجو أغارت على مبنى يستخدمه حزب الله في "
     "قرية عيترون بجنوب لبنان.", ("ASSAULT", "ISR-MIL", "HEZ", "Aitaroun")),
])
def test_strikes_on_the_lebanese_front_hit_no_army_unnamed(text: str, row: tuple) -> None:
    assert [_row(e) for e in _live(text)] == [row]


def test_a_ministry_reporting_a_strike_does_not_claim_it() -> None:
    assert not _live("أعلنت وزارة الصحة اليوم استهداف مستشفى في خان يونس.")


@pytest.mark.parametrize("text, doer", [
    # a town named with its descriptor that the gazetteer lacks: the attack, with no place
    ("قصف الجيش الإسرائيلي اليوم بلدة عيتا الجبل جنوبي البلاد.", "ISR-MIL"),
    ("هاجم مسلحون مجهولون اليوم قرية أم عشوشة.", "UAF"),
])
def test_an_attack_on_a_town_the_gazetteer_lacks_is_kept_without_place(text: str,
                                                                        doer: str) -> None:
    [event] = _live(text)
    assert _row(event) == ("ASSAULT", doer, None, None)


def test_the_answer_told_after_fiima_is_the_army_s_and_keeps_its_own_place() -> None:
    text = ("أعلن حزب الله اليوم أن مقاتليه استهدفوا موقعا عسكريا إسرائيليا بصواريخ موجهة، "
            "فيما ردت المدفعية الإسرائيلية بقصف أطراف بلدة عيتا الشعب.")
    rows = {_row(e) for e in _live(text, date(2023, 10, 20))}
    assert rows == {("ASSAULT", "HEZ", "ISR-MIL", None),
                    ("ASSAULT", "ISR-MIL", None, "Aita al-Shaab")}


def test_an_answer_that_hit_a_town_after_fiima_is_its_own_attack() -> None:
    text = ("أطلق حزب الله اليوم صواريخ موجهة على موقع عسكري إسرائيلي، فيما رد الجيش الإسرائيلي "
            "بقصف مدفعي استهدف أطراف بلدة عيتا الشعب جنوبي لبنان.")
    rows = {_row(e) for e in _live(text, date(2023, 10, 20))}
    assert ("ASSAULT", "ISR-MIL", None, "Aita al-Shaab") in rows


def test_unnamed_gunmen_on_a_town_are_the_named_attack_there_that_day() -> None:
    text = ("قتل 40 مدنيا على الأقل اليوم في هجوم تبناه تنظيم الدولة الإسلامية على مدينة "
            "السويداء. وقال شاهد إن مسلحين استهدفوا مدينة السويداء من ثلاثة محاور.")
    [event] = _live(text, date(2018, 7, 25))
    assert _row(event) == ("ASSAULT", "ISIS", "SYR-CVL", "As-Suwayda")
    assert event["fatalities"] == 40


@pytest.mark.parametrize("text, target", [
    ("اختطف مسلحون مجهولون صباح أمس طبيباً في مدينة عدن.", "YEM-MED"),
    ("اختطف مسلحون مجهولون صباح أمس موظفاً أممياً في عدن.", "YEM-CVL"),
    ("قتل مسلحون مجهولون مهندساً في مدينة عدن أمس.", "YEM-CVL"),
    ("اعتقلت الشرطة معلماً في مدينة عدن أمس.", "YEM-EDU"),
])
def test_a_doctor_an_employee_an_engineer_or_a_teacher_is_a_party(text: str, target: str) -> None:
    [event] = _live(text, date(2024, 2, 2))
    assert _row(event)[2] == target and event["date"]["start"] == "2024-02-01"


def test_the_dead_of_another_clause_are_not_the_attack_on_the_place_s() -> None:
    text = ("هاجم تنظيم داعش قرية في ديالى يوم الأحد، فيما قتل جنديان عراقيان في انفجار لغم في "
            "الأنبار.")
    rows = {(_row(e), e["fatalities"]) for e in _live(text, date(2021, 6, 10))}
    assert (("ASSAULT", "ISIS", None, "Diyala"), None) in rows
    assert (("ASSAULT", "UNK", "IRQ-MIL", "Anbar"), 2) in rows


def test_a_result_clause_names_whom_the_device_killed() -> None:
    text = "فجّر مسلحون مجهولون عبوة ناسفة في سوق مدينة مأرب أمس، ما أسفر عن مقتل ثلاثة جنود."
    [event] = _live(text, date(2021, 6, 10))
    assert _row(event) == ("ASSAULT", "UAF", "YEM-MIL", "Ma'rib") and event["fatalities"] == 3


def test_a_group_s_military_spokesman_tells_of_the_group_s_forces() -> None:
    text = ("أعلن المتحدث العسكري باسم جماعة أنصار الله (الحوثيين) يحيى سريع، اليوم الاثنين، أن "
            "قواتهم استهدفت سفينة تجارية قبالة ميناء الحديدة بصاروخ باليستي.")
    [event] = _live(text, date(2024, 1, 15))
    assert _row(event) == ("ASSAULT", "YEM-REB", None, "Al Hudaydah")
    assert event["attributed_to"]["code"] == "YEM-REB"


def test_civilians_killed_after_a_hospital_was_hit_are_its_dead() -> None:
    text = "قصفت الطائرات الروسية مستشفى في إدلب. وقالت مصادر طبية إن خمسة مدنيين قتلوا."
    [event] = _live(text, date(2024, 5, 15))
    assert _row(event) == ("ASSAULT", "RUS-MIL", "SYR-MED", "Idlib") and event["fatalities"] == 5
    apart = "قصفت الطائرات الروسية مستشفى في إدلب. وفي حادث آخر، قتل خمسة مدنيين في حلب."
    assert len(_live(apart, date(2024, 5, 15))) == 2
