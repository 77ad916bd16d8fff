"""cscaucasus: turn a folder of news articles into evidence about a political relationship.

The submodules a researcher uses, and ``Corpus`` and ``load_corpus``, are attributes of
the package, imported on first use (so the command line starts fast):

>>> import cscaucasus as cs
>>> isinstance(cs.__version__, str)
True
>>> [m.__name__ for m in (cs.build, cs.analysis, cs.reports)]
['cscaucasus.build', 'cscaucasus.analysis', 'cscaucasus.reports']
>>> corpus = cs.load_corpus("data/raw")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .corpus import load_corpus
    from .tables import Corpus, CorpusError

try:
    __version__: str = version("cscaucasus")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

# Submodules reached as ``cs.<name>`` without an explicit import (PEP 562).
SUBMODULES = (
    "actors",
    "analysis",
    "build",
    "chronology",
    "clean",
    "evaluate",
    "explore",
    "ingest",
    "reports",
    "schema",
    "segment",
    "sentiment",
    "stance",
    "statements",
    "stories",
    "tone",
    "validation",
)


# The corpus, also reached without importing it first (it imports the whole pipeline).
CORPUS_NAMES = ("Corpus", "CorpusError", "load_corpus")


def __getattr__(name: str) -> Any:
    if name in SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    if name in CORPUS_NAMES:
        return getattr(importlib.import_module(".corpus", __name__), name)
    raise AttributeError(f"module 'cscaucasus' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *SUBMODULES, *CORPUS_NAMES})


__all__ = ["Corpus", "CorpusError", "load_corpus", "__version__", *SUBMODULES]
