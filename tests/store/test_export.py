"""Exports of a stored corpus, read back with the libraries their users use (pandas, pyarrow)."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow.parquet as pq
import pytest

from rasid.errors import UsageError
from rasid.export import EXPORTERS, export
from rasid.export.acled_csv import ACLED_COLUMNS, acled_type
from rasid.export.rows import COLUMNS
from rasid.store import open_store


@pytest.fixture
def store(store_target, stored_corpus):
    with open_store(store_target) as s:
        s.write_batch(stored_corpus)
        yield s


def test_jsonl_is_the_stored_records(store, stored_corpus, tmp_path):
    path = tmp_path / "out.jsonl"
    assert export(store, "jsonl", path) == 4
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [r for _, r in stored_corpus]
    frame = pd.read_json(path, lines=True)
    assert len(frame) == 4 and list(frame["outlet"])[1] == "صوت الشمال"


def test_csv_has_acled_columns_and_the_events_that_happened(store, tmp_path):
    path = tmp_path / "out.csv"
    assert export(store, "csv", path) == 4  # the hypothetical strike is not exported
    frame = pd.read_csv(path, encoding="utf-8-sig")
    assert len(frame) == 4
    assert tuple(frame.columns[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    idlib = frame[frame["location"] == "Idlib"].iloc[0]
    assert (idlib["event_type"], idlib["sub_event_type"]) == (
        "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (idlib["country"], idlib["geo_precision"], idlib["fatalities"]) == ("Syria", 1, 3)
    assert (idlib["actor1"], idlib["plover_type"], idlib["year"]) == ("Syria military", "ASSAULT",
                                                                       2024)
    assert idlib["evidence"].startswith("قُتل ثلاثة مدنيين")
    assert idlib["event_id_cnty"] == "SYR-st-002:0"
    assert frame["fatalities"].isna().sum() == 3  # no toll given: empty, not 0
    # the date as told: its first day in ACLED's column, its span and words in rasid's
    assert (frame["event_date"] == frame["date_start"]).all() and frame["date_end"].notna().all()
    # the README's way to read it with whole numbers and datetimes
    typed = pd.read_csv(path, encoding="utf-8-sig", dtype={
        "year": "Int64", "fatalities": "Int64", "geo_precision": "Int64"},
        parse_dates=["event_date"])
    assert str(typed["fatalities"].dtype) == "Int64" and typed["fatalities"].sum() == 3
    assert typed["event_date"].dt.year.tolist() == typed["year"].tolist()


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_defused(store_target, tmp_path):
    from datetime import date

    from rasid.model import Article
    from rasid.pipeline import process

    art = Article("=1+2", "قصفت الطائرات الروسية مواقع في مدينة إدلب أمس ما أسفر عن مقتل 5 مدنيين.",
                  date(2024, 3, 10), outlet='=HYPERLINK("http://example.org","x")', url="@SUM(A1)")
    with open_store(store_target) as s:
        s.write_batch([(art, process(art))])
        path = tmp_path / "out.csv"
        assert export(s, "csv", path) == 1
    row = pd.read_csv(path, encoding="utf-8-sig").iloc[0]
    assert row["source"].startswith("'=HYPERLINK") and row["url"] == "'@SUM(A1)"
    assert row["doc_id"] == "'=1+2" and row["fatalities"] == 5 and row["longitude"] > 0


def test_parquet_keeps_every_event_with_types(store, tmp_path):
    path = tmp_path / "out.parquet"
    assert export(store, "parquet", path) == 5
    table = pq.read_table(path)
    assert table.num_rows == 5 and table.column_names == list(COLUMNS)
    assert str(table.schema.field("latitude").type) == "double"
    assert str(table.schema.field("contexts").type) == "list<element: string>"
    assert {str(table.schema.field(c).type) for c in ("published", "date_start", "date_end")} == {"date32[day]"}
    frame = pd.read_parquet(path)
    assert frame["date_start"].notna().any()
    assert frame["hypothetical"].sum() == 1
    assert frame.loc[frame["place_name"] == "Beirut", "source_code"].item() == "LBN-COP"
    # a toll stays a whole number in pandas even where other events have none
    assert str(frame["fatalities"].dtype) == "Int32" and frame["fatalities"].isna().any()
    assert 3 in frame["fatalities"].dropna().tolist()


def test_plover_records(store, tmp_path):
    path = tmp_path / "out.plover.jsonl"
    assert export(store, "plover", path) == 4
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(pd.read_json(path, lines=True)) == 4
    assault = next(r for r in records if r["event_type"] == "ASSAULT")
    assert assault["quad_class"] == "material conflict"
    assert (assault["source"]["country"], assault["source"]["sector"]) == ("SYR", "MIL")
    assert assault["geolocation"]["name"] == "Idlib" and assault["fatalities"] == 3
    assert assault["story"]["text"].startswith("قُتل") and assault["story"]["language"] == "ar"


def test_unknown_format_is_a_usage_error(store, tmp_path):
    with pytest.raises(UsageError, match="unknown export format"):
        export(store, "xlsx", tmp_path / "out.xlsx")
    assert set(EXPORTERS) == {"jsonl", "csv", "parquet", "plover", "geojson"}


@pytest.mark.parametrize(("plover", "acled"), [
    (("ASSAULT", "aerial"), ("Explosions/Remote violence", "Air/drone strike")),
    # an attack on armed men is a battle; on civilians, or with no target named, violence
    # against civilians
    (("ASSAULT", "firearms", "IRQ-MIL"), ("Battles", "Armed clash")),
    (("ASSAULT", None, "ISIS"), ("Battles", "Armed clash")),
    (("ASSAULT", None, "SYR-REB"), ("Battles", "Armed clash")),
    (("ASSAULT", "firearms", "PSE-CVL"), ("Violence against civilians", "Attack")),
    (("ASSAULT", "abduct", "IRQ-MIL"), ("Violence against civilians", "Abduction/forced disappearance")),
    (("ASSAULT", None), ("Violence against civilians", "Attack")),
    (("ASSAULT", None, "SYR-GOV"), ("Violence against civilians", "Attack")),
    (("PROTEST", "riot"), ("Riots", "Violent demonstration")),
    (("PROTEST", "demo"), ("Protests", "Peaceful protest")),
    (("COERCE", "arrest"), ("Strategic developments", "Arrests")),
    (("RETREAT", "ceasefire"), ("Strategic developments", "Agreement")),
    (("ACCUSE", None), ("Strategic developments", "Other")),
])
def test_acled_categories(plover, acled):
    assert acled_type(*plover) == acled
