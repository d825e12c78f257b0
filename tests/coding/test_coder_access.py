"""Sieges, aid and access, expulsions and denials as wire copy tells them, on sentences written
for these tests (the fifth audit's cases of rasid's coder)."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process

Coded = tuple[str, str | None, str, str | None, bool]


def _coded(text: str) -> set[Coded]:
    """(type, mode, source, target, negated) of each event that is not hypothetical."""
    events = process(Article("t", text, date(2024, 3, 10)))["events"]
    return {(e["event_type"], e["mode"], e["source"]["code"],
             e["target"]["code"] if e["target"] else None, e["negated"])
            for e in events if not e["hypothetical"]}


@pytest.mark.parametrize("text, coded", [
    # a denial stands before an aside between commas: the place of the words, or their day
    ("ونفت وزارة الداخلية الأردنية، في بيان، اعتقال أي صحفيين خلال تغطيتهم للاحتجاجات.",
     ("COERCE", "arrest", "JOR-COP", "JOR-JRN", True)),
    ("ونفى الجيش اللبناني، الأحد، اعتقال أي لاجئين سوريين في عرسال.",
     ("COERCE", "arrest", "LBN-MIL", "SYR-REF", True)),
    # a comma and another verb: the arrest was made
    ("نفت الوزارة التقارير، واعتقلت الشرطة الأردنية ثلاثة صحفيين في عمان.",
     ("COERCE", "arrest", "JOR-COP", "JOR-JRN", False)),
])
def test_a_denial_before_an_aside(text: str, coded: Coded) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize("text, coded", [
    # a siege laid on a place restricts it, like a crossing closed: no party needed
    ("وحاصرت قوات النظام السوري الأحياء الشرقية لمدينة حلب في ١٧ تموز/يوليو ٢٠١٦.",
     ("COERCE", "restrict", "SYR-MIL", None, False)),
    ("وفرضت القوات الإثيوبية حصارا كاملا على مدينة ميكيلي.",
     ("COERCE", "restrict", "ETH-MIL", None, False)),
    # funding or aid suspended reduces relations (not an arrest: أوقف also arrests people)
    ("وأوقفت الولايات المتحدة تمويلها لوكالة الأونروا.",
     ("SANCTION", "discontinue", "USA-GOV", "UNO", False)),
    ("وعلقت ألمانيا، الجمعة، مساعداتها التنموية للنيجر بعد الانقلاب.",
     ("SANCTION", "discontinue", "DEU-GOV", "NER-GOV", False)),
    # an envoy given hours to leave, named in the feminine or as chargé d'affaires
    ("وأمهلت الحكومة العراقية السفيرة السويدية 48 ساعة لمغادرة البلاد.",
     ("SANCTION", "expel", "IRQ-GOV", "SWE-GOV", False)),
    ("وسحبت الحكومة العراقية القائم بالأعمال العراقي من ستوكهولم.",
     ("SANCTION", "withdraw", "IRQ-GOV", "SWE-GOV", False)),
])
def test_sieges_funds_cut_and_envoys(text: str, coded: Coded) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize("text", [
    # a siege endured since long ago, feared or lifted is no new act
    "وتخضع الغوطة الشرقية لحصار خانق تفرضه قوات النظام منذ عام 2013.",
    "ويرى محللون أن استمرار الحصار على المدينة سيؤدي إلى كارثة إنسانية.",
    # the police holding a man who stole aid: an arrest, not aid cut
    "وأوقفت الشرطة الأردنية رجلا سرق شحنة من المساعدات في الزرقاء.",
])
def test_no_siege_or_funds_cut(text: str) -> None:
    assert not {c for c in _coded(text) if c[0] == "SANCTION" or c[1] == "restrict"}


@pytest.mark.parametrize("text", [
    # aid kept out or suspended was not given
    "ومنعت قوات النظام السوري، الأحد، دخول المساعدات الغذائية والطبية إلى سكان بلدة مضايا.",
    "وعلقت ألمانيا، الجمعة، مساعداتها التنموية للنيجر بعد الانقلاب.",
])
def test_aid_kept_out_is_no_aid(text: str) -> None:
    assert not {c for c in _coded(text) if c[0] == "AID"}


def test_aid_delivered_after_a_ban_is_aid() -> None:
    coded = _coded("منعت السلطات اليمنية التظاهرات في عدن، وأرسلت السعودية مساعدات إنسانية إلى "
                   "اليمن.")
    assert any(c[0] == "AID" and c[2] == "SAU-GOV" for c in coded)


def test_a_siege_going_on_is_no_new_act() -> None:
    coded = _coded("وتحاصر قوات المعارضة منطقة الفوعة، منذ نهاية عام 2015، وسط أوضاع إنسانية صعبة.")
    assert not {c for c in coded if c[1] == "restrict"}


@pytest.mark.parametrize("text", [
    # "for the first time in ten months": the months are how long access was closed, not when
    "وسمحت السلطات السورية لفريق تابع للأمم المتحدة بالوصول إلى مخيم الركبان للمرة الأولى منذ "
    "عشرة أشهر.",
    "وأدخلت الأمم المتحدة قافلة مساعدات إلى مدينة دوما لأول مرة منذ ستة أشهر.",
])
def test_the_first_time_in_months_is_no_date(text: str) -> None:
    events = process(Article("t", text, date(2024, 3, 10)))["events"]
    assert events and all(e["date"]["start"] == "2024-03-10" for e in events)


def test_months_ago_is_a_date() -> None:
    [event] = process(Article("t", "اعتقلت الشرطة العراقية صحفيا في البصرة منذ ثلاثة أشهر.",
                              date(2024, 3, 10)))["events"]
    assert event["date"]["start"] < "2024-01-01"


@pytest.mark.parametrize("text", [
    # an act a government studies or weighs the possibility of has not happened
    "وتدرس الحكومة الأردنية إمكانية إعادة فتح معبر جابر الحدودي مع سوريا.",
    "وتدرس السلطات اللبنانية احتمال ترحيل اللاجئين السوريين إلى بلادهم.",
    "ويدرس الجيش الأمريكي سحب قواته من قاعدة التنف.",
    # nor one a deal is said to encourage
    "اعتبرت منظمات حقوقية أن الصفقة تشجع طهران على احتجاز مزيد من الرهائن الأجانب.",
])
def test_an_act_studied_is_hypothetical(text: str) -> None:
    events = process(Article("t", text, date(2024, 3, 10)))["events"]
    assert events and all(e["hypothetical"] for e in events if e["event_type"] != "CONSULT")


@pytest.mark.parametrize("text, coded", [
    # the people of a town named in construct are its people, wherever the act was
    ("وأغلقت السلطات المصرية معبر رفح البري أمام سكان قطاع غزة حتى إشعار آخر.",
     ("COERCE", "restrict", "EGY-GOV", "PSE-CVL", False)),
    ("ومنعت السلطات التركية أهالي عفرين من العودة إلى قراهم.",
     ("COERCE", "restrict", "TUR-GOV", "SYR-CVL", False)),
])
def test_the_people_of_a_named_town(text: str, coded: Coded) -> None:
    assert coded in _coded(text)


def test_aid_asked_past_a_long_title_is_asked() -> None:
    events = process(Article("t", "وطالب الأمين العام للأمم المتحدة أنطونيو غوتيريش، الاثنين، "
                                  "إسرائيل بالسماح بدخول المساعدات الإنسانية إلى غزة دون عوائق.",
                             date(2024, 3, 10)))["events"]
    assert any(e["event_type"] == "REQUEST" for e in events)
    assert all(e["hypothetical"] for e in events if e["event_type"] == "AID")


@pytest.mark.parametrize("text, coded", [
    # researchers and academics are education's, of their nationality
    ("فأفرجت السلطات الإيرانية عن الباحثة الفرنسية فاريبا عادلخاه، الجمعة.",
     ("RETREAT", "release", "IRN-GOV", "FRA-EDU", False)),
    ("واعتقلت السلطات المصرية باحثا إيطاليا في القاهرة.",
     ("COERCE", "arrest", "EGY-GOV", "ITA-EDU", False)),
])
def test_researchers(text: str, coded: Coded) -> None:
    assert coded in _coded(text)


@pytest.mark.parametrize("text", [
    # PLOVER gives CONCEDE no modes: a declared truce or a promised withdrawal has none
    "وأعلن الجيش السوداني وقوات الدعم السريع هدنة إنسانية لمدة 72 ساعة.",
    "وأعلنت الحكومة الروسية أنها ستسحب الجزء الأكبر من قواتها من سوريا.",
])
def test_concessions_have_no_mode(text: str) -> None:
    coded = _coded(text)
    assert {c for c in coded if c[0] == "CONCEDE"}
    assert all(c[1] is None for c in coded if c[0] == "CONCEDE")


def test_a_ceasefire_observed_told_by_the_noun() -> None:
    coded = _coded("وساد هدوء حذر جبهات ريف حماة الشمالي، الخميس، مع التزام قوات النظام وفصائل "
                   "المعارضة بوقف إطلاق النار لليوم الثالث على التوالي.")
    assert ("RETREAT", "ceasefire", "SYR-MIL", "SYR-REB", False) in coded \
        or ("RETREAT", "ceasefire", "SYR-REB", "SYR-MIL", False) in coded


@pytest.mark.parametrize("text", [
    # a commitment affirmed or asked for is words, not a ceasefire observed
    "وأكد الجيش السوداني التزامه بوقف إطلاق النار مع قوات الدعم السريع.",
    "ودعت الأمم المتحدة إلى التزام الأطراف بوقف إطلاق النار في السودان.",
])
def test_a_commitment_to_a_ceasefire_is_not_one_observed(text: str) -> None:
    assert not {c for c in _coded(text) if c[0] == "RETREAT"}

