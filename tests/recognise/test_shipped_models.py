"""The NER models that ship inside the package: within the size the package allows, and the
accurate file is the int8 ensemble its README describes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.recognise.tagger import DEFAULT_MODEL

NER_DIR = Path(DEFAULT_MODEL).parent


def test_shipped_ner_files_fit_in_50_mb() -> None:
    files = [p for p in NER_DIR.iterdir() if p.is_file() and p.name != "README.md"]
    assert any(p.suffix == ".crfsuite" for p in files) and any(p.suffix == ".pt" for p in files)
    assert sum(p.stat().st_size for p in files) <= 50_000_000


def test_accurate_model_is_an_int8_pair() -> None:
    torch = pytest.importorskip("torch")
    st = torch.load(str(NER_DIR / "anercorp.e5.pt"), map_location="cpu", weights_only=True)
    assert st["ensemble"] == 1 and len(st["members"]) == 2
    for m in st["members"]:
        assert m["weights"]["word.weight"].dtype == torch.int8
        assert m["scales"]["w.word.weight"].shape == (m["weights"]["word.weight"].shape[0],)
    info = json.loads((NER_DIR / "anercorp.e5.json").read_text("utf-8"))
    assert info["bits"] == 8 and info["ensemble"] == [1, 2]
