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

    from cscaucasus.engines import watch_parent

    read, write = os.pipe()
    middle = os.fork()
    if middle == 0:  # pragma: no cover - the parent of the worker
        me = os.getpid()  # (the worker may start after its parent is killed)
        worker = os.fork()
        if worker == 0:
            watch_parent(me, every=0.05)
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


# --- odd files in data/raw ---------------------------------------------------------------


def test_special_files_and_outside_links_are_problems_not_hangs(tmp_path: Path, raw: Path) -> None:
    import os

    import cscaucasus as cs

    os.mkfifo(raw / "pipe.txt")
    os.mkfifo(raw / "notes.fifo")  # not an article: only hashed into the manifest
    (raw / "zero.txt").symlink_to("/dev/zero")
    secret = tmp_path / "secret.txt"
    secret.write_text("Outside the corpus folder. Pashinyan said so.\n")
    (raw / "outside.txt").symlink_to(secret)
    (raw / "inside.txt").symlink_to(raw / "000_5322f2f6b2ef493f.txt")
    corpus = cs.load_corpus(raw)
    messages = dict(zip(corpus.problems.path, corpus.problems.message, strict=True))
    assert messages["pipe.txt"] == "not a regular file (a FIFO); skipped"
    assert messages["zero.txt"] == "a link to /dev/zero, outside the corpus folder; skipped"
    assert messages["outside.txt"].startswith(f"a link to {secret}, outside")
    assert "inside.txt" not in set(corpus.articles.path)  # a duplicate of its target
    assert len(corpus.articles) == 5
    # the build hashes the other input files without opening the FIFOs
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--quiet"]) == 0
    import json

    inputs = json.loads((out / "manifest.json").read_text())["inputs"]
    assert inputs["notes.fifo"] is None and len(inputs["metadata.csv"]) == 64


def test_a_fifo_for_metadata_is_a_problem(raw: Path) -> None:
    import os

    import cscaucasus as cs

    (raw / "metadata.csv").unlink()
    os.mkfifo(raw / "metadata.csv")
    corpus = cs.load_corpus(raw)
    row = corpus.problems[corpus.problems.path == "metadata.csv"].iloc[0]
    assert row.message == "cannot read metadata: not a regular file (a FIFO); skipped"
    assert len(corpus.articles) == 5


# --- encodings ---------------------------------------------------------------------------

TEXT = "Title\n\n“We will not sign,” Pashinyan said on Monday, according to his office.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_bom_marked_utf16_and_utf32_are_text(tmp_path: Path, codec: str) -> None:
    from cscaucasus.ingest import read_documents

    data = TEXT.encode(codec)
    if not codec.endswith("-be"):
        assert data[:2] == b"\xff\xfe"
    else:
        data = ("\ufeff" + TEXT).encode(codec)
    (tmp_path / "a.txt").write_bytes(data)
    documents, problems = read_documents(tmp_path)
    assert problems == [] and documents[0].text == TEXT
    assert documents[0].encoding.startswith(codec.split("-")[0] + "-" + codec.split("-")[1])


def test_a_few_bad_bytes_keep_utf8(tmp_path: Path) -> None:
    from cscaucasus.ingest import read_documents

    (tmp_path / "a.txt").write_bytes(TEXT.encode() + b"Broken \xff\xfe byte.\n")
    documents, problems = read_documents(tmp_path)
    assert documents[0].text == TEXT + "Broken \ufffd\ufffd byte.\n"  # ’ and “ intact
    assert documents[0].encoding == "utf-8, 2 invalid bytes replaced"
    assert [p.message for p in problems] == ["UTF-8 with invalid bytes: 2 invalid bytes replaced"]


def test_legacy_text_is_not_taken_for_broken_utf8(tmp_path: Path) -> None:
    from cscaucasus.ingest import read_documents

    text = "Пашинян заявил, что ОДКБ не выполнила обязательства.\n" * 3
    (tmp_path / "a.txt").write_bytes(text.encode("cp1251"))
    documents, _ = read_documents(tmp_path)
    assert documents[0].text == text and documents[0].encoding == "cp1251"


# --- one bad article does not take the others down ---------------------------------------


def test_an_article_that_fails_is_a_problem_row(raw: Path, monkeypatch) -> None:
    import cscaucasus as cs
    from cscaucasus import chronology

    real = chronology.extract_events

    def fragile(articles, *args, **kwargs):
        if articles.text.str.contains("Zas").any():
            raise RuntimeError("date rule tripped\nsecond line")
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(chronology, "extract_events", fragile)
    corpus = cs.load_corpus(raw, jobs=1)
    failed = corpus.problems[corpus.problems.severity == "error"]
    assert len(failed) >= 1
    assert set(failed.message) == {
        "could not be processed (RuntimeError: date rule tripped); skipped"
    }
    every = {p.stem for p in raw.glob("*.txt")}
    assert set(failed.article_id) == every - set(corpus.articles.article_id)
    assert len(corpus.articles) == 5 - len(failed) and len(corpus.statements) > 0


