"""Row and column helpers on Arrow-backed tables, shared by the recipe, the cache and
the build: membership and positions computed by Arrow (no Python object per row), and
rows taken as slices where they come in runs (no copy)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

MAX_SLICES = 64  # rows in more runs than this are taken (a copy) rather than sliced


def arrow_strings(column: pd.Series) -> pa.Array:
    """A string column as one Arrow array (no copy when it is Arrow-backed already)."""
    values = pa.array(column.array, type=pa.string()) if len(column) else pa.array([], pa.string())
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def contiguous(column: pd.Series) -> pd.Series:
    """``column`` with its Arrow chunks joined into one (other columns as they are)."""
    values = column.array
    chunks = getattr(values, "_pa_array", None)
    if isinstance(chunks, pa.ChunkedArray) and chunks.num_chunks > 1:
        joined = pa.chunked_array([chunks.combine_chunks()])
        return pd.Series(type(values)(joined), index=column.index, name=column.name)
    return column


def member(column: pd.Series, ids: set[str]) -> np.ndarray:
    """``column.isin(ids)`` as a boolean array, computed by Arrow (the pandas path
    iterates over the strings in Python); missing values are never members."""
    found = pc.is_in(arrow_strings(column), value_set=pa.array(sorted(ids), type=pa.string()))
    return found.to_numpy(zero_copy_only=False) & column.notna().to_numpy()


def objects(column: pd.Series) -> np.ndarray:
    """A column's values as Python objects, None for missing ones (to compare columns
    of any dtype: ``objects(a) != objects(b)``)."""
    return column.astype(object).where(column.notna(), None).to_numpy()


def positions(article_ids: pd.Series, order: pa.Array) -> np.ndarray:
    """Each row's article's place in ``order`` (after every other: not in it), looked
    up by Arrow, without making a Python object per row."""
    found = pc.index_in(arrow_strings(article_ids), value_set=order).fill_null(len(order))
    return found.to_numpy(zero_copy_only=False).astype(np.int64)


def select(df: pd.DataFrame, mask: np.ndarray) -> pd.DataFrame:
    """``df[mask]``: the rows of a set of articles, which are a few runs (whole parts, or
    all but a few articles); see :func:`take_rows`."""
    return take_rows(df, np.flatnonzero(mask))


def take_rows(df: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """``df.take(rows)``. When ``rows`` are a few runs of consecutive rows (new articles
    among cached ones, the articles of some parts), it is put together from slices,
    which Arrow columns do without copying."""
    if not len(rows):
        return df.iloc[0:0]
    breaks = np.flatnonzero(np.diff(rows) != 1) + 1
    if len(breaks) >= MAX_SLICES:
        return df.take(rows)
    starts = rows[np.concatenate([[0], breaks])]
    ends = rows[np.concatenate([breaks - 1, [len(rows) - 1]])] + 1
    if len(starts) == 1:
        return df.iloc[starts[0] : ends[0]]
    return pd.concat([df.iloc[a:b] for a, b in zip(starts, ends, strict=True)])
