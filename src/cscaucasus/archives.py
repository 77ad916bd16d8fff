"""Archive exports: one news-archive download in, one record per article out.

Researchers hold their articles as the archives hand them out:

* **Nexis Uni / Lexis+** ``.DOCX``: a cover page, then every article as headline,
  publication, date, copyright, labelled fields (``Section:``, ``Length:``,
  ``Byline:``), a ``Body`` line, the text, an indexing block and ``End of Document``;
* **LexisNexis** (the older interface) ``.TXT`` / ``.RTF``: a cover page, then every
  article opening with ``N of M DOCUMENTS``, publication, date, headline, labelled
  fields in capitals (``BYLINE:``, ``SECTION:``, ``LENGTH:``), the text, trailing
  fields (``LOAD-DATE:``, ``LANGUAGE:``) and copyright;
* **Factiva** ``.RTF`` (article format: headline, byline, ``N words``, date, source,
  source code, language, copyright, text, ``Document <accession number>``), ``.RTF``
  with indexing (``Full Article/Report plus Indexing``: every field a table row, its
  tag ``SE``, ``HD``, ``BY``, ``WC``, ``PD``, ``SN``, ``LA``, ``LP``, ``TD``, …, ending
  with ``AN``, the accession number) and ``.HTML`` (the same display: one
  ``div.article`` per article, its fields in a table of the same tags).

The layouts are the vendors' as the R readers (LexisNexisTools, tm.plugin.lexisnexis,
tm.plugin.factiva) parse them; the words they use (labels, month names, separators in
English, French, German and Russian) are data, in ``data/archives.yml``.

Nothing is lost silently: :func:`read_archive` counts the separators of the export
(and the total the export announces) and returns a problem for each article it could
not read, naming its position and first words, and for a file whose layout it does not
know.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .documents import Document, Problem, decode, normalize_text
from .lexicon import MONTH_NAMES
from .yamlfile import parse_yaml

#: File suffixes that are only ever read as archive exports.
ARCHIVE_SUFFIXES = (".docx", ".rtf")
#: Suffixes of files that may be an export or a single article (decided by content).
MAYBE_ARCHIVE_SUFFIXES = (".txt", ".html", ".htm")
#: A PDF is an export saved as PDF, or a printed page (one article): read here either way.
PDF_SUFFIXES = (".pdf",)
SNIFF_BYTES = 262_144  # how much of a .txt/.html file is looked at to tell an export


@dataclass(frozen=True)
class ArchiveArticle:
    """One article of an export, with the export's own fields."""

    position: int  # 1-based place in the export
    title: str | None
    outlet: str | None
    published: str | None  # ISO date, when the export's date was read
    author: str | None
    section: str | None
    word_count: int | None
    language: str | None
    body: str  # paragraphs separated by blank lines

    def digest(self) -> str:
        """A hash of what the article says (fields and text, not its position), so
        that the same article has the same hash in every download."""
        fields = (self.title, self.outlet, self.published, self.author, self.section)
        text = "\0".join(f or "" for f in fields) + "\0" + " ".join(self.body.split())
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ArchiveRead:
    """What :func:`read_archive` found in one export."""

    layout: str | None  # None: not an export of a known layout
    articles: list[ArchiveArticle] = field(default_factory=list)
    separators: int = 0  # article separators counted in the file
    problems: list[tuple[str, str]] = field(default_factory=list)  # (severity, message)
    #: a PDF that is no export: the paragraphs of its one article, and the address
    #: printed below its pages
    single: list[str] | None = None
    url: str | None = None


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """``data/archives.yml``, with its patterns compiled."""
    source = resources.files("cscaucasus") / "data" / "archives.yml"
    data = parse_yaml(source.read_text(encoding="utf-8"))
    months = {}
    for names in (MONTH_NAMES, *data["months"].values()):  # English first
        for number, spellings in enumerate(names, start=1):
            months.update(dict.fromkeys((str(s).lower() for s in spellings), number))
    data["month_numbers"] = months
    alternation = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    data["date_patterns"] = [
        re.compile(
            rf"(?P<month>{alternation})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})", re.I
        ),
        re.compile(
            rf"(?P<day>\d{{1,2}})\.?\s+(?P<month>{alternation})\.?,?\s+(?P<year>\d{{4}})", re.I
        ),
        re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"),
    ]
    data["lexisnexis_start"] = [re.compile(p) for p in data["lexisnexis_start"]]
    data["factiva_end"] = re.compile(data["factiva_end"])
    data["factiva_tagged_end"] = re.compile(data["factiva_tagged_end"])
    tags = "|".join(sorted(data["factiva_tags"], key=len, reverse=True))
    data["factiva_tag_line"] = re.compile(
        rf"^\s*(?P<tag>{tags})(?:\s*\||\t|\s{{2,}}|\s*$)\s*(?P<value>.*?)\s*\|?\s*$"
    )
    data["word_count"] = re.compile(data["word_count"], re.I)
    data["label_of"] = {
        label: column for column, labels in data["labels"].items() for label in labels
    }
    return data


