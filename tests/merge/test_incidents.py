"""Incidents from the real pipeline's records of the example articles and the test articles."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from rasid.merge import compat
from rasid.merge.incidents import Incident, build, link, members_of
from rasid.merge.similarity import Evidence
from rasid.merge.summary import incident_json
from rasid.model import Article
from rasid.pipeline import process
from rasid.read import read_paths

ROOT = Path(__file__).resolve().parents[2]


def _members(path: Path) -> list:
    out = []
    for art in read_paths([path]):
        assert isinstance(art, Article)
        out += members_of(process(art), art.text, art.outlet)
    return out


@pytest.fixture(scope="module")
def examples() -> list:
    return _members(ROOT / "examples" / "seeds.jsonl")


@pytest.fixture(scope="module")
def written(texts_dir: Path) -> list:
    return _members(texts_dir / "corpus_articles.jsonl")


def _with_outlets(incidents: list[Incident], *outlets: str) -> list[dict]:
    found = [incident_json(i) for i in incidents]
    return [j for j in found if set(outlets) <= set(j["outlet_names"])]


def test_one_meeting_reported_by_two_outlets_is_one_incident(examples) -> None:
    # the Iraqi envoy's visit to the Syrian president, told by Al-Waqt and by Elaph
    meetings = [j for j in _with_outlets(build(examples), "Al-Waqt", "Elaph")
                if j["event_type"] == "CONSULT"]
    assert len(meetings) == 1
    inc = meetings[0]
    assert inc["outlets"] == 2
    assert {m["outlet"] for m in inc["members"]} == {"Al-Waqt", "Elaph"}
    assert {inc["source"]["code"], inc["target"]["code"]} == {"IRQ-GOV", "SYR-GOV"}
    # the best-supported place is the more precise one (Damascus is in Syria: no conflict)
    assert inc["location"]["feature"] == "city"
    assert inc["date"]["start"] == "2017-06-01"
    assert inc["conflicts"] == []


def test_a_meeting_six_years_later_is_another_incident(examples) -> None:
    for j in map(incident_json, build(examples)):
        outlets = set(j["outlet_names"])
        assert not ({"Elaph", "Enab Baladi"} <= outlets), j


def test_two_outlets_with_different_death_tolls_give_a_conflict(written) -> None:
    bombing = [j for j in _with_outlets(build(written), "وكالة الرافدين", "صحيفة المدى الجديد")
               if j["event_type"] == "ASSAULT"]
    assert len(bombing) == 1
    inc = bombing[0]
    assert inc["location"]["name"] == "Tikrit"
    tolls = [c for c in inc["conflicts"] if c["field"] == "fatalities"]
    assert tolls == [{"field": "fatalities", "values": [
        {"value": 7, "doc_ids": ["c-01"]}, {"value": 9, "doc_ids": ["c-02"]}]}]
    assert inc["fatalities"] in (7, 9)


def test_the_next_bombing_in_the_same_province_is_not_merged(written) -> None:
    for j in map(incident_json, build(written)):
        docs = {m["doc_id"] for m in j["members"]}
        assert not ({"c-01", "c-11"} <= docs) and not ({"c-02", "c-11"} <= docs)


def test_denied_and_hypothetical_events_never_join(written, examples) -> None:
    for inc in build(written + examples):
        assert all(not m.event["negated"] and not m.event["hypothetical"] for m in inc.members)


def test_adding_later_articles_gives_the_incidents_of_one_build(written, examples) -> None:
    everything = written + examples
    whole = sorted(json.dumps(incident_json(i), sort_keys=True) for i in build(everything))
    incidents = build(examples)
    ids_before = {i.incident_id for i in incidents}
    touched = link(incidents, written, Evidence())
    assert touched
    assert ids_before <= {i.incident_id for i in incidents}
    assert sorted(json.dumps(incident_json(i), sort_keys=True) for i in incidents) == whole
    # linking the same events again changes nothing
    assert link(incidents, written) == []


def test_incident_ids_do_not_depend_on_input_order(written) -> None:
    a = {i.incident_id for i in build(written)}
    b = {i.incident_id for i in build(list(reversed(written)))}
    assert a == b


def test_actor_codes_agree_by_country_and_clash_across_countries() -> None:
    assert compat.codes("IRQ", "IRQ-GOV") == compat.AGREE
    assert compat.codes("PMF", "IRQ-MIL") == compat.UNKNOWN
    assert compat.codes("ISIS", "IRQ-MIL") == compat.CLASH
    assert compat.codes("UNK", "SYR-MIL") == compat.UNKNOWN
    assert compat.codes("SYR-MIL", "TUR-MIL") == compat.CLASH


def test_dates_and_places_rules() -> None:
    day = {"start": "2024-04-14", "end": "2024-04-14"}
    assert compat.dates(day, {"start": "2024-04-15", "end": "2024-04-15"}) == compat.AGREE
    assert compat.dates(day, {"start": "2024-04-20", "end": "2024-04-20"}) == compat.CLASH
    assert compat.dates(day, None) == compat.UNKNOWN
    tikrit = {"name": "Tikrit", "lat": 34.6158, "lon": 43.6786, "country": "IRQ",
              "admin1": "Salah ad-Din", "feature": "city"}
    samarra = {"name": "Samarra", "lat": 34.1959, "lon": 43.8857, "country": "IRQ",
               "admin1": "Salah ad-Din", "feature": "city"}
    province = {"name": "Salah ad-Din", "country": "IRQ", "feature": "admin1"}
    assert 45 < compat.km(34.6158, 43.6786, 34.1959, 43.8857) < 55
    assert compat.places(tikrit, samarra, max_km=20) == compat.CLASH
    assert compat.places(tikrit, province) == compat.AGREE
    syria = {"name": "Syria", "country": "SYR", "feature": "country"}
    assert compat.places(tikrit, syria) == compat.CLASH


def test_two_towns_a_few_villages_apart_are_two_places_a_district_is_wide() -> None:
    town = {"name": "Kafranbel", "lat": 35.614, "lon": 36.561, "country": "SYR", "admin1": "Idlib",
            "feature": "city"}
    ariha = {"name": "Ariha", "lat": 35.812, "lon": 36.609, "country": "SYR", "admin1": "Idlib",
             "feature": "city"}  # 22 km away: the next day's strike on another town
    village = {"name": "Hazarin", "lat": 35.585, "lon": 36.540, "country": "SYR", "admin1": "Idlib",
               "feature": "city"}  # 4 km away: where another outlet places the same strike
    assert compat.places(town, ariha) == compat.CLASH
    assert compat.places(town, village) == compat.AGREE
    kirkuk = {"name": "Kirkuk", "lat": 35.468, "lon": 44.392, "country": "IRQ", "admin1": "Kirkuk",
              "feature": "city"}
    hawija = {"name": "Hawija District", "lat": 35.30, "lon": 43.65, "country": "IRQ", "admin1": "Kirkuk",
              "feature": "admin2"}  # its centre is 70 km from Kirkuk city, the district reaches near it
    assert compat.places(kirkuk, hawija) == compat.UNKNOWN


def test_a_site_named_for_its_city_is_at_it_though_far_from_its_centre() -> None:
    damascus = {"name": "Damascus", "lat": 33.5102, "lon": 36.2913, "country": "SYR",
                "admin1": "Damascus", "feature": "city"}
    airport = {"name": "Damascus International Airport", "lat": 33.41, "lon": 36.52,
               "country": "SYR", "admin1": "Rif Dimashq", "feature": "point"}  # 24 km out
    assert compat.places(damascus, airport) == compat.places(airport, damascus) == compat.AGREE
    harasta = {"name": "Harasta", "lat": 33.558, "lon": 36.365, "country": "SYR",
               "admin1": "Rif Dimashq", "feature": "city"}  # a town, not the airport's city
    assert compat.places(harasta, airport) == compat.CLASH


def test_a_date_the_text_did_not_state_is_a_few_days_up_to_publication() -> None:
    """An undated report takes its publication day (OUTPUT.md), but it tells of the last days:
    another outlet's stated day two days before is not another occurrence; a week is."""
    told = {"text": "في العشرين من فبراير", "start": "2024-02-20", "end": "2024-02-20"}
    untold = {"text": None, "start": "2024-02-22", "end": "2024-02-22"}
    assert compat.dates(told, untold) == compat.AGREE
    assert compat.dates(untold, told) == compat.AGREE
    assert compat.dates({**told, "start": "2024-02-15", "end": "2024-02-15"}, untold) == compat.CLASH
    assert compat.dates({**told, "text": "أمس الأول", "start": "2024-02-20", "end": "2024-02-20"},
                        {**untold, "text": "اليوم"}) == compat.CLASH  # both stated: a day of slack only


