"""``rasid incidents``: the stored incidents, one per line, with the issue's filters."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from rasid.cli import app
from rasid.errors import UsageError

Db = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL.")]
TABLE_COLUMNS = ("incident_id", "event_type", "mode", "source", "target", "location", "date",
                 "fatalities", "outlets", "members", "conflicts")


def _cell(rec: dict[str, Any], name: str) -> str:
    value = rec.get(name)
    if name in ("source", "target"):
        return (value or {}).get("code") or "-"
    if name == "location":
        return (value or {}).get("name") or "-"
    if name == "date":
        if not value:
            return "-"
        start, end = value["start"], value.get("end") or value["start"]
        return start if start == end else f"{start}/{end}"
    if name == "members":
        return ",".join(f"{m['doc_id']}#{m['event']}" for m in value)
    if name == "conflicts":
        return ",".join(c["field"] for c in value) or "-"
    return "-" if value is None else str(value)


def format_table(records: list[dict[str, Any]]) -> str:
    rows = [list(TABLE_COLUMNS)] + [[_cell(r, c) for c in TABLE_COLUMNS] for r in records]
    widths = [max(len(row[i]) for row in rows) for i in range(len(TABLE_COLUMNS))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
                     for row in rows)


@app.command()
def incidents(
    db: Db = "rasid.db",
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "jsonl",
    types: Annotated[list[str] | None,
                     typer.Option("--type", "-t", help="PLOVER type (repeat or comma-separate).")] = None,
    actor: Annotated[str | None, typer.Option(
        help="Source or target: a code (IRQ-GOV), a country (IRQ, العراق: all its actors) or a "
        "name (الحشد الشعبي).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-3 of the place.")] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON or a place name.")] = None,
    km: Annotated[float, typer.Option(min=0, help="Radius for --near, in km.")] = 50.0,
    date_from: Annotated[str | None,
                         typer.Option("--from", help="Earliest date (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date (YYYY-MM-DD).")] = None,
    outlet: Annotated[str | None,
                      typer.Option(help="Reported by this outlet (part of its name).")] = None,
    min_sources: Annotated[int, typer.Option("--min-sources", min=0,
                                             help="Reported by at least this many outlets.")] = 0,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many.")] = None,
) -> None:
    """Incidents: the events of several articles that report one occurrence, with the
    best-supported values, every member and source, and the conflicts between sources."""
    from rasid.cli_store import (
        actor_meaning,
        checked_dates,
        checked_filters,
        parse_near,
        say_found,
        stored,
    )
    from rasid.merge.corpus import incidents as stored_incidents
    from rasid.merge.filters import IncidentQuery, select

    if fmt not in ("jsonl", "table"):
        raise UsageError(f"--format must be jsonl or table, got {fmt!r}")
    checked_dates(date_from, date_to)
    wanted, country = checked_filters(types, country)
    query = IncidentQuery(types=wanted, actor=actor, actor_as=actor_meaning(actor), country=country,
                          near=parse_near(near, km), date_from=date_from, date_to=date_to,
                          outlet=outlet, min_sources=min_sources, limit=limit)
    with stored(db) as store:
        found = select(stored_incidents(store), query)
    if fmt == "table":
        typer.echo(format_table(found))
    else:
        for rec in found:
            typer.echo(json.dumps(rec, ensure_ascii=False))
    say_found(len(found), "incident", fmt)
