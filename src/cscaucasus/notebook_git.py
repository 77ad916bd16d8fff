"""Notebooks stay clean in git however they are used: nbstripout as a git filter.

Set-up (the Makefile's ``.venv`` step) runs ``python -m cscaucasus.notebook_git install``:

* git reads every notebook named in ``.gitattributes`` through ``nbstripout``
  (:data:`NBSTRIPOUT_ARGS`), so outputs, execution counts and the kernel's language
  details never reach a commit, while the file on disk keeps them;
  What papermill adds when it runs a notebook is stripped too: its run records
  (``metadata.papermill``, per cell) and the cell of injected parameters; the committed
  cells carry the empty ``tags`` list it would add (a run that fails keeps papermill's
  error cells, which git shows);
* JupyterLab (in this environment) calls :func:`refresh_git_index` after saving a
  notebook, ``jupyter nbconvert`` (``--execute --inplace``) after writing one
  (``RefreshGitIndex``, its post-processor), and ``papermill`` and ``jupyter
  execute`` (``--inplace``) when they exit (:func:`after_run`, registered at start-up by
  :data:`STARTUP_FILE`, a ``.pth`` file in the environment's site-packages). Git trusts
  a file's size: once a run has grown a notebook, ``git status`` lists it as modified
  although its cleaned content is unchanged (``git diff``, which runs the filter, shows
  nothing). The hook re-records such a notebook in git's index (its content is the
  same; only the recorded file size and time change), so ``git status`` stays clean
  until a cell is really edited.

The committed notebooks are written exactly as the filter cleans them (:func:`stripped`).
"""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# What JupyterLab adds beyond outputs and counts (the kernel's language details), and
# what papermill adds: its run records and its injected parameters (one tag only:
# nbstripout 0.9.1's --drop-tagged-cells drops the cells of the last tag it is given).
NBSTRIPOUT_ARGS = (
    "--extra-keys",
    "metadata.language_info metadata.papermill cell.metadata.papermill",
    "--drop-tagged-cells",
    "injected-parameters",
)
HOOK = "cscaucasus.notebook_git.refresh_git_index"
SERVER_CONFIG = Path("etc/jupyter/jupyter_server_config.d/cscaucasus.json")
#: nbconvert reads no ``.d`` folder: its configuration file in the environment.
NBCONVERT_CONFIG = Path("etc/jupyter/jupyter_nbconvert_config.json")
POSTPROCESSOR = "cscaucasus.notebook_git.RefreshGitIndex"
#: The git filter: nbstripout's command line, started in 0.3 s of CPU instead of 1.9 s
#: (as :func:`skip_iri_grammars` does). Self-contained, so that it works with any version
#: of this package, as git runs it for every work tree of a repository.
FILTER_CODE = (
    'import sys; sys.modules["rfc3987_syntax"] = None; import jsonschema._format; '
    'del sys.modules["rfc3987_syntax"]; from nbstripout._nbstripout import main; '
    'sys.argv[0] = "nbstripout"; sys.exit(main())'
)
#: Read by Python at start-up in the environment: in a process that ran papermill or
#: ``jupyter execute`` and names notebooks on its command line, :func:`after_run` at exit.
STARTUP_FILE = "cscaucasus-notebook-git.pth"
STARTUP_LINE = (
    "import atexit, sys, time; atexit.register(lambda started=time.time(): "
    "('papermill' in sys.modules or 'nbclient.cli' in sys.modules) "
    "and any(str(a).endswith('.ipynb') for a in getattr(sys, 'argv', ())) "
    "and __import__('cscaucasus.notebook_git').notebook_git.after_run(sys.argv, started))"
)


