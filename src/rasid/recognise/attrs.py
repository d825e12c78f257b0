"""crfsuite attribute lists for the CRF tagger, built fast with a per-word-type cache.

The features are exactly those of ``rasid.recognise.features.sent_features`` and
``doc_features`` (``key=value`` strings, all with weight 1), but built as lists of strings that
crfsuite reads directly. Everything that depends on one word only — its own features and what
it gives a neighbour at ±1 and ±2 — is computed once per word type and cached, so a sentence
costs a few list concatenations per token plus the phrase and word-pair features.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasid.arabic.clitics import proclitic_splits
from rasid.recognise.embed import WordClusters
from rasid.recognise.features import Gazetteer, _doc_key, token_base

#: most word types cached per builder before the cache is emptied
MAX_CACHE = 300_000


def _attr(k: str, v: object) -> str:
    return f"{k}={v}" if isinstance(v, str) else k


class AttrBuilder:
    """Attribute lists of sentences for one gazetteer, feature-group set and cluster table."""

    def __init__(self, gazetteer: Gazetteer | None, groups: frozenset[str],
                 clusters: WordClusters | None = None) -> None:
        self.gazetteer = gazetteer
        self.groups = groups
        self.clusters = clusters if "clus" in groups else None
        self.width = 2 if "ctx2" in groups else 1
        self.phrase = "phrase" in groups and gazetteer is not None and bool(gazetteer.phrases)
        self.conj = "conj" in groups
        self._sclus = "sclus" in groups
        self._cache: dict[str, tuple] = {}
        firsts: set[str] = set()
        if gazetteer is not None:
            firsts = {k[0] for k in gazetteer.phrases}
        self._firsts = firsts

    # ------------------------------------------------------------ per word type

    def _entry(self, word: str) -> tuple:
        e = self._cache.get(word)
        if e is None:
            if len(self._cache) > MAX_CACHE:
                self._cache.clear()
            e = self._cache[word] = self._build(word)
        return e

    def _build(self, word: str) -> tuple:
        b = token_base(word, self.gazetteer, self.groups)
        if self.clusters is not None:
            ids = self.clusters.get(word)
            if ids is not None:
                for i, c in enumerate(ids):
                    b[f"c{i}"] = str(c)
            s = str(b.get("bare", "")) if self._sclus else ""
            sid = self.clusters.get(s) if s and s != word else None
            if sid is not None:
                b["sc"] = str(sid[-1])
        own = [_attr(k, v) for k, v in b.items()]
        lex = [k for k in b if k.startswith("lex=")]
        ctx: dict[int, list[str]] = {}
        for d in (-2, -1, 1, 2):
            out = [f"{d}:w={b['w']}"]
            if "stem" in b:
                out.append(f"{d}:stem={b['stem']}")
            if abs(d) == 1:
                out.append(f"{d}:shape={b['shape']}")
                for k in ("s2", "p2", "c1", "c2", "zf"):
                    if k in b:
                        out.append(f"{d}:{k}={b[k]}")
            elif "c0" in b:
                out.append(f"{d}:c0={b['c0']}")
            out.extend(f"{d}:{k}" for k in lex)
            ctx[d] = out
        norm = str(b["w"])
        stem = str(b.get("stem", norm))
        return (own, ctx, norm, stem)

    # ------------------------------------------------------------ sentences

    def phrase_tags(self, norms: Sequence[str]) -> list[str]:
        """Same result as ``features._phrase_tags``, skipping words that start no phrase."""
        tags = ["O"] * len(norms)
        gaz = self.gazetteer
        if not self.phrase or gaz is None:
            return tags
        firsts = self._firsts
        i, n = 0, len(norms)
        while i < n:
            found = 0
            kinds: set[str] = set()
            forms = [s for _, s in proclitic_splits(norms[i])] if norms[i] else []
            forms = [f for f in forms if f in firsts]
            if forms and n - i > 1:
                for length in range(min(gaz.max_len, n - i), 1, -1):
                    rest = tuple(norms[i + 1 : i + length])
                    for f in forms:
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

    def prepare(self, words: Sequence[str]) -> None:
        """Give words of a document not in the cluster table their clusters (one batch)."""
        if self.clusters is None:
            return
        new = [w for w in dict.fromkeys(words) if w not in self._cache]
        if self._sclus:
            from rasid.recognise.features import word_info

            new += [word_info(w)[3] for w in new]
        if new:
            self.clusters.assign(new)

    def entries(self, words: Sequence[str]) -> list[tuple]:
        """Cached ``(own, ctx_by_offset, norm, stem)`` of each word."""
        cache = self._cache
        out = []
        for w in words:
            e = cache.get(w)
            out.append(e if e is not None else self._entry(w))
        return out

    def extras(self, ents: Sequence[tuple]) -> list[list[str]]:
        """The attributes of each word that depend on its sentence, not on words alone:
        gazetteer phrases, sentence ends, padding and word pairs."""
        n = len(ents)
        norms = [e[2] for e in ents]
        ptags = self.phrase_tags(norms) if "phrase" in self.groups else None
        width = self.width
        conj = self.conj
        out: list[list[str]] = []
        for i in range(n):
            a: list[str] = []
            if ptags is not None:
                a.append("gz=" + ptags[i])
                if i > 0:
                    a.append("-1:gz=" + ptags[i - 1])
                if i + 1 < n:
                    a.append("1:gz=" + ptags[i + 1])
            if i == 0:
                a.append("BOS")
            if i == n - 1:
                a.append("EOS")
            for d in range(1, width + 1):
                if i - d < 0:
                    a.append(f"-{d}:w=<pad>")
                if i + d >= n:
                    a.append(f"{d}:w=<pad>")
            if conj:
                norm = norms[i]
                prev = norms[i - 1] if i > 0 else "<s>"
                a.append(f"-1|0={prev}|{norm}")
                a.append(f"0|+1={norm}|{norms[i + 1] if i + 1 < n else '</s>'}")
                a.append(f"-1s|0s={ents[i - 1][3] if i > 0 else '<s>'}|{ents[i][3]}")
                if i > 1:
                    a.append(f"-2|-1={norms[i - 2]}|{prev}")
            out.append(a)
        return out

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Attribute lists of one sentence."""
        n = len(words)
        ents = self.entries(words)
        offsets = [d for d in range(-self.width, self.width + 1) if d]
        out = []
        for i, a in enumerate(self.extras(ents)):
            a = ents[i][0] + a
            for d in offsets:
                if 0 <= i + d < n:
                    a.extend(ents[i + d][1][d])
            out.append(a)
        return out