def parse_date(text: str | None) -> str | None:
    """The first date in ``text`` (English, French, German or Russian month names, or
    ISO), as ``YYYY-MM-DD``; None if there is none.

    >>> parse_date("November 24, 2022 Thursday"), parse_date("24 ноября 2022 г.")
    ('2022-11-24', '2022-11-24')
    >>> parse_date("Donnerstag, 24. November 2022"), parse_date("24 novembre 2022")
    ('2022-11-24', '2022-11-24')
    """
    if not text:
        return None
    words = vocabulary()
    found = []
    for pattern in words["date_patterns"]:
        m = pattern.search(text)
        if m:
            found.append(m)
    for m in sorted(found, key=lambda m: m.start()):
        g = m.groupdict()
        month = int(g["mnum"]) if g.get("mnum") else words["month_numbers"][g["month"].lower()]
        try:
            return dt.date(int(g["year"]), month, int(g["day"])).isoformat()
        except ValueError:
            continue
    return None


def parse_word_count(text: str | None) -> int | None:
    """``"1,234 words"`` -> 1234 (also ``Wörter``, ``mots``, ``слов``); else None."""
    if not text:
        return None
    m = vocabulary()["word_count"].match(text.strip())
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group("n"))
    return int(digits) if digits else None


def _squash(text: str | None) -> str | None:
    """Whitespace collapsed; None for nothing."""
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def _paragraphs(lines: list[str], hard_wrapped: bool = False) -> str:
    """Text lines as paragraphs separated by a blank line. In a hard-wrapped text
    (LexisNexis .TXT) a paragraph's lines are joined; elsewhere each line is one."""
    paragraphs, current = [], []
    for line in lines:
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(stripped)
        if not hard_wrapped:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def first_words(lines: list[str] | str, n: int = 8) -> str:
    """The first ``n`` words of a chunk, to name an article in a problem message."""
    text = lines if isinstance(lines, str) else " ".join(lines)
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


# --- Nexis Uni (.DOCX) -------------------------------------------------------------------


def _label(line: str) -> tuple[str, str] | None:
    """``("SECTION", "NEWS; Pg. 3")`` for a labelled field line, else None."""
    m = re.match(r"^\s*([A-Za-zÄÖÜäöü][\w-]{1,30}):[\s\u00a0]*(.*)$", line)
    return (m.group(1).upper(), m.group(2).strip()) if m else None


def _fields(lines: list[str]) -> dict[str, str]:
    """The labelled fields among ``lines`` by column (author, section, …)."""
    label_of = vocabulary()["label_of"]
    out: dict[str, str] = {}
    for line in lines:
        found = _label(line)
        if found and found[0] in label_of:
            out.setdefault(label_of[found[0]], found[1])
    return out


def split_nexis_uni(lines: list[str]) -> ArchiveRead:
    """The articles of a Nexis Uni export given as its paragraphs."""
    ends = set(vocabulary()["nexis_uni_end"])
    read = ArchiveRead("nexis-uni")
    _split_on_ends(read, lines, lambda line: line.strip() in ends, _nexis_uni_article)
    announced = next((_announced(line) for line in lines[:60] if _announced(line)), None)
    if announced is not None and announced != read.separators:
        msg = f"the cover page announces {announced} documents, the file has {read.separators}"
        read.problems.append(("warning", msg))
    return read


