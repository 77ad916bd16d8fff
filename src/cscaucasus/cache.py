"""Incremental builds: reuse a previous corpus's rows for unchanged articles.

Each article gets two keys. The *text key* covers what the text stages (clean,
segment, sentence sentiment) depend on: the file's content hash, path and metadata
row, the settings, and a fingerprint of the package's own code and data files. The
*actor key* adds the gazetteer (the ``actors`` table). An article whose actor key is
unchanged is taken whole from the previous corpus; one whose text key alone is
unchanged keeps its text tables and re-runs mentions, statements and events; any
other article is processed again. Because every key includes the code fingerprint,
a changed package can never serve stale rows.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .ingest import Document

if TYPE_CHECKING:
    from .corpus import Corpus

TEXT_TABLES = ("articles", "boilerplate", "paragraphs", "sentences")
ACTOR_TABLES = ("mentions", "statements", "events")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every source and data file of the installed package."""
    digest = hashlib.sha256()
    root = resources.files("cscaucasus")
    stack = [root]
    files = []
    while stack:
        for entry in stack.pop().iterdir():
            if entry.is_dir():
                if entry.name != "__pycache__":
                    stack.append(entry)
            elif not entry.name.endswith((".pyc", ".pyo")):
                files.append(entry)
    for entry in sorted(files, key=lambda e: str(e)):
        digest.update(str(entry).rsplit("cscaucasus", 1)[-1].encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()


def actors_fingerprint(actors: pd.DataFrame) -> str:
    records = actors.astype(object).where(actors.notna(), None).to_dict("records")
    text = json.dumps(records, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def article_keys(
    documents: list[Document], actors: pd.DataFrame, settings: dict[str, Any]
) -> dict[str, tuple[str, str]]:
    """``{article_id: (text_key, actor_key)}`` for every document."""
    shared = json.dumps(
        {k: v for k, v in settings.items() if k not in ("path", "keys")}, sort_keys=True
    )
    code, gazetteer = code_fingerprint(), actors_fingerprint(actors)
    keys = {}
    for doc in documents:
        meta = json.dumps(doc.meta, sort_keys=True, ensure_ascii=False)
        text_key = _hash(code, shared, doc.article_id, doc.path, doc.sha256, meta)
        keys[doc.article_id] = (text_key, _hash(text_key, gazetteer))
    return keys


def _hash(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def reusable(
    keys: dict[str, tuple[str, str]], previous: Corpus | None
) -> tuple[set[str], set[str]]:
    """Ids whose text tables, and ids whose every table, can come from ``previous``."""
    if previous is None:
        return set(), set()
    old = previous.settings.get("keys") or {}
    text = {a for a, (t, _) in keys.items() if a in old and old[a][0] == t}
    whole = {a for a in text if old[a][1] == keys[a][1]}
    return text, whole


def _rows(previous: Corpus, name: str, ids: set[str] | list[str]) -> pd.DataFrame:
    """The rows of one of ``previous``'s tables for the articles ``ids``."""
    table = getattr(previous, name)
    index = _index(id(previous), name, previous)
    parts = [index[a] for a in ids if a in index]
    rows = np.sort(np.concatenate(parts)) if parts else np.array([], dtype=np.int64)
    return table.iloc[rows].reset_index(drop=True)


_INDEX: dict[tuple[int, str], dict[str, np.ndarray]] = {}


def _index(key: int, name: str, previous: Corpus) -> dict[str, np.ndarray]:
    if (key, name) not in _INDEX:
        table = getattr(previous, name)
        column = table["article_id"] if len(table) else pd.Series([], dtype="string")
        _INDEX.clear() if len(_INDEX) > 32 else None
        _INDEX[(key, name)] = column.groupby(column, sort=False).indices if len(column) else {}
    return _INDEX[(key, name)]


def text_tables(
    previous: Corpus | None, documents: list[Document], reuse_text: set[str]
) -> dict[str, pd.DataFrame] | None:
    """The previous text tables of those ``documents`` whose text key is unchanged."""
    ids = [d.article_id for d in documents if d.article_id in reuse_text]
    if previous is None or not ids:
        return None
    tables = {name: _rows(previous, name, ids) for name in TEXT_TABLES}
    problems = _rows(previous, "problems", ids)
    tables["problems"] = problems[problems["stage"] == "clean"].reset_index(drop=True)
    return tables


def reused_tables(
    previous: Corpus, reuse_text: set[str], reuse_actor: set[str]
) -> dict[str, pd.DataFrame]:
    """Every previous table's rows for the articles taken whole from ``previous``."""
    ids = sorted(reuse_actor)
    tables = {name: _rows(previous, name, ids) for name in (*TEXT_TABLES, *ACTOR_TABLES)}
    tables["events"] = tables["events"].assign(cluster_id=pd.NA)
    problems = _rows(previous, "problems", ids)
    tables["problems"] = problems[problems["stage"].isin(["clean", "chronology"])].reset_index(
        drop=True
    )
    return tables