def for_doc(first: list[list[str]], extra: list[list[str]]) -> list[list[str]]:
    """Stage-two attribute lists: stage one's plus the document features."""
    return [f + e for f, e in zip(first, extra, strict=True)]


def doc_attrs(sentences: Sequence[Sequence[str]], first_tags: Sequence[Sequence[str]],
              window: int = 10) -> list[list[list[str]]]:
    """``features.doc_features`` as attribute lists (same features, same order of sentences)."""
    occ: dict[str, list[tuple[int, str]]] = {}  # stem -> (sentence, stage-one label)
    keys = []
    for si, (s, tags) in enumerate(zip(sentences, first_tags, strict=True)):
        ks = [_doc_key(w) for w in s]
        keys.append(ks)
        for k, t in zip(ks, tags, strict=True):
            if k:
                occ.setdefault(k, []).append((si, t[2:] if t != "O" else "O"))
    out: list[list[list[str]]] = []
    for si, ks in enumerate(keys):
        lo, hi = si - window, si + window
        tags = first_tags[si]
        m = len(tags)
        feats: list[list[str]] = []
        for i, k in enumerate(ks):
            t = tags[i]
            a = ["s1=" + t, "s1-1=" + (tags[i - 1] if i > 0 else "<s>"),
                 "s1+1=" + (tags[i + 1] if i + 1 < m else "</s>")]
            if k:
                counts: dict[str, int] = {}
                for sj, lab in occ[k]:
                    if lo <= sj <= hi:
                        counts[lab] = counts.get(lab, 0) + 1
                counts[t[2:] if t != "O" else "O"] -= 1
                total = sum(counts.values())
                if total > 0:
                    a.append("d:maj=" + max(sorted(counts), key=counts.__getitem__))
                    for lab, v in counts.items():
                        if lab != "O" and v > 0:
                            a.append("d:any=" + lab)
                            a.append(f"d:frac={lab}=" + ("hi" if 2 * v >= total else "lo"))
                    a.append("d:n=" + ("1" if total == 1 else "2-3" if total <= 3 else "4+"))
                else:
                    a.append("d:n=0")
            feats.append(a)
        out.append(feats)
    return out
