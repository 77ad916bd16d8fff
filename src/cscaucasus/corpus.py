"""The Corpus: the tables of DESIGN.md and the settings that produced them.

``load_corpus`` reads as the recipe of the flow: ingest, then per article clean,
segment, actors, statements, sentiment and chronology, then the cross-article steps.
Each stage is a plain function from tables to tables.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import actors as actors_stage
from . import cache, chronology, corrections, sentiment, statements, stories
from .clean import clean
from .entities import link_entities
from .ingest import (
    Document,
    FileChangedError,
    Problem,
    load_text,
    problems_table,
    read_documents,
)
from .schema import LIST, SCHEMAS, TABLES, empty_table, typed
from .segment import long_paragraphs, segment


class CorpusError(Exception):
    """Raised by ``load_corpus(strict=True)``: every input problem, in one message."""

    def __init__(self, problems: pd.DataFrame):
        self.problems = problems
        lines = [f"  {r.severity}: {r.path}: {r.message}" for r in problems.itertuples()]
        super().__init__(f"{len(problems)} input problem(s):\n" + "\n".join(lines))


@dataclass
class Corpus:
    """Tables of one corpus (see DESIGN.md) and the settings that made them."""

    articles: pd.DataFrame = field(default_factory=lambda: empty_table("articles"))
    boilerplate: pd.DataFrame = field(default_factory=lambda: empty_table("boilerplate"))
    paragraphs: pd.DataFrame = field(default_factory=lambda: empty_table("paragraphs"))
    sentences: pd.DataFrame = field(default_factory=lambda: empty_table("sentences"))
    actors: pd.DataFrame = field(default_factory=lambda: empty_table("actors"))
    mentions: pd.DataFrame = field(default_factory=lambda: empty_table("mentions"))
    entities: pd.DataFrame = field(default_factory=lambda: empty_table("entities"))
    statements: pd.DataFrame = field(default_factory=lambda: empty_table("statements"))
    events: pd.DataFrame = field(default_factory=lambda: empty_table("events"))
    problems: pd.DataFrame = field(default_factory=lambda: empty_table("problems"))
    settings: dict[str, Any] = field(default_factory=dict)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name, in the order of DESIGN.md."""
        return {name: getattr(self, name) for name in TABLES}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(df)}" for name, df in self.tables().items())
        return f"Corpus({sizes})"


ENGINES = ("pandas", "dask")
MIN_CHUNK, MAX_CHUNK = 8, 128  # articles per task (output does not depend on it)
CHUNKS_PER_JOB = 4  # several tasks per process, so that uneven chunks even out
AUTO_PARALLEL_ARTICLES = 64  # with jobs=None, smaller corpora run in this process
TEXT_TABLES = ("articles", "boilerplate", "paragraphs", "sentences")
ACTOR_TABLES = ("mentions", "entities", "statements", "events")


