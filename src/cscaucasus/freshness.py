"""Whether the built tables are current, answered without importing the pipeline.

A build records, beside its tables in ``.cache/current.json``, what it was built from
(:func:`recipe`): the stat signature (size, mtime, ctime, inode) of every file in the
corpus folder and of an actors file outside it, the build's options, the package's
code fingerprint and its dependencies' versions; and what it made: the sha256 of the
``manifest.json`` it published, with the row counts and problems to print.
``cscaucasus build`` compares that record with the present (:func:`current`) before it
imports pandas or the pipeline: when every part matches and every file the manifest
names has its recorded size, the tables are those a build would write, and nothing is
read or written.

Any difference gives the ordinary incremental build, which reads what it must. So does
a file that changed less than :data:`~cscaucasus.documents.RACY_NS` before the build
began (its stat may not change with a second edit in the same timestamp tick, git's
"racily clean" rule): such a build records no recipe. The record is machine-specific
(inodes, times), like ``.cache/files.parquet``, and never part of the tables.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from . import documents
from .fingerprint import code_fingerprint, versions
from .output import MANIFEST, atomic_write

#: The record of the last build, in the output folder (see the module docstring).
RECORD = ".cache/current.json"
FORMAT = 1
#: What ``cscaucasus build`` prints per table; the row counts come from the manifest.
COUNTED = ("articles", "sentences", "statements", "events", "problems")


def build_options(
    *,
    strict: bool = False,
    domain_lexicon: bool = True,
    actors_file: str | os.PathLike[str] | None = None,
    max_bytes: int | None = None,
    story_threshold: float | None = None,
    articles_per_part: int | None = None,
) -> dict[str, Any]:
    """The options of :func:`cscaucasus.build.build` its tables depend on, as a recipe
    records them; None stands for the default (whose value the code fingerprint holds)."""
    return {
        "strict": strict,
        "domain_lexicon": domain_lexicon,
        "actors_file": actors_file,
        "max_bytes": max_bytes,
        "story_threshold": story_threshold,
        "articles_per_part": articles_per_part,
    }


def recipe(raw: str | os.PathLike[str], options: Mapping[str, Any]) -> dict[str, Any] | None:
    """What a build of ``raw`` with ``options`` depends on, as it is now; None when that
    cannot be told from stat signatures alone (``raw`` not a folder, a symbolic link to
    a folder inside it, a file changed too recently to trust its signature)."""
    started = time.time_ns()
    root = Path(raw)
    if not root.is_dir():
        return None
    files = _signatures(root)
    actors_file = options.get("actors_file")
    extra = None
    if actors_file is not None:
        extra = _signature(Path(actors_file))
        if extra is None:
            return None
    if files is None:
        return None
    signatures = [*files.values(), *([extra] if extra else [])]
    if any(max(s[1], s[2]) >= started - documents.RACY_NS for s in signatures):
        return None
    return {
        "format": FORMAT,
        "raw": os.path.realpath(root),
        "files": files,
        "actors_file": [os.path.realpath(actors_file), extra] if extra else None,
        "options": {k: v for k, v in sorted(options.items()) if k != "actors_file"},
        "code": code_fingerprint(),
        **versions(),
    }


def _signatures(root: Path) -> dict[str, list[int]] | None:
    """Every file below ``root`` (links followed, as the reader does) by relative path."""
    found: dict[str, list[int]] = {}
    for folder, dirnames, filenames in os.walk(root):
        for name in dirnames:
            if os.path.islink(os.path.join(folder, name)):
                return None  # a linked folder's files are not walked: say nothing
        for name in filenames:
            path = os.path.join(folder, name)
            signature = _signature(Path(path))
            if signature is None:
                return None
            found[os.path.relpath(path, root).replace(os.sep, "/")] = signature
    return dict(sorted(found.items()))


def _signature(path: Path) -> list[int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def record(
    out: str | os.PathLike[str],
    made_from: dict[str, Any] | None,
    problems: Sequence[Sequence[Any]],
) -> None:
    """After a build published ``out``: what it was made from (``recipe`` taken before
    it read anything; None: not known, the next build checks everything) and what it
    made."""
    path = Path(out) / RECORD
    manifest = (Path(out) / MANIFEST).read_bytes()
    body = {
        "recipe": made_from,
        "manifest_sha256": hashlib.sha256(manifest).hexdigest(),
        "problems": [[str(v) if v is not None else "" for v in row] for row in problems],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(body, sort_keys=True, ensure_ascii=False)
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def current(
    raw: str | os.PathLike[str], out: str | os.PathLike[str], options: Mapping[str, Any]
) -> dict[str, Any] | None:
    """When the tables in ``out`` are what a build of ``raw`` with ``options`` would
    write now: ``{"rows": {table: rows}, "problems": [[path, severity, message], ...]}``
    of that build; otherwise None (then build)."""
    out = Path(out)
    try:
        kept = json.loads((out / RECORD).read_text(encoding="utf-8"))
        manifest = (out / MANIFEST).read_bytes()
    except (OSError, ValueError):
        return None
    if (
        not isinstance(kept, dict)
        or kept.get("manifest_sha256") != hashlib.sha256(manifest).hexdigest()
    ):
        return None
    now = recipe(raw, options)
    if now is None or kept.get("recipe") != now:
        return None
    info = json.loads(manifest)
    tables = info.get("tables") or {}
    if not _files_intact(out, info):
        return None
    rows = {name: (tables.get(name) or {}).get("rows") for name in COUNTED}
    return {"rows": rows, "problems": kept.get("problems", [])}


def _files_intact(out: Path, info: dict[str, Any]) -> bool:
    """Every file the manifest names is there with the size it recorded."""
    try:
        named = [(out / entry["file"], entry["size"]) for entry in info["cache"].values()]
        for table in info["tables"].values():
            named += [(out / table["file"] / p["file"], p["size"]) for p in table["parts"]]
        return all(path.stat().st_size == size for path, size in named)
    except (OSError, KeyError, TypeError, AttributeError):
        return False
