"""linescan: a pattern's matches found block by block are exactly ``finditer``'s."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cscaucasus import actors, linescan, statements, temporal

ACTORS = actors.load_actors()
MATCHER = actors.matcher_for(ACTORS)
#: The patterns the attribution and the dates scan whole texts with, by name.
PACKAGE = {
    "pronoun": statements._PRONOUN_SUBJECT_RE,
    "it": statements._IT_SUBJECT_RE,
    "anaphor": statements._ANAPHOR_RE,
    "capital": statements._CAPITAL_RE,
    "side": statements._SIDE_WORD_RE,
    "anonymous": statements._anonymous_re(False),
    "anonymous_spokes": statements._anonymous_re(True),
    "unnamed": statements._UNNAMED_PERSON_RE,
    "media": statements._MEDIA_RE,
    "proper_name": statements._PROPER_NAME_RE,
    "organisation": statements._ORG_RUN_RE,
    "a_document": statements._A_DOCUMENT_RE,
    "its_institution": statements._ITS_INSTITUTION_RE,
    "owned_role": statements._OWNED_ROLE_RE,
    "role": MATCHER.role_re,
    "not_holder": MATCHER.not_holder_re,
    "temporal": temporal.TEMPORAL,
}
#: Patterns that read across line breaks in every way the analysis must see.
TRICKY = [
    r"a\s+b",
    r"(?<=\s)x",
    r"x(?=\s)",
    r"x(?!\s+y)",
    r"(?<!\n)x",
    r"^x",
    r"x$",
    r"(?m)^x|x$",
    r"\Ax|x\Z",
    r"x[^,]*y",
    r"x\W+y",
    r"(?s)x.y",
    r"x.y",
    r"(a)\s*\1",
    r"(?:(a)|b)(?(1)\s|c)y",
    r"(?i)X\s+Y",
    r"(?i:x)\s*",
    r"\s*",
    r"\b",
    r"U\.S\.\s+envoy",
    r"(?:x|y\s)+z",
    r"x(?:\s+y){0,2}\.",
    r"[xy]\s?",
    r"x\s+(?!)|x",
    "(?i)\u212a\\s+x",  # the Kelvin sign matches "k" and "K"
    "(?i)[\u017f\u0130]\\s+y",  # the long s matches "s", the dotted I "i"
]
_WORDS = """
the The minister Minister Foreign Ministry said He he She It it
its Its press service Baku Yerevan in media local Armenian side a
A An official sources close to spokesman U.S. envoy of statement communique
by Armenia's prime Prime former on Monday Monday. 2022 April 5 last
week earlier this Nikol Pashinyan x y z b X Y xy
k K s i \u212a \u017f
"""
WORDS = _WORDS.split()
GAPS = [" ", " ", " ", "\n", "\n\n", " \n", "\n ", ". ", ".\n", ".\n\n", ", ", "”\n", "-", "\t"]

texts = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=0, max_size=40
).map(lambda parts: "".join(w + g for w, g in parts))


def expected(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.group(0), m.groups()) for m in pattern.finditer(text)]


def found(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.group(0), m.groups()) for m in linescan.matches(pattern, text)]


@settings(max_examples=150, deadline=None)
@given(text=texts, name=st.sampled_from(sorted(PACKAGE)))
def test_package_patterns_match_as_finditer(text: str, name: str) -> None:
    pattern = PACKAGE[name]
    assert found(pattern, text) == expected(pattern, text)
    assert linescan.spans(pattern, text) == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(text=texts, source=st.sampled_from(TRICKY))
def test_tricky_patterns_match_as_finditer(text: str, source: str) -> None:
    pattern = re.compile(source)
    assert found(pattern, text) == expected(pattern, text)


def test_a_line_local_pattern_is_cut_at_every_break() -> None:
    text = "He said.\nShe said\n\nIt"
    assert linescan.blocks(statements._PRONOUN_SUBJECT_RE, text) == [
        (0, "He said."),
        (9, "She said"),
        (18, ""),
        (19, "It"),
    ]


def test_a_break_a_match_may_read_across_is_kept() -> None:
    pattern = re.compile(r"the\s+minister")
    text = "He met the\nminister. So the\n\nminister said.\nThe\nminister"
    assert linescan.blocks(pattern, text) == [
        (0, "He met the\nminister. So the\n\nminister said."),
        (44, "The"),
        (48, "minister"),
    ]
    assert linescan.spans(pattern, text) == [(7, 19), (24, 37)]


@pytest.mark.parametrize("name", sorted(PACKAGE))
def test_a_pattern_s_analysis_is_the_same_from_a_cold_and_a_warm_memo(name: str) -> None:
    # the items' kinds are remembered across patterns (linescan._SPECS): never changed
    pattern = PACKAGE[name]
    linescan._SPECS.clear()
    cold = linescan.break_test(pattern)
    warm = linescan.break_test(pattern)
    assert isinstance(cold, linescan.Breaks) and isinstance(warm, linescan.Breaks)
    assert (cold.tests, cold.before, cold.ends) == (warm.tests, warm.before, warm.ends)
    folded = linescan._spec(linescan._c.LITERAL, ord("k"), re.IGNORECASE | re.ASCII)
    assert folded == (False, True, False, "k", (), "", True)


@pytest.mark.parametrize("source", [r"^x", r"x$", r"\Ax", r"(a)\1", r"(?<=\s)x", r"\s*x"])
def test_what_may_read_any_break_searches_the_whole_text(source: str) -> None:
    assert linescan.break_test(re.compile(source)) == linescan.ALL


def test_found_matches_give_positions_in_the_whole_text() -> None:
    pattern = re.compile(r"(?P<w>[A-Z]\w+)(?:\s(?P<v>said))?")
    text = "Ab.\nCd said.\nEf"
    got = linescan.matches(pattern, text)
    assert [m.span() for m in got] == [(0, 2), (4, 11), (13, 15)]
    assert [(m.start("v"), m.end("v"), m.group("v")) for m in got] == [
        (-1, -1, None),
        (7, 11, "said"),
        (-1, -1, None),
    ]
    assert got[1]["w"] == "Cd" and got[1].groups() == ("Cd", "said")


@settings(max_examples=150, deadline=None)
@given(text=texts)
def test_temporal_matches_block_by_block_as_finditer(text: str) -> None:
    """temporal_matches: the fast scan of each block, remembered, is finditer's."""
    got = [(m.span(), m.lastgroup, m.groups()) for m in temporal.temporal_matches(text)]
    assert got == [(m.span(), m.lastgroup, m.groups()) for m in temporal.TEMPORAL.finditer(text)]
