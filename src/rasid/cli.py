"""The ``rasid`` command: thin commands over the library.

This is the only place where errors become messages and exit codes: 0 success, 1 when some
input was skipped (each skip is one line ``rasid: FILE: reason`` on stderr), 2 for usage errors.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from rasid.errors import InputError, NotRead, RasidError, UsageError
from rasid.model import Article
from rasid.summary import counted

app = typer.Typer(
    name="rasid",
    help="rasid (راصد): who did what to whom, where and when — event data from Arabic news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
train_app = typer.Typer(help="Train rasid's models.", no_args_is_help=True)
eval_app = typer.Typer(help="Evaluate rasid's models on test data.", no_args_is_help=True)
app.add_typer(train_app, name="train")


def _version(shown: bool) -> None:
    if shown:
        from rasid import __version__

        typer.echo(f"rasid {__version__}")
        raise typer.Exit()


Version = Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                       help="Print rasid's version and exit.")]


@app.callback()
def _rasid(version: Version = False) -> None:
    """rasid (راصد): who did what to whom, where and when — event data from Arabic news."""
app.add_typer(eval_app, name="eval")

Inputs = Annotated[list[Path], typer.Argument(help="Files or folders (.txt, .html, .jsonl).", show_default=False)]
Workers = Annotated[int, typer.Option("--workers", "-w", min=0, help="Processes to use (0 = all cores).")]
NerModel = Annotated[str | None, typer.Option(
    "--ner-model", help="NER model: 'fast' (the shipped CRF, default), 'accurate' (the shipped "
    "E5-based BiLSTM-CRFs, two decoded together: fewer missed names, about 100 times slower; "
    "needs the [neural] extra), "
    "a CRF file, a neural .pt file, or a local Hugging Face token-classification directory "
    "(never downloaded).")]


class _Skips:
    """Counts and reports inputs that could not be read."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, err: RasidError) -> None:
        self.count += not isinstance(err, NotRead)  # notes.md beside the articles: no failure
        typer.echo(f"rasid: {err}", err=True)

    def articles(self, paths: list[Path]) -> Iterator[Article]:
        from rasid.read import read_paths

        for item in read_paths(paths):
            if isinstance(item, InputError):
                self.report(item)
            else:
                yield item


_LONG_LINK = 200  # articles whose incident linking is announced


def writable(path: Path) -> None:
    """A one-line error before any work when ``path`` is not a file rasid can write."""
    if path.is_dir():
        raise UsageError("is a folder; give a file name to write", path=str(path))
    if not path.parent.is_dir():
        raise UsageError(f"no folder {str(path.parent)!r} to write into", path=str(path))
    if not os.access(path if path.exists() else path.parent, os.W_OK):  # the file, or where it will be
        raise UsageError("not allowed to write here", path=str(path))


def _progress(items: Any, total: int | None = None, desc: str = "articles") -> Any:
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, unit="doc", file=sys.stderr, disable=None, leave=False)


@app.command()
def extract(
    inputs: Inputs,
    output: Annotated[Path, typer.Option("--output", "-o", help="Output JSONL file ('-' for stdout).")] = Path("-"),
    workers: Workers = 0,
    ner_model: NerModel = None,
) -> None:
    """Extract events, entities and quotes: one JSON record per document (its JSON Schema:
    rasid/data/output.schema.json in the package)."""
    from rasid.pipeline import pipe
    from rasid.recognise.backends import check_model

    check_model(ner_model)
    skips = _Skips()
    if str(output) != "-":
        writable(output)
    articles = list(skips.articles(inputs))
    if not articles and str(output) != "-":  # nothing read: an earlier output is left as it was
        typer.echo(f"rasid: nothing read; {output} not written", err=True)
        raise typer.Exit(1)
    _say_undated(articles)
    out = sys.stdout if str(output) == "-" else output.open("w", encoding="utf-8")
    written = 0
    try:
        for record in _progress(pipe(articles, workers or None, ner_model), total=len(articles)):
            if isinstance(record, RasidError):
                skips.report(record)
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    finally:
        if out is not sys.stdout:
            out.close()
    if str(output) != "-":
        typer.echo(f"rasid: wrote {counted(written, 'record')} to {output}", err=True)
    raise typer.Exit(1 if skips.count else 0)


