"""The collector's pace while a batch runs (cscaucasus.runtime)."""

from __future__ import annotations

import gc

import pytest

from cscaucasus import pipeline
from cscaucasus.runtime import BATCH_GC_THRESHOLDS, batch_gc


def test_a_batch_runs_at_the_slower_pace_and_the_previous_one_returns():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with batch_gc():
            assert gc.get_threshold() == BATCH_GC_THRESHOLDS
        assert gc.get_threshold() == (700, 10, 10)
        with pytest.raises(RuntimeError), batch_gc():
            raise RuntimeError("a stage failed")
        assert gc.get_threshold() == (700, 10, 10)  # also after an error
        gc.set_threshold(500_000, 10, 1_000)  # a slower pace set by the user stays
        with batch_gc():
            assert gc.get_threshold() == (500_000, 50, 1_000)
    finally:
        gc.set_threshold(*before)


def test_the_per_article_stages_run_inside_a_batch(monkeypatch):
    seen = []

    def record(*args, **kwargs):
        seen.append(gc.get_threshold())
        return {}

    monkeypatch.setattr(pipeline, "_process_documents", record)
    before = gc.get_threshold()
    pipeline.process_documents([], None, {})
    assert seen == [tuple(max(b, t) for b, t in zip(before, BATCH_GC_THRESHOLDS, strict=True))]
    assert gc.get_threshold() == before


def _pace(_task: object) -> tuple[int, tuple[int, int, int]]:
    return gc.get_freeze_count(), gc.get_threshold()


def test_forked_workers_leave_what_they_inherit_out_of_the_collector():
    from cscaucasus import engines

    inherited = [[] for _ in range(20_000)]  # objects the collector tracks, not frozen
    before, pace = gc.get_freeze_count(), gc.get_threshold()
    seen = engines.run_pandas(_pace, [0, 1, 2], 2, list)
    assert len(seen) == 3
    assert all(n >= before + len(inherited) and t == BATCH_GC_THRESHOLDS for n, t in seen)
    # this process's: nothing left frozen (objects frozen by earlier tests may die meanwhile)
    assert gc.get_freeze_count() <= before and gc.get_threshold() == pace
    frozen, threshold = engines.beside(lambda: _pace(None))()
    assert frozen >= before + len(inherited) and threshold == BATCH_GC_THRESHOLDS
