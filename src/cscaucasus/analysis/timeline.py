"""The merged timeline: one row per happening (event cluster), and a timeline figure.

:func:`chronology` turns the ``events`` table into one row per ``cluster_id``: its date
at the finest precision any report gives, a representative description, the actors,
the articles and outlets that report it, how many distinct articles do (``count``) and
how many independent ones (``stories``: distinct stories, see :mod:`cscaucasus.stories`).
``events.cluster_id`` follows stories (:mod:`cscaucasus.happenings`): a happening told by
a wire story and its ten syndicated copies is one row with eleven sources. Events
without a date (relative expressions in an undated article) have no cluster and are
left out. :func:`plot_timeline` draws the
rows along a date axis with one label row per happening, so labels never overlap
however many there are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import BoundaryNorm
from matplotlib.ticker import MaxNLocator

from ..chronology import PRECISIONS, keywords
from ..lexicon import verbs
from ..tables import Corpus
from .checks import tables_checked

__all__ = [
    "chronology",
    "date_labels",
    "event_evidence",
    "event_label",
    "plot_timeline",
]

CHRONOLOGY_COLUMNS: dict[str, str] = {
    "cluster_id": "string",
    "date": "datetime64[ns]",
    "precision": "string",
    "description": "string",
    "actors": "object",
    "sources": "object",
    "outlets": "object",
    "count": "int64",
    "stories": "int64",
    "date_text": "object",
}
DATE_FORMATS = {"day": "%d %b %Y", "month": "%b %Y", "year": "%Y"}


@tables_checked
def chronology(corpus) -> pd.DataFrame:
    """One row per happening, sorted by date: see the module docstring for the columns.

    ``corpus`` is a :class:`cscaucasus.Corpus` (its ``events`` and ``articles``). The
    representative description is, among the reports of the finest precision, the
    one sharing most keywords with the other reports (ties: the shorter, then the
    first event id), so a headline-like sentence wins over a long quote.
    """
    events = corpus.events
    events = events[events.cluster_id.notna() & events.date.notna()]
    if not len(events):
        return _empty()
    outlets = dict(zip(corpus.articles.article_id, corpus.articles.outlet, strict=True))
    story_of = _stories_of(corpus.articles)
    rank = {p: i for i, p in enumerate(PRECISIONS)}
    rows = []
    ordered = events.assign(_rank=events.precision.map(rank)).sort_values(
        ["cluster_id", "_rank", "event_id"], kind="stable"
    )
    for cluster_id, group in ordered.groupby("cluster_id", sort=True):
        finest = group[group._rank == group._rank.min()]
        sources = list(dict.fromkeys(sorted(group.article_id.astype(str))))
        rows.append(
            {
                "cluster_id": cluster_id,
                "date": finest.date.min(),
                "precision": finest.precision.iloc[0],
                "description": _representative(finest, group),
                "actors": sorted({a for actors in group.actors for a in actors}),
                "sources": sources,
                "outlets": list(dict.fromkeys(str(outlets.get(s)) for s in sources)),
                "count": len(sources),
                "stories": len({story_of.get(s, s) for s in sources}),
                "date_text": list(dict.fromkeys(group.sort_values("event_id").date_text)),
            }
        )
    table = pd.DataFrame(rows).sort_values(["date", "cluster_id"], kind="stable")
    return table.astype(CHRONOLOGY_COLUMNS).reset_index(drop=True)


def _stories_of(articles: pd.DataFrame) -> dict[str, str]:
    """Each article's story id (none without the column: every article its own)."""
    if "story_id" not in articles:
        return {}
    known = articles[articles["story_id"].notna()]
    return dict(zip(known["article_id"].astype(str), known["story_id"].astype(str), strict=True))


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=t) for c, t in CHRONOLOGY_COLUMNS.items()})


def _representative(finest: pd.DataFrame, group: pd.DataFrame) -> str:
    words = {e.event_id: keywords(e.description or "") for e in group.itertuples()}

    def key(e) -> tuple:
        shared = sum(len(words[e.event_id] & words[o]) for o in words if o != e.event_id)
        return (-shared, len(e.description or ""), e.event_id)

    best = min(finest.itertuples(), key=key)
    return str(best.description)


