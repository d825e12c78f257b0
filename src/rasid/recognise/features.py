"""Token features for the CRF named-entity tagger (pure functions).

Every feature is computed from the words of one sentence and an optional ``Gazetteer``; the
same input always gives the same features. Groups:

- the word: matching form (``normalize``), prefixes and suffixes 1–4, shape, length;
- clitics: the stem after removing و/ف, ب/ل/ك and ال (``proclitic_splits``), and what was removed;
- lexicon: gazetteer hits (places, person first names, organisation heads, nationality
  adjectives, titles) for the word and its stems, and multi-word gazetteer phrases in BIO form;
- triggers: title words (الرئيس، وزير، الشيخ …) and place prepositions (في، من، الى …) before;
- context: the above for words at ±1 and ±2, plus word-pair conjunctions.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rasid.arabic.chars import ARABIC_RE
from rasid.arabic.clitics import proclitic_splits
from rasid.arabic.normalize import normalize
from rasid.recognise.commonness import bucket as zipf_bucket
from rasid.recognise.embed import WordClusters, add_clusters

#: Words that announce a person's name right after them (matching forms, without و/ال).
TITLES = frozenset(
    normalize(w)
    for w in (
        "رئيس الرئيس السيد السيدة الشيخ الدكتور الأستاذ المهندس الملك الملكة الأمير الأميرة "
        "الإمام الامام العقيد اللواء العميد الفريق المشير الجنرال الرائد النقيب المقدم الوزير "
        "وزير وزيرة النائب القاضي المحامي الفنان الفنانة المطرب المطربة الكاتب الكاتبة الشاعر "
        "الروائي المخرج اللاعب اللاعبة المدرب الحارس المهاجم البابا الكاردينال المطران الحاخام "
        "السلطان الرئيسة المستشار المستشارة الناطق المتحدث نائب زعيم الزعيم قائد القائد "
        "المبعوث السفير الأمين الامين مدير المدير الحاكم حاكم المرشد آية الله الحاج أبو ابو "
        "ابن بن بنت عائلة أسرة اسرة السيناتور النجم المغني الممثل الممثلة البروفسور"
    ).split()
)
#: Words after which a place name is likely.
PLACE_CUES = frozenset(
    normalize(w)
    for w in (
        "في من إلى الى إلي الي عن نحو داخل خارج جنوب شمال شرق غرب وسط قرب مدينة مدينه "
        "محافظة ولاية عاصمة العاصمة بلدة قرية منطقة إقليم مقاطعة جزيرة جزر مطار ميناء حي "
        "شمالي جنوبي شرقي غربي أنحاء انحاء سفارة سفير"
    ).split()
)
#: Head words of organisation names.
ORG_HEADS = frozenset(
    normalize(w)
    for w in (
        "وزارة حزب شركة جامعة منظمة مؤسسة مجلس هيئة جمعية اتحاد لجنة جبهة حركة وكالة "
        "صندوق بنك مصرف البنك المصرف نادي النادي فريق منتخب المنتخب جيش الجيش قوات "
        "محكمة المحكمة برلمان البرلمان الكونغرس الكونجرس مجموعة تنظيم جماعة مركز معهد "
        "أكاديمية اكاديمية صحيفة جريدة مجلة قناة إذاعة اذاعة تلفزيون وكاله مكتب دائرة "
        "الامم الأمم الاتحاد المجلس الحزب الشركة المنظمة الجامعة الوكالة اللجنة الهيئة "
        "الحركة الجبهة المؤسسة مجمع نقابة النقابة رابطة الرابطة مفوضية المفوضية"
    ).split()
)

#: A sentence's words and their BIO tags.
Tagged = tuple[list[str], list[str]]
_DIGIT_RE = re.compile(r"\d")
_LATIN_RE = re.compile(r"[A-Za-z]")


@dataclass
class Gazetteer:
    """Word and phrase lists by type; keys are matching forms (see ``normalize``)."""

    words: dict[str, set[str]] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    max_len: int = 1

    def add(self, phrase: str, kind: str) -> None:
        key = tuple(normalize(w) for w in phrase.split() if w)
        if not key:
            return
        if len(key) == 1:
            self.words.setdefault(key[0], set()).add(kind)
        else:
            self.phrases.setdefault(key, set()).add(kind)
            self.max_len = max(self.max_len, len(key))

    def add_all(self, phrases: Iterable[str], kind: str) -> None:
        for p in phrases:
            self.add(p, kind)

    def kinds(self, norm: str) -> set[str]:
        return self.words.get(norm, set())

    def to_json(self) -> dict:
        return {
            "words": {k: sorted(v) for k, v in sorted(self.words.items())},
            "phrases": [[list(k), sorted(v)] for k, v in sorted(self.phrases.items())],
        }

    @classmethod
    def from_json(cls, data: dict) -> Gazetteer:
        g = cls()
        # keys again through ``normalize``, so a file saved before a matching rule was added
        # (ڤ → ف) is still found
        for k, v in data.get("words", {}).items():
            g.words.setdefault(normalize(k), set()).update(v)
        for key, kinds in data.get("phrases", []):
            g.phrases.setdefault(tuple(normalize(w) for w in key), set()).update(kinds)
            g.max_len = max(g.max_len, len(key))
        return g

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True),
                        encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        return cls.from_json(json.loads(path.read_text(encoding="utf-8")))


def shape(word: str) -> str:
    """A coarse word shape: A (Arabic), L (Latin), D (digits), P (punctuation), or mixes."""
    if not word:
        return "E"
    out = []
    if ARABIC_RE.search(word):
        out.append("A")
    if _LATIN_RE.search(word):
        out.append("L")
    if _DIGIT_RE.search(word):
        out.append("D")
    if not out:
        out.append("P")
    return "".join(out)


def _len_bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9+"


@lru_cache(maxsize=200_000)
def word_info(word: str) -> tuple[str, str, str, str]:
    """``(norm, stem, removed_prefix, stem_without_article)`` of a word."""
    norm = normalize(word)
    splits = proclitic_splits(word) if norm else ((0, norm),)
    n, stem = splits[-1]
    pre = norm[:n]
    bare = stem
    # the most stripped split drops ال; keep the form with ال apart from a bare stem
    with_al = [s for _, s in splits if s.startswith("ال")]
    if with_al:
        bare = with_al[-1][2:] if len(with_al[-1]) > 3 else with_al[-1]
    return norm, stem, pre, bare


def _lex(word: str, gaz: Gazetteer | None) -> list[str]:
    """Lexicon classes of a word, trying its proclitic stems."""
    norm = normalize(word)
    out: set[str] = set()
    for i, (_, s) in enumerate(proclitic_splits(word) if norm else ()):
        tag = "" if i == 0 else "~"
        if s in TITLES:
            out.add(tag + "TITLE")
        if s in PLACE_CUES:
            out.add(tag + "PCUE")
        if s in ORG_HEADS:
            out.add(tag + "OHEAD")
        if gaz is not None:
            for k in gaz.kinds(s):
                out.add(tag + k)
    return sorted(out)


def _phrase_tags(norms: Sequence[str], gaz: Gazetteer | None) -> list[str]:
    """BIO tags of the longest gazetteer phrases (two words or more) over the sentence."""
    tags = ["O"] * len(norms)
    if gaz is None or not gaz.phrases:
        return tags
    i = 0
    n = len(norms)
    while i < n:
        found = 0
        kinds: set[str] = set()
        first_forms = [s for _, s in proclitic_splits(norms[i])] if norms[i] else []
        for length in range(min(gaz.max_len, n - i), 1, -1):
            rest = tuple(norms[i + 1 : i + length])
            for f in first_forms:
                hit = gaz.phrases.get((f, *rest))
                if hit:
                    found, kinds = length, hit
                    break
            if found:
                break
        if found:
            k = "|".join(sorted(kinds))
            tags[i] = "B-" + k
            for j in range(i + 1, i + found):
                tags[j] = "I-" + k
            i += found
        else:
            i += 1
    return tags


def token_base(word: str, gaz: Gazetteer | None, groups: frozenset[str]) -> dict[str, object]:
    """Features of one word without context."""
    norm, stem, pre, bare = word_info(word)
    f: dict[str, object] = {"b": 1.0, "w": norm, "shape": shape(word),
                            "len": _len_bucket(len(norm))}
    if "affix" in groups:
        for k in range(1, 5):
            if len(norm) > k:
                f[f"p{k}"] = norm[:k]
                f[f"s{k}"] = norm[-k:]
    if "stem" in groups:
        f["stem"] = stem
        f["pre"] = pre
        f["bare"] = bare
        for k in (1, 2, 3):
            if len(stem) > k:
                f[f"ss{k}"] = stem[-k:]
                f[f"sp{k}"] = stem[:k]
    if "lex" in groups:
        for c in _lex(word, gaz):
            f["lex=" + c] = 1.0
    if "freq" in groups:
        f["zf"] = zipf_bucket(norm)
        if stem != norm:
            f["szf"] = zipf_bucket(stem)
    return f


DEFAULT_GROUPS = frozenset({"affix", "stem", "lex", "ctx2", "conj", "phrase", "tlex", "clus",
                            "freq"})


def sent_features(
    words: Sequence[str],
    gaz: Gazetteer | None = None,
    groups: frozenset[str] = DEFAULT_GROUPS,
    clusters: WordClusters | None = None,
) -> list[dict[str, object]]:
    """Feature dicts for every word of a sentence (``clusters``: for the ``clus`` group)."""
    n = len(words)
    base = [token_base(w, gaz, groups) for w in words]
    if clusters is not None and "clus" in groups:
        add_clusters(base, words, clusters, stem="sclus" in groups)
    norms = [b["w"] for b in base]
    ptags = _phrase_tags(norms, gaz) if "phrase" in groups else None
    width = 2 if "ctx2" in groups else 1
    out: list[dict[str, object]] = []
    for i in range(n):
        f = dict(base[i])
        if ptags is not None:
            f["gz"] = ptags[i]
        if i == 0:
            f["BOS"] = 1.0
        if i == n - 1:
            f["EOS"] = 1.0
        for d in range(-width, width + 1):
            j = i + d
            if d == 0:
                continue
            if not 0 <= j < n:
                f[f"{d}:w"] = "<pad>"
                continue
            b = base[j]
            f[f"{d}:w"] = b["w"]
            if "stem" in base[j]:
                f[f"{d}:stem"] = b["stem"]
            if abs(d) == 1:
                f[f"{d}:shape"] = b["shape"]
                if "s2" in b:
                    f[f"{d}:s2"] = b["s2"]
                if "p2" in b:
                    f[f"{d}:p2"] = b["p2"]
                for k in ("c1", "c2", "zf"):
                    if k in b:
                        f[f"{d}:{k}"] = b[k]
            elif "c0" in b:
                f[f"{d}:c0"] = b["c0"]
            for k, v in b.items():
                if k.startswith("lex="):
                    f[f"{d}:{k}"] = v
            if ptags is not None and abs(d) == 1:
                f[f"{d}:gz"] = ptags[j]
        if "conj" in groups:
            prev = norms[i - 1] if i > 0 else "<s>"
            nxt = norms[i + 1] if i + 1 < n else "</s>"
            f["-1|0"] = f"{prev}|{norms[i]}"
            f["0|+1"] = f"{norms[i]}|{nxt}"
            pstem = base[i - 1].get("stem", prev) if i > 0 else "<s>"
            f["-1s|0s"] = f"{pstem}|{base[i].get('stem', norms[i])}"
            if i > 1:
                f["-2|-1"] = f"{norms[i - 2]}|{prev}"
        out.append(f)
    return out


def _doc_key(word: str) -> str:
    stem = word_info(word)[3]
    if len(stem) >= 3 and (ARABIC_RE.search(stem) or _LATIN_RE.search(stem)):
        return stem
    return ""


def doc_features(
    sentences: Sequence[Sequence[str]],
    first_tags: Sequence[Sequence[str]],
    window: int = 10,
) -> list[list[dict[str, object]]]:
    """Second-pass features from a first tagging pass over a document.

    For each word: its own first-pass tag and its neighbours', and how the *same stem*
    (clitics and ال removed) was tagged elsewhere in the sentences within ``window`` — so a
    name recognised once in an article helps recognise its other mentions.
    """
    keys = [[_doc_key(w) for w in s] for s in sentences]
    per_sent: list[dict[str, dict[str, int]]] = []
    for ks, tags in zip(keys, first_tags, strict=True):
        c: dict[str, dict[str, int]] = {}
        for k, t in zip(ks, tags, strict=True):
            if k:
                lab = t[2:] if t != "O" else "O"
                d = c.setdefault(k, {})
                d[lab] = d.get(lab, 0) + 1
        per_sent.append(c)
    out: list[list[dict[str, object]]] = []
    n = len(sentences)
    for si in range(n):
        lo, hi = max(0, si - window), min(n, si + window + 1)
        tags = first_tags[si]
        feats: list[dict[str, object]] = []
        for i, k in enumerate(keys[si]):
            t = tags[i]
            f: dict[str, object] = {
                "s1": t,
                "s1-1": tags[i - 1] if i > 0 else "<s>",
                "s1+1": tags[i + 1] if i + 1 < len(tags) else "</s>",
            }
            if k:
                counts: dict[str, int] = {}
                for sj in range(lo, hi):
                    for lab, v in per_sent[sj].get(k, {}).items():
                        counts[lab] = counts.get(lab, 0) + v
                own = t[2:] if t != "O" else "O"
                counts[own] -= 1
                total = sum(counts.values())
                if total > 0:
                    ents = {lab: v for lab, v in counts.items() if lab != "O" and v > 0}
                    best = max(sorted(counts), key=lambda lab: counts[lab])
                    f["d:maj"] = best
                    for lab, v in ents.items():
                        f["d:any=" + lab] = 1.0
                        f["d:frac=" + lab] = "hi" if 2 * v >= total else "lo"
                    f["d:n"] = "1" if total == 1 else "2-3" if total <= 3 else "4+"
                else:
                    f["d:n"] = "0"
            feats.append(f)
        out.append(feats)
    return out


# ---------------------------------------------------------------- train lexicon


def with_train_lexicon(base: Gazetteer | None, sents: Sequence[Tagged]) -> Gazetteer:
    """``base`` plus the entity words of ``sents``: kind ``T<LABEL>`` when the word is that
    entity at least half the times it occurs, ``t<LABEL>`` when it ever is."""
    counts: dict[str, Counter[str]] = {}
    for words, tags in sents:
        for w, t in zip(words, tags, strict=True):
            lab = t.split("-", 1)[-1].replace("PERS", "PER") if t != "O" else "O"
            counts.setdefault(normalize(w), Counter())[lab] += 1
    g = Gazetteer.from_json(base.to_json()) if base is not None else Gazetteer()
    for form, c in counts.items():
        total = sum(c.values())
        for lab, v in c.items():
            if lab != "O" and form:
                g.words.setdefault(form, set()).add(("T" if 2 * v >= total else "t") + lab)
    return g


def jackknife(base: Gazetteer | None, sents: Sequence[Tagged], folds: int = 10,
              ) -> list[Gazetteer]:
    """Per sentence, the gazetteer with the train lexicon of the *other* contiguous folds."""
    n = len(sents)
    out: list[Gazetteer] = []
    for k in range(folds):
        lo, hi = n * k // folds, n * (k + 1) // folds
        g = with_train_lexicon(base, list(sents[:lo]) + list(sents[hi:]))
        out.extend([g] * (hi - lo))
    return out
