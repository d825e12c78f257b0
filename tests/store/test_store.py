"""The store on SQLite and on a real PostgreSQL server: writes, re-runs, search, event filters."""

from __future__ import annotations

import json

import pytest

from rasid.errors import StoreError, UsageError
from rasid.store import EventQuery, Near, open_store


@pytest.fixture
def store(store_target, stored_corpus):
    with open_store(store_target) as s:
        s.write_batch(stored_corpus)
        yield s


def test_round_trip_and_reruns_never_duplicate(store_target, stored_corpus):
    with open_store(store_target) as s:
        assert not s.is_current(stored_corpus[0][0])
        s.write_batch(stored_corpus)
        s.write_batch(stored_corpus[:2])  # a re-run of part of the corpus
        records = [r for _, r in stored_corpus]
        assert s.counts() == {"articles": 4, "events": 5,
                              "entities": sum(len(r["entities"]) for r in records),
                              "quotes": sum(len(r["quotes"]) for r in records)}
        assert all(s.is_current(a) for a, _ in stored_corpus)
    with open_store(store_target) as s:  # reopened: the schema is not created twice
        assert list(s.records()) == [r for _, r in stored_corpus]
        assert s.query("SELECT count(*) FROM search_text") == [(4,)]


def test_a_failing_batch_leaves_the_store_as_it_was(store, stored_corpus):
    before = store.counts()
    (article, record), (other, other_record) = stored_corpus[:2]
    broken = dict(record, events=[{"event_type": "ASSAULT"}])  # an event without its fields
    with pytest.raises(KeyError):
        store.write_batch([(other, other_record), (article, broken)])
    assert store.counts() == before
    assert list(store.records())[0] == record


@pytest.mark.parametrize(("query", "doc_ids"), [
    ("ادلب", ["st-002"]),                 # hamza on the alef: إدلب
    ("قتل", ["st-002"]),                  # diacritics: قُتل
    ("القاهره", ["st-001"]),              # ta marbuta: القاهرة
    ("بيروت المخدرات", ["st-004"]),        # every word must be there
    ("احتجاجا", ["st-003"]),              # tanween on the alef: احتجاجاً
    ("الطائرات", []),
    ("تهمه", ["st-004"]),                 # after a preposition: بتهمة
    ("الاسراع", ["st-003"]),              # after ب and with its hamza: بالإسراع
    ("بحث الاوضاع", ["st-001"]),           # after a conjunction: وبحث
    ("وبإدلب", ["st-002"]),               # clitics on the query word: the text has إدلب
    ("والقاهرة", ["st-001"]),
    ("لبيروت", ["st-004"]),
])
def test_search_matches_arabic_spelling_variants(store, query, doc_ids):
    assert [h.doc_id for h in store.search(query)] == doc_ids


def test_search_hit_shows_the_original_text_around_the_match(store):
    (hit,) = store.search("ادلب")
    assert hit.outlet == "صوت الشمال" and hit.title == "قصف على إدلب"
    assert "إدلب" in hit.snippet  # the original spelling, not the normalised one
    with pytest.raises(UsageError):
        store.search("  ،؟ ")


def _ids(store, **filters):
    return [(h.doc_id, h.event["event_type"]) for h in store.events(EventQuery(**filters))]


def test_event_filters(store):
    everything = [("st-001", "CONSULT"), ("st-002", "ASSAULT"), ("st-003", "PROTEST"),
                  ("st-004", "COERCE")]
    assert _ids(store) == everything  # ordered by date; the hypothetical strike left out
    assert len(_ids(store, include_flagged=True)) == 5
    assert _ids(store, types=("assault", "protest")) == everything[1:3]
    assert _ids(store, actor="SYR") == [("st-002", "ASSAULT")]          # country part of a code
    assert _ids(store, actor="EGY-GOV") == [("st-001", "CONSULT")]      # a target's full code
    assert _ids(store, actor="safadi") == [("st-001", "CONSULT")]       # canonical name
    assert _ids(store, actor="قوى الأمن") == [("st-004", "COERCE")]     # words of the text
    assert _ids(store, country="irq") == [("st-003", "PROTEST")]
    assert _ids(store, outlet="بريد المدينة") == [("st-001", "CONSULT"), ("st-004", "COERCE")]
    assert _ids(store, date_from="2024-03-12", date_to="2024-03-14") == everything[1:3]
    assert _ids(store, date_from="2024-03-13") == everything[2:]


