"""Tables a report shows beside the figures: one row per article, the extreme statements."""

from __future__ import annotations

import pandas as pd

from ..stories import one_per_cluster
from ..tables import Corpus
from .checks import tables_checked

__all__ = ["article_overview", "extreme_statements"]


@tables_checked
def article_overview(corpus: Corpus) -> pd.DataFrame:
    """One row per article: outlet, date, title, words, paragraphs, sentences, removed spans."""
    arts = corpus.articles
    counts = {
        name: getattr(corpus, table).groupby("article_id").size()
        for name, table in (
            ("paragraphs", "paragraphs"),
            ("sentences", "sentences"),
            ("removed", "boilerplate"),
            ("statements", "statements"),
        )
    }
    out = arts[["article_id", "outlet", "published", "published_source", "title"]].copy()
    out["words"] = arts["text"].fillna("").str.split().str.len().astype("int64")
    for name, series in counts.items():
        out[name] = out["article_id"].map(series).fillna(0).astype("int64")
    return out.sort_values(["published", "article_id"], kind="stable").reset_index(drop=True)


@tables_checked
def extreme_statements(
    statements: pd.DataFrame,
    *,
    n: int = 5,
    domain: bool = True,
    words: int = 4,
    count: str = "statements",
) -> pd.DataFrame:
    """The ``n`` most negative and ``n`` most positive scored statements, with their drivers.

    Columns: ``end`` (``negative``/``positive``), ``speaker``, ``compound``, ``drivers``
    (the ``words`` words with the largest absolute contribution summed over their
    occurrences, from
    :func:`cscaucasus.sentiment.explain`, e.g. ``"threat -0.42; support +0.31"``), ``text``.
    With ``count="statements"`` (the default) a statement reported by several articles
    is listed once (:func:`cscaucasus.stories.one_per_cluster`); ``"reports"``: each report.
    """
    scored = one_per_cluster(statements[statements["compound"].notna()], count)
    ordered = scored.sort_values(["compound", "statement_id"], kind="stable")
    low = ordered.head(n).assign(end="negative")
    high = ordered.iloc[::-1].head(n).assign(end="positive")
    high = high[~high["statement_id"].isin(low["statement_id"])]
    picked = pd.concat([low, high], ignore_index=True)

    from .. import sentiment  # NLTK's VADER, imported once a statement is explained

    def drivers(text: str) -> str:
        table = sentiment.explain(text, domain=domain)
        per_word = table[table["contribution"] != 0].groupby("word", sort=True)["contribution"]
        totals = per_word.sum()
        top = totals.reindex(totals.abs().sort_values(ascending=False, kind="stable").index)
        return "; ".join(f"{w} {c:+.2f}" for w, c in top.head(words).items())

    picked["drivers"] = picked["text"].astype(str).map(drivers).astype("string")
    return picked[["end", "speaker", "compound", "drivers", "text"]].reset_index(drop=True)
