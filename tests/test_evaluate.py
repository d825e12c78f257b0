"""Tests for rasid.evaluate (SCORING.md), on small hand-made records."""

from __future__ import annotations

import copy
import json

import pytest

from rasid.evaluate import (
    date_correct,
    evaluate,
    evidence_distance,
    location_correct,
    read_records,
    self_check,
)
from rasid.evaluate_entities import quote_overlap

TEXT = ("استقبل وزير الخارجية الأردني نظيره العراقي في عمّان يوم الأحد. "
        "وقصفت طائرات مسيّرة قرية قرب الموصل.")


def actor(code, text="فاعل"):
    return {"text": text, "name": None, "code": code}


def loc(lat, lon, country, feature="city", admin1=None):
    return {"text": "مكان", "name": None, "lat": lat, "lon": lon, "country": country,
            "admin1": admin1, "feature": feature}


def day(start, end=None):
    return {"text": "تاريخ", "start": start, "end": end or start}


def event(etype="ASSAULT", src="IRQ-MIL", tgt="ISIS", **kw):
    e = {
        "event_type": etype, "mode": None, "contexts": [],
        "source": actor(src), "target": actor(tgt) if tgt else None,
        "location": None, "date": None, "evidence": {"start": 0, "end": 40},
        "fatalities": None, "attributed_to": None,
        "negated": False, "hypothetical": False, "confidence": 0.9,
    }
    e.update(kw)
    return e


def doc(doc_id="d1", events=(), **kw):
    r = {"doc_id": doc_id, "published": "2021-05-20", "text": TEXT, "events": list(events)}
    r.update(kw)
    return r


def one(gold_event, pred_event):
    """Score a single gold event against a single predicted one."""
    return evaluate([doc(events=[gold_event])], [doc(events=[pred_event])])


# --------------------------------------------------------------------------- whole records

def full_gold():
    return doc(
        events=[
            event("CONSULT", "JOR-GOV", "IRQ-GOV", mode="visit",
                  location=loc(31.95, 35.93, "JOR"), date=day("2021-05-16"),
                  evidence={"start": 0, "end": 62}),
            event("ASSAULT", "UAF", "IRQ-CVL", mode="aerial", fatalities=3,
                  location=loc(36.34, 43.13, "IRQ"), date=day("2021-05-01", "2021-05-10"),
                  evidence={"start": 63, "end": 101}),
        ],
        entities=[{"start": 7, "end": 20, "label": "ORG", "text": TEXT[7:20]},
                  {"start": 47, "end": 52, "label": "GPE", "text": TEXT[47:52]}],
        quotes=[{"speaker": actor("JOR-GOV"), "start": 0, "end": 30, "cue": "قال"}],
    )


def test_perfect_match_is_one_everywhere():
    gold = [full_gold(), doc("d2", [event()], entities=[], quotes=[])]
    s = evaluate(gold, copy.deepcopy(gold)).to_dict()
    for prf in (s["events"]["detection"], s["events"]["dyad"], s["entities"]["micro"],
                s["quotes"]["quotes"]):
        assert (prf["p"], prf["r"], prf["f1"], prf["fp"], prf["fn"]) == (1.0, 1.0, 1.0, 0, 0)
    for name in ("mode", "date", "location", "fatalities"):
        assert s["events"][name]["accuracy"] == 1.0
    assert s["events"]["mode"]["total"] == 2
    assert s["events"]["fatalities"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert s["quotes"]["speaker"]["accuracy"] == 1.0


def test_self_check_on_written_file(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [full_gold()]) + "\n",
                    encoding="utf-8")
    assert self_check(path) == []


def test_to_dict_is_json_and_table_shows_every_figure():
    g = full_gold()
    p = copy.deepcopy(g)
    p["events"][1]["fatalities"] = 4
    s = evaluate([g], [p])
    d = json.loads(json.dumps(s.to_dict()))
    assert set(d) == {"documents", "events", "entities", "quotes"}
    assert set(d["events"]) >= {"detection", "dyad", "mode", "date", "location", "fatalities"}
    assert d["events"]["fatalities"]["accuracy"] == 0.0
    table = s.format_table()
    for label in ("event detection", "event dyad", "mode", "date", "location", "fatalities",
                  "entities", "ORG", "GPE", "quotes", "speaker"):
        assert label in table
    assert "1.000" in table and "0.000" in table


