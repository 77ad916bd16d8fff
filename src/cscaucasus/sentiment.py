"""Sentiment: VADER through NLTK. (Interface; issue #4 fills it in.)"""

from __future__ import annotations

import pandas as pd


def score_statements(statements: pd.DataFrame, *, domain: bool = True) -> pd.DataFrame:
    """``statements`` with ``compound``, ``pos``, ``neu``, ``neg`` filled in."""
    return statements


def score_sentences(sentences: pd.DataFrame, *, domain: bool = True) -> pd.DataFrame:
    """``sentences`` with ``compound``, ``pos``, ``neu``, ``neg`` columns added."""
    return sentences
