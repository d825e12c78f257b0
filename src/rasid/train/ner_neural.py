"""Train the BiLSTM-CRF named-entity tagger (``rasid.recognise.neural``) on CoNLL files.

    python -m rasid.train.ner_stack --train ANERCorp_CamelLab_train.txt --extra data/ner_extra \
        --out stage1_full.json
    python -m rasid.train.ner_neural --train ANERCorp_CamelLab_train.txt --extra data/ner_extra \
        --out src/rasid/data/ner/anercorp.e5.pt --stack stage1_full.json --seeds 1,2 --bits 8 \
        [--test ANERCorp_CamelLab_test.txt]     # the shipped "accurate" model (two seeds)
    python -m rasid.train.ner_neural --train … --out /tmp/dev.pt --dev 0.1667   # tune: hold out
                                                                          # the last sixth of TRAIN
    python -m rasid.train.ner_neural --train … --out pair.pt --members s1.pt,s2.pt  # the same
        # ensemble from two runs with --seed 1 and --seed 2 (in parallel); --bits 8: int8 weights

Deterministic: seeded initialisation, shuffling and dropout, one thread
(``torch.use_deterministic_algorithms``), so a re-run rebuilds the same weights.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch

from rasid.arabic.normalize import normalize
from rasid.recognise.ctxuse import ctx_vectors
from rasid.recognise.e5 import remember as e5_remember
from rasid.recognise.e5 import vectors as e5_vectors
from rasid.recognise.features import jackknife, with_train_lexicon
from rasid.recognise.neural import CATS, PAD, UNK, Encoder, Net, NeuralTagger, token_feats
from rasid.recognise.neural_inputs import add_stack, ctx_batch, use_vectors
from rasid.recognise.tagger import map_tag
from rasid.train import holdout
from rasid.train.conll import extra_sentences, read_conll
from rasid.train.ner import build_gazetteer
from rasid.train.ner_eval import evaluate_ner, evaluate_sents

HP = {"word_dim": 100, "bare_dim": 50, "char_dim": 32, "char_filters": 50, "cat_dim": 10,
      "lex_dim": 24, "use_dim": 128, "hidden": 150, "layers": 1, "dropout": 0.5, "e5_dim": 128}


def _vocab(items, min_count: int = 1) -> dict[str, int]:
    c = Counter(items)
    out = {"<pad>": PAD, "<unk>": UNK}
    for k in sorted(k for k, v in c.items() if v >= min_count):
        out.setdefault(k, len(out))
    return out


def _batches(n_items: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Length-bucketed batches of sentence indices, in a seeded random order."""
    order = sorted(range(len(n_items)), key=lambda i: (n_items[i] + rng.random() * 4, i))
    batches = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(batches)
    return batches


