"""The recipe of the flow: every stage declared once, in order.

A :class:`Stage` says what it reads, what it makes, which settings it depends on and
at which cache-key level (:data:`TEXT`, :data:`ACTOR`, :data:`CORPUS`) its output
changes; its function takes the tables so far and the settings and returns the tables
it made (and the input problems it found). Everything that lists tables or runs stages
derives from :data:`STAGES`: the per-article tables (:data:`TEXT_TABLES`,
:data:`ACTOR_TABLES`), the settings the cache keys cover, which problems a cached
article keeps, :func:`process_documents` (what every engine runs on a chunk of
articles), ``load_corpus``, the incremental build and the evaluation helpers.

Adding a table or a stage is one :class:`Stage` line here plus its function (and the
table's columns in :mod:`cscaucasus.schema`); a cross-article stage adds the columns
it reads and writes and its ``update`` for incremental builds (:class:`Changes`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from . import actors as actors_stage
from . import chronology, happenings, sentiment, stance, statements, stories
from .arrays import contiguous, objects, positions, take_rows
from .clean import clean
from .engines import beside, release_memory
from .entities import link_entities
from .ingest import Document, FileChangedError, Problem, load_text, problems_table
from .runtime import batch_gc
from .schema import LIST, SCHEMAS, TABLES, empty_table, typed
from .segment import long_paragraphs, segment

#: Cache-key levels: a stage's output changes with the article's text key (content,
#: metadata, settings, code), with its actor key (that and the gazetteer), or with
#: other articles (computed across the corpus on every build).
TEXT, ACTOR, CORPUS = "text", "actor", "corpus"

Tables = dict[str, Any]
Made = tuple[dict[str, pd.DataFrame], list[Problem]]


@dataclass(frozen=True)
class Changes:
    """What an incremental build gives a cross-article stage's ``update``: for each table
    it completes (the stage's ``columns``), every row now, in document order, with the
    columns the stage reads and writes (``tables``): the stored rows of the articles that
    stay as they were, with the values earlier stages gave them, and the ``fresh`` rows
    (a mask) of the articles processed again; ``gone``, the stored rows of the articles
    processed again or removed; ``reused``, the articles processed again whose rows were
    taken whole from the cache; and the build's settings. ``stored`` holds the same rows
    as they were before this build's cross-article stages (what the earlier build stored,
    the new rows as processed): what earlier stages changed is where the two differ.
    Values are the machine's (the coders' corrections come after every stage)."""

    tables: dict[str, pd.DataFrame]
    stored: dict[str, pd.DataFrame]
    fresh: dict[str, np.ndarray]
    gone: dict[str, pd.DataFrame]
    reused: set[str]
    settings: Mapping[str, Any]


Updated = dict[str, pd.DataFrame]


@dataclass(frozen=True)
class Stage:
    """One step of the flow: ``run(tables, settings)`` gives the tables it ``makes``
    from those it ``reads``, and the problems it found (rows of ``problems`` marked
    with ``problems`` as their stage). ``columns``: for a cross-article stage that
    completes per-article tables, the columns it reads and writes, by table; its
    ``update(changes)`` gives, in an incremental build, the columns it writes for every
    row of ``changes.tables`` (by table, aligned with them), as ``run`` on the whole
    corpus would (see :class:`Changes`)."""

    name: str
    run: Callable[[Tables, Mapping[str, Any]], Made]
    reads: tuple[str, ...]
    makes: tuple[str, ...]
    key: str
    settings: tuple[str, ...] = ()
    problems: str | None = None
    columns: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)
    update: Callable[[Changes], Updated] | None = None


# --- the stages' functions: tables in, tables out -----------------------------------


def _clean(t: Tables, settings: Mapping[str, Any]) -> Made:
    articles, boilerplate, problems = clean(t["documents"])
    return {"articles": stories.with_signatures(articles), "boilerplate": boilerplate}, problems


def _segment(t: Tables, settings: Mapping[str, Any]) -> Made:
    paragraphs, sentences = segment(t["articles"])
    return {"paragraphs": paragraphs, "sentences": sentences}, long_paragraphs(t["articles"])


def _sentence_tone(t: Tables, settings: Mapping[str, Any]) -> Made:
    domain = settings["domain_lexicon"]
    return {"sentences": sentiment.score_sentences(t["sentences"], domain=domain)}, []


def _mentions(t: Tables, settings: Mapping[str, Any]) -> Made:
    found = actors_stage.find_mentions(t["articles"], t["sentences"], t["actors"])
    return {"mentions": found}, []


def _statements(t: Tables, settings: Mapping[str, Any]) -> Made:
    found, entities = statements.attribute(
        t["articles"], t["paragraphs"], t["sentences"], t["mentions"], t["actors"]
    )
    return {"statements": found, "entities": entities}, []


def _statement_tone(t: Tables, settings: Mapping[str, Any]) -> Made:
    found = sentiment.score_statements(t["statements"], domain=settings["domain_lexicon"])
    return {"statements": typed(sentiment.tone_statements(found), "statements")}, []


def _stance(t: Tables, settings: Mapping[str, Any]) -> Made:
    found = stance.stance_statements(
        t["statements"], t["mentions"], t["entities"], t["actors"], t["articles"]
    )  # (the columns in place: the tone's stage typed the table with them empty)
    return {"statements": found}, []


def _events(t: Tables, settings: Mapping[str, Any]) -> Made:
    events, problems = chronology.extract_events(t["articles"], t["sentences"], t["mentions"])
    return {"events": typed(events, "events")}, problems


def _entity_links(t: Tables, settings: Mapping[str, Any]) -> Made:
    return {"mentions": typed(link_entities(t["mentions"], t["entities"]), "mentions")}, []


def _event_clusters(t: Tables, settings: Mapping[str, Any]) -> Made:
    known, events = t.get("known_clusters"), t["events"]
    story = chronology.event_stories(events, t["articles"])
    ids, before = (None, None) if known is None else (known["period_cluster"], known["story_id"])
    clustered = chronology.cluster_events(events, known=ids, stories=story, known_stories=before)
    return {"events": typed(clustered, "events")}, []


def _happenings(t: Tables, settings: Mapping[str, Any]) -> Made:
    return {"events": typed(happenings.link(t["events"], t["articles"]), "events")}, []


def _stories(t: Tables, settings: Mapping[str, Any]) -> Made:
    found = stories.group_stories(t["articles"], settings.get("story_threshold", stories.THRESHOLD))
    return {"articles": t["articles"].assign(**{c: found[c].array for c in found.columns})}, []


def _statement_clusters(t: Tables, settings: Mapping[str, Any]) -> Made:
    found = stories.cluster_statements(t["statements"], t["articles"])
    return {"statements": t["statements"].assign(**{c: found[c].array for c in found.columns})}, []


def _update_event_clusters(c: Changes) -> Updated:
    events, articles = c.tables["events"], c.tables["articles"]
    now = chronology.event_stories(events, articles)
    before = chronology.event_stories(events, c.stored["articles"])
    return {"events": chronology.update_clusters(events, c.gone["events"], c.reused, now, before)}


def _update_happenings(c: Changes) -> Updated:
    events, articles = c.tables["events"], c.tables["articles"]
    moved = stories.moved_stories(c.stored["articles"], articles, c.fresh["articles"], c.gone)
    period_moved = objects(c.stored["events"]["period_cluster"]) != objects(
        events["period_cluster"]
    )
    found = happenings.update(events, articles, c.fresh["events"] | period_moved, moved)
    return {"events": pd.DataFrame({"cluster_id": pd.array(found, dtype="string")})}


def _update_stories(c: Changes) -> Updated:
    threshold = c.settings.get("story_threshold", stories.THRESHOLD)
    return {"articles": stories.group_stories(c.tables["articles"], threshold)}


def _update_statement_clusters(c: Changes) -> Updated:
    t = c.tables
    found = stories.update_statement_clusters(
        t["statements"], t["articles"], c.stored["articles"], c.fresh, c.gone
    )
    return {"statements": found}


#: The flow, in order. ``documents`` are the files read by ingest; ``actors`` is the
#: gazetteer; ``known_clusters`` the period cluster ids an earlier build vouches for, with
#: the stories it clustered them with (``period_cluster``, ``story_id``).
STAGES: tuple[Stage, ...] = (
    # per article, from its text (the text key)
    Stage("clean", _clean, ("documents",), ("articles", "boilerplate"), TEXT, problems="clean"),
    Stage("segment", _segment, ("articles",), ("paragraphs", "sentences"), TEXT, problems="clean"),
    Stage("sentence_tone", _sentence_tone, ("sentences",), ("sentences",), TEXT,
          settings=("domain_lexicon",)),
    # per article, with the gazetteer (the actor key)
    Stage("mentions", _mentions, ("articles", "sentences", "actors"), ("mentions",), ACTOR),
    Stage("statements", _statements,
          ("articles", "paragraphs", "sentences", "mentions", "actors"),
          ("entities", "statements"), ACTOR),
    Stage("statement_tone", _statement_tone, ("statements",), ("statements",), ACTOR,
          settings=("domain_lexicon",)),
    Stage("stance", _stance, ("statements", "mentions", "entities", "actors", "articles"),
          ("statements",), ACTOR),
    Stage("events", _events, ("articles", "sentences", "mentions"), ("events",), ACTOR,
          problems="chronology"),
    Stage("entity_links", _entity_links, ("mentions", "entities"), ("mentions",), ACTOR),
    # across articles (on every build)
    Stage("stories", _stories, ("articles",), ("articles",), CORPUS,
          settings=("story_threshold",),
          columns={
              "articles": (("article_id", "published", "outlet", "minhash"),
                           ("story_id", "story_original")),
          },
          update=_update_stories),
    Stage("statement_clusters", _statement_clusters, ("statements", "articles"),
          ("statements",), CORPUS,
          columns={
              "statements": (("statement_id", "article_id", "speaker", "text"),
                             ("statement_cluster", "statement_copy", "statement_reports")),
              "articles": (("article_id", "published", "outlet", "story_id"), ()),
          },
          update=_update_statement_clusters),
    Stage("event_clusters", _event_clusters, ("events", "known_clusters", "articles"),
          ("events",), CORPUS,
          columns={
              "events": (("event_id", "article_id", "date", "precision", "date_text",
                          "description", "actors"), ("period_cluster",)),
              "articles": (("article_id", "story_id"), ()),
          },
          update=_update_event_clusters),
    Stage("happenings", _happenings, ("events", "articles"), ("events",), CORPUS,
          columns={
              "events": (happenings.EVENT_COLUMNS, ("cluster_id",)),
              "articles": (happenings.ARTICLE_COLUMNS, ()),
          },
          update=_update_happenings),
)  # fmt: skip


def stage(name: str) -> Stage:
    """The stage called ``name``."""
    for step in STAGES:
        if step.name == name:
            return step
    raise KeyError(f"no stage {name!r}; the stages are {[s.name for s in STAGES]}")


def stages_at(key: str) -> tuple[Stage, ...]:
    """The stages of one cache-key level, in order."""
    return tuple(s for s in STAGES if s.key == key)


def tables_made(key: str) -> tuple[str, ...]:
    """The tables the stages of one key level make, in the order of the contract."""
    made = {name for s in stages_at(key) for name in s.makes}
    return tuple(name for name in TABLES if name in made)


#: The per-article tables: those the text stages make, and those that need the gazetteer.
TEXT_TABLES = tables_made(TEXT)
ACTOR_TABLES = tables_made(ACTOR)
PER_ARTICLE_TABLES = (*TEXT_TABLES, *ACTOR_TABLES)
#: The settings the per-article stages depend on (in every article's cache keys).
KEY_SETTINGS = tuple(sorted({k for s in (*stages_at(TEXT), *stages_at(ACTOR)) for k in s.settings}))


def corpus_columns() -> dict[str, tuple[str, ...]]:
    """The per-article tables whose columns the cross-article stages write (cluster and
    story ids), with those columns: a part of such a table depends on other articles too,
    through them."""
    written: dict[str, tuple[str, ...]] = {}
    for step in stages_at(CORPUS):
        for name, (_, outputs) in step.columns.items():
            written[name] = (*written.get(name, ()), *outputs)
    return written


#: :func:`corpus_columns`, once.
CORPUS_COLUMNS = corpus_columns()


def problem_stages(*keys: str) -> tuple[str, ...]:
    """The ``problems.stage`` values that the stages of these key levels report."""
    found = [s.problems for s in STAGES if s.key in keys and s.problems]
    return tuple(dict.fromkeys(found))


# --- running the stages --------------------------------------------------------------


def run(names: tuple[str, ...], tables: Tables, settings: Mapping[str, Any]) -> Tables:
    """The tables after running the stages ``names`` (in the recipe's order) on
    ``tables``; their problems are dropped (for evaluation on literal texts)."""
    for name in names:
        stage(name)  # an unknown name fails
    tables = dict(tables)
    for step in STAGES:
        if step.name in names:
            tables.update(step.run(tables, settings)[0])
    return tables


def run_level(key: str, tables: Tables, settings: Mapping[str, Any]) -> dict[str, pd.DataFrame]:
    """The tables the per-article stages of level ``key`` make from ``tables``, and
    ``problems``: what they reported, each row with its article and stage."""
    tables = dict(tables)
    reported: dict[str, list[Problem]] = {tag: [] for tag in problem_stages(key)}
    for step in stages_at(key):
        made, problems = step.run(tables, settings)
        tables.update(made)
        if problems:
            reported[step.problems].extend(problems)  # type: ignore[index]
    found = [_stage_problems(p, tables["articles"], tag) for tag, p in reported.items() if p]
    out = {name: tables[name] for name in tables_made(key)}
    if len(found) > 1:
        out["problems"] = pd.concat(found, ignore_index=True)
    else:
        out["problems"] = found[0] if found else empty_table("problems")
    return out


def _stage_problems(problems: list[Problem], articles: pd.DataFrame, stage: str) -> pd.DataFrame:
    table = problems_table(problems, stage)
    ids = dict(zip(articles.path, articles.article_id, strict=True))
    table["article_id"] = table.path.map(ids).astype("string")
    return table


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
        with batch_gc():
            return _process_documents(documents, actors, settings, text)
    except FileChangedError:
        raise
    except Exception:
        if len(documents) == 1 and not text:
            raise
    done = [_process_alone(document, actors, settings) for document in documents]
    merged = merge_parts(done, order=[d.article_id for d in documents])
    for name in PER_ARTICLE_TABLES:
        merged.setdefault(name, empty_table(name))
    return merged


def _process_alone(
    document: Document, actors: pd.DataFrame, settings: dict[str, Any]
) -> dict[str, pd.DataFrame]:
    """One article's tables, or its error as a row of ``problems``."""
    try:
        return _process_documents([document], actors, settings)
    except FileChangedError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported as the article's problem
        summary = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
        problem = Problem(document.path, "error", f"could not be processed ({summary}); skipped")
        table = problems_table([problem], "clean")
        article_id = pd.array([document.article_id], dtype="string")
        return {"problems": table.assign(article_id=article_id)}


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
    fresh = run_level(TEXT, {"documents": todo}, settings)
    if cached:
        ids = [d.article_id for d in documents]
        fresh = merge_parts([fresh, text], order=ids)
    found = run_level(ACTOR, {**fresh, "actors": actors}, settings)
    problems = pd.concat([fresh.pop("problems"), found.pop("problems")], ignore_index=True)
    return {**fresh, **_shared_names(found), "problems": problems}


#: A short article that takes the per-article stages' common paths (a dateline, a title,
#: names and roles, a quote, reported speech, a source, a date): :func:`warm` runs it.
WARM_TEXT = (
    "Armenia freezes its part in the CSTO, Pashinyan says\n\n"
    "YEREVAN, February 23, 2024. Armenian Prime Minister Nikol Pashinyan said on Friday "
    "that Armenia had frozen its participation in the CSTO. “The treaty did not work for "
    "us,” he told France 24. Kremlin spokesman Dmitry Peskov said Moscow regretted the "
    "decision, according to TASS.\n\n"
    "The CSTO summit will be held in Minsk on November 28, the bloc's press service said."
)


def warm(actors: pd.DataFrame, settings: Mapping[str, Any]) -> None:
    """Run the per-article stages once on :data:`WARM_TEXT` here and drop what they make:
    the patterns they compile, the gazetteer's matcher and the lexicons and models they
    load are then made once, in a build's process before it forks its workers, instead
    of once in each of them (0.5-1 s of a core a worker). What the stages remember of a
    text is a pure function of it: no table depends on this run."""
    body = WARM_TEXT.encode()
    document = Document("warm", "warm.txt", "", "txt", "utf-8", body, {"published": "2024-02-23"})
    process_documents([document], actors, dict(settings))


def process_task(task: tuple) -> dict[str, pd.DataFrame]:
    """:func:`process_documents` on one task (what every engine runs)."""
    return process_documents(*task)


def _shared_names(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The lists of names (``targets``, event ``actors``) with one string object per
    distinct name, so that a chunk's results pickle, and unpickle, each name once."""
    for name, df in tables.items():
        for col in [c for c, dtype in SCHEMAS[name].items() if dtype == LIST and c in df]:
            values = [[sys.intern(v) for v in names] for names in df[col]]
            tables[name] = df = df.assign(**{col: pd.Series(values, index=df.index, dtype=object)})
    return tables


def merge_parts(parts: list[dict[str, pd.DataFrame]], order: list[str]) -> dict[str, pd.DataFrame]:
    """Concatenate per-chunk tables and sort them into document order, stably.

    The parts are consumed (each table is dropped from its part once merged), so that
    peak memory is the merged tables plus one table in transit, not twice the corpus.
    """
    ranks = pa.array(order, type=pa.string())
    merged = {}
    names = [n for n in (*PER_ARTICLE_TABLES, "problems") if any(n in p for p in parts)]
    for name in names:
        tables = [p.pop(name) for p in parts if name in p]
        frames = [t for t in tables if len(t)]
        if not frames:
            merged[name] = tables[0].iloc[0:0]
            continue
        df = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        del tables, frames
        position = positions(df["article_id"], ranks)
        if (position[1:] < position[:-1]).any():  # chunks come back in order unless cached
            df = take_rows(df, position.argsort(kind="stable"))
        if name in CONTIGUOUS:  # clustering takes rows from it: one chunk per column
            df = df.assign(**{c: contiguous(df[c]) for c in df.columns})
        merged[name] = df.reset_index(drop=True)
        release_memory()
    return merged


#: Per-article tables a cross-article stage takes rows from (one Arrow chunk a column).
CONTIGUOUS = ("events",)


def run_corpus_stages(tables: Tables, settings: Mapping[str, Any], *, fork: bool = False) -> Tables:
    """The per-article tables of the whole corpus, completed by the cross-article stages.

    With ``fork`` (there is a core to spare), a stage that needs nothing the next ones
    make, and makes nothing they need (:func:`waves`), runs in a forked process beside
    them (:func:`cscaucasus.engines.beside`) and sends back only the columns it writes;
    the tables are the same either way.
    """
    tables = dict(tables)
    with batch_gc():
        steps = stages_at(CORPUS)
        for wave in waves(steps) if fork else [[step] for step in steps]:
            *others, last = wave
            waiting = [
                (step, beside(lambda step=step: _written(step, step.run(tables, settings)[0])))
                for step in others
            ]
            tables.update(last.run(tables, settings)[0])
            for step, result in waiting:
                tables.update(_with_written(tables, step, result()))
    return tables


def waves(steps: tuple[Stage, ...]) -> list[list[Stage]]:
    """``steps`` in order, in runs of stages that may run at the same time: each reads
    nothing an earlier stage of its run makes, and makes nothing it reads or makes."""
    runs: list[list[Stage]] = []
    for step in steps:
        if runs and all(_independent(step, other) for other in runs[-1]):
            runs[-1].append(step)
        else:
            runs.append([step])
    return runs


def _independent(a: Stage, b: Stage) -> bool:
    return not ({*a.makes} & {*b.reads, *b.makes}) and not ({*b.makes} & {*a.reads})


def _written(step: Stage, made: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """What a stage made: the columns it declares it writes (whole tables elsewhere)."""
    return {
        name: table[list(step.columns[name][1])] if name in step.columns else table
        for name, table in made.items()
    }


def _with_written(
    tables: Tables, step: Stage, written: dict[str, pd.DataFrame]
) -> dict[str, pd.DataFrame]:
    """The tables ``step`` made, from what :func:`_written` kept of them."""
    return {
        name: tables[name].assign(**{c: table[c].array for c in step.columns[name][1]})
        if name in step.columns
        else table
        for name, table in written.items()
    }
