"""Paragraphs and sentences with character offsets into the cleaned article text.

Sentence splitting uses NLTK's Punkt algorithm built from parameters in code
(`lexicon.ABBREVIATIONS`, `lexicon.SENTENCE_STARTERS`), so no ``punkt`` data
download is ever needed. A sentence never spans two paragraphs: each paragraph
is split on its own. A line too long to be a paragraph (text pasted without its
paragraph breaks) is cut into paragraph-like units at sentence ends, never inside a
quotation (:func:`paragraph_spans`), so that attribution finds what it finds in the
same text with its breaks.

>>> paragraph_spans("One.\\n\\nTwo.")
[(0, 4), (6, 10)]
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import pandas as pd
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from . import lexicon
from .documents import Problem
from .schema import empty_table, typed

_PARAGRAPH = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def sentence_tokenizer() -> PunktSentenceTokenizer:
    """A Punkt tokenizer that knows news abbreviations and initials (no data files)."""
    params = PunktParameters()
    params.abbrev_types = set(lexicon.ABBREVIATIONS) | set("abcdefghijklmnopqrstuvwxyz")
    params.sent_starters = set(lexicon.SENTENCE_STARTERS)
    return PunktSentenceTokenizer(params)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text`` (the cleaner puts one paragraph per line);
    a line longer than :data:`LONG_LINE`, as text pasted without its line breaks comes,
    is cut into paragraph-like units (:func:`line_units`)."""
    spans = _trimmed(text, (m.span() for m in _PARAGRAPH.finditer(text)))
    if all(b - a <= LONG_LINE for a, b in spans):
        return spans
    out = []
    for a, b in spans:
        if b - a <= LONG_LINE:
            out.append((a, b))
        else:
            out += [(a + x, a + y) for x, y in line_units(text[a:b])]
    return out


#: A line longer than this is text pasted without its paragraph breaks: a news
#: paragraph is rarely more than 1,000 characters (the longest line of every labelled
#: article here has 360).
LONG_LINE = 2_000
#: The units a long line is cut into end at the first sentence end after this many
#: characters (most news paragraphs have one to three sentences, 150-400 characters).
UNIT = 200
#: A quotation whose closing mark comes within this many characters of its opening
#: mark is never cut; a mark not closed so soon (a quote that goes on over several
#: paragraphs, a stray or truncated mark) does not hold the cut back.
QUOTATION = 2_000
_QUOTE_MARK = re.compile(f"[{lexicon.DOUBLE_QUOTES}{lexicon.LOW_QUOTE}]")
_OPENING_MARKS = lexicon.OPENING_SPEECH_QUOTES + lexicon.LOW_QUOTE


@lru_cache(maxsize=4)
def line_units(line: str) -> tuple[tuple[int, int], ...]:
    """Spans of the paragraph-like units of a long ``line``: runs of whole sentences of
    at least :data:`UNIT` characters, cut where no quotation is open, in windows of at
    most :data:`WINDOW` characters where no such cut comes. Linear in the line's length.

    >>> line = "“We will not sign it. Not now,” he said. " * 6
    >>> line_units(line)  # 5 sentences, then 1 (never after "sign it.")
    ((0, 204), (205, 245))
    """
    quoted = quotations(line)
    opened = [a for a, _ in quoted]
    units, at = [], 0
    for _, end in _sentence_spans(line, 0, len(line)):
        if end - at >= UNIT and not _inside(end, quoted, opened):
            units.append((at, end))
            at = end
    units.append((at, len(line)))
    return tuple(w for a, b in units for w in _trimmed(line, windows(line, a, b)))


def quotations(text: str) -> list[tuple[int, int]]:
    """Spans of the quotations of ``text`` that close within :data:`QUOTATION`
    characters, from the opening to after the closing mark, in order, not nested.
    A straight double quote opens when it starts a word, else it closes.

    >>> quotations('He said “no.” Then "yes," she said.')
    [(8, 13), (19, 25)]
    """
    found, opened = [], None
    for m in _QUOTE_MARK.finditer(text):
        at, mark = m.start(), m.group()
        if mark == '"':
            mark = "“" if _opens_word(text, at) else "”"
        if mark in _OPENING_MARKS:
            opened = at
        elif opened is not None:
            if at - opened <= QUOTATION:
                found.append((opened, at + 1))
            opened = None
    return found


def _opens_word(text: str, at: int) -> bool:
    before = text[at - 1] if at else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-") and not after.isspace()


