"""Who speaks, how often, and about whom: counts of the ``statements`` table.

Pure functions (tables in, tables out; inputs are never modified). Statements without a
resolved speaker (``speaker`` is None) are left out: a count per actor needs an actor.
Sorting is deterministic: counts descending, then names ascending.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from .checks import tables_checked
from .grouping import by_group

__all__ = [
    "direct_indirect_share",
    "plot_statements_per_actor",
    "statements_by",
    "statements_per_actor",
    "statements_per_month",
    "who_talks_about_whom",
    "in_headline",
]

BY_COLUMNS = ("outlet", "article_id", "month")


def in_headline(statements: pd.DataFrame) -> pd.Series:
    """Which statements a headline or subheading states (all False without the column)."""
    if "in_headline" not in statements:
        return pd.Series(False, index=statements.index)
    return statements["in_headline"].fillna(False).astype(bool)


KINDS = ("direct", "indirect")


def _spoken(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements of the body with a speaker, speaker as plain str (a headline's
    statement, ``in_headline``, restates the body and is not counted again)."""
    if statements.empty:
        return statements.iloc[0:0].assign(speaker=pd.Series(dtype="string"))
    out = statements[statements["speaker"].notna() & ~in_headline(statements)].copy()
    out["speaker"] = out["speaker"].astype("string")
    return out


@by_group
@tables_checked
def statements_per_actor(statements: pd.DataFrame) -> pd.DataFrame:
    """Statements per speaker: ``[speaker, statements, direct, indirect, direct_share]``.

    Sorted by ``statements`` descending, then ``speaker``.
    """
    spoken = _spoken(statements)
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


def _with_article_columns(statements: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    spoken = _spoken(statements)
    meta = articles[["article_id", "outlet", "published"]]
    out = spoken.merge(meta, on="article_id", how="left")
    out["month"] = pd.to_datetime(out["published"]).dt.to_period("M")
    return out


@tables_checked
def statements_by(
    statements: pd.DataFrame, articles: pd.DataFrame, by: str = "outlet"
) -> pd.DataFrame:
    """Statements per speaker and ``by`` (``outlet``, ``article_id`` or ``month``).

    A long table ``[speaker, <by>, statements]`` without zero rows, sorted by speaker,
    then ``by``. Articles without a date fall out of the ``month`` table.
    """
    if by not in BY_COLUMNS:
        raise ValueError(f"by must be one of {BY_COLUMNS}, not {by!r}")
    rows = _with_article_columns(statements, articles)
    rows = rows[rows[by].notna()]
    if rows.empty:
        dtype = "period[M]" if by == "month" else "string"
        return pd.DataFrame(
            {
                "speaker": pd.Series(dtype="string"),
                by: pd.Series(dtype=dtype),
                "statements": pd.Series(dtype="int64"),
            }
        )
    out = rows.groupby(["speaker", by], observed=True).size().rename("statements").reset_index()
    out["statements"] = out["statements"].astype("int64")
    if by != "month":
        out[by] = out[by].astype("string")
    return out.sort_values(["speaker", by], kind="stable").reset_index(drop=True)


@by_group
@tables_checked
def statements_per_month(statements: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Statements per publication month and speaker: ``[month, speaker, statements]``.

    ``month`` is a monthly ``Period``; sorted by month, then speaker.
    """
    out = statements_by(statements, articles, by="month")[["month", "speaker", "statements"]]
    return out.sort_values(["month", "speaker"], kind="stable").reset_index(drop=True)


@by_group
@tables_checked
def direct_indirect_share(statements: pd.DataFrame) -> pd.DataFrame:
    """Per speaker and kind: ``[speaker, kind, statements, share]`` (share of the speaker's).

    Both kinds are listed for every speaker (zero counts included), so shares add up to 1.
    """
    per = statements_per_actor(statements)
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
def who_talks_about_whom(statements: pd.DataFrame) -> pd.DataFrame:
    """Speaker × target counts: ``[speaker, target, statements]``, self-targets excluded.

    A statement counts once for each distinct actor it mentions. Sorted by count
    descending, then speaker and target.
    """
    spoken = _spoken(statements)
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
def plot_statements_per_actor(statements: pd.DataFrame, ax: Any = None, top: int = 15) -> Any:
    """Horizontal bars of statements per speaker (direct and indirect stacked, n labelled).

    The ``top`` most quoted speakers, the most quoted at the top. Returns the Axes.
    """
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    per = statements_per_actor(statements).head(top).iloc[::-1]
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
