"""Notebooks run in place by papermill or ``jupyter execute`` leave ``git status`` clean.

(JupyterLab's save and ``jupyter nbconvert --inplace`` are in ``tests/test_notebooks.py``.)
The set-up's git filter strips what papermill adds, and its start-up file
(:data:`cscaucasus.notebook_git.STARTUP_FILE`) tells git, when either tool exits, that a
notebook it wrote is unchanged once cleaned.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import nbformat
import papermill
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from cscaucasus import notebook_git

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def test_set_up_writes_the_start_up_file(tmp_path: Path):
    notebook_git.install(tmp_path, "python", prefix=tmp_path / "venv")
    site = sysconfig.get_path("purelib", vars={"base": tmp_path / "venv"})
    line = (Path(site) / notebook_git.STARTUP_FILE).read_text(encoding="utf-8")
    assert line.startswith("import ") and line.count("\n") == 1  # as site.py runs it
    assert "after_run" in line
    stamp = (ROOT / "Makefile").read_text().split("$(GITSTAMP): $(STAMP)")[1].split("\n\n")[0]
    assert "src/cscaucasus/notebook_git.py" in stamp  # a changed filter reaches old set-ups


def test_what_papermill_adds_is_stripped(tmp_path: Path):
    """papermill's preparation of each report notebook (injected parameters, its records,
    a tags list on every cell) changes nothing that git stores."""
    prepared = []
    for path in NOTEBOOKS:
        out = tmp_path / path.name
        papermill.execute_notebook(
            str(path), str(out), parameters={"min_n": 3}, prepare_only=True, progress_bar=False
        )
        nb = nbformat.read(out, as_version=4)
        assert "injected-parameters" in nb.cells[2].metadata.tags and "papermill" in nb.metadata
        prepared.append(out.read_text())
    assert notebook_git.stripped(prepared) == [path.read_text() for path in NOTEBOOKS]


def _repo(base: Path) -> tuple[list[str], Path, Path]:
    """A repository set up as the Makefile does, with one small committed notebook; the
    start-up file lives in ``base / "v"`` (its site-packages is returned)."""
    git = ["git", "-C", str(base), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    shutil.copy(ROOT / ".gitattributes", base)
    (base / ".gitignore").write_text("v/\n")
    (base / "notebooks").mkdir()
    nb = new_notebook(cells=[new_code_cell("n = 1"), new_code_cell("print(n * 2)")])
    nb.cells[0].metadata["tags"] = ["parameters"]
    nb.cells[1].metadata["tags"] = []
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    target = base / "notebooks" / "small.ipynb"
    target.write_text(notebook_git.stripped([nbformat.writes(nb) + "\n"])[0])
    notebook_git.install(base, sys.executable, prefix=base / "v")
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "notebooks"], check=True)
    site = Path(sysconfig.get_path("purelib", vars={"base": base / "v"}))
    return git, target, site


def _run_as(site: Path, program: str, argv: list[str], cwd: Path) -> None:
    """``program`` (papermill's or ``jupyter execute``'s command) in a Python that reads the
    start-up file of ``site`` as the environment's site-packages does."""
    add = f"import site; site.addsitedir({str(site)!r}); "
    main = {
        "papermill": "from papermill.cli import papermill as main",
        "execute": "from nbclient.cli import main",
    }
    code = f"{add}import sys; sys.argv = {[program, *argv]!r}; {main[program]}; main()"
    subprocess.run([sys.executable, "-c", code], cwd=cwd, check=True, capture_output=True)


def _status(git: list[str]) -> str:
    return subprocess.run(
        [*git, "status", "--porcelain"], capture_output=True, check=True
    ).stdout.decode()


@needs_git
def test_papermill_and_jupyter_execute_in_place_leave_git_clean(tmp_path: Path):
    git, target, site = _repo(tmp_path)
    name = f"notebooks/{target.name}"
    pm = ["-k", "python3", "--no-progress-bar", name, name, "-p", "n", "21"]
    _run_as(site, "papermill", pm, tmp_path)
    nb = nbformat.read(target, as_version=4)
    assert nb.cells[2].outputs[0].text == "42\n"  # run with its parameter, outputs on disk
    assert "injected-parameters" in nb.cells[1].metadata.tags
    assert _status(git) == ""
    _run_as(site, "execute", ["--inplace", name], tmp_path)
    assert nbformat.read(target, as_version=4).cells[2].outputs[0].text == "42\n"
    assert _status(git) == ""
    # the control: another output written without the hook. git diff (which runs the
    # filter) shows nothing, but git trusts the grown file's size and lists it as modified
    nb = nbformat.read(target, as_version=4)
    nb.cells[2].outputs.append(nbformat.v4.new_output("stream", text="more\n"))
    nbformat.write(nb, target)
    assert _status(git) == f" M {name}\n"
    assert subprocess.run([*git, "diff", "--quiet"]).returncode == 0


@needs_git
def test_an_edit_or_an_older_notebook_is_left_to_git(tmp_path: Path):
    git, target, _ = _repo(tmp_path)
    nb = nbformat.read(target, as_version=4)
    nb.cells[1].source += "\nprint('mine')"
    nbformat.write(nb, target)
    started = time.time()
    assert notebook_git.after_run(["papermill", str(target)], started - 10) == []  # an edit
    assert _status(git) == f" M notebooks/{target.name}\n"
    subprocess.run([*git, "checkout", "--", "notebooks"], check=True)
    nb.cells[1].source = "print(n * 2)"
    nb.cells[1].outputs = [nbformat.v4.new_output("stream", text="2\n")]
    nbformat.write(nb, target)
    assert notebook_git.after_run(["x", str(target)], time.time() + 10) == []  # not written
    assert notebook_git.after_run(["x", str(target)], started - 10) == [str(target)]
    assert _status(git) == ""


def test_the_filter_and_the_runner_skip_the_iri_grammars():
    """jsonschema builds ~35 parsers for IRI formats when rfc3987_syntax is installed;
    the git filter and the report runner import nbformat without them (1.9 -> 0.3 s CPU
    per run of the filter), and they import as usual afterwards."""
    probe = "import nbformat, sys; print('rfc3987_syntax' in sys.modules)"
    skip = "from cscaucasus.notebook_git import skip_iri_grammars; skip_iri_grammars(); "
    filter_start = notebook_git.FILTER_CODE.split("from nbstripout")[0]

    def loaded(code: str) -> str:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
        return done.stdout.decode().strip()

    assert loaded(probe) == "True"  # the control: nbformat alone builds them
    assert loaded(skip + probe) == "False"
    assert loaded(filter_start + probe) == "False"
    assert loaded(skip + probe + "; import rfc3987_syntax") == "False"  # still importable
