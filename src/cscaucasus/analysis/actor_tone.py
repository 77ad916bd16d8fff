"""Tone by actor: mean VADER compound with bootstrap intervals, explained by words.

Every table says how many statements stand behind each figure (``n``) and flags small
samples (``small_sample``) instead of hiding them. Intervals are 95% percentile
bootstrap intervals of the mean compound: ``n_boot`` resamples of the group's
statements with replacement, the 2.5th and 97.5th percentiles (numpy's default linear
interpolation) of the resampled means. Each group is resampled with its own generator
seeded with ``seed``, so a group's interval does not depend on which other groups are
in the table, and the same input gives the same table. A group of one statement has no
interval (``ci_low``/``ci_high`` are NaN): resampling one value would show a zero-width
interval, i.e. false certainty.

Statements without a resolved speaker (``speaker`` is None) or without a score
(``compound`` is NaN) are left out of every table: tone needs an actor and a score.
``count="statements"`` (the default) weighs each statement once however many articles
report it (its first report, see :mod:`cscaucasus.stories`); ``count="reports"``
weighs every report, syndicated copies included.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..stories import one_per_cluster
from .checks import tables_checked
from .frequency import in_headline
from .grouping import regroup

__all__ = [
    "SCORE_LABELS",
    "bootstrap_ci",
    "plot_actor_target_heatmap",
    "plot_sentiment_by_actor",
    "sentiment_by_actor",
    "sentiment_by_actor_month",
    "sentiment_by_actor_target",
    "stance_by_actor_target",
    "top_words",
]

CONFIDENCE = 0.95
BOOTSTRAP_BATCH_DRAWS = 2_000_000
STAT_COLUMNS: dict[str, str] = {
    "n": "int64",
    "mean": "float64",
    "ci_low": "float64",
    "ci_high": "float64",
    "small_sample": "bool",
}


def bootstrap_ci(
    values: np.ndarray, *, n_boot: int = 2000, seed: int = 0, confidence: float = CONFIDENCE
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of ``values`` (NaN, NaN when n < 2).

    >>> bootstrap_ci(np.array([0.5, 0.5, 0.5]))
    (0.5, 0.5)
    """
    values = np.asarray(values, dtype="float64")
    if len(values) < 2:
        return (np.nan, np.nan)
    rng = np.random.default_rng(seed)
    # resample in batches of at most ~2 million draws, so memory stays small for big groups
    batch = max(1, BOOTSTRAP_BATCH_DRAWS // len(values))
    means = np.concatenate(
        [
            values[
                rng.integers(0, len(values), size=(min(batch, n_boot - done), len(values)))
            ].mean(axis=1)
            for done in range(0, n_boot, batch)
        ]
    )
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return (float(low), float(high))


def _scored(
    statements: pd.DataFrame, score: str = "compound", count: str = "statements"
) -> pd.DataFrame:
    """Scored statements of the body with a speaker (headlines restate the body), one
    per statement cluster (or every report, see ``count``); the ``score`` column's value
    is put in ``compound`` (``score="tone"``: the validated tone, -1/0/+1, instead of
    VADER's compound)."""
    keep = statements["speaker"].notna() & statements[score].notna() & ~in_headline(statements)
    out = one_per_cluster(statements.loc[keep], count).copy()
    out["speaker"] = out["speaker"].astype("string")
    out["compound"] = out[score].astype("float64")
    return out


def _summarise(
    frame: pd.DataFrame, keys: list[str], key_dtypes: dict[str, str], n_boot, seed, min_n
) -> pd.DataFrame:
    rows = []
    for key, group in frame.groupby(keys, sort=True, dropna=True):
        values = group["compound"].to_numpy(dtype="float64")
        low, high = bootstrap_ci(values, n_boot=n_boot, seed=seed)
        key = key if isinstance(key, tuple) else (key,)
        rows.append((*key, len(values), float(values.mean()), low, high, len(values) < min_n))
    columns = {**key_dtypes, **STAT_COLUMNS}
    table = pd.DataFrame(rows, columns=list(columns)).astype(columns)
    order = table.sort_values(["n", *keys], ascending=[False] + [True] * len(keys), kind="stable")
    return order.reset_index(drop=True)


@tables_checked
def sentiment_by_actor(
    statements: pd.DataFrame,
    *,
    by: str = "speaker",
    actors: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    score: str = "compound",
    count: str = "statements",
) -> pd.DataFrame:
    """Mean compound per speaker: ``speaker, n, mean, ci_low, ci_high, small_sample``.

    Ordered by ``n`` (most statements first), then speaker. ``ci_low``/``ci_high`` is the
    95% percentile bootstrap interval of the mean (NaN when n = 1, see the module
    docstring); ``small_sample`` is ``n < min_n``: shown, flagged, never dropped.
    ``by`` groups the statements by ``speaker``, ``affiliation`` or ``type`` (with
    ``actors=corpus.actors``) or ``outlet`` (with ``articles=corpus.articles``), see
    :func:`~cscaucasus.analysis.grouping.regroup`; the first column is named after it.
    ``score="tone"`` averages the validated tone (-1/0/+1) instead of VADER's compound;
    ``score="tone_score"`` its expected value P(+1) - P(-1), whose actor means agree
    better with coders' (docs/tone.md, "An actor's mean").
    """
    frame = _scored(regroup(statements, by, actors=actors, articles=articles), score, count)
    table = _summarise(frame, ["speaker"], {"speaker": "string"}, n_boot, seed, min_n)
    return table.rename(columns={"speaker": by})


@tables_checked
def sentiment_by_actor_target(
    statements: pd.DataFrame,
    *,
    by: str = "speaker",
    actors: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    score: str = "compound",
    count: str = "statements",
) -> pd.DataFrame:
    """Mean compound per speaker and target (an actor the statement mentions).

    A statement with several targets counts once for each; one without targets is in
    no row. Columns: ``speaker, target, n, mean, ci_low, ci_high, small_sample``; with
    ``by`` (see :func:`sentiment_by_actor`) the first column is named after it and
    targets are grouped alike (except by outlet).
    """
    grouped = regroup(statements, by, actors=actors, articles=articles)
    frame = _scored(grouped, score, count)[["speaker", "targets", "compound"]]
    frame = frame.explode("targets").rename(columns={"targets": "target"})
    frame = frame[frame["target"].notna()].astype({"target": "string"})
    table = _summarise(
        frame,
        ["speaker", "target"],
        {"speaker": "string", "target": "string"},
        n_boot,
        seed,
        min_n,
    )
    table = table.rename(columns={"speaker": by})
    table.attrs["score"] = score  # the heat map's colour bar names it
    return table


@tables_checked
def stance_by_actor_target(
    statements: pd.DataFrame,
    *,
    by: str = "speaker",
    actors: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    count: str = "statements",
) -> pd.DataFrame:
    """Stance per speaker and target: who is for or against whom.

    Each statement with a ``target`` (the one actor its main point evaluates, see
    :mod:`cscaucasus.stance`) counts once, toward that target only. Columns: ``speaker,
    target, n, against, neither, for`` (statements of stance −1 / 0 / +1), ``mean,
    ci_low, ci_high, small_sample`` (the mean stance with its 95% bootstrap interval), in
    the order of :func:`sentiment_by_actor_target`; ``by`` as there.
    """
    if "stance" not in statements.columns:
        raise ValueError("the statements have no stance: rebuild the tables (cscaucasus build)")
    grouped = regroup(statements, by, actors=actors, articles=articles)
    grouped = grouped[grouped["target"].notna()]
    frame = _scored(grouped, "stance", count)[["speaker", "target", "compound"]]
    frame = frame.astype({"target": "string"})
    table = _summarise(
        frame, ["speaker", "target"], {"speaker": "string", "target": "string"}, n_boot, seed, min_n
    )
    counts = frame.groupby(["speaker", "target"])["compound"].value_counts().unstack(fill_value=0)
    counts = counts.reindex(columns=[-1.0, 0.0, 1.0], fill_value=0)
    keys = pd.MultiIndex.from_frame(table[["speaker", "target"]].astype(object))
    for i, label in enumerate(("against", "neither", "for")):
        values = counts.iloc[:, i].reindex(keys, fill_value=0) if len(counts) else 0
        table.insert(3 + i, label, np.asarray(values, dtype="int64"))
    table = table.rename(columns={"speaker": by})
    table.attrs["score"] = "stance"
    return table


@tables_checked
def sentiment_by_actor_month(
    statements: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    by: str = "speaker",
    actors: pd.DataFrame | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    min_n: int = 5,
    score: str = "compound",
    count: str = "statements",
) -> pd.DataFrame:
    """Mean compound per speaker (or ``by`` group) and month of publication.

    ``month`` is the first day of the month (datetime64). Statements from articles
    without a publication date are left out. Columns: ``speaker, month, n, mean,
    ci_low, ci_high, small_sample``, ordered by speaker and month.
    """
    published = articles.drop_duplicates("article_id").set_index("article_id")["published"]
    frame = _scored(regroup(statements, by, actors=actors, articles=articles), score, count)
    dates = pd.to_datetime(published.reindex(frame["article_id"].to_numpy()).to_numpy())
    dates = pd.Series(dates, index=frame.index, dtype="datetime64[ns]")
    frame = frame.assign(month=dates.dt.to_period("M").dt.to_timestamp().astype("datetime64[ns]"))
    frame = frame[frame["month"].notna()]
    table = _summarise(
        frame,
        ["speaker", "month"],
        {"speaker": "string", "month": "datetime64[ns]"},
        n_boot,
        seed,
        min_n,
    )
    table = table.sort_values(["speaker", "month"], kind="stable").reset_index(drop=True)
    return table.rename(columns={"speaker": by})


@tables_checked
def top_words(
    statements: pd.DataFrame,
    *,
    by: str = "speaker",
    actors: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
    domain: bool = True,
    n: int = 5,
    count: str = "statements",
) -> pd.DataFrame:
    """The words that most move each speaker's mean tone: ``speaker, word, contribution, count``.

    ``contribution`` is the sum of the word's :func:`cscaucasus.sentiment.explain`
    contributions over the speaker's scored statements, divided by the number of those
    statements: the word's share of the speaker's mean compound (all of a speaker's
    words and the ``!``/``?`` emphasis add up to the mean). ``count`` is how many times
    the word occurs in them with a non-zero valence (words the rules zeroed, and the
    domain lexicon's neutral names, are not listed). Per speaker, the ``n`` words with
    the largest absolute contribution, ties broken by word. With ``by`` (see
    :func:`sentiment_by_actor`) the words are those of each group, named in the first
    column.
    """
    columns = {by: "string", "word": "string", "contribution": "float64", "count": "int64"}
    frame = _scored(regroup(statements, by, actors=actors, articles=articles), count=count)
    if frame.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    from .. import sentiment  # NLTK's VADER, imported once a statement is explained

    words = sentiment.explain_table(frame["text"].astype(str), domain=domain)
    words = words[words["valence"] != 0]
    statements_per_speaker = frame.groupby("speaker").size()
    if words.empty:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})
    words = words.assign(speaker=frame["speaker"].to_numpy()[words["text"].to_numpy()])
    table = words.groupby(["speaker", "word"], sort=True).agg(
        contribution=("contribution", "sum"), count=("contribution", "size")
    )
    table = table.reset_index()
    table["contribution"] = table["contribution"] / table["speaker"].map(statements_per_speaker)
    table = table.assign(_size=table["contribution"].abs())
    table = table.sort_values(["speaker", "_size", "word"], ascending=[True, False, True])
    table = table.groupby("speaker", sort=False).head(n).drop(columns="_size")
    return table.rename(columns={"speaker": by}).astype(columns).reset_index(drop=True)