def test_events_near_a_place(store):
    damascus = (33.5138, 36.2765)
    # Beirut is ~85 km from Damascus, Idlib ~290 km, Baghdad ~760 km
    assert _ids(store, near=Near(*damascus, 100)) == [("st-004", "COERCE")]
    assert _ids(store, near=Near(*damascus, 300)) == [("st-002", "ASSAULT"), ("st-004", "COERCE")]
    assert _ids(store, near=Near(*damascus, 50)) == []


def test_event_hit_carries_its_document_and_evidence(store):
    (hit,) = store.events(EventQuery(types=("ASSAULT",)))
    assert (hit.doc_id, hit.outlet, hit.idx) == ("st-002", "صوت الشمال", 0)
    assert hit.evidence.startswith("قُتل ثلاثة مدنيين")
    assert hit.event["fatalities"] == 3
    row = hit.to_dict()
    assert row["event"] == 0 and row["location"]["name"] == "Idlib"
    json.dumps(row, ensure_ascii=False)


def test_newer_schema_is_refused(store_target):
    with open_store(store_target) as s:
        s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer than this rasid"):
        open_store(store_target)


@pytest.mark.parametrize("version", ["1", "2"])
def test_older_database_gets_its_search_index_rebuilt(store_target, stored_corpus, version):
    with open_store(store_target) as s:
        s.write_batch(stored_corpus)
        with s.transaction():  # version 1 had no index, version 2 one without clitic stems
            s.execute("DELETE FROM search_text")
            s.execute(f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")
        assert s.search("بغداد") == []
    with open_store(store_target) as s:
        assert [h.doc_id for h in s.search("بغداد")] == ["st-003"]
        assert [h.doc_id for h in s.search("تهمة")] == ["st-004"]
        assert s.query("SELECT count(*) FROM search_text") == [(4,)]
        assert s.query("SELECT value FROM meta WHERE key = 'schema_version'") == [("4",)]


def test_a_version_3_database_keeps_its_copies_and_takes_two_names_for_one_text(store_target,
                                                                                  stored_corpus):
    original = stored_corpus[0][0].content_hash
    with open_store(store_target) as s:
        s.write_batch(stored_corpus)
        with s.transaction():  # version 3 kept one copy a text (copy_hash its whole key)
            s.execute("DROP TABLE article_sources")
            s.execute("CREATE TABLE article_sources (copy_hash TEXT PRIMARY KEY, article_hash TEXT NOT NULL, "
                      "doc_id TEXT NOT NULL, published TEXT, outlet TEXT, url TEXT, title TEXT, "
                      "score DOUBLE PRECISION NOT NULL)")
            s.execute("INSERT INTO article_sources VALUES (?, ?, 'copy-1', NULL, 'وكالة أولى', NULL, NULL, 100)",
                      (original, original))
            s.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    with open_store(store_target) as s:
        assert s.query("SELECT doc_id, outlet FROM article_sources") == [("copy-1", "وكالة أولى")]
        s.execute("INSERT INTO article_sources VALUES (?, ?, 'copy-2', NULL, 'وكالة ثانية', NULL, NULL, 100)",
                  (original, original))
        assert s.query("SELECT count(*) FROM article_sources") == [(2,)]


def test_unreachable_postgres_is_one_clear_error():
    with pytest.raises(StoreError) as err:
        open_store("postgresql://rasid:secret@/nodb?host=/nonexistent-dir")
    message = str(err.value)
    assert "cannot connect" in message and "secret" not in message and "\n" not in message


def test_search_snippet_finds_a_word_behind_its_clitics(store):
    (hit,) = store.search("تهمة")
    assert "بتهمة تهريب" in hit.snippet


def test_a_name_is_searched_as_written_before_its_stems(store_target):
    from datetime import date

    from rasid.model import Article
    from rasid.pipeline import process

    arts = [Article("n-1", "استقبل وزير الخارجية فيصل المقداد الوفد العراقي في دمشق.", date(2023, 5, 10)),
            Article("n-2", "يصل الوفد العراقي إلى دمشق غدا لبحث أمن الحدود.", date(2023, 5, 10))]
    with open_store(store_target) as s:
        s.write_batch([(a, process(a)) for a in arts])
        assert [h.doc_id for h in s.search("فيصل")] == ["n-1"]  # not يصل, its stem's other word
        assert sorted(h.doc_id for h in s.search("ودمشق")) == ["n-1", "n-2"]  # no such word: its stem
