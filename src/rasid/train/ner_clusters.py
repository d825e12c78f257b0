"""Add common Arabic words to a CRF model's word-cluster table (training time only).

A word not in ``NAME.clusters.json.gz`` is encoded with the USE encoder at run time and given its
nearest centroid. Doing that ahead of time for the most frequent Arabic words of ``wordfreq``
(Apache-2.0 code; word lists CC BY-SA 4.0) gives the same clusters, so the tagger's output does
not change, but news text rarely needs the encoder at run time (loading it costs about a second,
and each unseen word about 0.3 ms).

    python -m rasid.train.ner_clusters --model src/rasid/data/ner/anercorp.crfsuite --top 200000
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasid.recognise.embed import WordClusters, encode_words
from rasid.recognise.tables import write_json
from rasid.recognise.tagger import clusters_path

_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")


def common_words(top: int) -> list[str]:
    """The ``top`` most frequent all-Arabic-letter words of wordfreq's large Arabic list."""
    from wordfreq import top_n_list

    words = [w for w in top_n_list("ar", 2 * top, wordlist="large") if _ARABIC_WORD.fullmatch(w)]
    return words[:top]


def extend_clusters(model: Path, top: int = 200_000, batch: int = 4096) -> int:
    """Add the clusters of wordfreq's ``top`` Arabic words to ``model``'s cluster table;
    returns how many words were added."""
    table_path = clusters_path(model)
    cent_path = model.with_name(model.stem + ".centroids.npz")
    clusters = WordClusters.load(table_path, cent_path)
    new = sorted(set(common_words(top)) - set(clusters.table))
    for i in range(0, len(new), batch):
        part = new[i : i + batch]
        vecs = encode_words(part)
        labs = [np.argmax(vecs @ c.T, axis=1) for c in clusters.centroids]
        for j, w in enumerate(part):
            clusters.table[w] = [int(lab[j]) for lab in labs]
    # keep the centroids file as it is (re-saving float16 values is lossless, but skip it)
    write_json(table_path, {"sizes": clusters.sizes, "words": dict(sorted(clusters.table.items()))})
    return len(new)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m rasid.train.ner_clusters")
    ap.add_argument("--model", required=True, type=Path)
    ap.add_argument("--top", type=int, default=200_000)
    a = ap.parse_args(argv)
    print(f"added {extend_clusters(a.model, a.top)} words")


if __name__ == "__main__":
    main()
