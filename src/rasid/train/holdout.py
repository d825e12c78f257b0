"""Held-out blocks of TRAIN for choosing settings: a sequential split, like the test split's.

``--dev 0.1667`` holds out the last sixth of TRAIN (block 1); ``--dev-block 2`` the sixth before
it, and so on, so that a choice can be checked on several contiguous blocks rather than on one
(one sixth of ANERcorp's TRAIN holds about 1,600 names: differences under a point are noise).
The training part is what remains, in corpus order.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TypeVar

from rasid.train.conll import read_conll

S = TypeVar("S")


def split(sents: Sequence[S], share: float, block: int = 1) -> tuple[list[S], list[S]]:
    """``(training part, held-out block)``; no block when ``share`` is 0."""
    if not share:
        return list(sents), []
    n = len(sents)
    size = n - int(n * (1 - share))
    hi = n - (block - 1) * size
    lo = max(0, hi - size)  # the first block may be a little shorter
    if block < 1 or hi <= 0 or not size:
        raise ValueError(f"no held-out block {block} of share {share:.4g} in {n} sentences")
    return list(sents[:lo]) + list(sents[hi:]), list(sents[lo:hi])


def check_block(ap: argparse.ArgumentParser, train_path: str | None, share: float,
                block: int) -> None:
    """Stop a command with a one-line usage error when ``--dev-block`` is not in TRAIN."""
    if not share or not train_path:
        return

    try:
        split(read_conll(train_path), share, block)
    except ValueError as exc:
        ap.error(f"--dev-block: {exc}")