def train_neural(train_path: Path | str, out_path: Path | str, *, epochs: int = 16,
                 dev: float = 0.0, seed: int = 1, lr: float = 2e-3, batch: int = 16,
                 word_drop: float = 0.1, threads: int = 1, hp: dict | None = None,
                 snapshots: Sequence[int] = (), stack: str | None = None,
                 ctx_cache: str | None = "/tmp/ner-ctx-cache", extra: Sequence[str] = (),
                 finish: int = 0, dev_block: int = 1, log=print) -> dict:
    """Train one network; ``finish``: after ``epochs``, this many more on TRAIN's own sentences
    (without the ``extra`` ones)."""
    t0 = time.perf_counter()
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    hp = {**HP, **(hp or {})}
    sents = read_conll(train_path)
    sents, dev_sents = holdout.split(sents, dev, dev_block)
    n_train = len(sents)
    sents = sents + extra_sentences(extra)  # after the dev split, as in ner_stack
    gaz = build_gazetteer(sents)
    train_gaz = jackknife(gaz, sents)
    gaz = with_train_lexicon(gaz, sents)
    feats = [token_feats(w, g) for (w, _), g in zip(sents, train_gaz, strict=True)]
    flat = [f for s in feats for f in s]
    stack_kinds: list[str] = []
    held_tags = None
    if stack:
        from rasid.recognise.attrs import doc_attrs

        st = json.loads(Path(stack).read_text("utf-8"))
        assert len(st["train"]) == len(sents), \
            "stage-one tags do not match the training sentences (same --dev and --extra?)"
        add_stack(feats, doc_attrs([w for w, _ in sents], st["train"],
                                   int(hp.get("stack_window", 10))))
        stack_kinds = sorted({a for f in flat for a in f["stack"]})
        if dev_sents:
            held_tags = st["held"]
            assert len(held_tags) == len(dev_sents), "held-out tags do not match --dev"
        hp["stack_dim"] = hp.get("stack_dim") or 32
    vocabs = {"w": _vocab((f["w"] for f in flat), 2), "bare": _vocab((f["bare"] for f in flat), 2),
              "char": _vocab(c for f in flat for c in "<" + f["w"] + ">")}
    for c in CATS:
        vocabs[c] = _vocab(f[c] for f in flat)
    lex_kinds = sorted({k for f in flat for k in f["lex"]})
    enc = Encoder(vocabs, lex_kinds, stack_kinds)
    tag_names = sorted({map_tag(t) for _, ts in sents for t in ts})
    tag_ix = {t: i for i, t in enumerate(tag_names)}
    words = sorted({w for ws, _ in sents for w in ws})
    dev_words = sorted({w for ws, _ in dev_sents for w in ws} - set(words))
    t1 = time.perf_counter()
    raw = use_vectors(words + dev_words)
    raw_ix = {w: i for i, w in enumerate(words + dev_words)}
    raw_t = torch.from_numpy(raw)
    log(f"features {t1 - t0:.0f}s, USE vectors of {len(raw_ix)} words "
        f"{time.perf_counter() - t1:.0f}s")
    net = Net({**enc.sizes(), "tags": len(tag_names)}, hp)
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 1.0 / (1.0 + 0.05 * e))
    gold = [torch.tensor([tag_ix[map_tag(t)] for t in ts]) for _, ts in sents]
    wix = [torch.tensor([raw_ix[w] for w in ws]) for ws, _ in sents]
    ctx = ctx_vectors([ws for ws, _ in sents], ctx_cache) if hp.get("ctx_dim", 0) else None
    if hp.get("e5_dim", 0):
        e5_remember(100_000)  # the held-out sentences are read again each epoch
    e5 = e5_vectors([ws for ws, _ in sents[:n_train] + dev_sents], ctx_cache,
                    context=hp.get("e5_context", 0))[:n_train] if hp.get("e5_dim", 0) else None
    if e5 is not None and len(sents) > n_train:  # the extra sentences: cached on their own
        e5 += e5_vectors([ws for ws, _ in sents[n_train:]], ctx_cache,
                         context=hp.get("e5_context", 0))
    history = []

    def make_tagger(words_for_table: Sequence[str]) -> NeuralTagger:
        with torch.no_grad():
            ix = torch.tensor([raw_ix[w] for w in words_for_table], dtype=torch.long)
            proj = net.use(raw_t[ix]).numpy() if len(ix) else np.zeros((0, hp["use_dim"]))
        table = dict(zip(words_for_table, proj, strict=True))
        vocab = Counter(normalize(w) for ws, _ in sents for w in ws)
        tg = NeuralTagger(net, enc, tag_names, gaz, table, vocab=dict(sorted(vocab.items())))
        return tg

    def dev_tagger() -> NeuralTagger:
        tg = make_tagger(words + dev_words)
        if held_tags is not None:
            tg.stage_one = lambda s: held_tags
        return tg

    for ep in range(1, epochs + finish + 1):
        te = time.perf_counter()
        net.train()
        total = 0.0
        pool = feats if ep <= epochs else feats[:n_train]
        for bi in _batches([len(f) for f in pool], batch, rng):
            b = enc.batch([feats[i] for i in bi], word_drop, nrng)
            t = b["mask"].shape[1]
            tags = torch.zeros((len(bi), t), dtype=torch.long)
            uix = torch.zeros((len(bi), t), dtype=torch.long)
            for r, i in enumerate(bi):
                tags[r, : len(gold[i])] = gold[i]
                uix[r, : len(gold[i])] = wix[i]
            if ctx is not None:
                b["ctx"] = ctx_batch([ctx[i] for i in bi], t)
            if e5 is not None:
                b["e5"] = ctx_batch([e5[i] for i in bi], t)
            emis = net.emissions(b, net.use(raw_t[uix]))
            loss = net.nll(emis, tags, b["mask"])
            opt.zero_grad()
            (loss / len(bi)).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item()
        sched.step()
        rec = {"epoch": ep, "loss": round(total / sum(len(f) for f in pool), 4),
               "seconds": round(time.perf_counter() - te, 1)}
        if dev_sents:
            rec["dev_f1"] = round(evaluate_sents(dev_sents, dev_tagger()).micro_f1, 4)
            net.train()
        history.append(rec)
        log(json.dumps(rec))
        if ep in snapshots:  # the model as trained for ``ep`` epochs (to compare epoch counts)
            net.eval()
            make_tagger(words).save(Path(out_path).with_suffix(f".ep{ep}.pt"))
    net.eval()
    e5_remember(0)
    tagger = make_tagger(words)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tagger.save(out)
    info = {"train": Path(train_path).name, "sentences": len(sents),
            "tokens": sum(len(w) for w, _ in sents), "dev_share": dev, "dev_block": dev_block,
            "epochs": epochs, "finish": finish, "seed": seed, "lr": lr, "batch": batch, "word_drop": word_drop, "threads": threads,
            "stack": stack, "extra": [Path(p).name for p in extra], "hp": hp,
            "torch": torch.__version__, "history": history,
            "seconds": round(time.perf_counter() - t0, 1)}
    if dev_sents:
        best = max(history, key=lambda r: (r["dev_f1"], -r["epoch"]))
        info["best_epoch"], info["best_dev_f1"] = best["epoch"], best["dev_f1"]
    _write_info(out, info)
    return info


