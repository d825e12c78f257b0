"""Parquet export (pyarrow): one row per stored event, typed columns (dates as dates), every
flag kept."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from rasid.errors import UsageError
from rasid.export.rows import COLUMNS, event_hits, flat
from rasid.store.base import Store

_INT = ("event_index", "geo_precision", "fatalities", "evidence_start", "evidence_end")
_FLOAT = ("latitude", "longitude", "confidence")
_BOOL = ("negated", "hypothetical")
_DATE = ("published", "date_start", "date_end")


def _type(pa: Any, column: str) -> Any:
    if column in _INT:
        return pa.int32()
    if column in _FLOAT:
        return pa.float64()
    if column in _BOOL:
        return pa.bool_()
    if column in _DATE:
        return pa.date32()
    return pa.list_(pa.string()) if column == "contexts" else pa.string()


def _pandas_metadata() -> dict[str, str]:
    """The note pandas reads to give ``fatalities``, empty where the text gives no toll, its
    nullable integer type (``Int32``) instead of floats; other columns keep their default."""
    column = {"name": "fatalities", "field_name": "fatalities", "pandas_type": "int32",
              "numpy_type": "Int32", "metadata": None}
    return {"pandas": json.dumps({"index_columns": [], "column_indexes": [],
                                  "columns": [column], "attributes": {},
                                  "creator": {"library": "rasid"}, "pandas_version": "2.0.0"})}


def export(store: Store, path: Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError("Parquet export needs pyarrow: pip install 'rasid[parquet]'") from None
    rows = [{**row, **{c: date.fromisoformat(row[c]) if row[c] else None for c in _DATE}}
            for row in (flat(h) for h in event_hits(store, happened_only=False))]
    schema = pa.schema([(c, _type(pa, c)) for c in COLUMNS], metadata=_pandas_metadata())
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)
    return table.num_rows
