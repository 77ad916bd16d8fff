"""The recipe (pipeline.STAGES) and the engine registry: what derives from them."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

import cscaucasus as cs
from cscaucasus import build, cache, chronology, engines, pipeline
from cscaucasus.schema import TABLES

INPUTS = {"documents", "actors", "known_clusters"}  # what ingest and the cache give


def test_every_stage_reads_what_comes_before_it() -> None:
    available = set(INPUTS)
    for stage in pipeline.STAGES:
        assert set(stage.reads) <= available, stage.name
        assert stage.key in (pipeline.TEXT, pipeline.ACTOR, pipeline.CORPUS)
        available |= set(stage.makes)
    # every table of the contract is made by a stage (the gazetteer comes with the
    # inputs; problems are gathered from every step)
    assert set(TABLES) - available == {"problems"}


def test_the_table_lists_derive_from_the_stages() -> None:
    assert pipeline.TEXT_TABLES == ("articles", "boilerplate", "paragraphs", "sentences")
    assert pipeline.ACTOR_TABLES == ("mentions", "entities", "statements", "events")
    assert build.PARTED == pipeline.PER_ARTICLE_TABLES
    assert "events" not in build.PER_ARTICLE and "statements" in build.PER_ARTICLE
    assert set(pipeline.CORPUS_COLUMNS) == {"events", "articles", "statements"}
    assert pipeline.CORPUS_COLUMNS["events"] == ("period_cluster", "cluster_id")
    assert pipeline.stage("event_clusters").columns["events"][0] == chronology._CLUSTER_COLUMNS
    # every cross-article stage declares the columns it reads and writes, and its
    # incremental update; its tables' part keys cover the columns it writes
    for step in pipeline.stages_at(pipeline.CORPUS):
        assert step.columns and callable(step.update), step.name
    assert pipeline.stage("stories").columns["articles"][1] == pipeline.CORPUS_COLUMNS["articles"]
    assert pipeline.KEY_SETTINGS == ("domain_lexicon",)
    assert pipeline.problem_stages(pipeline.TEXT) == ("clean",)
    assert pipeline.problem_stages(pipeline.TEXT, pipeline.ACTOR) == ("clean", "chronology")
    fields = [f.name for f in dataclasses.fields(cs.Corpus)]
    assert fields == [*TABLES, "settings", "state"]


def test_the_cache_keys_cover_the_per_article_settings_only(raw_dir: Path) -> None:
    documents = cs.ingest.read_documents(raw_dir)[0]
    actors = cs.actors.load_actors()
    keys = cache.article_keys(documents, actors, {"domain_lexicon": True, "story_threshold": 0.5})
    same = cache.article_keys(documents, actors, {"domain_lexicon": True, "story_threshold": 0.9})
    other = cache.article_keys(documents, actors, {"domain_lexicon": False})
    assert keys == same
    assert all(keys[a][0] != other[a][0] for a in keys)


def test_a_slice_of_the_recipe_runs_on_literal_tables() -> None:
    text = 'Nikol Pashinyan said on 3 March 2023: "Armenia will not attend the summit."'
    articles = cs.schema.typed(
        pd.DataFrame(
            {"article_id": ["a"], "path": ["a.txt"], "text": [text], "published": [pd.NaT]}
        ),
        "articles",
    )
    tables = pipeline.run(
        ("segment", "mentions", "statements", "events"),
        {"articles": articles, "actors": cs.actors.load_actors()},
        {},
    )
    assert tables["statements"].speaker.tolist() == ["Nikol Pashinyan"]
    assert tables["events"].date.tolist() == [pd.Timestamp("2023-03-03")]
    assert "boilerplate" not in tables  # clean did not run
    with pytest.raises(KeyError, match="no stage 'statement'"):
        pipeline.run(("statement",), {}, {})


def test_a_registered_engine_runs_every_task(
    raw_dir: Path, seed_corpus: cs.Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []

    def run_recording(function, tasks, jobs, collect):
        seen.extend(len(task[0]) for task in tasks)
        return collect(map(function, tasks))

    monkeypatch.setitem(engines.ENGINES, "recording", engines.Engine("recording", run_recording))
    corpus = cs.load_corpus(raw_dir, engine="recording", jobs=1)
    assert sum(seen) == len(seed_corpus.articles)
    for name, table in seed_corpus.tables().items():
        pd.testing.assert_frame_equal(table, getattr(corpus, name), obj=name)
    with pytest.raises(ValueError, match="engine must be one of .*'pandas'"):
        cs.load_corpus(raw_dir, engine="spark")


def test_the_build_state_is_not_a_setting(raw_dir: Path, seed_corpus: cs.Corpus) -> None:
    assert set(seed_corpus.settings) == {"path", "domain_lexicon", "story_threshold"}
    assert set(seed_corpus.state.keys) == set(seed_corpus.articles.article_id)
    assert seed_corpus.state.reused == 0
    again = cs.load_corpus(raw_dir, previous=seed_corpus)
    assert again.state.reused == len(seed_corpus.articles)


def test_independent_cross_article_stages_run_side_by_side(seed_corpus: cs.Corpus) -> None:
    waves = pipeline.waves(pipeline.stages_at(pipeline.CORPUS))
    assert [[s.name for s in wave] for wave in waves] == [
        ["stories"],
        ["statement_clusters", "event_clusters"],  # (both read the stories)
        ["happenings"],  # (it reads the events' period clusters and the stories)
    ]
    assert [len(w) for w in pipeline.waves(pipeline.STAGES)][:5] == [1, 1, 1, 1, 1]
    tables = {name: getattr(seed_corpus, name) for name in pipeline.PER_ARTICLE_TABLES}
    blank = tables["events"].assign(period_cluster=None, cluster_id=None)
    tables = {**tables, "known_clusters": None, "events": blank}
    settings = dict(seed_corpus.settings)
    serial = pipeline.run_corpus_stages(tables, settings)
    forked = pipeline.run_corpus_stages(tables, settings, fork=True)
    for name in ("articles", "statements", "events"):
        pd.testing.assert_frame_equal(forked[name], serial[name], obj=name)
        pd.testing.assert_frame_equal(serial[name], getattr(seed_corpus, name), obj=name)


def test_a_forked_function_gives_its_result_or_runs_here() -> None:
    parent = os.getpid()
    assert engines.beside(os.getpid)() != parent  # ran in another process
    assert engines.beside(lambda: [1, "a"])() == [1, "a"]

    def fails_there() -> int:
        if os.getpid() != parent:
            os._exit(3)  # died without a word: the caller runs it itself
        return 7

    assert engines.beside(fails_there)() == 7

    def fails() -> None:
        raise ValueError("the stage's own error")

    with pytest.raises(ValueError, match="the stage's own error"):
        engines.beside(fails)()


def _outlet_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """A toy cross-article column: how many articles each article's outlet has."""
    counts = articles.groupby("outlet", dropna=False)["article_id"].transform("size")
    return pd.DataFrame({"outlet_articles": pd.array(counts.to_numpy(), dtype="Int32")})


