"""Bring written training sentences in line with how a reference corpus marks names.

rasid's own marked sentences (``data/ner_extra/``) were written from stated rules, and a rule
in words cannot say everything a corpus does: ANERcorp leaves شركة, حركة, وكالة and جائزة
outside the name that follows (شركة [ORG توتال]), leaves كأس العالم unmarked, and marks every
currency after a number. ``align`` reads those habits off the reference's own tags, word by
word, and applies them to the written sentences:

- **untag**: a marked phrase of two words or more that the reference sees at least ``min_seen``
  times, mostly unmarked, is unmarked (a single word is too ambiguous to judge out of context);
- **relabel**: a MISC mark, the catch-all type, gets the type the reference gives the phrase in
  three cases out of four or more (الكرملين: ORG);
- **head**: the first word of a longer mark (not a person's) is left outside when the reference
  sees it at least ``min_seen`` times, rarely as the beginning of a name of that type and often
  just before one, and the next word is a plausible beginning (رويترز yes, العالم no);
- **mark**: an unmarked word the reference marks alone, with one type, nearly every time
  (دولار, يورو) is marked;
- **join**: an unmarked word just before a mark is taken into it when the reference begins
  longer names of that type with the word at least ``min_seen`` times and almost never leaves it
  just outside one (حزب [ORG الوفد] → [ORG حزب الوفد], as ANERcorp writes حزب and منظمة).
- **frame**: an ORG or MISC mark whose first word the reference never writes first in a longer
  name of that type (and seldom in any), but often sees one or two words before a place (at
  least ``frame_seen`` times), keeps only the places inside it that the reference marks as LOC
  ([MISC دوري أبطال أوروبا] → دوري أبطال [LOC أوروبا], [ORG بورصة لندن] → بورصة [LOC لندن], as
  ANERcorp writes them); a mark with no such place inside stays as written.
- **unmark**: a longer mark (not a person's) whose first word the reference sees at least
  ``min_seen`` times and never writes first in any name, nor often just before one, is unmarked
  but for the places inside it the reference marks as LOC (ANERcorp leaves وزارة الخارجية,
  المحكمة العليا and الحزب الوطني الديمقراطي unmarked; [LOC جنوب لبنان] → جنوب [LOC لبنان]).

Words are compared in their matching form (``rasid.arabic.normalize``), so أ/ا, ى/ي and ة/ه
spellings count together. Nothing here knows any name: every decision comes from the counts.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from rasid.arabic.normalize import normalize
from rasid.recognise.features import Tagged
from rasid.recognise.ner import bio_spans
from rasid.recognise.tagger import map_tag
from rasid.train.bracketed import parse_line, read_bracketed
from rasid.train.conll import read_conll

MAX_PHRASE = 4


def spans_of(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of each name, in rasid's label set (ANERcorp's ``PERS`` is ``PER``)."""
    return bio_spans([map_tag(t) for t in tags])


