"""Who a statement counts for: its speaker, the speaker's side, kind of actor, or outlet.

``by="affiliation"`` answers "how does the CSTO side sound compared with Armenia's
government?" in one call: Stanislav Zas and "the CSTO" both count for ``CSTO``. A
person counts for the organisation or state the gazetteer gives as their affiliation;
an organisation or state (or a person without one) counts for itself. ``by="type"``
groups by ``person``/``organization``/``state`` (``unknown`` for a speaker not in the
gazetteer), ``by="outlet"`` by the outlet that published the statement. Targets are
grouped the same way (except by outlet, where they stay actors).

>>> import pandas as pd
>>> actors = pd.DataFrame({"name": ["Stanislav Zas", "CSTO"], "type": ["person",
...     "organization"], "affiliation": ["CSTO", None]})
>>> st = pd.DataFrame({"speaker": ["Stanislav Zas", "CSTO", "Tigran G."], "targets": [[]] * 3})
>>> list(regroup(st, "affiliation", actors=actors)["speaker"])
['CSTO', 'CSTO', 'Tigran G.']
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

import pandas as pd

from ..parameters import GROUPINGS

__all__ = ["GROUPINGS", "by_group", "regroup"]
F = TypeVar("F", bound=Callable[..., Any])


def regroup(
    statements: pd.DataFrame,
    by: str = "speaker",
    *,
    actors: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """``statements`` with ``speaker`` (and ``targets``) replaced by the group named by ``by``.

    ``actors`` (the gazetteer, ``corpus.actors``) is needed for ``affiliation`` and
    ``type``; ``articles`` (``corpus.articles``) for ``outlet``.
    """
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(GROUPINGS)}, not {by!r}")
    if by == "speaker":
        return statements
    if by == "outlet":
        if articles is None:
            raise TypeError("by='outlet' needs articles= (e.g. corpus.articles)")
        outlets = articles.drop_duplicates("article_id").set_index("article_id")["outlet"]
        labels = statements["article_id"].map(outlets).fillna("(no outlet)")
        return statements.assign(
            speaker=labels.where(statements["speaker"].notna()).astype("string")
        )
    if actors is None:
        raise TypeError(f"by={by!r} needs actors= (e.g. corpus.actors)")
    group = _group_of(actors, by)

    def label(name):
        if name is None or name is pd.NA or (isinstance(name, float) and pd.isna(name)):
            return None
        return group.get(str(name), "unknown" if by == "type" else str(name))

    speakers = statements["speaker"].map(label).astype("string")
    targets = statements["targets"].map(
        lambda names: sorted({label(n) for n in names} - {None}) if len(names) else []
    )
    return statements.assign(speaker=speakers, targets=targets)


def _group_of(actors: pd.DataFrame, by: str) -> dict[str, str]:
    if by == "type":
        return dict(zip(actors["name"].astype(str), actors["type"].astype(str), strict=True))
    sides = actors["affiliation"].astype("string").fillna("")
    return {
        str(name): (side if side else str(name))
        for name, side in zip(actors["name"], sides, strict=True)
    }


def by_group(func: F) -> F:
    """Give a function of ``statements`` the keywords ``by``, ``actors`` (and ``articles``).

    The statements are regrouped (:func:`regroup`) before ``func`` sees them, and the
    ``speaker`` column of a table it returns is named after ``by``.
    """
    signature = inspect.signature(func)
    takes_articles = "articles" in signature.parameters
    extra = [
        inspect.Parameter("by", inspect.Parameter.KEYWORD_ONLY, default="speaker"),
        inspect.Parameter("actors", inspect.Parameter.KEYWORD_ONLY, default=None),
    ]
    if not takes_articles:
        extra.append(inspect.Parameter("articles", inspect.Parameter.KEYWORD_ONLY, default=None))

    @functools.wraps(func)
    def grouped(statements: Any, *args: Any, by: str = "speaker", actors: Any = None, **kw: Any):
        if takes_articles:
            articles = signature.bind_partial(statements, *args, **kw).arguments.get("articles")
        else:
            articles = kw.pop("articles", None)
        if isinstance(statements, pd.DataFrame):  # else the table check names the mistake
            statements = regroup(statements, by, actors=actors, articles=articles)
        out = func(statements, *args, **kw)
        if by != "speaker" and isinstance(out, pd.DataFrame):
            return out.rename(columns={"speaker": by})
        return out

    params = [p for p in signature.parameters.values() if p.kind != p.VAR_KEYWORD]
    grouped.__signature__ = signature.replace(parameters=[*params, *extra])  # type: ignore[attr-defined]
    return grouped  # type: ignore[return-value]
