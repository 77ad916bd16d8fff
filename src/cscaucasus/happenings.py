"""Happenings: an event told by a story and its syndicated copies is one cluster.

The clustering of events (:func:`chronology.cluster_events`, ``events.period_cluster``)
links the reports of one happening by date, actors and rare words, one period at a
time. Syndicated copies defeat it where they differ in what it weighs: a late repost's
"yesterday" is a day later, and where copies fill a month a word found in every one of
them weighs nothing. ``events.cluster_id`` therefore follows stories
(:mod:`cscaucasus.stories`): an event in a copy takes the cluster of the same event in
an earlier article of its story (the original first, then by publication date) — the
same date expression (case and spacing aside), the same date or one moved by the copy's
delay (a late repost's "yesterday" moves with it; a "November 23" resolved to another
year in a copy a day late is another happening), and at least ``SAME_EVENT_SHARE`` of
the larger set of keywords in common (the most in common wins; ties: the first). Every
other event keeps its period cluster. So a happening told by a wire story and its ten
copies is one cluster with eleven articles, and independent articles linked by the
period clustering stay in it as corroboration; an event of a copy in other words, or
an article of another story, is not moved.

Each story's events are followed on their own, so an incremental build follows again
only the stories a change can reach (:func:`to_follow`). See ``docs/stories.md``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .chronology import keywords

__all__ = ["SAME_EVENT_SHARE", "follow_stories", "link", "to_follow", "update"]

#: Share of the larger keyword set two events in copies of one story must share, with
#: the same date expression, to be the same event of the story.
SAME_EVENT_SHARE = 0.5
#: The columns of ``events`` and ``articles`` that following stories reads.
EVENT_COLUMNS = (
    "event_id", "article_id", "date", "precision", "date_text", "description", "period_cluster"
)  # fmt: skip
ARTICLE_COLUMNS = ("article_id", "story_id", "published")

#: How far a date of a late copy may move beyond the copy's delay, by precision ("last
#: month" of a repost a day late can be the next month).
SLACK = {"day": 0, "month": 31, "year": 366}
NS_PER_DAY = 86_400 * 10**9
UNDATED = np.iinfo(np.int64).max

Anchor = tuple[frozenset[str], str, str, int, int]  # keywords, article, cluster, date, published


def link(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``events`` with ``cluster_id``: the period cluster, stories followed
    (:func:`follow_stories`)."""
    return events.assign(cluster_id=follow_stories(events, articles).array)


def follow_stories(events: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Each event's cluster with stories followed (aligned with ``events``; see the
    module doc). ``events`` need :data:`EVENT_COLUMNS`, ``articles``
    :data:`ARTICLE_COLUMNS`; a story's events must all be among ``events``.

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "story_id": ["a", "a"],
    ...     "published": pd.to_datetime(["2022-11-23", "2022-11-24"])})
    >>> events = pd.DataFrame({"event_id": ["a:e0", "b:e0"], "article_id": ["a", "b"],
    ...     "date": pd.to_datetime(["2022-11-22", "2022-11-23"]), "precision": ["day"] * 2,
    ...     "date_text": ["yesterday"] * 2, "period_cluster": ["c20221122-1", "c20221123-2"],
    ...     "description": ["The CSTO summit opened in Yerevan"] * 2})
    >>> follow_stories(events, articles).tolist()
    ['c20221122-1', 'c20221122-1']
    """
    out = events["period_cluster"].astype(object).to_numpy(copy=True)
    story_of = _stories_of(articles)
    if story_of:
        for at, cluster in _copied_events(events, articles, story_of):
            out[at] = cluster
    return pd.Series(pd.array(out, dtype="string"), index=events.index, name="cluster_id")


def _stories_of(articles: pd.DataFrame) -> dict[str, str]:
    """Each article's story id (none without the column: every article its own)."""
    if "story_id" not in articles:
        return {}
    known = articles[articles["story_id"].notna()]
    return dict(zip(known["article_id"].astype(str), known["story_id"].astype(str), strict=True))


