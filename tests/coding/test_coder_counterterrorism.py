"""Acts told the way reports of Iraqi–Syrian counter-terrorism cooperation tell them (found by
a tenth audit, 2026-12-08, on articles written for rasid): each row a sentence, with what it
must and must not give."""

from __future__ import annotations

from datetime import date

import pytest
from coded import Dyad, dyads, events, holds

from rasid.model import Article
from rasid.pipeline import process


@pytest.mark.parametrize("text, must, must_not", [
    # a craft "التابعة لـ" a force is that force's, whatever model is named between
    ("قصفت طائرات F-16 التابعة للقوة الجوية العراقية مواقع لداعش داخل الأراضي السورية.",
     {("ASSAULT", "IRQ-MIL", "ISIS")}, {("ASSAULT", "UNK", "IRQ-MIL")}),
    ("قصفت طائرات حربية تابعة للقوة الجوية العراقية مواقع لداعش في سوريا.",
     {("ASSAULT", "IRQ-MIL", "ISIS")}, {("ASSAULT", "UNK", "IRQ-MIL")}),
    ("اعتقلت دورية تابعة للجيش اللبناني خمسة سوريين في بلدة عرسال أمس.",
     {("COERCE", "LBN-MIL", "SYR-CVL")}, set()),
    # a car so owned is the target of the drone named before it (a review's sentence)
    ("استهدفت طائرة مسيرة تركية سيارة تابعة لقوات سوريا الديمقراطية قرب القامشلي.",
     {("ASSAULT", "TUR-MIL", "SDF")}, set()),
    ("قصفت طائرات تابعة للتحالف الدولي مواقع لداعش في هجين.", {("ASSAULT", "IGO", "ISIS")},
     set()),
    # people handed over: the receiver named after إلى is the target, not the people
    ("سلمت قوات سوريا الديمقراطية (قسد) 153 عراقيا متهمين بالانتماء لتنظيم داعش إلى السلطات "
     "العراقية عبر معبر ربيعة.", {("COOPERATE", "SDF", "IRQ-GOV")},
     {("COOPERATE", "SDF", "IRQ-CVL"), ("COOPERATE", "SDF", "IRQ-CRM")}),
    ("سلمت السلطات اللبنانية مطلوبا إلى سوريا.", {("COOPERATE", "LBN-GOV", "SYR-GOV")}, set()),
    ("سلمت تركيا العراق 20 عنصرا من داعش.", {("COOPERATE", "TUR-GOV", "IRQ-GOV")}, set()),
    # threats going on for weeks are the setting, not a threat made that day; one made is
    ("غير أن فصائل عراقية موالية لإيران تتوعد منذ أسابيع بطرد القوات الأميركية من البلاد.",
     set(), {("THREATEN", "PMF", "USA-MIL")}),
    ("وتوعدت فصائل عراقية موالية لإيران أمس بطرد القوات الأميركية من البلاد.",
     {("THREATEN", "PMF", "USA-MIL")}, set()),
    # acts going on since the morning are the day's (a review's sentences)
    ("تقصف منذ صباح اليوم المدفعية التركية قرى ريف تل تمر.", {("ASSAULT", "TUR-MIL", "SYR-MIL")},
     set()),
    # "كان" of a verb of saying leaves "قد تشن" a may
    ("وكانت تقارير إعلامية قالت إن إسرائيل قد تشن هجوما على رفح.", set(),
     {("ASSAULT", "ISR-MIL", "PSE-MIL"), ("ASSAULT", "ISR-MIL", None)}),
    # what the jihadists lost is the toll of the strikes on their group told before
    ("شنت المقاتلات العراقية غارات على مواقع تنظيم داعش في الجانب السوري من الحدود. وأسفرت "
     "الغارات عن مقتل 12 من الجهاديين.", {("ASSAULT", "IRQ-MIL", "ISIS")},
     {("ASSAULT", "UNK", "UAF")}),
    # hardliners are no armed men
    ("اعتدى مستوطنون متشددون على مزارعين فلسطينيين في بلدة حوارة أمس.", set(),
     {("ASSAULT", "ISR-CVL", "UAF")}),
    # the killing an anniversary marks is not news of the day
    ("وأحيا أنصار الحشد الشعبي الذكرى الثالثة لاغتيال سليماني والمهندس بغارة أمريكية.", set(),
     {("ASSAULT", "USA-MIL", "IRN-MIL"), ("ASSAULT", "PMF", "IRN-ELI")}),
    # what a meeting discussed is its topic, unless told as an act of its own
    ("وذكر بيان لمكتب رئيس الوزراء العراقي أن اللقاء بحث «التعاون الأمني وضبط الحدود المشتركة "
     "ومنع تسلل عناصر داعش وعودة النازحين».", set(),
     {("COERCE", "ISIS", "IRQ-REF"), ("COERCE", "ISIS", "SDN-REF")}),
    ("ناقش مجلس الأمن الهجوم الذي شنته طائرات إسرائيلية على دمشق أمس.",
     {("ASSAULT", "ISR-MIL", "SYR-MIL")}, set()),
    # what a memorandum signed provides for is its content; the signing is the event
    ("وقعت سورية والعراق أمس الأربعاء مذكرة تفاهم للتعاون الأمني وتبادل المعلومات في مجال "
     "مكافحة الإرهاب وضبط الحدود المشتركة.", {("SUPPORT", "SYR-GOV", "IRQ-GOV")},
     {("COOPERATE", "SYR-GOV", "IRQ-GOV")}),
    ("أجرت القوات العراقية والأمريكية مناورات مشتركة قرب الموصل أمس.",
     {("COOPERATE", "IRQ-MIL", "USA-MIL")}, set()),
    # an operation told by the arrest it made is the arrest, not an attack besides it
    ("وذكر بيان للجهاز ان ابطال جهاز مكافحة الارهاب وبعملية نوعية وبناء على معلومات استخبارية "
     "دقيقة، تمكنوا امس الاربعاء من اعتقال خلية لعصابات داعش الارهابية في قضاء الرمادي.",
     {("COERCE", "IRQ-MIL", "ISIS")}, {("ASSAULT", "IRQ-MIL", "ISIS")}),
    ("نفذت القوات الأمنية عملية عسكرية في صحراء الأنبار أسفرت عن مقتل خمسة إرهابيين.",
     {("ASSAULT", "IRQ-COP", "UAF")}, set()),
    # two states reopening the crossing between them cooperate; a school reopened is no such act
    ("أعاد العراق وسوريا يوم الاثنين فتح معبر القائم-البوكمال الحدودي أمام حركة المسافرين.",
     {("COOPERATE", "IRQ-GOV", "SYR-GOV")}, set()),
    ("أعادت الحكومة العراقية فتح المدارس في بغداد.", set(), {("COOPERATE", "IRQ-GOV", None)}),
    # from a review of these rules: a search is no discussion, a new clause after a comma and a
    # dated act are acts, an operation that killed is an attack, an agreement's word reaches no
    # act past a comma, a crossing opened to aid is access for aid, guns of a force are its own
    ("خلال عمليات بحث وتفتيش في صحراء الأنبار، اعتقلت القوات الأمنية أربعة عناصر من داعش.",
     {("COERCE", "IRQ-COP", "ISIS")}, set()),
    ("بحثت الحكومة العراقية والمحتجون مطالب المتظاهرين، وفرقت قوات الأمن اعتصاما أمام مبنى "
     "المحافظة في الناصرية.", {("ASSAULT", "IRQ-COP", "IRQ-CVL")}, set()),
    ("بحث مجلس الأمن الوطني العراقي في اجتماع طارئ القصف التركي على قضاء سنجار أمس.",
     {("ASSAULT", "TUR-MIL", "IRQ-MIL")}, set()),
    ("أعلنت خلية الإعلام الأمني عن عملية نوعية أسفرت عن مصرع أربعة من عناصر داعش واعتقال خامس "
     "في صحراء الأنبار.", {("ASSAULT", "IRQ-MIL", "ISIS")}, set()),
    ("وفق الاتفاقية، وصلت شحنة مساعدات تركية إلى مدينة حلب صباح الأحد.",
     {("AID", "TUR-GOV", "SYR-CVL")}, set()),
    ("أعادت السلطات التركية فتح معبر باب الهوى أمام قوافل المساعدات الأممية.",
     {("AID", "TUR-GOV", "SYR-CVL")}, {("COOPERATE", "TUR-GOV", None)}),
    ("قصفت مدفعية تابعة لقوات النظام قرية كنصفرة في ريف إدلب الجنوبي.",
     {("ASSAULT", "SYR-MIL", None)}, {("ASSAULT", "UNK", "SYR-MIL")}),
    # captives handed to a go-between are released, not extradited
    ("سلمت حركة حماس أربع رهائن إلى الصليب الأحمر.", set(), {("COOPERATE", "PSE-REB", "NGO")}),
])
def test_counterterrorism_reports(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    holds(text, must, must_not)


def test_a_countrys_territory_named_by_its_adjective_is_the_place() -> None:
    [strike] = events("قصفت طائرات عراقية مواقع لداعش داخل الأراضي السورية أمس.")
    assert strike["location"]["name"] == "Syria" and strike["location"]["country"] == "SYR"
    # what a statement says was violated is not where the statement was made
    [accusation] = events("أدانت الخارجية العراقية انتهاك الطائرات التركية للأراضي العراقية.")
    assert accusation["event_type"] == "ACCUSE" and accusation["location"] is None


def test_jihadists_told_after_their_group_are_the_group_hit_once() -> None:
    text = ("نفذت طائرات عراقية أمس ضربات جوية استهدفت مواقع لتنظيم داعش في بلدة هجين بريف دير "
            "الزور. ونفذ الطيران الحربي العراقي ضربات جوية ضد مواقع الجهاديين داخل الأراضي "
            "السورية، وفق بيان رسمي ورد اليوم.")
    strikes = [e for e in events(text) if e["event_type"] == "ASSAULT"]
    assert [(e["source"]["code"], e["target"]["code"]) for e in strikes] == [("IRQ-MIL", "ISIS")]
    assert strikes[0]["location"]["name"] == "Hajin" and strikes[0]["date"]["start"] == "2024-05-11"
    # told alone, they are armed men of no named group, not the host state's army
    assert dyads("قصف الطيران الحربي العراقي مواقع الجهاديين داخل الأراضي السورية.") == {
        ("ASSAULT", "IRQ-MIL", "UAF")}


def test_what_had_been_done_is_no_modal() -> None:
    """"كان … قد" and a perfect verb in تـ (تبنى، تعرض) tell what had been done, not what may be."""
    text = ("قُتل 18 عنصرًا من قوات النظام السوري أمس إثر هجوم لتنظيم داعش قرب الشولا. وكان "
            "التنظيم قد تبنى هجومًا مماثلًا في 30 من كانون الأول 2020، استهدف حافلة تقل عناصر من "
            "قوات النظام قرب الشولا، ما أسفر عن مقتل 25 عنصرًا.")
    earlier = [e for e in events(text) if e["date"]["start"] == "2020-12-30"]
    assert [(e["event_type"], e["target"]["code"], e["fatalities"]) for e in earlier] == [
        ("ASSAULT", "SYR-MIL", 25)]


def test_the_towns_a_road_joins_are_not_where_an_attack_on_it_was() -> None:
    [attack] = events("استشهد 15 عسكرياً سورياً مساء اليوم جراء اعتداء نفذته مجموعة من مسلحي "
                      "داعش على حافلة نقل عسكرية على طريق تدمر - دير الزور.")
    assert attack["source"]["code"] == "ISIS" and attack["location"] is None
    [ambush] = events("قتل جنديان في كمين على الطريق الدولي حلب-دمشق قرب سراقب أمس.")
    assert ambush["location"]["name"] == "Saraqib"
    # a road named for one town is near it
    [strike] = events("استهدفت طائرة مسيرة تابعة لقوات النظام سيارة على طريق سرمدا، ما أدى إلى "
                      "إصابة ثلاثة مدنيين بجروح.")
    assert strike["location"]["name"] == "Sarmada"


@pytest.mark.parametrize("when", ["يوم الأحد 10 شوال 1444 هـ", "يوم الأحد 30 نيسان 2023"])
def test_a_long_date_between_commas_leaves_the_guest_the_host_received(when: str) -> None:
    text = (f"استقبل رئيس الوزراء العراقي محمد شياع السوداني، في بغداد {when}، وزير الخارجية "
            "السوري فيصل المقداد.")
    record = process(Article("t", text, date(2023, 5, 1)))
    [visit] = record["events"]
    assert (visit["event_type"], visit["source"]["code"], visit["target"]["code"]) == (
        "CONSULT", "SYR-GOV", "IRQ-GOV")
    assert visit["date"]["start"] == "2023-04-30" and visit["location"]["name"] == "Baghdad"
