"""``rasid resolve actor|place|date``: one JSON object per query, ``null`` when unresolved.

The phrases are written for these tests; the expected values follow spec/ACTORS.md, the office
dates in ``data/actors.yaml``, the gazetteer and spec/GOLD.md's date conventions.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasid.cli import app

runner = CliRunner()


def _json_lines(stdout: str) -> list[object]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _one(args: list[str]) -> object:
    result = runner.invoke(app, ["resolve", *args])
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.stdout.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stdout  # exactly one JSON value
    return json.loads(lines[0])


def _tsv(tmp_path: Path, rows: list[tuple[str, ...]]) -> Path:
    path = tmp_path / "queries.tsv"
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


# ------------------------------------------------------------------ actor
@pytest.mark.parametrize(("text", "on", "want"), [
    ("وزير الداخلية الأردني مازن الفراية", "2023-04-10",
     {"code": "JOR-COP", "name": "Mazen al-Faraya"}),
    ("رئيس الوزراء العراقي حيدر العبادي", "2016-05-01",
     {"code": "IRQ-GOV", "name": "Haider al-Abadi"}),
    ("وزير الدفاع اللبناني يعقوب الصراف", "2017-08-19",
     {"code": "LBN-MIL", "name": "Yacoub Sarraf"}),
    ("وزيرة الداخلية البريطانية سويلا برافرمان", "2023-03-08",
     {"code": "GBR-COP", "name": "Suella Braverman"}),
])
def test_actor(text: str, on: str, want: dict) -> None:
    assert _one(["actor", text, "--date", on]) == want


def test_actor_code_depends_on_the_date() -> None:
    fm = _one(["actor", "فيصل المقداد", "--date", "2022-06-01"])
    deputy = _one(["actor", "فيصل المقداد", "--date", "2015-06-01"])
    assert fm == deputy == {"code": "SYR-GOV", "name": "Faisal Mekdad"}
    assert _one(["actor", "هيئة تحرير الشام", "--date", "2020-01-01"])["code"] == "HTS"


def test_actor_unresolved_is_null() -> None:
    assert _one(["actor", "كلمة عابرة بلا فاعل", "--date", "2016-05-01"]) is None


# ------------------------------------------------------------------ place
def test_place_district_and_town() -> None:
    district = _one(["place", "منطقة الباب"])
    assert district == {"name": "Al-Bab District", "lat": 36.3705, "lon": 37.5157, "country": "SYR",
                        "admin1": "Aleppo", "feature": "admin2"}
    town = _one(["place", "مدينة الباب"])
    assert town["feature"] == "city" and town["admin1"] == "Aleppo" and town["country"] == "SYR"
    # the district only with its descriptor: the bare name is the town
    assert _one(["place", "قضاء منبج"])["feature"] == "admin2"
    assert _one(["place", "منبج"])["feature"] == "city"
    assert _one(["place", "منطقة الطبقة"])["name"] == "Al-Thawrah District"
    assert _one(["place", "الطبقة"])["feature"] == "city"


def test_place_with_clitic_and_variant() -> None:
    got = _one(["place", "بالبوكمال"])
    assert (got["country"], got["admin1"], got["feature"]) == ("SYR", "Deir ez-Zor", "city")
    assert abs(got["lat"] - 34.45) < 0.1 and abs(got["lon"] - 40.92) < 0.1
    assert _one(["place", "البو كمال"])["name"] == got["name"]


def test_place_unresolved_is_null() -> None:
    assert _one(["place", "زززز"]) is None


# ------------------------------------------------------------------ date
@pytest.mark.parametrize(("text", "published", "want"), [
    ("أمس الجمعة", "2024-03-10", {"start": "2024-03-08", "end": "2024-03-08"}),
    ("١٢/٥/٢٠٢٣", "2024-03-10", {"start": "2023-05-12", "end": "2023-05-12"}),
    ("منتصف تموز/يوليو 2019", "2024-03-10", {"start": "2019-07-11", "end": "2019-07-20"}),
])
def test_date(text: str, published: str, want: dict) -> None:
    assert _one(["date", text, "--published", published]) == want


def test_date_unresolved_is_null() -> None:
    assert _one(["date", "في وقت لاحق", "--published", "2024-03-10"]) is None


# ------------------------------------------------------------------ batch
def test_batch_actor_one_line_per_query_in_order(tmp_path: Path) -> None:
    path = _tsv(tmp_path, [("وزير الدفاع السوري فهد جاسم الفريج", "2014-02-01"),
                           ("كلام لا يسمي أحدا", "2014-02-01"),
                           ("وزير الخارجية السعودي إبراهيم العساف", "2019-05-20")])
    result = runner.invoke(app, ["resolve", "actor", "--batch", str(path)])
    assert result.exit_code == 0, result.output
    assert _json_lines(result.stdout) == [
        {"code": "SYR-MIL", "name": "Fahd Jassem al-Freij"},
        None,
        {"code": "SAU-GOV", "name": "Ibrahim Al-Assaf"},
    ]


def test_batch_place_text_only(tmp_path: Path) -> None:
    path = _tsv(tmp_path, [("منطقة عين العرب",), ("زززز",), ("كوباني",)])
    result = runner.invoke(app, ["resolve", "place", "--batch", str(path)])
    assert result.exit_code == 0, result.output
    got = _json_lines(result.stdout)
    assert len(got) == 3 and got[1] is None
    assert got[0]["feature"] == "admin2" and got[0]["name"] == "Ayn al-Arab District"
    assert got[2]["feature"] == "city" and got[2]["admin1"] == "Aleppo"


def test_place_in_a_longer_phrase_is_the_first_place_named(tmp_path: Path) -> None:
    path = _tsv(tmp_path, [("ريف حلب الشمالي",), ("بلدة الباغوز في ريف دير الزور الشرقي",),
                           ("اجتماع في مكان لم يحدد",)])
    result = runner.invoke(app, ["resolve", "place", "--batch", str(path)])
    assert result.exit_code == 0, result.output
    got = _json_lines(result.stdout)
    assert (got[0]["name"], got[0]["feature"]) == ("Aleppo", "admin1")
    assert (got[1]["name"], got[1]["admin1"]) == ("Al-Baghuz", "Deir ez-Zor")
    assert got[2] is None


def test_batch_date(tmp_path: Path) -> None:
    path = _tsv(tmp_path, [("أمس الجمعة", "2024-03-10"), ("١٢/٥/٢٠٢٣", "2024-03-10"),
                           ("في وقت لاحق", "2024-03-10")])
    result = runner.invoke(app, ["resolve", "date", "--batch", str(path)])
    assert result.exit_code == 0, result.output
    assert _json_lines(result.stdout) == [{"start": "2024-03-08", "end": "2024-03-08"},
                                          {"start": "2023-05-12", "end": "2023-05-12"}, None]


def _rasid(*args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point (``rasid.cli.main``), where errors become one line and an exit code."""
    return subprocess.run([sys.executable, "-m", "rasid", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, check=False)


def test_batch_bad_date_is_one_line_and_exit_1(tmp_path: Path) -> None:
    path = _tsv(tmp_path, [("أمس الجمعة", "2024-03-10"), ("اليوم", "2024-13-40"),
                           ("أمس", "2024-03-10")])
    proc = _rasid("resolve", "date", "--batch", str(path))
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"rasid: {path}:2: --published must be an ISO date (YYYY-MM-DD), got '2024-13-40'"]
    assert "Traceback" not in proc.stderr
    # every line answered in order, null for the bad one, and the run went on after it
    assert _json_lines(proc.stdout) == [{"start": "2024-03-08", "end": "2024-03-08"}, None,
                                        {"start": "2024-03-09", "end": "2024-03-09"}]


def test_batch_place_reads_no_date_column(tmp_path: Path) -> None:
    path = _tsv(tmp_path, [("دمشق", "not a date")])
    result = runner.invoke(app, ["resolve", "place", "--batch", str(path)])
    assert result.exit_code == 0, result.output
    assert _json_lines(result.stdout)[0]["name"] == "Damascus"


def test_bad_date_option_is_a_usage_error(tmp_path: Path) -> None:
    proc = _rasid("resolve", "actor", "وزير الخارجية السوري", "--date", "2024-99-01")
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        "rasid: --date must be an ISO date (YYYY-MM-DD), got '2024-99-01'"]
    assert proc.stdout == ""


def test_text_and_batch_together_is_a_usage_error(tmp_path: Path) -> None:
    path = _tsv(tmp_path, [("منبج",)])
    proc = _rasid("resolve", "place", "منبج", "--batch", str(path))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["rasid: give either TEXT or --batch FILE"]