def _inside(position: int, quoted: list[tuple[int, int]], opened: list[int]) -> bool:
    """Whether ``position`` falls strictly inside one of the ``quoted`` spans (whose
    starts are ``opened``)."""
    k = bisect.bisect_left(opened, position) - 1
    return k >= 0 and position < quoted[k][1]


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, as offsets into ``text``.

    Trimmed like paragraphs: Punkt's idea of whitespace is narrower than ``str.isspace``
    (a control character such as U+001F could otherwise open a sentence).
    """
    end = len(text) if end is None else end
    if end - start <= LONG_LINE:
        return [(start + a, start + b) for a, b in _sentences_of(text[start:end])]
    return _sentence_spans(text, start, end)


@lru_cache(maxsize=1 << 13)
def _sentences_of(paragraph: str) -> tuple[tuple[int, int], ...]:
    """:func:`sentence_spans` of a whole ``paragraph`` of at most :data:`LONG_LINE`
    characters, remembered: syndicated copy repeats paragraphs, and Punkt is the
    costliest step of segmentation."""
    return tuple(_sentence_spans(paragraph, 0, len(paragraph)))


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`sentence_spans`, window by window."""
    out = []
    for w_start, w_end in windows(text, start, end):
        spans = sentence_tokenizer().span_tokenize(text[w_start:w_end])
        out += _trimmed(text, ((w_start + a, w_start + b) for a, b in spans))
    return out


#: A paragraph longer than this (text pasted from a PDF or a scraped page often comes
#: as one line) is split into sentences window by window, each window ending after a
#: sentence-final mark where there is one: Punkt's cost, and that of the stages after
#: it, then grows with the length of the text, not with its square.
WINDOW = 20_000
_WINDOW_END = re.compile(
    f"[{re.escape(lexicon.TERMINAL)}][{re.escape(lexicon.CLOSING_QUOTES)}]*" + r"\s+(?=\S)"
)


def windows(text: str, start: int, end: int, size: int = WINDOW) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into windows of at most ``size`` characters, each ending
    after the last sentence-final mark (else the last space) in its second half.

    >>> windows("One. Two. Three.", 0, 16, size=8)
    [(0, 5), (5, 10), (10, 16)]
    """
    cuts, at = [], start
    while end - at > size:
        half = at + size // 2
        ends = [m.end() for m in _WINDOW_END.finditer(text, half, at + size)]
        cut = ends[-1] if ends else text.rfind(" ", half, at + size) + 1
        cut = cut if cut > at else at + size
        cuts.append((at, cut))
        at = cut
    return [*cuts, (at, end)]


def _trimmed(text: str, spans) -> list[tuple[int, int]]:
    """``spans`` without leading and trailing whitespace; empty spans dropped."""
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


def segment(articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split every article's ``text`` into the ``paragraphs`` and ``sentences`` tables.

    Paragraph and sentence ids count from 0 within each article; ``(article_id,
    sentence_id)`` is the key. Paragraphs carry ``kind``: ``heading`` for a short line
    without closing punctuation that introduces more text (a subheading), else ``body``.
    """
    para_rows: list[tuple] = []
    sent_rows: list[tuple] = []
    ids, texts = articles["article_id"].tolist(), articles["text"].tolist()  # (no Arrow scalars)
    for article_id, text in zip(ids, texts, strict=True):
        spans = paragraph_spans(text)
        sentence_id = 0
        for paragraph_id, (p_start, p_end) in enumerate(spans):
            p_text = text[p_start:p_end]
            is_last = paragraph_id == len(spans) - 1
            kind = "heading" if (not is_last and is_heading(p_text)) else "body"
            para_rows.append((article_id, paragraph_id, kind, p_start, p_end, p_text))
            for s_start, s_end in sentence_spans(text, p_start, p_end):
                sent_rows.append(
                    (article_id, sentence_id, paragraph_id, s_start, s_end, text[s_start:s_end])
                )
                sentence_id += 1
    paragraphs = typed(
        pd.DataFrame(para_rows, columns=list(empty_table("paragraphs").columns)), "paragraphs"
    )
    sentences = typed(
        pd.DataFrame(sent_rows, columns=list(empty_table("sentences").columns)), "sentences"
    )
    return paragraphs, sentences


def long_paragraphs(articles: pd.DataFrame) -> list[Problem]:
    """A warning for each line of an article's text longer than :data:`LONG_LINE`,
    which :func:`paragraph_spans` cuts into paragraphs: text pasted without its line
    breaks."""
    found = []
    for path, text in zip(articles.path.tolist(), articles.text.tolist(), strict=True):
        if len(text) <= LONG_LINE:
            continue
        for line, (a, b) in enumerate(
            _trimmed(text, (m.span() for m in _PARAGRAPH.finditer(text)))
        ):
            if b - a > LONG_LINE:
                found.append(
                    Problem(
                        path,
                        "warning",
                        f"line {line + 1} is {b - a:,} characters long (line breaks missing?): "
                        f"cut into {len(line_units(text[a:b]))} paragraphs at sentence ends",
                    )
                )
    return found


def is_heading(paragraph: str) -> bool:
    """A subheading: at most ``lexicon.HEADING_MAX_WORDS`` words and no sentence-final mark.

    >>> is_heading('Putin: "Not only achievements but also problems are visible"')
    True
    >>> is_heading('"It is over," he said.')
    False
    """
    stripped = paragraph.rstrip().rstrip(lexicon.CLOSING_QUOTES).rstrip()
    if not stripped or stripped[-1] in ".!?…:;,":
        return False
    return len(stripped.split()) <= lexicon.HEADING_MAX_WORDS