class Habits:
    """How often the reference marks each word and phrase, and with which type."""

    def __init__(self, reference: Sequence[Tagged]) -> None:
        self.seen: Counter[str] = Counter()
        self.starts: dict[str, Counter[str]] = defaultdict(Counter)
        self.as_span: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        self.plain: Counter[tuple[str, ...]] = Counter()
        self.before: dict[str, Counter[str]] = defaultdict(Counter)
        self.heads: dict[str, Counter[str]] = defaultdict(Counter)  # first word of a longer name
        self.near: dict[str, Counter[str]] = defaultdict(Counter)  # one or two words before one
        for words, tags in reference:
            norms = [normalize(w) for w in words]
            self.seen.update(norms)
            for i, j, lab in spans_of(tags):
                self.starts[norms[i]][lab] += 1
                if j - i >= 2:
                    self.heads[norms[i]][lab] += 1
                if i and tags[i - 1] == "O":
                    self.before[norms[i - 1]][lab] += 1
                    self.near[norms[i - 1]][lab] += 1
                    if i > 1 and tags[i - 2] == "O":
                        self.near[norms[i - 2]][lab] += 1
                if j - i <= MAX_PHRASE:
                    self.as_span[tuple(norms[i:j])][lab] += 1
            outside = [t == "O" for t in tags]
            for i in range(len(words)):
                for n in range(1, MAX_PHRASE + 1):
                    if i + n > len(words) or not outside[i + n - 1]:
                        break
                    self.plain[tuple(norms[i : i + n])] += 1

    def rarely_starts(self, norm: str, label: str, *, min_seen: int, share: float) -> bool:
        n = self.seen[norm]
        return n >= min_seen and self.starts[norm][label] < share * n

    def descriptor(self, norm: str, label: str, *, min_seen: int, share: float) -> bool:
        """Whether the word is one the reference leaves outside the name it introduces."""
        before, starts = self.before[norm][label], self.starts[norm][label]
        return (self.rarely_starts(norm, label, min_seen=min_seen, share=share)
                and before >= 3 and before > 2 * starts and before >= 0.1 * self.seen[norm])

    def frames(self, norm: str, label: str, *, min_seen: int, share: float) -> bool:
        """Whether the reference leaves the word outside names of ``label`` and marks only the
        place one or two words after it (دوري أبطال [LOC أوروبا], بورصة [LOC لندن])."""
        n, near = self.seen[norm], self.near[norm]["LOC"]
        return (n >= min_seen and self.starts[norm][label] <= share * n
                and self.heads[norm][label] == 0 and near >= 2 and near >= 0.25 * n)

    def never_names(self, norm: str, *, min_seen: int) -> bool:
        """Whether the reference, seeing the word often, never begins a name with it and seldom
        marks a name (other than a place) just after it."""
        before = self.before[norm]
        return (self.seen[norm] >= min_seen and not self.starts.get(norm)
                and sum(before.values()) - before["LOC"] < 3)

    def places_in(self, norms: Sequence[str], *, share: float) -> list[tuple[int, int]]:
        """Spans of ``norms`` that the reference marks as LOC (longest first, left to right)."""
        out, k = [], 0
        while k < len(norms):
            for n in range(min(MAX_PHRASE, len(norms) - k), 0, -1):
                sub = tuple(norms[k : k + n])
                marked = self.as_span.get(sub, Counter())
                total = sum(marked.values()) + self.plain[sub]
                if total >= 2 and marked["LOC"] >= share * total:
                    out.append((k, k + n))
                    k += n
                    break
            else:
                k += 1
        return out

    def joins(self, norm: str, label: str, *, min_seen: int, share: float) -> bool:
        """Whether the reference writes the word as the first word of the name it introduces."""
        heads = self.heads[norm][label]
        return heads >= min_seen and self.before[norm][label] <= share * heads


