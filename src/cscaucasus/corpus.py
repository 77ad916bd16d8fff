"""The Corpus: the tables of DESIGN.md and the settings that produced them.

``load_corpus`` reads as the recipe of the flow: ingest, then per article clean,
segment, actors, statements, sentiment and chronology, then the cross-article steps.
Each stage is a plain function from tables to tables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import actors as actors_stage
from . import chronology, sentiment, statements
from .clean import clean
from .ingest import Document, problems_table, read_documents
from .schema import TABLES, empty_table, typed
from .segment import segment


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


def load_corpus(
    path: str | os.PathLike[str] = "data/raw",
    *,
    strict: bool = False,
    actors_file: str | os.PathLike[str] | None = None,
    domain_lexicon: bool = True,
    max_bytes: int | None = None,
) -> Corpus:
    """Load every article below ``path`` into a :class:`Corpus`.

    Bad files become rows of ``corpus.problems`` and the rest still load; with
    ``strict=True`` any problem raises one :class:`CorpusError` naming them all.
    ``actors_file`` extends the packaged gazetteer (default: ``<path>/actors.yml`` or
    ``actors.csv`` if present); ``domain_lexicon`` adds the diplomatic/conflict
    vocabulary to VADER's lexicon for sentiment. A file larger than ``max_bytes``
    (default 20 MB) is refused as a problem.
    """
    root = Path(path)
    settings = {"path": str(root), "domain_lexicon": domain_lexicon}
    documents, problems = read_documents(root, max_bytes=max_bytes)
    actors = actors_stage.load_actors(actors_file, corpus_path=root)
    tables = process_documents(documents, actors, settings)
    problems = problems + tables.pop("_problems")
    events = chronology.cluster_events(tables.pop("events"), tables["articles"])
    corpus = Corpus(
        **tables,
        actors=actors,
        events=events,
        problems=problems_table(problems),
        settings=settings,
    )
    if strict and len(corpus.problems):
        raise CorpusError(corpus.problems)
    return corpus


def process_documents(
    documents: list[Document], actors: pd.DataFrame, settings: dict[str, Any]
) -> dict[str, Any]:
    """The per-article stages for a batch of documents (no cross-article step)."""
    articles, boilerplate, problems = clean(documents)
    paragraphs, sentences = segment(articles)
    mentions = actors_stage.find_mentions(articles, sentences, actors)
    found = statements.extract_statements(articles, paragraphs, sentences, mentions, actors)
    domain = settings["domain_lexicon"]
    found = sentiment.score_statements(found, domain=domain)
    sentences = sentiment.score_sentences(sentences, domain=domain)
    events, event_problems = chronology.extract_events(articles, sentences, mentions)
    return {
        "articles": articles,
        "boilerplate": boilerplate,
        "paragraphs": paragraphs,
        "sentences": sentences,
        "mentions": typed(mentions, "mentions"),
        "statements": typed(found, "statements"),
        "events": events,
        "_problems": [*problems, *event_problems],
    }
