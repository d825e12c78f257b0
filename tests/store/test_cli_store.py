"""``rasid run`` into SQLite and PostgreSQL, then ``rasid events``, ``search`` and ``export``."""

from __future__ import annotations

import json
import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

from rasid.cli import app, main

runner = CliRunner()


def _lines(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_run_then_query_and_export(store_target, texts_dir, tmp_path):
    corpus = texts_dir / "store_articles.jsonl"
    first = runner.invoke(app, ["run", str(corpus), "--db", store_target, "--workers", "1"])
    assert first.exit_code == 0, first.output
    assert "4 articles read, 4 processed" in first.stdout

    events = _lines(runner.invoke(app, ["events", "--db", store_target]))
    assert events and all(set(e) >= {"doc_id", "outlet", "event", "event_type", "evidence_text"}
                          for e in events)
    assault = _lines(runner.invoke(app, ["events", "--db", store_target, "--type", "ASSAULT"]))
    assert {e["doc_id"] for e in assault} == {"st-002"}
    assert all(e["evidence_text"].startswith("قُتل ثلاثة مدنيين") for e in assault)
    near = _lines(runner.invoke(app, ["events", "--db", store_target, "--near", "35.93,36.63",
                                      "--km", "20"]))
    assert near and {e["location"]["name"] for e in near} == {"Idlib"}

    hits = _lines(runner.invoke(app, ["search", "ادلب", "--db", store_target, "-f", "jsonl"]))
    assert [h["doc_id"] for h in hits] == ["st-002"]
    table = runner.invoke(app, ["search", "بغداد", "--db", store_target])
    assert table.exit_code == 0 and "st-003" in table.stdout and "بغداد" in table.stdout

    out = tmp_path / "events.csv"
    done = runner.invoke(app, ["export", "--db", store_target, "-f", "csv", "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert len(pd.read_csv(out, encoding="utf-8-sig")) == len(events)
    assert f"wrote {len(events)} events (csv) to {out}" in done.stderr

    geo = tmp_path / "incidents.geojson"
    done = runner.invoke(app, ["export", "--db", store_target, "-f", "geojson", "-o", str(geo)])
    incidents = _lines(runner.invoke(app, ["incidents", "--db", store_target]))
    assert done.exit_code == 0 and incidents
    assert f"wrote {len(incidents)} incidents (geojson)" in done.stderr
    assert len(json.loads(geo.read_text(encoding="utf-8"))["features"]) == len(incidents)

    again = runner.invoke(app, ["run", str(corpus), "--db", store_target, "--workers", "1"])
    assert "0 processed, 4 already stored" in again.stdout
    assert len(_lines(runner.invoke(app, ["events", "--db", store_target]))) == len(events)


@pytest.mark.parametrize(("args", "message"), [
    (["events", "--db", "{tmp}/missing.db"], "rasid: no database at {tmp}/missing.db"),
    (["events", "--db", "{tmp}/r.db", "--from", "2024-13-01"], "rasid: --from must be an ISO date"),
    (["events", "--db", "{tmp}/r.db", "--near", "مكان لا يعرفه أحد"], "rasid: --near:"),
    (["export", "--db", "{tmp}/r.db", "-f", "xlsx", "-o", "{tmp}/x"], "rasid: --format must be"),
    (["search", "!!", "--db", "{tmp}/r.db"], "rasid: nothing to search for"),
    # a filter value that can match nothing is an error, not an empty answer
    (["events", "--db", "{tmp}/r.db", "-t", "BOMB"], "rasid: --type: BOMB is no PLOVER type"),
    (["incidents", "--db", "{tmp}/r.db", "--type", "assault,bombing"], "rasid: --type: BOMBING is no"),
    (["events", "--db", "{tmp}/r.db", "--country", "Syria"], "rasid: --country takes an ISO 3166-1"),
    (["events", "--db", "{tmp}/r.db", "--near", "200,500"], "rasid: --near: '200,500' is outside the map"),
    (["export", "--db", "{tmp}/r.db", "-o", "-"], "rasid: export writes a file"),
    (["events", "--db", "{tmp}/r.db", "--from", "2024-01-01", "--to", "2023-01-01"],
     "rasid: --from 2024-01-01 is after --to 2023-01-01"),
    (["incidents", "--db", "{tmp}/r.db", "--from", "2024-01-01", "--to", "2023-12-31"],
     "rasid: --from 2024-01-01 is after --to 2023-12-31"),
    # a suffix rasid does not write is no JSONL in disguise (Excel would refuse it)
    (["export", "--db", "{tmp}/r.db", "-o", "{tmp}/events.xlsx"],
     "rasid: {tmp}/events.xlsx: rasid does not write .xlsx files"),
])
def test_bad_requests_are_one_line(tmp_path, monkeypatch, capsys, args, message):
    from rasid.store import open_store

    open_store(tmp_path / "r.db").close()
    argv = ["rasid", *(a.format(tmp=tmp_path) for a in args)]
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as code:
        main()
    err = capsys.readouterr().err.strip()
    assert code.value.code == 2
    assert err.startswith(message.format(tmp=tmp_path)) and "\n" not in err


def test_export_help_names_every_format():
    from rasid.export import EXPORTERS

    result = runner.invoke(app, ["export", "--help"], terminal_width=120)
    assert result.exit_code == 0, result.output
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.startswith("  ") and line.split()}
    assert set(EXPORTERS) <= listed


@pytest.mark.parametrize("name, opens", [
    ("events.csv", lambda p: pd.read_csv(p)),
    ("events.parquet", lambda p: pd.read_parquet(p)),
    ("incidents.geojson", lambda p: json.loads(p.read_text("utf-8"))["features"]),
])
def test_export_without_a_format_writes_what_the_suffix_asks(texts_dir, tmp_path, name, opens):
    db = str(tmp_path / "r.db")
    assert runner.invoke(app, ["run", str(texts_dir / "store_articles.jsonl"), "--db", db, "-w", "1"]).exit_code == 0
    out = tmp_path / name
    result = runner.invoke(app, ["export", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert len(opens(out)) > 0


@pytest.fixture
def read_only_db(texts_dir, tmp_path, monkeypatch):
    """A stored corpus in a database this process cannot write (as a colleague's file on a
    read-only share): its folder and file are made read-only, or immutable when running as root;
    where root cannot make them immutable (no ``chattr +i``), the store's permission probe is told
    the truth a read-only share would tell it, and the real read-only connection is opened."""
    import os
    import shutil
    import subprocess

    folder = tmp_path / "share"
    folder.mkdir()
    db = folder / "r.db"
    assert runner.invoke(app, ["run", str(texts_dir / "store_articles.jsonl"), "--db", str(db),
                               "-w", "1"]).exit_code == 0
    if os.geteuid() != 0:
        db.chmod(0o444)
        folder.chmod(0o555)
        yield db
        folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if not chattr or subprocess.run([chattr, "+i", str(db), str(folder)],
                                    capture_output=True).returncode:
        import rasid.store.sqlite

        monkeypatch.setattr(rasid.store.sqlite, "_writable", lambda path: False)
        yield db
        return
    yield db
    subprocess.run([chattr, "-i", str(db), str(folder)], check=True)


@pytest.mark.parametrize("args", [
    ["events", "-f", "table"], ["search", "بغداد"], ["incidents"], ["export", "-o", "{out}"],
])
def test_a_read_only_database_can_be_read(read_only_db, tmp_path, args):
    out = tmp_path / "events.csv"
    before = read_only_db.read_bytes()
    result = runner.invoke(app, [*(a.format(out=out) for a in args), "--db", str(read_only_db)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() or out.is_file()
    assert read_only_db.read_bytes() == before


def test_a_store_opened_for_reading_a_file_it_cannot_write_never_writes(read_only_db):
    import sqlite3

    from rasid.store import open_store

    with open_store(read_only_db, for_reading=True) as store:
        assert store.counts()["articles"] == 4
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.execute("DELETE FROM events")


def test_reading_a_missing_database_creates_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["rasid", "incidents", "--db", str(tmp_path / "none.db")])
    with pytest.raises(SystemExit) as code:
        main()
    assert code.value.code == 2
    assert capsys.readouterr().err.startswith(f"rasid: no database at {tmp_path}/none.db")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("command", ["events", "incidents", "search", "export"])
def test_reading_commands_write_nothing_into_another_database(tmp_path, command):
    import sqlite3

    other, empty = tmp_path / "contacts.db", tmp_path / "empty.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    empty.touch()
    for db in (other, empty):
        before = db.read_bytes()
        args = [command, *(["دمشق"] if command == "search" else []), "--db", str(db)]
        result = runner.invoke(app, [*args, *(["-o", str(tmp_path / "x.csv")]
                                             if command == "export" else [])])
        assert "not a rasid database" in str(result.exception)  # main() prints it on one line
        assert db.read_bytes() == before


def test_run_does_not_fill_another_programs_database(texts_dir, tmp_path):
    import sqlite3

    other = tmp_path / "contacts.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = other.read_bytes()
    result = runner.invoke(app, ["run", str(texts_dir / "store_articles.jsonl"), "--db", str(other),
                                 "-w", "1"])
    assert "not a rasid database (it holds other tables)" in str(result.exception)
    assert other.read_bytes() == before


@pytest.fixture(scope="module")
def four_articles(texts_dir, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("filters") / "r.db")
    assert runner.invoke(app, ["run", str(texts_dir / "store_articles.jsonl"), "--db", db,
                               "-w", "1"]).exit_code == 0
    return db


@pytest.mark.parametrize("command", ["events", "incidents"])
@pytest.mark.parametrize(("option", "value", "doc_ids"), [
    # an Arabic name means the actor rasid would code for it, whatever the article wrote
    ("--actor", "الجيش السوري", {"st-002"}),          # the text says قوات النظام السوري
    ("--actor", "الأردن", {"st-001"}),                 # a country: all its actors (a minister)
    ("--actor", "مصر", {"st-001"}),
    ("--actor", "SYR", {"st-002"}),
    ("--actor", "بشار الأسد", set()),                  # one person, not all of his government
    ("--outlet", "بريد", {"st-001", "st-004"}),        # part of the outlet's name
    ("--outlet", "بريد المدينه", {"st-001", "st-004"}),  # ه for ة
    ("--outlet", "صوت الشمال", {"st-002"}),
])
def test_actor_and_outlet_filters_mean_the_same_in_events_and_incidents(four_articles, command,
                                                                        option, value, doc_ids):
    rows = _lines(runner.invoke(app, [command, "--db", four_articles, option, value]))
    found = {r["doc_id"] for r in rows} if command == "events" else \
        {m["doc_id"] for r in rows for m in r["members"]}
    assert found == doc_ids


@pytest.mark.parametrize(("args", "said"), [
    (["events", "--from", "2030-01-01"], "rasid: 0 events"),
    (["incidents", "--from", "2030-01-01"], "rasid: 0 incidents"),
    (["search", "طوكيو", "-f", "jsonl"], "rasid: 0 articles"),
    (["events", "-t", "PROTEST", "-f", "table"], "rasid: 1 event"),
    (["incidents", "-t", "PROTEST", "-f", "table"], "rasid: 1 incident"),
])
def test_an_empty_answer_is_said_and_a_table_is_counted(four_articles, args, said):
    result = runner.invoke(app, [*args, "--db", four_articles])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == said


def test_table_lines_keep_their_order_in_a_right_to_left_aware_terminal(four_articles):
    """A terminal that applies the bidi algorithm reads a line begun by a date left to right,
    but an Arabic outlet would pull the numeric id after it into its right-to-left run
    ("[صوت الشمال] st-002#0" shown as "0#st-002 [صوت الشمال]"): each Arabic field is isolated
    (U+2068 … U+2069) and the line begins with a left-to-right mark."""
    table = runner.invoke(app, ["events", "--db", four_articles, "-f", "table", "--outlet",
                                "صوت الشمال"])
    assert table.exit_code == 0, table.output
    [line] = table.stdout.splitlines()
    assert line.startswith("\u200e") and "[\u2068صوت الشمال\u2069] st-002#0" in line
    assert line.endswith("\u2069") and "\u2068قُتل ثلاثة مدنيين" in line
    found = runner.invoke(app, ["search", "إدلب", "--db", four_articles])
    head, snippet = found.stdout.splitlines()
    assert head.startswith("\u200e")
    assert "st-002  [\u2068صوت الشمال\u2069]  \u2068قصف على إدلب\u2069" in head
    assert snippet.startswith("\u200e    \u2068") and snippet.endswith("\u2069")


def test_the_events_table_marks_flagged_events(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({
        "id": "h1", "published": "2024-05-12",
        "text": "نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مستشفى في إدلب أمس."},
        ensure_ascii=False) + "\n", "utf-8")
    db = str(tmp_path / "r.db")
    assert runner.invoke(app, ["run", str(corpus), "--db", db, "-w", "1"]).exit_code == 0
    flagged = runner.invoke(app, ["events", "--db", db, "--include-flagged", "-f", "table"])
    assert flagged.exit_code == 0, flagged.output
    assert "ASSAULT/aerial (negated)" in flagged.stdout
    plain = runner.invoke(app, ["events", "--db", db, "-f", "table"])
    assert "(negated)" not in plain.stdout


@pytest.mark.parametrize("command", [["events"], ["run", "{corpus}"]])
def test_a_folder_given_as_the_database_is_named_so(texts_dir, tmp_path, command):
    corpus = texts_dir / "store_articles.jsonl"
    args = [c.format(corpus=corpus) for c in command]
    result = runner.invoke(app, [*args, "--db", str(tmp_path)])
    assert str(result.exception) == (f"{tmp_path}: a folder, not a database file "
                                     f"(e.g. {tmp_path / 'rasid.db'})")
    assert not list(tmp_path.iterdir())


def test_a_long_incident_linking_is_announced(texts_dir, tmp_path, monkeypatch):
    import rasid.cli

    monkeypatch.setattr(rasid.cli, "_LONG_LINK", 3)  # 200 articles in a real run
    result = runner.invoke(app, ["run", str(texts_dir / "store_articles.jsonl"), "--db",
                                 str(tmp_path / "r.db"), "-w", "1"])
    assert result.exit_code == 0, result.output
    assert "rasid: linking the events of 4 articles into incidents …" in result.stderr
