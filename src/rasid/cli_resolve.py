"""``rasid resolve actor|place|date``: query the resolvers one phrase (or one TSV line) at a time."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from rasid.cli import app
from rasid.errors import InputError, UsageError
from rasid.model import Place

resolve_app = typer.Typer(help="Resolve one actor, place or date expression to JSON.", no_args_is_help=True)
app.add_typer(resolve_app, name="resolve")

Text = Annotated[str | None, typer.Argument(help="The Arabic phrase to resolve.", show_default=False)]
Batch = Annotated[Path | None, typer.Option(
    "--batch", help="TSV file: one query per line (text, then its date for actors and dates); "
    "one JSON line out per query line, null for a line that cannot be read.",
    exists=True, dir_okay=False)]


def _iso(value: str | None, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise UsageError(f"{what} must be an ISO date (YYYY-MM-DD), got {value!r}") from None


def _queries(text: str | None, when: str | None, batch: Path | None, what: str | None
             ) -> Iterator[tuple[str, date | None] | InputError]:
    """Each query with its date (``what``: the option a date comes from; None: no date), or the
    error of a batch line that cannot be read."""
    if (text is None) == (batch is None):
        raise UsageError("give either TEXT or --batch FILE")
    if batch is None:
        yield text or "", _iso(when, what) if what else None
        return
    with batch.open(encoding="utf-8-sig", newline="") as fh:
        for number, row in enumerate(csv.reader(fh, delimiter="\t"), start=1):
            if not row or not row[0].strip():
                continue
            try:
                yield row[0], _iso(row[1] if len(row) > 1 else when, what) if what else None
            except UsageError as err:
                yield InputError(str(err), path=f"{batch}:{number}")


def _run(text: str | None, when: str | None, batch: Path | None, what: str | None,
         fn: Callable[[str, date | None], dict[str, Any] | None]) -> None:
    """One JSON line per query; a batch line that cannot be read is named on stderr, gives null
    and the rest go on (exit status 1 at the end)."""
    failed = False
    for query in _queries(text, when, batch, what):
        if isinstance(query, InputError):
            typer.echo(f"rasid: {query}", err=True)
            failed, result = True, None
        else:
            result = fn(*query)
        typer.echo(json.dumps(result, ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


@resolve_app.command("actor")
def resolve_actor(text: Text = None, on: Annotated[str | None, typer.Option("--date", help="Date of the event (YYYY-MM-DD).")] = None,
                  batch: Batch = None) -> None:
    """Actor phrase → {"code", "name"} valid at --date."""
    from rasid.resolve.actors import ActorResolver

    resolver = ActorResolver.load()

    def actor_json(q: str, d: date | None) -> dict[str, Any] | None:
        actor = resolver.resolve(q, on=d)
        return None if actor is None else {"code": actor.code, "name": actor.name}

    _run(text, on, batch, "--date", actor_json)


@resolve_app.command("place")
def resolve_place(text: Text = None, batch: Batch = None) -> None:
    """Place name → {"name", "lat", "lon", "country", "admin1", "feature"}; for a longer
    phrase ("ريف حلب الشمالي"), the first place named in it, as in an article."""
    from rasid.resolve.places import Gazetteer, place_json
    from rasid.segment import tokenize

    gaz = Gazetteer.load()

    def place(q: str) -> Place | None:
        found = gaz.resolve(q)
        if found is None:
            named = gaz.find(q, tokenize(q))
            found = named[0].place if named else None
        return found

    _run(text, None, batch, None, lambda q, d: place_json(place(q)))


@resolve_app.command("date")
def resolve_date_cmd(text: Text = None, published: Annotated[str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD).")] = None,
                     batch: Batch = None) -> None:
    """Date expression → {"start", "end"} relative to --published."""
    from rasid.resolve.dates import date_json, resolve_date

    _run(text, published, batch, "--published", lambda q, d: date_json(resolve_date(q, d)))