# --- configuration -----------------------------------------------------------------------

BAD_ENTRIES = """\
actors:
  - {id: good, name: Ruben Vardanyan, type: person, aliases: [Vardanian]}
  - {id: five, name: Five Aliases, aliases: 5}
  - {id: nameless, type: person}
  - {id: kind, name: Odd Kind, type: planet}
roles:
  - {actor: good, nouns: [former state minister], from: tomorrow}
  - {actor: good, nouns: [Artsakh state minister], from: 2022-11-04, to: 2023-02-23}
"""


def test_bad_actor_entries_are_skipped_with_config_problems(raw: Path) -> None:
    import cscaucasus as cs

    (raw / "actors.yml").write_text(BAD_ENTRIES, encoding="utf-8")
    corpus = cs.load_corpus(raw)
    config = corpus.problems[corpus.problems.stage == "config"]
    assert config.path.tolist() == [str(raw / "actors.yml")] * 4
    assert config.message.tolist() == [
        "line 3: actor 'Five Aliases': field 'aliases' must be a list of names, not 5; "
        "entry skipped",
        "line 4: actor: field 'name' is missing or empty (expected the canonical name); "
        "entry skipped",
        "line 5: actor 'Odd Kind': field 'type' must be one of person, organization, state, "
        "not 'planet'; entry skipped",
        "line 7: role of 'good': field 'from' must be an ISO date (YYYY-MM-DD), not "
        "'tomorrow'; entry skipped",
    ]
    actors = corpus.actors.set_index("actor_id")
    assert "good" in actors.index and "five" not in actors.index and "kind" not in actors.index
    assert actors.loc["good", "role_nouns"] == ["Artsakh state minister"]
    assert len(corpus.articles) == 5
    with pytest.raises(cs.CorpusError, match="field 'aliases'"):
        cs.load_corpus(raw, strict=True)


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("actors.yml", "actors:\n  - {name: X\n", "actors.yml: line 3, column 1: not valid YAML"),
        ("actors.yml", "- {name: X}\n", "actors.yml: line 1: expected a mapping"),
        ("actors.yml", "actors: {name: X}\n", "actors.yml: line 1: 'actors' must be a list"),
        ("actors.csv", "label,type\nX,person\n", "actors.csv: line 1: no 'name' column"),
    ],
)
def test_an_unusable_gazetteer_stops_with_one_line(
    tmp_path: Path, raw: Path, capsys, name: str, content: str, said: str
) -> None:
    from cscaucasus.cli import EXIT_USAGE

    (raw / name).write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--quiet"]) == EXIT_USAGE
    assert said in one_error(capsys)
    assert not (out / "manifest.json").exists()


def test_bad_rows_of_actors_csv_are_skipped(raw: Path) -> None:
    import cscaucasus as cs

    (raw / "actors.csv").write_text(
        "name,type,aliases\nRuben Vardanyan,person,Vardanian\nToo,person,Many,Cells\nOdd,planet,\n",
        encoding="utf-8",
    )
    corpus = cs.load_corpus(raw)
    config = corpus.problems[corpus.problems.stage == "config"].message.tolist()
    assert config == [
        "line 3: 4 cells, the header has 3; row skipped",
        "line 4: actor 'Odd': field 'type' must be one of person, organization, state, "
        "not 'planet'; row skipped",
    ]
    assert "ruben_vardanyan" in set(corpus.actors.actor_id)


def test_bad_metadata_rows_are_ignored_with_their_line(raw: Path) -> None:
    import cscaucasus as cs

    metadata = raw / "metadata.csv"
    lines = metadata.read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], lines[1:]
    width = header.count(",") + 1
    rows[1] = rows[1] + ",extra"  # line 3: one cell too many
    rows[2] = rows[2].replace(",", ",\r", 1)  # line 4: a stray CR inside the row
    metadata.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    corpus = cs.load_corpus(raw)
    config = corpus.problems[corpus.problems.stage == "config"]
    assert config.message.tolist() == [
        f"line 3: {width + 1} cells, the header has {width}; row ignored",
        "line 4: a stray line break (CR) inside the row; row ignored",
    ]
    assert len(corpus.articles) == 5  # the files of the ignored rows still load
    published = corpus.articles.set_index("path").published_source
    assert (published == "metadata").sum() == 3
