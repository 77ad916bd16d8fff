"""cscaucasus: turn a folder of news articles into evidence about a political relationship.

>>> import cscaucasus as cs
>>> corpus = cs.load_corpus("data/raw")  # doctest: +SKIP
"""

from importlib.metadata import PackageNotFoundError, version

from .corpus import Corpus, CorpusError, load_corpus

try:
    __version__ = version("cscaucasus")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["Corpus", "CorpusError", "load_corpus", "__version__"]
