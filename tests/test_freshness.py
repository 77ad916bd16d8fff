"""An unchanged `cscaucasus build` answers from stat signatures, without the pipeline; any
change to what the tables depend on takes the ordinary (incremental) build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cscaucasus import documents, freshness
from cscaucasus.build import build
from cscaucasus.cli import main

DEFAULTS = freshness.build_options()


@pytest.fixture
def built(tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(raw_dir, raw)
    monkeypatch.setattr(documents, "RACY_NS", 0)  # trust files written a moment ago
    build(raw, out)  # the library's defaults are the command's (tested below)
    assert freshness.current(raw, out, DEFAULTS) is not None
    return raw, out


def test_an_unchanged_build_imports_no_pipeline(built: tuple[Path, Path]) -> None:
    raw, out = built
    code = (
        "import sys; from cscaucasus import documents; documents.RACY_NS = 0\n"
        "from cscaucasus.cli import main\n"
        f"status = main(['build', {str(raw)!r}, '--out', {str(out)!r}])\n"
        "print('imported:', sorted({'pandas', 'numpy', 'nltk'} & set(sys.modules)))\n"
        "sys.exit(status)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "5 articles (5 unchanged, reused)" in done.stdout
    assert "0 files written, already up to date" in done.stdout
    assert "imported: []" in done.stdout


def test_reports_build_first_checks_the_same_way(
    built: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw, out = built
    args = ["reports", str(out), "--build", str(raw), "--out", str(tmp_path / "reports")]
    assert main([*args, "--only", "none"]) == 2  # no notebook to run: after the build
    assert f"built {out}: 5 articles, already up to date" in capsys.readouterr().err


def test_what_the_tables_depend_on_is_checked(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, out = built
    for changed in (
        freshness.build_options(domain_lexicon=False),
        freshness.build_options(strict=True),
        freshness.build_options(story_threshold=0.7),
        freshness.build_options(articles_per_part=16),
    ):
        assert freshness.current(raw, out, changed) is None, changed
    with monkeypatch.context() as m:  # the package's code or data changed
        m.setattr(freshness, "code_fingerprint", lambda: "another")
        assert freshness.current(raw, out, DEFAULTS) is None
    part = next((out / "statements.parquet").iterdir())
    part.rename(out / "aside")
    assert freshness.current(raw, out, DEFAULTS) is None  # a table file gone
    (out / "aside").rename(part)
    manifest = (out / "manifest.json").read_text(encoding="utf-8")
    (out / "manifest.json").write_text(manifest.replace("\n", "\n "), encoding="utf-8")
    assert freshness.current(raw, out, DEFAULTS) is None  # another build's manifest
    (out / "manifest.json").write_text(manifest, encoding="utf-8")
    assert freshness.current(raw, out, DEFAULTS) is not None


@pytest.mark.parametrize("change", ["edit", "add", "remove", "touch"])
def test_a_changed_corpus_is_built_again(
    built: tuple[Path, Path], change: str, capsys: pytest.CaptureFixture[str]
) -> None:
    raw, out = built
    first = sorted(raw.glob("*.txt"))[0]
    if change == "edit":
        first.write_text(first.read_text(encoding="utf-8") + "\nA new paragraph.\n")
    elif change == "add":
        (raw / "new.txt").write_text("Yerevan, 1 May 2022. Nothing was said.\n", encoding="utf-8")
    elif change == "remove":
        first.unlink()
    else:
        first.touch()  # same bytes, new time: read again, nothing rewritten
    assert freshness.current(raw, out, DEFAULTS) is None
    capsys.readouterr()
    assert main(["build", str(raw), "--out", str(out), "--quiet"]) == 0
    said = capsys.readouterr().out
    assert "already up to date" not in said
    articles = json.loads((out / "manifest.json").read_text())["tables"]["articles"]["rows"]
    assert articles == {"edit": 5, "add": 6, "remove": 4, "touch": 5}[change]
    assert freshness.current(raw, out, DEFAULTS) is not None  # recorded again


def test_a_file_changed_just_now_is_never_trusted(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, out = built
    monkeypatch.setattr(documents, "RACY_NS", 2_000_000_000)
    sorted(raw.glob("*.txt"))[0].touch()
    assert freshness.recipe(raw, DEFAULTS) is None
    assert main(["build", str(raw), "--out", str(out), "--quiet"]) == 0
    kept = json.loads((out / freshness.RECORD).read_text(encoding="utf-8"))
    assert kept["recipe"] is None  # this build is not recorded as current
    monkeypatch.setattr(documents, "RACY_NS", 0)
    assert freshness.current(raw, out, DEFAULTS) is None