@app.command()
def run(
    inputs: Inputs,
    db: Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL.")] = "rasid.db",
    workers: Workers = 0,
    batch: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 50,
    ner_model: NerModel = None,
) -> None:
    """Extract and store articles, entities, events and quotes in a database.

    Copies of stored articles are kept as sources, not stored again; the new articles' events
    are then linked into the stored incidents."""
    from rasid.merge.corpus import drop_copies, record_copies, unlinked, update_incidents
    from rasid.pipeline import pipe
    from rasid.recognise.backends import check_model
    from rasid.store import open_store
    from rasid.summary import summarise

    check_model(ner_model)
    skips = _Skips()
    articles = list(skips.articles(inputs))
    if not articles:  # a mistyped path must not leave an empty database behind
        typer.echo("rasid: no article read; nothing stored", err=True)
        raise typer.Exit(1 if skips.count else 0)
    with open_store(db) as store:
        fresh = _same_texts(store, articles)
        todo, copies = drop_copies(store, _progress(fresh, len(fresh), "checking for copies"))
        _say_undated(todo)
        records = pipe(todo, workers or None, ner_model)
        written: list[str] = unlinked(store)  # stored by a run stopped before it linked them
        pending: list[tuple[Article, dict[str, Any]]] = []
        for art, rec in _progress(zip(todo, records, strict=True), total=len(todo)):
            if isinstance(rec, RasidError):
                skips.report(rec)
                continue
            pending.append((art, rec))
            written.append(art.content_hash)
            if len(pending) >= batch:
                store.write_batch(pending)
                pending = []
        if pending:
            store.write_batch(pending)
        kept = record_copies(store, copies)
        if len(written) >= _LONG_LINK:  # a minute or two for thousands: say what it is doing
            typer.echo(f"rasid: linking the events of {counted(len(written), 'article')} into "
                       "incidents …", err=True)
        linked = update_incidents(store, written, [d.of for _, d in copies])
        typer.echo(summarise(store, read=len(articles), processed=len(todo), db=db, copies=len(copies)))
        typer.echo(f"  copies of stored articles kept as sources: {kept}; "
                   f"incidents updated: {linked}")
    raise typer.Exit(1 if skips.count else 0)


def _say_undated(articles: list[Article]) -> None:
    undated = sum(a.published is None for a in articles)
    if undated:
        typer.echo(f"rasid: {counted(undated, 'article')} without a publication date: their "
                   "relative dates (أمس، يوم الأحد) resolve only from a dated dateline; give "
                   "'published' in JSONL or a manifest.jsonl beside .txt files", err=True)


