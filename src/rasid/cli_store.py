"""``rasid search``, ``rasid events`` and ``rasid export``: read a stored corpus back."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Annotated

import typer

from rasid.cli import app, writable
from rasid.errors import UsageError
from rasid.store.query import ActorMeaning, EventHit, EventQuery, Near, SearchHit
from rasid.summary import counted

Db = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL.")]
Format = Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")]
Limit = Annotated[int | None, typer.Option("--limit", min=1, help="At most this many results.")]


def stored(db: str):  # noqa: ANN201
    """The existing store ``db``, opened only to be read."""
    from rasid.store import is_postgres, open_store

    if not is_postgres(db) and not Path(db).exists():
        raise UsageError(f"no database at {db} (create one with `rasid run INPUT --db {db}`)")
    return open_store(db, for_reading=True)


def _check_format(fmt: str) -> None:
    if fmt not in ("jsonl", "table"):
        raise UsageError(f"--format must be jsonl or table, got {fmt!r}")


def _plover_types() -> tuple[str, ...]:
    from rasid.export.rows import QUADS

    return tuple(QUADS)


def checked_filters(types: list[str] | None, country: str | None) -> tuple[tuple[str, ...], str | None]:
    """The PLOVER types (repeated or comma-separated, any case) and the ISO3 country of a
    filter, or a one-line error: an unknown value would silently find nothing."""
    wanted = tuple(t.strip().upper() for v in types or () for t in v.split(",") if t.strip())
    known = _plover_types()
    unknown = [t for t in wanted if t not in known]
    if unknown:
        raise UsageError(f"--type: {', '.join(unknown)} is no PLOVER type; one of {', '.join(known)}")
    if country is not None and not (len(country.strip()) == 3 and country.strip().isalpha()):
        raise UsageError(f"--country takes an ISO 3166-1 alpha-3 code (SYR, IRQ), got {country!r}")
    return wanted, country.strip().upper() if country else None


def actor_meaning(actor: str | None) -> ActorMeaning | None:
    """What an ``--actor`` name means once resolved as rasid resolves names in articles
    (``الجيش السوري`` → SYR-MIL; a country's name → all of its actors), or None."""
    if not actor or not actor.strip():
        return None
    from rasid.resolve.actors import ActorResolver

    found = ActorResolver.load().resolve(actor.strip())
    if found is None:
        return None
    if found.kind == "state" and found.country:
        return ActorMeaning(found.country, prefix=True)
    return ActorMeaning(found.code, name=found.name if found.kind == "person" else None)


def parse_near(near: str | None, km: float) -> Near | None:
    """``LAT,LON`` or a place name the gazetteer knows, with a radius in km."""
    if not near:
        return None
    parts = near.split(",")
    if len(parts) == 2:
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except ValueError:
            pass
        else:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise UsageError(f"--near: {near!r} is outside the map (LAT -90..90, LON -180..180)")
            return Near(lat, lon, km)
    from rasid.resolve.places import Gazetteer

    place = Gazetteer.load().resolve(near.strip())
    if place is None or place.lat is None or place.lon is None:
        raise UsageError(f"--near: {near!r} is neither LAT,LON nor a place rasid knows")
    return Near(place.lat, place.lon, km)


def _jsonl(hit: EventHit | SearchHit) -> str:
    return json.dumps(hit.to_dict(), ensure_ascii=False)


#: left-to-right mark, first strong isolate, pop directional isolate (Unicode bidi algorithm)
_LRM, _FSI, _PDI = "\u200e", "\u2068", "\u2069"


def _isolated(text: str) -> str:
    """``text`` set apart for bidi-aware terminals: a field with Arabic in it keeps its own
    direction and no longer pulls the numbers or codes beside it into its right-to-left run."""
    rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)
    return f"{_FSI}{text}{_PDI}" if rtl else text


def _event_line(h: EventHit) -> str:
    e = h.event
    flags = "".join(f" ({w})" for w, on in (("negated", e.get("negated")),
                                             ("hypothetical", e.get("hypothetical"))) if on)
    kind = e["event_type"] + (f"/{e['mode']}" if e["mode"] else "") + flags
    src = (e["source"] or {}).get("code") or "—"
    tgt = (e["target"] or {}).get("code") or "—"
    place = (e["location"] or {}).get("name") or "—"
    when = (e["date"] or {}).get("start") or "—"
    dead = f"  †{e['fatalities']}" if e["fatalities"] is not None else ""
    evidence = " ".join(h.evidence.split())[:90]
    return (f"{_LRM}{when}  {kind:<22} {src} → {tgt}  @ {place}{dead}  "
            f"[{_isolated(h.outlet or '—')}] {_isolated(h.doc_id)}#{h.idx}  {_isolated(evidence)}")


