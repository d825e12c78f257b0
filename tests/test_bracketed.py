"""Training sentences with inline entity marks (``rasid.train.bracketed``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.errors import InputError
from rasid.train.bracketed import parse_line, read_bracketed


def test_marks_become_bio_tags_and_punctuation_is_split() -> None:
    words, tags = parse_line("قال [PER برهم صالح] في [LOC بغداد] ، إن النمو بلغ 3.5 بالمئة .")
    assert words == ["قال", "برهم", "صالح", "في", "بغداد", "،", "إن", "النمو", "بلغ", "3.5",
                     "بالمئة", "."]
    assert tags == ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O"]


def test_clitics_and_quotes_stay_with_their_words() -> None:
    words, tags = parse_line("ورحب [ORG للأمم المتحدة] بـ«[MISC اتفاق الطائف]» و[LOC وعمان]")
    assert ("للأمم", "B-ORG") in zip(words, tags)
    assert words[words.index("اتفاق") - 1] == "«" and tags[words.index("اتفاق")] == "B-MISC"
    assert tags[words.index("الطائف") + 1] == "O" and words[words.index("الطائف") + 1] == "»"
    assert ("وعمان", "B-LOC") in zip(words, tags)


@pytest.mark.parametrize(("line", "reason"), [
    ("زار [PERS سامي] بيروت", "bracket outside an entity mark"),
    ("زار [PER ] بيروت", "bracket outside an entity mark"),
    ("[LOC Paris] and [LOC Rome]", "no Arabic text"),
])
def test_bad_lines_name_the_reason(line: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_line(line)


def test_a_folder_is_read_in_name_order_and_errors_name_the_line(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("# a comment\n\nوصل [PER أحمد] إلى [LOC حمص]\n", "utf-8")
    (tmp_path / "a.txt").write_text("غادر [PER سمير] [LOC دمشق]\n", "utf-8")
    (tmp_path / "retired").mkdir()  # sub-folders (data/ner_extra/retired, round3) are not read
    (tmp_path / "retired" / "old.txt").write_text("قال [PER جورج بوش] .\n", "utf-8")
    sents = read_bracketed(tmp_path)
    assert [w[0] for w, _ in sents] == ["غادر", "وصل"]
    (tmp_path / "c.txt").write_text("وصل [PER أحمد]\nزار [ORG الأمم المتحدة\n", "utf-8")
    with pytest.raises(InputError) as err:
        read_bracketed(tmp_path)
    assert str(err.value).startswith(f"{tmp_path / 'c.txt'}:2: a bracket outside")
    with pytest.raises(InputError, match="no such file"):
        read_bracketed(tmp_path / "missing.txt")