def test_undefined_figures_are_none():
    s = evaluate([doc(events=[])], [doc(events=[])]).to_dict()
    assert s["events"]["dyad"]["p"] is None and s["events"]["dyad"]["f1"] is None
    assert s["events"]["date"]["accuracy"] is None
    assert "n/a" in evaluate([doc()], []).format_table()


# --------------------------------------------------------------------------- dyads and pairing

def test_swapped_actors_match_for_consult_only():
    s = one(event("CONSULT", "JOR-GOV", "IRQ-GOV"), event("CONSULT", "IRQ-GOV", "JOR-GOV"))
    assert s.events.dyad.tp == 1
    s = one(event("ASSAULT", "IRQ-MIL", "ISIS"), event("ASSAULT", "ISIS", "IRQ-MIL"))
    assert s.events.detection.tp == 1
    assert (s.events.dyad.tp, s.events.dyad.fp, s.events.dyad.fn) == (0, 1, 1)


@pytest.mark.parametrize("etype", ["AGREE", "SUPPORT", "COOPERATE"])
def test_other_symmetric_types(etype):
    s = one(event(etype, "SYR-GOV", "RUS-GOV"), event(etype, "RUS-GOV", "SYR-GOV"))
    assert s.events.dyad.tp == 1


def test_null_target_equals_null_target():
    alone = event("PROTEST", "IRQ-CVL", None)
    assert one(alone, event("PROTEST", "IRQ-CVL", None)).events.dyad.tp == 1
    assert one(alone, event("PROTEST", "IRQ-CVL", "IRQ-GOV")).events.dyad.tp == 0


def test_different_type_is_not_paired_and_does_not_steal():
    s = one(event("ASSAULT"), event("COERCE"))
    assert (s.events.detection.tp, s.events.detection.fp, s.events.detection.fn) == (0, 1, 1)
    assert s.events.dyad.fn == 1
    # a wrong-type prediction close by must not take the gold event from the right-type one
    g = [doc(events=[event("ASSAULT", evidence={"start": 0, "end": 10})])]
    p = [doc(events=[event("COERCE", evidence={"start": 0, "end": 10}),
                     event("ASSAULT", evidence={"start": 500, "end": 520})])]
    s = evaluate(g, p)
    assert (s.events.detection.tp, s.events.detection.fp) == (1, 1)


def test_greedy_prefers_dyad_then_date():
    gold = [event("ASSAULT", "IRQ-MIL", "ISIS", date=day("2021-05-03")),
            event("ASSAULT", "TUR-MIL", "IRQ-REB", date=day("2021-05-20"))]
    pred = [event("ASSAULT", "TUR-MIL", "IRQ-REB", date=day("2021-05-03")),
            event("ASSAULT", "IRQ-MIL", "ISIS", date=day("2021-05-20"))]
    s = evaluate([doc(events=gold)], [doc(events=pred)])
    assert s.events.dyad.tp == 2
    assert s.events.date.correct == 0 and s.events.date.total == 2
    # same dyad twice: the date decides which prediction pairs with which gold event
    gold = [event(date=day("2021-05-03")), event(date=day("2021-05-20"))]
    pred = [event(date=day("2021-05-20")), event(date=day("2021-05-03"))]
    s = evaluate([doc(events=gold)], [doc(events=pred)])
    assert (s.events.date.correct, s.events.date.total) == (2, 2)


