"""The GeoJSON export of incidents, read back with json and with geopandas."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas
import pytest

from rasid.export.geojson import export
from rasid.merge.corpus import update_incidents
from rasid.model import Article
from rasid.pipeline import process
from rasid.read import read_paths
from rasid.store import open_store


@pytest.fixture
def stored(store_target, texts_dir: Path):
    arts = [a for a in read_paths([texts_dir / "corpus_articles.jsonl"]) if isinstance(a, Article)]
    with open_store(store_target) as store:
        store.write_batch([(a, process(a)) for a in arts])
        update_incidents(store, [a.content_hash for a in arts])
        yield store


def test_one_feature_per_incident_readable_by_json_and_geopandas(stored, tmp_path: Path) -> None:
    path = tmp_path / "incidents.geojson"
    n = export(stored, path)
    (count,) = stored.query("SELECT count(*) FROM incidents")[0]
    assert n == count > 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n
    ids = [f["properties"]["incident_id"] for f in data["features"]]
    assert len(set(ids)) == n
    for f in data["features"]:
        assert f["type"] == "Feature" and set(f) >= {"geometry", "properties"}
        geom = f["geometry"]
        if geom is not None:  # RFC 7946: [longitude, latitude] in WGS 84
            lon, lat = geom["coordinates"]
            assert geom["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90
    bombing = next(f for f in data["features"] if f["properties"]["location"] == "Tikrit"
                   and f["properties"]["outlets"] == 2)
    assert bombing["geometry"]["coordinates"] == pytest.approx([43.6786, 34.6158], abs=0.01)
    assert "fatalities" in bombing["properties"]["conflict_fields"]
    assert {m["doc_id"] for m in json.loads(bombing["properties"]["members"])} == {"c-01", "c-02"}
    assert bombing["properties"]["location_text"] == "مدينة تكريت"  # the Arabic as the source wrote it

    frame = geopandas.read_file(path)
    assert len(frame) == n
    assert sorted(frame["incident_id"]) == sorted(ids)
    placed = frame[frame.geometry.notna()]
    assert len(placed) == sum(f["geometry"] is not None for f in data["features"])
    tikrit = placed[placed["location"] == "Tikrit"]
    assert not tikrit.empty and tikrit.geometry.iloc[0].x == pytest.approx(43.6786, abs=0.01)


def test_relinking_stored_articles_gives_the_same_incidents(stored) -> None:
    from rasid.merge.corpus import incidents

    before = incidents(stored)
    hashes = [h for (h,) in stored.query("SELECT content_hash FROM articles")]
    update_incidents(stored, hashes)  # as after re-processing every article
    assert incidents(stored) == before
    update_incidents(stored, hashes[:1])
    assert incidents(stored) == before
