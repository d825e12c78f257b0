"""Exports of a store to files: one module per format, each ``export(store, path) -> int``
(the rows, features or records written). Add a format by adding a module and a line below.

| format    | one row per                        | reads back with               |
|-----------|------------------------------------|-------------------------------|
| `jsonl`   | document record (spec/OUTPUT.md)   | `json`, `pandas.read_json`    |
| `csv`     | event, ACLED-like columns          | `csv`, `pandas.read_csv`      |
| `parquet` | event, typed columns, flags kept   | `pyarrow`, `pandas`           |
| `plover`  | event, PLOVER JSON record (JSONL)  | `json`, `pandas.read_json`    |
| `geojson` | incident, a Feature (RFC 7946)     | `json`, `geopandas`, QGIS     |

``csv`` and ``plover`` hold the events that happened (negated and hypothetical ones left out,
as event datasets do); ``jsonl`` and ``parquet`` keep every event with its flags.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rasid.errors import UsageError
from rasid.export import acled_csv, geojson, jsonl, parquet, plover
from rasid.store.base import Store

Exporter = Callable[[Store, Path], int]

EXPORTERS: dict[str, Exporter] = {
    "jsonl": jsonl.export,
    "csv": acled_csv.export,
    "parquet": parquet.export,
    "plover": plover.export,
    "geojson": geojson.export,
}


def export(store: Store, fmt: str, path: Path) -> int:
    """Write ``store`` to ``path`` in format ``fmt``; returns the number of rows written."""
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r} (one of {', '.join(EXPORTERS)})") from None
    return exporter(store, path)
