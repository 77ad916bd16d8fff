"""The temporal rule engine: data/temporal.yml compiled, and its fast scan."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cscaucasus import temporal
from cscaucasus.evaluate_events import events_for_texts, format_date

RULES = list(temporal.RULES.values())


def events_of(text: str, published: str) -> list[tuple[str, str]]:
    """(date_text, date at its precision) of every event of one article."""
    events = events_for_texts(pd.DataFrame({"text": [text], "published": [published]}))
    return [(e.date_text, format_date(e.date, e.precision)) for e in events.itertuples()]


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_every_rule_resolves_its_example(rule) -> None:
    """Each rule's example (temporal.yml) is found by that rule and dated as written."""
    example = rule.example
    found = str(example["found"])
    events = events_of(example["text"], str(example["published"]))
    assert (found, str(example["date"])) in events
    matches = [m for m in temporal.temporal_matches(example["text"]) if m.group() == found]
    assert [m.lastgroup for m in matches] == [rule.name]


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_a_rule_example_starts_within_the_prefix_words(rule) -> None:
    """Before its first core token an example has only prefix words, at most
    PREFIX_WORDS of them: what the fast scan relies on."""
    found = str(rule.example["found"]).lower()
    core = re.compile(r"\d|\b(?:" + "|".join(temporal.CORE_WORDS) + r")\b")
    lead = found[: core.search(found).start()]
    words = re.findall(r"[a-z]+", lead)
    assert set(words) <= set(temporal.PREFIX_VOCABULARY)
    assert len(words) <= temporal.PREFIX_WORDS


def test_patterns_expand_references_and_read_tables() -> None:
    assert re.fullmatch(temporal.pattern("count"), "a few")
    assert re.fullmatch(temporal.pattern("count"), "seven")  # a key of normalization.counts
    assert re.fullmatch(temporal.pattern("year_which"), "the  previous")
    assert not re.fullmatch(temporal.pattern("year_which"), "previous")
    assert re.fullmatch(temporal.backwards("date_prepositions"), "fo sa")  # "as of"
    assert temporal.words("frequency_words") == {"every", "each"}
    assert not re.fullmatch(temporal.alternation(["day", "days"]), "da")
    assert re.fullmatch(temporal.alternation(["day", "days"]), "days")


def test_a_word_yaml_reads_as_a_boolean_is_refused(monkeypatch) -> None:
    monkeypatch.setitem(temporal.PATTERNS, "broken", ["in", True])
    with pytest.raises(TypeError, match="quote"):
        temporal.pattern("broken")


@pytest.mark.parametrize(
    "text",
    [
        "at   the\n\nbeginning   of   the   previous month, and on the same day",
        "on " + "the " * 20 + "same day; mid-September 2020, the day before yesterday",
        "In 2020-2021 and (2017–2019) 24/7, 2020s, 3.2020, x-2020, /May 5, Sept. 13, 5th of May",
        "a few days later, this coming Friday, Monday, May 2, 2022, the following day",
        "5 ſeptember, on ſunday, the neⅩt day; İn May, a \u212aelvin day",  # case folds
        "at the end of the year, Tuesday night, this evening, tonight; 3 years ago",
        "10.11.2020, 31.12.2021. 1.2.2022, 32.1.2020, 1.13.2020, ten days ago, an hour ago",
    ],
)
def test_temporal_matches_equal_a_full_regex_scan(text) -> None:
    spans = [m.span() for m in temporal.temporal_matches(text)]
    assert spans == [m.span() for m in temporal.TEMPORAL.finditer(text)]


def test_temporal_matches_equal_a_full_regex_scan_on_the_seeds(seed_corpus) -> None:
    for text in seed_corpus.articles.text:
        spans = [m.span() for m in temporal.temporal_matches(text)]
        assert spans == [m.span() for m in temporal.TEMPORAL.finditer(text)]


# Words that may lead a temporal expression, and the words that anchor one, to shuffle.
SALAD_PREFIXES = [
    *"mid early late last next this coming upcoming on a two several earlier later".split(),  # noqa: SIM905
    *["the end of", "the beginning of", "the start of", "the middle of", "end of"],
    *["beginning of", "this coming", "at the end of this", "the end of last", "early next"],
    *["later this", "the previous", "the past", "the day before", "on the same", "that same"],
    *["a few", "the next", "the following", "the", "in", "said", "x", ""],
    *["an", "seven", "ten", "some", "at the end of the", "for", "every", "this"],
]
SALAD_CORES = """
    day days week month year years today tonight yesterday May may Sept. September Sept
    Monday monday 5 5th 2020 2022-05-01 10.11.2020 1.2.2021 x ( ) ago morning night evening
""".split()  # noqa: SIM905


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(SALAD_PREFIXES),
            st.sampled_from([" ", "  ", "-", "\n", ", ", ""]),
            st.sampled_from(SALAD_CORES),
            st.sampled_from([" ", "-", "\n", ", ", ". ", ""]),
        ),
        max_size=12,
    )
)
def test_temporal_matches_equal_a_full_regex_scan_on_word_salad(parts) -> None:
    text = "".join("".join(part) for part in parts)
    spans = [m.span() for m in temporal.temporal_matches(text)]
    assert spans == [m.span() for m in temporal.TEMPORAL.finditer(text)]


@pytest.mark.parametrize("kind", temporal.NOT_HAPPENINGS, ids=lambda kind: kind.name)
def test_a_caption_or_date_line_example_dates_nothing(kind) -> None:
    assert events_of(kind.example, "2023-03-05") == []
    assert events_of(kind.example + " was the day.", "2023-03-05") != []