def test_one_name_in_two_countries_is_two_places() -> None:
    libya = {"name": "Tripoli", "lat": 32.8872, "lon": 13.1913, "country": "LBY", "feature": "city"}
    lebanon = {"name": "Tripoli", "lat": 34.4367, "lon": 35.8497, "country": "LBN", "feature": "city"}
    assert compat.places(libya, lebanon) == compat.CLASH
    assert compat.places(libya, dict(libya)) == compat.AGREE


def test_an_arrest_and_an_airstrike_are_two_acts() -> None:
    arrest = {**_event(0), "event_type": "COERCE", "mode": "arrest"}
    strike = {**_event(0), "event_type": "ASSAULT", "mode": "aerial"}
    raid = {**_event(0), "event_type": "ASSAULT", "mode": None}
    assert compat.compare(arrest, strike) == compat.CLASH
    assert compat.compare(arrest, raid) != compat.CLASH  # a raid and the arrests it made
    abduction = {**_event(0), "event_type": "ASSAULT", "mode": "abduct"}
    assert compat.compare(arrest, abduction) != compat.CLASH  # one outlet's arrest, another's abduction


def test_a_deportation_told_from_either_end_is_one_act() -> None:
    palermo = {"name": "Palermo", "lat": 38.116, "lon": 13.361, "country": "ITA", "feature": "city"}
    tabarka = {"name": "Tabarka", "lat": 36.954, "lon": 8.758, "country": "TUN", "feature": "city"}
    day = {"start": "2024-11-21", "end": "2024-11-21"}
    flight = {"event_type": "COERCE", "mode": "deport", "date": day,
              "source": {"code": "ITA-GOV"}, "target": {"code": "TUN-CVL"}}
    assert compat.compare({**flight, "location": palermo}, {**flight, "location": tabarka}) == 3
    # ... but an arrest in two countries is two arrests
    arrest = {**flight, "mode": "arrest"}
    assert compat.compare({**arrest, "location": palermo},
                          {**arrest, "location": tabarka}) == compat.CLASH


