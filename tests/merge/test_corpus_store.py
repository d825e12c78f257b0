"""``rasid run`` then ``rasid incidents`` on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasid.cli import app
from rasid.errors import UsageError
from rasid.merge.dupeval import variants
from rasid.store import open_store

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def _rows(texts_dir: Path, *ids: str) -> list[dict]:
    rows = [json.loads(line) for line in
            (texts_dir / "corpus_articles.jsonl").read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["id"] in ids]


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def _run(target: str, *inputs: Path) -> str:
    result = runner.invoke(app, ["run", *map(str, inputs), "--db", target, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _incidents(target: str, *args: str) -> list[dict]:
    result = runner.invoke(app, ["incidents", "--db", target, *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_two_reports_of_one_meeting_in_the_examples_are_one_incident(store_target) -> None:
    _run(store_target, ROOT / "examples" / "seeds.jsonl")
    found = _incidents(store_target, "--min-sources", "2", "--type", "consult")
    assert len(found) == 1
    inc = found[0]
    assert inc["outlets"] == 2 and inc["outlet_names"] == ["Al-Waqt", "Elaph"]
    assert {inc["source"]["code"], inc["target"]["code"]} == {"IRQ-GOV", "SYR-GOV"}
    assert sorted(m["outlet"] for m in inc["members"]) == ["Al-Waqt", "Elaph"]
    for key in ("incident_id", "event_type", "mode", "location", "date", "fatalities",
                "conflicts"):
        assert key in inc
    # filters: by actor name or code, by place, by date, by outlet
    assert _incidents(store_target, "--min-sources", "2", "--actor", "SYR", "--type", "CONSULT")
    assert _incidents(store_target, "--near", "33.51,36.29", "--km", "30", "--type", "CONSULT")
    assert not _incidents(store_target, "--type", "CONSULT", "--from", "2024-01-01",
                          "--min-sources", "2")
    assert _incidents(store_target, "--outlet", "elaph", "--min-sources", "2", "--type", "consult")
    assert _incidents(store_target, "--near", "دمشق", "--km", "10", "--type", "CONSULT,AGREE")


def test_a_death_toll_conflict_shows_in_rasid_incidents(store_target, texts_dir, tmp_path) -> None:
    _run(store_target, _write(tmp_path / "bombing.jsonl", _rows(texts_dir, "c-01", "c-02")))
    (inc,) = _incidents(store_target, "--type", "ASSAULT", "--min-sources", "2")
    assert inc["location"]["name"] == "Tikrit"
    tolls = [c["values"] for c in inc["conflicts"] if c["field"] == "fatalities"]
    assert tolls == [[{"value": 7, "doc_ids": ["c-01"]}, {"value": 9, "doc_ids": ["c-02"]}]]
    table = runner.invoke(app, ["incidents", "--db", store_target, "--format", "table",
                                "--min-sources", "2"])
    assert table.exit_code == 0
    header, row = table.stdout.splitlines()
    assert header.split()[0] == "incident_id" and "conflicts" in header
    assert row.startswith(inc["incident_id"]) and "fatalities" in row.split()[-1]


def test_later_articles_and_copies_update_the_incident(store_target, texts_dir, tmp_path) -> None:
    first, second = _rows(texts_dir, "c-01", "c-02")
    _run(store_target, _write(tmp_path / "day1.jsonl", [first]))
    (alone,) = _incidents(store_target, "--type", "ASSAULT")
    assert alone["outlets"] == 1
    copy = {"id": "c-01-syndicated", "published": first["published"], "outlet": "وكالة ثالثة",
            "text": variants(first["text"], 1, seed=3)[0]}
    later = _write(tmp_path / "day2.jsonl", [second, copy])
    out = _run(store_target, later)
    assert "copies of stored articles kept as sources: 1" in out
    (inc,) = _incidents(store_target, "--type", "ASSAULT")
    assert inc["incident_id"] == alone["incident_id"]  # the founding event keeps its id
    assert inc["outlets"] == 3
    assert [c["doc_id"] for c in inc["copies"]] == ["c-01-syndicated"]
    assert {m["doc_id"] for m in inc["members"]} == {"c-01", "c-02"}
    with open_store(store_target) as store:
        before = store.counts(), store.query("SELECT count(*) FROM article_sources")
        assert before == ({**before[0], "articles": 2}, [(1,)])
    _run(store_target, later)  # a re-run changes nothing
    with open_store(store_target) as store:
        assert (store.counts(), store.query("SELECT count(*) FROM article_sources")) == before
    assert _incidents(store_target, "--type", "ASSAULT") == [inc]


@pytest.mark.parametrize("args", [["--near", "لا مكان بهذا الاسم"], ["--format", "csv"],
                                  ["--from", "2024-13-01"]])
def test_bad_options_are_usage_errors(tmp_path, args) -> None:
    # rasid's entry point prints a UsageError as one line `rasid: ...` and exits 2
    result = runner.invoke(app, ["incidents", "--db", str(tmp_path / "x.db"), *args])
    assert isinstance(result.exception, UsageError)


def test_rasid_events_min_sources_keeps_events_of_incidents_told_by_enough_outlets(
        store_target, texts_dir, tmp_path) -> None:
    _run(store_target, _write(tmp_path / "three.jsonl", _rows(texts_dir, "c-01", "c-02", "c-11")))
    result = runner.invoke(app, ["events", "--db", store_target, "--type", "ASSAULT"])
    every = {json.loads(line)["doc_id"] for line in result.stdout.splitlines()}
    assert every == {"c-01", "c-02", "c-11"}
    result = runner.invoke(app, ["events", "--db", store_target, "--type", "ASSAULT",
                                 "--min-sources", "2"])
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"c-01", "c-02"}


def test_reprints_under_other_names_are_sources_and_a_page_fetched_again_is_not(store_target, texts_dir,
                                                                                tmp_path) -> None:
    (first,) = _rows(texts_dir, "c-01")
    same = {**first, "id": "c-01-reprint", "outlet": "جريدة المدى"}  # the very text, another outlet
    twice = {**first, "id": "c-01-again", "outlet": "موقع ثالث"}
    _run(store_target, _write(tmp_path / "one.jsonl", [first, twice]))  # the same text twice in one run
    out = _run(store_target, _write(tmp_path / "two.jsonl", [same]))  # and once more, later
    assert "0 processed, 0 already stored, 1 copy" in out
    assert "copies of stored articles kept as sources: 1" in out
    (inc,) = _incidents(store_target, "--type", "ASSAULT")
    assert sorted(c["doc_id"] for c in inc["copies"]) == ["c-01-again", "c-01-reprint"]
    assert inc["outlets"] == 3
    refetched = {**first, "text": first["text"] + "\n"}  # its own page again: not a copy of itself
    _run(store_target, _write(tmp_path / "three.jsonl", [refetched]))
    with open_store(store_target) as store:
        assert store.query("SELECT count(*) FROM articles") == [(1,)]
        assert sorted(store.query("SELECT doc_id FROM article_sources")) == [("c-01-again",), ("c-01-reprint",)]


def test_a_report_that_differs_only_in_its_toll_is_another_report(store_target, texts_dir, tmp_path) -> None:
    (first,) = _rows(texts_dir, "c-01")
    other = {**first, "id": "c-01-b", "outlet": "وكالة أخرى", "text": first["text"].replace("سبعة", "تسعة")}
    _run(store_target, _write(tmp_path / "tolls.jsonl", [first, other]))
    (inc,) = _incidents(store_target, "--type", "ASSAULT")
    assert inc["copies"] == [] and inc["outlets"] == 2
    assert [c["values"] for c in inc["conflicts"] if c["field"] == "fatalities"] == [
        [{"value": 7, "doc_ids": ["c-01"]}, {"value": 9, "doc_ids": ["c-01-b"]}]]


def test_the_same_copy_from_two_outlets_in_one_run_is_two_sources(store_target, texts_dir, tmp_path) -> None:
    (first,) = _rows(texts_dir, "c-01")
    _run(store_target, _write(tmp_path / "agency.jsonl", [first]))
    near = variants(first["text"], 1, seed=5)[0]  # a near copy of the agency's text …
    b = {"id": "c-01-b", "published": first["published"], "outlet": "جريدة ثانية", "text": near}
    c = {**b, "id": "c-01-c", "outlet": "موقع ثالث"}  # … printed by two outlets the same day
    _run(store_target, _write(tmp_path / "reprints.jsonl", [b, c]))
    (inc,) = _incidents(store_target, "--type", "ASSAULT")
    assert sorted(x["doc_id"] for x in inc["copies"]) == ["c-01-b", "c-01-c"]


def test_articles_stored_by_a_stopped_run_are_linked_by_the_next(store_target) -> None:
    """A run stopped (Ctrl-C) after writing a batch and before linking: the articles are stored,
    their events in no incident; the next run, which finds them already stored, links them."""
    from rasid.pipeline import process
    from rasid.read.jsonl import read_jsonl

    seeds = ROOT / "examples" / "seeds.jsonl"
    articles = list(read_jsonl(seeds))
    with open_store(store_target) as store:
        store.write_batch([(a, process(a)) for a in articles])
    assert not _incidents(store_target)
    out = _run(store_target, seeds)
    assert "5 already stored" in out
    assert len(_incidents(store_target, "--min-sources", "2", "--type", "consult")) == 1
    assert len(_incidents(store_target)) == 8


def test_a_run_compares_new_articles_only_not_the_stored_ones_with_each_other(
        tmp_path, texts_dir, monkeypatch) -> None:
    """Adding one article to a large store must not re-check every stored pair for copies."""
    import rasid.merge.duplicates as duplicates
    from rasid.merge.corpus import drop_copies
    from rasid.read import read_paths

    rows = _rows(texts_dir, *(f"c-{i:02d}" for i in range(1, 13)))
    update = {**rows[0], "id": "c-01-update", "text": rows[0]["text"].replace("سبعة", "تسعة")}
    db = str(tmp_path / "r.db")
    _run(db, _write(tmp_path / "all.jsonl", [*rows, update]))  # another toll: stored, no copy
    reprint = {**rows[0], "id": "c-01-reprint", "outlet": "جريدة المدى",
               "text": rows[0]["text"].replace("اليوم الأحد", "الأحد")}
    compared: list[tuple[str, str]] = []
    real = duplicates.confirm_score
    monkeypatch.setattr(duplicates, "confirm_score",
                        lambda a, b: compared.append((a, b)) or real(a, b))
    with open_store(db) as store:
        keep, copies = drop_copies(store, list(read_paths([_write(tmp_path / "new.jsonl",
                                                                  [reprint])])))
    assert not keep and [a.doc_id for a, _ in copies] == ["c-01-reprint"]
    new_form = duplicates.matching_text(reprint["text"])
    assert compared and all(a == new_form for a, _ in compared)


def test_every_export_names_each_event_by_the_same_id_and_its_incident(store_target,
                                                                       tmp_path) -> None:
    """An analyst joins the event tables to the incidents: the CSV, Parquet, PLOVER and
    ``rasid events`` carry one event id and the incident each event belongs to."""
    import pandas as pd

    _run(store_target, ROOT / "examples" / "seeds.jsonl")
    meeting = _incidents(store_target, "--min-sources", "2", "--type", "consult")[0]
    members = {(m["doc_id"], m["event"]) for m in meeting["members"]}
    assert len(members) == 2

    def export(fmt: str) -> Path:
        path = tmp_path / f"events.{fmt}"
        result = runner.invoke(app, ["export", "--db", store_target, "-f", fmt, "-o", str(path)])
        assert result.exit_code == 0, result.output
        return path

    csv = pd.read_csv(export("csv"), encoding="utf-8-sig")
    parquet = pd.read_parquet(export("parquet"))
    plover = pd.read_json(export("plover"), lines=True)
    events = [json.loads(line) for line in runner.invoke(
        app, ["events", "--db", store_target]).stdout.splitlines()]
    ids = {f"{doc}:{idx}" for doc, idx in members}
    for frame, id_column in ((csv, "event_id"), (parquet, "event_id"), (plover, "id")):
        joined = frame[frame["incident_id"] == meeting["incident_id"]]
        assert set(joined[id_column]) == ids
    assert set(csv["event_id"]) <= set(parquet["event_id"])
    # every event that happened is in an incident, alone or with other reports of it
    assert csv["incident_id"].notna().all() and plover["incident_id"].notna().all()
    assert {e["event_id"] for e in events if e["incident_id"] == meeting["incident_id"]} == ids
    # the flagged events the Parquet file keeps belong to no incident
    flagged = parquet[parquet["hypothetical"] | parquet["negated"]]
    assert len(flagged) and flagged["incident_id"].isna().all()

    features = json.loads(export("geojson").read_text(encoding="utf-8"))["features"]
    feature = next(f for f in features if f["id"] == meeting["incident_id"])
    props = feature["properties"]
    # the same place precision as the CSV (ACLED's 1-3), the gazetteer's feature beside it
    assert (props["geo_precision"], props["feature"]) == (1, "city")
    told = csv.loc[csv["incident_id"] == meeting["incident_id"], "geo_precision"]
    assert 1 in set(told) and set(told) <= {1, 2, 3}
    assert parquet["geo_precision"].dropna().isin([1, 2, 3]).all()
    # outlets as text a GIS attribute table and a spreadsheet show as they are
    assert props["outlet_names"] == "Al-Waqt; Elaph"
