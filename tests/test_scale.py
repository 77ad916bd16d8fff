"""Parallel, incremental and Dask builds give exactly the tables of a plain build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import cscaucasus as cs
import cscaucasus.cache as cache
from cscaucasus.build import read_corpus, write_corpus
from cscaucasus.synthetic import make_corpus

N = 40  # more than two chunks of articles


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path) -> Path:
    return make_corpus(tmp_path_factory.mktemp("synthetic"), N, seed=7, source=raw_dir)


@pytest.fixture(scope="module")
def reference(synthetic: Path) -> cs.Corpus:
    return cs.load_corpus(synthetic)


def assert_same(a: cs.Corpus, b: cs.Corpus) -> None:
    for name, table in a.tables().items():
        pd.testing.assert_frame_equal(table, getattr(b, name), obj=name)


def test_synthetic_corpus_is_deterministic(tmp_path: Path, raw_dir: Path) -> None:
    first = make_corpus(tmp_path / "a", 5, seed=3, source=raw_dir)
    second = make_corpus(tmp_path / "b", 5, seed=3, source=raw_dir)
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes()
    assert len(list(first.glob("*.txt"))) == 5


def test_jobs_give_identical_tables(synthetic: Path, reference: cs.Corpus) -> None:
    assert len(reference.articles) == N
    assert_same(reference, cs.load_corpus(synthetic, jobs=2))


def test_progress_is_reported(synthetic: Path) -> None:
    seen: list[tuple[int, int]] = []
    cs.load_corpus(synthetic, progress=lambda done, total: seen.append((done, total)))
    done = [d for d, _ in seen]
    assert seen[-1] == (N, N) and len(seen) > 1 and done == sorted(set(done))


def test_incremental_build_reuses_unchanged_articles(
    tmp_path: Path, synthetic: Path, reference: cs.Corpus
) -> None:
    corpus_dir = tmp_path / "raw"
    shutil.copytree(synthetic, corpus_dir)
    out = tmp_path / "out"
    write_corpus(cs.load_corpus(corpus_dir), out, corpus_dir)

    # unchanged: everything reused, same tables
    again = cs.load_corpus(corpus_dir, previous=read_corpus(out))
    assert again.settings["reused"] == N
    assert_same(reference, again)

    # one article added, one edited: only those two are processed
    (corpus_dir / "new.txt").write_text(
        "New article\n\nArmenian Prime Minister Nikol Pashinyan said on Monday that the "
        "CSTO had failed Armenia, according to his office.\n",
        encoding="utf-8",
    )
    edited = corpus_dir / "synthetic_000003.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAn added closing line here.\n")
    incremental = cs.load_corpus(corpus_dir, previous=read_corpus(out))
    assert incremental.settings["reused"] == N - 1
    assert_same(cs.load_corpus(corpus_dir), incremental)


def test_gazetteer_change_invalidates_actor_tables_only(
    tmp_path: Path, synthetic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = cs.load_corpus(synthetic)
    extra = pd.DataFrame([{"actor_id": "test", "name": "Test Person", "type": "person"}])
    changed = pd.concat([previous.actors, extra], ignore_index=True)
    monkeypatch.setattr(cs.corpus.actors_stage, "load_actors", lambda *a, **k: changed)
    keys = cache.article_keys(
        cs.ingest.read_documents(synthetic)[0], changed, {"domain_lexicon": True}
    )
    text, whole = cache.reusable(keys, previous)
    assert len(text) == N and whole == set()
    rebuilt = cs.load_corpus(synthetic, previous=previous)
    assert rebuilt.settings["reused"] == 0
    assert_same(cs.load_corpus(synthetic), rebuilt)


def test_code_change_invalidates_everything(
    synthetic: Path, reference: cs.Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "a different package")
    keys = cache.article_keys(
        cs.ingest.read_documents(synthetic)[0], reference.actors, {"domain_lexicon": True}
    )
    assert cache.reusable(keys, reference) == (set(), set())


def test_settings_change_invalidates_everything(synthetic: Path, reference: cs.Corpus) -> None:
    other = cs.load_corpus(synthetic, domain_lexicon=False, previous=reference)
    assert other.settings["reused"] == 0


def test_dask_engine_on_a_local_cluster(synthetic: Path, reference: cs.Corpus) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        assert_same(reference, cs.load_corpus(synthetic, engine="dask"))


def test_partitioned_parquet_reads_back(tmp_path: Path, reference: cs.Corpus) -> None:
    write_corpus(reference, tmp_path, tmp_path, partition_rows=100)
    parts = sorted(p.name for p in (tmp_path / "sentences.parquet").iterdir())
    assert len(parts) > 1 and parts[0] == "part-00000.parquet"
    assert_same(reference, read_corpus(tmp_path))