def test_two_cities_of_one_metropolis_can_be_one_place() -> None:
    khartoum = {"name": "Khartoum", "lat": 15.5518, "lon": 32.5324, "country": "SDN", "feature": "city"}
    omdurman = {"name": "Omdurman", "lat": 15.6445, "lon": 32.4777, "country": "SDN", "feature": "city"}
    assert compat.places(khartoum, omdurman) == compat.AGREE


def _event(fatalities: int) -> dict:
    return {"event_type": "ASSAULT", "mode": None, "source": None, "target": None,
            "location": None, "date": None, "fatalities": fatalities, "confidence": 0.5}


def test_one_document_does_not_conflict_with_itself() -> None:
    from rasid.merge.incidents import Member
    from rasid.merge.summary import conflicts

    sentence = "قتل ثلاثة أشخاص في هجوم على حاجز للشرطة."
    same_doc = [Member("d1", "وكالة", 0, _event(3), sentence),
                Member("d1", "وكالة", 1, _event(5), sentence)]
    assert conflicts(Incident("inc-x", same_doc)) == []
    other = Member("d2", "صحيفة", 0, _event(5), sentence)
    assert conflicts(Incident("inc-x", [*same_doc, other])) == [{"field": "fatalities", "values": [
        {"value": 3, "doc_ids": ["d1"]}, {"value": 5, "doc_ids": ["d1", "d2"]}]}]


def test_a_copy_of_unknown_origin_is_not_another_outlet() -> None:
    from rasid.merge.corpus import with_copies

    rec = {"outlet_names": ["وكالة"], "outlets": 1}
    copies = [{"doc_id": "copy-1", "outlet": None, "url": None},
              {"doc_id": "copy-2", "outlet": "صحيفة", "url": "https://example.org/a"}]
    out = with_copies(rec, copies)
    assert out["outlets"] == 2 and out["outlet_names"] == ["صحيفة", "وكالة"]
    assert [c["doc_id"] for c in out["copies"]] == ["copy-1", "copy-2"]


