"""Property tests for the quote parsers of statements that read quotes as printed: the
dash quote of Russian-style paragraphs and the close of a quote carried over from the
paragraph before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cscaucasus.evaluate import statements_for_texts
from cscaucasus.statements import _orphan_close, dash_quote

WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=1, max_size=8),
    min_size=1,
    max_size=8,
).map(" ".join)


@given(quote=WORDS, cue=WORDS, dash=st.sampled_from(["—", "–", "-"]))
def test_a_dash_quote_is_the_words_between_the_dashes(quote: str, cue: str, dash: str) -> None:
    text = f"{dash} {quote}, {dash} {cue} said."
    assert [text[a:b] for a, b, _ in dash_quote(text)] == [quote]


@given(text=st.text(max_size=80))
def test_a_dash_quote_lies_inside_its_paragraph_and_holds_no_spaced_dash(text: str) -> None:
    for a, b, closed in dash_quote(text):
        assert 0 <= a < b <= len(text) and closed
        assert " - " not in text[a:b] and "—" not in text[a:b]


@given(text=st.text(alphabet="ab ,.\"“”«»'", max_size=60))
def test_an_orphan_close_is_a_closing_mark(text: str) -> None:
    k = _orphan_close(text)
    if k is not None:
        assert text[k] in '”»"'
        assert not any(ch in "“«" for ch in text[:k])  # no quote opened before it


def test_a_hyphenated_word_is_no_dash_quote() -> None:
    assert dash_quote("Pro-Russian - and anti-Western - parties met in Yerevan.") == []


def test_a_dialogue_dash_without_a_closing_dash_is_a_quote_up_to_its_attribution():
    # Klassekampen, Aftenposten: "– A. B, says X." is X's direct quote; a dash list item
    # without a speech verb in its tail is no quote
    text = (
        "Researcher Julie Wilhelmsen spoke in Oslo.\n\n"
        "– Russia used the CSTO to show that it had allies. When an ally leaves, the "
        "instrument loses its value, says Wilhelmsen.\n\n"
        "– Item one, item two, and more."
    )
    s = statements_for_texts({"a": text}, {"a": "2024-11-29"})
    assert s[["speaker", "kind", "text"]].values.tolist() == [
        [
            "Julie Wilhelmsen",
            "direct",
            "Russia used the CSTO to show that it had allies. When an ally leaves, the "
            "instrument loses its value",
        ]
    ]
