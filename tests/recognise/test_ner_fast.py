"""The fast CRF path: cached attribute lists and the numpy decoder give crfsuite's results."""

from __future__ import annotations

import json

import numpy as np
import pycrfsuite
import pytest

from rasid.recognise.attrs import AttrBuilder, doc_attrs
from rasid.recognise.features import DEFAULT_GROUPS, Gazetteer, doc_features, sent_features
from rasid.recognise.linear import LinearCRF, file_digest, linear_path
from rasid.recognise.tagger import DEFAULT_MODEL, NerTagger, _crf_items, doc_model_path

DOC = [
    "وقال وزير الخارجية المصري سامح شكري في القاهرة إن بلاده ترفض التدخل .".split(),
    "واجتمع شكري مع الأمين العام لجامعة الدول العربية أحمد أبو الغيط .".split(),
    "وأعلنت شركة النفط الوطنية الليبية استئناف الإنتاج في حقل الشرارة .".split(),
    "وأكد أبو الغيط أن الجامعة ستعقد قمة طارئة في الرياض الشهر المقبل .".split(),
    "من جهته ، قال المتحدث باسم الحكومة الأردنية إن عمان تتابع الوضع .".split(),
]


def _gaz() -> Gazetteer:
    g = Gazetteer()
    g.add("القاهرة", "LOC")
    g.add("جامعة الدول العربية", "ORG")
    g.add("سامح", "PFIRST")
    g.add("حقل الشرارة", "LOC")
    return g


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


@pytest.mark.parametrize("groups", [DEFAULT_GROUPS, DEFAULT_GROUPS - {"freq"}])
def test_attribute_lists_are_the_feature_dicts(groups: frozenset[str]) -> None:
    gaz = _gaz()
    builder = AttrBuilder(gaz, groups)
    for words in DOC:
        dicts = [sorted(_crf_items(f)) for f in sent_features(words, gaz, groups)]
        lists = [sorted(a) for a in builder.sentence(words)]
        assert lists == dicts
        assert all(len(a) == len(set(a)) for a in lists)  # each attribute once
    # a second pass over the same words comes from the cache and is unchanged
    assert [sorted(a) for a in builder.sentence(DOC[0])] == [
        sorted(_crf_items(f)) for f in sent_features(DOC[0], gaz, groups)]


def test_document_attributes_are_the_document_features() -> None:
    tags = [["O"] * len(s) for s in DOC]
    tags[0][4:6] = ["B-PERS", "I-PERS"]
    tags[2][4:7] = ["B-ORG", "I-ORG", "I-ORG"]
    tags[3][1:3] = ["B-PERS", "I-PERS"]
    got = doc_attrs(DOC, tags, window=2)
    want = doc_features(DOC, tags, window=2)
    assert [[sorted(a) for a in s] for s in got] == [
        [sorted(_crf_items(f)) for f in s] for s in want]
    # شكري tagged a person in sentence 0 is seen from sentence 1
    assert "d:any=PERS" in got[1][1]
    assert "d:any=PERS" not in got[1][0]


def test_numpy_decoder_gives_crfsuite_tags(tagger: NerTagger) -> None:
    assert tagger.tag_many(DOC) == tagger.tag_many_crfsuite(DOC)
    assert tagger.tag_many([[], *DOC[:2], []]) == [[], *tagger.tag_many_crfsuite(DOC[:2]), []]
    found = {(t, w) for s, ts in zip(DOC, tagger.tag_many(DOC), strict=True)
             for w, t in zip(s, ts, strict=True)}
    assert ("B-LOC", "القاهرة") in found


def test_viterbi_follows_transitions() -> None:
    # two labels; emissions prefer B then B, but B -> B is heavily penalised
    crf = LinearCRF(["A", "B"], {"x": 0}, np.array([[0.0, 1.0]]),
                    np.array([[0.0, 0.0], [0.0, -5.0]]))
    emit = np.array([[0.0, 1.0], [0.0, 1.5], [2.0, 0.0]])
    assert crf.viterbi(emit, [2, 1]) == [["A", "B"], ["A"]]
    emit2 = np.zeros((2, 2))
    crf.add_attrs(emit2, np.array([0, 1, 1]), ["x", "unknown", "x"])
    assert emit2.tolist() == [[0.0, 1.0], [0.0, 1.0]]


def test_shipped_weight_files_match_the_crfsuite_models() -> None:
    for model in (DEFAULT_MODEL, doc_model_path(DEFAULT_MODEL)):
        tg = pycrfsuite.Tagger()
        tg.open(str(model))
        with np.load(linear_path(model)) as z:
            assert str(z["digest"]) == file_digest(model)
        fast, ref = LinearCRF.for_model(model, tg), LinearCRF.from_tagger(tg)
        assert fast.labels == ref.labels
        order = sorted(ref.index)
        assert sorted(fast.index) == order
        assert np.array_equal(fast.weights[[fast.index[a] for a in order]],
                              ref.weights[[ref.index[a] for a in order]])
        assert np.array_equal(fast.trans, ref.trans)


def test_word_frequency_table_command(tmp_path) -> None:
    # `python -m rasid.train.ner zipf` bakes wordfreq's Arabic list into a table (matching form
    # -> Zipf x 10), so that the freq feature group needs no wordfreq at run time
    from rasid.arabic.normalize import normalize
    from rasid.recognise.commonness import bucket
    from rasid.train.ner import main

    out = tmp_path / "zipf.json"
    main(["zipf", "--out", str(out), "--top", "300"])
    data = json.loads(out.read_text("utf-8"))
    assert len(data) == 300
    assert data["في"] == max(data.values())  # "in": the most frequent Arabic word
    assert bucket("في", out) == f"z{data['في'] // 5}"
    assert bucket("خخخظظظ", out) == "zx"  # not a word
    assert all(normalize(k) == k for k in data)  # keyed by matching form