def load_corpus(
    path: str | os.PathLike[str] = "data/raw",
    *,
    strict: bool = False,
    actors_file: str | os.PathLike[str] | None = None,
    domain_lexicon: bool = True,
    max_bytes: int | None = None,
    jobs: int | None = None,
    engine: str = "pandas",
    previous: Corpus | None = None,
    progress: Callable[[int, int], None] | None = None,
    story_threshold: float = stories.THRESHOLD,
) -> Corpus:
    """Load every article below ``path`` into a :class:`Corpus`.

    Bad files become rows of ``corpus.problems`` and the rest still load; with
    ``strict=True`` any problem raises one :class:`CorpusError` naming them all.
    ``actors_file`` extends the packaged gazetteer (default: ``<path>/actors.yml`` or
    ``actors.csv`` if present); ``domain_lexicon`` adds the diplomatic/conflict
    vocabulary to VADER's lexicon for sentiment. A file larger than ``max_bytes``
    (default 20 MB) is refused as a problem.

    ``jobs`` > 1 processes articles in that many processes (0: one per core; the
    default, None, uses every core once there are enough articles to share), and
    ``engine="dask"`` on the current Dask scheduler or cluster; both give tables
    identical to ``jobs=1``. ``previous`` (a corpus built earlier, e.g. by
    ``cscaucasus build``) is a cache: articles whose content, metadata, settings,
    gazetteer and package code are unchanged are taken from it instead of recomputed.
    ``progress(done, total)`` is called as articles are processed.
    ``story_threshold`` is the similarity from which articles are copies of one story
    (see :mod:`cscaucasus.stories`).
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    previous = corrections.reverted(previous)  # a cache holds the machine's values only
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0):
        raise TypeError(
            f"load_corpus: jobs must be a whole number of processes (0: one per core) or "
            f"None, not {jobs!r}"
        )
    scan = scan_corpus(
        path,
        actors_file=actors_file,
        domain_lexicon=domain_lexicon,
        max_bytes=max_bytes,
        previous=previous,
        story_threshold=story_threshold,
    )
    tables = process_articles(scan, scan.documents, previous, jobs, engine, progress)
    if not scan.documents:  # an empty folder gives empty tables, and says so
        tables = {name: empty_table(name) for name in TABLES if name != "actors"}
        scan.problems.append(Problem(str(path), "warning", "no articles found in this folder"))
    scan.documents = []  # the texts live on in the tables
    events = tables.pop("events")
    clustered = cache.known_clusters(events, previous, scan.reuse_actor)
    events = typed(chronology.cluster_events(events, known=clustered), "events")
    tables["articles"], tables["statements"] = stories.link(
        tables["articles"], tables["statements"], story_threshold
    )
    problems_df = pd.concat(
        [problems_table(scan.problems), tables.pop("problems")], ignore_index=True
    )
    corpus = Corpus(
        **tables,
        actors=scan.actors,
        events=events,
        problems=typed(problems_df, "problems"),
        settings=scan.corpus_settings(),
    )
    corpus = corrections.apply_corpus(corpus, path)  # coders' overrides, last of all
    if strict and len(corpus.problems):
        raise CorpusError(corpus.problems)
    return corpus


@dataclass
class Scan:
    """The inputs of a build: documents (unread where the stat cache allows), ingest
    problems, the gazetteer, each article's cache keys and what ``previous`` can give."""

    documents: list[Document]
    problems: list[Problem]
    actors: pd.DataFrame
    settings: dict[str, Any]
    keys: dict[str, tuple[str, str]]
    reuse_text: set[str]
    reuse_actor: set[str]
    files: dict[str, Any]

    def corpus_settings(self) -> dict[str, Any]:
        return {
            **self.settings,
            "keys": self.keys,
            "files": self.files,
            "reused": len(self.reuse_actor),
        }


def scan_corpus(
    path: str | os.PathLike[str],
    *,
    actors_file: str | os.PathLike[str] | None = None,
    domain_lexicon: bool = True,
    max_bytes: int | None = None,
    previous: Corpus | None = None,
    story_threshold: float = stories.THRESHOLD,
) -> Scan:
    """Read the corpus folder as far as needed to know what must be processed.

    ``previous`` needs only its ``articles`` (path, hash, format, encoding) and its
    ``settings`` (cache keys, file signatures) here.
    """
    root = Path(path)
    settings: dict[str, Any] = {
        "path": str(root),
        "domain_lexicon": domain_lexicon,
        "story_threshold": story_threshold,
    }
    config_problems: list[Problem] = []
    actors = actors_stage.load_actors(actors_file, corpus_path=root, problems=config_problems)
    known = cache.known_files(previous)
    while True:  # files the stat cache let us skip are read once their text is needed
        documents, problems = read_documents(
            root, max_bytes=max_bytes, known=known, keep_text=False
        )
        keys = cache.article_keys(documents, actors, settings)
        reuse_text, reuse_actor = cache.reusable(keys, previous)
        # a file trusted by its stat is read and hashed after all if it is processed
        unread = {d.path for d in documents if not d.hashed} - {
            d.path for d in documents if d.article_id in reuse_text
        }
        if not unread:
            break
        known = {path: k for path, k in known.items() if path not in unread}
    files = {d.path: d.stat for d in documents if d.stat is not None}
    problems = [*config_problems, *problems]
    return Scan(documents, problems, actors, settings, keys, reuse_text, reuse_actor, files)


def process_articles(
    scan: Scan,
    documents: list[Document],
    previous: Corpus | None,
    jobs: int | None = None,
    engine: str = "pandas",
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, pd.DataFrame]:
    """The per-article tables (events not yet clustered, stage problems) of
    ``documents``, in their order: computed, or taken from ``previous`` (which must hold
    every table's rows for the reusable ones among them). The documents' texts are
    released (``body`` None) as their articles are done."""
    order = [d.article_id for d in documents]
    todo = [d for d in documents if d.article_id not in scan.reuse_actor]
    wanted = set(order)
    parts = run_stages(
        todo, scan.actors, scan.settings, scan.reuse_text, previous, jobs, engine, progress
    )
    del todo
    if previous is not None:
        parts.append(cache.reused_tables(previous, scan.reuse_text, scan.reuse_actor & wanted))
    return merge_parts(parts, order=order)


