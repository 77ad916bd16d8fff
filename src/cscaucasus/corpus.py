"""The Corpus: the tables of DESIGN.md and the settings that produced them.

``load_corpus`` follows the recipe of :mod:`cscaucasus.pipeline`: ingest (the scan),
the per-article stages on chunks of articles on an engine (:mod:`cscaucasus.engines`),
with the rows of unchanged articles taken from a previous corpus (:mod:`cscaucasus.cache`),
then the cross-article stages and the coders' corrections.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

import pandas as pd

from . import actors as actors_stage
from . import cache, corrections, engines, pipeline, stories
from .cache import Cached
from .engines import chunk_sizes, get_engine, job_count, release_memory
from .ingest import Document, Problem, load_text, problems_table, read_documents
from .pipeline import merge_parts
from .runtime import batch_gc
from .schema import empty_table, typed
from .tables import BuildState, Corpus, CorpusError


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
    get_engine(engine)  # an unknown engine fails before any work
    previous = corrections.reverted(previous)  # a cache holds the machine's values only
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0):
        raise TypeError(
            f"load_corpus: jobs must be a whole number of processes (0: one per core) or "
            f"None, not {jobs!r}"
        )
    cached = Cached.of(previous)
    stories.preload(stories.check_threshold(story_threshold))  # (made beside the scan)
    scan = scan_corpus(
        path,
        actors_file=actors_file,
        domain_lexicon=domain_lexicon,
        max_bytes=max_bytes,
        previous=cached,
        story_threshold=story_threshold,
    )
    tables = process_articles(scan, scan.documents, cached, jobs, engine, progress)
    stories.ready()  # (before anything forks again)
    # a second core for the cross-article stages where the articles had more than one
    spare = engine == "pandas" and job_count(jobs, len(scan.documents), get_engine(engine)) > 1
    if not scan.documents:  # an empty folder gives empty tables, and says so
        tables = {name: empty_table(name) for name in (*pipeline.PER_ARTICLE_TABLES, "problems")}
        scan.problems.append(Problem(str(path), "warning", "no articles found in this folder"))
    scan.documents = []  # the texts live on in the tables
    known = cache.known_clusters(tables["events"], cached, scan.reuse_actor)
    tables = pipeline.run_corpus_stages(
        {**tables, "known_clusters": known}, scan.settings, fork=spare
    )
    problems = pd.concat([problems_table(scan.problems), tables["problems"]], ignore_index=True)
    corpus = Corpus(
        **{name: tables[name] for name in pipeline.PER_ARTICLE_TABLES},
        actors=scan.actors,
        problems=typed(problems, "problems"),
        settings=scan.settings,
        state=scan.state(),
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

    def state(self) -> BuildState:
        """The state of a build from this scan."""
        return BuildState(self.keys, self.files, len(self.reuse_actor))


def scan_corpus(
    path: str | os.PathLike[str],
    *,
    actors_file: str | os.PathLike[str] | None = None,
    domain_lexicon: bool = True,
    max_bytes: int | None = None,
    previous: Cached | None = None,
    story_threshold: float = stories.THRESHOLD,
) -> Scan:
    """Read the corpus folder as far as needed to know what must be processed.

    ``previous`` needs only its ``articles`` (path, hash, format, encoding) and its
    state (cache keys, file signatures) here.
    """
    root = Path(path)
    settings: dict[str, Any] = {
        "path": str(root),
        "domain_lexicon": domain_lexicon,
        "story_threshold": stories.check_threshold(story_threshold),
    }
    config_problems: list[Problem] = []
    actors = actors_stage.load_actors(actors_file, corpus_path=root, problems=config_problems)
    known = cache.known_files(previous)
    while True:  # files the stat cache let us skip are read once their text is needed
        documents, problems = read_documents(
            root, max_bytes=max_bytes, known=known, keep_text=False
        )
        keys = cache.article_keys(documents, actors, settings)
        reuse_text, reuse_actor = cache.reusable(keys, previous and previous.state)
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
    previous: Cached | None,
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


def run_stages(
    documents: list[Document],
    actors: pd.DataFrame,
    settings: dict[str, Any],
    reuse_text: set[str],
    previous: Cached | None,
    jobs: int | None,
    engine: str,
    progress: Callable[[int, int], None] | None,
) -> list[dict[str, pd.DataFrame]]:
    """Run the per-article stages over chunks of documents, on ``engine``."""
    runner = get_engine(engine)
    jobs = job_count(jobs, len(documents), runner)
    bounds = list(accumulate(chunk_sizes(len(documents), jobs), initial=0))
    chunks = [documents[a:b] for a, b in pairwise(bounds)]
    tasks = [
        (chunk, actors, settings, cache.text_tables(previous, chunk, reuse_text))
        for chunk in chunks
    ]
    if runner.local and jobs > 1 and len(tasks) > 1:  # before the workers fork
        pipeline.warm(actors, settings)
    if not runner.local:  # its workers need not see the corpus folder
        for document in documents:
            if document.body is None and document.article_id not in reuse_text:
                load_text(settings["path"], document)
    with batch_gc():  # (the results arrive as objects the collector would walk again)
        return runner.run(
            pipeline.process_task, tasks, jobs, lambda outputs: _collect(chunks, outputs, progress)
        )


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


#: the engines by name (see :mod:`cscaucasus.engines`)
ENGINES = tuple(engines.ENGINES)
