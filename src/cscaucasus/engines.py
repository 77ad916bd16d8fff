"""Execution engines beyond one process: Dask, for corpora larger than one machine.

The Dask engine runs the very same per-article functions as the pandas engine
(:func:`cscaucasus.corpus.process_documents`) over a Dask bag of article chunks, so
its tables equal the pandas engine's. It uses the Dask scheduler in effect: a
``distributed.Client`` created before ``load_corpus`` (for a real cluster,
``Client("tcp://scheduler-host:8786")``), or Dask's local process scheduler.
Install with ``pip install cscaucasus[dask]``.
"""

from __future__ import annotations

import pandas as pd


def run_dask(tasks: list[tuple]) -> list[dict[str, pd.DataFrame]]:
    """Run ``process_documents`` on every task (one chunk of articles) with Dask."""
    try:
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ImportError("engine='dask' needs: pip install 'cscaucasus[dask]'") from exc
    from .corpus import _process_task

    if not tasks:
        return []
    bag = db.from_sequence(tasks, npartitions=len(tasks))
    return list(bag.map(_process_task).compute())
