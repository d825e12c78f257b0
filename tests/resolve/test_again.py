"""Places named again ("في المنطقة ذاتها", "في القضاء نفسه"): the place named before them."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import analyse


def _places(text: str) -> list[tuple[str, str]]:
    doc = analyse(Article("t", text, date(2024, 11, 27)))
    return [(p.text, p.place.name) for p in doc.places]


@pytest.mark.parametrize("text, again", [
    ("قتل عنصران بضربة قرب مدينة البوكمال. ويأتي ذلك بعد أسبوع من ضربة مماثلة في المنطقة ذاتها.",
     ("المنطقة ذاتها", "Albu Kamal")),
    ("هاجم مسلحون دورية في قضاء الطارمية، وكان هجوم مماثل قد وقع في آب الماضي في القضاء نفسه.",
     ("القضاء نفسه", "Al Tarmia District")),
    ("سقطت قذائف على مدينة الموصل، ثم انفجرت عبوة بالمدينة ذاتها.", ("المدينة ذاتها", "Mosul")),
])
def test_a_place_named_again_is_the_one_named_before(text: str, again: tuple) -> None:
    assert again in _places(text)


@pytest.mark.parametrize("text", [
    "شهدت المنطقة ذاتها توترا كبيرا.",  # nothing named before
    "قصفت طائرات سوريا، وشهدت المدينة ذاتها احتجاجات.",  # a country is no town
    "زار الوزير العراق، وقال إن الحكومة نفسها ستدعم المحافظة.",  # "الحكومة نفسها" is no place
])
def test_nothing_named_before_of_that_kind_gives_no_place(text: str) -> None:
    assert not [p for p in _places(text) if p[0].split()[-1] in ("ذاتها", "نفسها", "نفسه")]