def _same_texts(store: Any, articles: list[Article]) -> list[Article]:
    """The articles, less those whose id is stored with another text, named in one line: an id
    names one document (a corrected report needs an id of its own; the stored text is kept)."""
    stored: dict[str, set[str]] = {}
    for doc_id, h in store.query("SELECT doc_id, content_hash FROM articles"):
        stored.setdefault(doc_id, set()).add(h)
    changed = [a.doc_id for a in articles if a.doc_id in stored and a.content_hash not in stored[a.doc_id]]
    if changed:
        shown = ", ".join(changed[:5]) + (" …" if len(changed) > 5 else "")
        typer.echo(f"rasid: {counted(len(changed), 'stored id')} read again with another text, kept as "
                   f"stored (a corrected text needs an id of its own): {shown}", err=True)
    return [a for a in articles if a.doc_id not in stored or a.content_hash in stored[a.doc_id]]


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (spec/GOLD.md).", exists=True, dir_okay=False)],
    pred: Annotated[Path, typer.Argument(help="Predicted JSONL (rasid extract output).", exists=True, dir_okay=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score predictions against gold with the rules of spec/SCORING.md."""
    from rasid.evaluate import evaluate as score
    from rasid.evaluate import read_records

    records = {"gold": _records(read_records, gold), "pred": _records(read_records, pred)}
    try:
        scores = score(records["gold"], records["pred"])
    except ValueError as exc:  # "gold record 3: missing doc_id": the file and the record
        side, _, reason = str(exc).partition(" ")
        raise InputError(f"{reason} (a rasid extract or gold JSONL file is expected)",
                         path=str(gold if side == "gold" else pred)) from None
    if as_json:
        typer.echo(json.dumps(scores.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(scores.format_table())


def _located(reason: str, path: Path) -> InputError:
    """A reader's "line N: reason" as rasid's other readers write it: ``path:N: reason``."""
    if m := re.match(r"line (\d+): ", reason):
        return InputError(reason[m.end():], path=f"{path}:{m[1]}")
    return InputError(reason, path=str(path))


def _records(reader: Any, path: Path) -> list[dict[str, Any]]:
    try:
        return reader(path)
    except ValueError as exc:
        raise _located(str(exc), path) from None


def _conll(path: Path) -> list:
    """The sentences of a tagged CoNLL file, or a one-line ``InputError`` naming the file."""
    from rasid.train.conll import read_conll

    try:
        sents = read_conll(path, strict=True)
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset "
                         f"{exc.start}); a CoNLL file of 'word TAG' lines is expected",
                         path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", path=str(path)) from None
    except ValueError as exc:
        raise _located(str(exc), path) from None
    if not sents:
        raise InputError("no sentences (expected 'token tag' lines, a blank line between "
                         "sentences)", path=str(path))
    if all(t == "O" for _, tags in sents for t in tags):
        raise InputError("no entity tags (B-TYPE / I-TYPE): nothing to train on or score",
                         path=str(path))
    return sents


@train_app.command("ner")
def train_ner(
    train: Annotated[Path, typer.Option(help="CoNLL training file (token tag per line).", exists=True, dir_okay=False)],
    out: Annotated[Path, typer.Option(help="Where to write the model.")],
    extra: Annotated[list[Path] | None, typer.Option(
        help="More training sentences: a file or folder of lines with [PER …] [ORG …] [LOC …] "
        "[MISC …] marks, e.g. data/ner_extra (repeatable).", exists=True,
        metavar="<path>")] = None,
) -> None:
    """Train an NER model on CoNLL data: the CRF ('fast'), or with --out NAME.pt one E5-based
    BiLSTM-CRF network (needs the [neural] extra; about a quarter of an hour on one core with
    data/ner_extra). The shipped 'accurate' model pairs two such networks that also read the
    CRF's tags: its recipe is in src/rasid/data/ner/README.md."""
    from rasid.train.conll import extra_sentences

    if out.suffix == ".pt":
        from rasid.train.ner_neural import train_neural as do_train
    else:
        from rasid.train.ner import train_ner as do_train

    _conll(train)  # a bad file is one line, before any training
    more = [str(p) for p in extra or []]
    extra_sentences(more)  # the same for the marked sentences
    info = do_train(train, out, extra=more)
    typer.echo(json.dumps(info, ensure_ascii=False, default=str))


@eval_app.command("ner")
def eval_ner(
    test: Annotated[Path, typer.Option(help="CoNLL test file.", exists=True, dir_okay=False)],
    model: Annotated[str | None, typer.Option(
        help="'fast' (the shipped CRF, default), 'accurate' (the shipped E5-based models) or a "
        "model file.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Per-label and micro precision/recall/F1 of the NER model (exact spans)."""
    from rasid.recognise.backends import load_tagger
    from rasid.train.ner_eval import evaluate_sents

    report = evaluate_sents(_conll(test), load_tagger(model))
    typer.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format_table())


def main() -> None:
    """Entry point: run the app, turning rasid errors into one line and an exit code."""
    debug = "--debug" in sys.argv
    if debug:
        sys.argv.remove("--debug")
    try:
        code = app(standalone_mode=False)
    except RasidError as err:
        if debug:
            raise
        typer.echo(f"rasid: {err}", err=True)
        sys.exit(2 if isinstance(err, UsageError) else 1)
    except KeyboardInterrupt:  # typer turns Ctrl-C into a silent exit 130 (below); just in case
        typer.echo(_interrupted(), err=True)
        sys.exit(130)
    except SystemExit as exc:
        if exc.code == 130:
            typer.echo(_interrupted(), err=True)
        raise
    except typer.Abort:
        typer.echo("rasid: aborted", err=True)
        sys.exit(1)
    except Exception as err:
        if debug or not _click_error(err):
            raise
        typer.echo(f"rasid: {_usage_line(err)}", err=True)
        sys.exit(getattr(err, "exit_code", 2))
    if code == 130:  # Ctrl-C while a command ran (typer returns its exit code)
        typer.echo(_interrupted(), err=True)
    sys.exit(code if isinstance(code, int) else 0)


def _click_error(err: Exception) -> bool:
    """A usage error of the command line parser (typer vendors click; matched by class name
    so that no private module is imported)."""
    return any(c.__name__ == "ClickException" for c in type(err).__mro__)


def _usage_line(err: Exception) -> str:
    """Click's error as one line: what is wrong, then where help is (its three-line box
    otherwise)."""
    message = err.format_message().rstrip(".")  # type: ignore[attr-defined]
    if type(err).__name__ == "NoSuchOption" and sys.argv[1:2] == ["search"]:
        return message + " (a search text that begins with - reads as an option: put -- before it)"
    ctx = getattr(err, "ctx", None)
    if ctx is not None and ctx.command_path:
        message += f" (see {_command(ctx.command_path)} --help)"
    return message


def _command(path: str) -> str:
    """``python -m rasid events`` → ``rasid events``: how the user runs it."""
    return "rasid" + path.split("rasid", 1)[1] if "rasid" in path else path


def _interrupted() -> str:
    if sys.argv[1:2] == ["run"]:  # each batch is committed whole; the next run skips them
        return ("rasid: interrupted; the articles stored so far are kept: run the same command "
                "again to go on")
    return "rasid: interrupted"


from rasid import cli_incidents  # noqa: E402,F401,I001  (registers `rasid incidents`)
from rasid import cli_resolve, cli_store  # noqa: E402,F401  (register their commands)