def text_stages(documents: list[Document], settings: dict[str, Any]) -> dict[str, pd.DataFrame]:
    """Clean, segment and score sentences: everything that does not need the gazetteer."""
    articles, boilerplate, problems = clean(documents)
    articles = stories.with_signatures(articles)
    paragraphs, sentences = segment(articles)
    problems = [*problems, *long_paragraphs(articles)]
    sentences = sentiment.score_sentences(sentences, domain=settings["domain_lexicon"])
    return {
        "articles": articles,
        "boilerplate": boilerplate,
        "paragraphs": paragraphs,
        "sentences": sentences,
        "problems": _stage_problems(problems, articles, "clean"),
    }


def actor_stages(
    text: dict[str, pd.DataFrame], actors: pd.DataFrame, settings: dict[str, Any]
) -> dict[str, pd.DataFrame]:
    """Mentions, statements (with sentiment) and events for articles already cleaned."""
    articles, paragraphs, sentences = text["articles"], text["paragraphs"], text["sentences"]
    mentions = actors_stage.find_mentions(articles, sentences, actors)
    found, entities = statements.attribute(articles, paragraphs, sentences, mentions, actors)
    found = sentiment.score_statements(found, domain=settings["domain_lexicon"])
    found = sentiment.tone_statements(found)
    events, problems = chronology.extract_events(articles, sentences, mentions)
    return {
        "mentions": typed(link_entities(mentions, entities), "mentions"),
        "entities": entities,
        "statements": typed(found, "statements"),
        "events": typed(events, "events"),
        "problems": _stage_problems(problems, articles, "chronology"),
    }


def process_documents(
    documents: list[Document],
    actors: pd.DataFrame,
    settings: dict[str, Any],
    text: dict[str, pd.DataFrame] | None = None,
) -> dict[str, pd.DataFrame]:
    """Every per-article stage for a batch of documents (no cross-article step).

    ``text`` holds already computed text-stage tables for some of the documents (from
    the cache); only the others go through the text stages again. If the batch fails,
    its articles are processed one by one, and an article that fails alone becomes an
    error row in ``problems`` (with the exception's summary); the others are kept.
    """
    try:
        return _process_documents(documents, actors, settings, text)
    except FileChangedError:
        raise
    except Exception:
        if len(documents) == 1 and not text:
            raise
    done = []
    for document in documents:
        try:
            done.append(_process_documents([document], actors, settings))
        except FileChangedError:
            raise
        except Exception as exc:  # noqa: BLE001 - reported as the article's problem
            summary = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
            problem = Problem(
                document.path, "error", f"could not be processed ({summary}); skipped"
            )
            table = problems_table([problem], "clean")
            done.append(
                {
                    "problems": table.assign(
                        article_id=pd.array([document.article_id], dtype="string")
                    )
                }
            )
    merged = merge_parts(done, order=[d.article_id for d in documents])
    for name in (*TEXT_TABLES, *ACTOR_TABLES):
        merged.setdefault(name, empty_table(name))
    return merged


def _process_documents(
    documents: list[Document],
    actors: pd.DataFrame,
    settings: dict[str, Any],
    text: dict[str, pd.DataFrame] | None = None,
) -> dict[str, pd.DataFrame]:
    """:func:`process_documents`, failing as a whole."""
    text = text or {}
    cached = set(text["articles"].article_id) if text else set()
    todo = [d for d in documents if d.article_id not in cached]
    for document in todo:  # scanned without keeping the text: read it here, in parallel
        if document.body is None:
            load_text(settings["path"], document)
    fresh = text_stages(todo, settings)
    if cached:
        ids = [d.article_id for d in documents]
        fresh = merge_parts([fresh, text], order=ids)
    found = actor_stages(fresh, actors, settings)
    problems = pd.concat([fresh.pop("problems"), found.pop("problems")], ignore_index=True)
    return {**fresh, **_shared_names(found), "problems": problems}


