"""Arguments of the analysis functions, checked so that a wrong one is named.

>>> import cscaucasus as cs
>>> cs.analysis.sentiment_by_actor(cs.Corpus())
Traceback (most recent call last):
...
TypeError: sentiment_by_actor: statements must be a table (...), not a Corpus
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import pandas as pd

F = TypeVar("F", bound=Callable[..., Any])
TABLE_ARGUMENTS = ("statements", "articles", "events", "chron", "table", "actors")


def tables_checked(func: F) -> F:
    """Check that every table argument of ``func`` (by name) is a DataFrame."""
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
        return func(*args, **kwargs)

    return checked  # type: ignore[return-value]