# --------------------------------------------------------------------------- plots


@tables_checked
def plot_sentiment_by_actor(table: pd.DataFrame, ax=None, top: int = 30):
    """Mean compound per actor with 95% interval bars and ``n`` labels.

    ``table`` is :func:`sentiment_by_actor`'s output (most statements first). Small
    samples are drawn hollow and grey and labelled "n=…, small"; an actor without an
    interval (n = 1) shows the point alone. Only the first ``top`` actors are drawn
    (the title says so when some are left out).
    """
    import matplotlib.pyplot as plt

    if len(table) > top:
        ax = plot_sentiment_by_actor(table.head(top), ax=ax, top=top)
        ax.set_title(f"the {top} of {len(table)} speakers with the most statements", fontsize=9)
        return ax

    if ax is None:
        _, ax = plt.subplots(figsize=(7, 0.5 * max(len(table), 2) + 1))
    ax.axvline(0, color="0.6", linewidth=0.8)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean VADER compound (95% bootstrap interval)")
    if table.empty:
        return _say_empty(
            ax,
            "No statement in this selection has both a resolved speaker and a score:\n"
            "widen the period or the actor focus.",
        )
    y = np.arange(len(table))[::-1]
    mean = table["mean"].to_numpy(dtype="float64")
    low = mean - table["ci_low"].to_numpy(dtype="float64")
    high = table["ci_high"].to_numpy(dtype="float64") - mean
    small = table["small_sample"].to_numpy(dtype=bool)
    for flag, colour, face in ((False, "tab:blue", "tab:blue"), (True, "0.5", "white")):
        mask = small == flag
        if not mask.any():
            continue
        ax.errorbar(
            mean[mask],
            y[mask],
            xerr=np.nan_to_num(np.vstack([low[mask], high[mask]])),
            fmt="o",
            color=colour,
            markerfacecolor=face,
            capsize=3,
            label="small sample" if flag else "n ≥ min_n",
        )
    for yi, m, n_, flag in zip(y, mean, table["n"], small, strict=True):
        ax.annotate(
            f"n={n_}" + (", small" if flag else ""),
            (m, yi),
            xytext=(0, 7),
            textcoords="offset points",
            ha="center",
            fontsize=8,
            color="0.4" if flag else "black",
        )
    ax.set_yticks(y, table[table.columns[0]].astype(str))  # speaker, or the ``by`` group
    ax.set_ylim(-0.7, len(table) - 0.3)
    if small.any():
        # beside the axes, where it covers no point (inside, it hid one on the seeds)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    return ax