@tables_checked
def plot_timeline(
    chron: pd.DataFrame,
    ax: plt.Axes | None = None,
    *,
    color_by: str = "count",
    max_label_chars: int = 90,
    top: int | None = 60,
) -> plt.Axes:
    """Happenings along a date axis, one labelled row each, newest at the bottom.

    Each happening is a marker at its date on its own row; the label ("23 Nov 2022 —
    description") sits beside the marker, on the side with more room, so no two labels
    share a row and none overlap. ``color_by="count"`` colours markers by the number of
    reporting articles (with a colour bar); ``color_by="actor"`` by the first actor
    (with a legend). A ``what`` column (:func:`~cscaucasus.analysis.happening_labels`)
    gives the labels, else :func:`event_label` of the description; labels are cut to
    ``max_label_chars`` characters. With more than
    ``top`` happenings only the ``top`` most reported are drawn (ties: the earlier
    first), and the title says so; ``top=None`` draws them all.
    """
    if color_by not in ("count", "actor"):
        raise ValueError(f"color_by must be 'count' or 'actor', not {color_by!r}")
    total = len(chron)
    if top is not None and total > top:
        ranked = chron.reset_index(drop=True)
        keep = ranked.sort_values(["count", "date"], ascending=[False, True], kind="stable")
        chron = ranked.loc[sorted(keep.index[:top])]
    n = len(chron)
    if ax is None:
        _, ax = plt.subplots(figsize=(12, max(2.5, 0.32 * n + 1.2)))
    if n == 0:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        return ax
    dates = pd.to_datetime(chron.date).reset_index(drop=True)
    rows = list(range(n))
    colours = _colours(chron.reset_index(drop=True), color_by, ax)
    ax.hlines(rows, dates.min(), dates, color="0.85", linewidth=0.6, zorder=1)
    ax.scatter(dates, rows, c=colours, s=40, zorder=3, edgecolors="0.2", linewidths=0.5)
    span = dates.max() - dates.min()
    middle = dates.min() + span / 2
    for row, item in zip(rows, chron.itertuples(index=False), strict=True):
        label = _label(item, max_label_chars)
        right = pd.Timestamp(item.date) <= middle
        ax.annotate(
            label,
            (pd.Timestamp(item.date), row),
            xytext=(6 if right else -6, 0),
            textcoords="offset points",
            ha="left" if right else "right",
            va="center",
            fontsize=8,
        )
    pad = span * 0.05 if span > pd.Timedelta(0) else pd.Timedelta(days=15)
    ax.set_xlim(dates.min() - pad, dates.max() + pad)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    if n < total:
        ax.set_title(f"Chronology: the {n} most reported of {total:,} happenings")
    else:
        ax.set_title(f"Chronology: {n} happenings")
    return ax


def _label(item, max_chars: int) -> str:
    fmt = DATE_FORMATS.get(str(item.precision), "%Y-%m-%d")
    what = getattr(item, "what", None)  # happening_labels' label, where the caller added it
    if not isinstance(what, str):
        what = event_label(str(item.description), list(item.date_text))
    text = f"{pd.Timestamp(item.date).strftime(fmt)} — {what}"
    if len(text) > max_chars:
        text = text[: max(1, max_chars - 1)].rstrip(" ,;") + "…"
    return f"{text} ({item.count})" if item.count > 1 else text


# The verbs of "X said that" (one that takes an addressee with it: "X told reporters that").
_FRAME_VERBS = "|".join(
    verb + (r" [\w ]+" if verb in verbs("addressee") else "") for verb in verbs("timeline_frame")
)
# Openings that frame a happening rather than tell it ("According to him, …", "X said that").
_FRAME = re.compile(
    r"^(?:however|moreover|meanwhile|also|in addition|according to [^,]+|it is [\w ]+ that"
    rf"|[\w’' .-]+? (?:{_FRAME_VERBS}) that)\s*,?\s*",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"\s*(?:[,;:—–]|\bwhen\b|\bwhich\b|\bwhere\b)\s*")
_LEAD = re.compile(
    r"^(?:(?:and|but|that|then|the|a|an|said|adding that|has said|also)\s+)+", re.IGNORECASE
)
_PREPOSITION = r"(?:\b(?:in|on|at|by|since|from|until|during|of)\s+)?(?:the\s+)?"