def _announced(line: str) -> int | None:
    m = re.match(r"^\s*(?:Documents?|Dokumente?)\s*\((\d+)\)\s*$", line)
    return int(m.group(1)) if m else None


def _add(
    read: ArchiveRead, chunk: list[str], parse: Callable[[list[str], int], ArchiveArticle]
) -> None:
    """Parse one article's chunk into ``read``, or record why it could not be read."""
    position = read.separators
    try:
        article = parse(chunk, position)
    except ValueError as exc:
        read.problems.append(("error", f"article {position} ({first_words(chunk)!r}): {exc}"))
        return
    read.articles.append(article)


def _nexis_uni_article(chunk: list[str], position: int) -> ArchiveArticle:
    words = vocabulary()
    body_at = next(
        (i for i, line in enumerate(chunk) if line.strip() in words["nexis_uni_body"]), None
    )
    label_at = [i for i, line in enumerate(chunk) if _label(line) and i < (body_at or len(chunk))]
    head_end = label_at[0] if label_at else (body_at if body_at is not None else None)
    if head_end is None:
        raise ValueError("no fields and no 'Body' line: not an article of this layout")
    header = [line.strip() for line in chunk[:head_end] if line.strip()]
    title, outlet, date = _nexis_uni_header(header)
    start = body_at + 1 if body_at is not None else (label_at[-1] + 1)
    body_lines = _until_tail(chunk[start:], words["nexis_uni_tail"])
    body = _paragraphs(body_lines)
    if not body:
        raise ValueError("no article text")
    found = _fields(chunk[:start] + chunk[start + len(body_lines) :])
    return _lexis_article(position, title, outlet, date, found, body)


def _lexis_article(
    position: int,
    title: str | None,
    outlet: str | None,
    date: str | None,
    found: dict[str, str],
    body: str,
) -> ArchiveArticle:
    """An article of either Lexis layout from its header lines and labelled fields."""
    return ArchiveArticle(
        position=position,
        title=_squash(title),
        outlet=_squash(outlet),
        published=parse_date(date),
        author=_squash(found.get("author")),
        section=_squash(found.get("section")),
        word_count=_leading_int(found.get("word_count")),
        language=_squash(found.get("language")),
        body=body,
    )


def _nexis_uni_header(header: list[str]) -> tuple[str | None, str | None, str | None]:
    """Headline, publication and date of the lines above the fields. The date line
    anchors them (a cover page above the first article is left out); without a date,
    the first two lines after any cover page are the headline and publication."""
    header = [h for h in header if not re.match(r"^(Copyright|©|\(c\))", h, re.I)]
    dated = [i for i, line in enumerate(header) if parse_date(line)]
    if dated and dated[-1] >= 2:
        i = dated[-1]
        return header[i - 2], header[i - 1], header[i]
    if dated and dated[-1] == 1:
        return None, header[0], header[1]
    cover = [i for i, line in enumerate(header) if _is_cover(line)]
    rest = header[cover[-1] + 1 :] if cover else header
    rest = [line for line in rest if not re.match(r"^\d+\.\s", line)]
    return (rest[0] if rest else None), (rest[1] if len(rest) > 1 else None), None


def _is_cover(line: str) -> bool:
    return bool(
        re.match(
            r"^(Date and Time|Job Number|Documents? \(\d+\)|Client/Matter|Search Terms|"
            r"Search Type|Content Type|Narrowed by|Download Request|Time Of Request|Terms|"
            r"Send To|Source|Combined Source|Project ID)\b",
            line,
        )
    )


def _until_tail(lines: list[str], tail: list[str]) -> list[str]:
    """``lines`` up to the first that opens the indexing block (a tail word alone on
    its line, or as a field label)."""
    upper = {t.upper() for t in tail}
    for i, line in enumerate(lines):
        stripped = line.strip()
        found = _label(stripped)
        if stripped.upper() in upper or (found and found[0] in upper):
            return lines[:i]
    return lines


