"""Actors: the gazetteer and its mentions in the text. (Interface; issue #3 fills it in.)"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .schema import empty_table


def load_actors(
    actors_file: str | os.PathLike[str] | None = None, *, corpus_path: Path | None = None
) -> pd.DataFrame:
    """The ``actors`` table: the packaged gazetteer, extended by a user's file."""
    return empty_table("actors")


def find_mentions(
    articles: pd.DataFrame, sentences: pd.DataFrame, actors: pd.DataFrame
) -> pd.DataFrame:
    """The ``mentions`` table: every mention by name, alias, role noun or pronoun."""
    return empty_table("mentions")
