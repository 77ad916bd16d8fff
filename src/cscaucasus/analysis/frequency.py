"""Who speaks, how often, and about whom: counts of the ``statements`` table.

Pure functions (tables in, tables out; inputs are never modified). Statements without a
resolved speaker (``speaker`` is None) are left out: a count per actor needs an actor.
Sorting is deterministic: counts descending, then names ascending.

``count="statements"`` (the default) counts each statement once however many articles
report it (one row per ``statement_cluster``, see :mod:`cscaucasus.stories`);
``count="reports"`` counts every report, syndicated copies included.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..stories import COUNTS, corroborated, one_per_cluster
from .checks import tables_checked
from .grouping import GROUPINGS, by_group, regroup

__all__ = [
    "compare_counts",
    "direct_indirect_share",
    "most_corroborated",
    "plot_statements_per_actor",
    "statements_by",
    "statements_per_actor",
    "statements_per_month",
    "who_talks_about_whom",
    "in_headline",
]

PER_COLUMNS = ("outlet", "article_id", "month")


def in_headline(statements: pd.DataFrame) -> pd.Series:
    """Which statements a headline or subheading states (all False without the column)."""
    if "in_headline" not in statements:
        return pd.Series(False, index=statements.index)
    return statements["in_headline"].fillna(False).astype(bool)


KINDS = ("direct", "indirect")


def _spoken(statements: pd.DataFrame, count: str = "statements") -> pd.DataFrame:
    """Statements of the body with a speaker, speaker as plain str (a headline's
    statement, ``in_headline``, restates the body and is not counted again), one per
    statement cluster (or every report, see ``count``)."""
    if statements.empty:
        return statements.iloc[0:0].assign(speaker=pd.Series(dtype="string"))
    out = statements[statements["speaker"].notna() & ~in_headline(statements)]
    out = one_per_cluster(out, count).copy()
    out["speaker"] = out["speaker"].astype("string")
    return out


@by_group
@tables_checked
def statements_per_actor(statements: pd.DataFrame, count: str = "statements") -> pd.DataFrame:
    """Statements per speaker: ``[speaker, statements, direct, indirect, direct_share]``.

    Sorted by ``statements`` descending, then ``speaker``.
    """
    spoken = _spoken(statements, count)
    counts = (
        pd.crosstab(spoken["speaker"], spoken["kind"]).reindex(columns=list(KINDS), fill_value=0)
        if not spoken.empty
        else pd.DataFrame(columns=list(KINDS), index=pd.Index([], name="speaker"))
    )
    out = counts.astype("int64").reset_index()
    out.columns = ["speaker", *KINDS]
    out["speaker"] = out["speaker"].astype("string")
    out["statements"] = (out["direct"] + out["indirect"]).astype("int64")
    out["direct_share"] = (out["direct"] / out["statements"]).astype("float64")
    out = out[["speaker", "statements", "direct", "indirect", "direct_share"]]
    return out.sort_values(
        ["statements", "speaker"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)


def _with_article_columns(
    statements: pd.DataFrame, articles: pd.DataFrame, count: str = "statements"
) -> pd.DataFrame:
    spoken = _spoken(statements, count)
    meta = articles[["article_id", "outlet", "published"]]
    out = spoken.merge(meta, on="article_id", how="left")
    out["month"] = pd.to_datetime(out["published"]).dt.to_period("M")
    return out


@tables_checked
def statements_by(
    statements: pd.DataFrame,
    articles: pd.DataFrame,
    per: str = "outlet",
    count: str = "statements",
    *,
    by: str = "speaker",
    actors: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Statements per speaker and ``per`` (``outlet``, ``article_id`` or ``month``).

    A long table ``[speaker, <per>, statements]`` without zero rows, sorted by speaker,
    then ``per``. Articles without a date fall out of the ``month`` table. ``by`` groups
    the speakers as in the other functions (``affiliation`` and ``type`` with
    ``actors=corpus.actors``), and the first column is named after it.
    """
    if per not in PER_COLUMNS:
        raise ValueError(f"per must be one of {', '.join(PER_COLUMNS)}, not {per!r}")
    if by == per or by in set(PER_COLUMNS) - set(GROUPINGS):
        raise ValueError(
            f"statements_by: by={by!r} cannot group the speakers counted per {per}: by is "
            f"one of {', '.join(g for g in GROUPINGS if g != per)}; the column counted "
            f"per is per= ({', '.join(PER_COLUMNS)})"
        )
    statements = regroup(statements, by, actors=actors, articles=articles)
    rows = _with_article_columns(statements, articles, count)
    rows = rows[rows[per].notna()]
    if rows.empty:
        dtype = "period[M]" if per == "month" else "string"
        return pd.DataFrame(
            {
                by: pd.Series(dtype="string"),
                per: pd.Series(dtype=dtype),
                "statements": pd.Series(dtype="int64"),
            }
        )
    out = rows.groupby(["speaker", per], observed=True).size().rename("statements").reset_index()
    out["statements"] = out["statements"].astype("int64")
    if per != "month":
        out[per] = out[per].astype("string")
    out = out.sort_values(["speaker", per], kind="stable").reset_index(drop=True)
    return out.rename(columns={"speaker": by})


@by_group
@tables_checked
def statements_per_month(
    statements: pd.DataFrame, articles: pd.DataFrame, count: str = "statements"
) -> pd.DataFrame:
    """Statements per publication month and speaker: ``[month, speaker, statements]``.

    ``month`` is a monthly ``Period``; sorted by month, then speaker.
    """
    out = statements_by(statements, articles, per="month", count=count)
    out = out[["month", "speaker", "statements"]]
    return out.sort_values(["month", "speaker"], kind="stable").reset_index(drop=True)