@tables_checked
def plot_actor_target_heatmap(table: pd.DataFrame, ax=None, top: int = 20):
    """Speaker x target heat map of the mean score, each cell annotated with mean and n.

    ``table`` is :func:`sentiment_by_actor_target`'s output (the colour bar names its
    score). Small-sample cells are hatched; empty cells (no statement) stay blank. The
    labels fit their cells at 8-10 points (one decimal, then n without "n=", where they
    would not) and the figure is at most :data:`HEATMAP_MAX_WIDTH` wide, so that a report
    does not shrink it. Only
    the ``top`` speakers and targets with the most statements are drawn (the title says
    so when some are left out), the most quoted first.
    """
    import matplotlib.pyplot as plt

    table = table.rename(columns={table.columns[0]: "speaker"})  # speaker, or the by group
    all_speakers = _most_statements(table, "speaker")
    all_targets = _most_statements(table, "target")
    speakers, targets = all_speakers[:top], sorted(all_targets[:top])
    table = table[table["speaker"].astype(str).isin(speakers)]
    table = table[table["target"].astype(str).isin(targets)]
    own = ax is None
    if ax is None:
        width = min(0.75 * max(len(targets), 2) + 4, HEATMAP_MAX_WIDTH)
        _, ax = plt.subplots(figsize=(width, 0.5 * max(len(speakers), 2) + 2.5))
    ax.set_xlabel("target")
    ax.set_ylabel("speaker")
    if table.empty:
        return _say_empty(
            ax,
            "No statement in this selection names another actor (a target):\n"
            "there is no speaker × target pair to show.",
        )
    grid = table.pivot(index="speaker", columns="target", values="mean")
    grid = grid.reindex(index=speakers, columns=targets).astype("float64")
    image = ax.imshow(grid.to_numpy(), cmap="RdBu", vmin=-1, vmax=1, aspect="auto")
    label = SCORE_LABELS.get(table.attrs.get("score"), "mean score")
    ax.figure.colorbar(image, ax=ax, label=label)
    ax.set_xticks(range(len(targets)), targets, rotation=30, ha="right")
    ax.set_yticks(range(len(speakers)), speakers)
    if own:  # the names' room taken first: the cells' width is then known
        ax.figure.tight_layout()
    digits, prefix, size = _cell_text(ax, len(targets), int(table["n"].max()))
    for row in table.itertuples(index=False):
        i, j = speakers.index(str(row.speaker)), targets.index(str(row.target))
        ax.text(
            j,
            i,
            f"{row.mean:+.{digits}f}\n{prefix}{row.n}",
            ha="center",
            va="center",
            fontsize=size,
            color="black" if abs(row.mean) < 0.6 else "white",
        )
        if row.small_sample:
            ax.add_patch(
                plt.Rectangle(
                    (j - 0.5, i - 0.5), 1, 1, fill=False, hatch="//", edgecolor="0.5", linewidth=0
                )
            )
    if len(all_speakers) > len(speakers) or len(all_targets) > len(targets):
        ax.set_title(
            f"the {len(speakers)} of {len(all_speakers)} speakers and {len(targets)} of "
            f"{len(all_targets)} targets with the most statements",
            fontsize=9,
        )
    return ax


