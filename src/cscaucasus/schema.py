"""The table contract of DESIGN.md: column names, order and dtypes of every table.

Every stage builds its output through :func:`typed`, so the tables have explicit
dtypes and round-trip through parquet exactly. Extra columns are allowed and kept
after the contract's columns.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

STR = "string"
INT = "int32"
FLOAT = "float64"
DATE = "datetime64[ns]"
LIST = "object"  # a Python list of str per row

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
        "cluster_id": STR,
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


def empty_table(name: str) -> pd.DataFrame:
    """An empty table with the contract's columns and dtypes."""
    return pd.DataFrame({col: pd.Series(dtype=dtype) for col, dtype in SCHEMAS[name].items()})


def typed(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """``df`` with the contract's columns first, in order and cast; extra columns follow.

    Missing contract columns are added empty, so a stage may leave a later stage's
    columns (e.g. sentiment on statements) to be filled in.
    """
    schema = SCHEMAS[name]
    out = df.copy()
    for col, dtype in schema.items():
        if col not in out.columns:
            out[col] = pd.Series([None] * len(out), index=out.index, dtype=object)
        if dtype == LIST:
            # parquet gives numpy arrays back for list columns
            out[col] = out[col].map(
                lambda v: list(v) if isinstance(v, list | tuple | np.ndarray) else []
            )
        elif dtype == DATE:
            out[col] = pd.to_datetime(out[col]).astype(DATE)
        else:
            out[col] = out[col].astype(dtype)
    extra = [c for c in out.columns if c not in schema]
    return out[list(schema) + extra].reset_index(drop=True)
