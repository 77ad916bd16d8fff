"""Clean: turn decoded documents into the ``articles`` and ``boilerplate`` tables.

The headline, a dateline ("Thursday, October 8, 2020") and a byline ("By Mark
Dovich") at the head of a text become metadata (``title``, ``published``,
``author``); site boilerplate (``data/boilerplate.yml``) is removed from the body and
kept, line by line, in ``boilerplate``. The cleaned body (``articles.text``) has one
paragraph per line, separated by blank lines; every later offset points into it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd

from . import lexicon
from .archives import SOURCE_COLUMNS
from .documents import Document, Problem
from .schema import typed
from .yamlfile import parse_yaml

# How far into the text the header (dateline, headline, byline) may reach, in lines.
HEADER_LINES = 6
# A line this long or longer, ending in sentence punctuation, is article prose.
PROSE_MIN_WORDS = 12


@dataclass(frozen=True)
class Rule:
    kind: str
    scope: str  # "line", "block" or "tail"
    pattern: re.Pattern[str]
    requires: tuple[str, ...] = ()  # lowercase words, one of which the line must contain


@lru_cache(maxsize=1)
def boilerplate_rules() -> tuple[Rule, ...]:
    """The rules of ``data/boilerplate.yml``, compiled once."""
    source = resources.files("cscaucasus") / "data" / "boilerplate.yml"
    entries = parse_yaml(source.read_text(encoding="utf-8"))
    return tuple(
        Rule(e["kind"], e["scope"], re.compile(p, re.IGNORECASE), tuple(e.get("requires", ())))
        for e in entries
        for p in e["patterns"]
    )


@lru_cache(maxsize=8)
def _combined(skip: frozenset[int] = frozenset()) -> re.Pattern[str]:
    """The rules (but ``skip``) as one alternation, tried in file order: one regex pass
    per line."""
    parts = [
        f"(?P<r{i}>{rule.pattern.pattern})"
        for i, rule in enumerate(boilerplate_rules())
        if i not in skip
    ]
    return re.compile("|".join(parts) or "(?!x)x", re.IGNORECASE)


_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K: case-fold onto ASCII


def classify_line(line: str) -> Rule | None:
    """The first boilerplate rule whose pattern matches the whole (stripped) line."""
    line = line.strip()
    return _classify_short(line) if len(line) <= MEMO_LINE else _classify(line)


#: Lines up to this long are classified once per process: boilerplate and syndicated
#: paragraphs repeat across a corpus.
MEMO_LINE = 2_000


@lru_cache(maxsize=1 << 14)
def _classify_short(line: str) -> Rule | None:
    return _classify(line)


def _classify(line: str) -> Rule | None:
    """:func:`classify_line` of a stripped line."""
    skip: frozenset[int] = frozenset()
    if not _ODD_CASE.search(line):  # else a substring test could miss a case-folded match
        lower = line.lower()
        skip = frozenset(
            i
            for i, rule in enumerate(boilerplate_rules())
            if rule.requires and not any(word in lower for word in rule.requires)
        )
    m = _combined(skip).fullmatch(line)
    return boilerplate_rules()[int(m.lastgroup[1:])] if m else None


def is_prose(line: str) -> bool:
    """A paragraph of running text: enough words and sentence-final punctuation."""
    stripped = line.strip().rstrip(lexicon.CLOSING_QUOTES).rstrip()
    if not stripped or stripped.endswith(("...", "…")):
        return False
    return stripped[-1] in ".!?" and len(stripped.split()) >= PROSE_MIN_WORDS


def is_link_like(line: str) -> bool:
    """A headline, link or teaser: no closing punctuation, or cut off with an ellipsis."""
    stripped = line.strip().rstrip(lexicon.CLOSING_QUOTES).rstrip()
    return (
        not stripped
        or stripped.endswith(("...", "…"))
        or (stripped[-1] not in ".!?" and len(stripped.split()) <= 30)
    )


def parse_dateline(line: str) -> dt.date | None:
    """The date of a line that is only a date, else None."""
    m = lexicon.DATELINE.fullmatch(line.strip())
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["year1"]:
            return dt.date(int(g["year1"]), lexicon.MONTHS[g["month1"].lower()], int(g["day1"]))
        if g["year2"]:
            return dt.date(int(g["year2"]), lexicon.MONTHS[g["month2"].lower()], int(g["day2"]))
        return dt.date(int(g["year3"]), int(g["month3"]), int(g["day3"]))
    except ValueError:
        return None


def wire_dateline(line: str) -> dt.date | None:
    """The filing date of a wire dateline that opens ``line``, if it gives the year.

    >>> wire_dateline("YEREVAN, November 24, 2022 (Reuters) - Armenia's leader said")
    datetime.date(2022, 11, 24)
    >>> wire_dateline("MOSCOW, November 23 (Reuters) - no year, no date") is None
    True
    """
    m = lexicon.WIRE_DATELINE.match(line)
    return parse_dateline(m.group("date")) if m else None


def parse_byline(line: str) -> str | None:
    """The author named by a byline ("By Mark Dovich" -> "Mark Dovich"), else None."""
    stripped = line.strip()
    if len(stripped.split()) > 12:
        return None
    m = lexicon.BYLINE.fullmatch(stripped)
    return m.group("author").strip() if m else None


def unwrap(text: str) -> str:
    """Join hard-wrapped lines (fixed-width e-mail or wire copy) into paragraphs.

    Applies only to a text whose paragraphs are separated by blank lines and whose
    lines mostly break mid-sentence; other texts are returned unchanged.
    """
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
    multi = [b.split("\n") for b in blocks if "\n" in b]
    lines = [ln.strip() for b in multi for ln in b[:-1]]
    if len(blocks) < 2 or len(lines) < 3:
        return text
    broken = sum(1 for ln in lines if ln[-1:] not in lexicon.TERMINAL + '"”')
    wrapped = sum(1 for ln in lines if 30 <= len(ln) <= 100)
    if broken / len(lines) < 0.6 or wrapped / len(lines) < 0.9:
        return text
    return "\n\n".join(" ".join(ln.strip() for ln in b.split("\n") if ln.strip()) for b in blocks)


@dataclass
class Cleaned:
    title: str | None
    author: str | None
    dateline: dt.date | None
    lines: list[str]  # kept body paragraphs
    removed: list[tuple[str, str, int]]  # (kind, raw_text, line number)


def clean_text(text: str, title: str | None = None) -> Cleaned:
    """Split a text into header metadata, body paragraphs and boilerplate lines.

    >>> c = clean_text("Big news\\nBy Ann Lee\\nThe minister said so on Monday, reporters said.")
    >>> c.title, c.author, c.lines
    ('Big news', 'Ann Lee', ['The minister said so on Monday, reporters said.'])
    """
    raw_lines = [(i, " ".join(ln.split())) for i, ln in enumerate(unwrap(text).split("\n"))]
    raw_lines = [(i, ln) for i, ln in raw_lines if ln]
    header = _header(raw_lines, title)
    lines, removed = _body(raw_lines[header.body_start :])
    kept, captions = _without_captions(lines)
    removed = sorted([*header.removed, *removed, *captions], key=lambda r: r[2])
    return Cleaned(header.title, header.author, header.dateline, kept, removed)


@dataclass
class _Header:
    title: str | None
    author: str | None
    dateline: dt.date | None
    removed: list[tuple[str, str, int]]
    body_start: int  # the first raw line of the body


def _header(raw_lines: list[tuple[int, str]], title: str | None) -> _Header:
    """Dateline, headline, byline and widgets before the first prose paragraph."""
    header = _Header(None, None, None, [], 0)
    for pos, (i, line) in enumerate(raw_lines[:HEADER_LINES]):
        if is_prose(line):
            break
        date = parse_dateline(line) if header.dateline is None else None
        byline = parse_byline(line) if header.author is None else None
        rule = classify_line(line)
        if date is not None:
            header.dateline = date
            header.removed.append(("dateline", line, i))
        elif byline is not None:
            header.author = byline
            header.removed.append(("byline", line, i))
        elif header.title is None and _is_headline(line, title, raw_lines[pos + 1 :]):
            header.title = line
            header.removed.append(("headline", line, i))
        elif rule is not None and rule.scope == "line":
            header.removed.append((rule.kind, line, i))
        else:
            break
        header.body_start = pos + 1
    return header


def _body(
    raw_lines: list[tuple[int, str]],
) -> tuple[list[tuple[int, str]], list[tuple[str, str, int]]]:
    """The body's kept lines and its removed ones: line rules, teaser blocks, and the
    closing widgets from the first tail marker after some prose on."""
    lines: list[tuple[int, str]] = []
    removed: list[tuple[str, str, int]] = []
    in_block = seen_prose = False
    for pos, (i, line) in enumerate(raw_lines):
        rule = classify_line(line)
        if rule is not None and rule.scope == "tail" and seen_prose:
            return lines, [*removed, *_tail(raw_lines[pos:])]
        if rule is not None and rule.scope == "block" and seen_prose:
            in_block = True
            removed.append((rule.kind, line, i))
            continue
        if in_block and (rule is not None or is_link_like(line)):
            removed.append((rule.kind if rule else "teaser", line, i))
            continue
        in_block = False
        if rule is not None and rule.scope == "line":
            removed.append((rule.kind, line, i))
            continue
        lines.append((i, line))
        seen_prose = seen_prose or is_prose(line)
    return lines, removed


def _tail(raw_lines: list[tuple[int, str]]) -> list[tuple[str, str, int]]:
    """Every line from a tail marker on, removed (as its rule's kind, or after_article)."""
    removed = []
    for i, line in raw_lines:
        rule = classify_line(line)
        removed.append((rule.kind if rule else "after_article", line, i))
    return removed


def _without_captions(
    lines: list[tuple[int, str]],
) -> tuple[list[str], list[tuple[str, str, int]]]:
    """The lines but captions (short non-sentences repeated on the page: image alt
    text, labels), and the captions removed."""
    counts: dict[str, int] = {}
    for _, line in lines:
        counts[line] = counts.get(line, 0) + 1
    captions = {ln for ln, n in counts.items() if n > 1 and _is_label(ln)}
    removed = [("caption", ln, i) for i, ln in lines if ln in captions]
    return [ln for _, ln in lines if ln not in captions], removed


def _has_sentence(line: str) -> bool:
    return any(mark in line for mark in lexicon.TERMINAL) and len(line.split()) >= 3


def _is_label(line: str) -> bool:
    stripped = line.rstrip(lexicon.CLOSING_QUOTES)
    return stripped[-1:] not in lexicon.TERMINAL and len(line.split()) <= 12


def _is_headline(line: str, title: str | None, rest: list[tuple[int, str]]) -> bool:
    """The article's headline: equal to the known title, or else the first line that
    reads as a headline (2-30 words, no closing punctuation) with text after it."""
    if title:
        return lexicon.plain_words(line) == lexicon.plain_words(title)
    stripped = line.rstrip(lexicon.CLOSING_QUOTES).rstrip()
    return bool(rest) and stripped[-1:] not in lexicon.TERMINAL and 2 <= len(line.split()) <= 30


def clean(documents: list[Document]) -> tuple[pd.DataFrame, pd.DataFrame, list[Problem]]:
    """The ``articles`` and ``boilerplate`` tables for ``documents``, and metadata problems."""
    article_rows, boiler_rows, problems = [], [], []
    for doc in documents:
        row, removed, doc_problems = clean_document(doc)
        article_rows.append(row)
        boiler_rows.extend((doc.article_id, kind, text, line) for kind, text, line in removed)
        problems.extend(doc_problems)
    articles = typed(pd.DataFrame(article_rows, columns=list(ARTICLE_COLUMNS)), "articles")
    boilerplate = typed(
        pd.DataFrame(boiler_rows, columns=["article_id", "kind", "raw_text", "line"]),
        "boilerplate",
    )
    return articles, boilerplate, problems


ARTICLE_COLUMNS = (
    "article_id",
    "path",
    "sha256",
    "title",
    "outlet",
    "url",
    "author",
    "published",
    "published_source",
    "text",
    "format",
    "encoding",
    *SOURCE_COLUMNS,
)


def clean_document(doc: Document) -> tuple[dict, list[tuple[str, str, int]], list[Problem]]:
    """One article row, its removed lines and its problems."""
    meta = dict(doc.meta)
    problems: list[Problem] = []
    removed: list[tuple[str, str, int]] = []
    text = doc.text
    if doc.format == "html":
        text, page_meta, page_removed = extract_html(text)
        removed.extend(page_removed)
        for key, value in page_meta.items():
            meta[key] = meta.get(key) or value
    cleaned = clean_text(text, meta.get("title"))
    removed.extend(cleaned.removed)
    if not any(_has_sentence(line) for line in cleaned.lines):
        msg = "no article text found after cleaning (no sentence in the body)"
        problems.append(Problem(doc.path, "warning", msg))

    title = meta.get("title") or cleaned.title
    if meta.get("title") and not cleaned.title:
        first = cleaned.lines[0] if cleaned.lines else ""
        if _is_label(first) and _similarity(first, meta["title"]) < 0.6 and len(cleaned.lines) > 1:
            msg = f"metadata title {meta['title']!r} does not match the headline {first!r}"
            problems.append(Problem(doc.path, "warning", msg))

    published, source = pd.NaT, "unknown"
    if meta.get("published"):
        parsed = parse_published(meta["published"])
        if pd.isna(parsed):
            msg = f"unparseable published date {meta['published']!r} in metadata; ignored"
            problems.append(Problem(doc.path, "warning", msg))
        else:
            published, source = parsed, "metadata"
    # (the story's first paragraph: the first of the opening lines that has a sentence)
    opening = next((line for line in cleaned.lines[:3] if _has_sentence(line)), "")
    dateline = cleaned.dateline or wire_dateline(opening)
    if dateline is not None:
        text_date = pd.Timestamp(dateline)
        if source == "metadata" and abs((published - text_date).days) > 1:
            msg = (
                f"metadata published {published.date()} disagrees with the dateline "
                f"{dateline} in the text; metadata used"
            )
            problems.append(Problem(doc.path, "warning", msg))
        if source == "unknown":
            published, source = text_date, "text"

    author = meta.get("author") or cleaned.author
    row = {
        "article_id": doc.article_id,
        "path": doc.path,
        "sha256": doc.sha256,
        "title": title,
        "outlet": meta.get("outlet"),
        "url": meta.get("url"),
        "author": author,
        "published": published,
        "published_source": source,
        "text": "\n\n".join(cleaned.lines),
        "format": doc.format,
        "encoding": doc.encoding,
        **{column: doc.fields.get(column) for column in SOURCE_COLUMNS},
    }
    return row, removed, problems


def parse_published(value: str) -> pd.Timestamp:
    """A publication date from an ISO or free-form string, else NaT.

    The date is the calendar day in the zone the string gives (the outlet's local day,
    which its "on Monday" refers to), as a naive midnight timestamp.

    >>> parse_published("2022-11-23T10:00:00+04:00")
    Timestamp('2022-11-23 00:00:00')
    """
    try:  # fast path: ISO 8601, the documented metadata format
        stamp = pd.Timestamp(dt.datetime.fromisoformat(value.strip()))
    except ValueError:
        stamp = pd.to_datetime(value, errors="coerce")
    if pd.isna(stamp):
        return pd.NaT
    if stamp.tzinfo is not None:
        stamp = stamp.tz_localize(None)
    return stamp.normalize()


def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, lexicon.plain_words(a), lexicon.plain_words(b)).ratio()


_BLOCK_TAGS = {
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "td",
    "figcaption",
    "a",
    "span",
    "div",
    "section",
    "aside",
    "footer",
    "header",
    "nav",
    "blockquote",
    "button",
    "label",
}


def extract_html(html: str) -> tuple[str, dict[str, str | None], list[tuple[str, str, int]]]:
    """Article text, metadata and the page's other visible text, via trafilatura."""
    import lxml.html
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (doc.text if doc is not None else "") or ""
    meta = {}
    if doc is not None:
        meta = {
            "title": doc.title,
            "published": doc.date,
            "author": doc.author,
            "url": doc.url,
            "outlet": doc.sitename,
        }
    removed: list[tuple[str, str, int]] = []
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return text, meta, removed
    seen: set[str] = set()
    for el in tree.iter(*_BLOCK_TAGS):
        if any(child.tag in _BLOCK_TAGS for child in el):
            continue
        chunk = " ".join(el.text_content().split())
        if chunk and chunk not in seen and chunk not in " ".join(text.split()):
            seen.add(chunk)
            removed.append(("html_page", chunk, -1))
    return text, meta, removed
