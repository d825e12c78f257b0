"""Near-duplicate detection on articles written for these tests and their syndicated copies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.merge.dupeval import corpus, pairwise_scores, variants
from rasid.merge.duplicates import DuplicateIndex, find_duplicates, groups, matching_text

ROOT = Path(__file__).resolve().parents[2]


def _articles(*paths: Path) -> list[tuple[str, str]]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append((row["id"], row["text"]))
    return out


@pytest.fixture(scope="module")
def originals(texts_dir: Path) -> list[tuple[str, str]]:
    # the articles written for the tests plus the five sample articles shipped in examples/:
    # several pairs report the same occurrence in other words (not duplicates)
    return _articles(texts_dir / "corpus_articles.jsonl", ROOT / "examples" / "seeds.jsonl")


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_duplicate_precision_and_recall_on_syndicated_copies(originals, seed: int) -> None:
    items, origin = corpus(originals, copies=2, seed=seed)
    found = groups([k for k, _ in items], find_duplicates(items))
    scores = pairwise_scores(found, origin)
    assert scores.true_pairs == 3 * len(originals)
    assert scores.precision >= 0.95, scores
    assert scores.recall >= 0.95, scores


def test_same_event_told_by_another_outlet_is_not_a_duplicate(originals) -> None:
    # c-01/c-02: one bombing, two outlets, two tolls; c-03/c-04: one meeting, two outlets
    assert find_duplicates(originals) == []


def test_matching_form_folds_hamza_ta_marbuta_diacritics_and_digits() -> None:
    assert matching_text("قُتِلَ ٣ أشخاصٍ، في المدينة!") == matching_text("قتل 3 اشخاص في المدينه")


def test_a_copy_with_a_new_headline_points_at_the_first_article(originals) -> None:
    key, text = originals[0]
    copy = variants(text, 1, seed=5)[0]
    assert copy.splitlines()[0] != text.splitlines()[0]
    index = DuplicateIndex()
    assert index.add(key, text) is None
    dup = index.add("copy", copy)
    assert dup is not None and dup.of == key and dup.score >= 75
    # a copy of the copy still points at the first article
    again = index.add("copy2", variants(copy, 1, seed=6)[0])
    assert again is not None and again.of == key


def test_a_short_brief_quoting_one_paragraph_is_not_a_copy(originals) -> None:
    key, text = originals[0]
    paragraph = [p for p in text.split("\n\n") if p.strip()][1]
    other = "وفي الشأن الاقتصادي ارتفعت أسعار الذهب في الأسواق المحلية."
    brief = "موجز الأخبار\n\n" + paragraph + "\n\n" + other
    index = DuplicateIndex()
    index.add(key, text)
    assert index.add("brief", brief) is None


def test_adding_the_same_key_twice_is_idempotent(originals) -> None:
    index = DuplicateIndex()
    (k1, t1), (k2, _) = originals[:2]
    index.add(k1, t1)
    copy = variants(t1, 1, seed=1)[0]
    first = index.add(k2 + "-copy", copy)
    assert first is not None
    assert index.add(k2 + "-copy", copy) == first
    assert k1 in index


def test_a_reprint_with_another_dateline_is_a_copy_another_toll_is_not() -> None:
    from rasid.merge.duplicates import find_duplicates

    body = ("قتل سبعة أشخاص وأصيب عشرون آخرون في انفجار سيارة مفخخة في سوق شعبي وسط مدينة تكريت، "
            "وتبنى تنظيم داعش الهجوم بحسب مصدر في شرطة محافظة صلاح الدين.")
    first = f"تكريت، 9 مايو 2024 — {body}"
    redated = f"تكريت، 10 مايو 2024 — {body}"
    other_toll = first.replace("سبعة أشخاص", "تسعة أشخاص")
    assert [d.key for d in find_duplicates([("a", first), ("b", redated)])] == ["b"]
    assert find_duplicates([("a", first), ("c", other_toll)]) == []


def test_one_formula_about_another_place_and_day_is_not_a_copy() -> None:
    """Official statements repeat their wording; another district and weekday is another event,
    while a reprint that only adds where it was filed is still a copy."""
    statement = ("أعلنت خلية الإعلام الأمني، يوم الأحد، أن قوة من جهاز مكافحة الإرهاب ألقت القبض على "
                 "إرهابيين اثنين في قضاء المقدادية بمحافظة ديالى، بناء على معلومات استخبارية دقيقة. "
                 "وأضافت الخلية في بيان أن المعتقلين مطلوبان للقضاء وفق أحكام المادة الرابعة من قانون "
                 "مكافحة الإرهاب، وقد أحيلا إلى الجهات المختصة لاستكمال الإجراءات القانونية بحقهما.")
    next_day = (statement.replace("يوم الأحد", "يوم الاثنين").replace("قضاء المقدادية", "قضاء تلعفر")
                .replace("بمحافظة ديالى", "بمحافظة نينوى"))
    reprint = "بغداد (واع) - " + statement
    assert find_duplicates([("a", statement), ("b", next_day)]) == []
    assert [d.key for d in find_duplicates([("a", statement), ("c", reprint)])] == ["c"]


def test_a_reprint_that_adds_its_dateline_and_says_yesterday_is_still_a_copy() -> None:
    statement = ("أعلنت خلية الإعلام الأمني، يوم الأحد، أن قوة من جهاز مكافحة الإرهاب ألقت القبض على "
                 "إرهابيين اثنين في قضاء المقدادية بمحافظة ديالى، بناء على معلومات استخبارية دقيقة. "
                 "وأضافت الخلية في بيان أن المعتقلين مطلوبان للقضاء وفق أحكام المادة الرابعة من قانون "
                 "مكافحة الإرهاب، وقد أحيلا إلى الجهات المختصة لاستكمال الإجراءات القانونية بحقهما.")
    reprint = "بغداد (واع) - " + statement.replace("يوم الأحد", "أمس")
    assert [d.key for d in find_duplicates([("a", statement), ("c", reprint)])] == ["c"]