def stripped(texts: Sequence[str]) -> list[str]:
    """Notebooks' JSON as the git filter stores them (nbstripout run as git runs it, once)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / f"{i}.ipynb" for i in range(len(texts))]
        for path, text in zip(paths, texts, strict=True):
            path.write_text(text, encoding="utf-8")
        command = [sys.executable, "-c", FILTER_CODE, *NBSTRIPOUT_ARGS, *map(str, paths)]
        subprocess.run(command, cwd=tmp, capture_output=True, check=True)
        return [path.read_text(encoding="utf-8") for path in paths]


def install(repo: Path, python: str, prefix: Path = Path(sys.prefix)) -> None:
    """Configure the git filter in ``repo``, and in ``prefix`` the save hook for
    JupyterLab, the post-processor for ``jupyter nbconvert`` and the exit hook of
    papermill and ``jupyter execute`` (:data:`STARTUP_FILE`).

    The filter runs nbstripout (:data:`FILTER_CODE`) in ``python``, stored as given (the
    Makefile passes ``.venv/bin/python``, which git runs from the top of each work tree).
    Outside a git work tree only the hooks are configured.
    """
    git = shutil.which("git")
    if git is not None and (repo / ".git").exists():
        command = shlex.join([python, "-c", FILTER_CODE, *NBSTRIPOUT_ARGS])
        for key, value in (
            ("filter.nbstripout.clean", command),
            ("filter.nbstripout.smudge", "cat"),
        ):
            subprocess.run([git, "-C", str(repo), "config", key, value], check=True)
    for path, config in (
        (SERVER_CONFIG, {"FileContentsManager": {"post_save_hook": HOOK}}),
        (NBCONVERT_CONFIG, {"NbConvertApp": {"postprocessor_class": POSTPROCESSOR}}),
    ):
        (prefix / path).parent.mkdir(parents=True, exist_ok=True)
        (prefix / path).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    site = Path(sysconfig.get_path("purelib", vars={"base": prefix, "platbase": prefix}))
    site.mkdir(parents=True, exist_ok=True)
    (site / STARTUP_FILE).write_text(STARTUP_LINE + "\n", encoding="utf-8")


def _git(folder: Path, *args: str) -> str | None:
    git = shutil.which("git")
    if git is None:
        return None
    done = subprocess.run([git, "-C", str(folder), *args], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def refresh_git_index(os_path: str, model: dict[str, Any] | None = None, **_: Any) -> bool:
    """After a save: re-record a tracked notebook whose cleaned content git already has.

    Returns True when the index was refreshed. A notebook with real edits, an untracked
    file or a folder outside git is left alone (False).
    """
    path = Path(os_path)
    if path.suffix != ".ipynb" or (model or {}).get("type", "notebook") != "notebook":
        return False
    folder, name = path.parent, path.name
    recorded = _git(folder, "rev-parse", f":./{name}")
    if recorded is None or _git(folder, "hash-object", f"--path={name}", "--", name) != recorded:
        return False
    return _git(folder, "update-index", "--", name) is not None


def after_run(argv: Sequence[str], started: float) -> list[str]:
    """At the exit of papermill or ``jupyter execute``: :func:`refresh_git_index` on each
    notebook named in ``argv`` that was written since ``started`` (a time stamp).

    Returns the notebooks whose index entry was refreshed. Never raises: a tool's exit
    status is its own.
    """
    refreshed = []
    for arg in argv:
        try:
            path = Path(arg)
            written = path.suffix == ".ipynb" and path.is_file()
            if written and path.stat().st_mtime >= started - 1 and refresh_git_index(str(path)):
                refreshed.append(str(arg))
        except (OSError, ValueError, subprocess.SubprocessError):
            continue
    return refreshed


def _post_processor() -> type:
    from nbconvert.postprocessors import PostProcessorBase

    class RefreshGitIndex(PostProcessorBase):
        """``jupyter nbconvert``'s post-processor: :func:`refresh_git_index` on what it
        wrote (``--inplace``: the notebook itself; any other output is left alone)."""

        def postprocess(self, input: str) -> None:  # noqa: A002 - nbconvert's name
            refresh_git_index(input)

    RefreshGitIndex.__module__ = __name__
    return RefreshGitIndex


def __getattr__(name: str) -> Any:
    """``RefreshGitIndex`` is made on first use: the exit hook of papermill and ``jupyter
    execute`` imports this module as the interpreter shuts down, when nbconvert (through
    tornado's thread pool) can no longer be imported."""
    if name == "RefreshGitIndex":
        globals()[name] = _post_processor()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def skip_iri_grammars() -> None:
    """Import jsonschema's format checkers (which nbformat, nbconvert and papermill use)
    without building the IRI grammars nobody uses.

    jsonschema registers a checker for the ``iri`` formats with ``rfc3987_syntax`` when
    that is installed (jupyter's dependencies install it); importing that builds some 35
    Earley parsers: 1.3-1.6 s of CPU, most of what the filter or the report runner spend
    importing (jsonschema issue 1428). No notebook schema uses those formats, so while
    the format checkers are first imported ``rfc3987_syntax`` counts as absent; once they
    are, it imports as usual for anyone who wants it.
    """
    if "jsonschema" not in sys.modules and "rfc3987_syntax" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
        try:
            import jsonschema._format  # noqa: F401
        finally:
            del sys.modules["rfc3987_syntax"]


if __name__ == "__main__":  # pragma: no cover - run by git and by the Makefile
    if sys.argv[1:2] != ["install"]:
        sys.exit("usage: python -m cscaucasus.notebook_git install [PYTHON]")
    install(Path.cwd(), sys.argv[2] if len(sys.argv) > 2 else sys.executable)