def _leading_int(text: str | None) -> int | None:
    m = re.match(r"\s*(\d[\d,.]*)", text or "")
    return int(re.sub(r"\D", "", m.group(1))) if m else None


# --- LexisNexis (.TXT / .RTF) ------------------------------------------------------------


def split_lexisnexis(lines: list[str]) -> ArchiveRead:
    """The articles of an older LexisNexis export given as its lines."""
    read = ArchiveRead("lexisnexis")
    starts = vocabulary()["lexisnexis_start"]
    chunk: list[str] | None = None
    announced: int | None = None
    for line in lines:
        m = next((m for p in starts if (m := p.match(line))), None)
        if m is None:
            if chunk is not None:
                chunk.append(line)
            continue
        if chunk is not None:
            _add(read, chunk, _lexisnexis_article)
        read.separators += 1
        announced = int(m.group("m"))
        chunk = []
    if chunk is not None:
        _add(read, chunk, _lexisnexis_article)
    if announced is not None and announced != read.separators:
        msg = f"the export announces {announced} documents, the file has {read.separators}"
        read.problems.append(("warning", msg))
    return read


def _lexisnexis_article(chunk: list[str], position: int) -> ArchiveArticle:
    label_of = vocabulary()["label_of"]
    labelled = [i for i, line in enumerate(chunk) if (f := _label(line)) and f[0] in label_of]
    if not labelled:
        raise ValueError("no BYLINE/SECTION/LENGTH field: not an article of this layout")
    first = labelled[0]
    blocks = _blocks(chunk[:first])
    outlet = " ".join(blocks[0]) if blocks else None
    dated = next((i for i, b in enumerate(blocks) if parse_date(b[0])), None)
    date = blocks[dated][0] if dated is not None else None
    title = " ".join(blocks[-1]) if len(blocks) > (dated or 0) + 1 else None
    # the text starts after the paragraph of the last field above it
    last = max(i for i in labelled if i < _first_blank_run(chunk, first))
    start = last + 1
    while start < len(chunk) and chunk[start].strip():
        start += 1
    body_lines = _until_tail(chunk[start:], vocabulary()["lexisnexis_tail"])
    body = _paragraphs(body_lines, hard_wrapped=True)
    if not body:
        raise ValueError("no article text")
    found = _fields(_field_lines(chunk[:start]))
    found.setdefault("language", _fields(_field_lines(chunk[start:])).get("language", ""))
    return _lexis_article(position, title, outlet, date, found, body)


def _blocks(lines: list[str]) -> list[list[str]]:
    """Runs of non-blank lines (stripped)."""
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _first_blank_run(chunk: list[str], first: int) -> int:
    """Where the fields block that starts at ``first`` ends: the first line after it
    that is neither blank, nor a field, nor a field's continuation, and follows a
    blank line (the text)."""
    label_of = vocabulary()["label_of"]
    i, after_blank = first, False
    while i < len(chunk):
        line = chunk[i]
        found = _label(line)
        if not line.strip():
            after_blank = True
        elif found and found[0] in label_of:
            after_blank = False
        elif after_blank:
            return i
        i += 1
    return i


def _field_lines(lines: list[str]) -> list[str]:
    """Field lines with their continuation lines joined (a long BYLINE wraps)."""
    out: list[str] = []
    for line in lines:
        if _label(line):
            out.append(line.strip())
        elif line.strip() and out and not out[-1].endswith("\n"):
            out[-1] += " " + line.strip()
        else:
            out.append("\n")
    return [line for line in out if line != "\n"]


# --- Factiva (.RTF article format, .HTML with indexing) ----------------------------------


def split_factiva_text(lines: list[str]) -> ArchiveRead:
    """The articles of a Factiva article-format export given as its paragraphs."""
    read = ArchiveRead("factiva")
    end = vocabulary()["factiva_end"]
    _split_on_ends(read, lines, lambda line: bool(end.match(line)), _factiva_article)
    return read