def _article_rank(articles: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Each article's place in its story's order (the original, then by publication
    date, undated last, then table order) and its publication time (ns; undated: the
    largest int64, which no delay reaches)."""
    article_ids = articles["article_id"].astype(str)
    later = (article_ids != articles["story_id"].astype(str)).to_numpy(dtype=bool)
    published = articles["published"].to_numpy("datetime64[ns]")
    day = np.where(np.isnat(published), UNDATED, published.astype(np.int64))
    order = np.lexsort((np.arange(len(articles)), day, later))
    index = article_ids.to_numpy()
    return pd.Series(np.argsort(order), index=index), pd.Series(day, index=index)


def _copied_events(
    events: pd.DataFrame, articles: pd.DataFrame, story_of: dict[str, str]
) -> list[tuple[int, str]]:
    """(position in ``events``, cluster) of every event that takes an earlier copy's."""
    sizes = pd.Series(list(story_of.values())).value_counts()
    shared = set(sizes.index[sizes > 1])
    rows = events[list(EVENT_COLUMNS)].assign(
        at=np.arange(len(events)), story=events["article_id"].astype(str).map(story_of)
    )
    rows = rows[rows["story"].isin(shared) & rows["period_cluster"].notna()]
    if not len(rows):
        return []
    rank, published = _article_rank(articles)
    ids = rows["article_id"].astype(str)
    dates = rows["date"].to_numpy("datetime64[ns]")
    rows = rows.assign(
        rank=ids.map(rank),
        published=ids.map(published),
        day=np.where(np.isnat(dates), np.iinfo(np.int64).min, dates.astype(np.int64)),
        slack=rows["precision"].map(SLACK).fillna(0).to_numpy(np.int64) * NS_PER_DAY,
    )
    rows = rows.sort_values(["story", "rank", "event_id"], kind="stable")
    # (copies repeat descriptions and date expressions: each distinct one once)
    codes, texts = pd.factorize(rows["description"].fillna("").astype(str))
    words_of = [keywords(text) for text in texts]
    keys, expressions = pd.factorize(rows["date_text"].fillna("").astype(str))
    key_of = [" ".join(text.lower().split()) for text in expressions]
    columns = [
        rows["story"].tolist(),
        [words_of[c] for c in codes],
        rows["article_id"].astype(str).tolist(),
        rows["period_cluster"].tolist(),
        rows["day"].tolist(),
        rows["published"].tolist(),
        [key_of[k] for k in keys],
        rows["slack"].tolist(),
        rows["at"].tolist(),
    ]
    found, story, anchors = [], None, {}
    for this_story, words, article, cluster, day, published, key, slack, at in zip(
        *columns, strict=True
    ):
        if this_story != story:  # each story's events on their own
            story, anchors = this_story, {}
        this = (words, article, cluster, day, published)
        match = _same_event(this, anchors.get(key, []), slack)
        if match is None:
            anchors.setdefault(key, []).append(this)
        elif match != cluster:
            found.append((at, match))
    return found


def _same_event(event: Anchor, anchors: list[Anchor], slack: int) -> str | None:
    """The cluster of the anchor (of another article, at the same date or at a date
    moved by the copy's delay, give or take ``slack``) sharing most of the event's
    words."""
    words, article_id, _, day, published = event
    best, best_shared = None, 0
    for other, source, cluster, other_day, other_published in anchors:
        shared = len(words & other)
        enough = shared >= SAME_EVENT_SHARE * max(len(words), len(other)) and (
            shared > 0 or words == other
        )
        if source == article_id or not enough or (best is not None and shared <= best_shared):
            continue
        delay = published - other_published if max(published, other_published) < UNDATED else 0
        if day == other_day or abs(day - other_day - delay) <= slack:
            best, best_shared = cluster, shared
    return best


def to_follow(
    events: pd.DataFrame, articles: pd.DataFrame, fresh: np.ndarray, stories_moved: set[str]
) -> np.ndarray:
    """Which events a change can move to another cluster (a boolean mask).

    ``events`` hold every event, ``articles`` every article with its current
    ``story_id``; ``fresh`` marks the events of new or changed articles and those whose
    period cluster changed; ``stories_moved`` are the stories (earlier or current ids)
    whose articles or original changed. An event's cluster depends only on the events
    of its story, so following the stories of these again gives what following every
    event gives.
    """
    story = events["article_id"].astype(str).map(_stories_of(articles))
    touched = set(story[fresh].dropna()) | stories_moved
    return fresh | story.isin(touched).to_numpy(dtype=bool)


def update(
    events: pd.DataFrame, articles: pd.DataFrame, changed: np.ndarray, stories_moved: set[str]
) -> np.ndarray:
    """Every event's cluster in an incremental build, as :func:`follow_stories` on every
    event gives it (object array aligned with ``events``).

    ``events`` hold every event now, with their current period clusters and their stored
    ``cluster_id`` (any value for new rows); ``changed`` marks the events of new or
    changed articles and those whose period cluster changed; ``stories_moved`` and
    ``articles`` as for :func:`to_follow`. Only the stories a change can reach are
    followed again.
    """
    ids = events["cluster_id"].to_numpy(object, na_value=None).copy()
    again = to_follow(events, articles, changed, stories_moved)
    if again.any():
        ids[again] = follow_stories(events[again], articles).to_numpy(object, na_value=None)
    return ids
