"""Entity mentions made whole with the gazetteer's places (rasid.resolve.entities)."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article
from rasid.pipeline import process


def _entities(text: str) -> list[tuple[str, str]]:
    record = process(Article(doc_id="t", text=text, published=date(2024, 3, 10), outlet="test"))
    for e in record["entities"]:
        assert text[e["start"] : e["end"]] == e["text"]
    return [(e["label"], e["text"]) for e in record["entities"]]


@pytest.mark.parametrize("text, entity", [
    # places the tagger misses
    ("قتل ثلاثة جنود بانفجار عبوة ناسفة بالموصل صباح اليوم.", ("GPE", "الموصل")),
    ("تظاهر المئات في محافظتي البصرة وذي قار احتجاجا على انقطاع الكهرباء.", ("GPE", "ذي قار")),
    ("سقطت قذائف على بلدة دوما في الغوطة الشرقية.", ("GPE", "دوما")),
    # organisations the actor lexicon names, institutions named by their office
    ("أعلنت وزارة الداخلية العراقية اعتقال خمسة مطلوبين في كركوك.", ("ORG", "وزارة الداخلية العراقية")),
    ("قالت قوات الدعم السريع إنها صدت هجوما للجيش قرب الفاشر.", ("ORG", "قوات الدعم السريع")),
    ("التقى وفد من الحوثيين مسؤولين عمانيين في مسقط.", ("ORG", "الحوثيين")),
    ("وصل مسؤول في الحرس الثوري إلى دمشق أمس.", ("ORG", "الحرس الثوري")),
    ("طهرت القوات الأمنية القرية من عصابات داعش الإرهابية.", ("ORG", "داعش")),  # the name, not its epithets
])
def test_a_name_the_resolvers_know_is_an_entity(text: str, entity: tuple[str, str]) -> None:
    assert entity in _entities(text)


def test_a_place_name_is_not_its_descriptor_nor_a_capital_named_by_its_country() -> None:
    found = _entities("وصل وفد إلى مدينة الرقة ثم توجه إلى العاصمة السورية.")
    assert ("GPE", "الرقة") in found
    assert not any("مدينة" in t or "العاصمة" in t for _, t in found)
    assert ("GPE", "تونس") in _entities("تظاهر المئات أمس في العاصمة تونس.")


def test_a_projected_point_is_no_entity_but_its_town_is() -> None:
    found = _entities("سقط صاروخ على بعد 50 كيلومترا شمال غرب كركوك مساء أمس.")
    assert found == [("GPE", "كركوك")]


def test_a_place_name_cut_short_by_the_tagger_is_widened() -> None:
    found = _entities("اندلعت اشتباكات عنيفة في الخرطوم وأم درمان بين الجيش وقوات الدعم السريع.")
    assert ("GPE", "أم درمان") in found
    assert ("GPE", "درمان") not in found and ("LOC", "درمان") not in found


def test_a_name_inside_an_organisation_gives_way_to_it() -> None:
    found = _entities("رحبت بعثة الأمم المتحدة لمساعدة العراق بإجراء الانتخابات في موعدها.")
    assert ("ORG", "بعثة الأمم المتحدة لمساعدة العراق") in found
    assert not any(t == "العراق" for _, t in found)


def test_descriptions_and_bodies_of_people_are_no_organisation() -> None:
    found = _entities("قال المبعوث الأممي إن قوات الاحتلال والقوات الأمنية وجنديين ...")
    assert not any(label == "ORG" for label, _ in found)


def test_a_persons_name_cut_short_by_the_tagger_is_made_whole() -> None:
    found = _entities("وأكد الجيش السوداني بقيادة عبد الفتاح البرهان أنه يواصل عملياته في الخرطوم.")
    assert ("PER", "عبد الفتاح البرهان") in found


def test_a_common_word_the_gazetteer_knows_as_a_far_town_is_no_entity() -> None:
    # مدان (a convict) is also Medan in Sumatra; after بحق nothing leads to a place
    found = _entities("أصدرت محكمة جنايات الرصافة حكما بالإعدام بحق مدان بالانتماء إلى تنظيم داعش.")
    assert not any(t == "مدان" for _, t in found)
    assert ("ORG", "محكمة جنايات") not in found  # a court named by the place after it is no ORG cut short


def test_camps_are_places_and_descriptors_leave_the_tagger_s_span() -> None:
    found = _entities("نقل المصابون إلى مخيم جنين ومدينة العين وإقليم دارفور.")
    assert ("LOC", "مخيم جنين") in found
    assert ("GPE", "العين") in found and ("LOC", "دارفور") in found


@pytest.mark.parametrize("text, entities", [
    # two pieces of one name, both widened to it, are one mention
    ("قصفت الطائرات مواقع قرب خان يونس ونابلس.", [("GPE", "خان يونس"), ("GPE", "نابلس")]),
    ("قصفت الطائرات مواقع قرب ريف دمشق وبيروت.", [("GPE", "ريف دمشق"), ("GPE", "بيروت")]),
    # a member or head of a body is not part of its name; the media described are none
    ("وقال عضو الكونغرس الأمريكي جو ويلسون إن بلاده سترد.", [("ORG", "الكونغرس"), ("PER", "جو ويلسون")]),
    ("ذكرت وسائل إعلام إسرائيلية أن الجيش قصف غزة.", [("GPE", "غزة")]),
])
def test_entities_never_overlap_and_bodies_are_named_alone(text: str,
                                                           entities: list[tuple[str, str]]) -> None:
    assert _entities(text) == entities
