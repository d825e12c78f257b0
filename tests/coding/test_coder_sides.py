"""Who is on which side of an act, on sentences written for these tests: an act that is condemned
or protested is not the condemner's, clashes have two sides, people counted by nationality are
held or hit, cells affiliated to a group act for it, a state a faction is loyal to is not that
faction."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _dyads(text: str, published: date = date(2023, 6, 10)) -> set[tuple[str, str, str | None]]:
    events = process(Article("t", text, published))["events"]
    return {(e["event_type"], e["source"]["code"], e["target"]["code"] if e["target"] else None)
            for e in events if not e["negated"] and not e["hypothetical"]}


DYADS = [
    # a condemnation names the act; its doer is named after it, or unknown, never the condemner
    ("نددت الحكومة العراقية بقصف الطائرات التركية قرية في دهوك.",
     {("ACCUSE", "IRQ-GOV", "TUR-GOV"), ("ASSAULT", "TUR-MIL", "IRQ-MIL")}),
    ("دانت وزارة الخارجية الأردنية الهجوم الإرهابي الذي استهدف مسجدا في مدينة كابل.", set()),
    # a protest note "على القصف" is the ministry's complaint, not a shelling by the envoy
    ("استدعت وزارة الخارجية العراقية السفير التركي في بغداد وسلمته مذكرة احتجاج شديدة اللهجة على القصف.",
     {("SANCTION", "IRQ-GOV", "TUR-GOV")}),
    # the two sides of a clash: the one named first is the source
    ("اندلعت اشتباكات عنيفة بين الجيش السوداني وقوات الدعم السريع في العاصمة الخرطوم صباح السبت.",
     {("ASSAULT", "SDN-MIL", "SDN-REB")}),
    ("دارت اشتباكات بين القوات العراقية ومسلحي داعش في جزيرة سامراء أمس.", {("ASSAULT", "IRQ-MIL", "ISIS")}),
    # a participle after a comma goes on from the subject: the party after it is asked, it does
    # not ask, nor is it condemned; an act "to stop" is no act
    ("ودانت وزارة الخارجية السودانية القصف، مطالبة مجلس الأمن بتصنيف الدعم السريع منظمة إرهابية.",
     {("REQUEST", "SDN-GOV", "UNO")}),
    ("قتل ستة مدنيين بقصف جوي على بلدة سرمين أمس. ودان الائتلاف الوطني السوري الغارات، مطالبا "
     "مجلس الأمن الدولي بالتحرك لوقف استهداف المدنيين.",
     {("ASSAULT", "UNK", "SYR-CVL"), ("REQUEST", "SYR-OPP", "UNO")}),
    # a dispersal whose date is written the AFP way between the verb and the crowd
    ("فرقت قوات مكافحة الشغب العراقية، مساء الأربعاء 17 تموز/يوليو، مئات المتظاهرين في البصرة.",
     {("ASSAULT", "IRQ-COP", "IRQ-CVL")}),
    # Mali's army (no nisba: المالي is also "financial"), JNIM as al-Qaeda's branch; a pact signed
    ("هاجمت جماعة نصرة الإسلام والمسلمين قاعدة للجيش المالي في منطقة موبتي أمس.",
     {("ASSAULT", "AQ", "MLI-MIL")}),
    ("وقع العراق والأردن ميثاقا للدفاع المشترك في بغداد أمس.", {("SUPPORT", "IRQ-GOV", "JOR-GOV")}),
    # the day or the town told between the clash and its sides
    ("اندلعت اشتباكات عنيفة يوم الاثنين بين الجيش السوداني وقوات الدعم السريع في مدينة الأبيض.",
     {("ASSAULT", "SDN-MIL", "SDN-REB")}),
    ("دارت اشتباكات في مدينة الأبيض أمس بين الجيش السوداني وقوات الدعم السريع.",
     {("ASSAULT", "SDN-MIL", "SDN-REB")}),
    ("اشتبكت القوات العراقية أمس مع مسلحين في قضاء الطارمية.", {("ASSAULT", "IRQ-MIL", "UAF")}),
    # killed in a clash with gunmen: one event, the gunmen did it
    ("قتل جندي لبناني وأصيب آخران في اشتباك مع مسلحين على الحدود مع سوريا أمس.",
     {("ASSAULT", "UAF", "LBN-MIL")}),
    # people counted by their nationality: the held, the killed
    ("اعتقلت الشرطة التركية عشرة سوريين في إسطنبول أمس.", {("COERCE", "TUR-COP", "SYR-CVL")}),
    ("قتل الجيش الإسرائيلي ثلاثة فلسطينيين في نابلس أمس.", {("ASSAULT", "ISR-MIL", "PSE-CVL")}),
    # a second verb with the first one's subject: the count after it is its object
    ("دخلت القوات الإسرائيلية مدينة جنين أمس واعتقلت 14 فلسطينيا.", {("COERCE", "ISR-MIL", "PSE-CVL")}),
    # a crowd counted that attacks is still a riot
    ("هاجم عشرات المحتجين مبنى المحافظة في البصرة أمس.", {("PROTEST", "IRQ-CVL", "IRQ-GOV")}),
    # "خلايا تابعة لـ": cells that belong to a group attack for it
    ("قتل خمسة عناصر من قوات سوريا الديمقراطية بهجوم لخلايا تابعة لتنظيم الدولة في ريف دير الزور.",
     {("ASSAULT", "ISIS", "SDF")}),
    # terrorists arrested or killed, unnamed: armed men of no known group
    ("أعلنت وزارة الداخلية العراقية، الأحد، اعتقال ثلاثة إرهابيين في محافظة الأنبار.",
     {("COERCE", "IRQ-COP", "UAF")}),
    # what an army announces it destroyed belongs to the group named with لـ
    ("أعلن الجيش العراقي أمس تدمير 12 مضافة لتنظيم داعش في جبال حمرين.", {("ASSAULT", "IRQ-MIL", "ISIS")}),
    # weapons launched at a base: the forces it hosts were hit
    ("أطلقت الفصائل العراقية أمس طائرتين مسيرتين على قاعدة حرير التي تضم قوات أمريكية في أربيل.",
     {("ASSAULT", "IRQ-REB", "USA-MIL")}),
    # a handover of a group's members is an extradition
    ("سلمت قوات سوريا الديمقراطية العراق أمس 50 عنصرا من داعش يحملون الجنسية العراقية.",
     {("COOPERATE", "SDF", "IRQ-GOV")}),
    # smugglers are criminals, not the host state's army
    ("نفذ الطيران الحربي الأردني أمس غارات على مواقع لمهربي المخدرات في ريف السويداء جنوبي سوريا.",
     {("ASSAULT", "JOR-MIL", "SYR-CRM")}),
    # a count, a noun, then a country-named accusative: people of that country
    ("أفرجت السلطات العراقية أمس عن 20 معتقلا سوريا عبر منفذ القائم الحدودي.", {("RETREAT", "IRQ-GOV", "SYR-CVL")}),
    # a delegation in the accusative
    ("استقبل رئيس الوزراء العراقي في بغداد يوم الإثنين وفدا سعوديا رفيع المستوى.",
     {("CONSULT", "SAU-GOV", "IRQ-GOV")}),
    # gunmen "من" a named group are the group's: one attack, by the group
    ("قتل أربعة جنود عراقيين مساء الأحد في هجوم شنه مسلحون من تنظيم داعش على نقطة تفتيش في قضاء الطارمية.",
     {("ASSAULT", "ISIS", "IRQ-MIL")}),
    ("هاجم مسلحون من داخل السيارة أمس دورية للشرطة العراقية في الموصل.", {("ASSAULT", "UAF", "IRQ-COP")}),
    # a businessman named without the article is one too
    ("اختطف مسلحون مجهولون أمس رجل أعمال تركمانيا من أمام منزله في مدينة كركوك.",
     {("ASSAULT", "UAF", "IRQ-BUS")}),
    # an unnamed terrorist cell is unidentified armed men; a cell "لـ" a group is the group's
    ("اعتقلت قوات الأمن اللبنانية أمس خلية إرهابية في مدينة طرابلس.", {("COERCE", "LBN-COP", "UAF")}),
    ("هاجمت خلايا نائمة لداعش نقطة للجيش العراقي في محافظة ديالى فجر اليوم.",
     {("ASSAULT", "ISIS", "IRQ-MIL")}),
    # craft of two states named together, struck at dawn ("فجر", no blast), a dateline city no party
    ("صنعاء - شنّت طائرات وسفن حربية أمريكية وبريطانية، فجر أمس الجمعة، سلسلة غارات على مواقع "
     "لجماعة الحوثي في الحديدة.",
     {("ASSAULT", "USA-MIL", "YEM-REB"), ("ASSAULT", "GBR-MIL", "YEM-REB")}),
    ("شنّت طائرات وسفن حربية أمريكية وبريطانية، فجر أمس الجمعة، سلسلة غارات على مواقع لجماعة "
     "الحوثي في الحديدة.", {("ASSAULT", "USA-MIL", "YEM-REB"), ("ASSAULT", "GBR-MIL", "YEM-REB")}),
    # a threat against the ships of a state threatens that state
    ("هدد زعيم جماعة الحوثي أمس باستهداف السفن الإسرائيلية في البحر الأحمر.",
     {("THREATEN", "YEM-REB", "ISR-GOV")}),
    # a unit named by its number or an ordinal is a formation of the army of where it is
    ("اندلعت اشتباكات عنيفة مساء أمس بين جهاز الردع وقوات اللواء 444 قتال في طرابلس.",
     {("ASSAULT", "LBY-COP", "LBY-MIL")}),
    ("اشتبكت قوات الفرقة 17 مع مسلحين في الأنبار أمس.", {("ASSAULT", "IRQ-MIL", "UAF")}),
    ("هاجم مسلحون مقر الكتيبة الثالثة قرب درعا أمس.", {("ASSAULT", "UAF", "SYR-MIL")}),
    # the police of a city; a unit sent by a service acts for the service
    ("ألقت شرطة البصرة القبض على خمسة أشخاص أمس.", {("COERCE", "IRQ-COP", "IRQ-CVL")}),
    ("اعتقلت قوة من جهاز مكافحة الإرهاب قيادياً في تنظيم داعش في كركوك أمس.",
     {("COERCE", "IRQ-MIL", "ISIS")}),
    # ... and so does a body rasid does not know, told as belonging to (التابع لـ) one it knows
    ("اعتقلت مديرية مكافحة المخدرات التابعة لوزارة الداخلية العراقية خمسة سوريين في البصرة أمس.",
     {("COERCE", "IRQ-COP", "SYR-CVL")}),
    # "اللواء" before a name is a general's rank, not a unit
    ("قال اللواء يحيى رسول إن القوات العراقية قتلت 5 مسلحين في الأنبار أمس.",
     {("ASSAULT", "IRQ-MIL", "UAF")}),
    # the dead after مقتل, the attack's owner after "بهجوم لـ"
    ("أعلنت مصادر أمنية عراقية مقتل 4 عسكريين بهجوم لداعش استهدف نقطة عسكرية في الطارمية ليل الأحد.",
     {("ASSAULT", "ISIS", "IRQ-MIL")}),
    # an attack on a place (no party named) did the killing reported after it
    ("أسفر هجوم لتنظيم داعش على قرية في ديالى أمس عن مقتل 12 مدنيا.", {("ASSAULT", "ISIS", "IRQ-CVL")}),
    ("هاجم تنظيم داعش قرية في ديالى أمس وقتل 12 مدنيا.", {("ASSAULT", "ISIS", "IRQ-CVL")}),
    # ... and the people of the town it hit, which the Syrian army's adjective places in Idlib
    ("أدى قصف مدفعي للجيش السوري على مدينة أريحا أمس إلى مقتل نحو عشرين شخصا.",
     {("ASSAULT", "SYR-MIL", "SYR-CVL")}),
    # the staff of an NGO are hit; the NGO is no monitor reporting the act here
    ("اختطف مسلحون مجهولون أمس ثلاثة عاملين في منظمة أطباء بلا حدود شمال شرقي مالي.",
     {("ASSAULT", "UAF", "NGO")}),
    # ... also staff named as employees working for it
    ("اختطف مسلحون مجهولون أمس موظفين اثنين يعملان لدى منظمة أطباء بلا حدود في مدينة بيدوا.",
     {("ASSAULT", "UAF", "NGO")}),
    ("اختطف مسلحون مجهولون أمس موظفين في منظمة أطباء بلا حدود في مدينة بيدوا.",
     {("ASSAULT", "UAF", "NGO")}),
    # a verb written with its passive damma: its subject was held, the agent follows على يد
    ("اعتُقل ناشطان بالموصل أمس على يد عناصر من الشرطة المحلية.", {("COERCE", "IRQ-COP", "IRQ-CVL")}),
    # a bare role placed "في" a country is that country's, whoever else the sentence names
    ("اعتقلت السلطات في ليبيا أمس صحفيا أمريكيا.", {("COERCE", "LBY-GOV", "USA-JRN")}),
    # a death sentence is a conviction, not an execution (the sentence written with بـ)
    ("حكمت محكمة عراقية أمس بالإعدام على ثلاثة متهمين بالإرهاب.",
     {("SANCTION", "IRQ-JUD", "IRQ-CRM")}),
    ("قضت محكمة إيرانية أمس بإعدام متظاهر شارك في الاحتجاجات.",
     {("SANCTION", "IRN-JUD", "IRN-CVL")}),
    ("أصدرت المحكمة الجنائية المركزية أمس حكما بالإعدام على مدان بتفجير الكرادة.",
     {("SANCTION", "IRQ-JUD", "IRQ-CRM")}),
    ("أعدمت السلطات العراقية أمس ١١ مدانا بالإرهاب في سجن الناصرية.",
     {("ASSAULT", "IRQ-GOV", "IRQ-CRM")}),
    # the accused "بالانتماء إلى" a group are its members
    ("أصدرت محكمة جنايات الكرخ في بغداد أمس حكما بالإعدام بحق متهمين بالانتماء إلى تنظيم داعش.",
     {("SANCTION", "IRQ-JUD", "ISIS")}),
    # ... or "من" a group or party; a capital in a court's name is its seat, not the government
    ("قضت محكمة جنايات القاهرة أمس بالسجن المؤبد على 12 متهما من جماعة الإخوان.",
     {("SANCTION", "EGY-JUD", "EGY-PTY")}),
    ("قضت محكمة جنايات دمشق أمس بالإعدام على ثلاثة متهمين.", {("SANCTION", "SYR-JUD", "SYR-CRM")}),
    # "بالعاصمة الصومالية مقديشو" is where it was, not the government hit
    ("قتل 20 شخصا أمس في تفجير انتحاري نفذته حركة الشباب في مقهى بالعاصمة الصومالية مقديشو.",
     {("ASSAULT", "AQ", "SOM-CVL")}),
    # the wounded of an attack told by أصيب, whoever did it; not one infected by a virus
    ("أصيب 12 مدنيا أمس في قصف شنته قوات الدعم السريع على مدينة الفاشر.",
     {("ASSAULT", "SDN-REB", "SDN-CVL")}),
    ("أصيب ثلاثة جنود أمس في هجوم شنه داعش على حاجز في كركوك.", {("ASSAULT", "ISIS", "IRQ-MIL")}),
    ("أصيب الرئيس العراقي أمس بفيروس كورونا.", set()),
    # a reconnaissance aircraft shot down is its owner's
    ("أسقطت هيئة تحرير الشام أمس طائرة استطلاع روسية في ريف إدلب الجنوبي.",
     {("ASSAULT", "HTS", "RUS-MIL")}),
    # "عناصر تكفيرية/إرهابية" killed by an army that announces it: unidentified armed men
    ("أعلن الجيش المصري أمس مقتل ٥ عناصر تكفيرية في اشتباك مع قواته بوسط سيناء.",
     {("ASSAULT", "EGY-MIL", "UAF")}),
    # an armed group not named is unidentified gunmen
    ("اشتبك الجيش الليبي أمس مع مجموعة مسلحة في مدينة الزاوية.", {("ASSAULT", "LBY-MIL", "UAF")}),
    ("هاجمت مجموعة مسلحة أمس مركزا للشرطة في مدينة سبها.", {("ASSAULT", "UAF", "LBY-COP")}),
    # a state executes through its government, not its army
    ("نفذت السلطات الإيرانية أمس حكم الإعدام بحق رجلين في سجن قزل حصار.",
     {("ASSAULT", "IRN-GOV", "IRN-CVL")}),
    # the members "من" a group are the group: neutralised PKK fighters
    ("أعلنت وزارة الدفاع التركية أمس تحييد 7 إرهابيين من حزب العمال الكردستاني شمالي العراق.",
     {("ASSAULT", "TUR-MIL", "TUR-REB")}),
    # the passive of اغتال: who was killed, then who shot
    ("اغتيل الناشط العراقي إيهاب الوزني أمس برصاص مسلحين مجهولين أمام منزله في كربلاء.",
     {("ASSAULT", "UAF", "IRQ-CVL")}),
    # settlers are civilians who attack; the villagers are hit
    ("هاجم مستوطنون إسرائيليون أمس قرية حوارة جنوب نابلس وأحرقوا منازل وسيارات.",
     {("ASSAULT", "ISR-CVL", "PSE-CVL")}),
    # ... as are settlers called by the other name, and settlements are their people
    ("هاجم مستعمرون منازل فلسطينيين في قرية ترمسعيا.", {("ASSAULT", "ISR-CVL", "PSE-CVL")}),
    ("أطلقت حركة حماس صواريخ على مستوطنات إسرائيلية.", {("ASSAULT", "PSE-REB", "ISR-CVL")}),
    # forces named after their leader are his state's army
    ("اعتقلت قوات الأسد ناشطين في درعا أمس.", {("COERCE", "SYR-MIL", "SYR-CVL")}),
    # a court between its verb and the sentence; a former official
    ("قضت محكمة الجنايات المركزية في بغداد أمس بسجن مسؤول سابق 10 سنوات بتهمة الفساد.",
     {("SANCTION", "IRQ-JUD", "IRQ-ELI")}),
    # an extradition told by its receiver: the giver after من is the source
    ("تسلم العراق أمس من تركيا 20 مطلوبا بتهم إرهابية.", {("COOPERATE", "TUR-GOV", "IRQ-GOV")}),
    # a delegation "من" a movement is the movement's; the capital it visits hosts it
    ("زار وفد من حركة حماس القاهرة الأسبوع الماضي والتقى مسؤولين في المخابرات المصرية.",
     {("CONSULT", "PSE-REB", "EGY-GOV"), ("CONSULT", "PSE-REB", "EGY-SPY")}),
    # a count then a country-named accusative: people, not the state
    ("أوقف الأمن العام اللبناني أمس 30 سوريا حاولوا العبور بطريقة غير شرعية.", {("COERCE", "LBN-COP", "SYR-CVL")}),
    # a city named for a leader is a place, not the leader
    ("زار الرئيس العراقي أمس مدينة الصدر شرقي بغداد.", set()),
    # after a denial of an act named by its masdar, the coordinated verb goes on with the denier
    ("ونفت قوات الدعم السريع استهداف المدنيين، واتهمت الجيش السوداني باستخدام السوق منصة "
     "لإطلاق القذائف.", {("ACCUSE", "SDN-REB", "SDN-GOV")}),
    ("نفت إيران دعم الحوثيين، واتهمت واشنطن بتأجيج الصراع.", {("ACCUSE", "IRN-GOV", "USA-GOV")}),
    # a unit whose name ends in a word of fighting is one party of the clash
    ("اندلعت اشتباكات بين اللواء 444 قتال وجهاز الردع في طرابلس مساء الاثنين.",
     {("ASSAULT", "LBY-MIL", "LBY-COP")}),
]


@pytest.mark.parametrize("text, dyads", DYADS)
def test_the_sides_of_an_act(text: str, dyads: set[tuple[str, str, str | None]]) -> None:
    assert _dyads(text) == dyads


@pytest.mark.parametrize("text, mode", [
    ("أطلقت الفصائل العراقية أمس طائرتين مسيرتين على قاعدة حرير التي تضم قوات أمريكية في أربيل.", "drone"),
    ("قال مصدر أمني إن انتحاريا فجر نفسه أمس وسط سوق شعبي في مدينة الصدر، ما أسفر عن مقتل 31 شخصا.",
     "suicide-attack"),
])
def test_the_weapon_named_gives_the_mode(text: str, mode: str) -> None:
    [event] = process(Article("t", text, date(2023, 6, 10)))["events"]
    assert event["mode"] == mode


def test_the_owner_of_what_is_bombed_is_no_bomber() -> None:
    dyads = _dyads("أمر رئيس الوزراء العراقي القوات الجوية بقصف مواقع لتنظيم داعش في دير الزور أمس.")
    assert dyads and all(src != "ISIS" for _, src, _ in dyads)


def test_the_rapid_support_forces_were_a_state_force_before_the_war_of_april_2023() -> None:
    text = "اعتقلت قوات الدعم السريع خمسة ناشطين في الخرطوم أمس."
    assert _dyads(text, date(2022, 3, 1)) == {("COERCE", "SDN-PRM", "SDN-CVL")}
    assert _dyads(text, date(2023, 6, 1)) == {("COERCE", "SDN-REB", "SDN-CVL")}


def test_the_state_a_faction_is_loyal_to_is_not_the_faction() -> None:
    text = "هاجمت فصائل موالية لتركيا أمس مواقع لقوات سوريا الديمقراطية في ريف منبج."
    dyads = _dyads(text)
    assert {tgt for _, _, tgt in dyads} == {"SDF"}
    assert not any(src.startswith("TUR") for _, src, _ in dyads)


def test_a_verb_of_destroying_is_too_often_figurative_to_report_an_attack() -> None:
    assert _dyads("قال الرجل إن هذه الجماعة دمرت حياتنا أمس.") == set()


def test_hamrin_mountains_are_a_place_in_iraq() -> None:
    events = process(Article("t", "أعلن الجيش العراقي أمس تدمير 12 مضافة لتنظيم داعش في جبال حمرين.",
                             date(2021, 3, 4)))["events"]
    assert [(e["location"]["name"], e["location"]["country"]) for e in events] == [("Hamrin Mountains", "IRQ")]


def test_one_strike_on_two_named_parties_is_two_events_with_one_setting() -> None:
    text = ("مقتل روسيين في ضربات جوية أمريكية في سوريا\n"  # a headline: the strike, no day, no party
            "قصفت الطائرات الأمريكية في 7 شباط قوات موالية للحكومة السورية قرب بلدة خشام في محافظة دير الزور.\n"
            "وقتل اثنان من المقاتلين الروس، على الأقل، في الضربات الجوية الأمريكية شمال شرقي سوريا.")
    events = process(Article("t", text, date(2018, 2, 14)))["events"]
    got = {(e["target"]["code"], e["date"]["start"], e["location"]["name"]) for e in events
           if e["event_type"] == "ASSAULT" and e["source"]["code"] == "USA-MIL"}
    assert got == {("SYR-PRM", "2018-02-07", "Khusham"), ("RUS-PRM", "2018-02-07", "Khusham")}


@pytest.mark.parametrize("text, row", [
    # a title names the dead by nationality alone; the body says who they were: one killing
    ("مقتل عراقي في هجوم لداعش قرب كركوك\nقتل مسلحو داعش جنديا عراقيا عند حاجز قرب كركوك أمس.",
     ("IRQ-MIL", 1)),
    ("مقتل روسيين في ضربات جوية أمريكية في سوريا\nوقتل اثنان من المقاتلين الروس في ضربات جوية "
     "أمريكية على بلدة خشام في محافظة دير الزور في 7 شباط.", ("RUS-PRM", 2)),
])
def test_the_dead_named_by_nationality_are_those_the_body_names(text: str, row: tuple) -> None:
    events = process(Article("t", text, date(2018, 2, 14)))["events"]
    [event] = [e for e in events if e["event_type"] == "ASSAULT"]
    assert (event["target"]["code"], event["fatalities"]) == row


def test_a_state_named_as_the_other_side_of_a_border_is_no_party() -> None:
    text = "أطلق الجيش التركي النار على مهربين على الحدود مع سوريا أمس."
    [event] = process(Article("t", text, date(2024, 1, 21)))["events"]
    assert event["source"]["code"] == "TUR-MIL" and event["target"]["text"] != "سوريا"


def test_a_strike_that_answers_an_attack_happened_where_the_attack_did() -> None:
    text = ("هاجم مقاتلون موالون للحكومة السورية مواقع لقوات سوريا الديمقراطية قرب بلدة في محافظة دير الزور.\n"
            "وردت الطائرات الأمريكية بقصف جوي على المقاتلين الموالين للحكومة السورية لتحبط الهجوم.")
    events = process(Article("t", text, date(2018, 2, 14)))["events"]
    [answer] = [e for e in events if e["source"]["code"] == "USA-MIL"]
    assert answer["location"]["name"] == "Deir ez-Zor"


@pytest.mark.parametrize("text", [
    "قصفت تركيا مواقع لحزب العمال الكردستاني في جبال قنديل يوم الأحد.",  # a state acting by force
    "قتل ثلاثة مدنيين في ضربات جوية تركية على قرية قرب دهوك يوم الأحد.",  # a nationality adjective
    "قتل جنود أتراك مسلحين من حزب العمال الكردستاني قرب الحدود يوم الأحد.",  # soldiers of a nationality
])
def test_a_state_s_military_has_one_name_however_the_text_names_it(text: str) -> None:
    events = process(Article("t", text, date(2023, 5, 10)))["events"]
    names = {a["name"] for e in events for a in (e["source"], e["target"]) if a and a["code"] == "TUR-MIL"}
    assert names == {"Turkey military"}


def test_an_attack_done_by_a_group_named_after_its_verb_is_the_deaths_it_caused() -> None:
    """"استشهد سبعة … جراء اعتداء نفذته مجموعة من فلول داعش … أمس": one attack by ISIS, where
    and when the attack was."""
    text = ("استشهد سبعة من العسكريين وأصيب آخرون جراء اعتداء إرهابي نفذته مجموعة من فلول داعش على "
            "حافلة تقل جنوداً في ريف حمص الشرقي، أمس الثلاثاء، بحسب مصدر عسكري.")
    events = process(Article("t", text, date(2024, 10, 9)))["events"]
    assert [(e["source"]["code"], e["target"]["code"], e["location"]["name"], e["date"]["start"],
             e["fatalities"]) for e in events] == [("ISIS", "SYR-MIL", "Homs", "2024-10-08", 7)]


@pytest.mark.parametrize("text, dyads", [
    # the wounded alone tell an attack, its doer after the shelling that hurt them
    ("أصيب ثلاثة مدنيين بجروح في قصف صاروخي لقوات النظام على بلدة دارة عزة غربي حلب.",
     {("ASSAULT", "SYR-MIL", "SYR-CVL")}),
    # struck by an illness or a disappointment is no attack
    ("أصيب الرئيس بفيروس كورونا وأصيب الوزير بخيبة أمل من نتائج الاجتماع.", set()),
])
def test_people_wounded_tell_an_attack(text: str, dyads: set) -> None:
    events = process(Article("t", text, date(2024, 1, 15)))["events"]
    assert {(e["event_type"], e["source"]["code"], e["target"]["code"]) for e in events} == dyads
    assert all(e["fatalities"] is None for e in events)  # the wounded are no toll


def test_a_date_between_an_act_and_a_verb_joined_to_it_is_the_day_of_both() -> None:
    text = "زار وفد من حركة حماس القاهرة الأسبوع الماضي والتقى مسؤولين في المخابرات المصرية."
    events = process(Article("t", text, date(2024, 3, 10)))["events"]
    assert {(e["target"]["code"], e["date"]["start"]) for e in events} \
        == {("EGY-GOV", "2024-02-26"), ("EGY-SPY", "2024-02-26")}
