"""The shipped CRF tagger, its features, the CoNLL reader and the transformer backend."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.recognise.features import Gazetteer, sent_features, shape, word_info
from rasid.recognise.ner import recognise, strip_proclitic
from rasid.recognise.tagger import NerTagger, map_tag
from rasid.segment import split_sentences, tokenize
from rasid.train.conll import read_conll
from rasid.train.ner import NerReport, spans


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


def _mentions(text: str, tagger: NerTagger) -> list[tuple[str, str]]:
    toks = tokenize(text)
    return [(m.label, m.text) for m in recognise(text, toks, split_sentences(text, toks), tagger)]


def test_tagger_finds_person_place_and_org(tagger: NerTagger) -> None:
    text = "استقبل الرئيس اللبناني ميشال عون في بيروت وفدا من الأمم المتحدة ."
    found = _mentions(text, tagger)
    assert ("PER", "ميشال عون") in found
    assert ("LOC", "بيروت") in found
    assert ("ORG", "الأمم المتحدة") in found


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("وقال وزير الخارجية الفرنسي جان إيف لودريان في باريس إن المحادثات ستستمر .",
         "LOC", "باريس"),
        ("التقى الملك عبد الله الثاني رئيس الوزراء العراقي في عمان أمس .",
         "PER", "عبد الله الثاني"),
        ("أعلنت منظمة الصحة العالمية ارتفاع عدد الإصابات في مصر والسودان .",
         "ORG", "منظمة الصحة العالمية"),
        ("وصل وفد من صندوق النقد الدولي إلى القاهرة لبحث برنامج الإصلاح .",
         "LOC", "القاهرة"),
    ],
)
def test_tagger_on_news_sentences(tagger: NerTagger, text: str, label: str, name: str) -> None:
    assert (label, name) in _mentions(text, tagger)


def test_proclitic_left_out_of_span(tagger: NerTagger) -> None:
    text = "تعرضت دمشق وبغداد لموجة حر شديدة ."
    found = _mentions(text, tagger)
    assert ("LOC", "بغداد") in found
    assert strip_proclitic("لبنان", tagger) == 0
    assert strip_proclitic("وبغداد", tagger) == 1


@pytest.mark.parametrize("word", ["وائل", "فراس", "لؤي", "لبنى", "فالح", "وسيم"])
def test_a_name_that_begins_like_a_clitic_keeps_its_first_letter(tagger: NerTagger, word: str) -> None:
    # names of the lexicon (وائل، فراس، لؤي، لبنى) or common whole words (فالح، وسيم)
    assert strip_proclitic(word, tagger) == 0
    assert strip_proclitic("و" + word, tagger) == 1


def test_lam_lam_is_read_as_the_preposition_before_a_name_or_before_its_article(tagger: NerTagger) -> None:
    assert strip_proclitic("للبنان", tagger) == 1  # ل + لبنان
    assert strip_proclitic("للعراق", tagger) == 2  # ل + العراق, the article's alef unwritten
    assert strip_proclitic("وللبنان", tagger) == 2


def test_mention_offsets_match_text(tagger: NerTagger) -> None:
    text = "قال السيد أحمد حسن،  مدير شركة النفط الوطنية في البصرة: «سنعمل»."
    toks = tokenize(text)
    for m in recognise(text, toks, split_sentences(text, toks), tagger):
        assert text[m.start : m.end] == m.text
        assert m.label in {"PER", "ORG", "LOC", "MISC"}


def test_tags_are_valid_bio(tagger: NerTagger) -> None:
    words = "أكد الأمين العام لحلف شمال الأطلسي في بروكسل أن الحلف موحد".split()
    tags = tagger.tag(words)
    assert len(tags) == len(words)
    prev = "O"
    for t in tags:
        assert t == "O" or t[:2] in {"B-", "I-"}
        if t.startswith("I-"):
            assert prev[2:] == t[2:]
        prev = t
    assert tagger.tag_many([words, []]) == [tags, []]
    assert tagger.tag([]) == []


def test_load_is_cached() -> None:
    assert NerTagger.load() is NerTagger.load()


def test_features_are_deterministic() -> None:
    gaz = Gazetteer()
    gaz.add("بيروت", "CTRY")
    gaz.add("الأمم المتحدة", "ORGN")
    words = "زار الرئيس وفد الأمم المتحدة في بيروت".split()
    a = sent_features(words, gaz)
    b = sent_features(list(words), Gazetteer.from_json(gaz.to_json()))
    assert a == b
    assert a[-1]["lex=CTRY"] == 1.0
    assert a[1]["lex=TITLE"] == 1.0
    assert a[3]["gz"] == "B-ORGN" and a[4]["gz"] == "I-ORGN"
    assert word_info("وبالعراق")[2] == "وبال"
    assert shape("2024") == "D" and shape("بيروت") == "A" and shape("،") == "P"


def test_read_conll_and_report(tmp_path: Path) -> None:
    conll = tmp_path / "mini.txt"
    conll.write_text(
        "زار B-PERS\nO O\n\nأحمد B-PERS\nعلي I-PERS\nبغداد B-LOC\n. O\n\n\n",
        encoding="utf-8",
    )
    sents = read_conll(conll)
    assert sents[1] == (["أحمد", "علي", "بغداد", "."], ["B-PERS", "I-PERS", "B-LOC", "O"])
    assert len(sents) == 2
    assert map_tag("I-PERS") == "I-PER" and map_tag("O") == "O"
    assert spans(["B-PER", "I-PER", "O", "I-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    rep = NerReport()
    rep.add(["B-PER", "I-PER", "B-LOC", "O"], ["B-PER", "I-PER", "O", "B-ORG"])
    d = rep.to_dict()
    assert d["labels"]["PER"]["f1"] == 1.0 and d["labels"]["LOC"]["recall"] == 0.0
    assert d["micro"]["precision"] == 0.5 and d["micro"]["support"] == 2
    assert "micro" in rep.format_table()
    assert rep.format_table().splitlines()[-1] == "4 tokens, 1 sentence, token accuracy 50.00%"


def test_transformer_backend_missing_dir(tmp_path: Path) -> None:
    from rasid.recognise.transformer import TransformerTagger

    missing = tmp_path / "no-such-model"
    with pytest.raises(FileNotFoundError, match="NER model directory not found"):
        TransformerTagger.load(missing)


def test_word_clusters_roundtrip_and_features(tmp_path: Path) -> None:
    import numpy as np

    from rasid.recognise.embed import WordClusters, kmeans

    rng = np.random.default_rng(1)
    x = rng.normal(size=(40, 8)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    assert np.array_equal(kmeans(x, 4, seed=3), kmeans(x, 4, seed=3))
    cl = WordClusters({"بيروت": [1, 7], "زار": [0, 2]}, [x[:2], x[:8]])
    cl.save(tmp_path / "m.clusters.json", tmp_path / "m.centroids.npz")
    back = WordClusters.load(tmp_path / "m.clusters.json", tmp_path / "m.centroids.npz")
    assert back.table == cl.table and back.sizes == [2, 8]
    words = ["زار", "بيروت"]
    feats = sent_features(words, None, frozenset({"clus", "ctx2"}), back)
    assert feats[1]["c0"] == "1" and feats[1]["c1"] == "7"
    assert feats[0]["1:c1"] == "7" and feats[1]["-1:c1"] == "2"
    assert "c0" not in sent_features(words, None, frozenset({"ctx2"}), back)[1]


def test_cluster_table_gzip_is_deterministic_and_plain_json_still_reads(tmp_path: Path) -> None:
    # the shipped tables are *.json.gz; a rebuild must give the same bytes, and a model trained
    # before (plain *.clusters.json) must still load
    import numpy as np

    from rasid.recognise.embed import WordClusters
    from rasid.recognise.tables import existing
    from rasid.recognise.tagger import clusters_path

    cents = [np.eye(2, dtype=np.float32), np.eye(4, dtype=np.float32)]
    cl = WordClusters({"بيروت": [1, 3], "دمشق": [1, 2], "زار": [0, 0]}, cents)
    gz = tmp_path / "m.clusters.json.gz"
    cl.save(gz, tmp_path / "m.centroids.npz")
    first = gz.read_bytes()
    assert first[:2] == b"\x1f\x8b" and len(first) < 120
    cl.save(gz, tmp_path / "m.centroids.npz")
    assert gz.read_bytes() == first  # no timestamp in the gzip header
    assert WordClusters.load(gz, tmp_path / "m.centroids.npz").table["دمشق"] == [1, 2]
    assert clusters_path(tmp_path / "m.crfsuite") == gz
    gz.unlink()
    plain = tmp_path / "m.clusters.json"
    cl.save(plain, tmp_path / "m.centroids.npz")
    assert plain.read_text("utf-8").startswith('{"sizes":[2,4]')
    assert clusters_path(tmp_path / "m.crfsuite") == plain == existing(gz)
    assert WordClusters.load(plain, tmp_path / "m.centroids.npz").table["بيروت"] == [1, 3]


def test_shipped_tagger_reads_its_compressed_tables() -> None:
    from rasid.recognise.commonness import TABLE, bucket
    from rasid.recognise.tagger import NerTagger

    assert TABLE.name == "arabic.zipf.json.gz" and TABLE.is_file()
    assert bucket("في") == "z15" and bucket("خخخظظظ") == "zx"  # "in": the most frequent word
    tagger = NerTagger.load()
    assert tagger.clusters is not None and tagger.path is not None
    assert len(tagger.clusters.table) > 200_000
    assert tagger.clusters.get("بيروت") is not None


def test_evaluate_ner_loads_like_ner_model(tmp_path: Path) -> None:
    from rasid.errors import ModelError
    from rasid.train.ner import evaluate_ner

    conll = tmp_path / "mini.txt"
    conll.write_text("وصل O\nالرئيس O\nميشال B-PERS\nعون I-PERS\nإلى O\nبيروت B-LOC\n\n", "utf-8")
    rep = evaluate_ner(conll, "fast")  # a model name, as --ner-model takes it
    assert rep.tokens == 6 and rep.micro_f1 == 1.0
    with pytest.raises(ModelError, match="not found"):
        evaluate_ner(conll, tmp_path / "missing.crfsuite")


def test_build_gazetteer_drops_common_words_but_keeps_cues(tmp_path: Path) -> None:
    from rasid.train.ner import build_gazetteer

    lex = tmp_path / "lexicon.tsv"
    lex.write_text("# test\nCTRY\tصور\nNAT\tالفرنسي\nCLUB\tمانشستر يونايتد\nSNAME\tشيراك\n", "utf-8")
    # "صور" (Tyre; also "pictures") is an ordinary word three times and never a name here
    train = [(["نشرت", "الصحيفة", "صور", "الرئيس", "الفرنسي", "شيراك"],
              ["O", "O", "O", "O", "O", "B-PERS"])] * 3
    gaz = build_gazetteer(train, lexicon=lex)
    assert "CTRY" not in gaz.kinds("صور")
    assert "NAT" in gaz.kinds("الفرنسي")  # a cue next to a name, never itself an entity
    assert "SNAME" in gaz.kinds("شيراك")
    assert gaz.phrases[("مانشستر", "يونايتد")] == {"CLUB"}
    assert "CTRY" in build_gazetteer([], lexicon=lex).kinds("صور")


def test_shipped_name_lexicon_is_well_formed() -> None:
    from rasid.train.ner import LEXICON

    kinds = {"CTRY", "NAT", "FNAME", "SNAME", "ORGN", "CLUB", "MEDIA", "COMP", "EVENT", "WORK",
             "CURR", "RELIG", "GEO"}
    seen: set[tuple[str, str]] = set()
    for n, line in enumerate(LEXICON.read_text("utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        kind, phrase = line.split("\t")
        assert kind in kinds, f"line {n}: unknown kind {kind}"
        assert phrase == phrase.strip() and any("\u0621" <= c <= "\u064a" for c in phrase), n
        assert (kind, phrase) not in seen, f"line {n}: {phrase} repeated"
        seen.add((kind, phrase))
    assert len(seen) > 5000
    assert ("CLUB", "مانشستر يونايتد") in seen
