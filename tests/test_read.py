"""Readers: formats, encodings and one-line errors for bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from rasid.errors import InputError
from rasid.model import Article
from rasid.read import read_paths

SENTENCE = "قصفت طائرات حربية مواقع في ريف إدلب صباح اليوم الثلاثاء."


def _read(*paths: Path) -> list[Article | InputError]:
    return list(read_paths(paths))


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16", b""), ("utf-16-le", b""), ("cp1256", b""),
     ("iso-8859-6", b"")],
)
def test_read_text_decodes_common_arabic_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "khabar.txt"
    path.write_bytes(bom + SENTENCE.encode(encoding))
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.text == SENTENCE
    assert article.doc_id == "khabar"


@pytest.mark.parametrize("damage", [
    lambda data: data[:9] + b"\xff" + data[9:],  # a stray byte between two words
    lambda data: data[:-2],  # cut in the middle of the last letter
])
def test_utf8_with_a_broken_byte_keeps_its_text(tmp_path: Path, damage) -> None:
    """Not read as Windows-1256 (which turns every Arabic letter into two wrong ones)."""
    path = tmp_path / "khabar.txt"
    path.write_bytes(damage(SENTENCE.encode("utf-8")))
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.text.count("\ufffd") == 1
    assert "طائرات حربية مواقع في ريف إدلب" in article.text


def test_read_jsonl_takes_id_or_doc_id_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [
        {"id": "a1", "text": SENTENCE, "published": "2024-03-05", "outlet": "وكالة", "extra": 1},
        {"doc_id": "a2", "text": "اجتمع وزير الخارجية الأردني بنظيره المصري في عمان.",
         "published": "2024-03-06T10:00:00Z", "url": "https://example.org/a2", "title": "لقاء"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    first, second = _read(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.doc_id, first.published, first.outlet) == ("a1", date(2024, 3, 5), "وكالة")
    assert (second.doc_id, second.published, second.title) == ("a2", date(2024, 3, 6), "لقاء")


def test_metadata_is_one_line(tmp_path: Path) -> None:
    """An outlet or title with a line break or a tab would split a table row or a CSV cell."""
    path = tmp_path / "batch.jsonl"
    row = {"id": "a1", "text": SENTENCE, "outlet": "عنب\n بلدي\t", "title": "  ", "url": "\thttps://x.org "}
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    [art] = _read(path)
    assert (art.outlet, art.title, art.url) == ("عنب بلدي", None, "https://x.org")


def test_read_jsonl_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"id": "ok", "text": "وصل الرئيس إلى بغداد."}\n{not json}\n{"id": "x"}\n'
        '{"id": "d", "text": "نص", "published": "أمس"}\n',
        encoding="utf-8",
    )
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "InputError"]
    messages = [str(i) for i in items[1:]]
    assert messages[0].startswith(f"{path}:2: invalid JSON")
    assert "missing or empty 'text'" in messages[1]
    assert "is not a date" in messages[2]
    assert all("\n" not in m for m in messages)


@pytest.mark.parametrize(
    "content, reason",
    [(b"", "empty file"), (b"   \n", "empty file"), (bytes(range(256)) * 8, "binary file"),
     (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
     (b"\xef\xbb\xbf\n", "empty file"), (b"\xff\xfe\n\x00", "empty file")],  # a BOM alone
)
def test_read_refuses_empty_and_binary_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [err] = _read(path)
    assert isinstance(err, InputError)
    assert str(err).startswith(f"{path}: {reason}")


def test_read_directory_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("خبر أول عن الموصل.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("خبر ثان عن حلب.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    items = _read(tmp_path)
    assert [a.doc_id for a in items if isinstance(a, Article)] == ["a", "c"]


def test_a_folder_reads_articles_and_names_the_files_it_does_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("خبر أول عن الموصل.", encoding="utf-8")
    (tmp_path / "b").write_text("خبر ثان عن حلب بلا لاحقة.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# ملاحظات\nما يجب قراءته غداً", encoding="utf-8")
    items = _read(tmp_path)
    assert [a.doc_id for a in items if isinstance(a, Article)] == ["a", "b"]
    [err] = [e for e in items if isinstance(e, InputError)]
    assert str(err).startswith(f"{tmp_path / 'notes.md'}: .md files in a folder are not read")
    [named] = _read(tmp_path / "notes.md")  # named on its own, it is read as plain text
    assert isinstance(named, Article) and named.doc_id == "notes"


def test_read_html_keeps_article_and_drops_furniture(tmp_path: Path) -> None:
    body = " ".join([SENTENCE] * 3)
    html = f"""<html><head><title>قصف في إدلب</title>
    <meta property="article:published_time" content="2024-02-11"></head><body>
    <nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
    <article><h1>قصف في إدلب</h1><p>{body}</p>
    <p>وقال مصدر محلي إن القصف استهدف منازل مدنيين في البلدة وأدى إلى أضرار كبيرة.</p></article>
    <footer>جميع الحقوق محفوظة ٢٠٢٤ — سياسة الخصوصية</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert SENTENCE in article.text
    assert "الرئيسية" not in article.text and "جميع الحقوق" not in article.text
    assert article.published == date(2024, 2, 11)