def test_evidence_distance_breaks_ties():
    assert evidence_distance({"start": 0, "end": 10}, {"start": 5, "end": 20}) == 0
    assert evidence_distance({"start": 0, "end": 10}, {"start": 14, "end": 20}) == 4
    assert evidence_distance({"start": 30, "end": 40}, {"start": 0, "end": 10}) == 20
    gold = [event(evidence={"start": 0, "end": 10}, fatalities=1),
            event(evidence={"start": 100, "end": 110}, fatalities=2)]
    pred = [event(evidence={"start": 98, "end": 112}, fatalities=2),
            event(evidence={"start": 2, "end": 9}, fatalities=1)]
    s = evaluate([doc(events=gold)], [doc(events=pred)])
    assert (s.events.fatalities.correct, s.events.fatalities.total) == (2, 2)


def test_negated_and_hypothetical_dropped_from_both_sides():
    gold = [event(), event("THREATEN", "IRN-GOV", "USA-GOV", hypothetical=True),
            event("ATTACK_NEVER", negated=True)]
    pred = [event(), event("ASSAULT", "ISR-MIL", "SYR-MIL", negated=True)]
    s = evaluate([doc(events=gold)], [doc(events=pred)])
    assert (s.events.dyad.tp, s.events.dyad.fp, s.events.dyad.fn) == (1, 0, 0)
    assert (s.events.dropped_gold, s.events.dropped_pred) == (2, 1)


def test_pair_with_wrong_actors_not_in_attribute_accuracies():
    s = one(event(fatalities=5, mode="aerial"), event("ASSAULT", "SYR-MIL", "ISIS", fatalities=5))
    assert s.events.fatalities.total == 0 and s.events.mode.total == 0


def test_mode_accuracy():
    assert one(event(mode="aerial"), event(mode="aerial")).events.mode.correct == 1
    s = one(event(mode="aerial"), event(mode=None))
    assert (s.events.mode.correct, s.events.mode.total) == (0, 1)
    assert one(event(mode=None), event(mode="aerial")).events.mode.total == 0


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("gold, pred, ok", [
    (day("2021-05-12"), day("2021-05-12"), True),
    (day("2021-05-12"), day("2021-05-11"), True),       # one day off either side
    (day("2021-05-12"), day("2021-05-13"), True),
    (day("2021-05-12"), day("2021-05-14"), False),      # two days off
    (day("2021-05-12"), day("2021-05-01", "2021-05-31"), False),  # "12 May" -> all of May
    (day("2014-06-01", "2014-06-30"), day("2014-06-01"), False),  # "June 2014" -> 1 June
    (day("2014-06-01", "2014-06-30"), day("2014-06-05", "2014-06-18"), True),  # 14 >= 15-1
    (day("2014-06-01", "2014-06-30"), day("2014-06-05", "2014-06-17"), False),  # 13 < 14
    (day("2021-05-12"), day("2021-05-10", "2021-05-13"), True),   # 4 days <= 2*1+2
    (day("2021-05-12"), day("2021-05-10", "2021-05-14"), False),  # 5 days too vague
    (day("2021-05-12"), None, False),
    (day("2021-05-12"), {"start": "12/05/2021", "end": "2021-05-12"}, False),
])
def test_date_rule(gold, pred, ok):
    assert date_correct(gold, pred) is ok


def test_date_accuracy_counts_only_gold_dates():
    aid = event("AID", "USA-GOV", "IRQ-GOV")
    s = evaluate([doc(events=[event(date=day("2021-05-12")), aid])],
                 [doc(events=[event(date=None), dict(aid, date=day("2021-05-12"))])])
    assert (s.events.date.correct, s.events.date.total) == (0, 1)


# --------------------------------------------------------------------------- locations