def test_stored_articles_with_one_doc_id_keep_their_events_apart() -> None:
    from rasid.merge.incidents import Member

    sentence = "قتل ثلاثة أشخاص في هجوم على حاجز للشرطة."
    old = Member("d1", "وكالة", 0, _event(3), sentence, article="hash-old")
    new = Member("d1", "وكالة", 0, _event(3), sentence, article="hash-new")
    assert old.key != new.key
    (inc,) = build([old, new])
    assert sorted(m.article for m in inc.members) == ["hash-new", "hash-old"]
    assert build([new, old])[0].incident_id == inc.incident_id


def test_outlets_that_name_no_doer_or_day_do_not_outvote_one_that_does() -> None:
    articles = [
        Article("t-1", "قتل سبعة أشخاص وأصيب 15 آخرون في انفجار سيارة مفخخة استهدف سوقا شعبيا في مدينة "
                "الطبقة بريف الرقة، مساء السبت.", date(2023, 9, 3), outlet="أ"),
        Article("t-2", "ارتفعت حصيلة ضحايا تفجير السيارة المفخخة في مدينة الطبقة إلى تسعة قتلى، بحسب "
                "المرصد السوري لحقوق الإنسان.", date(2023, 9, 3), outlet="ب"),
        Article("t-3", "تبنى تنظيم داعش التفجير الذي استهدف سوق مدينة الطبقة أول أمس وأودى بحياة تسعة "
                "مدنيين.", date(2023, 9, 4), outlet="ج"),
    ]
    members = [m for a in articles for m in members_of(process(a), a.text, a.outlet)]
    [inc] = [incident_json(i) for i in build(members) if i.outlets and len(i.outlets) == 3]
    assert (inc["source"]["code"], inc["target"]["code"], inc["date"]["start"]) == ("ISIS", "SYR-CVL", "2023-09-02")
    assert [c["field"] for c in inc["conflicts"]] == ["fatalities"]  # 7 against 9: a real disagreement


def test_a_point_measured_from_a_town_is_that_towns_report() -> None:
    kirkuk = {"name": "Kirkuk", "lat": 35.468, "lon": 44.392, "country": "IRQ", "feature": "city"}
    point = {"name": "50 km NW of Kirkuk", "lat": 35.785, "lon": 44.0, "country": "IRQ", "feature": "point"}
    assert compat.places(point, kirkuk) == compat.AGREE == compat.places(kirkuk, point)


def test_a_visit_and_the_memorandum_signed_during_it_stay_two_incidents() -> None:
    """One document's two kinds of act, kept apart by the coder, are not merged back."""
    text = ("التقى وزير الخارجية العراقي فؤاد حسين نظيره التركي هاكان فيدان في أنقرة أمس وبحث معه "
            "التعاون الأمني. ووقع الوزيران في أنقرة أمس مذكرة تفاهم للتعاون الأمني بين البلدين.")
    art = Article("t-1", text, date(2024, 8, 16), outlet="أ")
    members = members_of(process(art), art.text, art.outlet)
    assert sorted(m.event["event_type"] for m in members) == ["CONSULT", "SUPPORT"]
    kinds = sorted(i.members[0].event["event_type"] for i in build(members))
    assert kinds == ["CONSULT", "SUPPORT"]


def test_an_event_joins_the_incident_of_its_own_type_first() -> None:
    """A second outlet's agreement goes with the first outlet's agreement, and its meeting with
    the meetings, though a meeting and an agreement of one day are of one family."""
    texts = [
        ("k-a", "التقى الرئيس المصري عبد الفتاح السيسي نظيره التركي رجب طيب أردوغان في قصر "
                "الاتحادية بالقاهرة أمس الأربعاء. واتفق الرئيسان خلال اللقاء على رفع حجم التبادل التجاري بين "
                "البلدين إلى 15 مليار دولار.", "أ"),
        ("k-b", "اتفق الرئيسان التركي رجب طيب أردوغان والمصري عبد الفتاح السيسي خلال لقائهما في "
                "القاهرة أمس الأربعاء على رفع حجم التبادل التجاري بين البلدين إلى 15 مليار دولار.",
         "ب"),
    ]
    members = []
    for doc_id, text, outlet in texts:
        art = Article(doc_id, text, date(2024, 2, 15), outlet=outlet)
        members += members_of(process(art), art.text, art.outlet)
    kinds = {tuple(sorted({m.event["event_type"] for m in i.members})) for i in build(members)
             if len({m.doc_id for m in i.members}) == 2}
    assert kinds == {("AGREE",), ("CONSULT",)}


