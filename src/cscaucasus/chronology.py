"""Chronology: temporal expressions to dated events. (Interface; issue #5 fills it in.)"""

from __future__ import annotations

import pandas as pd

from .ingest import Problem
from .schema import empty_table


def extract_events(
    articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame
) -> tuple[pd.DataFrame, list[Problem]]:
    """The ``events`` table (without ``cluster_id``) and problems met."""
    return empty_table("events"), []


def cluster_events(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``events`` with ``cluster_id`` linking the same happening across articles."""
    return events
