"""Cleaning masks furniture without moving any offset."""

from __future__ import annotations

import pytest

from rasid.clean import clean
from rasid.model import Article

BODY = "أعلنت وزارة الدفاع التركية تحييد ثلاثة مسلحين في شمال العراق، وفق بيان رسمي صدر مساء الأحد."


@pytest.mark.parametrize(
    "furniture",
    [
        "اقرأ أيضًا: تركيا تمدد عملياتها في شمال العراق",
        "مقالات ذات صلة",
        "المصدر: وكالة الأناضول",
        "Read our Privacy Policy by clicking here",
        "يمكنكم تسلم إشعارات بأهم الأخبار من خلال تطبيقنا",
        "شارك",
        "تابعونا على تويتر",
    ],
)
def test_clean_masks_furniture_lines(furniture: str) -> None:
    text = f"{BODY}\n{furniture}\n{BODY}"
    cleaned = clean(Article("x", text))
    assert len(cleaned.text) == len(text)
    assert furniture not in cleaned.text
    assert cleaned.text.count(BODY) == 2


@pytest.mark.parametrize("news", [
    "شارك وزراء خارجية الأردن والسعودية ومصر في اجتماع تشاوري في العقبة يوم الأحد.",
    "تابعت القوات العراقية عملياتها في صحراء الأنبار، وفق بيان رسمي.",
])
def test_a_line_of_news_that_begins_like_furniture_is_kept(news: str) -> None:
    text = f"{BODY}\n{news}\n{BODY}"
    assert news in clean(Article("x", text)).text


def test_clean_masks_related_headlines_at_the_end_only() -> None:
    title = "تحييد مسلحين في شمال العراق"
    text = f"{title}\n{BODY}\n\nأنقرة تستدعي السفير العراقي\nمرتبط"
    cleaned = clean(Article("x", text))
    assert cleaned.text.startswith(title)  # a short first line is a title, not furniture
    assert "تستدعي" not in cleaned.text and "مرتبط" not in cleaned.text
    assert BODY in cleaned.text


def test_clean_masks_entity_artefacts_and_bidi_marks() -> None:
    text = "قال الوزير &amp; أكد \u200fأن الحدود مغلقة &"
    cleaned = clean(Article("x", text))
    assert "&" not in cleaned.text and "\u200f" not in cleaned.text
    assert cleaned.text.index("أكد") == text.index("أكد")
    assert all(cleaned.to_original(i) == i for i in range(len(text)))


def test_clean_keeps_tatweel_and_diacritics_in_view() -> None:
    text = "قـصـفَت الطائراتُ مواقعَ التنظيم."
    assert clean(Article("x", text)).text == text


@pytest.mark.parametrize("last", [
    "وقال المتحدث باسم الوزارة: «سنرد على كل اعتداء يطال أهلنا.»",  # ends with a quotation mark
    "- اغتيال قيادي محلي بعبوة ناسفة في بلدة نوى",  # the article's own list
    "وقصفت المدفعية التركية قرى في ريف تل تمر",  # one last line without its full stop
])
def test_a_last_line_of_news_is_kept(last: str) -> None:
    text = f"{BODY}\n{last}"
    assert last in clean(Article("x", text)).text


def test_the_headlines_listed_under_read_also_are_masked_wherever_they_stand() -> None:
    listed = ["مقتل جنديين أردنيين باشتباك مع مهربين على الحدود السورية",
              "الحوثيون يستهدفون سفينة تجارية في البحر الأحمر"]
    text = "\n".join([BODY, "اقرأ أيضا", *listed, BODY, "الأكثر قراءة", "الحرس الثوري يحتجز ناقلة نفط"])
    cleaned = clean(Article("x", text)).text
    assert not any(h in cleaned for h in listed) and "ناقلة" not in cleaned
    assert cleaned.count(BODY) == 2


@pytest.mark.parametrize("text, kept", [
    # a line of news that begins with a word of furniture is news
    (f"{BODY}\nالتعليقات التي أدلى بها المتحدث باسم الحكومة أثارت غضبا واسعا، وقد اعتقلت الشرطة صحفيا "
     f"في بغداد بسببها.\n{BODY}", "اعتقلت الشرطة صحفيا"),
    # a related headline on the line of its header leaves the next line alone
    (f"{BODY}\nاقرأ أيضا: مقتل جنديين أردنيين باشتباك مع مهربين\nوفي سياق متصل، قصفت طائرات تركية قرية في دهوك\n{BODY}",
     "قصفت طائرات تركية قرية في دهوك"),
])
def test_news_beside_furniture_is_kept(text: str, kept: str) -> None:
    assert kept in clean(Article("x", text)).text