def _search_line(h: SearchHit) -> str:
    """A found article on two lines, each begun left to right: date, id, outlet and title, then
    the matching words."""
    head = (f"{_LRM}{h.published or '—'}  {_isolated(h.doc_id)}  [{_isolated(h.outlet or '—')}]  "
            f"{_isolated(h.title or '')}")
    return f"{head}\n{_LRM}    {_isolated(h.snippet)}"


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find (Arabic spelling variants match).")],
    db: Db = "rasid.db",
    fmt: Format = "table",
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many articles.")] = 20,
) -> None:
    """Full-text search over the stored articles: every word must occur, best matches first."""
    _check_format(fmt)
    with stored(db) as store:
        hits = store.search(text, limit)
    for h in hits:
        typer.echo(_jsonl(h) if fmt == "jsonl" else _search_line(h))
    say_found(len(hits), "article", fmt)


@app.command()
def events(
    db: Db = "rasid.db",
    fmt: Format = "jsonl",
    event_type: Annotated[list[str] | None, typer.Option(
        "--type", "-t", help="PLOVER type (repeat or comma-separate for several).")] = None,
    actor: Annotated[str | None, typer.Option(
        help="Source or target: a code (SYR-MIL), a country (SYR, سوريا: all its actors), "
        "an actor's name as articles write it (الجيش السوري) or words of its English name.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country of the place.")] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON or a place name.")] = None,
    km: Annotated[float, typer.Option(min=0, help="Radius around --near, in km.")] = 50.0,
    since: Annotated[str | None, typer.Option("--from", help="On or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option("--to", help="On or before (YYYY-MM-DD).")] = None,
    outlet: Annotated[str | None, typer.Option(
        help="Reported by this outlet (part of its name), or by a copy of its article.")] = None,
    include_flagged: Annotated[bool, typer.Option(
        "--include-flagged", help="Also negated and hypothetical events.")] = False,
    min_sources: Annotated[int, typer.Option(
        "--min-sources", min=0, help="Reported by at least this many outlets (its incident).")] = 0,
    limit: Limit = None,
) -> None:
    """Stored events passing every filter given, one per line, by date."""
    _check_format(fmt)
    types, country = checked_filters(event_type, country)
    checked_dates(since, until)
    query = EventQuery(types=types, actor=actor, actor_as=actor_meaning(actor), country=country,
                       near=parse_near(near, km), date_from=since, date_to=until, outlet=outlet,
                       include_flagged=include_flagged, limit=limit, min_sources=min_sources)
    with stored(db) as store:
        hits = store.events(query)
    for h in hits:
        typer.echo(_jsonl(h) if fmt == "jsonl" else _event_line(h))
    say_found(len(hits), "event", fmt)


def checked_dates(since: str | None, until: str | None) -> None:
    """``--from`` and ``--to`` are ISO dates in order, or a one-line error."""
    for name, value in (("--from", since), ("--to", until)):
        if value and not _is_iso(value):
            raise UsageError(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}")
    if since and until and since > until:
        raise UsageError(f"--from {since} is after --to {until}: nothing can match")


def say_found(n: int, what: str, fmt: str) -> None:
    """How many were found, on stderr: always for a table, for JSONL when none (a silent
    empty answer reads as a failure)."""
    if fmt == "table" or not n:
        typer.echo(f"rasid: {counted(n, what)}", err=True)


def _is_iso(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


#: the format a file's suffix asks for when --format is not given
_SUFFIX_FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".geojson": "geojson"}


@app.command("export")
def export_cmd(
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    db: Db = "rasid.db",
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="jsonl, csv, parquet, plover or geojson [default: from the file's "
        "suffix (.csv, .parquet, .geojson), else jsonl]", show_default=False)] = None,
) -> None:
    """Write the stored corpus to a file.

    Formats:

    \b
    jsonl    one document record a line (as rasid extract), every event with its flags
    csv      one event a row, ACLED-like columns; only events that happened
    parquet  one event a row, typed columns, flags kept
    plover   one PLOVER JSON record an event (JSONL); only events that happened
    geojson  one incident a Feature (RFC 7946), for QGIS and geopandas
    """
    from rasid.export import EXPORTERS, export

    suffix = output.suffix.lower()
    if fmt is None and suffix not in (*_SUFFIX_FORMATS, ".jsonl", ".ndjson", ""):
        raise UsageError(f"{output}: rasid does not write {suffix} files; name it .jsonl, .csv, "
                         ".parquet or .geojson, or give --format")  # an .xlsx holding JSONL
    fmt = (fmt or _SUFFIX_FORMATS.get(suffix, "jsonl")).lower()
    if fmt not in EXPORTERS:
        raise UsageError(f"--format must be one of {', '.join(EXPORTERS)}, got {fmt!r}")
    if str(output) == "-":
        raise UsageError("export writes a file: give its name with -o (rasid events prints to the terminal)")
    writable(output)
    with stored(db) as store:
        n = export(store, fmt, output)
    typer.echo(f"rasid: wrote {counted(n, _UNITS[fmt])} ({fmt}) to {output}", err=True)


#: what one row (line, feature) of each export is
_UNITS = {"jsonl": "document", "csv": "event", "parquet": "event", "plover": "event",
          "geojson": "incident"}