def _run_outlet_articles(t: pipeline.Tables, settings: object) -> pipeline.Made:
    found = _outlet_articles(t["articles"])
    return {"articles": t["articles"].assign(outlet_articles=found.outlet_articles.array)}, []


def test_a_cross_article_stage_is_one_declaration(
    tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new cross-article stage declared in the recipe (the columns it reads and writes,
    its function and its update) is built in full and incrementally, to the same files."""
    from test_scale import assert_same_files, build_incrementally, full_build

    toy = pipeline.Stage(
        "outlet_articles", _run_outlet_articles, ("articles",), ("articles",), pipeline.CORPUS,
        columns={"articles": (("article_id", "outlet"), ("outlet_articles",))},
        update=lambda changes: {"articles": _outlet_articles(changes.tables["articles"])},
    )  # fmt: skip
    monkeypatch.setattr(pipeline, "STAGES", (*pipeline.STAGES, toy))
    monkeypatch.setattr(pipeline, "CORPUS_COLUMNS", pipeline.corpus_columns())
    monkeypatch.setitem(cs.schema.SCHEMAS["articles"], "outlet_articles", "Int32")
    monkeypatch.setattr(cs.ingest, "RACY_NS", 0)
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(raw_dir, raw)
    build.build(raw, out, articles_per_part=2, jobs=1)
    # a new article of an outlet that has one: the count changes in an unchanged part too
    meta = pd.read_csv(raw / "metadata.csv", dtype=str, keep_default_na=False)
    row = meta.iloc[0].copy()
    row["file"] = "009_another.txt"
    (raw / row["file"]).write_text("Yerevan, 5 May 2023. The CSTO met again.\n", encoding="utf-8")
    pd.concat([meta, row.to_frame().T]).to_csv(raw / "metadata.csv", index=False)
    update = build_incrementally(raw, out, articles_per_part=2, jobs=1)
    assert update.rewritten > 0
    assert_same_files(out, full_build(raw, tmp_path / "full", articles_per_part=2, jobs=1))
    articles = build.read_corpus(out).articles
    counts = articles.groupby("outlet")["article_id"].transform("size")
    assert (articles.outlet_articles == counts).all()
    assert articles.outlet_articles.max() == 2
