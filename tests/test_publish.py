"""One build at a time, published atomically; readers see one complete build or none."""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import threading
from pathlib import Path

import pandas as pd
import pytest

import cscaucasus as cs
from cscaucasus import output, tables
from cscaucasus.build import build, read_corpus, read_manifest
from cscaucasus.output import OutputBusy, OutputError
from cscaucasus.synthetic import make_corpus


def assert_same(a: cs.Corpus, b: cs.Corpus) -> None:
    for name, table in a.tables().items():
        pd.testing.assert_frame_equal(table, getattr(b, name), obj=name)


def snapshot(out: Path) -> dict[Path, bytes]:
    """Every file of a build (without the machine-specific stat cache and the lock)."""
    return {
        p.relative_to(out): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and p.name != output.LOCK and p.parts[-2] != ".cache"
    }


@pytest.fixture
def corpus_dir(tmp_path: Path, raw_dir: Path) -> Path:
    return make_corpus(tmp_path / "raw", 12, seed=11, source=raw_dir)


def edit(corpus_dir: Path, names: list[str]) -> None:
    """Change the text of the articles ``names`` and remove the last article."""
    for name in names:
        file = corpus_dir / name
        file.write_text(file.read_text(encoding="utf-8").replace("Armenia", "Georgia"))
    sorted(corpus_dir.glob("*.txt"))[-1].unlink()


class Pause:
    """A checkpoint that stops a build (in a thread) at ``point`` until released."""

    def __init__(self, point: str):
        self.point, self.reached, self.go = point, threading.Event(), threading.Event()

    def __call__(self, point: str) -> None:
        if point == self.point and not self.reached.is_set():
            self.reached.set()
            assert self.go.wait(60), "the test never released the paused build"


def start_build(corpus_dir: Path, out: Path, pause: Pause, **options) -> threading.Thread:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            build(corpus_dir, out, articles_per_part=3, jobs=1, **options)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.errors = errors  # type: ignore[attr-defined]
    thread.start()
    assert pause.reached.wait(60), "the build never reached the checkpoint"
    return thread


def test_a_second_build_stops_while_readers_see_the_previous_build(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus_dir, out, articles_per_part=3, jobs=1)
    old = read_corpus(out)
    old_files = snapshot(out)
    edit(corpus_dir, ["synthetic_000001.txt", "synthetic_000004.txt"])

    pause = Pause("parts written")
    monkeypatch.setattr(output, "checkpoint", pause)
    thread = start_build(corpus_dir, out, pause)
    try:
        # the lock names its holder, and a second build stops with a clear message
        holder = json.loads((out / output.LOCK).read_text())
        assert holder["pid"] == os.getpid() and holder["host"] == socket.gethostname()
        with pytest.raises(OutputBusy, match=f"pid {os.getpid()} on host"):
            build(corpus_dir, out, articles_per_part=3, jobs=1)
        # the new parts are written beside the old ones, yet readers see the old build
        assert len(list(out.glob("sentences.parquet/*.parquet"))) > len(
            read_manifest(out)["tables"]["sentences"]["parts"]
        )
        assert_same(old, read_corpus(out))
        # pandas reading the folder alone does not know which files to read: the
        # manifest does
    finally:
        pause.go.set()
        thread.join()
    assert not thread.errors
    new = read_corpus(out)
    assert_same(cs.load_corpus(corpus_dir), new)
    assert len(new.articles) == len(old.articles) - 1
    # the old build's files no manifest names are gone, no temporaries are left
    files = snapshot(out)
    assert set(files) != set(old_files)
    named = {e["file"] for t in read_manifest(out)["tables"].values() for e in t["parts"]}
    assert {p.name for p in files if p.parent.name.endswith(".parquet")} == named
    assert not list(out.rglob("*.tmp"))