def _split_on_ends(
    read: ArchiveRead,
    lines: list[str],
    is_end: Callable[[str], bool],
    parse: Callable[[list[str], int], ArchiveArticle],
) -> None:
    """Read the articles of a layout whose every article ends with a separator line."""
    chunk: list[str] = []
    for line in lines:
        if is_end(line):
            read.separators += 1
            _add(read, chunk, parse)
            chunk = []
        else:
            chunk.append(line)
    if any(line.strip() for line in chunk):
        msg = f"text after the last article separator ignored: {first_words(chunk)!r}"
        read.problems.append(("warning", msg))


def _factiva_article(chunk: list[str], position: int) -> ArchiveArticle:
    words = vocabulary()
    lines = [line.strip() for line in chunk if line.strip()]
    wc_at = next((i for i, line in enumerate(lines) if parse_word_count(line) is not None), None)
    if wc_at is None:
        raise ValueError("no word count line ('N words'): not an article of this layout")
    above = lines[max(0, wc_at - 3) : wc_at]
    section = title = author = None
    if above and re.match(r"^(By|Von|Par|Автор|От)\s", above[-1]):
        author = re.sub(r"^(By|Von|Par|Автор|От)\s+", "", above.pop())
    if above:
        title = above.pop()
    if above:
        section = above.pop()
    rest = lines[wc_at + 1 :]
    date = rest.pop(0) if rest and parse_date(rest[0]) else None
    if rest and re.match(r"^\d{1,2}[:.]\d{2}(\s*[AP]M)?(\s*GMT)?$", rest[0], re.I):
        rest.pop(0)
    outlet = rest.pop(0) if rest else None
    languages = {w.lower() for w in words["languages"]}
    lang_at = next((i for i, line in enumerate(rest[:5]) if line.lower() in languages), None)
    language = rest[lang_at] if lang_at is not None else None
    body_from = (lang_at + 1) if lang_at is not None else min(2, len(rest))
    body = rest[body_from:]
    if body and re.match(r"^(Copyright|©|\(c\))", body[0], re.I):
        body = body[1:]
    text = _paragraphs(body)
    if not text:
        raise ValueError("no article text")
    return ArchiveArticle(
        position, _squash(title), _squash(outlet), parse_date(date), _squash(author),
        _squash(section), parse_word_count(lines[wc_at]), language, text,
    )  # fmt: skip


#: Factiva's field tags and the columns they fill.
FACTIVA_TAGS = {"HD": "title", "BY": "author", "SN": "outlet", "SE": "section", "LA": "language"}


def split_factiva_tagged(lines: list[str]) -> ArchiveRead:
    """The articles of a Factiva export with indexing, given as its lines: each field
    a line starting with its tag (``HD|…|`` from an RTF table, ``HD<tab>…``), each
    article ending with its ``AN`` (accession number) field."""
    words = vocabulary()
    read = ArchiveRead("factiva-tagged")
    end = words["factiva_tagged_end"]
    _split_on_ends(read, lines, lambda line: bool(end.match(line)), _factiva_tagged_article)
    tag_line = words["factiva_tag_line"]
    headlines = sum(1 for line in lines if (m := tag_line.match(line)) and m["tag"] == "HD")
    if headlines != read.separators:
        msg = (
            f"the file has {headlines} headlines (HD) and {read.separators} accession "
            "numbers (AN): an article may have run into the next one"
        )
        read.problems.append(("warning", msg))
    return read


def _factiva_tagged_article(chunk: list[str], position: int) -> ArchiveArticle:
    tag_line = vocabulary()["factiva_tag_line"]
    fields: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in chunk:
        m = tag_line.match(line)
        if m:
            current = fields.setdefault(m["tag"], [])
            current.append(m["value"])
        elif current is not None:
            current.append(line.strip().removesuffix("|").strip())
    if "HD" not in fields and "TD" not in fields and "LP" not in fields:
        raise ValueError("no HD/LP/TD fields: not an article of this layout")
    found = {tag: [p for p in (_squash(v) for v in values) if p] for tag, values in fields.items()}
    return _factiva_fields_article(position, found)