def event_label(description: str, date_texts: Sequence[str] = (), max_words: int = 10) -> str:
    """What happened, in a few words: the clause of the sentence that holds the date,
    without its framing ("According to him", "X said that") and without the date itself.

    >>> event_label("However, Armenia's territory was attacked in July, when Azerbaijan "
    ...             "launched a brazen attack.", ["in July"])
    "Armenia's territory was attacked"
    >>> event_label("According to him, it is important that the joint statement adopted "
    ...             "following the Sochi meeting at the end of last month confirmed the "
    ...             "commitment.", ["at the end of last month"])
    'Joint statement adopted following the Sochi meeting confirmed the commitment'
    """
    text = " ".join(description.split())
    date = next((d for d in date_texts if d and d in text), None)
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    clause = next((c for c in clauses if date and date in c), clauses[0] if clauses else text)
    while (shorter := _FRAME.sub("", clause, count=1)) != clause and shorter:
        clause = shorter
    if date:
        clause = re.sub(_PREPOSITION + re.escape(date), " ", clause)
    clause = _LEAD.sub("", " ".join(clause.split()).strip(" .,;"))
    words = clause.split()
    if not words:  # the clause was the date alone: fall back to the sentence's start
        words = _LEAD.sub("", _FRAME.sub("", text)).split()
    label = " ".join(words[:max_words]) + ("…" if len(words) > max_words else "")
    return label[:1].upper() + label[1:]


def _colours(chron: pd.DataFrame, color_by: str, ax: plt.Axes) -> list:
    if color_by == "count":
        # counts are whole numbers: one colour per count, integer ticks on the bar
        counts = chron["count"].astype(int)
        top = max(2, int(counts.max()))
        norm = BoundaryNorm(np.arange(0.5, top + 1), ncolors=256)
        cmap = plt.get_cmap("viridis")
        mappable = plt.cm.ScalarMappable(norm=norm, cmap=cmap)
        bar = ax.figure.colorbar(
            mappable, ax=ax, label="reporting articles", fraction=0.03, pad=0.01
        )
        bar.locator = MaxNLocator(integer=True)
        bar.update_ticks()
        return [cmap(norm(c)) for c in counts]
    main = [actors[0] if len(actors) else "(no actor)" for actors in chron.actors]
    names = list(dict.fromkeys(sorted(main)))
    cmap = plt.get_cmap("tab10" if len(names) <= 10 else "tab20")
    colour_of = {name: cmap(i % cmap.N) for i, name in enumerate(names)}
    for name in names:
        ax.scatter([], [], color=colour_of[name], label=name)
    ax.legend(title="main actor", fontsize=7, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return [colour_of[m] for m in main]


def date_labels(dates: pd.Series, precision: pd.Series) -> pd.Series:
    """Dates written at their precision: ``23 Nov 2022``, ``Nov 2022``, ``2022`` (NA if
    NaT: a table shows it as missing, "—")."""
    labels = [
        pd.Timestamp(d).strftime(DATE_FORMATS.get(p, "%Y-%m-%d")) if pd.notna(d) else pd.NA
        for d, p in zip(dates, precision, strict=True)
    ]
    return pd.Series(labels, index=dates.index, dtype="string")


@tables_checked
def event_evidence(corpus: Corpus, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Events beside the sentence they come from and its outlet, by date.

    Columns: ``cluster_id, date, precision, date_text, outlet, article_id, sentence``;
    ``date`` is written at its precision (:func:`date_labels`).
    """
    events = corpus.events if events is None else events
    sentences = corpus.sentences[["article_id", "sentence_id", "text"]].rename(
        columns={"text": "sentence"}
    )
    outlets = corpus.articles[["article_id", "outlet"]]
    out = events.merge(sentences, on=["article_id", "sentence_id"], how="left").merge(
        outlets, on="article_id", how="left"
    )
    out = out.sort_values(["date", "cluster_id", "event_id"], kind="stable", na_position="last")
    out["date"] = date_labels(out["date"], out["precision"])
    columns = ["cluster_id", "date", "precision", "date_text", "outlet", "article_id", "sentence"]
    return out[columns].reset_index(drop=True)
