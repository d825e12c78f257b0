"""Held-out blocks of TRAIN (``rasid.train.holdout``) and the training commands that use them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from rasid.train.holdout import split

SENTS = [
    (["أعلن", "الرئيس", "جورج", "بوش", "في", "واشنطن"], ["O", "O", "B-PERS", "I-PERS", "O", "B-LOC"]),
    (["قالت", "وزارة", "الخارجية", "الأمريكية", "إن"], ["O", "B-ORG", "I-ORG", "I-ORG", "O"]),
    (["وصل", "محمد", "إلى", "القاهرة", "أمس"], ["O", "B-PERS", "O", "B-LOC", "O"]),
    (["فاز", "حزب", "الوفد", "في", "مصر"], ["O", "B-ORG", "I-ORG", "O", "B-LOC"]),
    (["وزار", "بان", "كي", "مون", "بغداد"], ["O", "B-PERS", "I-PERS", "I-PERS", "B-LOC"]),
    (["ودعت", "الأمم", "المتحدة", "إلى", "الهدوء"], ["O", "B-ORG", "I-ORG", "O", "O"]),
]


def test_block_one_is_the_last_share_as_before():
    sents = SENTS * 20  # 120 sentences
    for share in (0.1667, 0.25, 0.5):
        cut = int(len(sents) * (1 - share))  # the split every command made before blocks
        assert split(sents, share) == (sents[:cut], sents[cut:])
        assert split(sents, share, 1) == split(sents, share)


def test_other_blocks_are_contiguous_and_the_rest_stays_in_order():
    sents = [(w + [str(i)], t + ["O"]) for i, (w, t) in enumerate(SENTS * 4)]  # 24, numbered
    train, held = split(sents, 0.25, 2)
    assert [s[0][-1] for s in held] == [str(i) for i in range(12, 18)]
    assert [s[0][-1] for s in train] == [str(i) for i in (*range(12), *range(18, 24))]
    train, held = split(sents, 0.25, 4)  # the first quarter
    assert [s[0][-1] for s in held] == [str(i) for i in range(6)]
    assert len(train) == 18 and train[0][0][-1] == "6"
    assert split(sents, 0.0, 3) == (sents, [])


def test_a_block_outside_train_is_an_error():
    with pytest.raises(ValueError, match="block 5"):
        split(SENTS * 4, 0.25, 5)
    with pytest.raises(ValueError, match="block 0"):
        split(SENTS * 4, 0.25, 0)


def test_ner_stack_tags_the_chosen_block(tmp_path: Path):
    from rasid.train.ner_stack import stage_one_tags

    # each sentence a different length (a trailing «أيضا» repeated), so the held-out tags show
    # which sentences were held out
    sents = [(w + ["أيضا"] * i, t + ["O"] * i) for i, (w, t) in enumerate(SENTS * 4)]
    train = tmp_path / "train.txt"
    train.write_text("".join("".join(f"{w} {t}\n" for w, t in zip(*s)) + "\n" for s in sents),
                     "utf-8")
    out = stage_one_tags(str(train), str(tmp_path / "tags.json"), dev=0.25, dev_block=3,
                         work=str(tmp_path / "work"))
    _, held = split(sents, 0.25, 3)  # sentences 6–11
    assert out["dev_block"] == 3 and len(out["train"]) == 18
    assert [len(t) for t in out["held"]] == [len(w) for w, _ in held]
    assert json.loads((tmp_path / "tags.json").read_text("utf-8"))["held"] == out["held"]


def test_ner_neural_scores_the_chosen_block(tmp_path: Path):
    pytest.importorskip("torch")
    from rasid.train.ner_neural import train_neural

    sents = SENTS * 4
    train = tmp_path / "train.txt"
    train.write_text("".join("".join(f"{w} {t}\n" for w, t in zip(*s)) + "\n" for s in sents),
                     "utf-8")
    info = train_neural(train, tmp_path / "x.pt", epochs=1, dev=0.25, dev_block=2,
                        hp={"e5_dim": 8, "hidden": 16}, ctx_cache=None, log=lambda *_: None)
    assert info["dev_block"] == 2 and info["sentences"] == 18
    assert 0.0 <= info["history"][0]["dev_f1"] <= 1.0
    with pytest.raises(ValueError, match="block 9"):
        train_neural(train, tmp_path / "y.pt", epochs=1, dev=0.25, dev_block=9,
                     hp={"e5_dim": 8, "hidden": 16}, ctx_cache=None, log=lambda *_: None)


def test_first_block_may_be_shorter_and_a_bad_block_is_a_usage_error(tmp_path: Path, capsys,
                                                                      monkeypatch):
    sents = (SENTS * 5)[:25]  # 25 sentences, blocks of 7 from the end: the first has 4
    assert [len(split(sents, 0.25, b)[1]) for b in (1, 2, 3, 4)] == [7, 7, 7, 4]
    from rasid.train.ner_stack import main

    train = tmp_path / "train.txt"
    train.write_text("".join("".join(f"{w} {t}\n" for w, t in zip(*s)) + "\n" for s in sents),
                     "utf-8")
    monkeypatch.setattr(sys, "argv", ["ner_stack", "--train", str(train), "--out",
                                      str(tmp_path / "t.json"), "--dev", "0.25", "--dev-block", "5"])
    with pytest.raises(SystemExit) as exc:
        main()
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.endswith("--dev-block: no held-out block 5 of share 0.25 in 25 sentences")
    assert not (tmp_path / "t.json").exists()
