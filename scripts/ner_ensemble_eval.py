"""Score one or several neural NER models (several: summed CRF scores, ``EnsembleTagger``).

    python scripts/ner_ensemble_eval.py --test ANERCorp_CamelLab_test.txt A.pt B.pt
    python scripts/ner_ensemble_eval.py --train ANERCorp_CamelLab_train.txt --dev 0.1667 \
        [--dev-block 2] [--stage-one tags.json] A.pt B.pt   # a held-out share of TRAIN

Stacked models read the stage-one CRF tags of the held-out part from ``--stage-one``
(``python -m rasid.train.ner_stack --dev …``); on a test file they use the shipped CRF.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rasid.recognise.ensemble import EnsembleTagger
from rasid.recognise.neural import NeuralTagger
from rasid.train import holdout
from rasid.train.conll import read_conll
from rasid.train.ner_eval import evaluate_sents


def arguments() -> argparse.ArgumentParser:
    """The models and the sentences to score them on (also read by ``ner_bias_sweep.py``)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="+")
    ap.add_argument("--test")
    ap.add_argument("--train")
    ap.add_argument("--dev", type=float, default=0.1667)
    ap.add_argument("--dev-block", type=int, default=1,
                    help="which share --dev held out: 1 the last, 2 the one before it, …")
    ap.add_argument("--stage-one")
    return ap


def load(ap: argparse.ArgumentParser, a: argparse.Namespace) -> tuple[list, list[NeuralTagger]]:
    """The test file's or held-out block's sentences, and the models reading them."""
    holdout.check_block(ap, None if a.test else a.train, a.dev, a.dev_block)
    if a.test:
        sents = read_conll(a.test)
    else:
        sents = holdout.split(read_conll(a.train), a.dev, a.dev_block)[1]
    members = [NeuralTagger.load(m) for m in a.models]
    if a.stage_one:
        held = json.loads(Path(a.stage_one).read_text("utf-8"))["held"]
        assert len(held) == len(sents)
        for m in members:
            m.stage_one = lambda s, held=held: held
    return sents, members


def main() -> None:
    ap = arguments()
    a = ap.parse_args()
    sents, members = load(ap, a)
    tagger = members[0] if len(members) == 1 else EnsembleTagger(members)
    rep = evaluate_sents(sents, tagger)
    print(" + ".join(a.models), f"micro F1 {rep.micro_f1:.4f}")
    print(rep.format_table())


if __name__ == "__main__":
    main()
