"""A place given as a distance and a bearing from a town (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.model import Article, Place
from rasid.pipeline import process
from rasid.resolve.bearings import destination
from rasid.resolve.gazetteer import km


def test_destination_goes_the_distance_along_the_bearing() -> None:
    lat, lon = destination(35.468, 44.392, 315.0, 50.0)
    start = Place("a", 35.468, 44.392, None, None, "city")
    end = Place("b", lat, lon, None, None, "point")
    assert 49.5 < km(start, end) < 50.5 and lat > 35.468 and lon < 44.392


@pytest.mark.parametrize("text, name", [
    ("قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة استهدفت دوريتهم على بعد 50 كيلومترا شمال غرب كركوك.",
     "50 km NW of Kirkuk"),
    ("شنت طائرات أمريكية غارة على مواقع لحركة الشباب على بعد ٣٠ كم شمال غربي مقديشو.",
     "30 km NW of Mogadishu"),
    ("هاجم مسلحون نقطة للجيش على بعد 20 كيلومترا جنوب مدينة الرقة.", "20 km S of Ar Raqqah"),
])
def test_the_event_is_at_the_point_not_in_the_town(text: str, name: str) -> None:
    [event] = process(Article("t", text, date(2024, 3, 10)))["events"]
    where = event["location"]
    assert where["name"] == name and where["feature"] == "point"
    assert where["text"].startswith("على بعد") and where["text"].endswith(text.split()[-1].rstrip("."))


def test_about_a_distance_to_the_north_of_a_town_and_no_province_claimed_far_off() -> None:
    [event] = process(Article("t", "قتل جنديان على بعد نحو 50 كيلومترا إلى الشمال من الموصل.",
                              date(2024, 3, 10)))["events"]
    assert event["location"]["name"] == "50 km N of Mosul" and event["location"]["admin1"] is None


def test_a_point_far_from_a_town_named_like_its_own_is_no_agreement() -> None:
    from rasid.merge import compat

    mosul = {"name": "Mosul", "lat": 36.34, "lon": 43.13, "country": "IRQ", "feature": "city"}
    far = {"name": "90 km W of Mosul", "lat": 36.34, "lon": 42.12, "country": "IRQ", "feature": "point"}
    assert compat.places(far, mosul) == compat.CLASH
