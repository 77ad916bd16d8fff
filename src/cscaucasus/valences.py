"""Word valences: VADER's own lexicon (the file the ``vaderSentiment`` package ships)
and the diplomatic/conflict domain lexicon (``data/domain_lexicon.tsv``), read once.

Below both readers of them: :mod:`cscaucasus.sentiment` (VADER's scores) and
:mod:`cscaucasus.tone` (the tone classifier's general vocabulary).
"""

from __future__ import annotations

import csv
import functools
import importlib.resources

import pandas as pd

# Where the original VADER lexicon comes from (an installed package; no download).
VADER_LEXICON_PACKAGE = "vaderSentiment"
VADER_LEXICON_FILE = "vader_lexicon.txt"
# The domain lexicon (package data): term, valence, note; "#" comment lines.
DOMAIN_LEXICON_FILE = "domain_lexicon.tsv"
# Multi-word terms become one token by joining their words with this string. It must
# contain no ASCII punctuation: VADER strips a trailing "," only from tokens whose other
# characters are all non-punctuation, so "peace_treaty," would miss the lexicon.
PHRASE_JOINER = ""


@functools.cache
def vader_lexicon_text() -> str:
    """The original VADER lexicon file, as shipped by the ``vaderSentiment`` package."""
    resource = importlib.resources.files(VADER_LEXICON_PACKAGE) / VADER_LEXICON_FILE
    return resource.read_text(encoding="utf-8")


@functools.cache
def domain_table() -> pd.DataFrame:
    """:func:`domain_lexicon`, shared: callers must not modify it."""
    resource = importlib.resources.files("cscaucasus") / "data" / DOMAIN_LEXICON_FILE
    rows = []
    with resource.open(encoding="utf-8") as handle:
        for fields in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not fields or not fields[0].strip() or fields[0].startswith("#"):
                continue
            if len(fields) != 3:
                raise ValueError(f"{DOMAIN_LEXICON_FILE}: expected 3 fields, got {fields!r}")
            term, valence, note = (f.strip() for f in fields)
            rows.append((term.lower(), float(valence), note))
    table = pd.DataFrame(rows, columns=["term", "valence", "note"])
    if table.term.duplicated().any():
        duplicates = sorted(table.term[table.term.duplicated()])
        raise ValueError(f"{DOMAIN_LEXICON_FILE}: duplicate terms {duplicates}")
    if not table.valence.between(-4, 4).all():
        raise ValueError(f"{DOMAIN_LEXICON_FILE}: valences must lie in -4..+4")
    table["token"] = table.term.map(_phrase_token)
    dtypes = {"term": "string", "valence": "float64", "note": "string", "token": "string"}
    return table.astype(dtypes)


def domain_lexicon() -> pd.DataFrame:
    """The domain lexicon: ``term``, ``valence`` (-4..+4), ``note``, ``token``.

    ``token`` is what VADER sees: the term itself, or a multi-word term joined into one
    token. A copy, so callers may modify it.
    """
    return domain_table().copy()


@functools.cache
def _vader_words() -> dict[str, float]:
    return parse_lexicon(vader_lexicon_text())


def vader_word_valences() -> dict[str, float]:
    """VADER's own lexicon, word -> valence (-4..+4), read once; a copy."""
    return dict(_vader_words())


def _phrase_token(term: str) -> str:
    return PHRASE_JOINER.join(term.split())


def parse_lexicon(text: str) -> dict[str, float]:
    """A VADER lexicon file's words and valences."""
    # NLTK's make_lex_dict, tolerant of a trailing newline (the file has none today).
    lexicon: dict[str, float] = {}
    for line in text.rstrip("\n").split("\n"):
        word, measure = line.strip().split("\t")[0:2]
        lexicon[word] = float(measure)
    return lexicon
