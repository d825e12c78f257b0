"""The trigger-context classifier: shipped model, its training data, its readings."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasid.coding.classifier import MODEL_FILE, features, shipped
from rasid.coding.triggers import find_triggers, trigger_reading
from rasid.resources import data_path
from rasid.segment import tokenize

ROOT = Path(__file__).resolve().parents[2]
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _p(sentence: str, word: str) -> float:
    tokens = tokenize(sentence)
    model = shipped()
    assert model is not None
    for m in find_triggers(tokens, 0, len(tokens)):
        if sentence[m.start : m.end] == word:
            return model.live(tokens, 0, len(tokens), trigger_reading(sentence, tokens, m))
    raise AssertionError(f"no trigger candidate {word!r} in {sentence!r}")


def test_training_data_well_formed() -> None:
    with data_path("trigger_contexts.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) >= 300
    assert len({r["id"] for r in rows}) == len(rows)
    live = [r for r in rows if r["live"] != "NONE"]
    assert 0.35 <= len(live) / len(rows) <= 0.65
    for r in live:
        assert set(r["live"].split(",")) <= TYPES, r["id"]
    assert {t for r in live for t in r["live"].split(",")} == TYPES  # every type has positives


@pytest.mark.parametrize("live, other, word", [
    ("قصفت الطائرات التركية قرى حدودية في محافظة دهوك صباح الجمعة.",
     "قصف اللاعب الكرة بقوة في المرمى وسط هتاف الجماهير.", ("قصفت", "قصف")),
    ("هاجم مسلحون مركزا للشرطة في مدينة كركوك ليل الأحد.",
     "هاجم النائب الحكومة في جلسة البرلمان بسبب أزمة الكهرباء.", ("هاجم", "هاجم")),
    ("رحلت السلطات التركية مئات المهاجرين الأفغان إلى بلادهم.",
     "رحل الشاعر العراقي الكبير عن عمر ناهز تسعين عاما.", ("رحلت", "رحل")),
])
def test_live_sense_scores_above_other_sense(live: str, other: str, word: tuple[str, str]) -> None:
    assert _p(live, word[0]) > 0.5 > _p(other, word[1])


def test_features_are_few_and_deterministic() -> None:
    s = "اعتقلت الشرطة العراقية ثلاثة مهربين قرب الحدود مع إيران."
    tokens = tokenize(s)
    m = trigger_reading(s, tokens, find_triggers(tokens, 0, len(tokens))[0])
    names = features(tokens, 0, len(tokens), m)
    assert names == features(tokens, 0, len(tokens), m)
    assert "T=COERCE" in names and "L1=<s>" in names and 10 <= len(names) <= 40


def test_training_command_builds_a_model_that_beats_the_majority(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "train_trigger_classifier.py"),
                    "--out", str(out)], check=True, capture_output=True)
    built = json.loads(out.read_text(encoding="utf-8"))
    assert built["held_out_accuracy"] > built["held_out_majority"] + 0.1
    assert built["weights"] and all(isinstance(w, float) for w in built["weights"].values())


def test_shipped_model_was_trained_on_the_shipped_data() -> None:
    shipped_model = json.loads(data_path(MODEL_FILE).read_text(encoding="utf-8"))
    digest = hashlib.sha256(data_path("trigger_contexts.tsv").read_bytes()).hexdigest()
    assert shipped_model["data_sha256"] == digest