@pytest.mark.parametrize("gold, pred, ok", [
    # country feature: same country is enough, wherever the point
    (loc(33.0, 44.0, "IRQ", "country"), loc(36.3, 43.1, "IRQ", "city"), True),
    (loc(33.0, 44.0, "IRQ", "country"), loc(33.0, 44.0, "SYR", "country"), False),
    # admin1 / region: same country and within 100 km
    (loc(36.0, 43.0, "IRQ", "admin1"), loc(36.72, 43.0, "IRQ"), True),     # ~80 km
    (loc(36.0, 43.0, "IRQ", "admin1"), loc(37.35, 43.0, "IRQ"), False),    # ~150 km
    (loc(36.0, 43.0, "IRQ", "region"), loc(36.1, 43.0, "SYR"), False),     # close, other country
    # anything else: within 25 km
    (loc(36.34, 43.13, "IRQ"), loc(36.52, 43.13, "IRQ"), True),            # ~20 km
    (loc(36.34, 43.13, "IRQ"), loc(36.61, 43.13, "IRQ"), False),           # ~30 km
    (loc(36.34, 43.13, "IRQ", "point"), loc(36.34, 43.13, None), True),
    (loc(36.34, 43.13, "IRQ"), None, False),
    (loc(36.34, 43.13, "IRQ"), loc(None, None, "IRQ"), False),
])
def test_location_rule(gold, pred, ok):
    assert location_correct(gold, pred) is ok


def test_location_accuracy_only_where_gold_has_coordinates():
    s = one(event(location=loc(None, None, "IRQ")), event(location=None))
    assert s.events.location.total == 0
    s = one(event(location=None), event(location=loc(36.0, 43.0, "IRQ")))
    assert s.events.location.total == 0
    s = one(event(location=loc(36.0, 43.0, "IRQ")), event(location=None))
    assert (s.events.location.correct, s.events.location.total) == (0, 1)


# --------------------------------------------------------------------------- fatalities

def test_fatalities():
    assert one(event(fatalities=0), event(fatalities=0)).events.fatalities.correct == 1
    s = one(event(fatalities=7), event(fatalities=9))
    assert (s.events.fatalities.correct, s.events.fatalities.total) == (0, 1)
    s = one(event(fatalities=7), event(fatalities=None))
    assert (s.events.fatalities.correct, s.events.fatalities.total) == (0, 1)
    assert one(event(fatalities=None), event(fatalities=3)).events.fatalities.total == 0


# --------------------------------------------------------------------------- documents

def test_missing_document_is_all_misses_and_extra_document_ignored():
    gold = [doc("a", [event()]),
            doc("b", [event(), event("AID", "USA-GOV", "IRQ-GOV")], entities=[ent(0, 5, "PER")],
                quotes=[{"speaker": None, "start": 0, "end": 9}])]
    pred = [doc("a", [event()]), doc("zzz", [event(), event()])]
    s = evaluate(gold, pred)
    assert (s.events.dyad.tp, s.events.dyad.fp, s.events.dyad.fn) == (1, 0, 2)
    assert (s.entities.micro.fn, s.quotes.quotes.fn) == (1, 1)
    assert (s.docs_gold, s.docs_missing, s.docs_ignored) == (2, 1, 1)


def test_predicted_record_missing_optional_keys():
    bare_event = {"event_type": "ASSAULT", "source": {"code": "IRQ-MIL"},
                  "target": {"code": "ISIS"}}
    gold = [doc(events=[event(date=day("2021-05-12"), location=loc(36.0, 43.0, "IRQ"),
                              fatalities=2, mode="aerial")], entities=[], quotes=[])]
    s = evaluate(gold, [{"doc_id": "d1", "events": [bare_event, "junk"]}])
    assert (s.events.dyad.tp, s.events.dyad.fp) == (1, 1)
    ev = s.events
    assert (ev.date.correct, ev.location.correct, ev.fatalities.correct) == (0, 0, 0)


def test_duplicate_doc_id_rejected():
    with pytest.raises(ValueError, match="duplicate"):
        evaluate([doc("a"), doc("a")], [])


