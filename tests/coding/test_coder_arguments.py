"""Argument rules of the coder on sentences written for these tests: who reports is not who acts,
speech reports, masdars naming another act, nationality adjectives, coordinated partners."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _live(text: str, published: date = date(2021, 6, 10)) -> list[dict]:
    events = process(Article("t", text, published))["events"]
    return [e for e in events if not e["negated"] and not e["hypothetical"]]


def _codes(e: dict) -> tuple[str, str | None]:
    return e["source"]["code"], e["target"]["code"] if e["target"] else None


def _dyads(text: str) -> set[tuple[str, str, str | None]]:
    return {(e["event_type"], *_codes(e)) for e in _live(text)}


def test_attribution_cue_names_the_reporter_and_civilians_are_the_victims() -> None:
    [event] = [e for e in _live("أسفر تفجير سيارة مفخخة في مدينة أعزاز عن مقتل 9 أشخاص، بحسب مسؤولين أتراك.")
               if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("UNK", "SYR-CVL")
    assert event["fatalities"] == 9 and event["mode"] == "explosives"


def test_speaker_before_bare_inna_is_not_the_doer() -> None:
    text = "قال مسؤولون أمريكيون إن مئات المقاتلين هاجموا مواقع لقوات سوريا الديمقراطية قرب دير الزور."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("UNK", "SDF")


def test_speaker_before_inna_with_pronoun_is_the_doer() -> None:
    events = _live("قال الجيش الأردني إنه قصف مواقع لمهربين مسلحين على الحدود السورية الليلة الماضية.")
    assert any(e["event_type"] == "ASSAULT" and e["source"]["code"] == "JOR-MIL" for e in events)


def test_nationality_after_the_strike_beats_the_victims_before_it() -> None:
    [event] = [e for e in _live("مقتل ثلاثة عسكريين أتراك في غارات جوية روسية قرب مدينة الباب.")
               if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("RUS-MIL", "TUR-MIL")
    assert event["fatalities"] == 3 and event["mode"] == "aerial"


def test_masdar_after_a_connective_is_not_done_by_the_clause_subject() -> None:
    events = _live("استدعت وزارة الخارجية العراقية السفير التركي على خلفية قصف مواقع في دهوك.")
    assert not any(e["event_type"] == "ASSAULT" for e in events)


def test_coordinated_subjects_of_an_agreement_are_the_two_partners() -> None:
    events = _live("أفادت وكالة الأنباء الرسمية أن القاهرة والخرطوم توصلتا إلى اتفاق لإعادة اللاجئين من ليبيا.")
    assert {_codes(e) for e in events if e["event_type"] == "AGREE"} == {("EGY-GOV", "SDN-GOV")}


def test_headline_strike_without_named_target_merges_with_the_body() -> None:
    text = ("ضربات جوية أردنية تستهدف مخازن أسلحة في سوريا\n"
            "شنت مقاتلات أردنية غارات على مواقع لتنظيم داعش في جنوب سوريا الخميس.")
    strikes = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert [_codes(e) for e in strikes] == [("JOR-MIL", "ISIS")]


def test_a_title_s_rounded_toll_is_the_body_s_attack() -> None:
    text = ("أكثر من 100 قتيل في تفجيرات انتحارية في مدينة الحلة\n"
            "أسفرت تفجيرات انتحارية في مدينة الحلة عن مقتل 108 أشخاص على الأقل يوم الأحد، "
            "وأعلن تنظيم داعش مسؤوليته عنها.")
    strikes = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert [(_codes(e), e["fatalities"]) for e in strikes] == [(("ISIS", "IRQ-CVL"), 108)]


@pytest.mark.parametrize("text, tolls", [
    ("قتل 5 أشخاص في انفجار سيارة مفخخة في حي الكرادة ببغداد يوم الأحد. "
     "وفي حادث منفصل قتل 6 أشخاص في انفجار عبوة ناسفة في حي الشعلة ببغداد.", [5, 6]),
    ("قتل 25 شخصا في تفجير انتحاري في حي الكرادة ببغداد يوم الأحد. "
     "وفي هجوم منفصل قتل 23 شخصا في تفجير سيارة مفخخة في حي الشورجة ببغداد.", [23, 25]),
])
def test_two_close_tolls_are_two_attacks(text: str, tolls: list) -> None:
    assert sorted(e["fatalities"] for e in _live(text) if e["event_type"] == "ASSAULT") == tolls


@pytest.mark.parametrize("text, doer", [
    ("قتل 12 جنديا في هجوم على حاجز في سيناء أمس، وأعلن تنظيم داعش مسؤوليته عن الهجوم.", "ISIS"),
    ("أسفرت تفجيرات انتحارية في مدينة الحلة عن مقتل 108 أشخاص يوم الأحد، وأعلن تنظيم داعش مسؤوليته عنها.",
     "ISIS"),
    ("انفجرت سيارة مفخخة في سوق بمدينة منبج أمس ما أسفر عن مقتل 8 مدنيين، ولم تعلن أي جهة مسؤوليتها.", "UNK"),
])
def test_a_claim_in_the_attack_s_own_sentence_names_its_doer(text: str, doer: str) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert event["source"]["code"] == doer and event["target"]["code"] != doer


def test_a_claim_of_another_attack_told_with_an_act_of_its_own_names_no_earlier_doer() -> None:
    text = ("انفجرت سيارة مفخخة في سوق بمدينة الباب أمس ما أسفر عن مقتل ثمانية مدنيين. وشنت القوات "
            "الأمريكية غارة على مواقع في دير الزور بعد أن أعلن تنظيم داعش مسؤوليته عن هجوم على قاعدة التنف.")
    bombing = [e for e in _live(text) if e["event_type"] == "ASSAULT"
               and (e["target"] or {}).get("code") == "SYR-CVL"]
    assert [e["source"]["code"] for e in bombing] == ["UNK"]


def test_a_future_with_sin_keeps_the_subject_before_it() -> None:
    events = process(Article("t", "قال المتحدث باسم الخارجية الأمريكية إن واشنطن ستفرض عقوبات جديدة على طهران.",
                             date(2021, 6, 10)))["events"]
    assert [(e["event_type"], *_codes(e), e["hypothetical"]) for e in events] == [
        ("SANCTION", "USA-GOV", "IRN-GOV", True)]


def test_passive_killing_in_an_ambush_soldiers_by_nationality() -> None:
    [event] = [e for e in _live("قتل 12 جنديا عراقيا في كمين نصبه مسلحو داعش قرب مدينة الرطبة.")
               if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("ISIS", "IRQ-MIL")
    assert event["fatalities"] == 12 and event["location"]["name"] == "Ar Rutbah"


@pytest.mark.parametrize("text, dyad, dead", [
    ("استشهد 3 فلسطينيين برصاص الجيش الإسرائيلي في جنين أمس.", ("ISR-MIL", "PSE-CVL"), 3),
    ("استشهد 3 فلسطينيين بينهم طفل برصاص الجيش الإسرائيلي في جنين أمس.", ("ISR-MIL", "PSE-CVL"), 3),
    ("استشهد شاب فلسطيني برصاص قوات الاحتلال في نابلس فجر اليوم.", ("ISR-MIL", "PSE-CVL"), 1),
    ("واستشهد جنديان سوريان في قصف تركي على ريف الحسكة أمس.", ("TUR-MIL", "SYR-MIL"), 2),
])
def test_those_martyred_are_the_dead_and_the_agent_follows_bi(text: str, dyad: tuple, dead: int | None) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == dyad and event["fatalities"] == dead


def test_the_wounded_of_a_result_clause_belong_to_its_own_act() -> None:
    text = ("قصفت إسرائيل موقعا في جنوب لبنان أمس، فيما أطلق حزب الله صواريخ على كريات شمونة ما أدى إلى "
            "إصابة مستوطنين.")
    assert {_codes(e) for e in _live(text) if e["event_type"] == "ASSAULT"} <= {("HEZ", "ISR-CVL"), ("ISR-MIL", "LBN-MIL")}
    # soldiers hurt by a blast no one set off (a depot) are no attack's target
    text = "وقع انفجار في مستودع للذخيرة في قاعدة عسكرية قرب بغداد أمس ما أدى إلى إصابة خمسة جنود."
    assert not [e for e in _live(text) if e["event_type"] == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "وأعلنت الشرطة العراقية سقوط ثلاثة قتلى في انفجار عبوة ناسفة في كركوك أمس.",
    "قالت وزارة الداخلية الأفغانية إن عبوة ناسفة انفجرت في كابل أمس وأسفرت عن سقوط قتيلين.",
])
def test_who_tells_of_the_dead_did_not_kill_them(text: str) -> None:
    assert not [e for e in _live(text) if e["event_type"] == "ASSAULT" and e["source"]["code"].endswith("COP")]


@pytest.mark.parametrize("text", [
    "استشهد الوزير بقول الشاعر في كلمته أمام البرلمان أمس.",
    "استشهد رئيس الوزراء بأرقام البنك الدولي في خطابه أمس.",
    "استشهد نتنياهو بالتوراة في كلمته أمام الكنيست أمس.",
    "استشهد الجيش الإسرائيلي بصور جوية لإثبات روايته أمس.",
])
def test_citing_someone_is_no_death(text: str) -> None:
    assert not [e for e in _live(text) if e["event_type"] == "ASSAULT"]


def test_international_organisations_do_not_protest() -> None:
    events = _live("انتقدت الحكومة المصرية بيان الأمم المتحدة بشأن فض اعتصام للمعلمين في القاهرة.")
    assert not any(e["event_type"] == "PROTEST" and e["source"]["code"] == "UNO" for e in events)


def test_politicians_forming_an_electoral_alliance_act_as_party_leaders() -> None:
    events = _live("أعلن رئيس الوزراء العراقي حيدر العبادي وهادي العامري السبت تحالفا بين كتلتيهما.",
                   date(2018, 6, 20))
    assert {_codes(e) for e in events if e["event_type"] == "AGREE"} == {("IRQ-PTY", "IRQ-PTY")}


def test_ministry_and_foreign_envoy_are_two_actors() -> None:
    events = _live("استدعت وزارة الخارجية الكويتية السفير الإيراني أمس.")
    assert events and all(e["source"]["code"] == "KWT-GOV" and e["target"]["code"] == "IRN-GOV" for e in events)


def test_date_and_place_closed_by_commas_belong_to_the_act_before_them() -> None:
    text = "قصفت المقاتلات التركية قافلة لحزب العمال الكردستاني، الثلاثاء، في قضاء زاخو، مما أسفر عن مقتل أربعة مسلحين."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("TUR-MIL", "TUR-REB")
    assert event["date"]["start"] == "2021-06-08" and event["fatalities"] == 4
    assert event["location"]["country"] == "IRQ"


def test_a_weekday_between_commas_after_the_speaker_dates_the_speech_act() -> None:
    text = "أدانت الخارجية القطرية، الثلاثاء، الغارات التي شنتها مقاتلات إسرائيلية على مواقع في ريف حماة."
    events = _live(text)
    [condemnation] = [e for e in events if e["event_type"] == "ACCUSE"]
    assert condemnation["date"]["start"] == "2021-06-08"
    [strike] = [e for e in events if e["event_type"] == "ASSAULT"]  # a relative clause: one act, not a series
    assert _codes(strike) == ("ISR-MIL", "SYR-MIL") and strike["date"]["start"] != "2021-06-08"


@pytest.mark.parametrize("text, day", [
    # the statement's day stands between the verb of speech and إن/أن; the act has its own
    ("قال المرصد السوري لحقوق الإنسان، اليوم الخميس، إن طائرات روسية قصفت مواقع للفصائل في ريف "
     "إدلب مساء أمس.", "2021-06-09"),
    ("أعلن الجيش الإسرائيلي، الخميس، أنه اغتال قياديا في حزب الله بغارة على النبطية يوم الثلاثاء.",
     "2021-06-08"),
    ("قال الجيش الإسرائيلي يوم الأربعاء إن طائراته قصفت مواقع لحزب الله في جنوب لبنان في 5 حزيران.",
     "2021-06-05"),
    # with no other date the statement's day is the act's
    ("قال الجيش الإسرائيلي يوم الأربعاء إن طائراته قصفت مواقع لحزب الله في جنوب لبنان.", "2021-06-09"),
])
def test_the_day_of_a_statement_is_not_the_day_of_the_act_it_reports(text: str, day: str) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert event["date"]["start"] == day


def test_claimed_bombing_headline_and_body_are_one_event_by_the_claimer() -> None:
    text = ("مقتل خمسة أشخاص بتفجير عبوة ناسفة في بعقوبة\n"
            "قتل خمسة أشخاص مساء الجمعة بتفجير عبوة ناسفة قرب مقهى في مدينة بعقوبة، وتبنى تنظيم داعش الهجوم.")
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("ISIS", "IRQ-CVL") and event["fatalities"] == 5


def test_an_attack_claimed_and_told_in_a_relative_clause_is_the_claimer_s_on_whom_it_hit() -> None:
    text = ("تبنى تنظيم داعش الهجوم الذي استهدف حافلة تقل عسكريين سوريين في بادية تدمر وأسفر عن "
            "مقتل 20 منهم.")
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("ISIS", "SYR-MIL") and event["fatalities"] == 20
    assert event["attributed_to"]["code"] == "ISIS"


@pytest.mark.parametrize("text", [
    # a role named for one person, his name after it, is the one killed, not the doer
    "أعلن الجيش الإسرائيلي اغتيال القيادي في حركة حماس صالح العاروري بغارة على بيروت.",
    "أعلن الجيش الإسرائيلي اغتيال القائد في حركة حماس أحمد الغندور.",
])
def test_a_leader_named_after_a_killing_masdar_is_the_one_killed(text: str) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("ISR-MIL", "PSE-REB") and event["mode"] == "targeted"


def test_attack_as_subject_names_no_doer_and_a_base_with_a_nisba_is_that_state_s_forces() -> None:
    [event] = [e for e in _live("استهدف هجوم بطائرة مسيرة قاعدة عسكرية أمريكية في غرب العراق يوم الأحد.")
               if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("UNK", "USA-MIL")


def test_strike_as_instrument_is_not_the_subject() -> None:
    events = _live("قصفت طائرات روسية دورية تركية بغارة قرب مدينة إدلب يوم الأحد.")
    assert [_codes(e) for e in events if e["event_type"] == "ASSAULT"] == [("RUS-MIL", "TUR-MIL")]


def test_a_name_inside_a_place_name_is_not_a_party() -> None:
    [event] = [e for e in _live("قتل 12 شخصا في تفجير قرب سوق شعبي في مدينة الصدر ببغداد أمس.")
               if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("UNK", "IRQ-CVL")
    assert event["fatalities"] == 12


@pytest.mark.parametrize("text, dyad", [
    # the group whose members were killed, written in quote marks as some outlets do
    ('قُتل ثلاثة عناصر من "الحشد الشعبي" العراقي بضربة من طائرة مسيّرة مجهولة استهدفت سيارتهم '
     "قرب مدينة البوكمال أمس.", ("UNK", "PMF")),
    ("قُتل ثلاثة عناصر من «قسد» بهجوم لمسلحين قرب دير الزور أمس.", ("UAF", "SDF")),
    ("قُتل ثلاثة عناصر من “هيئة تحرير الشام” بقصف روسي على إدلب أمس.", ("RUS-MIL", "HTS")),
])
def test_members_of_a_quoted_group_killed_are_its(text: str, dyad: tuple) -> None:
    [event] = process(Article("t", text, date(2024, 11, 21)))["events"]
    assert (event["source"]["code"], event["target"]["code"]) == dyad
    assert event["fatalities"] == 3


@pytest.mark.parametrize("text", [
    "أفاد مصدر أمني، مساء الثلاثاء 12 تشرين الثاني 2024، بمقتل 4 جنود في هجوم على دورية.",
    "أفاد مصدر أمني، 12 نوفمبر 2024، مقتل أربعة جنود في هجوم على دورية.",
    "أفاد مصدر أمني في 12/11/2024 بمقتل 4 جنود في هجوم على دورية.",
])
def test_the_figures_of_a_date_are_not_a_toll(text: str) -> None:
    from rasid.coding.fatalities import toll_in
    from rasid.segment import tokenize

    tokens = tokenize(text)
    assert toll_in(tokens, 0, len(tokens)) == 4


def test_toll_read_through_laqu_masraahum() -> None:
    from rasid.coding.fatalities import toll_in
    from rasid.segment import tokenize

    tokens = tokenize("قال مسعفون إن 7 أشخاص قد لقوا مصرعهم في انفجار سيارة مفخخة.")
    assert toll_in(tokens, 0, len(tokens)) == 7


def test_the_subject_between_kana_and_qad_is_the_doer() -> None:
    text = "وكانت تركيا قد اتهمت الحكومة العراقية بإيواء مسلحين أكراد قرب الحدود."
    [event] = [e for e in _live(text) if e["event_type"] == "ACCUSE"]
    assert _codes(event) == ("TUR-GOV", "IRQ-GOV")


def test_an_accused_act_has_no_named_doer() -> None:
    text = "اتهمت الخارجية الإيرانية الحكومة الأمريكية بشن هجمات على مواقع في دير الزور."
    events = _live(text)
    assert [(_codes(e), e["event_type"]) for e in events if e["event_type"] == "ACCUSE"] == \
        [(("IRN-GOV", "USA-GOV"), "ACCUSE")]
    assert not [e for e in events if e["event_type"] == "ASSAULT" and e["source"]["code"] != "UNK"]


@pytest.mark.parametrize("text", [
    # "بالوقوف وراء": the act further on is still only alleged
    "اتهمت وزارة الخارجية العراقية أنقرة بالوقوف وراء قصف أدى إلى إصابة طفلين في دهوك.",
    "اتهم مجلس محافظة دهوك الجيش التركي بالمسؤولية عن قصف قرية حدودية يوم الأحد.",
])
def test_an_act_someone_is_accused_of_standing_behind_has_no_named_doer(text: str) -> None:
    doers = [e["source"]["code"] for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert set(doers) <= {"UNK"}


def test_the_party_charged_is_accused_when_the_accuser_is_not_known() -> None:
    """"اتهمت إدارة مخيم مخمور أنقرة بـ…": the camp's administration is no party rasid knows;
    Ankara, followed by its charge, is the accused, never the accuser."""
    text = "اتهمت إدارة مخيم مخمور أنقرة بالوقوف وراء قصف أدى إلى إصابة طفلين."
    events = _live(text)
    assert not [e for e in events if e["source"]["code"].startswith("TUR")]


def test_the_subject_of_a_relative_clause_is_not_the_party_hit() -> None:
    text = ("وقصفت طائرات فرنسية أحد المواقع التي حددها الجيش العراقي، وهو مخبأ لتنظيم داعش "
            "قرب بلدة القائم.")
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("FRA-MIL", "ISIS")
    assert event["mode"] == "aerial"


def test_a_condemnation_addresses_the_doer_named_in_its_relative_clause() -> None:
    text = "وأدانت وزارة الخارجية العراقية الغارات التي شنتها المقاتلات الإيرانية على قرى حدودية."
    [event] = [e for e in _live(text) if e["event_type"] == "ACCUSE"]
    assert _codes(event) == ("IRQ-GOV", "IRN-GOV")


def test_the_leader_a_militia_is_loyal_to_is_not_the_doer() -> None:
    text = "وهاجمت القوات الموالية للرئيس السوري بشار الأسد مواقع لقوات سوريا الديمقراطية شرق دير الزور."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("SYR-PRM", "SDF")


@pytest.mark.parametrize("text, codes", [
    # a unit that belongs to a ministry's or an army's forces is those forces
    ("اندلعت اشتباكات اليوم بين قوة تابعة لوزارة الداخلية الليبية ومسلحين في مدينة زوارة.",
     ("LBY-COP", "UAF")),
    ("هاجمت قوات تابعة لوزارة الداخلية الليبية مسلحين في مدينة زوارة اليوم.", ("LBY-COP", "UAF")),
    # loyal to it, they are militias
    ("هاجمت قوات موالية لوزارة الداخلية الليبية مسلحين في مدينة زوارة اليوم.", ("LBY-PRM", "UAF")),
])
def test_a_force_belonging_to_an_armed_service_is_that_service(text: str, codes: tuple) -> None:
    [event] = [e for e in _live(text, date(2024, 3, 19)) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == codes


def test_gunmen_loyal_to_a_government_are_its_militias() -> None:
    text = "وقتل مسلحون موالون للحكومة السورية ثلاثة مدنيين في ريف حمص أمس."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("SYR-PRM", "SYR-CVL")


def test_a_condemnation_far_from_the_act_it_names_addresses_the_doers_state() -> None:
    text = ("قصف الحرس الثوري الإيراني مقرا لحزب كردي معارض في قضاء سوران أمس. "
            "واستنكر رئيس الجمهورية العراقي برهم صالح في بيان صادر عن مكتب الرئاسة القصف.")
    [event] = [e for e in _live(text, date(2021, 6, 10)) if e["event_type"] == "ACCUSE"]
    assert _codes(event) == ("IRQ-GOV", "IRN-GOV")


def test_a_ministry_and_a_president_condemning_one_act_are_two_statements() -> None:
    text = ("قصف الحرس الثوري الإيراني مقرا لحزب كردي معارض في قضاء سوران أمس. "
            "وانتقدت وزارة الخارجية العراقية القصف الإيراني في بيان. "
            "كما استنكر رئيس الجمهورية برهم صالح القصف.")
    accusations = [e for e in _live(text, date(2021, 6, 10)) if e["event_type"] == "ACCUSE"]
    assert [_codes(e) for e in accusations] == [("IRQ-GOV", "IRN-GOV")] * 2


def test_a_backer_named_in_the_clause_is_neither_doer_nor_target() -> None:
    text = "وهاجمت القوات العراقية، بدعم من طيران التحالف الدولي، مواقع لتنظيم داعش في صحراء الأنبار أمس."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("IRQ-MIL", "ISIS")


def test_bare_opposition_takes_the_country_of_the_places_named() -> None:
    text = ("قصفت قوات النظام السوري مواقع فصائل المعارضة في ريف إدلب أمس. وقال المرصد السوري إن "
            "الطائرات الروسية شنت غارات على مواقع المعارضة المسلحة في جسر الشغور.")
    assert sorted(_codes(e) for e in _live(text) if e["event_type"] == "ASSAULT") == \
        [("RUS-MIL", "SYR-REB"), ("SYR-MIL", "SYR-REB")]


def test_a_party_after_wa_dhalika_belongs_to_the_cause_not_to_the_act() -> None:
    text = ("استدعت وزارة الخارجية الإيرانية، مساء الخميس، سفيرها بلبنان، وذلك على خلفية اعتداء "
            "متظاهرين على السفارة في بيروت.")
    recalls = [e for e in _live(text) if e["source"]["code"] == "IRN-GOV"]
    assert all(e["target"] is None or e["target"]["code"] != "LBN-CVL" for e in recalls)


def test_the_venue_of_a_meeting_is_no_meeting() -> None:
    text = ('وقال الحرس الثوري الإيراني في بيان إنه "أطلق سبعة صواريخ على مقر اجتماع قادة جماعة '
            'معادية لإيران في كويسنجق".')
    events = _live(text)
    assert not [e for e in events if e["event_type"] == "CONSULT"]
    assert [e["source"]["code"] for e in events if e["event_type"] == "ASSAULT"] == ["IRN-MIL"]


def test_one_party_after_a_relative_accusation_verb_is_the_accused() -> None:
    text = ("وقصفت الطائرات الأمريكية مواقع في دير الزور ردا على الهجوم الذي اتهمت طهران "
            "بتنفيذه على قاعدة التنف.")
    assert not [e for e in _live(text) if e["event_type"] == "ACCUSE"]
    text = "وجاء القصف ردا على الهجوم الذي اتهمت واشنطن طهران بتنفيذه على قاعدة التنف."
    [e] = [e for e in _live(text) if e["event_type"] == "ACCUSE"]
    assert _codes(e) == ("USA-GOV", "IRN-GOV")


def test_a_warning_about_an_act_told_before_warns_its_doers() -> None:
    text = ('قصفت الطائرات الإسرائيلية والأمريكية مواقع في ريف دمشق فجر الأحد. وردت إيران على لسان '
            'المتحدث باسم خارجيتها بالقول إن العدوان على سوريا "لن يمر من دون عواقب".')
    events = _live(text)
    assert sorted(_codes(e) for e in events if e["event_type"] == "THREATEN") == \
        [("IRN-GOV", "ISR-GOV"), ("IRN-GOV", "USA-GOV")]
    assert not [e for e in events if e["event_type"] == "ASSAULT" and e["source"]["code"] == "IRN-MIL"]


def test_a_defence_minister_signing_acts_for_the_government_where_he_signed() -> None:
    text = "وقع وزير الدفاع العراقي مع نظيره الأردني في عمّان أمس مذكرة تفاهم للتعاون العسكري بين البلدين."
    [event] = [e for e in _live(text) if e["event_type"] == "SUPPORT"]
    assert set(_codes(event)) == {"IRQ-GOV", "JOR-GOV"}
    assert event["location"]["name"] == "Amman"
    assert event["date"]["start"] == "2021-06-09"


def test_a_defence_ministry_striking_stays_military() -> None:
    text = "وقصفت وزارة الدفاع التركية مواقع لحزب العمال الكردستاني في قضاء سنجار أمس."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert event["source"]["code"] == "TUR-MIL"


def test_civilians_worn_out_by_shelling_are_not_its_doers() -> None:
    text = ("ويواصل آلاف المدنيين الذين أنهكتهم المعارك والقصف فرارهم من مناطق لا تزال تسيطر عليها "
            "فصائل المعارضة في ريف حماة الشمالي.")
    assert not [e for e in _live(text) if e["source"]["code"].endswith("-CVL")]


def test_the_hebrew_state_is_israel() -> None:
    text = "واستهدفت الدولة العبرية أمس مواقع عسكرية لقوات النظام السوري قرب مطار المزة."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("ISR-MIL", "SYR-MIL")


def test_the_subject_right_before_its_verb_beats_the_owner_of_what_was_hit() -> None:
    text = "وقال البنتاغون إن الطائرات الأمريكية قصفت مواقع تنظيم داعش قرب الميادين أمس."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("USA-MIL", "ISIS")


def test_the_two_sides_are_the_parties_of_the_meeting_just_told() -> None:
    text = ("التقى وزير الخارجية العراقي نظيره التركي في أنقرة السبت. "
            "واتفق الجانبان على تعزيز التعاون الأمني على الحدود.")
    [event] = [e for e in _live(text) if e["event_type"] == "AGREE"]
    assert set(_codes(event)) == {"IRQ-GOV", "TUR-GOV"}
    # both parties are told by the same words in this sentence (spec/OUTPUT.md's example)
    assert event["source"]["text"] == event["target"]["text"] == "الجانبان"


def test_the_three_states_told_again_are_the_words_that_tell_them() -> None:
    text = ("اجتمع وزراء خارجية العراق والأردن ومصر في عمان يوم الأحد. "
            "واتفقت الدول الثلاث على تعزيز التعاون الاقتصادي.")
    [event] = [e for e in _live(text) if e["event_type"] == "AGREE"]
    assert event["source"]["text"] == event["target"]["text"] == "الدول الثلاث"


def test_the_two_sides_of_a_visit_whose_host_welcomed_the_visitor() -> None:
    """The visit's host is named in a حيث clause, not as the verb's object: الجانبان still
    refers to the visitor and the host who received him."""
    text = ("وصل رئيس الوزراء المصري مصطفى مدبولي اليوم إلى عمّان حيث استقبله نظيره الأردني بشر "
            "الخصاونة. ووقّع الجانبان ثماني مذكرات تفاهم في مجالات الطاقة والنقل.")
    [event] = [e for e in _live(text, date(2023, 4, 12)) if e["event_type"] == "SUPPORT"]
    assert _codes(event) == ("EGY-GOV", "JOR-GOV") and event["location"]["name"] == "Amman"


def test_cooperation_between_the_two_countries_is_no_party() -> None:
    text = "وتستمر هجمات تنظيم داعش في البلدين رغم التنسيق بين البلدين."
    assert not [e for e in _live(text) if e["event_type"] in ("CONSULT", "AGREE", "COOPERATE")]


def test_a_summit_of_the_three_states_is_hosted_by_the_state_it_is_held_in() -> None:
    text = ("التقى وزراء خارجية روسيا وإيران وتركيا في موسكو السبت. "
            "وكانت آخر قمة بين الدول الثلاث قد انعقدت مطلع نيسان في أنقرة. "
            "وكان زعماء الدول الثلاث قد اجتمعوا مطلع الشهر الحالي في تركيا.")
    meetings = [e for e in _live(text, date(2018, 4, 28)) if e["event_type"] == "CONSULT"]
    assert sorted((_codes(e), e["date"]["start"]) for e in meetings) == [
        (("RUS-GOV", "IRN-GOV"), "2018-04-28"), (("TUR-GOV", "RUS-GOV"), "2018-04-01")]


def test_a_noun_phrase_trigger_takes_its_doer_before_and_its_target_after() -> None:
    text = ("وقد شن الجيش العراقي، مدعوما بطيران التحالف، أمس عملية عسكرية لطرد مسلحي تنظيم داعش "
            "من قرى في صحراء الأنبار.")
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("IRQ-MIL", "ISIS")


def test_kurdish_fighters_in_syria_are_the_sdf() -> None:
    text = "وقصفت المدفعية التركية أمس مواقع المقاتلين الأكراد قرب بلدة تل رفعت في ريف حلب."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("TUR-MIL", "SDF")
    text = "وقصفت المدفعية التركية أمس مواقع المقاتلين الأكراد في جبال قنديل شمال العراق."
    assert all(e["target"] is None or e["target"]["code"] != "SDF" for e in _live(text))


def test_the_party_that_repels_an_attack_is_its_target() -> None:
    text = "وأحبطت القوات العراقية أمس هجوما شنه مسلحو تنظيم داعش على قرية قرب كركوك."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("ISIS", "IRQ-MIL")
    text = "وقال مصدر إن وحدات الجيش السوري تصدت لهجوم من تدبير تنظيم داعش على قرى ريف السويداء."
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]  # not a purpose: تصدت لـ
    assert _codes(event) == ("ISIS", "SYR-MIL")


def test_an_attack_on_soldiers_told_apart_is_not_the_bombing_of_civilians() -> None:
    text = ("أسفرت تفجيرات انتحارية في مدينة السويداء عن مقتل 40 شخصا أمس. "
            "وأعلن تنظيم داعش المسؤولية عنها. "
            "وقالت وكالة سانا إن وحدات الجيش السوري تصدت لهجوم من تدبير تنظيم داعش على قرى ريف المدينة.")
    assert sorted(_codes(e) for e in _live(text) if e["event_type"] == "ASSAULT") == \
        [("ISIS", "SYR-CVL"), ("ISIS", "SYR-MIL")]


def test_an_investigation_of_the_incident_is_addressed_to_its_doers() -> None:
    text = ("قتل 12 من عناصر الشرطة العراقية في هجوم شنه مسلحو تنظيم داعش قرب الحويجة أمس. "
            "وأمر رئيس الوزراء العراقي بفتح تحقيق عاجل في ملابسات الحادث.")
    [event] = [e for e in _live(text) if e["event_type"] == "ACCUSE"]
    assert (_codes(event), event["mode"]) == (("IRQ-GOV", "ISIS"), "investigate")


def test_a_coordinated_verb_takes_the_subject_of_its_main_clause_not_of_a_nested_one() -> None:
    text = ("وصل وزير الخارجية الأردني إلى القاهرة، قادما من جنيف حيث كان يشارك في اجتماع الاتحاد الأوروبي "
            "بشأن اللاجئين، واجتمع مع الرئيس المصري.")
    consults = [e for e in _live(text) if e["event_type"] == "CONSULT"]
    assert [_codes(e) for e in consults if e["target"]["code"] == "EGY-GOV"] == [("JOR-GOV", "EGY-GOV")]
    assert not any(e["target"]["code"] == "EGY-REF" for e in consults)  # refugees are the topic
    [meeting] = [e for e in consults if e["target"]["code"] == "EGY-GOV"]
    assert meeting["date"] is not None  # the كان of the nested clause does not make it a recall


def test_a_party_named_after_against_is_no_partner_of_a_meeting() -> None:
    text = "حضر وزير الدفاع الأردني أمس اجتماع التحالف الدولي ضد تنظيم داعش في بروكسل."
    assert not any(e["target"] and e["target"]["code"] == "ISIS" for e in _live(text)
                   if e["event_type"] in ("CONSULT", "AGREE", "COOPERATE"))


def test_forces_gathered_against_an_idea_are_a_figure_of_speech() -> None:
    text = 'وقال الرئيس الفرنسي في كلمته "حشدت فرنسا وألمانيا قواهما ضد الكراهية والتطرف".'
    assert not any(e["event_type"] == "MOBILIZE" for e in _live(text))


def test_forces_gathered_against_a_party_are_a_mobilisation() -> None:
    text = "حشد الجيش التركي قواته ضد المقاتلين الأكراد على الحدود السورية أمس."
    assert any(e["event_type"] == "MOBILIZE" and e["source"]["code"] == "TUR-MIL" for e in _live(text))


def test_a_partner_in_an_attack_is_a_doer_too() -> None:
    text = "قصف الجيش السوري رفقة القوات الروسية مواقع فصائل المعارضة في ريف إدلب أمس."
    dyads = {_codes(e) for e in _live(text) if e["event_type"] == "ASSAULT"}
    assert dyads == {("SYR-MIL", "SYR-REB"), ("RUS-MIL", "SYR-REB")}


def test_a_ground_attack_is_no_lebanese_speaker() -> None:
    from rasid.pipeline import analyse

    doc = analyse(Article("t", "تستعد القوات الحكومية لهجوم بري محتمل على مواقع المعارضة في ريف حماة.",
                          date(2021, 6, 10)))
    assert "LBN-LEG" not in {a.actor.code for a in doc.actors}


def test_a_relative_clause_between_the_parties_and_their_act_is_skipped() -> None:
    text = ("أعلن رئيس حزب الدعوة نوري المالكي وهادي العامري، الذي يتزعم تحالف الفتح وتربطه علاقات وثيقة "
            "مع إيران، تحالفا بين كتلتيهما اليوم.")
    [event] = [e for e in _live(text, date(2018, 6, 23)) if e["event_type"] == "AGREE"]
    assert _codes(event) == ("IRQ-PTY", "IRQ-PTY")


def test_protesters_with_no_target_named_protest_against_their_government() -> None:
    text = "تظاهر مئات المحتجين العراقيين في مدينة الناصرية أمس مطالبين بتوفير الكهرباء وفرص العمل."
    [event] = [e for e in _live(text) if e["event_type"] == "PROTEST"]
    assert _codes(event) == ("IRQ-CVL", "IRQ-GOV")


def test_protesters_against_a_named_party_keep_it() -> None:
    text = "تظاهر مئات الطلاب الأردنيين أمام السفارة الإسرائيلية في عمان أمس احتجاجا على قصف غزة."
    [event] = [e for e in _live(text) if e["event_type"] == "PROTEST"]
    assert event["target"]["code"] == "ISR-GOV"


def test_arresting_whoever_does_something_targets_people_not_the_parties_they_deal_with() -> None:
    text = ("بيروت، لبنان (CNN)-- قامت جماعات مسلحة في ريف حلب الشمالي باعتقال من يتعاملون مع النظام السوري "
            "منذ مطلع مارس/آذار الماضي، وفقا لناشطين.")
    [event] = [e for e in _live(text) if e["event_type"] == "COERCE"]
    assert _codes(event) == ("SYR-REB", "SYR-CVL")
    assert event["date"]["start"] == "2021-03-01"  # the date of the arrests, not of "يتعاملون"


def test_a_boycott_amid_another_party_s_act_is_against_that_party() -> None:
    text = "أقر البرلمان الأردني أمس قانون الانتخاب الجديد وسط مقاطعة نواب المعارضة."
    [event] = [e for e in _live(text) if e["event_type"] == "PROTEST"]
    assert event["target"]["code"] == "JOR-LEG" and event["mode"] == "boycott"


def test_a_kurdish_delegation_in_iraq_is_the_regional_government_and_meets_the_prime_minister() -> None:
    text = ("وقال مسؤول في أربيل إن رئيس الوزراء العراقي استقبل أمس وفدا كرديا في بغداد واتفق الجانبان "
            "على تشكيل لجنة مشتركة.")
    events = _live(text, date(2018, 3, 13))
    assert ("CONSULT", "IRQ-GOV", "IRQ-GOV") in {(e["event_type"], *_codes(e)) for e in events}
    assert any(e["event_type"] == "AGREE" for e in events)


def test_an_envoy_sent_by_his_prime_minister_does_not_meet_him() -> None:
    text = "وبحث مستشار الأمن الوطني العراقي فالح الفياض مبعوثا من قبل رئيس الوزراء العراقي مع الرئيس السوري أمس التعاون."
    assert {_codes(e) for e in _live(text, date(2018, 3, 13)) if e["event_type"] == "CONSULT"} \
        == {("IRQ-GOV", "SYR-GOV")}


def test_arresting_the_people_who_do_something_targets_civilians() -> None:
    text = "ألقت فصائل المعارضة في إدلب أمس القبض على الأشخاص الذين يروجون للمصالحة مع النظام السوري."
    [event] = [e for e in _live(text) if e["event_type"] == "COERCE"]
    assert _codes(event) == ("SYR-REB", "SYR-CVL")


@pytest.mark.parametrize("text", [
    "قررت الحكومة العراقية أمس إعادة فتح المعابر الحدودية في محافظة دهوك أمام الشاحنات.",
    "فرضت الحكومة العراقية أمس حظرا على الرحلات الدولية من وإلى مطار السليمانية.",
])
def test_a_measure_on_a_place_of_the_kurdistan_region_addresses_its_government(text: str) -> None:
    [event] = [e for e in _live(text) if e["event_type"] in ("CONCEDE", "COERCE")]
    assert event["target"]["code"] == "IRQ-GOV" and event["target"]["name"] == "Kurdistan Regional Government"


def test_a_measure_on_a_place_no_region_governs_has_no_such_target() -> None:
    text = "فرضت الحكومة العراقية أمس حظرا على الرحلات الدولية من وإلى مطار البصرة."
    assert not any(e["target"] and e["target"]["name"] == "Kurdistan Regional Government" for e in _live(text))


@pytest.mark.parametrize("text", [
    "اقتحم متظاهرون غاضبون مقر السفارة التركية في بغداد أمس وأضرموا النار فيه.",
    "استدعت أنقرة السفير العراقي أمس على خلفية اعتداء محتجين عراقيين على السفارة التركية في بغداد.",
])
def test_protesters_storming_or_attacking_a_mission_riot_against_its_state(text: str) -> None:
    riots = [e for e in _live(text) if e["event_type"] == "PROTEST"]
    assert [(e["mode"], e["target"]["code"]) for e in riots] == [("riot", "TUR-GOV")]
    assert not any(e["event_type"] == "ASSAULT" for e in _live(text))


def test_a_number_of_protesters_are_the_protesters() -> None:
    text = "قطع عدد من المحتجين العراقيين الطريق المؤدي إلى مطار النجف أمس مطالبين بفرص عمل."
    [event] = [e for e in _live(text) if e["event_type"] == "PROTEST"]
    assert _codes(event) == ("IRQ-CVL", "IRQ-GOV") and event["mode"] == "obstruct"


def test_a_first_person_speech_act_in_a_quotation_is_the_speaker_s_now() -> None:
    text = 'وقال رئيس الوزراء الأردني في مؤتمر صحافي "نشكر الحكومة المصرية على دعمها المتواصل".'
    [event] = [e for e in _live(text) if e["event_type"] == "SUPPORT"]
    assert _codes(event) == ("JOR-GOV", "EGY-GOV") and event["date"]["start"] == "2021-06-10"


def test_a_protest_note_delivered_in_the_passive_is_the_speaker_s_complaint() -> None:
    text = ('وقال المتحدث باسم الخارجية التركية: "تم استدعاء السفير العراقي وتم إبلاغه مذكرة احتجاج '
            'شديدة للحكومة العراقية".')
    accusations = [e for e in _live(text) if e["event_type"] == "ACCUSE"]
    assert [_codes(e) for e in accusations] == [("TUR-GOV", "IRQ-GOV")]
    assert not any(e["event_type"] == "PROTEST" for e in _live(text))


def test_the_party_named_after_a_purpose_masdar_is_the_target_not_the_doer() -> None:
    text = ("وبدأ الجيش العراقي أمس، بدعم من طيران التحالف الدولي وقوات الحشد الشعبي، "
            "هجوما واسعا لطرد تنظيم داعش من آخر معاقله في صحراء الأنبار.")
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("IRQ-MIL", "ISIS")


def test_the_party_after_an_attack_noun_made_it_and_the_party_after_shelling_suffered_it() -> None:
    made = "وقتل ثلاثة جنود عراقيين أمس في هجوم تنظيم داعش على نقطة عسكرية قرب الرطبة."
    assert {_codes(e) for e in _live(made) if e["event_type"] == "ASSAULT"} == {("ISIS", "IRQ-MIL")}
    suffered = "وواصلت المدفعية التركية أمس قصف مواقع حزب العمال الكردستاني في جبال قنديل."
    assert {_codes(e) for e in _live(suffered) if e["event_type"] == "ASSAULT"} == {("TUR-MIL", "TUR-REB")}


def test_targeted_with_an_arrest_campaign_as_subject_is_no_attack() -> None:
    text = "واستهدفت حملة الاعتقالات أمس عددا من الضباط في الجيش العراقي السابق."
    assert not any(e["event_type"] == "ASSAULT" for e in _live(text))


def test_in_front_of_is_no_imam() -> None:
    from rasid.pipeline import analyse

    doc = analyse(Article("t", "اغتال مسلحون مجهولون ناشطا مدنيا أمام منزله في مدينة البصرة أمس.",
                          date(2021, 6, 10)))
    assert not any(a.actor.sector == "REL" for a in doc.actors)


@pytest.mark.parametrize("text, dyad", [
    ("اعتدت قوات الأمن العراقية على المتظاهرين في ساحة التحرير ببغداد أمس.", ("IRQ-COP", "IRQ-CVL")),
    ("أطلق الجيش التركي النار على مسلحين أكراد قرب الحدود العراقية أمس.", ("TUR-MIL", None)),
])
def test_forces_attacking_protesters_or_shooting_are_attacks_not_riots(text: str, dyad: tuple) -> None:
    events = _live(text)
    assert not any(e["event_type"] == "PROTEST" for e in events)
    [attack] = [e for e in events if e["event_type"] == "ASSAULT"]
    assert attack["source"]["code"] == dyad[0] and (dyad[1] is None or attack["target"]["code"] == dyad[1])


def test_arresting_a_number_of_a_group_targets_the_group() -> None:
    text = "قامت القوات العراقية أمس باعتقال عدد من تنظيم داعش في مدينة الموصل."
    [event] = [e for e in _live(text) if e["event_type"] == "COERCE"]
    assert _codes(event) == ("IRQ-MIL", "ISIS")


@pytest.mark.parametrize("text", [
    "وصل عدد اللاجئين السوريين في تركيا إلى ثلاثة ملايين لاجئ.",
    "وتوجه الولايات المتحدة رسالة إلى إيران عبر الوسطاء العمانيين.",
])
def test_numbers_reaching_a_figure_and_messages_sent_are_no_visits(text: str) -> None:
    assert not any(e["event_type"] == "CONSULT" for e in _live(text))


def test_in_front_of_a_mosque_is_no_imam() -> None:
    from rasid.pipeline import analyse

    doc = analyse(Article("t", "انفجرت سيارة مفخخة أمام مسجد في حي الكرادة ببغداد أمس.", date(2021, 6, 10)))
    assert not any(a.actor.sector == "REL" for a in doc.actors)


@pytest.mark.parametrize("text, fatalities", [
    ("قصفت الطائرات الروسية مواقع في ريف إدلب أمس دون وقوع إصابات.", 0),
    ("قصفت الطائرات الروسية مواقع في ريف إدلب أمس. ولم يسفر القصف عن ضحايا.", 0),  # a later sentence
    ("قصفت الطائرات الروسية مواقع في ريف إدلب أمس ولم ترد أنباء عن ضحايا.", None),
    ("قصفت الطائرات الروسية مواقع في ريف إدلب أمس ما أسفر عن مقتل خمسة وعشرين مدنيا.", 25),
    # the denial is of the result, not of the attack (which stays an event, not negated)
    ("لم يسفر الهجوم الذي شنه مسلحون على حاجز للجيش في كركوك أمس عن سقوط قتلى.", 0),
    # one dead named by a singular noun; a bombing with no doer is still an event with its toll
    ("أسفر انفجار عبوة ناسفة في مدينة الموصل أمس عن مقتل شخص وإصابة آخرين.", 1),
    ("أسفر هجوم مسلح على حاجز أمني في مدينة درنة أمس عن مقتل أحد عناصر الأمن.", 1),
])
def test_a_strike_that_killed_no_one_has_fatalities_zero(text: str, fatalities: int | None) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert event["fatalities"] == fatalities


@pytest.mark.parametrize("text, target", [
    # civilians named bare are the hit place's, not the attacker's (the document's main country)
    ("قصفت الطائرات الروسية مواقع في مدينة إدلب أمس ما أسفر عن مقتل 5 مدنيين.", "SYR-CVL"),
    ("قصفت الطائرات التركية قرى في محافظة دهوك العراقية ما أسفر عن مقتل ثلاثة مدنيين.", "IRQ-CVL"),
    # a nationality given stays, also as the noun counted ("14 فلسطينيا")
    ("قتلت القوات التركية ثلاثة مدنيين سوريين قرب الحدود في ولاية هاتاي.", "SYR-CVL"),
    ("استشهد 14 فلسطينيا في غارة إسرائيلية على مخيم عين الحلوة في جنوب لبنان أمس.", "PSE-CVL"),
    # the doer's nationality after the manner of the attack ("قصف مدفعي تركي")
    ("قتل ثلاثة مدنيين في قصف مدفعي تركي على قرية في ريف منبج أمس.", "SYR-CVL"),
    # two civilians named by the dual are the place's people, not its army
    ("قتل مدنيان في غارة إسرائيلية على بلدة في جنوب لبنان أمس.", "LBN-CVL"),
])
def test_bare_civilians_belong_to_the_place_hit(text: str, target: str) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert event["target"]["code"] == target and event["source"]["code"] != "UNK"


@pytest.mark.parametrize("text, target", [
    # so are those a foreign force arrests there
    ("اعتقل الجيش التركي أمس ثلاثة مدنيين في قرية قرب عفرين.", "SYR-CVL"),
    ("اعتقلت القوات الأمريكية أمس خمسة مدنيين في بلدة قرب دير الزور.", "SYR-CVL"),
    # ... unless named by their nationality
    ("اعتقلت الشرطة التركية أمس ثلاثة صحفيين سوريين في إسطنبول.", "SYR-JRN"),
])
def test_bare_civilians_held_belong_to_the_place_they_are_held(text: str, target: str) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "COERCE"]
    assert event["target"]["code"] == target


@pytest.mark.parametrize("text, source, target, fatalities", [
    # "قتل" before victims named without the article is passive; the attacker comes after
    ("قتل جنديان عراقيان في هجوم شنه تنظيم داعش على نقطة للجيش في كركوك.", "ISIS", "IRQ-MIL", 2),
    ("قتل جندي عراقي في هجوم شنه تنظيم داعش قرب كركوك.", "ISIS", "IRQ-MIL", 1),
    ("قتل مدنيان وأصيب أربعة آخرون في غارة جوية روسية على بلدة في ريف إدلب.", "RUS-MIL", "SYR-CVL", 2),
    # a named killer before its victims stays the doer
    ("قتلت القوات العراقية ثلاثة من عناصر تنظيم داعش قرب كركوك.", "IRQ-MIL", "ISIS", 3),
])
def test_killed_victims_named_first_are_the_target(text: str, source: str, target: str,
                                                   fatalities: int | None) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == (source, target)
    assert event["fatalities"] == fatalities


def test_a_ceasefire_line_is_neither_a_concession_nor_gunfire() -> None:
    events = _live("قصف الجيش الإسرائيلي مواقع في محافظة القنيطرة السورية قرب خط وقف إطلاق النار.")
    assert [(e["event_type"], e["mode"], e["location"]["name"]) for e in events] == [
        ("ASSAULT", None, "Quneitra")]


@pytest.mark.parametrize("text, dyad", [
    # the verb and its object apart, the subject between
    ("فرضت وزارة الخزانة الأمريكية الخميس عقوبات جديدة على الحرس الثوري الإيراني.",
     ("SANCTION", "USA-GOV", "IRN-MIL")),
    ("فرضت الولايات المتحدة عقوبات على ثلاثة مسؤولين سوريين.", ("SANCTION", "USA-GOV", "SYR-GOV")),
    ("أغلقت السلطات الأردنية معبر جابر الحدودي مع سوريا بعد اشتباكات قرب الحدود.",
     ("COERCE", "JOR-GOV", "SYR-GOV")),
    # protesters closing the road to a crossing are protesting
    ("أغلق محتجون عراقيون الطريق المؤدي إلى معبر الشلامجة احتجاجا على قرارات الحكومة.",
     ("PROTEST", "IRQ-CVL", "IRQ-GOV")),
])
def test_sanctions_and_closures_told_around_their_subject(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(text)


@pytest.mark.parametrize("text", [
    "رفضت الحكومة العراقية طلبا تركيا بإقامة قواعد عسكرية في إقليم كردستان.",
    "رفضت دمشق دعوة أنقرة إلى سحب قواتها من إدلب.",
])
def test_a_refused_request_is_the_refusal_alone(text: str) -> None:
    assert [e["event_type"] for e in _live(text)] == ["REJECT"]


@pytest.mark.parametrize("text, event", [
    ("أعدم تنظيم داعش ثلاثة رعاة رميا بالرصاص في صحراء الأنبار.",
     ("ASSAULT", "targeted", "ISIS", "IRQ-CVL", 3)),
    # "قُتل قيادي … بضربة طائرة مسيرة تركية": the leader was killed, the drone's state did it
    ("قتل قيادي في حزب العمال الكردستاني بضربة طائرة مسيرة تركية قرب السليمانية.",
     ("ASSAULT", "drone", "TUR-MIL", "TUR-REB", 1)),
    ("خطف مسلحون مجهولون مهندسين أتراك يعملون في محطة كهرباء بمحافظة صلاح الدين.",
     ("ASSAULT", "abduct", "UAF", "TUR-CVL", None)),
    ("أضرب عمال شركة نفط البصرة عن العمل احتجاجا على تأخر رواتبهم.",
     ("PROTEST", "strike", "IRQ-LAB", "IRQ-BUS", None)),
])
def test_executions_drone_killings_abductions_and_strikes(
        text: str, event: tuple[str, str, str, str, int | None]) -> None:
    got = {(e["event_type"], e["mode"], *_codes(e), e["fatalities"]) for e in _live(text)}
    assert event in got


@pytest.mark.parametrize("text, dyad, fatalities", [
    # "killed" after its subject, right before the attack that did it: the subject are the dead
    ("أعلنت خلية الإعلام الأمني أن ثلاثة من منتسبي الجيش قتلوا بهجوم لداعش في الطارمية أمس.",
     ("ASSAULT", "ISIS", "IRQ-MIL"), None),
    ("وكان جنديان عراقيان قد قتلا في هجوم شنه تنظيم داعش على نقطة للجيش.", ("ASSAULT", "ISIS", "IRQ-MIL"), 2),
    # a subject that killed someone named after the verb stays the doer
    ("قتل الجيش العراقي خمسة مسلحين من داعش في غارة جوية.", ("ASSAULT", "IRQ-MIL", "ISIS"), 5),
])
def test_the_dead_named_before_killed(text: str, dyad: tuple[str, str, str], fatalities: int | None) -> None:
    [event] = _live(text)
    assert ((event["event_type"], *_codes(event)), event["fatalities"]) == (dyad, fatalities)


@pytest.mark.parametrize("text, dyad", [
    # the citizens of the actor named just before
    ("دعت مملكة البحرين مواطنيها إلى مغادرة العراق فورا.", ("REQUEST", "BHR-GOV", "BHR-CVL")),
    # after مقتل the nationality is of the dead; the attack's nationality names the doer
    ("مقتل جنديين تركيين بقصف سوري على إدلب.", ("ASSAULT", "SYR-MIL", "TUR-MIL")),
    ("أعلنت موسكو مقتل روسيين في ضربات جوية أمريكية في سوريا.", ("ASSAULT", "USA-MIL", "RUS-CVL")),
])
def test_citizens_and_the_dead_named_by_nationality(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in _dyads(text)
    assert not any(s == "RUS-MIL" for _, s, _ in _dyads(text))


def test_fighters_of_a_nationality_are_its_paramilitaries() -> None:
    [event] = _live("قتل ثلاثة من المقاتلين الإيرانيين في غارة إسرائيلية قرب دمشق.")
    assert (_codes(event), event["fatalities"]) == (("ISR-MIL", "IRN-PRM"), 3)


@pytest.mark.parametrize("text, dyad, negated", [
    # a denial governs the clause it opens with أن, past the clause's own subject
    ("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في إدلب.", ("ASSAULT", "RUS-MIL", "SYR-MED"), True),
    ("قالت وزارة الدفاع الروسية أن طائراتها قصفت مواقع لتنظيم داعش في إدلب.", ("ASSAULT", "RUS-MIL", "ISIS"), False),
    # "قد" between the subject and its verb; a school named bare is the hit place's
    ("قالت الوزارة إن القوات التركية قد قصفت مدرسة في مدينة دهوك.", ("ASSAULT", "TUR-MIL", "IRQ-EDU"), False),
])
def test_denied_strikes_and_what_they_hit(text: str, dyad: tuple[str, str, str], negated: bool) -> None:
    events = process(Article("t", text, date(2021, 6, 10)))["events"]
    assert [((e["event_type"], *_codes(e)), e["negated"]) for e in events] == [(dyad, negated)]


@pytest.mark.parametrize("text, mode, where", [
    ("بحث رئيس الوزراء العراقي محمد شياع السوداني هاتفيا مع الرئيس الإيراني إبراهيم رئيسي التطورات.",
     "phone", None),
    # a visit to a capital named as the host is placed in that city, not only its country
    ("زار قائد فيلق القدس الإيراني بغداد سرا الأسبوع الماضي.", "visit", "Baghdad"),
])
def test_calls_and_visits_to_a_capital(text: str, mode: str, where: str | None) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "CONSULT"]
    assert (event["mode"], event["location"] and event["location"]["name"]) == (mode, where)


@pytest.mark.parametrize("text, dyad, mode", [
    # met in the subject's own capital: the other party is the visitor, and the source
    ("التقى وزير الخارجية الأردني أيمن الصفدي في عمان المبعوث الأممي إلى سوريا يوم الأحد.",
     ("UNO", "JOR-GOV"), "visit"),
    ("التقى وزير الخارجية العراقي في بغداد نظيره الإيراني يوم الأحد.", ("IRN-GOV", "IRQ-GOV"), "visit"),
    # met in a third state's capital
    ("التقى وزير الخارجية السعودي نظيره الإيراني في بكين يوم الأحد.", ("SAU-GOV", "IRN-GOV"), "third-party"),
])
def test_where_a_meeting_is_held_says_who_visits(text: str, dyad: tuple, mode: str) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "CONSULT"]
    assert (_codes(event), event["mode"]) == (dyad, mode)


#: sentences that report exactly one act, and its dyad
ONE_DYAD = [
    # the police, then whom they held: two parties, not one apposition
    ("اعتقلت قوات الأمن العراقية ناشطين في أربيل أمس.", ("COERCE", "IRQ-COP", "IRQ-CVL")),
    # journalists are held, abducted, shot: parties to the act, unlike the outlets that report it
    ("اعتقلت قوات الأمن في أربيل صحفيين اثنين بتهمة التحريض.", ("COERCE", "IRQ-COP", "IRQ-JRN")),
    ("اختطف مسلحون مراسلا لقناة محلية في الموصل.", ("ASSAULT", "UAF", "IRQ-JRN")),
    ("قالت وكالة الأنباء السورية إن الطائرات الإسرائيلية قصفت مواقع في ريف دمشق.",
     ("ASSAULT", "ISR-MIL", "SYR-MIL")),
    # "هجوم لداعش": the party written with لـ after an attack noun made it
    ("قتل خمسة جنود عراقيين في هجوم لداعش قرب الموصل.", ("ASSAULT", "ISIS", "IRQ-MIL")),
    # extradition, restored ties, an appeal; an agreement named as the ground of another act
    ("سلمت السلطات التركية العراق 15 مطلوبا بتهم إرهاب.", ("COOPERATE", "TUR-GOV", "IRQ-GOV")),
    ("أعلنت السعودية استئناف العلاقات الدبلوماسية مع إيران بعد قطيعة استمرت سبع سنوات.",
     ("SUPPORT", "SAU-GOV", "IRN-GOV")),
    ("دعا الأمين العام للأمم المتحدة الأطراف اليمنية إلى وقف القتال فورا.", ("REQUEST", "UNO", "YEM-GOV")),
    # an agreement named as the ground of a withdrawal is not a new one
    ("انسحبت قوات سوريا الديمقراطية من مدينة منبج بموجب اتفاق مع الجيش التركي.",
     ("RETREAT", "SDF", "TUR-MIL")),
    # the nationality of the attack that killed them names the doer of an unnamed killing
    ("قتل ۱۲ مدنياً في قصف روسي على ريف إدلب يوم ۳ آذار/مارس ۲۰۲۰.", ("ASSAULT", "RUS-MIL", "SYR-CVL")),
    ("قتل 5 مدنيين بغارة جوية أمريكية قرب الرقة.", ("ASSAULT", "USA-MIL", "SYR-CVL")),
    ("قتل 5 مدنيين في هجوم قرب الرقة، بحسب مصادر سورية.", ("ASSAULT", "UNK", "SYR-CVL")),
    # the doer written with a detached لـ and in guillemets
    ("قُتل ١٥ عنصراً من قوات الأمن العراقية في هجومٍ لـ«داعش» في ديالى الخميس.",
     ("ASSAULT", "ISIS", "IRQ-COP")),
    # a count after "قتلت" is its object when the subject stands right before the verb
    ("قال الجيش العراقي إن قواته قتلت خمسة مسلحين قرب كركوك.", ("ASSAULT", "IRQ-MIL", "UAF")),
    ("إن القوات العراقية قتلت خمسة مسلحين قرب كركوك.", ("ASSAULT", "IRQ-MIL", "UAF")),
    # without one, "قتل خمسة جنود" is passive
    ("وفي كركوك قتل خمسة جنود عراقيين بهجوم لداعش.", ("ASSAULT", "ISIS", "IRQ-MIL")),
]


@pytest.mark.parametrize("text, dyad", ONE_DYAD)
def test_one_act_one_dyad(text: str, dyad: tuple[str, str, str]) -> None:
    assert _dyads(text) == {dyad}


@pytest.mark.parametrize("text, dyad", [
    ("رفض لبنان أمس المقترح الإسرائيلي لترسيم الحدود البحرية.", ("REJECT", "LBN-GOV", "ISR-GOV")),
    ("رفضت طهران الاتهامات الأمريكية بتزويد روسيا بطائرات مسيرة.", ("REJECT", "IRN-GOV", "USA-GOV")),
    ("جددت تركيا دعمها لوحدة الأراضي السورية خلال اجتماع أستانا أمس.", ("SUPPORT", "TUR-GOV", "SYR-GOV")),
    ("دانت وزارة الخارجية العراقية التوغل التركي في إقليم كردستان أمس.", ("ACCUSE", "IRQ-GOV", "TUR-GOV")),
])
def test_a_statement_is_about_the_state_its_object_s_adjective_names(text: str, dyad: tuple) -> None:
    assert dyad in {(e["event_type"], *_codes(e)) for e in _live(text)}


@pytest.mark.parametrize("text, said", [
    # what is asked or threatened, and what is joined to it by و, is not done
    ("طالب وزير الخارجية السوري فيصل المقداد الولايات المتحدة بإنهاء وجودها العسكري في شمال شرقي سوريا "
     "وسحب قواتها فورا.", ("REQUEST", "SYR-GOV", "USA-GOV")),
    ("هدد الرئيس التركي رجب طيب أردوغان، الجمعة، بتعليق العلاقات الدبلوماسية مع الإمارات وسحب السفير "
     "التركي من أبوظبي.", ("THREATEN", "TUR-GOV", "ARE-GOV")),
    ("أدان الأمين العام لمجلس التعاون الخليجي احتجاز إيران ناقلة نفط في خليج عمان، مطالبا بالإفراج الفوري عنها.",
     ("ACCUSE", "IGO", "IRN-GOV")),
    # … also when the words asked for are quoted; the UN's rights chief speaks for the UN
    ("دعا المفوض السامي لحقوق الإنسان التابع للأمم المتحدة فولكر تورك السلطات التونسية إلى "
     "«الإفراج الفوري» عن المعتقلين.", ("REQUEST", "UNO", "TUN-GOV")),
])
def test_what_a_statement_asks_or_threatens_is_not_done(text: str, said: tuple) -> None:
    live = {(e["event_type"], *_codes(e)) for e in _live(text)}
    assert said in live and not {t for t, *_ in live} & {"RETREAT", "SANCTION"}


@pytest.mark.parametrize("text, states, mode", [
    # states named only by a chain of adjectives on the meeting or the body that meets
    ("مباحثات عراقية كويتية في الكويت بشأن ترسيم الحدود البحرية.", {"IRQ-GOV", "KWT-GOV"}, "visit"),
    ("عقد اجتماع ثلاثي أردني مصري عراقي في نيويورك أمس لبحث مشروع الشام الجديد.", {"JOR-GOV", "EGY-GOV"},
     "multilateral"),
    ("عقدت لجنة أمنية عراقية سورية مشتركة اجتماعا في منفذ القائم الحدودي أمس.", {"IRQ-GOV", "SYR-GOV"}, None),
])
def test_a_meeting_of_states_named_by_adjectives(text: str, states: set, mode: str | None) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "CONSULT"]
    assert set(_codes(event)) == states and event["mode"] == mode


def test_unami_by_its_whole_name_condemns_the_state_of_the_attack() -> None:
    text = "أدانت بعثة الأمم المتحدة لمساعدة العراق الهجمات الصاروخية الإيرانية على أربيل يوم الأحد."
    assert ("ACCUSE", "UNO", "IRN-GOV") in {(e["event_type"], *_codes(e)) for e in _live(text)}


@pytest.mark.parametrize("text, dyad, mode", [
    # the place a meeting was about is not where it was held
    ("ناقش وزير الخارجية المصري مع نظيره الأمريكي الأوضاع الأمنية في سيناء.", ("EGY-GOV", "USA-GOV"), None),
    ("بحث وزير الخارجية الأمريكي مع نظيره المصري الأوضاع الإنسانية في غزة.", ("USA-GOV", "EGY-GOV"), None),
    # a party of the host state pays no visit to it
    ("التقى الرئيس اللبناني في بيروت وفدا من حزب الله.", ("LBN-GOV", "HEZ"), None),
])
def test_a_meeting_s_topic_or_a_domestic_party_makes_no_visit(text: str, dyad: tuple, mode: str | None) -> None:
    [event] = [e for e in _live(text) if e["event_type"] == "CONSULT"]
    assert (_codes(event), event["mode"]) == (dyad, mode)


@pytest.mark.parametrize("text", [
    "انتشرت القوات العراقية على الحدود العراقية السورية بعد اجتماع أمني في بغداد.",  # a border's adjectives
    "أفاد المرصد السوري لحقوق الإنسان بوصول قافلة مساعدات إلى إدلب.",  # a monitor tells of aid
    "رفضت مصر ترحيل السوريين من لبنان.",  # people of a nationality are no state addressed
])
def test_no_meeting_aid_or_rejection_of_the_wrong_state(text: str) -> None:
    assert not [e for e in _live(text) if e["event_type"] in ("CONSULT", "AID", "REJECT")
                and (e["target"] or {}).get("code") in ("SYR-GOV", "PSE-GOV") or e["source"]["code"] == "NGO"]


@pytest.mark.parametrize("text, dyad", [
    # a masdar's genitive followed by its object is the doer
    ("جاء ذلك عقب استهداف الطيران الروسي نقطة عسكرية لهيئة تحرير الشام في ريف إدلب.",
     ("ASSAULT", "RUS-MIL", "HTS")),
    ("نددت منظمة العفو الدولية باعتقال الشرطة المصرية ناشطين حقوقيين في القاهرة.",
     ("COERCE", "EGY-COP", "EGY-CVL")),
])
def test_the_genitive_of_a_masdar_with_an_object_is_its_doer(text: str, dyad: tuple) -> None:
    assert dyad in _dyads(text)


@pytest.mark.parametrize("text, patient", [
    # the genitive alone, or followed by a word that is no object, is the one acted on
    ("وبدأت القوات التركية هجوما في عفرين لاستهداف المقاتلين الأكراد هناك منذ الشهر الماضي.", "SDF"),
    ("أدان الاتحاد الأوروبي استهداف الجيش السوري أمس في ريف حمص.", "SYR-MIL"),
])
def test_the_genitive_of_a_masdar_without_an_object_is_acted_on(text: str, patient: str) -> None:
    assert all(e["source"]["code"] != patient for e in _live(text) if e["event_type"] == "ASSAULT")


def test_what_is_condemned_is_a_masdar_not_the_condemners_act() -> None:
    """"أدانت الخارجية القطرية قصف …": قصف written bare is the masdar the condemnation names."""
    events = _live("أدانت الخارجية القطرية قصف الجيش الإسرائيلي مدرسة تؤوي نازحين في مدينة غزة.")
    assert {_codes(e) for e in events if e["event_type"] == "ASSAULT"} <= {("ISR-MIL", "PSE-MIL"),
                                                                         ("ISR-MIL", "PSE-CVL")}
    assert ("ACCUSE", "QAT-GOV", "ISR-GOV") in {(e["event_type"], *_codes(e)) for e in events}


def test_a_speaker_is_not_the_doer_of_an_act_named_as_its_clauses_subject() -> None:
    """"قالت الشرطة إن انفجار عبوة استهدف …": the police tell of the blast; the blast that hit
    the patrol is told as done, by no one named."""
    events = _live("وقالت الشرطة العراقية إن انفجار عبوة ناسفة استهدف دورية للجيش في الطارمية.")
    assert [_codes(e) for e in events if e["event_type"] == "ASSAULT"] == [("UNK", "IRQ-MIL")]
    warned = process(Article("t", "وحذرت الأمم المتحدة من أن هجوما مثل هذا قد يكون له عواقب وخيمة "
                                  "على المدنيين في إدلب.", date(2021, 6, 10)))["events"]
    assert all(e["source"]["code"] != "UNO" for e in warned if e["event_type"] == "ASSAULT")


def test_partners_in_one_act_share_the_party_named_after_them() -> None:
    """"فرضت الولايات المتحدة وبريطانيا عقوبات على حماس": each state sanctions Hamas."""
    assert _dyads("فرضت الولايات المتحدة وبريطانيا عقوبات جديدة على قادة في حركة حماس.") == {
        ("SANCTION", "USA-GOV", "PSE-REB"), ("SANCTION", "GBR-GOV", "PSE-REB")}


@pytest.mark.parametrize("text, dyad", [
    # who welcomes a release did not make it; the genitive of the release before عن did
    ("رحبت الحكومة العراقية بإفراج السلطات الإيرانية عن ثلاثة صيادين عراقيين.", ("RETREAT", "IRN-GOV", "IRQ-CVL")),
    ("رحب الأمين العام للأمم المتحدة بانسحاب القوات الروسية من محيط المحطة النووية.", ("RETREAT", "RUS-MIL", None)),
])
def test_the_act_a_welcome_names_is_not_the_welcomers(text: str, dyad: tuple) -> None:
    assert dyad in _dyads(text)


@pytest.mark.parametrize("text, dyad", [
    # a force telling of its own strike (its pronoun on the masdar, or a strike from afar) did it
    ("قال الجيش الإسرائيلي إن غاراته استهدفت مواقع لحزب الله في جنوب لبنان.", ("ASSAULT", "ISR-MIL", "HEZ")),
    ("قالت وزارة الدفاع الروسية إن قصفا مدفعيا استهدف مواقع لهيئة تحرير الشام في إدلب.",
     ("ASSAULT", "RUS-MIL", "HTS")),
    # what follows a condemnation in a relative clause or after و is an act told, not condemned
    ("أدانت الحكومة العراقية الهجوم الذي قتل خمسة جنود في كركوك.", ("ASSAULT", "UNK", "IRQ-MIL")),
    ("أدانت تركيا الهجوم وقصفت مدفعيتها مواقع لقوات سوريا الديمقراطية في عفرين.", ("ASSAULT", "TUR-MIL", "SDF")),
    # a minister held, his name after him, is no doer
    ("أعلنت الشرطة المصرية اعتقال الوزير الأسبق خالد يوسف في القاهرة.", ("COERCE", "EGY-COP", "EGY-ELI")),
])
def test_second_review_cases(text: str, dyad: tuple) -> None:
    assert dyad in _dyads(text)


def test_but_after_a_denied_act_keeps_it_denied() -> None:
    events = process(Article("t", "لم يعتقل الجيش أيا من المتظاهرين إلا أنه فرق التجمع بالقوة في الخرطوم.",
                             date(2021, 6, 10)))["events"]
    assert [e["negated"] for e in events if e["event_type"] == "COERCE" and e["mode"] == "arrest"] == [True]
    later = _live("انفجرت عبوة ناسفة في السوق دون أن تسفر عن إصابات واعتقلت الشرطة ثلاثة مشتبهين في بغداد.")
    assert any(e["event_type"] == "COERCE" for e in later)


def test_a_meeting_keeps_its_own_place_before_a_framing_visit() -> None:
    [event] = [e for e in _live("التقى الملك الأردني في عمان الرئيس الفرنسي خلال زيارة يقوم بها إلى المنطقة "
                                "بدأها في بيروت.") if e["event_type"] == "CONSULT"]
    assert event["location"]["name"] == "Amman"


@pytest.mark.parametrize("text, dyad, dead", [
    # unvowelled قتلوا after a count, then the attack that caused it: the count are the dead
    ("قالت مصادر طبية إن 15 شخصاً قتلوا اليوم جراء قصف طائرات الجيش الإسرائيلي منزلاً في خان يونس.",
     ("ISR-MIL", "PSE-CVL"), 15),
    ("أفاد ناشطون بأن سبعة مدنيين قتلوا فجر الأربعاء إثر غارة للطيران الروسي على بلدة كفرنبل.",
     ("RUS-MIL", "SYR-CVL"), 7),
    ("قالت لجان المقاومة إن خمسة مدنيين قتلوا أمس بسبب قصف قوات الدعم السريع على الفاشر.",
     ("SDN-REB", "SDN-CVL"), 5),
])
def test_unvowelled_qutilu_before_the_cause_of_death_is_passive(text: str, dyad: tuple,
                                                                 dead: int) -> None:
    [event] = [e for e in _live(text, date(2024, 5, 15)) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == dyad and event["fatalities"] == dead


def test_soldiers_who_killed_civilians_killed_them() -> None:
    text = "قال شهود إن جنوداً قتلوا ثلاثة مدنيين اليوم في قرية قرب مدينة جنين."
    [event] = [e for e in _live(text, date(2024, 5, 15)) if e["event_type"] == "ASSAULT"]
    assert event["target"]["code"].endswith("-CVL") and event["fatalities"] == 3


@pytest.mark.parametrize("text, dead", [
    # the toll comes in the next sentence, told by medics who did not kill anyone
    ("شنت طائرات إسرائيلية غارة على مدينة رفح اليوم. وأفاد الدفاع المدني بمقتل خمسة مدنيين.", 5),
    ("قصف الجيش الإسرائيلي اليوم مدينة رفح. وقالت مصادر طبية إن خمسة مدنيين قتلوا في القصف.", 5),
    ("قصفت المدفعية الإسرائيلية صباح اليوم بلدة بيت لاهيا. وأعلنت وزارة الصحة مقتل ثلاثة "
     "مدنيين.", 3),
])
def test_a_toll_told_in_the_next_sentence_is_the_strike_s(text: str, dead: int) -> None:
    [event] = [e for e in _live(text, date(2024, 5, 15)) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("ISR-MIL", "PSE-CVL") and event["fatalities"] == dead


def test_medics_telling_a_toll_are_not_its_doers() -> None:
    told = _live("وأعلنت وزارة الصحة الفلسطينية مقتل خمسة مدنيين في رفح.", date(2024, 5, 15))
    [event] = [e for e in told if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("UNK", "PSE-CVL") and event["fatalities"] == 5
    placed = _live("وزارة الصحة في غزة أعلنت مقتل خمسة مدنيين.", date(2024, 5, 15))
    assert [_codes(e) for e in placed if e["event_type"] == "ASSAULT"] == [("UNK", "PSE-CVL")]
    for text in ("قصفت الطائرات الروسية مستشفى في إدلب.",  # a hospital hit is hit, even before a cue
                 "قصفت الطائرات الروسية مستشفى في إدلب وقال ناشطون إن خمسة قتلوا."):
        hit = _live(text, date(2024, 5, 15))
        assert [e["target"]["code"] for e in hit if e["event_type"] == "ASSAULT"] == ["SYR-MED"]


def test_a_toll_in_another_place_or_by_other_means_stays_apart() -> None:
    text = "قصف الجيش الإسرائيلي اليوم مدينة رفح. وفي حادث منفصل، قتل خمسة مدنيين في حلب."
    events = [e for e in _live(text, date(2024, 5, 15)) if e["event_type"] == "ASSAULT"]
    tolls = [(e["source"]["code"], e["fatalities"]) for e in events if e["fatalities"]]
    assert tolls == [("UNK", 5)]
    assert len(events) == 2


@pytest.mark.parametrize("text, tolls", [
    # "in a separate incident" in the same town: two events, the toll the second's
    ("قصفت الطائرات الروسية بلدة خان شيخون في ريف إدلب أمس. وفي حادث منفصل، قتل ثلاثة مدنيين "
     "في خان شيخون.", [("RUS-MIL", None), ("UNK", 3)]),
    ("هاجم مسلحون من تنظيم داعش حاجزا للجيش العراقي قرب كركوك أمس. وفي هجوم آخر، هاجم مسلحون "
     "من التنظيم حاجزا للجيش العراقي قرب الحويجة. وأسفر الهجوم عن مقتل جنديين.",
     [("ISIS", None), ("ISIS", 2)]),
    # without the words, the dead told next are the strike's
    ("قصفت الطائرات الروسية بلدة خان شيخون في ريف إدلب أمس. وقتل ثلاثة مدنيين في خان شيخون.",
     [("RUS-MIL", 3)]),
])
def test_a_separate_incident_in_the_same_place_stays_apart(text: str, tolls: list) -> None:
    events = [e for e in _live(text, date(2024, 5, 15)) if e["event_type"] == "ASSAULT"]
    assert [(e["source"]["code"], e["fatalities"]) for e in events] == tolls


@pytest.mark.parametrize("text, dead", [
    # a vowelled passive after its subject: the subject suffered it ("one" may stand between)
    ("وقالت مصادر طبية إن خمسة متظاهرين قُتلوا في البصرة أمس.", 5),
    ("وقالت مصادر طبية إن متظاهراً واحداً قُتل في البصرة أمس.", 1),
])
def test_a_vowelled_passive_after_its_subject_kills_the_subject(text: str, dead: int) -> None:
    [event] = _live(text, date(2023, 7, 2))
    assert event["event_type"] == "ASSAULT" and _codes(event) == ("UNK", "IRQ-CVL")
    assert event["fatalities"] == dead


def test_one_protester_killed_in_the_next_sentence_is_the_dispersal_s_toll() -> None:
    text = ("فرّقت قوات مكافحة الشغب أمس بالرصاص الحي المتظاهرين في البصرة. وقالت مفوضية حقوق "
            "الإنسان إن متظاهراً واحداً قُتل وأصيب 14 آخرون.")
    [event] = [e for e in _live(text, date(2023, 7, 2)) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("IRQ-COP", "IRQ-CVL") and event["fatalities"] == 1


def test_civilians_of_a_border_village_are_its_country_s() -> None:
    text = "قصفت المدفعية الإسرائيلية اليوم بلدة رميش الحدودية، ما أدى إلى إصابة مدنيين."
    [event] = [e for e in _live(text, date(2023, 10, 20)) if e["event_type"] == "ASSAULT"]
    assert _codes(event) == ("ISR-MIL", "LBN-CVL") and event["location"]["name"] == "Rmeish"


@pytest.mark.parametrize("text, dyad", [
    # a military site or patrol named by a nationality is that state's army
    ("أعلن حزب الله اليوم استهداف موقع عسكري إسرائيلي في مزارع شبعا.",
     ("ASSAULT", "HEZ", "ISR-MIL")),
    ("هاجم مسلحون دورية تركية قرب إدلب.", ("ASSAULT", "UAF", "TUR-MIL")),
    ("هاجمت دورية تركية مسلحين قرب إدلب.", ("ASSAULT", "TUR-MIL", "UAF")),  # a patrol may act
    ("قصفت طائرات مسيرة قاعدة عسكرية أمريكية في شرق سوريا.", ("ASSAULT", "UNK", "USA-MIL")),
    # "القاعدة الأمريكية": the base, not al-Qaeda
    ("استهدف هجوم بطائرة مسيرة القاعدة الأمريكية في التنف يوم الأحد.",
     ("ASSAULT", "UNK", "USA-MIL")),
    ("استهدفت طائرة مسيرة القاعدة التركية في بعشيقة شمال الموصل يوم الأحد.",
     ("ASSAULT", "UNK", "TUR-MIL")),
    # ... also with the site's own name before the nationality
    ("استهدف حزب الله اليوم بالصواريخ ثكنة زرعيت الإسرائيلية.", ("ASSAULT", "HEZ", "ISR-MIL")),
    ("أطلق حزب الله اليوم صواريخ موجهة على موقع المالكية العسكري الإسرائيلي.",
     ("ASSAULT", "HEZ", "ISR-MIL")),
])
def test_a_site_named_by_a_nationality_is_its_army_s(text: str, dyad: tuple) -> None:
    assert dyad in _dyads(text)


def test_the_building_of_an_embassy_is_no_army_s_site() -> None:
    [event] = _live("تظاهر المئات اليوم أمام مقر السفارة الأمريكية في بغداد.", date(2023, 10, 20))
    assert _codes(event) == ("IRQ-CVL", "USA-GOV")


def test_a_claim_told_as_a_masdar_is_attributed_to_the_claimant() -> None:
    [event] = process(Article("t", "أعلن حزب الله اليوم استهداف موقع عسكري إسرائيلي في مزارع شبعا.",
                              date(2023, 10, 20)))["events"]
    assert event["attributed_to"]["code"] == "HEZ" and event["location"]["name"] == "Shebaa Farms"