def _factiva_fields_article(position: int, fields: dict[str, list[str]]) -> ArchiveArticle:
    """An article from Factiva's tagged fields (each the list of its paragraphs)."""
    values = {col: " ".join(fields[tag]) for tag, col in FACTIVA_TAGS.items() if fields.get(tag)}
    paragraphs = [*fields.get("LP", []), *fields.get("TD", [])]
    if not paragraphs:
        raise ValueError("no article text (no LP or TD)")
    return ArchiveArticle(
        position=position,
        title=_squash(values.get("title")),
        outlet=_squash(values.get("outlet")),
        published=parse_date(" ".join(fields.get("PD", []))),
        author=_squash(values.get("author")),
        section=_squash(values.get("section")),
        word_count=parse_word_count(" ".join(fields.get("WC", []))),
        language=_squash(values.get("language")),
        body="\n\n".join(paragraphs),
    )


def split_factiva_html(html: str) -> ArchiveRead:
    """The articles of a Factiva HTML export (one ``div.article`` each)."""
    import lxml.html

    read = ArchiveRead("factiva-html")
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        read.problems.append(("error", f"HTML cannot be parsed: {exc}"))
        return read
    for div in tree.xpath("//div[starts-with(@class, 'article')]"):
        read.separators += 1
        _add(read, [div], _factiva_html_article)  # type: ignore[list-item]
    return read


def _factiva_html_article(chunk: list, position: int) -> ArchiveArticle:
    div = chunk[0]
    cells: dict[str, Any] = {}
    for row in div.xpath(".//tr"):
        tds = row.xpath("./td")
        if len(tds) >= 2:
            tag = " ".join(tds[0].text_content().split())
            cells.setdefault(tag, tds[1])
    if "HD" not in cells and "TD" not in cells:
        raise ValueError(f"no HD/TD fields: {first_words(div.text_content())!r}")
    fields = {}
    for tag, cell in cells.items():
        found = [_squash(p.text_content()) for p in cell.xpath(".//p")]
        found = [p for p in found if p] or [_squash(cell.text_content())]
        fields[tag] = [p for p in found if p]
    return _factiva_fields_article(position, fields)


# --- reading a file ----------------------------------------------------------------------


def docx_lines(raw: bytes) -> list[str]:
    """The paragraphs of a .DOCX (body and tables, in order) via python-docx."""
    import io

    import docx

    document = docx.Document(io.BytesIO(raw))
    lines = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in block.iter(_W + "t")))
        elif tag == "tbl":
            for paragraph in block.iter(_W + "p"):
                lines.append("".join(t.text or "" for t in paragraph.iter(_W + "t")))
    return [line.replace("\u00a0", " ") for line in lines]


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def rtf_lines(raw: bytes) -> list[str]:
    """The lines of an .RTF via striprtf."""
    from striprtf.striprtf import rtf_to_text

    text = rtf_to_text(raw.decode("latin-1"), errors="ignore")
    return text.replace("\u00a0", " ").splitlines()


#: Which splitter reads lines of which layout, tried in this order; each tells its
#: layout by a line only its exports have.
TEXT_LAYOUTS: dict[str, tuple[Callable[[str], bool], Callable[[list[str]], ArchiveRead]]] = {
    "nexis-uni": (
        lambda line: line.strip() in vocabulary()["nexis_uni_end"],
        split_nexis_uni,
    ),
    "lexisnexis": (
        lambda line: any(p.match(line) for p in vocabulary()["lexisnexis_start"]),
        split_lexisnexis,
    ),
    "factiva-tagged": (
        lambda line: bool(vocabulary()["factiva_tagged_end"].match(line)),
        split_factiva_tagged,
    ),
    "factiva": (lambda line: bool(vocabulary()["factiva_end"].match(line)), split_factiva_text),
}


def split_lines(lines: list[str]) -> ArchiveRead:
    """The articles of an export given as lines, by the first layout whose marker
    line is present; a layout of None when none is."""
    for _name, (marks, split) in TEXT_LAYOUTS.items():
        if any(marks(line) for line in lines):
            return split(lines)
    return ArchiveRead(None)


