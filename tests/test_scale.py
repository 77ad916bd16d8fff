"""Parallel, incremental and Dask builds give exactly the tables of a plain build."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from functools import partial
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cscaucasus as cs
import cscaucasus.build as build_module
import cscaucasus.cache as cache
import cscaucasus.corpus as corpus_module
from cscaucasus import engines, pipeline, stories
from cscaucasus.build import BuildResult, build, read_corpus, read_manifest, write_corpus
from cscaucasus.runtime import BATCH_GC_THRESHOLDS
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


ADDED = (
    "Added\n\nYEREVAN, November 24, 2022. Armenian Prime Minister Nikol Pashinyan said on "
    "Wednesday that the CSTO had failed Armenia in September, according to his office. "
    "Leaders met in Yerevan on November 23.\n"
)


def change_corpus(corpus_dir: Path, *, add: str, edit: str, remove: str) -> None:
    """Add a dated article, add a line to another, remove ``synthetic_000<remove>.txt``."""
    (corpus_dir / add).write_text(ADDED, encoding="utf-8")
    edited = corpus_dir / edit
    edited.write_text(edited.read_text(encoding="utf-8") + "\nAn added closing line here.\n")
    (corpus_dir / f"synthetic_000{remove}.txt").unlink()


def test_synthetic_corpus_is_deterministic(tmp_path: Path, raw_dir: Path) -> None:
    first = make_corpus(tmp_path / "a", 5, seed=3, source=raw_dir)
    second = make_corpus(tmp_path / "b", 5, seed=3, source=raw_dir)
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes()
    assert len(list(first.glob("*.txt"))) == 5


def test_jobs_give_identical_tables(synthetic: Path, reference: cs.Corpus) -> None:
    assert len(reference.articles) == N
    assert_same(reference, cs.load_corpus(synthetic, jobs=2))


def test_a_parallel_build_warms_its_stages_before_its_workers_fork(
    tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus_dir = make_corpus(tmp_path / "raw", 16, seed=2, source=raw_dir)  # two chunks
    events: list[object] = []
    monkeypatch.setattr(stories, "preload", events.append)
    monkeypatch.setattr(stories, "ready", partial(events.append, "ready"))
    monkeypatch.setattr(pipeline, "warm", lambda actors, settings: events.append("warm"))
    monkeypatch.setattr(corpus_module, "scan_corpus", _spy(corpus_module.scan_corpus, events))
    run = engines.ENGINES["pandas"].run
    pool = engines.Engine("pandas", lambda *a: events.append("pool") or run(*a))
    monkeypatch.setitem(engines.ENGINES, "pandas", pool)
    cs.load_corpus(corpus_dir, jobs=2, story_threshold=0.6)
    # the bands started before the folder is read, the stages warmed before the workers
    # fork (the signatures need nothing of datasketch: no waiting for it), the bands
    # kept before the cross-article stages
    assert events[:4] == [0.6, "scan", "warm", "pool"]
    assert events[4:] and set(events[4:]) == {"ready"}
    events.clear()
    cs.load_corpus(corpus_dir, jobs=1)  # one process: nothing to hand down, none to warm
    assert events[:3] == [stories.THRESHOLD, "scan", "pool"] and "warm" not in events
    assert events[-1] == "ready"


def _spy(function, events: list[object]):
    def spied(*args, **kwargs):
        events.append("scan")
        return function(*args, **kwargs)

    return spied


def test_the_bands_of_a_threshold_come_from_a_forked_process_and_are_kept() -> None:
    saved = dict(stories._BANDS)
    try:
        stories.preload(0.7)
        assert len(stories._PENDING) == 1
        stories.ready()
        assert not stories._PENDING
        assert stories._BANDS[0.7] == stories._sketch(0.7)  # datasketch's own bands
        stories.preload(0.7)
        assert not stories._PENDING  # nothing left to make
    finally:
        stories._BANDS.clear()
        stories._BANDS.update(saved)


def test_the_default_threshold_needs_no_datasketch() -> None:
    # its bands are datasketch's (as are the permutations, compared in test_stories):
    # a build at the default threshold starts no process for them and imports nothing
    assert stories._sketch(stories.THRESHOLD) == stories.DEFAULT_BANDS
    assert stories.bands(stories.THRESHOLD) == stories.DEFAULT_BANDS
    stories.preload(stories.THRESHOLD)
    assert not stories._PENDING
    code = (
        "import sys; import cscaucasus as cs, cscaucasus.stories as s\n"
        "s.signature('the CSTO will not intervene, the secretary general said today')\n"
        "s.bands(s.THRESHOLD); s.preload(); s.ready()\n"
        "print('datasketch' in sys.modules, 'scipy' in sys.modules)"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert shown.stdout.split() == ["False", "False"], shown.stderr


def test_warming_the_stages_changes_no_table(raw_dir: Path) -> None:
    scan = corpus_module.scan_corpus(raw_dir)
    before = cs.load_corpus(raw_dir, jobs=1)
    pipeline.warm(scan.actors, scan.settings)
    assert_same(before, cs.load_corpus(raw_dir, jobs=1))


def test_the_results_arrive_at_the_batch_pace(
    tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the build's process receives the workers' tables with the collector at the pace of
    # a batch (a full pass over its whole heap during the pool cost 0.06 s of its CPU)
    corpus_dir = make_corpus(tmp_path / "raw", 16, seed=2, source=raw_dir)  # two chunks
    paces: list[tuple[int, ...]] = []
    run = engines.ENGINES["pandas"].run
    pool = engines.Engine("pandas", lambda *a: paces.append(gc.get_threshold()) or run(*a))
    monkeypatch.setitem(engines.ENGINES, "pandas", pool)
    before = gc.get_threshold()
    cs.load_corpus(corpus_dir, jobs=2)
    assert paces == [tuple(max(b, t) for b, t in zip(before, BATCH_GC_THRESHOLDS, strict=True))]
    assert gc.get_threshold() == before


@given(st.integers(0, 30_000), st.integers(1, 8))
def test_tasks_are_few_and_end_in_one_small_round(n: int, jobs: int) -> None:
    sizes = engines.chunk_sizes(n, jobs)
    small = engines.chunk_size(n, jobs)
    assert sum(sizes) == n and all(size > 0 for size in sizes)
    if jobs == 1:  # in one process: no round to even out
        assert sizes == [small] * (n // small) + ([n % small] if n % small else [])
        return
    head, tail = sizes[: -min(jobs, len(sizes))], sizes[-min(jobs, len(sizes)) :]
    assert all(size <= small for size in tail)  # the last round: one small task a process
    assert all(size == head[0] for size in head[:-1]) and head[-1:] <= head[:1]
    assert all(size <= max(small, engines.MAX_HEAD_CHUNK) for size in head)
    # never more tasks than in tasks of the small size; rounds of jobs tasks otherwise
    assert len(sizes) <= -(-n // small)
    if head and head[0] > small:
        rounds = -(-sum(head) // (jobs * engines.MAX_HEAD_CHUNK))
        assert len(head) <= jobs * rounds


def test_progress_is_reported(synthetic: Path) -> None:
    seen: list[tuple[int, int]] = []
    cs.load_corpus(synthetic, progress=lambda done, total: seen.append((done, total)))
    done = [d for d, _ in seen]
    assert seen[-1] == (N, N) and len(seen) > 1 and done == sorted(set(done))


def test_incremental_build_reuses_unchanged_articles(
    tmp_path: Path, synthetic: Path, reference: cs.Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus_dir = tmp_path / "raw"
    shutil.copytree(synthetic, corpus_dir)
    out = tmp_path / "out"
    write_corpus(cs.load_corpus(corpus_dir), out, corpus_dir)

    # unchanged: everything reused, same tables
    again = cs.load_corpus(corpus_dir, previous=read_corpus(out))
    assert again.state.reused == N
    assert_same(reference, again)

    # one article added, one edited, one removed: only the first two are processed
    change_corpus(corpus_dir, add="new.txt", edit="synthetic_000003.txt", remove="011")
    periods = []
    real_cluster = cs.chronology._cluster_period
    monkeypatch.setattr(
        cs.chronology,
        "_cluster_period",
        lambda rows, *a: periods.append(len(rows)) or real_cluster(rows, *a),
    )
    incremental = cs.load_corpus(corpus_dir, previous=read_corpus(out))
    assert incremental.state.reused == N - 2
    reclustered = sum(periods)
    periods.clear()
    assert_same(cs.load_corpus(corpus_dir), incremental)
    # only the periods the two articles have events in were clustered again
    assert 0 < reclustered < sum(periods) / 2


def test_unchanged_files_are_not_read_again(
    tmp_path: Path, synthetic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cs.ingest, "RACY_NS", 0)  # trust files written a moment ago
    corpus_dir = tmp_path / "raw"
    shutil.copytree(synthetic, corpus_dir)
    out = tmp_path / "out"
    write_corpus(cs.load_corpus(corpus_dir), out, corpus_dir)
    read = []
    real_read = cs.ingest.read_document
    monkeypatch.setattr(
        cs.ingest,
        "read_document",
        lambda file, *a, **k: read.append(os.path.basename(file)) or real_read(file, *a, **k),
    )

    def rebuild() -> cs.Corpus:
        read.clear()
        corpus = cs.load_corpus(corpus_dir, previous=read_corpus(out))
        write_corpus(corpus, out, corpus_dir)
        return corpus

    assert_same(cs.load_corpus(synthetic), rebuild())
    assert read == []

    # same size, same mtime, new content: the ctime gives it away
    edited = corpus_dir / "synthetic_000005.txt"
    before = edited.stat()
    text = edited.read_text(encoding="utf-8")
    assert "Armenia" in text
    edited.write_text(text.replace("Armenia", "Armenie", 1), encoding="utf-8")
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert edited.stat().st_size == before.st_size
    rebuilt = rebuild()
    assert read == ["synthetic_000005.txt"]
    assert_same(cs.load_corpus(corpus_dir), rebuilt)

    # new metadata for one file: its text is needed again, and read
    metadata = corpus_dir / "metadata.csv"
    lines = metadata.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, line in enumerate(lines) if line.startswith("synthetic_000007.txt,"))
    lines[row] = lines[row].replace("synthetic_000007.txt,", "synthetic_000007.txt,New Outlet ", 1)
    metadata.write_text("".join(lines), encoding="utf-8")
    rebuilt = rebuild()
    assert read == ["synthetic_000007.txt"]
    assert_same(cs.load_corpus(corpus_dir), rebuilt)
    assert "New Outlet" in rebuilt.articles.outlet.iloc[7]


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
    text, whole = cache.reusable(keys, previous.state)
    assert len(text) == N and whole == set()
    rebuilt = cs.load_corpus(synthetic, previous=previous)
    assert rebuilt.state.reused == 0
    assert_same(cs.load_corpus(synthetic), rebuilt)


def test_code_change_invalidates_everything(
    synthetic: Path, reference: cs.Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "code_fingerprint", lambda: "a different package")
    keys = cache.article_keys(
        cs.ingest.read_documents(synthetic)[0], reference.actors, {"domain_lexicon": True}
    )
    assert cache.reusable(keys, reference.state) == (set(), set())


def test_settings_change_invalidates_everything(synthetic: Path, reference: cs.Corpus) -> None:
    other = cs.load_corpus(synthetic, domain_lexicon=False, previous=reference)
    assert other.state.reused == 0


def test_dask_engine_on_a_local_cluster(
    tmp_path: Path, synthetic: Path, reference: cs.Corpus
) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        assert_same(reference, cs.load_corpus(synthetic, engine="dask"))
        # cscaucasus build --engine dask: the partitioned parquet of the pandas engine
        build(synthetic, tmp_path / "dask", engine="dask", articles_per_part=8)
    dask_dataframe = pytest.importorskip("dask.dataframe")
    assert_same_files(
        tmp_path / "dask", full_build(synthetic, tmp_path / "pandas", articles_per_part=8)
    )
    sentences = dask_dataframe.read_parquet(tmp_path / "dask" / "sentences.parquet")
    assert sentences.npartitions > 1 and len(sentences) == len(reference.sentences)


def test_tables_are_written_in_parts_that_read_back_in_order(
    tmp_path: Path, reference: cs.Corpus
) -> None:
    write_corpus(reference, tmp_path, tmp_path, articles_per_part=4)
    parts = sorted(p.name for p in (tmp_path / "sentences.parquet").iterdir())
    assert len(parts) > 4 and all(p.startswith("part-") for p in parts)
    manifest = read_manifest(tmp_path)
    assert [e["file"] for e in manifest["tables"]["sentences"]["parts"]] == parts
    assert sum(e["rows"] for e in manifest["tables"]["sentences"]["parts"]) == len(
        reference.sentences
    )
    assert_same(reference, read_corpus(tmp_path))
    # names sort in document order, so plain pandas reads a folder in order too
    plain = pd.read_parquet(tmp_path / "sentences.parquet")
    assert plain.article_id.tolist() == reference.sentences.article_id.tolist()


def test_incremental_build_writes_what_a_full_build_writes(
    tmp_path: Path, synthetic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cs.ingest, "RACY_NS", 0)
    corpus_dir = tmp_path / "raw"
    shutil.copytree(synthetic, corpus_dir)
    out = tmp_path / "out"
    first = build(corpus_dir, out, articles_per_part=4)
    assert first.reused == 0 and first.rows["articles"] == N

    unchanged = build(corpus_dir, out, articles_per_part=4)
    assert unchanged.reused == N and unchanged.rewritten == 0  # no table file is written

    change_corpus(
        corpus_dir, add="synthetic_000020b.txt", edit="synthetic_000003.txt", remove="031"
    )
    (corpus_dir / "empty.txt").write_bytes(b"")
    read = []
    real_read = build_module.read_table
    monkeypatch.setattr(
        build_module,
        "read_table",
        lambda path, files=None, **k: (
            read.append((path.name, files)) or real_read(path, files, **k)
        ),
    )
    update = build_incrementally(corpus_dir, out, articles_per_part=4)
    monkeypatch.setattr(build_module, "read_table", real_read)
    assert update.reused == N - 2 and update.rows["articles"] == N
    assert "empty.txt" in set(update.problems.path)
    # the earlier text is read only from the parts that changed (the events, for their
    # clusters, are read whole), and only a few parts of each table are written
    parts = len(read_manifest(out)["tables"]["sentences"]["parts"])
    assert parts > 6
    sentences = [files for name, files in read if name == "sentences.parquet"]
    # (three changes; the removed article began a part, which joins the one before)
    assert len(sentences) == 1 and 0 < len(sentences[0]) <= 4
    assert 2 < update.rewritten < parts * 7

    assert_same_files(out, full_build(corpus_dir, tmp_path / "full", articles_per_part=4))
    assert_same(cs.load_corpus(corpus_dir), read_corpus(out))


def build_incrementally(corpus_dir: Path, out: Path, **options) -> BuildResult:
    """``build`` on the earlier build in ``out``, failing if it falls back to a full
    build (as it silently does on a damaged cache: the files would be right anyway)."""

    def full(*args, **kwargs):
        raise AssertionError("the incremental build fell back to a full build")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build_module, "load_corpus", full)
        return build(corpus_dir, out, **options)


def assert_same_files(built: Path, full: Path) -> None:
    """``built`` holds the very files (byte for byte) of the full build ``full``."""
    files = sorted(p.relative_to(full) for p in full.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(built) for p in built.rglob("*") if p.is_file())
    for path in files:
        if path.parts[0] != ".cache":  # stat signatures: where and when files were read
            assert (built / path).read_bytes() == (full / path).read_bytes(), path


def full_build(corpus_dir: Path, out: Path, **options) -> Path:
    shutil.rmtree(out, ignore_errors=True)
    build(corpus_dir, out, use_cache=False, **options)
    return out


def test_gazetteer_and_settings_changes_rebuild_exactly(tmp_path: Path, synthetic: Path) -> None:
    corpus_dir = tmp_path / "raw"
    shutil.copytree(synthetic, corpus_dir)
    out = tmp_path / "out"
    build(corpus_dir, out, articles_per_part=8)
    (corpus_dir / "actors.yml").write_text(
        "actors:\n  - id: lavrov_double\n    name: Sergey Lavrov\n    type: person\n"
        "    aliases: [Lavrov, the veteran diplomat]\n",
        encoding="utf-8",
    )
    again = build_incrementally(corpus_dir, out, articles_per_part=8)
    assert again.reused == 0
    assert_same_files(out, full_build(corpus_dir, tmp_path / "full", articles_per_part=8))
    other = build_incrementally(corpus_dir, out, articles_per_part=8, domain_lexicon=False)
    assert other.reused == 0
    assert_same_files(
        out,
        full_build(corpus_dir, tmp_path / "full", articles_per_part=8, domain_lexicon=False),
    )


def test_strict_incremental_build_fails_before_writing(tmp_path: Path, synthetic: Path) -> None:
    corpus_dir = tmp_path / "raw"
    shutil.copytree(synthetic, corpus_dir)
    out = tmp_path / "out"
    build(corpus_dir, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (corpus_dir / "broken.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(cs.CorpusError, match="broken.txt"):
        build(corpus_dir, out, strict=True)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(["add", "edit", "remove", "retitle"]), st.integers(0, 11)),
        min_size=1,
        max_size=4,
    )
)
def test_any_changes_build_incrementally_to_the_full_build(
    tmp_path_factory: pytest.TempPathFactory, raw_dir: Path, changes: list[tuple[str, int]]
) -> None:
    base = tmp_path_factory.mktemp("changes")
    corpus_dir = make_corpus(base / "raw", 12, seed=11, source=raw_dir)
    out = base / "out"
    build(corpus_dir, out, articles_per_part=3)
    names = sorted(p.name for p in corpus_dir.glob("*.txt"))
    for step, (change, at) in enumerate(changes):
        file = corpus_dir / names[at]
        if change == "add":
            text = file.read_text(encoding="utf-8") if file.exists() else "Title\n\nText."
            (corpus_dir / f"{names[at][:-4]}_{step}.txt").write_text(
                text.replace("Armenia", "Georgia"), encoding="utf-8"
            )
        elif change == "edit" and file.exists():
            file.write_text(file.read_text(encoding="utf-8") + f"\nA line {step}.\n")
        elif change == "remove":
            file.unlink(missing_ok=True)
        elif change == "retitle":
            metadata = corpus_dir / "metadata.csv"
            lines = metadata.read_text(encoding="utf-8").splitlines(keepends=True)
            row = next((i for i, line in enumerate(lines) if line.startswith(names[at])), None)
            if row is not None:
                lines[row] = lines[row].replace(",", f",Retitled {step} ", 1)
                metadata.write_text("".join(lines), encoding="utf-8")
        build_incrementally(corpus_dir, out, articles_per_part=3)
    assert_same_files(out, full_build(corpus_dir, base / "full", articles_per_part=3))