def train_ensemble(train_path: Path | str, out_path: Path | str, seeds: Sequence[int],
                   bits: int = 16, **kw) -> dict:
    """One model per seed, written together as one file (``ensemble.save_ensemble``)."""
    import tempfile

    t0 = time.perf_counter()
    infos, paths = [], []
    with tempfile.TemporaryDirectory(prefix="rasid-ner-") as tmp:
        for seed in seeds:
            paths.append(Path(tmp) / f"seed{seed}.pt")
            infos.append(train_neural(train_path, paths[-1], seed=seed, **kw))
        info = combine(paths, out_path, bits, infos)
    info["seconds"] = round(time.perf_counter() - t0, 1)
    _write_info(out_path, info)
    return info


def combine(paths: Sequence[Path | str], out_path: Path | str, bits: int = 16,
            infos: Sequence[dict] | None = None) -> dict:
    """Single-seed models trained on the same data (run in parallel, say), as one ensemble."""
    from rasid.recognise.ensemble import save_ensemble

    if infos is None:  # each model's own NAME.json, written by train_neural, when it is there
        infos = [json.loads(Path(p).with_suffix(".json").read_text("utf-8"))
                 if Path(p).with_suffix(".json").is_file() else {} for p in paths]
    members = [NeuralTagger.from_state(torch.load(str(p), map_location="cpu", weights_only=True))
               for p in paths]
    save_ensemble(members, out_path, bits=bits)
    info = {"ensemble": [i.get("seed") for i in infos], "bits": bits,
            "seconds": round(sum(i.get("seconds", 0) for i in infos), 1), "members": list(infos)}
    _write_info(out_path, info)
    return info


def _write_info(out_path: Path | str, info: dict) -> None:
    Path(out_path).with_suffix(".json").write_text(json.dumps(info, ensure_ascii=False, indent=1),
                                                   "utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m rasid.train.ner_neural")
    ap.add_argument("--train", help="CoNLL training file (not needed with --members)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--test", help="also evaluate on this file")
    ap.add_argument("--epochs", type=int, default=16)
    ap.add_argument("--dev", type=float, default=0.0,
                    help="hold out this share of TRAIN (the last one, or see --dev-block)")
    ap.add_argument("--dev-block", type=int, default=1,
                    help="which share of TRAIN --dev holds out: 1 the last, 2 the one before it, …")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--seeds", default="",
                    help="train one model per seed (e.g. 1,2) and write them as one ensemble")
    ap.add_argument("--members", default="",
                    help="train nothing: write these single-seed .pt files (A.pt,B.pt) as one "
                    "ensemble to --out")
    ap.add_argument("--bits", type=int, choices=(8, 16), default=16,
                    help="how an ensemble stores its weights: float16, or int8 with a scale per "
                    "row (half the size)")
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--hp", default="{}", help="JSON overrides of the network sizes")
    ap.add_argument("--stack", help="stage-one CRF tags (python -m rasid.train.ner_stack)")
    ap.add_argument("--extra", action="append", default=[],
                    help="more training sentences: a file or folder of [TYPE …]-marked lines "
                    "(rasid.train.bracketed; repeatable; with --stack, ner_stack needs the same)")
    ap.add_argument("--snapshots", default="", help="also save NAME.epN.pt after these epochs")
    ap.add_argument("--finish", type=int, default=0,
                    help="after --epochs, this many more epochs on TRAIN alone (without --extra)")
    a = ap.parse_args(argv)
    holdout.check_block(ap, a.train, a.dev, a.dev_block)
    kw = {"epochs": a.epochs, "dev": a.dev, "dev_block": a.dev_block, "lr": a.lr, "batch": a.batch, "threads": a.threads,
          "hp": json.loads(a.hp), "stack": a.stack, "extra": a.extra, "finish": a.finish}
    seeds = [int(x) for x in a.seeds.split(",") if x]
    if not a.members and not a.train:
        ap.error("--train is required (unless --members)")
    if a.members:
        paths = a.members.split(",")
        for p in paths:
            if not Path(p).is_file():
                ap.error(f"--members: {p}: no such model file")
        info = combine(paths, a.out, a.bits)
    elif len(seeds) > 1:
        info = train_ensemble(a.train, a.out, seeds, bits=a.bits, **kw)
    else:
        info = train_neural(a.train, a.out, seed=seeds[0] if seeds else a.seed, **kw,
                            snapshots=[int(x) for x in a.snapshots.split(",") if x])
    print(json.dumps({k: v for k, v in info.items() if k not in ("history", "members")},
                     ensure_ascii=False))
    if a.test:
        print(evaluate_ner(a.test, a.out).format_table())


if __name__ == "__main__":
    main()
