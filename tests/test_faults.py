"""Failures of the command line: one `error:` line and a documented exit status."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

import cscaucasus.build as build_module
from cscaucasus import output
from cscaucasus.cli import EXIT_BUG, EXIT_BUSY, EXIT_OUTPUT, main


@pytest.fixture
def raw(tmp_path: Path, raw_dir: Path) -> Path:
    shutil.copytree(raw_dir, tmp_path / "raw")
    return tmp_path / "raw"


def one_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: "), err
    assert "Traceback" not in err[0]
    return err[0]


def test_out_naming_a_file(tmp_path: Path, raw: Path, capsys) -> None:
    (tmp_path / "file").write_text("x")
    assert main(["build", str(raw), "--out", str(tmp_path / "file"), "--quiet"]) == EXIT_OUTPUT
    assert "is a file, not a folder" in one_error(capsys)
    assert (tmp_path / "file").read_text() == "x"


def test_manifest_that_is_a_folder(tmp_path: Path, raw: Path, capsys) -> None:
    (tmp_path / "out" / "manifest.json").mkdir(parents=True)
    assert main(["build", str(raw), "--out", str(tmp_path / "out"), "--quiet"]) == EXIT_OUTPUT
    assert "manifest.json is a folder" in one_error(capsys)


@pytest.mark.parametrize(
    ("code", "said"),
    [(errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full"), (errno.EACCES, "permission")],
)
def test_write_failures(tmp_path: Path, raw: Path, capsys, monkeypatch, code, said) -> None:
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--quiet"]) == 0
    manifest = (out / "manifest.json").read_bytes()
    capsys.readouterr()

    def fail(point: str) -> None:
        raise OSError(code, "failed", str(out / "x.tmp"))

    monkeypatch.setattr(output, "checkpoint", fail)
    assert main(["build", str(raw), "--out", str(out), "--quiet", "--no-cache"]) == EXIT_OUTPUT
    line = one_error(capsys)
    assert said in line and str(out / "x.tmp") in line
    assert (out / "manifest.json").read_bytes() == manifest  # the last good build stays


def test_a_busy_output(tmp_path: Path, raw: Path, capsys) -> None:
    out = tmp_path / "out"
    with output.output_lock(out):
        assert main(["build", str(raw), "--out", str(out), "--quiet"]) == EXIT_BUSY
    assert "is being written by another build (pid" in one_error(capsys)


def test_a_bug_is_one_line_and_debug_shows_the_traceback(
    tmp_path: Path, raw: Path, capsys, monkeypatch
) -> None:
    def bug(*args, **kwargs):
        raise ValueError("something unexpected")

    monkeypatch.setattr(build_module, "load_corpus", bug)
    argv = ["build", str(raw), "--out", str(tmp_path / "out"), "--quiet"]
    assert main(argv) == EXIT_BUG
    line = one_error(capsys)
    assert "ValueError: something unexpected" in line and "--debug" in line
    with pytest.raises(ValueError, match="something unexpected"):
        main([*argv, "--debug"])
    with pytest.raises(ValueError, match="something unexpected"):
        main(["--debug", *argv])


def test_a_worker_exits_when_its_parent_is_killed() -> None:
    import os
    import signal
    import time

    from cscaucasus.corpus import watch_parent

    read, write = os.pipe()
    middle = os.fork()
    if middle == 0:  # pragma: no cover - the parent of the worker
        worker = os.fork()
        if worker == 0:
            watch_parent(os.getppid(), every=0.05)
            while True:
                time.sleep(1)
        os.write(write, str(worker).encode())
        while True:
            time.sleep(1)
    worker = int(os.read(read, 32))
    os.kill(middle, signal.SIGKILL)
    os.waitpid(middle, 0)

    def alive() -> bool:
        try:
            state = Path(f"/proc/{worker}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return False
        return state != "Z"

    for _ in range(600):  # the watcher checks every 0.05 s
        if not alive():
            break
        time.sleep(0.05)
    else:
        os.kill(worker, signal.SIGKILL)
        raise AssertionError("the worker outlived its parent")
