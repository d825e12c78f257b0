"""Incidents as monitors log them, on sentences written for these tests: who was hurt by a blast,
accidents that are no attack, attacks on computers, condemnations told as a description."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process
from rasid.resolve.actors import ActorResolver
from rasid.segment import tokenize

Dyad = tuple[str, str, str | None]


def _dyads(text: str) -> set[Dyad]:
    events = process(Article("t", text, date(2023, 6, 12)))["events"]
    return {(e["event_type"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in events if not e["negated"] and not e["hypothetical"]}


def _holds(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    dyads = _dyads(text)
    assert must <= dyads, dyads
    assert not must_not & dyads, dyads


@pytest.mark.parametrize("text, must, must_not", [
    # the wounded named before the blast are its target, soldiers as well as civilians
    ("أصيب خمسة جنود في انفجار عبوة ناسفة في الأنبار يوم الأحد.",
     {("ASSAULT", "UNK", "IRQ-MIL")}, {("ASSAULT", "IRQ-MIL", None)}),
    ("أصيب خمسة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في الأنبار يوم الأحد.",
     {("ASSAULT", "UNK", "IRQ-MIL")}, {("ASSAULT", "IRQ-MIL", None)}),
    ("أصيب ثلاثة من عناصر الشرطة بجروح في هجوم لتنظيم داعش على حاجز في كركوك يوم الأحد.",
     {("ASSAULT", "ISIS", "IRQ-COP")}, {("ASSAULT", "IRQ-COP", "ISIS")}),
    # a weapon's blast is an attack whatever it hit, also near a depot or by an old mine
    ("انفجرت سيارة مفخخة قرب مستودع للوقود في الحسكة يوم الأحد ما أسفر عن مقتل ستة مدنيين.",
     {("ASSAULT", "UNK", "SYR-CVL")}, set()),
    ("قتل جنديان يوم الأحد إثر انفجار لغم أرضي في ريف حماة.",
     {("ASSAULT", "UNK", "SYR-MIL")}, set()),
    ("أصيب خمسة جنود بانفجار مستودع ذخيرة بعد غارة إسرائيلية على قاعدة في ريف دمشق يوم الأحد.",
     {("ASSAULT", "ISR-MIL", "SYR-MIL")}, set()),
])
def test_incident(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text", [
    "قتل ثلاثة أشخاص وأصيب عشرة آخرون في انفجار خزان وقود داخل محطة في مدينة البصرة، الأحد.",
    "لقي أربعة أشخاص حتفهم يوم الأحد إثر انفجار أسطوانة غاز في منزل بحي الميدان في دمشق.",
    "أصيب خمسة عمال بجروح يوم الأحد جراء انفجار عرضي في مصنع للألعاب النارية بمدينة الزرقاء.",
    "قتل شخصان في انفجار في مصنع للمواد الكيميائية في حلب يوم الأحد، بحسب وسائل إعلام رسمية.",
    "قالت الشرطة إن انفجارا ناجما عن تسرب للغاز قتل ثلاثة أشخاص في مطعم ببغداد يوم الأحد.",
])
def test_a_blast_by_accident_is_no_attack(text: str) -> None:
    assert not {d for d in _dyads(text) if d[0] == "ASSAULT"}


@pytest.mark.parametrize("text, must, must_not", [
    # an attack on computers is COERCE (mode cyber), on the state whose systems are named
    ("شن قراصنة إيرانيون هجوما إلكترونيا على مواقع وزارات إسرائيلية يوم الأحد.",
     {("COERCE", "IRN-CRM", "ISR-GOV")}, set()),
    ("قالت الحكومة الأوكرانية إن روسيا شنت هجوما سيبرانيا على شبكة الكهرباء الأوكرانية يوم الأحد.",
     {("COERCE", "RUS-GOV", "UKR-GOV")}, {("ASSAULT", "RUS-MIL", "UKR-MIL")}),
    ("اخترق قراصنة حسابات وزارة الخارجية الأمريكية على مواقع التواصل يوم الأحد.",
     {("COERCE", "UNK", "USA-GOV")}, {("COERCE", "USA-GOV", None)}),
    ("قرصن مجهولون موقع وزارة الصحة المغربية يوم الأحد.", {("COERCE", "UAF", "MAR-MED")}, set()),
    # the state that suffered it is the target when no one is named as its doer
    ("تعرضت مواقع الحكومة الألبانية لهجوم سيبراني يوم الأحد، واتهمت تيرانا إيران بالوقوف وراءه.",
     {("COERCE", "UNK", "ALB-GOV"), ("ACCUSE", "ALB-GOV", "IRN-GOV")},
     {("COERCE", "ALB-GOV", None)}),
    # forces breaking through a line, an aircraft through airspace: no attack on computers
    ("اخترقت القوات العراقية خطوط دفاع داعش في الموصل يوم الأحد.", set(),
     {("COERCE", "IRQ-MIL", "ISIS"), ("COERCE", "IRQ-GOV", "ISIS")}),
    ("اخترقت طائرة إسرائيلية الأجواء اللبنانية يوم الأحد.", set(),
     {("COERCE", "ISR-MIL", "LBN-GOV")}),
    # sea pirates of a nationality are its criminals
    ("احتجز قراصنة صوماليون سفينة شحن يونانية في خليج عدن يوم الأحد.",
     {("COERCE", "SOM-CRM", "GRC-BUS")}, set()),
    # an attack a party suffered is told as done, its doer unknown
    ("تعرضت دورية للجيش العراقي لهجوم في الأنبار يوم الأحد.",
     {("ASSAULT", "UNK", "IRQ-MIL")}, set()),
    # not an attack suffered: criticism suffered after an attack on another party
    ("تعرض الرئيس الفرنسي لانتقادات حادة يوم الأحد بعد الهجوم على البرلمان.", set(),
     {("ASSAULT", "FRA-LEG", "FRA-GOV")}),
])
def test_computers_and_attacks_suffered(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text, must", [
    # states of the Balkans, the Baltic, Latin America and Africa, by name, nisba and capital
    ("استقبل الرئيس الألباني نظيره الكرواتي في تيرانا يوم الأحد.",
     ("CONSULT", "HRV-GOV", "ALB-GOV")),
    ("وقعت بيرو والإكوادور اتفاقا لترسيم الحدود يوم الأحد.", ("SUPPORT", "PER-GOV", "ECU-GOV")),
    ("اعتقلت الشرطة البوسنية ثلاثة مشتبه بهم في سراييفو يوم الأحد.",
     ("COERCE", "BIH-COP", "BIH-CRM")),
    ("طردت ليتوانيا دبلوماسيا روسيا يوم الأحد.", ("SANCTION", "LTU-GOV", "RUS-GOV")),
    ("زار وزير الخارجية المصري غينيا بيساو يوم الأحد.", ("CONSULT", "EGY-GOV", "GNB-GOV")),
    ("قتل 12 شخصا في هجوم على قرية في شمال بنين يوم الأحد.", ("ASSAULT", "UNK", "BEN-CVL")),
])
def test_more_states(text: str, must: Dyad) -> None:
    assert must in _dyads(text)


def test_boys_are_not_benin_and_a_bare_hacker_is_unidentified() -> None:
    resolver = ActorResolver.load()
    text = "افتتحت وزارة التربية مدرسة ثانوية للبنين في عمان يوم الأحد."
    assert not [r for r in resolver.find(text, tokenize(text)) if r.actor.country == "BEN"]
    text = "اخترق قراصنة حسابات الوزارة، وقال قراصنة أتراك إنهم وراء الهجوم."
    assert [r.actor.code for r in resolver.find(text, tokenize(text))] == ["UNK", "TUR-CRM"]


@pytest.mark.parametrize("text, must, must_not", [
    # what a party calls a violation, an aggression or terrorism, it condemns
    ("وصفت الخارجية الإيرانية الغارات الأمريكية على سوريا بأنها عدوان سافر يوم الأحد.",
     {("ACCUSE", "IRN-GOV", "USA-GOV")}, set()),
    ("وصفت روسيا العقوبات الأمريكية الجديدة بأنها غير قانونية يوم الأحد.",
     {("ACCUSE", "RUS-GOV", "USA-GOV")}, set()),
    ("وصفت وزارة الخارجية الأردنية اقتحام المستوطنين للمسجد الأقصى بأنه انتهاك صارخ.",
     {("ACCUSE", "JOR-GOV", "ISR-CVL")}, set()),
    # praise, or a description that judges nothing, is no condemnation
    ("وصف وزير الخارجية السعودي محادثاته مع نظيره العراقي بأنها تاريخية يوم الأحد.", set(),
     {("ACCUSE", "SAU-GOV", "IRQ-GOV")}),
    ("وصف الرئيس الفرنسي الاتفاق مع ألمانيا بأنه خطوة مهمة يوم الأحد.", set(),
     {("ACCUSE", "FRA-GOV", "DEU-GOV")}),
])
def test_a_description_as_a_condemnation(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text, mode, place", [
    # a facility or a vessel struck where the sentence names no party: an unidentified doer's
    # attack, with no party as its target
    ("استهدف مطار بغداد الدولي بثلاثة صواريخ كاتيوشا ليل السبت.", "heavy-weapons",
     "Baghdad International Airport"),
    ("تعرض مطار أربيل لهجوم بطائرة مسيرة مفخخة ليل السبت.", "drone", "Erbil"),
    # an air base's adjective is no air strike
    ("تعرضت قاعدة عين الأسد الجوية في الأنبار لهجوم صاروخي يوم الأحد.", "heavy-weapons",
     "Ain al-Asad air base"),
])
def test_a_facility_struck_by_an_unidentified_doer(text: str, mode: str, place: str) -> None:
    [event] = process(Article("t", text, date(2023, 6, 12)))["events"]
    assert (event["event_type"], event["mode"], event["source"]["code"], event["target"]) \
        == ("ASSAULT", mode, "UNK", None)
    assert event["location"]["name"] == place


@pytest.mark.parametrize("text", [
    "استهدفت الحكومة العراقية جذب الاستثمارات إلى حقل مجنون هذا العام.",  # an aim, not a strike
    "استهدف مشروع الحكومة تطوير مطار الموصل.",
])
def test_an_aim_is_no_strike_on_a_facility(text: str) -> None:
    assert not process(Article("t", text, date(2023, 6, 12)))["events"]


@pytest.mark.parametrize("text, must", [
    # persona non grata: the subject expels the party named before the phrase
    ("أعلنت وزارة الخارجية الروسية دبلوماسيين أمريكيين اثنين شخصين غير مرغوب فيهما يوم الأحد.",
     ("SANCTION", "RUS-GOV", "USA-GOV")),
    ("اعتبرت الحكومة الإثيوبية السفير السوداني شخصا غير مرغوب فيه يوم الأحد.",
     ("SANCTION", "ETH-GOV", "SDN-GOV")),
])
def test_persona_non_grata(text: str, must: Dyad) -> None:
    assert must in _dyads(text)


def test_an_unwanted_person_in_general_is_no_expulsion() -> None:
    assert not _dyads("قال وزير الداخلية الأردني إن أي شخص غير مرغوب فيه لن يدخل البلاد.")


@pytest.mark.parametrize("text, must, must_not", [
    # an act after عقب/بعد is what led to an agreement or an appeal, not what it binds or asks
    ("أعلنت الحكومة الليبية التوصل إلى اتفاق لوقف إطلاق النار في الزاوية يوم الأحد، عقب "
     "اشتباكات أودت بحياة ٩ أشخاص.", {("ASSAULT", "UNK", "LBY-CVL")}, set()),
    ("دعت الأمم المتحدة إلى التهدئة بعد اشتباكات بين الجيش الصومالي وحركة الشباب أودت بحياة ٩ "
     "أشخاص يوم الأحد.", {("ASSAULT", "SOM-MIL", "AQ")}, set()),
    # people counted or named in the singular, the nominative, the indefinite
    ("قُتل ضابط في الشرطة العراقية برصاص مسلحين مجهولين غربي بغداد مساء الأحد.",
     {("ASSAULT", "UAF", "IRQ-COP")}, set()),  # a police officer: the police's
    ("أصدرت محكمة عسكرية في تونس حكما بالسجن خمس سنوات على معارض سياسي بارز يوم الأحد.",
     {("SANCTION", "TUN-JUD", "TUN-OPP")}, set()),
    ("أضرب المعلمون في المدارس الحكومية بالأردن عن العمل يوم الأحد.",
     {("PROTEST", "JOR-EDU", "JOR-GOV")}, set()),
    ("قتل الجيش العراقي ١٢ إرهابيا في عملية أمنية بصحراء الأنبار يوم الأحد.",
     {("ASSAULT", "IRQ-MIL", "UAF")}, set()),
    ("قتلت القوات النيجيرية ١٥ متمردا في ولاية بورنو يوم الأحد.",
     {("ASSAULT", "NGA-MIL", "NGA-REB")}, set()),
    ("قتلت قوات الدعم السريع ١٢ قرويا في مدينة الفاشر يوم الأحد.",
     {("ASSAULT", "SDN-REB", "SDN-CVL")}, set()),
    ("أفرجت السلطات السورية عن ٥٠٠ معتقل يوم الأحد.", {("RETREAT", "SYR-GOV", "SYR-CVL")}, set()),
    ("رحلت السلطات الجزائرية ٢٠٠ مهاجر نيجري يوم الأحد.",
     {("COERCE", "DZA-GOV", "NER-CVL")}, set()),
    ("قتل مستوطن إسرائيلي فلسطينيا في الخليل يوم الأحد.",
     {("ASSAULT", "ISR-CVL", "PSE-CVL")}, set()),
    # students counted are no verb of demanding; a school hit is no doer
    ("قُتل ١٢ طالبا في قصف على مدرسة بمدينة الفاشر يوم الأحد.", {("ASSAULT", "UNK", "SDN-EDU")},
     set()),
    ("قُتل ١٢ مدنيا في قصف على مدرسة بمدينة الفاشر يوم الأحد.", {("ASSAULT", "UNK", "SDN-CVL")},
     {("ASSAULT", "SDN-EDU", "SDN-CVL")}),
    # civilians hurt by a shelling whose doer is told after it (شنته)
    ("أصيب 12 مدنيا يوم الأحد في قصف شنته قوات الدعم السريع على مدينة الفاشر.",
     {("ASSAULT", "SDN-REB", "SDN-CVL")}, {("ASSAULT", "UNK", "SDN-REB")}),
    # civilians worn out by the fighting flee an armed party's areas: it did not attack them
    ("يواصل آلاف المدنيين الذين أنهكتهم المعارك والقصف فرارهم من مناطق تسيطر عليها الفصائل "
     "المعارضة في ريف إدلب يوم الأحد.", set(), {("ASSAULT", "SYR-REB", "SYR-CVL")}),
    # an accusative adjective is no armed man unless counted
    ("أحبطت الشرطة العراقية مخططا إرهابيا في بغداد يوم الأحد.", set(),
     {("ASSAULT", "IRQ-COP", "UAF"), ("COERCE", "IRQ-COP", "UAF")}),
])
def test_audit_three(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text, must, must_not", [
    # a review of this session's rules: bombs near a depot, sabotage and arson are attacks
    ("قتل ثلاثة جنود سوريين يوم الأحد في انفجار قنبلة زرعت قرب مستودع للذخيرة في ريف درعا.",
     {("ASSAULT", "UNK", "SYR-MIL")}, set()),
    ("قتل ثمانية مدنيين يوم الأحد في انفجار سيارة ملغومة في سوق مزدحم بمدينة الباب، ما أدى إلى "
     "انقطاع التيار الكهربائي عن الحي.", {("ASSAULT", "UNK", "SYR-CVL")}, set()),
    ("قتل جنديان مصريان يوم الأحد في انفجار خط أنابيب الغاز في العريش بفعل عمل تخريبي.",
     {("ASSAULT", "UNK", "EGY-MIL")}, set()),
    # ordnance handled is no attack; the wounded of one side of a clash keep their side
    ("أصيب جنديان أردنيان يوم الأحد في انفجار لغم أرضي أثناء عملية تفكيك ألغام على الحدود.",
     set(), {("ASSAULT", "UNK", "JOR-MIL")}),
    ("أصيب ثلاثة مسلحين يوم الأحد في اشتباك مع قوات الجيش العراقي في كركوك.",
     {("ASSAULT", "UAF", "IRQ-MIL")}, set()),
    ("أصيب ثلاثة مستوطنين يوم الأحد خلال هجومهم على قرية حوارة جنوب نابلس.",
     {("ASSAULT", "ISR-CVL", "PSE-CVL")}, {("ASSAULT", "UNK", "ISR-CVL")}),
    # systems broken into are named as the object; defences, tunnels, goals, ships and funds are not
    ("اخترقت طائرة مسيرة أطلقها حزب الله أنظمة الدفاع الجوي الإسرائيلية يوم الأحد.", set(),
     {("COERCE", "HEZ", "ISR-MIL")}),
    ("اخترق الجيش الإسرائيلي شبكة الأنفاق التابعة لحركة حماس في خان يونس يوم الأحد.", set(),
     {("COERCE", "ISR-MIL", "PSE-REB")}),
    ("قرصنت إسرائيل أموال المقاصة الفلسطينية للشهر الرابع على التوالي.", set(),
     {("COERCE", "ISR-GOV", "PSE-GOV")}),
    # a topic of talks or of an agreement is no attack
    ("بحث الرئيس المصري ونظيره الفرنسي يوم الأحد التعاون في مجال مكافحة الهجمات السيبرانية.",
     {("CONSULT", "EGY-GOV", "FRA-GOV")}, {("COERCE", "EGY-GOV", None)}),
    # the nisba on the attack is its doer's; a company's systems are its business
    ("كشفت شركة مايكروسوفت يوم الأحد عن هجوم إلكتروني صيني استهدف وكالات حكومية أمريكية.",
     {("COERCE", "UNK", "USA-GOV")}, {("COERCE", "UNK", "CHN-GOV")}),
    ("شن قراصنة إيرانيون يوم الأحد هجوما إلكترونيا على شركة مياه إسرائيلية.",
     {("COERCE", "IRN-CRM", "ISR-BUS")}, set()),
    # an attack in words is no attack
    ("تعرض وزير المالية المصري يوم الأحد لهجوم إعلامي واسع بعد قرار رفع أسعار الوقود.", set(),
     {("ASSAULT", "UNK", "EGY-GOV")}),
    # a recalled attack after قد + a perfect verb is done
    ("وكانت السفارة الأمريكية في بغداد قد تعرضت لهجوم صاروخي في كانون الثاني الماضي.",
     {("ASSAULT", "UNK", "USA-GOV")}, set()),
    # people's and clubs' names are no capitals; a Syrian mountain is no Montenegro
    ("انتقد المؤرخ الإسرائيلي يوفال نوح هراري الحكومة الإسرائيلية يوم الأحد.", set(),
     {("ACCUSE", "ZWE-GOV", "ISR-GOV")}),
    ("قصف الطيران الحربي يوم الأحد مواقع في الجبل الأسود بريف اللاذقية.", set(),
     {("ASSAULT", "MNE-MIL", "SYR-MIL")}),
    # praise, or a strike justified, is no condemnation; a passive description hides no attack
    ("وصف الرئيس الفلسطيني الموقف الإسباني بأنه شجاع في مواجهة عدوان الاحتلال.", set(),
     {("ACCUSE", "PSE-GOV", "ESP-GOV")}),
    ("وصف وزير الدفاع الإسرائيلي الغارة على بيروت بأنها رد على عدوان حزب الله.", set(),
     {("ACCUSE", "ISR-GOV", "LBN-GOV")}),
    ("قتل عشرة أشخاص يوم الأحد في هجوم وصف بأنه إرهابي في العاصمة الصومالية.",
     {("ASSAULT", "UNK", "SOM-CVL")}, set()),
    ("وصفت الخارجية القطرية قصف المستشفى يوم الأحد بالجريمة النكراء.", set(),
     {("ASSAULT", "QAT-MIL", "QAT-MED")}),
])
def test_review_of_the_tenth_session(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text, must, must_not", [
    # fighting between two sides named with بين or مع; not an election battle
    ("دارت معارك عنيفة بين الجيش السوداني وقوات الدعم السريع في أم درمان يوم الأحد.",
     {("ASSAULT", "SDN-MIL", "SDN-REB")}, set()),
    ("خاض الجيش الصومالي معارك عنيفة مع مقاتلي حركة الشباب في شبيلي السفلى يوم الأحد.",
     {("ASSAULT", "SOM-MIL", "AQ")}, set()),
    ("خاض الحزب الديمقراطي الكردستاني معركة انتخابية شرسة مع منافسيه في أربيل يوم الأحد.",
     set(), {("ASSAULT", "IRQ-PTY", None)}),
    # an agreement between two sides, announced by a mediator or by no one named
    ("أعلنت قطر يوم الأحد التوصل إلى اتفاق بين إسرائيل وحماس يقضي بهدنة إنسانية.",
     {("AGREE", "ISR-GOV", "PSE-REB")}, {("AGREE", "QAT-GOV", "ISR-GOV")}),
    ("تم التوصل يوم الأحد إلى اتفاق بين الجيش السوداني وقوات الدعم السريع على هدنة.",
     {("AGREE", "SDN-MIL", "SDN-REB")}, set()),
    # aid air-dropped is no aircraft shot down; prisoners counted in the singular are exchanged
    ("أسقطت طائرات أردنية مساعدات غذائية على شمال قطاع غزة يوم الأحد.",
     {("AID", "JOR-MIL", "PSE-CVL")}, {("ASSAULT", "JOR-MIL", "PSE-MIL")}),
    ("تبادلت روسيا وأوكرانيا يوم الخميس ٢٠٠ أسير حرب.", {("RETREAT", "RUS-GOV", "UKR-GOV")}, set()),
    # a crossing closed, written with its pronoun
    ("أغلقت السلطات الجزائرية معبرها الحدودي مع تونس يوم الأحد.",
     {("COERCE", "DZA-GOV", "TUN-GOV")}, set()),
])
def test_fighting_agreements_crossings(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text, place", [
    ("هاجمت القوات الروسية مدينة أفدييفكا يوم الأحد.", "Avdiivka"),
    ("قصفت القوات الروسية خاركيف يوم الأحد.", "Kharkiv"),
    ("أعلن الجيش الصومالي مقتل ٢٠ مسلحا في إقليم هيران يوم الأحد.", "Hiiraan"),
    ("قتلت القوات النيجيرية ١٥ متمردا في ولاية بورنو يوم الأحد.", "Borno"),
])
def test_front_lines_and_provinces_are_placed(text: str, place: str) -> None:
    events = process(Article("t", text, date(2023, 6, 12)))["events"]
    assert place in {e["location"]["name"] for e in events if e["location"]}


@pytest.mark.parametrize("text, must, must_not", [
    # a raid by forces is COERCE (seize), on a hospital of the place raided; storming by
    # protesters stays a riot
    ("اقتحم الجيش الإسرائيلي مستشفى الشفاء في غزة يوم الأحد.", {("COERCE", "ISR-MIL", "PSE-MED")},
     {("COERCE", "ISR-MIL", "ISR-MED")}),
    ("قصفت الطائرات الإسرائيلية مستشفى الشفاء في غزة يوم الأحد.",
     {("ASSAULT", "ISR-MIL", "PSE-MED")}, set()),
    ("اقتحمت قوات الأمن السودانية مقر صحيفة الجريدة في الخرطوم يوم الأحد.",
     {("COERCE", "SDN-COP", None)}, set()),
    ("اقتحم متظاهرون مقر محافظة البصرة يوم الأحد.", {("PROTEST", "IRQ-CVL", "IRQ-GOV")},
     {("COERCE", "IRQ-CVL", None)}),
])
def test_raids(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text, mode", [
    # what a threat threatens: a ground operation is violence, taking a town is territory
    ("هددت تركيا يوم الأحد بشن عملية برية ضد قوات سوريا الديمقراطية في شمال سوريا.", "violence"),
    ("هدد الرئيس التركي يوم الأحد بالسيطرة على مدينة تل رفعت ما لم تنسحب منها قوات سوريا "
     "الديمقراطية.", "territory"),
])
def test_what_a_threat_threatens(text: str, mode: str) -> None:
    events = process(Article("t", text, date(2023, 6, 12)))["events"]
    assert mode in {e["mode"] for e in events if e["event_type"] == "THREATEN"}


@pytest.mark.parametrize("text, must", [
    # a second state's nisba joined with و: one event each
    ("أدانت الجامعة العربية الغارات الأمريكية والبريطانية على اليمن يوم الأحد.",
     {("ACCUSE", "IGO", "USA-GOV"), ("ACCUSE", "IGO", "GBR-GOV")}),
    ("قتل 5 أشخاص يوم الأحد في غارات أمريكية وبريطانية على الحديدة.",
     {("ASSAULT", "USA-MIL", "YEM-CVL"), ("ASSAULT", "GBR-MIL", "YEM-CVL")}),
])
def test_two_states_by_their_nisbas(text: str, must: set[Dyad]) -> None:
    assert must <= _dyads(text)


@pytest.mark.parametrize("text, must, must_not", [
    # a ship's flag state names its business, not its army
    ("استهدف الحوثيون سفينة تجارية ترفع علم ليبيريا في البحر الأحمر يوم الأحد.",
     {("ASSAULT", "YEM-REB", "LBR-BUS")}, {("ASSAULT", "YEM-REB", "LBR-MIL")}),
    ("احتجزت إيران ناقلة نفط ترفع علم بنما في مضيق هرمز يوم الأحد.",
     {("COERCE", "IRN-GOV", "PAN-BUS")}, set()),
])
def test_a_ships_flag(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


def test_the_people_of_a_town_are_its_countrys() -> None:
    assert ("AID", "SAU-GOV", "PSE-CVL") in _dyads("قدمت السعودية مساعدات لسكان غزة يوم الأحد.")
    assert ("AID", "UNO", "IRQ-CVL") in _dyads("وزعت الأمم المتحدة مساعدات على أهالي الموصل يوم الأحد.")


@pytest.mark.parametrize("text, must, must_not", [
    # a second review of the session's rules (/tmp/s36/review4): a base attacked in words, a
    # facility's technical fault, a missile's nationality, an aim told with استهدف
    ("تعرضت قاعدة حميميم لهجوم إعلامي واسع على مواقع التواصل يوم الأحد.", set(),
     {("ASSAULT", "UNK", None)}),
    ("تعرضت منشأة نفطية في الرميلة لانفجار نتيجة خلل فني يوم الأحد.", set(),
     {("ASSAULT", "UNK", None)}),
    ("قصف ميناء أوديسا بصواريخ روسية يوم الأحد.", {("ASSAULT", "RUS-MIL", "UKR-MIL")},
     {("ASSAULT", "UNK", None)}),
    ("استهدفت محطة الإذاعة المحلية فئة الشباب ببرامج توعوية في الموصل.", set(),
     {("ASSAULT", "UNK", None)}),
    # a fierce attack is an attack; a wave of attacks on computers is cyber
    ("تعرضت مواقع الجيش السوداني في الفاشر لهجوم شرس من قوات الدعم السريع يوم الأحد.",
     {("ASSAULT", "SDN-REB", "SDN-MIL")}, {("ASSAULT", "SDN-MIL", "SDN-REB")}),
    ("شنت روسيا موجة من الهجمات الإلكترونية على أوكرانيا يوم الأحد.",
     {("COERCE", "RUS-GOV", "UKR-GOV")}, {("ASSAULT", "RUS-MIL", "UKR-MIL")}),
    # fires and blasts of heat or faults, road accidents and floods are no attacks; bombings with
    # rubble cleared afterwards are
    ("قتل عشرة مرضى يوم الأحد في حريق داخل مستشفى بالناصرية سببه خلل كهربائي.", set(),
     {("ASSAULT", "UNK", "IRQ-MED")}),
    ("قتل سائق وأصيب راكبان يوم الأحد في حادث سير على طريق بغداد الحلة.", set(),
     {("ASSAULT", "UNK", "IRQ-CVL"), ("ASSAULT", "UNK", "IRQ-MIL")}),
    ("قتل ثلاثة عشر قرويا يوم الأحد في فيضانات اجتاحت ولاية بورنو.", set(),
     {("ASSAULT", "UNK", "NGA-CVL")}),
    ("قتل ٧ مدنيين يوم الأحد بانفجار سيارة مفخخة في سوق أعزاز، وأصيب آخرون أثناء إزالة الأنقاض.",
     {("ASSAULT", "UNK", "SYR-CVL")}, set()),
    # killed by gunmen's bullets: the gunmen did it
    ("قتل شاب برصاص مسلحين مجهولين في البصرة يوم الأحد.", {("ASSAULT", "UAF", "IRQ-CVL")},
     {("ASSAULT", "UNK", "UAF")}),
    # an adverb and an armed faction's adjective; a court run by a group is the group's
    ("هددت روسيا بالرد عسكريا على أي هجوم أوكراني على القرم يوم الأحد.",
     {("THREATEN", "RUS-GOV", "UKR-GOV")}, {("THREATEN", "RUS-GOV", "UKR-MIL")}),
    ("أصدرت محكمة تابعة لهيئة تحرير الشام حكما بسجن ناشط إعلامي في إدلب يوم الأحد.",
     {("SANCTION", "HTS", "SYR-CVL")}, {("SANCTION", "SYR-JUD", "HTS")}),
    ("أدانت محكمة حقوق الإنسان الأوروبية تركيا يوم الأحد بانتهاك حرية التعبير.",
     {("ACCUSE", "IGO", "TUR-GOV")}, {("ACCUSE", "TUR-JUD", "TUR-GOV")}),
    # a battle in words, a feared or remembered battle: no fighting today
    ("يخوض الرئيس الأمريكي معركة مع الكونغرس حول سقف الدين.", set(),
     {("ASSAULT", "USA-MIL", "USA-LEG")}),
    ("احتفل الأردن يوم الأحد بذكرى معركة الكرامة التي دارت بين الجيش الأردني والقوات الإسرائيلية.",
     set(), {("ASSAULT", "JOR-MIL", "ISR-MIL")}),
    ("يتخوف السكان من اندلاع معارك بين الجيش والمتمردين في غوما.", set(),
     {("ASSAULT", "COD-MIL", "COD-REB")}),
    # a storming by supporters or thieves is no forces' raid
    ("اقتحم أنصار التيار الصدري المنطقة الخضراء بعد انسحاب قوات الأمن يوم الأحد.", set(),
     {("COERCE", "IRQ-PTY", "IRQ-COP")}),
    # a future withdrawal after بعد inside an appeal stays asked
    ("دعا مجلس الأمن يوم الأحد إلى إجراء انتخابات بعد انسحاب القوات الأجنبية من ليبيا.", set(),
     {("RETREAT", "LBY-MIL", None)}),
    # the attack suffered told by its weapon: the sufferer is its target
    ("تعرضت القوات الأمريكية لهجوم بطائرة مسيرة في قاعدة التنف يوم الأحد.",
     {("ASSAULT", "UNK", "USA-MIL")}, {("ASSAULT", "USA-MIL", "SYR-MIL")}),
])
def test_second_review_of_the_tenth_session(text: str, must: set[Dyad],
                                            must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text", [
    "وصل الوفدان إلى الدوحة في 2024 وبحثا الهدنة مع الوسطاء.",  # a year, then a dual verb
    "دخل الجنديان المنزل الساعة 3 واعتقلا الشاب.",
])
def test_a_dual_verb_after_a_year_or_an_hour_is_a_verb(text: str) -> None:
    from rasid.coding.triggers import find_triggers
    tokens = tokenize(text)
    verbs = [tokens[t.first_token].norm for t in find_triggers(tokens, 0, len(tokens))]
    assert any(v.startswith("و") and v.endswith("ا") for v in verbs), verbs


@pytest.mark.parametrize("text, must", [
    # a named doer's attack on a base, an airport, or one the site suffered: no party hit is named
    ("هاجم مسلحو حركة الشباب قاعدة عسكرية في إقليم هيران يوم الأحد.", ("ASSAULT", "AQ", None)),
    ("قصفت قوات الدعم السريع مطار الفاشر يوم الأحد.", ("ASSAULT", "SDN-REB", None)),
    ("تعرض مطار الخرطوم لقصف مدفعي من قوات الدعم السريع يوم الأحد.", ("ASSAULT", "SDN-REB", None)),
])
def test_a_named_doers_attack_on_a_facility(text: str, must: Dyad) -> None:
    assert must in _dyads(text)


@pytest.mark.parametrize("text, must, must_not", [
    # an attack in words (in a speech, an interview) condemns; an armed attack stays one
    ("هاجم الرئيس التركي إسرائيل في خطاب أمام البرلمان يوم الأحد.",
     {("ACCUSE", "TUR-GOV", "ISR-GOV")}, {("ASSAULT", "TUR-MIL", "ISR-MIL")}),
    ("هاجم تنظيم داعش مواقع للجيش العراقي في كركوك يوم الأحد، وقال في بيان إن عناصره قتلوا "
     "جنديين.", {("ASSAULT", "ISIS", "IRQ-MIL")}, {("ACCUSE", "ISIS", "IRQ-GOV")}),
    # the army that says it killed them killed them
    ("قال الجيش العراقي إنه قتل ١٧ مسلحا في صحراء الأنبار يوم الأحد.",
     {("ASSAULT", "IRQ-MIL", "UAF")}, {("ASSAULT", "UNK", "UAF")}),
])
def test_words_and_deeds(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text, must, must_not", [
    # a verb in a relative clause on an act: the act did it, the party after the verb was hit
    ("دانت مصر الغارة التي استهدفت القنصلية الإيرانية في دمشق يوم الأحد.",
     {("ASSAULT", "UNK", "IRN-GOV")}, {("ASSAULT", "IRN-MIL", "SYR-MIL")}),
    ("قتل 5 جنود يوم الأحد في الهجوم الذي استهدف دورية للجيش العراقي في الأنبار.",
     {("ASSAULT", "UNK", "IRQ-MIL")}, {("ASSAULT", "IRQ-MIL", None)}),
])
def test_an_act_told_in_a_relative_clause(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


def test_a_toll_told_with_a_recalled_strike_stays_with_it() -> None:
    text = ("قصفت الطائرات الروسية مدينة إدلب اليوم. وكانت الطائرات الروسية قد قصفت مدينة أريحا في ٣ "
            "شباط الماضي، ما أسفر عن مقتل ٥ مدنيين.")
    events = process(Article("t", text, date(2024, 3, 10)))["events"]
    tolls = {e["location"]["name"]: e["fatalities"] for e in events if e["location"]}
    assert tolls == {"Idlib": None, "Ariha": 5}


@pytest.mark.parametrize("text, must, must_not", [
    # a third review of the session's rules (/tmp/s36/review5): a speech word only after في/عبر
    # or with its pronoun, and not in another clause, makes هاجم a condemnation
    ("هاجم مسلحو الحوثي مواقع للجيش اليمني في محافظة مأرب يوم الأحد، بحسب تصريحات لمصدر عسكري.",
     {("ASSAULT", "YEM-REB", "YEM-MIL")}, {("ACCUSE", "YEM-REB", "YEM-GOV")}),
    ("هاجم الجيش الإسرائيلي مخيم جنين يوم الأحد، فيما دعا الرئيس الفلسطيني في كلمة مسجلة إلى "
     "التدخل الدولي.", {("ASSAULT", "ISR-MIL", None)}, set()),
    # a relative clause whose verb has its own subject after a pronoun back to the act
    ("قتل ثلاثة فلسطينيين يوم الأحد في العملية التي قتل فيها الجيش الإسرائيلي قائد كتيبة جنين.",
     set(), {("ASSAULT", "UNK", "ISR-MIL")}),
    # "أنه قتل" with the doer told after it: those counted were killed, by that doer
    ("أكد المرصد السوري أنه قتل 8 عناصر من قوات النظام بهجوم لتنظيم داعش في البادية يوم الأحد.",
     {("ASSAULT", "ISIS", "SYR-MIL")}, {("ASSAULT", "SYR-MIL", "ISIS")}),
    # a ministry aiming works at a power station strikes nothing
    ("استهدفت وزارة الكهرباء العراقية محطة توليد في البصرة بأعمال صيانة واسعة يوم الأحد.", set(),
     {("ASSAULT", "IRQ-MIL", None), ("ASSAULT", "IRQ-GOV", None)}),
    # a doer named twice in one strike does not strike itself
    ("قتل سبعة أشخاص يوم الأحد في الغارة التي قصفت بها الطائرات الروسية سوق مدينة أريحا.",
     {("ASSAULT", "RUS-MIL", None)}, {("ASSAULT", "RUS-MIL", "RUS-MIL")}),
])
def test_third_review_of_the_tenth_session(text: str, must: set[Dyad],
                                           must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


@pytest.mark.parametrize("text, must, must_not", [
    # an embassy's staff act for its state; the act announced past a bare weekday is a masdar
    ("أعلنت الجزائر الاثنين طرد 12 موظفا في السفارة الفرنسية.",
     {("SANCTION", "DZA-GOV", "FRA-GOV")}, {("SANCTION", "DZA-CVL", "FRA-GOV")}),
    ("قررت فرنسا طرد 12 موظفا دبلوماسيا جزائريا يوم الاثنين.", {("SANCTION", "FRA-GOV", "DZA-GOV")},
     {("SANCTION", "FRA-GOV", "FRA-CVL")}),
])
def test_an_embassys_staff_expelled(text: str, must: set[Dyad], must_not: set[Dyad]) -> None:
    _holds(text, must, must_not)


def test_talks_in_a_phone_call_are_a_call_with_no_venue() -> None:
    text = "بحث الرئيس المصري في اتصال هاتفي مع نظيره الفرنسي الأوضاع في غزة يوم الأحد."
    [event] = process(Article("t", text, date(2023, 6, 12)))["events"]
    assert (event["event_type"], event["mode"], event["location"]) == ("CONSULT", "phone", None)
