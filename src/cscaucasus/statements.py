"""Statements: direct quotes and reported speech. (Interface; issue #3 fills it in.)"""

from __future__ import annotations

import pandas as pd

from .schema import empty_table


def extract_statements(
    articles: pd.DataFrame,
    paragraphs: pd.DataFrame,
    sentences: pd.DataFrame,
    mentions: pd.DataFrame,
    actors: pd.DataFrame,
) -> pd.DataFrame:
    """The ``statements`` table (sentiment columns left empty)."""
    return empty_table("statements")
