"""Notebooks stay clean in git however they are used: nbstripout as a git filter.

Set-up (the Makefile's ``.venv`` step) runs ``python -m cscaucasus.notebook_git install``:

* git reads every notebook named in ``.gitattributes`` through ``nbstripout``
  (:data:`NBSTRIPOUT_ARGS`), so outputs, execution counts and the kernel's language
  details never reach a commit, while the file on disk keeps them;
* JupyterLab (in this environment) calls :func:`refresh_git_index` after saving a
  notebook, and ``jupyter nbconvert`` (``--execute --inplace``) after writing one
  (:class:`RefreshGitIndex`, its post-processor). Git trusts a file's size: once a run
  has grown a notebook, ``git status`` lists it as modified although its cleaned content
  is unchanged (``git diff``, which runs the filter, shows nothing). The hook re-records
  such a notebook in git's index (its content is the same; only the recorded file size
  and time change), so ``git status`` stays clean until a cell is really edited.

The committed notebooks are written exactly as the filter cleans them (:func:`stripped`).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nbconvert.postprocessors import PostProcessorBase

# What JupyterLab adds beyond outputs and counts: the kernel's language details.
NBSTRIPOUT_ARGS = ("--extra-keys", "metadata.language_info")
HOOK = "cscaucasus.notebook_git.refresh_git_index"
SERVER_CONFIG = Path("etc/jupyter/jupyter_server_config.d/cscaucasus.json")
#: nbconvert reads no ``.d`` folder: its configuration file in the environment.
NBCONVERT_CONFIG = Path("etc/jupyter/jupyter_nbconvert_config.json")
POSTPROCESSOR = "cscaucasus.notebook_git.RefreshGitIndex"


def stripped(texts: Sequence[str]) -> list[str]:
    """Notebooks' JSON as the git filter stores them (nbstripout run as git runs it, once)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = [Path(tmp) / f"{i}.ipynb" for i in range(len(texts))]
        for path, text in zip(paths, texts, strict=True):
            path.write_text(text, encoding="utf-8")
        command = [sys.executable, "-m", "nbstripout", *NBSTRIPOUT_ARGS, *map(str, paths)]
        subprocess.run(command, cwd=tmp, capture_output=True, check=True)
        return [path.read_text(encoding="utf-8") for path in paths]


def install(repo: Path, nbstripout: str, prefix: Path = Path(sys.prefix)) -> None:
    """Configure the git filter in ``repo``, and in ``prefix`` the save hook for
    JupyterLab and the post-processor for ``jupyter nbconvert``.

    ``nbstripout`` is stored as given (the Makefile passes ``.venv/bin/nbstripout``,
    which git runs from the top of each work tree). Outside a git work tree only the
    hook is configured.
    """
    git = shutil.which("git")
    if git is not None and (repo / ".git").exists():
        command = " ".join([nbstripout, *NBSTRIPOUT_ARGS])
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


class RefreshGitIndex(PostProcessorBase):
    """``jupyter nbconvert``'s post-processor: :func:`refresh_git_index` on what it wrote
    (``--inplace``: the notebook itself; any other output is left alone)."""

    def postprocess(self, input: str) -> None:  # noqa: A002 - nbconvert's name
        refresh_git_index(input)


if __name__ == "__main__":  # pragma: no cover - run by the Makefile
    if sys.argv[1:2] != ["install"]:
        sys.exit("usage: python -m cscaucasus.notebook_git install [NBSTRIPOUT]")
    install(Path.cwd(), sys.argv[2] if len(sys.argv) > 2 else "nbstripout")
