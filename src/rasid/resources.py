"""Shipped data and models, loaded once per process, lazily and read-only."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


def data_path(name: str) -> Path:
    """Path of a file shipped under ``rasid/data``."""
    return Path(str(resources.files("rasid") / "data" / name))


@cache
def load_yaml(name: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~7x faster
    with data_path(name).open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)  # noqa: S506 — a safe loader