@by_group
@tables_checked
def direct_indirect_share(statements: pd.DataFrame, count: str = "statements") -> pd.DataFrame:
    """Per speaker and kind: ``[speaker, kind, statements, share]`` (share of the speaker's).

    Both kinds are listed for every speaker (zero counts included), so shares add up to 1.
    """
    per = statements_per_actor(statements, count)
    long = per.melt(
        id_vars=["speaker"], value_vars=list(KINDS), var_name="kind", value_name="count"
    ).rename(columns={"count": "statements"})
    total = long.groupby("speaker")["statements"].transform("sum")
    long["share"] = (long["statements"] / total).astype("float64")
    long["kind"] = long["kind"].astype("string")
    long["statements"] = long["statements"].astype("int64")
    return long.sort_values(["speaker", "kind"], kind="stable").reset_index(drop=True)[
        ["speaker", "kind", "statements", "share"]
    ]


@by_group
@tables_checked
def who_talks_about_whom(statements: pd.DataFrame, count: str = "statements") -> pd.DataFrame:
    """Speaker × target counts: ``[speaker, target, statements]``, self-targets excluded.

    A statement counts once for each distinct actor it mentions. Sorted by count
    descending, then speaker and target.
    """
    spoken = _spoken(statements, count)
    pairs = spoken[["speaker", "targets"]].explode("targets").rename(columns={"targets": "target"})
    pairs = pairs[pairs["target"].notna() & (pairs["target"] != pairs["speaker"])]
    if pairs.empty:
        return pd.DataFrame(
            {
                "speaker": pd.Series(dtype="string"),
                "target": pd.Series(dtype="string"),
                "statements": pd.Series(dtype="int64"),
            }
        )
    pairs = pairs.astype({"speaker": "string", "target": "string"})
    out = pairs.groupby(["speaker", "target"]).size().rename("statements").reset_index()
    out["statements"] = out["statements"].astype("int64")
    return out.sort_values(
        ["statements", "speaker", "target"], ascending=[False, True, True], kind="stable"
    ).reset_index(drop=True)


@by_group
@tables_checked
def most_corroborated(
    statements: pd.DataFrame, articles: pd.DataFrame, top: int | None = 10
) -> pd.DataFrame:
    """The statements most independently reported: ``[statement_cluster, speaker, text,
    reports, articles, outlets]``, see :func:`cscaucasus.stories.corroborated`."""
    return corroborated(statements, articles, top)


@tables_checked
def compare_counts(
    function: Callable[..., pd.DataFrame],
    statements: pd.DataFrame,
    *args: Any,
    keys: Sequence[str],
    values: Sequence[str],
    **kwargs: Any,
) -> pd.DataFrame:
    """The rows of ``function(statements, *args, count=..., **kwargs)`` whose figures
    change when every report is counted instead of each statement once: ``keys``, then
    each of ``values`` both ways (``"<value> (statements)"``, ``"<value> (reports)"``),
    in the order of the ``count="reports"`` table. Empty when no figure changes (no
    statement is reported twice in the selection); a figure missing one way is NA.

    >>> table = pd.DataFrame({"statement_id": ["a:1", "b:1"], "statement_cluster": ["a:1"] * 2,
    ...     "speaker": ["Zas"] * 2, "kind": ["direct"] * 2})
    >>> compare_counts(statements_per_actor, table, keys=["speaker"], values=["statements"])
      speaker  statements (statements)  statements (reports)
    0     Zas                        1                     2
    """
    tables = {c: function(statements, *args, count=c, **kwargs) for c in COUNTS}
    named = {
        c: t[[*keys, *values]].rename(columns={v: f"{v} ({c})" for v in values})
        for c, t in tables.items()
    }
    both = named["reports"].merge(named["statements"], on=list(keys), how="left", sort=False)
    both = both[[*keys, *(f"{v} ({c})" for v in values for c in COUNTS)]]
    differ = np.zeros(len(both), dtype=bool)
    for v in values:
        a, b = both[f"{v} (statements)"], both[f"{v} (reports)"]
        same = (a == b).fillna(False).to_numpy(dtype=bool) | (a.isna() & b.isna()).to_numpy()
        differ |= ~same
    return both[differ].reset_index(drop=True)


@by_group
@tables_checked
def plot_statements_per_actor(
    statements: pd.DataFrame, ax: Any = None, top: int = 15, count: str = "statements"
) -> Any:
    """Horizontal bars of statements per speaker (direct and indirect stacked, n labelled).

    The ``top`` most quoted speakers, the most quoted at the top. Returns the Axes.
    """
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    per = statements_per_actor(statements, count).head(top).iloc[::-1]
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.4 * max(len(per), 1) + 1.2))
    if per.empty:
        ax.set_axis_off()
        message = "No statement in this selection has a resolved speaker:\nnothing to count."
        ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
        return ax
    names = per["speaker"].astype(str).tolist()
    ax.barh(names, per["direct"], color="#1f77b4", label="direct")
    ax.barh(names, per["indirect"], left=per["direct"], color="#ff7f0e", label="indirect")
    for y, n in enumerate(per["statements"]):
        ax.text(n, y, f" n={n}", va="center", fontsize=8)
    ax.set_xlabel("statements")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 2.5 statements
    ax.set_title("Statements per actor")
    if len(per):
        ax.legend(loc="lower right")
        ax.set_xlim(0, per["statements"].max() * 1.15 + 0.5)
    return ax
