"""The table contract of DESIGN.md: column names, order and dtypes of every table.

Every stage builds its output through :func:`typed`, so the tables have explicit
dtypes and round-trip through parquet exactly. Extra columns are allowed and kept
after the contract's columns.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
import pandas as pd

STR = "string"
INT = "int32"
NINT = "Int32"  # an int32 that may be missing
FLOAT = "float64"
DATE = "datetime64[ns]"
LIST = "object"  # a Python list of str per row
BOOL = "bool"
BINARY = "binary[pyarrow]"
TONE = "Int8"  # -1 / 0 / +1, NA where a statement has no text

SCHEMAS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": STR,
        "path": STR,
        "sha256": STR,
        "title": STR,
        "outlet": STR,
        "url": STR,
        "author": STR,
        "published": DATE,
        "published_source": STR,
        "text": STR,
        "format": STR,
        "encoding": STR,
        # stories (see stories.py): near-duplicate copies share story_id, the id of
        # their first copy (story_original); minhash is the text's signature
        "minhash": BINARY,
        "story_id": STR,
        "story_original": BOOL,
        # articles read out of an archive export (empty for one-article files)
        "source_file": STR,  # the export, below data/raw
        "source_position": NINT,  # 1-based place in the export
        "section": STR,  # the export's section field
        "word_count": NINT,  # the export's word count field
    },
    "boilerplate": {
        "article_id": STR,
        "kind": STR,
        "raw_text": STR,
        "line": INT,
    },
    "paragraphs": {
        "article_id": STR,
        "paragraph_id": INT,
        "kind": STR,
        "start": INT,
        "end": INT,
        "text": STR,
    },
    "sentences": {
        "article_id": STR,
        "sentence_id": INT,
        "paragraph_id": INT,
        "start": INT,
        "end": INT,
        "text": STR,
    },
    "actors": {
        "actor_id": STR,
        "name": STR,
        "type": STR,
        "role": STR,
        "affiliation": STR,
        "aliases": LIST,
    },
    "mentions": {
        "article_id": STR,
        "sentence_id": INT,
        "actor_id": STR,
        "actor": STR,
        "surface": STR,
        "method": STR,
        "start": INT,
        "end": INT,
        "entity_id": STR,
    },
    "entities": {
        "article_id": STR,
        "entity_id": STR,
        "name": STR,
        "canonical": STR,
        "actor_id": STR,
        "type": STR,
        "titles": LIST,
        "gender": STR,
    },
    "statements": {
        "statement_id": STR,
        "article_id": STR,
        "paragraph_id": INT,
        "speaker_id": STR,
        "speaker": STR,
        "kind": STR,
        "cue": STR,
        "attribution": STR,
        "text": STR,
        "start": INT,
        "end": INT,
        "targets": LIST,
        "compound": FLOAT,
        "pos": FLOAT,
        "neu": FLOAT,
        "neg": FLOAT,
        # the same statement across articles (see stories.py): the id of its first
        # report; a report in a copy of a story that reported it already; how many
        # independent reports (stories) the cluster has
        "statement_cluster": STR,
        "statement_copy": BOOL,
        "statement_reports": NINT,
        "tone": TONE,  # -1/0/+1 by cscaucasus.tone (VADER's columns are the four above)
        "tone_score": FLOAT,
        "tone_evidence": STR,
        "speaker_printed": STR,  # the speaker's name as the article prints it
        "in_headline": "bool",  # stated by a headline or subheading
        # stance toward a target (cscaucasus.stance): the actor the statement's text names
        # and evaluates (canonical gazetteer name), and the speaker's stance toward it
        "target": STR,
        "stance": TONE,
    },
    "events": {
        "event_id": STR,
        "article_id": STR,
        "sentence_id": INT,
        "date": DATE,
        "precision": STR,
        "date_text": STR,
        "description": STR,
        "actors": LIST,
        "cluster_id": STR,  # the happening: period_cluster, syndicated copies followed
        "period_cluster": STR,  # the clustering of events by date, actors and words
        "start": INT,
        "end": INT,
    },
    "problems": {
        "path": STR,
        "severity": STR,
        "message": STR,
        "article_id": STR,  # the article the problem belongs to, if it loaded
        "stage": STR,  # ingest / clean / chronology: where it was found
    },
}

TABLES: tuple[str, ...] = tuple(SCHEMAS)
_DTYPES = {
    dtype: pd.api.types.pandas_dtype(dtype)
    for table in SCHEMAS.values()
    for dtype in table.values()
    if dtype != LIST
}


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the contract's columns and dtypes."""
    return _empty(name).copy()


@cache
def _empty(name: str) -> pd.DataFrame:
    return pd.DataFrame({col: pd.Series(dtype=dtype) for col, dtype in SCHEMAS[name].items()})


def typed(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """``df`` with the contract's columns first, in order and cast; extra columns follow.

    Missing contract columns are added empty, so a stage may leave a later stage's
    columns (e.g. sentiment on statements) to be filled in.
    """
    schema = SCHEMAS[name]
    n = len(df)
    have = dict(df.items())  # (one Series a column, looked up once)
    columns: dict[str, Any] = {}
    for col, dtype in schema.items():
        values = have.pop(col, None)
        if values is None:
            empty = [[] for _ in range(n)] if dtype == LIST else [None] * n
            columns[col] = pd.Series(empty, dtype=dtype).array
            continue
        if dtype == LIST:
            # parquet gives numpy arrays back for list columns
            if not all(type(v) is list for v in values):
                values = values.map(
                    lambda v: list(v) if isinstance(v, list | tuple | np.ndarray) else []
                )
        elif values.dtype != _DTYPES[dtype]:
            if dtype == DATE:
                values = pd.to_datetime(values)
            values = values.astype(_DTYPES[dtype])  # (the dtype object: no name to parse)
        columns[col] = values.array
    columns.update((col, values.array) for col, values in have.items())  # extra columns
    # (arrays, not Series: the new frame's rows are numbered afresh, nothing to align)
    return pd.DataFrame(columns, index=pd.RangeIndex(n), copy=False)  # copy-on-write