def align(
    sents: Sequence[Tagged],
    reference: Sequence[Tagged] | Habits,
    *,
    min_seen: int = 5,
    head_share: float = 0.15,
    mark_share: float = 0.75,
    join_share: float = 0.1,
    frame_seen: int = 3,
) -> tuple[list[Tagged], Counter[str]]:
    """``sents`` with the reference's marking habits applied, and a count of each change."""
    habits = reference if isinstance(reference, Habits) else Habits(reference)
    changes: Counter[str] = Counter()
    out: list[Tagged] = []
    for words, tags in sents:
        norms = [normalize(w) for w in words]
        new = ["O"] * len(words)
        for i, j, lab in spans_of(tags):
            phrase = tuple(norms[i:j])
            marked = habits.as_span.get(phrase, Counter())
            n = sum(marked.values()) + habits.plain[phrase]
            if n >= min_seen:
                best, best_n = max(marked.items(), key=lambda kv: kv[1], default=("O", 0))
                if j - i >= 2 and habits.plain[phrase] > n / 2 and marked[lab] < n / 4:
                    changes[f"untag {lab}"] += 1
                    continue
                if lab == "MISC" and best != lab and best_n >= mark_share * n:
                    changes[f"relabel {lab}->{best}"] += 1
                    lab = best
            framed = (
                lab in ("ORG", "MISC")
                and j - i >= 2
                and not marked[lab]
                and habits.frames(norms[i], lab, min_seen=frame_seen, share=head_share)
            )
            unmarked = (
                lab != "PER"
                and j - i >= 2
                and not framed
                and habits.never_names(norms[i], min_seen=min_seen)
            )
            places = (habits.places_in(norms[i + 1 : j], share=mark_share)
                      if framed or unmarked else [])
            if unmarked or places:  # keep only the places inside the mark
                for a, b in places:
                    new[i + 1 + a : i + 1 + b] = ["B-LOC"] + ["I-LOC"] * (b - a - 1)
                changes[f"unmark {lab}" if unmarked else f"frame {lab}->LOC"] += 1
                continue
            if (
                lab != "PER"
                and j - i >= 2
                and not marked[lab]
                and habits.descriptor(norms[i], lab, min_seen=min_seen, share=head_share)
                and not habits.rarely_starts(norms[i + 1], lab, min_seen=min_seen, share=head_share)
            ):
                changes[f"head {lab}"] += 1
                i += 1
            new[i : j] = [f"B-{lab}"] + [f"I-{lab}"] * (j - i - 1)
        for i, t in enumerate(new):
            if t != "O":
                continue
            marked = habits.as_span.get((norms[i],), Counter())
            n = sum(marked.values()) + habits.plain[(norms[i],)]
            if n >= min_seen and marked:
                best, best_n = max(marked.items(), key=lambda kv: kv[1])
                if best_n >= mark_share * n:
                    new[i] = f"B-{best}"
                    changes[f"mark {best}"] += 1
        for i, j, lab in spans_of(new):
            if i and new[i - 1] == "O" and habits.joins(norms[i - 1], lab, min_seen=min_seen,
                                                         share=join_share):
                new[i - 1 : i + 1] = [f"B-{lab}", f"I-{lab}"]
                changes[f"join {lab}"] += 1
        out.append((list(words), new))
    return out, changes


def to_line(words: Sequence[str], tags: Sequence[str]) -> str:
    """One marked line (``rasid.train.bracketed``'s format) for ``(words, tags)``."""
    parts: list[str] = []
    spans = {i: (j, lab) for i, j, lab in spans_of(tags)}
    i = 0
    while i < len(words):
        if i in spans:
            j, lab = spans[i]
            parts.append(f"[{lab} {' '.join(words[i:j])}]")
            i = j
        else:
            parts.append(words[i])
            i += 1
    return " ".join(parts)


def align_files(paths: Sequence[str], reference: str) -> Counter[str]:
    """Rewrite, in place, the lines of marked files whose marks ``align`` changes."""
    ref = Habits(read_conll(reference))
    total: Counter[str] = Counter()
    for path in paths:
        p = Path(path)
        files = sorted(p.glob("*.txt")) if p.is_dir() else [p]
        for f in files:
            read_bracketed(f)  # a malformed file stops here, before anything is written
            lines = f.read_text("utf-8").splitlines()
            out = []
            for line in lines:
                text = line.strip()
                if not text or text.startswith("#"):
                    out.append(line)
                    continue
                sent = parse_line(text)
                (new,), changes = align([sent], ref)
                out.append(to_line(*new) if changes else line)
                total.update(changes)
            f.write_text("\n".join(out) + "\n", "utf-8")
    return total


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        prog="python -m rasid.train.conventions",
        description="Apply a CoNLL reference corpus's marking habits to [TYPE …]-marked "
        "training files, in place (only the lines whose marks change are rewritten).")
    ap.add_argument("--reference", required=True, metavar="CONLL",
                    help="the corpus whose habits to follow, e.g. ANERCorp_CamelLab_train.txt")
    ap.add_argument("paths", nargs="+", metavar="FILE|DIR", help="marked files or folders")
    a = ap.parse_args(argv)
    changes = align_files(a.paths, a.reference)
    print(json.dumps(dict(sorted(changes.items())), ensure_ascii=False))


if __name__ == "__main__":
    main()