def test_read_records(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text('{"doc_id": "a", "events": []}\n\n{"doc_id": "ب"}\n', encoding="utf-8")
    assert [r["doc_id"] for r in read_records(path)] == ["a", "ب"]
    path.write_text('{"doc_id": "a"}\n{"doc_id": \n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"^line 2: "):
        read_records(path)
    path.write_text('[1, 2]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"^line 1: "):
        read_records(path)
    path.write_text('{"doc_id": "a", "text": "غير منتهي', encoding="utf-8")
    with pytest.raises(ValueError, match=r"^line 1: invalid JSON: unterminated string \(column \d+\)$"):
        read_records(path)
    path.write_text("\n\n", encoding="utf-8")  # nothing to score is an error, not a table of n/a
    with pytest.raises(ValueError, match="no records"):
        read_records(path)
    path.write_bytes(b"\xd0\xff\x00\x01")
    with pytest.raises(ValueError, match="not UTF-8 text"):
        read_records(path)


# --------------------------------------------------------------------------- entities

def ent(start, end, label):
    return {"start": start, "end": end, "label": label, "text": TEXT[start:end]}


def test_entities_exact_match_per_label():
    gold = [doc(entities=[ent(7, 20, "ORG"), ent(47, 52, "GPE"), ent(88, 93, "GPE")])]
    pred = [doc(entities=[ent(7, 20, "ORG"), ent(47, 52, "LOC"), ent(88, 92, "GPE")])]
    s = evaluate(gold, pred).entities
    assert (s.micro.tp, s.micro.fp, s.micro.fn) == (1, 2, 2)
    assert (s.per_label["ORG"].f1, s.per_label["GPE"].tp, s.per_label["GPE"].fn) == (1.0, 0, 2)
    assert (s.per_label["LOC"].fp, s.per_label["LOC"].p) == (1, 0.0)
    assert s.per_label["GPE"].r == 0.0


def test_entities_skipped_without_gold_key():
    s = evaluate([doc()], [doc(entities=[ent(7, 20, "ORG")])]).entities
    assert (s.documents, s.micro.fp) == (0, 0)


# --------------------------------------------------------------------------- quotes

def quote(start, end, code=None):
    return {"speaker": actor(code) if code else None, "start": start, "end": end, "cue": "قال"}


def test_quote_overlap_rule():
    assert quote_overlap(quote(0, 20), quote(10, 30)) == 10       # exactly half of 20
    assert quote_overlap(quote(0, 20), quote(11, 30)) is None     # 9 < 10
    assert quote_overlap(quote(0, 10), quote(0, 30)) is None      # 10 < half of 30
    assert quote_overlap(quote(0, 10), quote(0, 20)) == 10
    assert quote_overlap(quote(0, 10), quote(20, 30)) is None


def test_quotes_and_speaker_accuracy():
    gold = [doc(quotes=[quote(0, 20, "JOR-GOV"), quote(40, 60, None),
                        quote(100, 120, "IRQ-GOV")])]
    pred = [doc(quotes=[quote(5, 22, "JOR-GOV"), quote(40, 58, None),
                        quote(100, 108, "IRQ-GOV"), quote(200, 230, "IRQ-GOV")])]
    s = evaluate(gold, pred).quotes
    assert (s.quotes.tp, s.quotes.fp, s.quotes.fn) == (2, 2, 1)
    assert (s.speaker.correct, s.speaker.total) == (2, 2)
    pred[0]["quotes"][0]["speaker"] = actor("IRQ-GOV")
    assert evaluate(gold, pred).quotes.speaker.correct == 1


def test_quotes_one_to_one():
    s = evaluate([doc(quotes=[quote(0, 20, "JOR-GOV")])],
                 [doc(quotes=[quote(0, 20, "IRQ-GOV"), quote(0, 20, "JOR-GOV")])]).quotes
    assert (s.quotes.tp, s.quotes.fp, s.speaker.correct) == (1, 1, 1)


def test_empty_gold_quotes_make_predictions_false_positives():
    s = evaluate([doc(quotes=[])], [doc(quotes=[quote(0, 10, "JOR-GOV")])]).quotes
    assert (s.documents, s.quotes.fp, s.quotes.p) == (1, 1, 0.0)
    s = evaluate([doc()], [doc(quotes=[quote(0, 10, "JOR-GOV")])]).quotes  # no gold key: skipped
    assert (s.documents, s.quotes.fp) == (0, 0)
