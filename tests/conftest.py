"""Shared fixtures for rasid's tests (the one place fixtures live)."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent


@pytest.fixture(scope="session")
def texts_dir() -> Path:
    return TESTS / "texts"