def test_read_missing_path_is_an_error(tmp_path: Path) -> None:
    [err] = _read(tmp_path / "nope.txt")
    assert isinstance(err, InputError) and "no such file" in str(err)


def test_read_manifest_gives_text_files_their_date_and_outlet(tmp_path: Path) -> None:
    (tmp_path / "khabar.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "other.txt").write_text("التقى الرئيس اللبناني وفدا عراقيا أمس.", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"id": "khabar", "date": "2018-02-20", "outlet": "قناة المثال",
                    "url": "https://example.org/k"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    items = _read(tmp_path)
    assert all(isinstance(a, Article) for a in items), items  # the manifest is no article
    by_id = {a.doc_id: a for a in items}
    assert set(by_id) == {"khabar", "other"}
    assert by_id["khabar"].published == date(2018, 2, 20)
    assert by_id["khabar"].outlet == "قناة المثال"
    assert by_id["khabar"].url == "https://example.org/k"
    assert by_id["other"].published is None


def test_read_manifest_bad_row_is_one_line_and_files_still_read(tmp_path: Path) -> None:
    (tmp_path / "khabar.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        '{"id": "khabar", "published": "20 شباط"}\n{not json\n', encoding="utf-8"
    )
    items = _read(tmp_path)
    errors = [i for i in items if isinstance(i, InputError)]
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.doc_id for a in articles] == ["khabar"]
    assert articles[0].published is None
    assert len(errors) == 2
    assert all("manifest.jsonl:" in str(e) for e in errors)


@pytest.mark.parametrize("name, content", [
    ("articles.json", '[{"id": "a-1", "text": "قصفت الطائرات مدينة إدلب."}]'),
    ("articles.csv", 'id,text\na-1,"قصفت الطائرات مدينة إدلب."\n'),
])
def test_a_json_array_or_a_table_is_refused_not_read_as_one_article(tmp_path: Path, name: str,
                                                                      content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [item] = list(read_paths([path]))
    assert isinstance(item, InputError) and "not read" in str(item) and str(path) in str(item)


_PAGE = """<!DOCTYPE html><html><head><title>قصف في إدلب</title>{meta}</head><body>
    <nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
    <article><h1>قصف في إدلب</h1><p>{body}</p>
    <p>وقال مصدر محلي إن القصف استهدف منازل مدنيين في البلدة وأدى إلى أضرار كبيرة.</p></article>
    <footer>جميع الحقوق محفوظة ٢٠٢٤ — سياسة الخصوصية</footer></body></html>"""


@pytest.mark.parametrize("name", ["page.txt", "page"])
def test_a_saved_page_without_the_html_suffix_is_read_as_html(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(_PAGE.format(meta="", body=" ".join([SENTENCE] * 3)), encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article)
    assert SENTENCE in article.text and "<" not in article.text and "الرئيسية" not in article.text


def test_a_page_with_no_date_in_its_markup_has_no_publication_date(tmp_path: Path) -> None:
    """A year in the footer is not 1 January of that year."""
    path = tmp_path / "page.html"
    path.write_text(_PAGE.format(meta="", body=" ".join([SENTENCE] * 3)), encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article) and article.published is None


@pytest.mark.parametrize("written, day", [
    ("2024-3-10", date(2024, 3, 10)), ("2024-03-10T08:00:00Z", date(2024, 3, 10)),
    ("10/03/2024", date(2024, 3, 10)), ("١٠/٠٣/٢٠٢٤", date(2024, 3, 10)),
    ("20-05-2023", date(2023, 5, 20)), ("20.05.2023", date(2023, 5, 20)),
    ("Sun, 10 Mar 2024 08:00:00 GMT", date(2024, 3, 10)),
])
def test_jsonl_publication_dates_as_feeds_write_them(tmp_path: Path, written: str, day: date) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "date": written, "text": SENTENCE}, ensure_ascii=False), "utf-8")
    [article] = _read(path)
    assert isinstance(article, Article) and article.published == day


