"""The package's code as one hash: a build's cache keys and a report's run key hold it,
so that changed code or data (a word list, the report template) redoes what it made.
Light on purpose: ``cscaucasus reports`` computes it without importing the pipeline.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources


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
