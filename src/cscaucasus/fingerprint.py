"""The package's code as one hash, and the versions of the libraries a build depends
on: a build's cache keys and a report's run key hold them, so that changed code or data
(a word list, the report template) or an upgraded library redoes what it made. Light on
purpose: ``cscaucasus reports`` and the up-to-date check of ``cscaucasus build``
(:mod:`cscaucasus.freshness`) use them without importing the pipeline.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from typing import Any

#: The libraries whose versions a build records (``manifest.json``) and keys its parts by.
DEPENDENCIES = ("pandas", "pyarrow", "nltk", "vaderSentiment", "trafilatura", "pyyaml")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every source and data file of the installed package."""
    digest = hashlib.sha256()
    root = resources.files("cscaucasus")
    stack = [root]
    files = []
    while stack:
        for entry in stack.pop().iterdir():
            if entry.is_dir():
                if entry.name != "__pycache__":
                    stack.append(entry)
            elif not entry.name.endswith((".pyc", ".pyo")):
                files.append(entry)
    for entry in sorted(files, key=lambda e: str(e)):
        digest.update(str(entry).rsplit("cscaucasus", 1)[-1].encode())
        digest.update(entry.read_bytes())
    return digest.hexdigest()


def _version(dist: str) -> str | None:
    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def versions() -> dict[str, Any]:
    """The package's and :data:`DEPENDENCIES`' versions, as ``manifest.json`` records them."""
    return {
        "package": {"name": "cscaucasus", "version": _version("cscaucasus")},
        "dependencies": {dist: _version(dist) for dist in DEPENDENCIES},
    }