def test_no_one_killed_and_eighty_killed_are_two_acts() -> None:
    day = {"start": "2023-10-06", "end": "2023-10-06"}
    syria = {"name": "Syria", "lat": 35.0, "lon": 38.5, "country": "SYR", "feature": "country"}
    homs = {"name": "Homs", "lat": 34.724, "lon": 36.7256, "country": "SYR", "feature": "city"}
    strike = {"event_type": "ASSAULT", "mode": "aerial", "date": day, "location": syria,
              "source": {"code": "TUR-MIL"}, "target": {"code": "SDF"}, "fatalities": 0}
    academy = {"event_type": "ASSAULT", "mode": "drone", "date": day, "location": homs,
               "source": {"code": "UNK"}, "target": {"code": "SYR-CVL"}, "fatalities": 80}
    assert compat.compare(strike, academy) == compat.CLASH
    assert compat.compare({**strike, "fatalities": None}, academy) != compat.CLASH
    assert compat.compare({**academy, "fatalities": 60}, academy) != compat.CLASH  # tolls grow
    # ... but one attack told closely alike, with a disputed toll, is one act with a conflict
    base = {**strike, "location": homs, "target": {"code": "SYR-MIL"}}
    assert compat.compare(base, {**base, "fatalities": 30}) != compat.CLASH


def test_three_reports_of_one_ambush_are_one_incident_whatever_their_order() -> None:
    """A headline, a report written with Eastern digits and a third report: each resembles
    the others unequally (the headline least the long report), yet all three are one incident,
    in whatever order they are linked."""
    from itertools import permutations

    from rasid.merge.incidents import Member

    event = {"event_type": "ASSAULT", "mode": None, "source": {"code": "ISIS"},
             "target": {"code": "IRQ-MIL"}, "fatalities": 4, "negated": False,
             "hypothetical": False, "date": {"start": "2024-11-12", "end": "2024-11-12"},
             "location": {"name": "At Tarmiyah", "lat": 33.67, "lon": 44.39, "country": "IRQ",
                          "admin1": "Baghdad", "feature": "city"}}
    reports = [
        ("a", "2024-11-12", "استشهاد أربعة من منتسبي الجيش بهجوم لعصابات داعش في الطارمية"),
        ("b", "2024-11-12", "قُتل ٤ جنود عراقيين وأصيب اثنان آخران في هجوم نفذه مسلحون من تنظيم "
                            "الدولة الإسلامية على دورية للجيش في قضاء الطارمية شمالي بغداد، مساء "
                            "الثلاثاء ١٢ نوفمبر/تشرين الثاني ٢٠٢٤، وفق ما أفادت به مصادر أمنية."),
        ("c", "2024-11-13", "أفاد مصدر أمني في بغداد مساء الثلاثاء بمقتل أربعة جنود وإصابة اثنين "
                            "آخرين بهجوم لعصابات داعش استهدف دورية للجيش في الطارمية."),
    ]
    members = [Member(doc, f"outlet {doc}", 0, event, text, day) for doc, day, text in reports]
    for order in permutations(members):
        assert [len(inc.members) for inc in build(list(order))] == [3]