def looks_like_factiva_html(text: str) -> bool:
    return (
        re.search(r"class=[\"']article", text) is not None
        and re.search(r"<b>\s*HD\s*(&nbsp;|\s)*</b>", text) is not None
    )


#: Bytes one of which the head of every text export holds (a cheap test before the line
#: patterns): the separators of data/archives.yml, case and all.
_MARKER_BYTES = (
    b"End of Document",
    b" DOCUMENT",
    b"Dokument",
    b"Document ",
    b"Fin du document",
    "Документ".encode(),
)


def sniff(head: bytes, suffix: str) -> bool:
    """Whether a .txt/.html file whose first bytes are ``head`` is an archive export."""
    html = suffix in (".html", ".htm")
    if not (b"HD" in head if html else any(m in head for m in _MARKER_BYTES)):
        return False  # (most single articles: no pattern needs trying)
    text = head.decode("utf-8", "ignore")
    if suffix in (".html", ".htm"):
        return looks_like_factiva_html(text)
    return split_lines_marker(text.splitlines())


def split_lines_marker(lines: list[str]) -> bool:
    return any(marks(line) for marks, _ in TEXT_LAYOUTS.values() for line in lines)


def is_archive(file: str | Path, rel: str) -> bool:
    """Whether ``file`` is read as an archive export: any .docx or .rtf, and a .txt or
    .html whose first :data:`SNIFF_BYTES` carry an export's marker."""
    suffix = Path(rel).suffix.lower()
    if suffix in ARCHIVE_SUFFIXES or suffix in PDF_SUFFIXES:
        return True
    if suffix not in MAYBE_ARCHIVE_SUFFIXES:
        return False
    try:
        with open(file, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError:
        return False
    return sniff(head, suffix)


def read_archive(raw: bytes, rel: str, decode: Callable[[bytes], tuple[str, str]]) -> ArchiveRead:
    """Every article of the export ``raw`` (named ``rel``), its separator count and its
    problems. ``decode`` turns the bytes of a text export into text."""
    suffix = Path(rel).suffix.lower()
    try:
        if suffix == ".docx":
            read = split_lines(docx_lines(raw))
        elif suffix == ".rtf":
            read = split_lines(rtf_lines(raw))
        elif suffix in (".html", ".htm"):
            read = split_factiva_html(decode(raw)[0])
        elif suffix in PDF_SUFFIXES:
            read = _read_pdf(raw)
        else:
            read = split_lines(decode(raw)[0].splitlines())
    except Exception as exc:  # a damaged file: python-docx, zip, lxml, pdfminer raise their own
        what = "PDF" if suffix in PDF_SUFFIXES else "export"
        return ArchiveRead(None, problems=[("error", f"{what} cannot be read: {exc!r}")])
    if read.single is not None or read.problems and suffix in PDF_SUFFIXES:
        return read
    if read.layout is None:
        msg = (
            "archive export of unknown layout: no article separator ('End of Document', "
            "'N of M DOCUMENTS', 'Document <accession number>', 'AN Document <accession "
            "number>') found; nothing read"
        )
        read.problems.append(("error", msg))
    elif not read.articles and not read.problems:
        read.problems.append(("error", f"{read.layout} export without any article"))
    lost = read.separators - len(read.articles)
    unexplained = lost - sum(1 for s, m in read.problems if m.startswith("article "))
    if unexplained > 0:  # a guard: every separator is an article or a named problem
        msg = f"{unexplained} of {read.separators} articles not read, for no known reason"
        read.problems.append(("error", msg))
    return read


def _read_pdf(raw: bytes) -> ArchiveRead:
    """A PDF as an export (its paragraphs hold an export's separators) or as the one
    article of a printed page."""
    from .pdftext import pdf_text

    text = pdf_text(raw)
    read = split_lines(text.paragraphs)
    if read.layout is not None:
        return read
    if not text.paragraphs:
        msg = (
            f"PDF without text ({text.pages} page{'s' * (text.pages != 1)}, no text layer: "
            "a scanned page?); "
            "nothing read: run OCR on it first"
        )
        read.problems.append(("error", msg))
        return read
    read.single, read.url = text.paragraphs, text.url
    return read


def _printed_page(raw: bytes, rel: str, stem: str, read: ArchiveRead, row: dict) -> Any:
    """The document of a PDF that is one article (``read.single``), with the address
    printed below its pages as url, its domain as outlet, and a date line among its
    first paragraphs (a short one, in any language :func:`parse_date` reads) as its
    date, unless ``row`` (its metadata.csv row) says otherwise."""
    import courlan

    paragraphs = read.single or []
    meta = dict(row)
    meta["url"] = meta.get("url") or read.url
    if meta["url"] and not meta.get("outlet"):
        meta["outlet"] = courlan.extract_domain(meta["url"]) or None
    if not meta.get("published"):  # a date line near the top, in any language of the exports
        dates = (parse_date(p) for p in paragraphs[:4] if len(p.split()) <= 6)
        meta["published"] = next((d for d in dates if d), None)
    body = normalize_text("\n\n".join(paragraphs)).encode("utf-8", "surrogatepass")
    return Document(stem, rel, hashlib.sha256(raw).hexdigest(), "pdf", "pdf", body, meta)


# --- articles as documents ---------------------------------------------------------------

#: An export larger than this is refused (a 500-article download is a few MB).
ARCHIVE_MAX_BYTES = 200_000_000
#: The columns of ``articles`` an export fills beyond the metadata.
SOURCE_COLUMNS = ("source_file", "source_position", "section", "word_count")


def archive_documents(
    file: str | Path,
    rel: str,
    stem: str,
    metadata: dict[str, dict[str, str | None]],
) -> tuple[list, list]:
    """The documents (one per article) and problems of the export ``file``, named
    ``rel`` below the corpus root; ``stem`` is the id its file would have.

    Each article's id is ``<stem>#<hash>`` and its path ``<rel>#<hash>``, the hash
    being that of the article's fields and text (:meth:`ArchiveArticle.digest`), so
    that a download of the same export, or one with more articles in it, gives the
    same ids. Its metadata is the export's fields, overridden by the non-empty cells
    of a ``metadata.csv`` row naming the export file, then of one naming the article
    path. The position in the export is kept in ``source_position``.
    """
    try:
        size = Path(file).stat().st_size
        if size > ARCHIVE_MAX_BYTES:
            msg = f"export is too large ({size:,} bytes > {ARCHIVE_MAX_BYTES:,}); skipped"
            return [], [Problem(rel, "error", msg)]
        raw = Path(file).read_bytes()
    except OSError as exc:
        return [], [Problem(rel, "error", f"cannot read file: {exc}")]
    read = read_archive(raw, rel, decode)
    problems = [Problem(rel, severity, message) for severity, message in read.problems]
    if read.single is not None:  # a printed page: one article, read as a .txt would be
        return [_printed_page(raw, rel, stem, read, metadata.get(rel) or {})], problems
    suffix = Path(rel).suffix.lower().lstrip(".")
    encoding = {"docx": "utf-8", "rtf": "rtf", "pdf": "pdf"}.get(suffix) or decode(raw)[1]
    documents = []
    for article in read.articles:
        digest = article.digest()
        path = f"{rel}#{digest[:12]}"
        meta = {
            "outlet": article.outlet,
            "url": None,
            "published": article.published,
            "title": article.title,
            "author": article.author,
        }
        for row in (metadata.get(rel) or {}, metadata.get(path) or {}):
            meta.update({k: v for k, v in row.items() if v and k in meta})
        body = normalize_text(article.body).encode("utf-8", "surrogatepass")
        fields = {
            "source_file": rel,
            "source_position": article.position,
            "section": article.section,
            "word_count": article.word_count,
        }
        documents.append(
            Document(
                f"{stem}#{digest[:12]}",
                path,
                digest,
                f"{read.layout}-{suffix}",
                encoding,
                body,
                meta,
                None,
                True,
                fields,
            )  # fmt: skip
        )
    return documents, problems
