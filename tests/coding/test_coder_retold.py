"""One attack told again in the same report, as Iraqi outlets tell an ambush: the headline and
the security cell's words, the area said to lie by a city, a comment on the act.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from rasid.model import Article
from rasid.pipeline import process

DAY = date(2024, 11, 12)


def _events(text: str, published: date = DAY) -> list[dict]:
    return [e for e in process(Article("t", text, published))["events"]
            if not e["negated"] and not e["hypothetical"]]


def test_terrorists_named_bare_in_the_statement_are_the_group_the_headline_names() -> None:
    text = ("استشهاد أربعة من منتسبي الجيش بهجوم لعصابات داعش في الطارمية\n"
            "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، أن \"مجموعة من الإرهابيين نصبت كمينا "
            "لقوة من الجيش في منطقة البساتين التابعة للقضاء\".")
    [event] = _events(text)
    assert (event["source"]["code"], event["target"]["code"]) == ("ISIS", "IRQ-MIL")
    assert event["fatalities"] == 4


def test_an_area_said_to_lie_north_of_a_city_is_a_point_on_that_side_of_it() -> None:
    [event] = _events("هاجم مسلحو داعش دورية للجيش في منطقة البساتين الواقعة شمال بغداد.")
    assert (event["location"]["name"], event["location"]["feature"]) == ("N of Baghdad", "point")
    [event] = _events("هاجم مسلحو داعش دورية للجيش في بغداد.")
    assert event["location"]["feature"] == "city"


def test_the_hospital_the_wounded_were_taken_to_was_not_struck() -> None:
    text = ("استشهد ثلاثة مدنيين جراء استهداف طائرة مسيرة أمريكية سيارة قرب مدينة البوكمال اليوم. "
            "وذكرت مصادر محلية أن الطائرة أطلقت صاروخين على السيارة ما أدى إلى إصابة الرابع "
            "بجروح خطيرة نقل على إثرها إلى مشفى البوكمال.")
    targets = {e["target"]["code"] for e in _events(text) if e["target"]}
    assert targets == {"SYR-CVL"}


def test_a_withdrawal_a_state_is_to_be_compelled_to_is_not_done() -> None:
    text = ("وطالبت سوريا مجلس الأمن الدولي بوضع حد للاعتداءات الأمريكية وإلزام واشنطن "
            "بالانسحاب من الأراضي السورية.")
    assert not [e for e in _events(text) if e["event_type"] == "RETREAT"]


def test_a_strike_a_week_before_the_one_reported_is_dated_a_week_before() -> None:
    text = ("قُتل عنصران من الحشد الشعبي، اليوم الأربعاء، بضربة من طائرة مسيرة استهدفت سيارتهما "
            "قرب مدينة البوكمال. ويأتي ذلك بعد أسبوع من ضربة مماثلة أدت إلى مقتل ثلاثة عناصر من "
            "الحشد في المنطقة ذاتها.")
    days = sorted((e["date"]["start"], e["fatalities"]) for e in _events(text, date(2024, 11, 27)))
    assert days == [("2024-11-20", 3), ("2024-11-27", 2)]


def test_a_comment_on_a_deal_does_not_move_it_to_the_places_it_names() -> None:
    text = ("أعلن العراق وسوريا، اليوم الثلاثاء، اتفاقا أمنيا لضبط الحدود المشتركة، عقب اجتماع "
            "جمع وزيري داخلية البلدين في العاصمة العراقية بغداد. ويرى مراقبون أن الاتفاق يعكس "
            "قلق بغداد من احتمال عودة نشاط التنظيم في البادية السورية.")
    [deal] = [e for e in _events(text) if e["event_type"] == "AGREE"]
    assert (deal["location"] or {}).get("country") != "SYR"


def test_the_drone_named_again_as_subject_tells_where_its_strike_was() -> None:
    text = ("قتل ثلاثة عناصر من الحشد الشعبي، اليوم الأربعاء، جراء استهداف سيارتهم بغارة من طائرة "
            "مسيرة مجهولة في ريف دير الزور الشرقي. وقالت مصادر محلية إن المسيّرة استهدفت سيارة "
            "عسكرية بالبوكمال قرب بلدة الهري.")
    [event] = _events(text, date(2024, 11, 20))
    assert event["location"]["name"] == "Albu Kamal" and event["fatalities"] == 3


def test_the_toll_of_another_strike_after_fi_hin_is_not_the_first_one_s() -> None:
    text = ("سقطت صواريخ أطلقت من غزة على مدينة سديروت اليوم وأصيب شخصان بجروح طفيفة. ويأتي هذا "
            "القصف في اليوم الـ101 للحرب على القطاع، في حين يواصل جيش الاحتلال قصفه المكثف لمناطق "
            "شمال غزة، حيث استشهد 14 فلسطينياً على الأقل في غارة على منزل في مخيم جباليا فجر "
            "اليوم.")
    tolls = {e["location"]["name"]: e["fatalities"] for e in _events(text, date(2024, 1, 15))}
    assert tolls == {"Sderot": None, "Jabalya": 14}


def test_the_displaced_in_a_camp_shelled_are_its_target_not_its_doer() -> None:
    [event] = _events("تعرضت مدينة الفاشر اليوم لقصف مدفعي عنيف من قوات الدعم السريع استهدف "
                      "معسكر أبو شوك للنازحين.")
    assert event["source"]["code"] == "SDN-REB"
