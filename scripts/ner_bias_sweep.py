"""Micro F1 of neural NER models as the score of the ``O`` tag is lowered at decoding time.

    python scripts/ner_bias_sweep.py --train ANERCorp_CamelLab_train.txt --dev 0.1667 \
        --dev-block 1 --stage-one tags.json --grid 0:2:0.25 A.pt [B.pt]

The members' emission scores of the held-out share are computed once; then, for each value
``b`` of the grid, ``b`` is taken from the ``O`` column of the summed emissions before Viterbi
(with several members ``b`` applies to their sum), so that a positive ``b`` trades precision
for recall. Prints one line per value: ``b``, micro P/R/F1 and F1 per label; with
``--propagate W …`` one more line per window, after untagged repeats of the names found within
±W sentences are tagged (``propagate``).
"""

from __future__ import annotations

import numpy as np
from ner_ensemble_eval import arguments, load  # this folder: the same models and sentences

from rasid.arabic.normalize import normalize
from rasid.recognise.ensemble import EnsembleTagger
from rasid.recognise.ner import bio_spans
from rasid.recognise.neural import viterbi
from rasid.recognise.tagger import LABELS, _repair, map_tag
from rasid.train.ner_eval import NerReport


def grid(spec: str) -> list[float]:
    lo, hi, step = (float(x) for x in spec.split(":"))
    return [round(lo + i * step, 4) for i in range(int(round((hi - lo) / step)) + 1)]


def main() -> None:
    ap = arguments()
    ap.add_argument("--grid", default="0:2:0.25", help="LO:HI:STEP of the O-score bias")
    ap.add_argument("--propagate", type=int, nargs="*", default=[],
                    help="also tag, within ±W sentences, untagged repeats of found names")
    a = ap.parse_args()
    sents, members = load(ap, a)
    ens = EnsembleTagger(members)
    emis = ens.scores([w for w, _ in sents])
    trans, start, end = ens.transitions()
    tags = ens.tags
    o_col = np.array([t == "O" for t in tags], np.float32)
    print("bias  P      R      F1     " + "  ".join(f"{lab:6}" for lab in LABELS))
    for b in grid(a.grid):
        preds = [_repair([map_tag(tags[j]) for j in viterbi(e - b * o_col, trans, start, end)])
                 if w else [] for (w, _), e in zip(sents, emis, strict=True)]
        for win in [None, *a.propagate]:
            out = preds if win is None else propagate([w for w, _ in sents], preds, win)
            rep = NerReport()
            for (w, gold), pred in zip(sents, out, strict=True):
                if w:
                    rep.add([map_tag(t) for t in gold], pred)
            p, r, f = rep.scores()
            cols = "  ".join(f"{rep.scores(lab)[2] * 100:6.2f}" for lab in LABELS)
            tag = "" if win is None else f" prop±{win}"
            print(f"{b:5.2f} {p * 100:6.2f} {r * 100:6.2f} {f * 100:6.2f}  {cols}{tag}",
                  flush=True)


def _strip(word: str) -> str:
    return word[1:] if len(word) > 4 and word[0] in "وفبلك" else word


def propagate(words: list[list[str]], preds: list[list[str]], win: int) -> list[list[str]]:
    """Tag untagged repeats (the same matching forms, a leading clitic allowed on the first
    word) of names found within ±``win`` sentences, with their most frequent type."""
    norm = [[normalize(w) for w in s] for s in words]
    found = [[(tuple(norm[i][a:b]), lab) for a, b, lab in bio_spans(p)]
             for i, p in enumerate(preds)]
    out = []
    for i, (s, p) in enumerate(zip(norm, preds, strict=True)):
        names: dict[tuple[str, ...], dict[str, int]] = {}
        for j in range(max(0, i - win), min(len(norm), i + win + 1)):
            for key, lab in found[j]:
                if len("".join(key)) >= 3:
                    names.setdefault(key, {}).setdefault(lab, 0)
                    names[key][lab] += 1
        p = list(p)
        longest = max((len(k) for k in names), default=0)
        k = 0
        while k < len(s):
            hit = None
            for n in range(min(longest, len(s) - k), 0, -1):
                if any(t != "O" for t in p[k:k + n]):
                    continue
                for key in ((*s[k:k + n],), (_strip(s[k]), *s[k + 1:k + n])):
                    if key in names:
                        hit = (n, max(names[key], key=names[key].get))
                        break
                if hit:
                    break
            if hit and (k + hit[0] >= len(s) or not p[k + hit[0]].startswith("I-")):
                n, lab = hit
                p[k:k + n] = [f"B-{lab}"] + [f"I-{lab}"] * (n - 1)
                k += n
            else:
                k += 1
        out.append(p)
    return out


if __name__ == "__main__":
    main()
