"""JSONL export: the stored document records, one per line, exactly as ``rasid extract`` writes."""

from __future__ import annotations

import json
from pathlib import Path

from rasid.store.base import Store


def export(store: Store, path: Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in store.records():
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
