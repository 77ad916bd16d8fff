"""The shared lexical facts (data/lexicon.yml, read by cscaucasus.lexicon) are defined
once: no other module or data file spells out the weekdays, the months or a set of quote
marks of its own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cscaucasus import actors, frames, lexicon
from cscaucasus.lexicon import expand

PACKAGE = Path(lexicon.__file__).parent
SOURCES = sorted(PACKAGE.rglob("*.py")) + sorted((PACKAGE / "data").glob("*.yml"))

_WEEKDAY_RUN = re.compile(r"(?i)monday\W+tuesday\W+wednesday")
_MONTH_RUN = re.compile(r"(?i)january\W+(?:jan\W+)?february\W+(?:feb\W+)?march")
#: A run of quote marks with three different ones: a quote-mark set of its own (a
#: character class, a string of openers), not a string literal holding one mark ('"“"').
_QUOTE_RUN = re.compile(r'(?:\\?["“”«»„‘’]){3,}')


def _quote_sets(text: str) -> list[str]:
    runs = (m.group() for m in _QUOTE_RUN.finditer(text))
    return [run for run in runs if len(set(run) - {"\\"}) >= 3 and '"""' not in run]


def _code(path: Path) -> str:
    """The file without its comments (the examples there may quote anything)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line.split("#", 1)[0] if path.suffix == ".yml" else line for line in lines)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_module_or_data_file_spells_out_shared_names(path: Path) -> None:
    if path.name in ("lexicon.yml", "lexicon.py"):
        return
    text = _code(path)
    assert not _WEEKDAY_RUN.search(text), f"{path.name}: weekdays; use lexicon / $weekdays"
    assert not _MONTH_RUN.search(text), f"{path.name}: months; use lexicon / $Months"
    if path.suffix == ".py":
        sets = _quote_sets(text)
        assert not sets, f"{path.name}: quote marks {sets}; use lexicon's quote sets"


def test_the_checks_catch_a_copy() -> None:
    assert _WEEKDAY_RUN.search("on\\s+(?:Monday|Tuesday|Wednesday|Thursday)")
    assert _MONTH_RUN.search("[[january, jan], [february, feb], [march, mar]]")
    assert _quote_sets(r"[^,;“”\"«»]") and _quote_sets('_[”"»’]')
    assert not _quote_sets('mark = "“" if opens else "”"')


def test_named_lists_expand_in_place() -> None:
    assert expand(["on", "$weekdays", "today"]) == ["on", *lexicon.WEEKDAYS, "today"]
    assert expand(["$Months"])[:2] == ["January", "February"]
    assert expand(["$Weekdays", 3]) == [d.capitalize() for d in lexicon.WEEKDAYS] + [3]


def test_the_data_files_word_lists_read_the_shared_names() -> None:
    assert {"monday", "sunday"} <= frames.ADVERBIAL_START
    assert {"Monday", "December", "May"} <= actors.TITLES
    assert "$Weekdays" not in actors.TITLES


def test_quote_sets_agree() -> None:
    assert lexicon.QUOTE_PAIRS == {"“": "”", "«": "»", '"': '"', "‘": "’"}
    assert set(lexicon.DOUBLE_QUOTES) == set(lexicon.DOUBLE_OPENERS + lexicon.DOUBLE_CLOSERS)
    assert set(lexicon.QUOTE_MARKS) == set(lexicon.QUOTE_OPENERS + lexicon.QUOTE_CLOSERS)
    assert lexicon.OPENING_SPEECH_QUOTES == "“«" and lexicon.CLOSING_SPEECH_QUOTES == "”»"
    assert {"jan", "sept", "dec"} <= lexicon.ABBREVIATIONS