def _shared_names(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The lists of names (``targets``, event ``actors``) with one string object per
    distinct name, so that a chunk's results pickle, and unpickle, each name once."""
    for name, df in tables.items():
        for col in [c for c, dtype in SCHEMAS[name].items() if dtype == LIST and c in df]:
            values = [[sys.intern(v) for v in names] for names in df[col]]
            tables[name] = df = df.assign(**{col: pd.Series(values, index=df.index, dtype=object)})
    return tables


def _stage_problems(problems: list[Problem], articles: pd.DataFrame, stage: str) -> pd.DataFrame:
    table = problems_table(problems, stage)
    ids = dict(zip(articles.path, articles.article_id, strict=True))
    table["article_id"] = table.path.map(ids).astype("string")
    return table


def merge_parts(parts: list[dict[str, pd.DataFrame]], order: list[str]) -> dict[str, pd.DataFrame]:
    """Concatenate per-chunk tables and sort them into document order, stably.

    The parts are consumed (each table is dropped from its part once merged), so that
    peak memory is the merged tables plus one table in transit, not twice the corpus.
    """
    ranks = pa.array(order, type=pa.string())
    merged = {}
    names = [n for n in (*TEXT_TABLES, *ACTOR_TABLES, "problems") if any(n in p for p in parts)]
    for name in names:
        tables = [p.pop(name) for p in parts if name in p]
        frames = [t for t in tables if len(t)]
        if not frames:
            merged[name] = tables[0].iloc[0:0]
            continue
        df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        del tables, frames
        position = _positions(df["article_id"], ranks)
        if (position[1:] < position[:-1]).any():  # chunks come back in order unless cached
            df = cache.take_rows(df, position.argsort(kind="stable"))
        if name == "events":  # clustering takes rows from it: one chunk per column
            df = df.assign(**{c: chronology.contiguous(df[c]) for c in df.columns})
        merged[name] = df.reset_index(drop=True)
        release_memory()
    return merged


def _positions(article_ids: pd.Series, order: pa.Array) -> np.ndarray:
    """Each row's article's place in ``order`` (after every other: not in it), looked
    up by Arrow, without making a Python object per row."""
    found = pc.index_in(cache.arrow_strings(article_ids), value_set=order).fill_null(len(order))
    return found.to_numpy(zero_copy_only=False).astype(np.int64)


def run_stages(
    documents: list[Document],
    actors: pd.DataFrame,
    settings: dict[str, Any],
    reuse_text: set[str],
    previous: Corpus | None,
    jobs: int | None,
    engine: str,
    progress: Callable[[int, int], None] | None,
) -> list[dict[str, pd.DataFrame]]:
    """Run the per-article stages over chunks of documents, serially or in parallel."""
    if jobs is None:
        jobs = 1 if len(documents) < AUTO_PARALLEL_ARTICLES and engine != "dask" else 0
    if jobs == 0:
        jobs = os.cpu_count() or 1
    size = chunk_size(len(documents), jobs)
    chunks = [documents[i : i + size] for i in range(0, len(documents), size)]
    tasks = [
        (chunk, actors, settings, cache.text_tables(previous, chunk, reuse_text))
        for chunk in chunks
    ]
    if engine == "dask":
        from .engines import run_dask

        for document in documents:  # Dask workers need not see the corpus folder
            if document.body is None and document.article_id not in reuse_text:
                load_text(settings["path"], document)
        return run_dask(tasks)
    if jobs == 1 or len(chunks) <= 1:
        return _collect(chunks, map(_process_task, tasks), progress)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=watch_parent, initargs=(os.getpid(),)
    ) as pool:
        return _collect(chunks, pool.map(_process_task, tasks), progress)


def watch_parent(parent: int, every: float = 0.5) -> None:
    """In a worker process: exit as soon as ``parent`` is gone (killed with SIGKILL, the
    parent cannot stop its workers, which would otherwise live on)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="watch-parent").start()


def chunk_size(n_documents: int, jobs: int) -> int:
    """Articles per task: a few tasks per process, each big enough to amortise the
    per-table overhead of pandas, none so big that one slow chunk keeps a core idle.

    >>> chunk_size(100_000, 2), chunk_size(1_000, 2), chunk_size(40, 2)
    (128, 125, 8)
    """
    return max(MIN_CHUNK, min(MAX_CHUNK, -(-n_documents // (jobs * CHUNKS_PER_JOB))))


def _collect(chunks, outputs, progress) -> list[dict[str, pd.DataFrame]]:
    done, total, results = 0, sum(len(c) for c in chunks), []
    for chunk, output in zip(chunks, outputs, strict=True):
        results.append(output)
        for document in chunk:  # its text lives on in the tables: free it now
            document.body = None
        release_memory()
        done += len(chunk)
        if progress is not None:
            progress(done, total)
    return results


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim  # glibc
    except (AttributeError, OSError):
        return None


_TRIM = _malloc_trim()


def release_memory() -> None:
    """Give the memory freed since (the texts of finished articles, the buffers the
    workers' results came in) back to the system, so that the process's footprint
    follows the tables it holds. Only glibc needs telling; elsewhere a no-op."""
    if _TRIM is not None:
        _TRIM(0)


def _process_task(task: tuple) -> dict[str, pd.DataFrame]:
    return process_documents(*task)
