"""Near-duplicate articles: syndicated copies and re-posts under another headline.

Two articles are duplicates when most of one's text is found in the other. Candidates come from
MinHash signatures over character 5-grams of the matching form of the text (``normalize``, then
only letters and digits, single spaces) looked up in an LSH index; each candidate is confirmed
with rapidfuzz on the same forms, so a shared topic or shared boilerplate is not enough.

The index is incremental: ``DuplicateIndex.add`` compares one new article with those added
before and returns the one it copies, if any. The first article of a group is its canonical
copy; later copies point at it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from rasid.arabic.normalize import normalize
from rasid.arabic.numbers import HUNDREDS, SCALES, TEN, TENS, UNITS

SHINGLE = 5
NUM_PERM = 128
#: Jaccard estimate above which an earlier article is a candidate (kept low: a copy with a
#: paragraph removed or added shares fewer shingles than its length suggests)
LSH_THRESHOLD = 0.3
#: rapidfuzz score (0..100) a candidate needs to be confirmed
CONFIRM = 75.0
_NUMBER_WORDS = set(UNITS) | set(TEN) | set(TENS) | set(HUNDREDS) | set(SCALES)
_COUNTED = {normalize(w) for w in (
    "قتيل قتيلا قتيلان قتيلين قتلى شهيد شهيدا شهداء جريح جريحا جرحى مصاب مصابا مصابين شخص شخصا أشخاص "
    "اشخاص شخصين مدني مدنيا مدنيين مدنيون جندي جنديا جنود عسكريين عنصر عنصرا عناصر طفل طفلا أطفال "
    "امرأة نساء مسلح مسلحا مسلحين معتقل معتقلا معتقلين مواطن مواطنا مواطنين").split()}
_NOT_WORD = re.compile(r"[^\w]+|_")
_SEED = 7


@dataclass(frozen=True, slots=True)
class Duplicate:
    """``key`` copies the earlier article ``of`` (its canonical copy); ``score`` is 0..100."""

    key: str
    of: str
    score: float


def matching_text(text: str) -> str:
    """The form compared: normalised letters and digits separated by single spaces."""
    return " ".join(_NOT_WORD.split(normalize(text))).strip()


def shingles(form: str, k: int = SHINGLE) -> set[bytes]:
    """Character k-grams of a matching form (the whole form when it is shorter than k)."""
    if len(form) <= k:
        return {form.encode("utf-8")} if form else set()
    return {form[i : i + k].encode("utf-8") for i in range(len(form) - k + 1)}


def signature(form: str) -> MinHash:
    """The MinHash of a matching form (fixed seed: signatures are comparable across runs)."""
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED)
    grams = shingles(form)
    if grams:
        mh.update_batch(list(grams))
    return mh


def confirm_score(a: str, b: str) -> float:
    """How much of the shorter form the longer one holds, 0..100 (rapidfuzz).

    The plain similarity catches light edits; the token-set score catches a copy that lost or
    gained paragraphs, and is trusted only when the shorter text is not tiny compared to the
    longer (a one-line brief is not a copy of a long report that quotes it).
    """
    plain = fuzz.ratio(a, b)
    short, long_ = sorted((len(a), len(b)))
    if not short or short / long_ < 0.4:
        return plain
    return max(plain, fuzz.token_set_ratio(a, b) - 10.0 * (1 - short / long_))


def _figures(form: str) -> set[str]:
    """The numbers that count people ("سبعة أشخاص", "12 قتيلا"): not a date or a time."""
    words = form.split()
    return {w for w, nxt in zip(words, words[1:], strict=False)
            if (w.isdigit() or w.removeprefix("و") in _NUMBER_WORDS) and nxt.removeprefix("ال") in _COUNTED}


def other_figures(a: str, b: str) -> bool:
    """Each form counts people with a figure the other lacks ("سبعة أشخاص" / "تسعة أشخاص"):
    two reports that disagree, not a copy (a copy that only adds a paragraph adds figures on one
    side; a dateline's or an update's time is no count of people)."""
    fa, fb = _figures(a), _figures(b)
    return bool(fa - fb) and bool(fb - fa)


def _names(words: set[str]) -> tuple[set[str], set[str]]:
    """The words (matching forms) that name a place, and those that name a weekday; common
    words that are also places somewhere (عنه، بلاد) are no place here."""
    from rasid.arabic.calendar import WEEKDAYS
    from rasid.resolve.gazetteer import stopwords
    from rasid.resolve.places import Gazetteer

    gaz, common = Gazetteer.load(), stopwords()
    places, days = set(), set()
    for word in words:
        for form in ([word, word[1:]] if word[:1] in "وبلف" and len(word) > 4 else [word]):
            if form in WEEKDAYS:
                days.add(form)
            elif len(form) > 3 and form.isalpha() and form not in common and gaz.lookup(form):
                places.add(form)
    return places, days


def other_places(a: str, b: str) -> bool:
    """Each form names a place the other does not, or each a weekday the other does not
    ("اعتقال إرهابيين في ديالى يوم الأحد" / "في نينوى يوم الاثنين"): a statement of one formula
    about another event, not a copy (a reprint that adds its dateline and says "أمس" for the
    weekday adds a place on one side and drops a day on the other: still a copy)."""
    wa, wb = set(a.split()), set(b.split())
    (pa, da), (pb, db) = _names(wa - wb), _names(wb - wa)
    return bool(pa and pb) or bool(da and db)


class DuplicateIndex:
    """Articles seen so far; ``add`` tells whether a new one copies one of them."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self._forms: dict[str, str] = {}
        self._dups: dict[str, Duplicate] = {}

    def __contains__(self, key: str) -> bool:
        return key in self._forms

    def insert(self, key: str, text: str) -> None:
        """Index an article known to copy none of those indexed (a stored one: copies are not
        stored), without comparing it with them."""
        if key not in self._forms:
            form = matching_text(text)
            self._lsh.insert(key, signature(form))
            self._forms[key] = form

    def add(self, key: str, text: str) -> Duplicate | None:
        """Index one article; return the earlier article it duplicates, if any."""
        if key in self._forms:
            return self._dups.get(key)
        form = matching_text(text)
        sig = signature(form)
        best: Duplicate | None = None
        for cand in sorted(self._lsh.query(sig)):
            score = confirm_score(form, self._forms[cand])
            if score >= CONFIRM and (best is None or score > best.score) \
                    and not other_figures(form, self._forms[cand]) and not other_places(form, self._forms[cand]):
                of = self._dups[cand].of if cand in self._dups else cand
                best = Duplicate(key, of, round(score, 1))
        self._lsh.insert(key, sig)
        self._forms[key] = form
        if best is not None:
            self._dups[key] = best
        return best


def find_duplicates(items: Iterable[tuple[str, str]]) -> list[Duplicate]:
    """Every article of ``(key, text)`` pairs that copies an earlier one, in input order."""
    index = DuplicateIndex()
    found = []
    for key, text in items:
        dup = index.add(key, text)
        if dup is not None:
            found.append(dup)
    return found


def groups(keys: Iterable[str], duplicates: Iterable[Duplicate]) -> list[list[str]]:
    """Keys grouped by canonical copy (singletons included), canonical first."""
    of = {d.key: d.of for d in duplicates}
    out: dict[str, list[str]] = {}
    for key in keys:
        out.setdefault(of.get(key, key), []).append(key)
    return list(out.values())