def test_civilians_in_one_report_and_fighters_in_another_may_be_one_strike() -> None:
    """State media call militiamen killed in a strike civilians: the same drone strike, the same
    day and town, is one incident with the victims in conflict; elsewhere or another day, two."""
    town = {"name": "Albu Kamal", "lat": 34.45, "lon": 40.92, "country": "SYR",
            "admin1": "Deir ez-Zor", "feature": "city"}
    day = {"start": "2024-11-20", "end": "2024-11-20", "text": "اليوم"}

    def strike(target: str, location: dict = town, when: dict = day) -> dict:
        return {"event_type": "ASSAULT", "mode": "drone", "source": {"code": "UNK"},
                "target": {"code": target}, "date": when, "location": location}

    assert compat.compare(strike("SYR-CVL"), strike("PMF")) != compat.CLASH
    elsewhere = {**town, "name": "Al Mayadin", "lat": 35.02, "lon": 40.45}
    assert compat.compare(strike("SYR-CVL"), strike("PMF", elsewhere)) == compat.CLASH
    week_later = {"start": "2024-11-27", "end": "2024-11-27", "text": "اليوم"}
    assert compat.compare(strike("SYR-CVL"), strike("PMF", when=week_later)) == compat.CLASH
    assert compat.compare(strike("SYR-MIL"), strike("PMF")) == compat.CLASH  # two armies


def test_a_point_on_one_side_of_a_town_agrees_with_towns_near_it_only() -> None:
    """"القضاء الواقع شمال بغداد" is anywhere near Baghdad (Tarmiyah, 37 km, may be it); "قرى تقع
    شرقي مدينة مليط" is not El Fasher, 60 km away."""
    north_of_baghdad = {"name": "N of Baghdad", "lat": 33.34, "lon": 44.40, "country": "IRQ",
                        "admin1": "Baghdad", "feature": "point"}
    tarmiyah = {"name": "At Tarmiyah", "lat": 33.67, "lon": 44.39, "country": "IRQ",
                "admin1": "Baghdad", "feature": "city"}
    baghdad = {**north_of_baghdad, "name": "Baghdad", "feature": "city"}
    assert compat.places(north_of_baghdad, tarmiyah) == compat.AGREE
    assert compat.places(baghdad, tarmiyah) == compat.CLASH
    east_of_mellit = {"name": "E of Mellit", "lat": 14.13, "lon": 25.55, "country": "SDN",
                      "admin1": "North Darfur", "feature": "point"}
    el_fasher = {"name": "El Fasher", "lat": 13.63, "lon": 25.35, "country": "SDN",
                 "admin1": "North Darfur", "feature": "city"}
    assert compat.places(east_of_mellit, el_fasher) == compat.CLASH


def test_two_seas_far_apart_are_two_places() -> None:
    red_sea = {"name": "Red Sea", "lat": 20.0, "lon": 38.5, "country": None, "feature": "region"}
    aden = {"name": "Gulf of Aden", "lat": 12.5, "lon": 48.0, "country": None, "feature": "region"}
    assert compat.places(red_sea, aden) == compat.CLASH
    assert compat.places(red_sea, dict(red_sea)) == compat.AGREE


def test_an_agreement_joins_the_agreement_of_a_report_that_tells_the_meeting_apart() -> None:
    """One outlet tells the ministers' meeting and, in a quoted statement, the agreement; another
    tells the agreement in words like the first one's meeting: the agreements are one incident,
    the meeting another."""
    from rasid.merge.incidents import Member

    def event(kind: str) -> dict:
        return {"event_type": kind, "mode": None, "source": {"code": "IRQ-COP"},
                "target": {"code": "SYR-COP"}, "negated": False, "hypothetical": False,
                "date": {"start": "2024-10-08", "end": "2024-10-08", "text": "اليوم"},
                "location": {"name": "Baghdad", "lat": 33.34, "lon": 44.40, "country": "IRQ",
                             "admin1": "Baghdad", "feature": "city"}}

    members = [
        Member("a", "واع", 0, event("CONSULT"), "التقى وزير الداخلية العراقي نظيره السوري في بغداد "
               "اليوم لبحث أمن الحدود المشتركة بين البلدين.", "2024-10-08"),
        Member("a", "واع", 1, event("AGREE"), "وأضاف البيان أن \"الجانبين اتفقا على تشكيل لجنة "
               "أمنية مشتركة لتبادل المعلومات\".", "2024-10-08"),
        Member("b", "سانا", 0, event("AGREE"), "اتفق وزير الداخلية السوري ونظيره العراقي خلال "
               "لقائهما في بغداد اليوم على تعزيز أمن الحدود المشتركة بين البلدين.", "2024-10-08"),
    ]
    groups = sorted(sorted(m.key for m in inc.members) for inc in build(members))
    assert groups == [["a#0"], ["a#1", "b#0"]]