#: Widest heat map, in inches: about a report page's width at the notebooks' 110 dpi, so
#: that the image is shown at its size, not shrunk (with its labels) to fit the page.
HEATMAP_MAX_WIDTH = 11.0
#: What the mean of each ``score`` column is called on the charts.
SCORE_LABELS = {
    "stance": "mean stance toward the target",
    "tone_score": "mean expected tone",
    "tone": "mean validated tone",
    "compound": "mean VADER compound",
}
#: A cell's label: the mean with two decimals where it fits, else one, at 8-10 points.
HEATMAP_FONT_RANGE = (8.0, 10.0)


def _cell_text(ax, columns: int, largest_n: int) -> tuple[int, str, float]:
    """(decimals, prefix of n, font size in points) of labels that fit a cell's width:
    "+0.25 / n=12" where it fits, else "+0.3 / n=12", else "+0.3 / 12"."""
    figure_width = ax.figure.get_figwidth() * 72  # points
    cell = ax.get_position().width * figure_width / max(columns, 1)
    low, high = HEATMAP_FONT_RANGE
    for digits, prefix in ((2, "n="), (1, "n="), (1, "")):
        chars = max(digits + 3, len(f"{prefix}{largest_n}"))  # "+0.25": sign, point, digits
        size = cell / (0.62 * chars + 0.6)
        if size >= low:
            return digits, prefix, min(size, high)
    return 1, "", low


def _say_empty(ax, message: str):
    """An empty chart that says why it is empty (no axes, no misleading scale)."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=10, transform=ax.transAxes)
    return ax


def _most_statements(table: pd.DataFrame, column: str) -> list[str]:
    """The values of ``column`` by their total ``n``, largest first (ties by name)."""
    totals = table.groupby(table[column].astype(str))["n"].sum()
    return sorted(totals.index, key=lambda name: (-totals[name], name))
