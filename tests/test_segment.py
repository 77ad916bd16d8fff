"""Segment: paragraph and sentence offsets, abbreviations, paragraph kinds."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import cscaucasus as cs
from cscaucasus import segment as segment_module
from cscaucasus.schema import typed
from cscaucasus.segment import is_heading, segment, sentence_spans


def sentences_of(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = (
        "Mr. Pashinyan met Gen. Ivanov on Jan. 5 in the U.S. capital. "
        "J. R. Smith of the U.N. said so. Dr. Mirzoyan left at 5 p.m. on Sept. 13, "
        "officials said. The vote was held in the U.S. The next day nothing happened."
    )
    assert sentences_of(text) == [
        "Mr. Pashinyan met Gen. Ivanov on Jan. 5 in the U.S. capital.",
        "J. R. Smith of the U.N. said so.",
        "Dr. Mirzoyan left at 5 p.m. on Sept. 13, officials said.",
        "The vote was held in the U.S.",
        "The next day nothing happened.",
    ]


def test_quotes_stay_with_their_sentence() -> None:
    text = "“We are ready,” Zas said. “The decision is up to the council.” He left."
    assert sentences_of(text) == [
        "“We are ready,” Zas said.",
        "“The decision is up to the council.”",
        "He left.",
    ]


def test_headings_are_short_lines_without_final_punctuation() -> None:
    assert is_heading("Pashinyan refuses to sign agreements")
    assert is_heading('CSTO Secretary General: "A decision on helping Armenia has been prepared"')
    assert not is_heading("The CSTO did not intervene.")
    assert not is_heading("“In such cases the CSTO response regime is initiated.”")
    long_unpunctuated = " ".join(["word"] * 30)
    assert not is_heading(long_unpunctuated)


@pytest.mark.parametrize(
    "line",
    [
        "Tokayev, the host, said: „Our alliance is not directed against anyone.“",  # Südkurier
        "Der Kanzler sagte: ‚Wir bleiben dabei.‘",  # German single quotes (FAZ)
        "»Vi har frosset deltagelsen.«",  # Danish (Kristeligt Dagblad)
    ],
)
def test_a_sentence_closed_inside_foreign_quote_marks_is_no_heading(line: str) -> None:
    assert not is_heading(line)


def test_last_paragraph_is_never_a_heading() -> None:
    articles = typed(
        pd.DataFrame({"article_id": ["a"], "text": ["Short heading\n\nBody text.\n\nAnd an end"]}),
        "articles",
    )
    paragraphs, _ = segment(articles)
    assert list(paragraphs.kind) == ["heading", "body", "body"]


def test_seed_offsets_and_paragraph_boundaries(seed_corpus: cs.Corpus) -> None:
    texts = seed_corpus.articles.set_index("article_id").text
    for table in (seed_corpus.paragraphs, seed_corpus.sentences):
        for row in table.itertuples():
            assert texts[row.article_id][row.start : row.end] == row.text
    merged = seed_corpus.sentences.merge(
        seed_corpus.paragraphs, on=["article_id", "paragraph_id"], suffixes=("", "_p")
    )
    assert ((merged.start >= merged.start_p) & (merged.end <= merged.end_p)).all()
    assert len(seed_corpus.paragraphs) == 73
    assert seed_corpus.paragraphs.kind.value_counts()["heading"] == 7


WORDS = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "Gen.",
        "Jan.",
        "J.",
        "said",
        "Armenia",
        "the",
        "CSTO",
        "“quote,”",
        "«Да»",
        "Zas’",
        "talks.",
        "ended!",
        "why?",
        "…",
        "St.",
        "5",
        "p.m.",
        "é",
        "\u00a0",
        "",
        "e.g.",
    ]
)
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
ARTICLE = st.lists(PARAGRAPH, min_size=1, max_size=6).map("\n\n".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(ARTICLE, st.text(max_size=300)), min_size=1, max_size=3))
def test_offsets_reproduce_text_and_sentences_stay_in_paragraphs(texts: list[str]) -> None:
    articles = typed(
        pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "text": texts}),
        "articles",
    )
    paragraphs, sentences = segment(articles)
    by_id = dict(zip(articles.article_id, texts, strict=True))
    for table in (paragraphs, sentences):
        for row in table.itertuples():
            assert by_id[row.article_id][row.start : row.end] == row.text
            assert row.text == row.text.strip() and row.text
    for row in sentences.itertuples():
        para = paragraphs[
            (paragraphs.article_id == row.article_id)
            & (paragraphs.paragraph_id == row.paragraph_id)
        ].iloc[0]
        assert para.start <= row.start and row.end <= para.end
        assert "\n" not in row.text


def test_control_characters_that_are_whitespace_do_not_open_a_sentence() -> None:
    """Found by hypothesis: Punkt does not count U+001F as space, ``str.strip`` does."""
    articles = typed(
        pd.DataFrame({"article_id": ["a"], "text": ["\x1f0 One. Two.\x1c"]}), "articles"
    )
    _, sentences = segment(articles)
    assert sentences.text.tolist() == ["0 One.", "Two."]


SENTENCE = st.lists(WORDS, min_size=1, max_size=12).map(lambda w: " ".join(w) + ".")
QUOTED = st.tuples(SENTENCE, SENTENCE, st.sampled_from(["“”", "«»", '""'])).map(
    lambda q: f"{q[2][0]}{q[0]} {q[1]}{q[2][1]} Zas said."
)
PIECE = st.one_of(SENTENCE, SENTENCE, QUOTED, st.sampled_from(['"', "“", "”", "\n"]))


def _visible(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


@settings(max_examples=60, deadline=None)
@given(st.lists(PIECE, min_size=1, max_size=40))
def test_a_long_line_is_cut_into_units_at_sentence_ends_outside_quotations(
    pieces: list[str],
) -> None:
    line = " ".join(pieces).replace("\n", " ")
    line = ((line + " ") * (segment_module.LONG_LINE // len(line) + 1)).strip()
    assume(len(line) > segment_module.LONG_LINE)  # longer than a paragraph
    units = segment_module.line_units(line)
    assert all(a < b <= c for (a, b), (c, _) in zip(units, units[1:], strict=False))
    assert all(line[a:b] == line[a:b].strip() and b - a <= segment_module.WINDOW for a, b in units)
    # nothing lost but the spaces between units
    assert _visible("".join(line[a:b] for a, b in units)) == _visible(line)
    # never cut inside a quotation that closes
    for opened, closed in segment_module.quotations(line):
        assert not any(opened < b < closed - 1 for a, b in units)
    # a long line's paragraphs are its units
    text = f"Title\n\n{line}\n"
    assert segment_module.paragraph_spans(text)[1:] == [(a + 7, b + 7) for a, b in units]


def test_quotations_that_do_not_close_soon_do_not_hold_cuts_back() -> None:
    assert segment_module.quotations('“Yes,” he said. "No," she said; «Да».') == [
        (0, 6),
        (16, 21),
        (32, 36),
    ]
    # a stray opening mark, then a quotation: only the quotation
    assert segment_module.quotations("“ Not closed. “Closed.”") == [(14, 23)]
    far = "“" + "x " * segment_module.QUOTATION + "”"
    assert segment_module.quotations(far) == []
    sentences = " ".join(f"Sentence number {i} is here." for i in range(300))
    units = segment_module.line_units("“" + sentences)  # a quote never closed: cut as if none
    assert len(units) > 10
    units = segment_module.line_units("“" + sentences[:1500] + "” " + sentences)
    assert units[0][1] > 1500  # the closing quotation holds the first cut back
