"""Benchmark: tokenise + NER on one core; prints tokens/second and peak memory.

    python bench/bench_ner.py [--conll ANERCorp_CamelLab_test.txt] [--model fast|accurate|PATH]
                              [--repeat N]

Without ``--conll`` it tags a generated Arabic news-like corpus (no data files needed). The first
pass includes what is loaded lazily (the model's weights; the word encoder, if a word outside
the cluster table turns up); with ``--repeat N`` the best pass is printed too.
"""

from __future__ import annotations

import argparse
import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core: numpy (word clusters of unseen words) included

import random  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

from rasid.recognise.ner import recognise  # noqa: E402
from rasid.recognise.tagger import NerTagger  # noqa: E402
from rasid.segment import split_sentences, tokenize  # noqa: E402

_PARTS = {
    "title": ["الرئيس", "وزير الخارجية", "الشيخ", "السيد", "رئيس الوزراء", "الأمين العام"],
    "name": ["محمد العلي", "سامي حداد", "ليلى منصور", "خالد يوسف", "جورج خوري", "فاطمة الزهراء"],
    "place": ["بغداد", "القاهرة", "بيروت", "دمشق", "عمان", "الخرطوم", "تونس", "الرباط"],
    "org": ["الأمم المتحدة", "الجامعة العربية", "وزارة الصحة", "البنك الدولي", "مجلس النواب"],
    "verb": ["أعلن", "قال", "أكد", "نفى", "دعا", "التقى"],
}
_TEMPLATES = [
    "{verb} {title} {name} في {place} أن {org} ستعقد اجتماعا طارئا يوم الأحد المقبل .",
    "و{verb} مصدر في {org} لوكالة الأنباء إن وفدا سيزور {place} خلال الأسبوع .",
    "{verb} {title} {name} ، في مؤتمر صحفي عقده في {place} ، أن الوضع مستقر .",
    "وصل {title} {name} إلى {place} قادما من {place} في زيارة رسمية تستمر يومين .",
]


def generated_corpus(n_docs: int = 200, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    docs = []
    for _ in range(n_docs):
        sents = []
        for _ in range(rnd.randint(6, 14)):
            t = rnd.choice(_TEMPLATES)
            sents.append(t.format(**{k: rnd.choice(v) for k, v in _PARTS.items()}))
        docs.append("\n".join(sents))
    return docs


def conll_corpus(path: Path, per_doc: int = 25) -> list[str]:
    from rasid.train.conll import read_conll

    lines = [" ".join(w) for w, _ in read_conll(path)]
    return ["\n".join(lines[i : i + per_doc]) for i in range(0, len(lines), per_doc)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", type=Path)
    ap.add_argument("--model", help="fast (default), accurate, or a model file")
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    docs = conll_corpus(a.conll) if a.conll else generated_corpus()
    t0 = time.perf_counter()
    tagger = NerTagger.load(a.model)
    if getattr(tagger, "source", "crf") == "neural":
        import torch

        torch.set_num_threads(1)  # one core
    load_s = time.perf_counter() - t0
    passes = []
    n_tokens = n_words = n_mentions = 0
    for _ in range(a.repeat):
        n_tokens = n_words = n_mentions = 0
        t0 = time.perf_counter()
        for text in docs:
            toks = tokenize(text)
            n_tokens += len(toks)
            n_words += sum(1 for t in toks if t.is_word)
            n_mentions += len(recognise(text, toks, split_sentences(text, toks), tagger))
        passes.append(time.perf_counter() - t0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    print(f"corpus: {a.conll or 'generated'} ({len(docs)} docs x {a.repeat})")
    print(f"model load: {load_s:.2f} s")
    print(f"tokens: {n_tokens}, words: {n_words}, mentions: {n_mentions} per pass")
    for name, secs in (("first pass (cold)", passes[0]), ("best pass", min(passes))):
        if name == "best pass" and len(passes) == 1:
            break
        print(f"{name}: {secs:.2f} s, {n_tokens / secs:,.0f} tokens/s (one core), "
              f"{1000 * secs * 600 / n_words:.1f} ms per 600 words")
    print(f"peak memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