def test_a_waiting_build_runs_after_the_first(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    pause = Pause("parts written")
    monkeypatch.setattr(output, "checkpoint", pause)
    thread = start_build(corpus_dir, out, pause)
    timer = threading.Timer(0.5, pause.go.set)
    timer.start()
    result = build(corpus_dir, out, articles_per_part=3, jobs=1, wait=60)
    thread.join()
    timer.cancel()
    assert not thread.errors
    assert result.reused == 12 and result.rewritten == 0  # the first build's work is kept


def test_a_dead_builds_lock_is_taken_over(tmp_path: Path, corpus_dir: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # a lock file naming a holder, but not locked: its process died
    (out / output.LOCK).write_text(json.dumps({"pid": 999999, "host": "elsewhere", "started": 0}))
    result = build(corpus_dir, out, articles_per_part=3, jobs=1)
    assert "died (pid 999999 on host elsewhere" in result.stale_lock
    assert (out / output.LOCK).read_text() == ""


def test_a_reader_reads_again_when_a_build_publishes_meanwhile(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus_dir, out, articles_per_part=3, jobs=1)
    edit(corpus_dir, ["synthetic_000002.txt"])
    real = tables._read_generation
    seen: list[dict] = []

    def slow_reader(path: Path, info: dict) -> cs.Corpus:
        seen.append(info)
        if len(seen) == 1:  # a whole build publishes between manifest and parts
            build(corpus_dir, out, articles_per_part=3, jobs=1)
        return real(path, info)

    monkeypatch.setattr(tables, "_read_generation", slow_reader)
    corpus = read_corpus(out)
    assert len(seen) == 2 and seen[0] != seen[1]
    assert_same(cs.load_corpus(corpus_dir), corpus)


def test_read_corpus_refuses_what_is_not_a_complete_build(tmp_path: Path, corpus_dir: Path) -> None:
    with pytest.raises(OutputError, match="no complete build"):
        read_corpus(tmp_path)
    out = tmp_path / "out"
    build(corpus_dir, out, articles_per_part=3, jobs=1)
    # a part that is not the file the manifest names (same size, other bytes)
    part = next((out / "sentences.parquet").glob("*.parquet"))
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0xFF
    part.write_bytes(bytes(data))
    with pytest.raises(OutputError, match="damaged: build again"):
        read_corpus(out)
    # a part cut short: the next build notices (by its size) and writes it again
    part.write_bytes(bytes(data[:100]))
    build(corpus_dir, out, articles_per_part=3, jobs=1)
    assert_same(cs.load_corpus(corpus_dir), read_corpus(out))
    # a manifest cut short, and one of an earlier layout
    manifest = out / "manifest.json"
    body = manifest.read_text()
    manifest.write_text(body[: len(body) // 2])
    with pytest.raises(OutputError, match="manifest.json is damaged"):
        read_corpus(out)
    manifest.write_text(json.dumps({**json.loads(body), "format": 1}))
    with pytest.raises(OutputError, match="earlier version"):
        read_corpus(out)


def test_a_full_disk_keeps_the_previous_build(
    tmp_path: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build(corpus_dir, out, articles_per_part=3, jobs=1)
    before = snapshot(out)
    old = read_corpus(out)
    edit(corpus_dir, ["synthetic_000003.txt"])
    calls = []

    def full(point: str) -> None:
        calls.append(point)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(output, "checkpoint", full)
    with pytest.raises(OSError, match="No space"):
        build(corpus_dir, out, articles_per_part=3, jobs=1)
    monkeypatch.undo()
    assert not list(out.rglob("*.tmp"))
    assert_same(old, read_corpus(out))
    # every file of the previous build is still there, unchanged
    after = snapshot(out)
    assert {p: after[p] for p in before} == before


def _die_at(out: Path, corpus_dir: Path, k: int) -> tuple[int, int]:
    """Run a build in a forked child that dies (no clean-up at all, as with kill -9)
    at its ``k``-th checkpoint; the child's pid and exit status."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        calls = [0]

        def die(point: str) -> None:
            calls[0] += 1
            if calls[0] == k:
                os._exit(9)

        output.checkpoint = die
        try:
            build(corpus_dir, out, articles_per_part=3, jobs=1)
        finally:
            os._exit(0)
    return pid, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def test_builds_killed_at_random_points_leave_a_readable_build(
    tmp_path: Path, raw_dir: Path
) -> None:
    rng = random.Random(12)
    corpus_dir = make_corpus(tmp_path / "raw", 12, seed=11, source=raw_dir)
    out, full = tmp_path / "out", tmp_path / "full"
    build(corpus_dir, out, articles_per_part=3, jobs=1)
    names = sorted(p.name for p in corpus_dir.glob("*.txt"))
    killed = 0
    for step in range(8):
        good = read_corpus(out)
        target = corpus_dir / rng.choice(names)
        target.write_text(target.read_text(encoding="utf-8") + f"\nLine {step}.\n")
        pid, status = _die_at(out, corpus_dir, rng.randint(1, 30))
        assert status in (0, 9)
        killed += status == 9
        # killed or not, the output is one complete build: the earlier or the new one
        now = read_corpus(out)
        text = now.articles.set_index("path").text
        assert text.drop(target.name).equals(good.articles.set_index("path").text.drop(target.name))
        assert now.articles.path.tolist() == good.articles.path.tolist()
        # the next build takes the dead one's lock over, and gives what a full build gives
        result = build(corpus_dir, out, articles_per_part=3, jobs=1)
        assert (result.stale_lock is not None) == (status == 9)
        if status == 9:
            assert f"pid {pid} on host" in result.stale_lock
        assert not list(out.rglob("*.tmp"))
        shutil.rmtree(full, ignore_errors=True)
        build(corpus_dir, full, articles_per_part=3, jobs=1, use_cache=False)
        assert snapshot(out) == snapshot(full), step
    assert 0 < killed < 8
