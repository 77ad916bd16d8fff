"""Incremental builds: reuse a previous corpus's rows for unchanged articles.

Each article gets two keys. The *text key* covers what the text stages (clean,
segment, sentence sentiment) depend on: the file's content hash, path and metadata
row, the settings, and a fingerprint of the package's own code and data files. The
*actor key* adds the gazetteer (the ``actors`` table). An article whose actor key is
unchanged is taken whole from the previous corpus; one whose text key alone is
unchanged keeps its text tables and re-runs mentions, statements and events; any
other article is processed again. Because every key includes the code fingerprint,
a changed package can never serve stale rows.

Files are not even read when their stat signature (size, mtime, ctime, inode) is the
one recorded when an earlier build read them (:func:`known_files`): their content hash
is the recorded one. A file that changed within seconds of being read has no recorded
signature, so it is always read and hashed again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from .arrays import member, select
from .chronology import changed_periods, event_periods, event_stories
from .fingerprint import code_fingerprint
from .ingest import Document, KnownFile
from .pipeline import ACTOR, KEY_SETTINGS, PER_ARTICLE_TABLES, TEXT, TEXT_TABLES, problem_stages
from .tables import BuildState


class Cached:
    """An earlier build's tables (by name) and state, used as a cache: the rows of a
    set of articles are looked up through an index of each table, built once."""

    def __init__(self, tables: Mapping[str, pd.DataFrame], state: BuildState):
        self.tables, self.state = tables, state
        self._index: dict[str, dict[str, np.ndarray]] = {}

    @classmethod
    def of(cls, corpus: Any) -> Cached | None:
        """A :class:`cscaucasus.corpus.Corpus` (or None) as a cache."""
        return None if corpus is None else cls(corpus.tables(), corpus.state)

    def rows(self, name: str, ids: list[str]) -> pd.DataFrame:
        """The rows of table ``name`` for the articles ``ids``, in table order."""
        table = self.tables[name]
        if name not in self._index:
            column = table["article_id"] if len(table) else pd.Series([], dtype="string")
            self._index[name] = column.groupby(column, sort=False).indices if len(column) else {}
        index = self._index[name]
        parts = [index[a] for a in ids if a in index]
        rows = np.sort(np.concatenate(parts)) if parts else np.array([], dtype=np.int64)
        return table.iloc[rows].reset_index(drop=True)


def actors_fingerprint(actors: pd.DataFrame) -> str:
    records = actors.astype(object).where(actors.notna(), None).to_dict("records")
    text = json.dumps(records, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def article_keys(
    documents: list[Document], actors: pd.DataFrame, settings: dict[str, Any]
) -> dict[str, tuple[str, str]]:
    """``{article_id: (text_key, actor_key)}`` for every document."""
    # the settings the per-article stages depend on (the cross-article ones only move
    # the cross-article columns, computed on every build)
    shared = json.dumps({k: v for k, v in settings.items() if k in KEY_SETTINGS}, sort_keys=True)
    code, gazetteer = code_fingerprint(), actors_fingerprint(actors)
    keys = {}
    for doc in documents:
        meta = repr(sorted(doc.meta.items()))  # str or None values: repr tells them apart
        if doc.fields:  # an archive export's article: its place in the export, section, …
            meta += repr(sorted(doc.fields.items()))
        text_key = _hash(code, shared, doc.article_id, doc.path, doc.sha256, meta)
        keys[doc.article_id] = (text_key, _hash(text_key, gazetteer))
    return keys


def known_clusters(
    events: pd.DataFrame, previous: Cached | None, reuse_actor: set[str]
) -> pd.DataFrame | None:
    """``[period_cluster, story_id]`` aligned with ``events``: the previous period cluster
    of every event in a clustering period that no new, changed or removed article has
    events in (NA elsewhere), and the previous story of its article.

    A period's clusters depend only on its own events and on how stories group their
    articles (see :func:`chronology.cluster_events`, which checks the stories), and an
    article taken whole from ``previous`` has the same events, with their cluster ids,
    so such a period's previous clusters are what clustering it again would give.
    """
    if previous is None or not len(previous.tables["events"]):
        return None
    periods = event_periods(events)
    dirty = changed_periods(previous.tables["events"], events, reuse_actor)
    keep = member(events.article_id, reuse_actor) & (periods != 0) & ~np.isin(periods, dirty)
    return pd.DataFrame(
        {
            "period_cluster": events.period_cluster.where(keep),
            "story_id": event_stories(events, previous.tables["articles"]),
        },
        index=events.index,
    )


def known_files(previous: Cached | None) -> dict[str, KnownFile]:
    """The previous build's articles by path, with the stat signature they were read at."""
    stats = previous.state.files if previous is not None else {}
    if not stats:
        return {}
    articles = previous.tables["articles"]
    columns = [articles[c].tolist() for c in ("path", "sha256", "format", "encoding")]
    return {
        path: KnownFile(tuple(stats[path]), sha, fmt, enc)
        for path, sha, fmt, enc in zip(*columns, strict=True)
        if path in stats
    }


def _hash(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def reusable(
    keys: dict[str, tuple[str, str]], previous: BuildState | None
) -> tuple[set[str], set[str]]:
    """Ids whose text tables, and ids whose every table, can come from the build
    ``previous`` recorded."""
    if previous is None:
        return set(), set()
    old = previous.keys
    text = {a for a, (t, _) in keys.items() if a in old and old[a][0] == t}
    whole = {a for a in text if old[a][1] == keys[a][1]}
    return text, whole


def text_tables(
    previous: Cached | None, documents: list[Document], reuse_text: set[str]
) -> dict[str, pd.DataFrame] | None:
    """The previous text tables of those ``documents`` whose text key is unchanged."""
    ids = [d.article_id for d in documents if d.article_id in reuse_text]
    if previous is None or not ids:
        return None
    tables = {name: previous.rows(name, ids) for name in TEXT_TABLES}
    problems = previous.rows("problems", ids)
    tables["problems"] = problems[problems["stage"].isin(problem_stages(TEXT))].reset_index(
        drop=True
    )
    return tables


def reused_tables(
    previous: Cached, reuse_text: set[str], reuse_actor: set[str]
) -> dict[str, pd.DataFrame]:
    """Every previous table's rows for the articles taken whole from ``previous``."""
    tables = {}
    for name in (*PER_ARTICLE_TABLES, "problems"):
        table = previous.tables[name]
        tables[name] = select(table, member(table.article_id, reuse_actor))
    problems = tables["problems"]
    tables["problems"] = problems[problems["stage"].isin(problem_stages(TEXT, ACTOR))].reset_index(
        drop=True
    )
    return tables
