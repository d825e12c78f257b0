"""``pipe`` runs in this process with one worker and in a pool of N processes otherwise."""

from __future__ import annotations

import concurrent.futures
from datetime import date

import pytest

import rasid.pipeline as pipeline
from rasid.model import Article

TEXTS = [
    "قصفت طائرات حربية مواقع في مدينة حلب يوم الخميس 12 أيار 2023، وقتل ثلاثة مدنيين.",
    "التقى وزير الخارجية الأردني نظيره العراقي في بغداد أمس لبحث أمن الحدود.",
    "أعلن الجيش اللبناني صباح اليوم اعتقال مسلحين قرب طرابلس.",
]


def _articles() -> list[Article]:
    return [Article(doc_id=f"w{i}", text=t, published=date(2023, 5, 14))
            for i, t in enumerate(TEXTS)]


class _Spy(concurrent.futures.ProcessPoolExecutor):
    sizes: list[int] = []

    def __init__(self, max_workers: int | None = None, **kwargs) -> None:  # noqa: ANN003
        _Spy.sizes.append(max_workers or 0)
        super().__init__(max_workers=max_workers, **kwargs)


def test_one_worker_spawns_no_pool_and_n_workers_use_n(monkeypatch: pytest.MonkeyPatch) -> None:
    _Spy.sizes = []
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", _Spy)
    one = list(pipeline.pipe(_articles(), workers=1))
    assert _Spy.sizes == []
    two = list(pipeline.pipe(_articles(), workers=2))
    assert _Spy.sizes == [2]
    assert one == two and len(one) == 3
    assert any(r["events"] for r in one)


def test_default_is_all_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    _Spy.sizes = []
    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", _Spy)
    monkeypatch.setattr(pipeline.os, "cpu_count", lambda: 3)
    assert len(list(pipeline.pipe(_articles()))) == 3
    assert _Spy.sizes == [3]