def test_jsonl_rejects_a_date_with_trailing_garbage_and_an_id_that_is_no_name(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "a", "published": "2024-03-10garbage", "text": SENTENCE}, {"id": True, "text": SENTENCE}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    assert [type(x) for x in _read(path)] == [InputError, InputError]


def test_jsonl_mixed_separators_and_impossible_days_are_not_dates(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [{"id": "a", "published": "20-05/2023", "text": SENTENCE},
            {"id": "b", "published": "31-02-2024", "text": SENTENCE}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    messages = [str(x) for x in _read(path)]
    assert messages == [
        f"{path}:1: record a: 'published' is not a date (give YYYY-MM-DD or DD/MM/YYYY): "
        "'20-05/2023'",
        f"{path}:2: record b: 'published' is not a date (give YYYY-MM-DD or DD/MM/YYYY): "
        "'31-02-2024'"]


def test_jsonl_text_that_is_not_a_string_says_so(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "nt-3", "text": 123}\n{"id": "e", "text": "  "}\n', "utf-8")
    assert [str(x) for x in _read(path)] == [
        f"{path}:1: record nt-3: 'text' is not a string (int)",
        f"{path}:2: record e: missing or empty 'text'"]


def test_a_line_separator_inside_a_record_is_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": SENTENCE + "\u2028" + SENTENCE}, ensure_ascii=False),
                    "utf-8")
    [article] = _read(path)
    assert isinstance(article, Article) and article.text.count("\u2028") == 1


def test_a_second_document_with_an_id_already_read_is_refused(tmp_path: Path) -> None:
    for outlet in ("a", "b"):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "001.txt").write_text(SENTENCE, "utf-8")
    first, second = _read(tmp_path)
    assert isinstance(first, Article) and first.doc_id == "001"
    assert isinstance(second, InputError) and "already read" in str(second) and "b/001.txt" in str(second)


def test_a_manifest_row_may_name_the_file_with_its_suffix(tmp_path: Path) -> None:
    (tmp_path / "a01.txt").write_text(SENTENCE, "utf-8")
    (tmp_path / "manifest.jsonl").write_text('{"id": "a01.txt", "published": "2024-03-10"}', "utf-8")
    [article] = _read(tmp_path)
    assert isinstance(article, Article) and article.published == date(2024, 3, 10)


def test_a_file_named_twice_or_also_in_its_folder_is_read_once(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("قتل ثلاثة جنود في هجوم لداعش في كركوك.", "utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "b", "text": "وصل الوزير إلى بغداد."}\n', "utf-8")
    items = list(read_paths([folder / "a.txt", folder / "a.txt", folder, corpus, str(corpus)]))
    assert [a.doc_id for a in items if isinstance(a, Article)] == ["a", "b"]
    assert not [e for e in items if isinstance(e, InputError)]


def test_a_manifest_row_for_a_file_the_folder_lacks_is_named(tmp_path: Path) -> None:
    """A misspelt id in the manifest would leave its article undated without a word: the row
    that matched no file of the folder is named (once), and the files are read as before."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "khabar-01.txt").write_text(SENTENCE, encoding="utf-8")
    (news / "khabar-02.txt").write_text("التقى الرئيس اللبناني وفدا عراقيا أمس.", "utf-8")
    (news / "manifest.jsonl").write_text(
        '{"id": "khabar-01", "published": "2018-02-20"}\n'
        '{"id": "khabar_02", "published": "2018-02-21"}\n', encoding="utf-8")
    items = _read(news)
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [(a.doc_id, a.published) for a in articles] == [
        ("khabar-01", date(2018, 2, 20)), ("khabar-02", None)]
    assert [str(e) for e in errors] == [
        f"{news / 'manifest.jsonl'}: no file 'khabar_02' (.txt or .html) in this folder: "
        "its row gave no article its date"]
    # a file named on its own uses the manifest, but says nothing of its other rows
    assert all(isinstance(i, Article) for i in _read(news / "khabar-01.txt"))
