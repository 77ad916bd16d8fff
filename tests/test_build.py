"""`cscaucasus build`: parquet tables + manifest, atomic and byte-for-byte reproducible."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import cscaucasus as cs
from cscaucasus.build import read_corpus, write_corpus
from cscaucasus.cli import main
from cscaucasus.schema import TABLES


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("build")
    raw = base / "raw"
    shutil.copytree(raw_dir, raw)
    first, second = base / "first", base / "second"
    assert main(["build", str(raw), "--out", str(first)]) == 0
    assert main(["build", str(raw), "--out", str(second)]) == 0
    return first, second


def test_build_writes_every_table_and_manifest(built: tuple[Path, Path]) -> None:
    out, _ = built
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{t}.parquet" for t in TABLES]
        + ["manifest.json", "cache_keys.parquet", ".cache", ".lock"]
    )
    assert (out / ".lock").read_bytes() == b""  # nobody holds the lock
    # the files' stat signatures and what the build was made from (cscaucasus.freshness):
    # machine-specific, so kept apart from the tables
    assert sorted(p.name for p in (out / ".cache").iterdir()) == ["current.json", "files.parquet"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["package"]["name"] == "cscaucasus"
    assert manifest["tables"]["articles"]["rows"] == 5
    assert set(manifest["inputs"]) == {
        "000_5322f2f6b2ef493f.txt",
        "001_d700c5d6bfb5e40a.txt",
        "002_d499d737082b406e.txt",
        "003_73cf8918bbe49edb.txt",
        "004_2104853c8d861992.txt",
        "metadata.csv",
    }
    assert all(len(h) == 64 for h in manifest["inputs"].values())
    assert manifest["dependencies"]["pandas"] == pd.__version__
    assert not list(out.glob(".*.tmp"))  # no temporary files left behind


def test_build_is_byte_identical(built: tuple[Path, Path]) -> None:
    first, second = built
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for path in files:
        if path.parts[0] != ".cache":  # stat signatures: where and when files were read
            assert (first / path).read_bytes() == (second / path).read_bytes(), path


def test_parquet_round_trip_is_exact(built: tuple[Path, Path], seed_corpus: cs.Corpus) -> None:
    reloaded = read_corpus(built[0])
    for name, table in seed_corpus.tables().items():
        pd.testing.assert_frame_equal(getattr(reloaded, name), table, check_like=False)


def test_build_prints_a_summary(tmp_path: Path, raw_dir: Path, capsys) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    (raw / "broken.txt").write_bytes(b"")
    assert main(["build", str(raw), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "5 articles" in out and "1 problems" in out and "broken.txt: empty file" in out
    assert main(["build", str(raw), "--out", str(tmp_path / "out"), "--strict"]) == 1


def test_failed_write_leaves_the_previous_build_whole(tmp_path: Path, monkeypatch) -> None:
    import cscaucasus.build as build

    corpus = cs.Corpus()
    write_corpus(corpus, tmp_path, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert tmp_path / "manifest.json" in before

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build.pq, "write_table", boom)
    with pytest.raises(OSError):
        write_corpus(corpus, tmp_path, tmp_path, rewrite=True)
    # the previous build is still there, every byte of it, and reads back
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    monkeypatch.undo()
    pd.testing.assert_frame_equal(read_corpus(tmp_path).problems, corpus.problems)
