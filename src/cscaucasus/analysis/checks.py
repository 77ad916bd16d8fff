"""Arguments of the analysis functions, checked so that a wrong one is named.

>>> import cscaucasus as cs
>>> cs.analysis.sentiment_by_actor(cs.Corpus())
Traceback (most recent call last):
...
TypeError: sentiment_by_actor: statements must be a table (...), not a Corpus
>>> cs.analysis.chronology(cs.Corpus().events)
Traceback (most recent call last):
...
TypeError: chronology: corpus must be a Corpus (...), not a DataFrame
>>> cs.analysis.sentiment_by_actor(cs.Corpus().statements, min_n="5")
Traceback (most recent call last):
...
TypeError: sentiment_by_actor: min_n must be a whole number (0 or more), not the str '5'
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import pandas as pd

from ..tables import Corpus

F = TypeVar("F", bound=Callable[..., Any])
TABLE_ARGUMENTS = ("statements", "articles", "events", "chron", "table", "actors")


def tables_checked(func: F) -> F:
    """Check the arguments of ``func`` by name: every table is a DataFrame, ``corpus`` a
    :class:`~cscaucasus.Corpus`, ``min_n`` a whole number."""
    signature = inspect.signature(func)
    names = [n for n in signature.parameters if n in TABLE_ARGUMENTS]

    @functools.wraps(func)
    def checked(*args: Any, **kwargs: Any) -> Any:
        bound = signature.bind_partial(*args, **kwargs)
        for name in names:
            value = bound.arguments.get(name)
            if value is not None and not isinstance(value, pd.DataFrame):
                example = (
                    f"corpus.{name}" if name in ("statements", "articles", "events") else "a table"
                )
                raise TypeError(
                    f"{func.__name__}: {name} must be a table (a pandas DataFrame such as "
                    f"{example}), not a {type(value).__name__}"
                )
        _check_corpus_and_min_n(func.__name__, bound.arguments)
        return func(*args, **kwargs)

    return checked  # type: ignore[return-value]


def _check_corpus_and_min_n(name: str, arguments: dict[str, Any]) -> None:
    corpus = arguments.get("corpus")
    if corpus is not None and not isinstance(corpus, Corpus):
        raise TypeError(
            f"{name}: corpus must be a Corpus (from cs.build.read_corpus or cs.load_corpus),"
            f" not a {type(corpus).__name__}"
        )
    min_n = arguments.get("min_n")
    whole = isinstance(min_n, int | np.integer) and not isinstance(min_n, bool)
    if min_n is not None and not (whole and min_n >= 0):
        shown = f"the {type(min_n).__name__} {min_n!r}" if not whole else repr(min_n)
        raise TypeError(f"{name}: min_n must be a whole number (0 or more), not {shown}")
