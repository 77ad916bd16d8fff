"""The text of a PDF as paragraphs, without the print's page furniture.

A PDF in the corpus folder is a page printed from a browser (one article) or an archive
export saved as PDF (many). pdfminer.six reads its text and groups it into text boxes
(its layout analysis: one box per paragraph, headline or field line); what is left to
do here is to drop what the printer added on every page — the print time and the page
title above, the address and ``1/3`` or ``Page 1 of 3`` below — and keep the address as
the article's url, and to join a paragraph that a page break cut in two.

Furniture is a box in the top or bottom band of a page that is set smaller than the
text, or repeats on most pages, or is a page number, a print time or a bare address.
"""

from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass, field

#: The share of the page's height, at the top and at the bottom, where furniture is.
BAND = 0.08
PAGE_NUMBER = re.compile(
    r"^(?:(?:page|seite|страница|стр\.)\s*)?\d+\s*(?:/|of|von|de|sur|из)\s*\d+$|^[-–]?\s*\d+\s*[-–]?$",
    re.I,
)
PRINT_TIME = re.compile(
    r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(\s*[AP]M)?$", re.I
)
ADDRESS = re.compile(r"https?://\S+")
SENTENCE_END = ".!?\"'”»:)"


@dataclass(frozen=True)
class Box:
    """One text box of a page: its text, where it is and its font size."""

    text: str
    top: float  # distance from the top of the page, as a share of its height
    bottom: float
    size: float  # median font size of its characters


@dataclass
class PdfText:
    paragraphs: list[str] = field(default_factory=list)
    url: str | None = None  # the address the browser printed below the page
    pages: int = 0


def boxes(raw: bytes) -> list[list[Box]]:
    """The text boxes of every page, in reading order (pdfminer.six's layout analysis)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextContainer

    pages = []
    for page in extract_pages(io.BytesIO(raw)):
        height = page.height or 1.0
        found = []
        for element in page:
            if not isinstance(element, LTTextContainer):
                continue
            text = " ".join(element.get_text().split())
            if not text:
                continue
            sizes = [c.size for line in element for c in line if isinstance(c, LTChar)]
            found.append(
                Box(
                    text,
                    1 - element.y1 / height,
                    1 - element.y0 / height,
                    statistics.median(sizes) if sizes else 0.0,
                )
            )
        pages.append(found)
    return pages


def is_furniture(box: Box, body_size: float, repeated: set[str]) -> bool:
    """Whether ``box`` is what the printer put on the page rather than its text."""
    if box.top > BAND and box.bottom < 1 - BAND:
        return False
    words = box.text.split()
    bare_address = len(words) <= 2 and ADDRESS.fullmatch(words[0]) is not None  # (+ "1/3")
    return (
        box.size < body_size - 0.5
        or box.text in repeated
        or bool(PAGE_NUMBER.match(box.text) or PRINT_TIME.match(box.text))
        or bare_address
    )


def pdf_text(raw: bytes) -> PdfText:
    """The paragraphs of a PDF, its page furniture left out (see the module)."""
    return paragraphs(boxes(raw))


def paragraphs(pages: list[list[Box]]) -> PdfText:
    """The paragraphs of the text boxes of some pages, their furniture left out."""
    every = [b for page in pages for b in page]
    out = PdfText(pages=len(pages))
    if not every:
        return out
    body_size = statistics.median(b.size for b in every)
    repeated = _repeated(pages)
    for page in pages:
        kept = []
        for box in page:
            if not is_furniture(box, body_size, repeated):
                kept.append(box.text)
            elif out.url is None and (m := ADDRESS.search(box.text)):
                out.url = m.group(0)
        if kept and out.paragraphs and _continues(out.paragraphs[-1], kept[0]):
            out.paragraphs[-1] += " " + kept.pop(0)
        out.paragraphs += kept
    return out


def _repeated(pages: list[list[Box]]) -> set[str]:
    """The texts found in the top or bottom band of at least two pages and half of them."""
    edges: dict[str, int] = {}
    for page in pages:
        for text in {b.text for b in page if b.top <= BAND or b.bottom >= 1 - BAND}:
            edges[text] = edges.get(text, 0) + 1
    return {text for text, n in edges.items() if n >= 2 and n * 2 >= len(pages)}


def _continues(last: str, first: str) -> bool:
    """Whether a page's first paragraph goes on with the last one of the page before
    (cut by the page break): no sentence end before, a lower-case word after."""
    return not last.endswith(tuple(SENTENCE_END)) and first[:1].islower()
