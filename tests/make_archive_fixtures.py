"""Fixture news-archive exports, written field by field in the vendors' layouts.

No real export can be committed, so the tests write their own, following the layouts
as the vendors ship them and as the R readers parse them (LexisNexisTools'
``lnt_read``, tm.plugin.lexisnexis, tm.plugin.factiva):

* Nexis Uni ``.DOCX``: cover page (``Date and Time:``, ``Job Number:``,
  ``Documents (N)``, the numbered headlines, ``Search Terms:``), then per article:
  headline, publication, date line, copyright, ``Section:``, ``Length: N words``,
  ``Byline:`` (labels followed by a no-break space), ``Body``, the paragraphs,
  ``Classification``, ``Language:``, ``Load-Date:``, ``End of Document``, page break;
* LexisNexis ``.TXT`` / ``.RTF``: cover (``Download Request:``, ``Terms:``), then
  per article ``N of M DOCUMENTS`` (centred), publication, date line, headline,
  ``BYLINE:``, ``SECTION:``, ``LENGTH:``, the text hard-wrapped at 78 columns,
  ``LOAD-DATE:``, ``LANGUAGE:``, ``PUBLICATION-TYPE:``, copyright;
* Factiva ``.RTF`` (article format): headline (bold), byline, ``N words``, date, time,
  source, source code, language, copyright, the paragraphs,
  ``Document <accession number>``; Factiva ``.HTML`` (with indexing): one
  ``div.article enArticle`` per article with a table of tagged rows (``HD``, ``BY``,
  ``WC``, ``PD``, ``SN``, ``SC``, ``SE``, ``LA``, ``CY``, ``LP``, ``TD``, ``AN``).

* PDF: a web page printed by a browser (print time and page title above, address and
  ``page/pages`` below every page), and a Nexis Uni export saved as PDF (``Page N of
  M`` below every page), written with fpdf2.

Run ``python tests/make_archive_fixtures.py OUT`` to write one export of each kind
and a printed page.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import html
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

MONTHS = {
    "en": list(calendar.month_name)[1:],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
}
WEEKDAYS = list(calendar.day_name)
LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "ru": "Russian"}


@dataclass
class Article:
    title: str
    outlet: str
    date: dt.date
    paragraphs: list[str]
    author: str | None = "Anna Petrosyan"
    section: str | None = "World"
    language: str = "en"
    blank_lines_inside: bool = False  # two empty lines between two paragraphs
    extra: dict = field(default_factory=dict)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    def body_lines(self) -> list[str]:
        """The paragraphs as lines; with two empty lines in the middle if asked."""
        lines = []
        for i, paragraph in enumerate(self.paragraphs):
            lines.append(paragraph)
            if self.blank_lines_inside and i == 0:
                lines += ["", ""]
        return lines


def date_text(date: dt.date, language: str, style: str = "lexis") -> str:
    """The date line in the export's language."""
    month = MONTHS[language][date.month - 1]
    if language == "en":
        if style == "lexis":
            return f"{month} {date.day}, {date.year} {WEEKDAYS[date.weekday()]}"
        return f"{date.day} {month} {date.year}"
    if language == "de":
        return f"{date.day}. {month} {date.year}"
    if language == "ru":
        return f"{date.day} {month} {date.year} г."
    return f"{date.day} {month} {date.year}"


def sample_articles(n: int, start: int = 0, language: str = "en") -> list[Article]:
    """``n`` distinct articles on the field's subject, deterministic."""
    out = []
    for i in range(start, start + n):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=i % 700)
        out.append(
            Article(
                title=f"Armenia and the CSTO: meeting number {i}",
                outlet=["The Moscow Times", "Asbarez", "Reuters", "Eurasianet"][i % 4],
                date=day,
                paragraphs=[
                    f"YEREVAN - Officials met for the {i}th time on Thursday to discuss "
                    "the future of the alliance and its obligations.",
                    f"Prime Minister Nikol Pashinyan said the talks (round {i}) were "
                    '"difficult but necessary" for the security of Armenia.',
                    "The Collective Security Treaty Organization did not comment on the "
                    "outcome of the meeting, which lasted three hours.",
                ],
                author=None if i % 5 == 4 else f"Reporter {i}",
                section=["World", "Politics", "News; Pg. 3"][i % 3],
                language=language,
            )
        )
    return out


# --- Nexis Uni .DOCX ----------------------------------------------------------------------

NBSP = "\u00a0"


def nexis_uni_lines(articles: list[Article], cover: bool = True) -> list[str | None]:
    """The paragraphs of a Nexis Uni export; None stands for a page break."""
    lines: list[str | None] = []
    if cover:
        lines += [
            "Date and Time: Monday, March 13, 2023 10:12:00 AM EET",
            "Job Number: 190453211",
            f"Documents ({len(articles)})",
        ]
        lines += [f"{i}. {a.title}" for i, a in enumerate(articles, start=1)]
        lines += [
            "Client/Matter: -None-",
            "Search Terms: CSTO AND Armenia",
            "Search Type: NaturalAndBoolean",
            "Content Type | Narrowed by",
            "news | Timeline: Jan 01, 2022 to Dec 31, 2023",
            "",
            "",
            None,
        ]
    for a in articles:
        lines += [a.title, a.outlet, date_text(a.date, a.language)]
        lines.append(f"Copyright {a.date.year} {a.outlet} All Rights Reserved")
        if a.section:
            lines.append(f"Section:{NBSP}{a.section}")
        lines.append(f"Length:{NBSP}{a.words} words")
        if a.author:
            lines.append(f"Byline:{NBSP}{a.author}")
        lines += ["Body", *a.body_lines(), "Classification"]
        lines.append(f"Language:{NBSP}{LANGUAGE_NAMES[a.language].upper()}")
        lines.append(f"Publication-Type:{NBSP}Newspaper")
        lines.append(f"Load-Date:{NBSP}{date_text(a.date, 'en')}")
        lines += ["", "End of Document", None]
    return lines


def write_docx(path: Path, lines: list[str | None]) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        if line is None:
            document.add_page_break()
        else:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def nexis_uni_docx(path: Path, articles: list[Article], cover: bool = True) -> Path:
    return write_docx(path, nexis_uni_lines(articles, cover))


# --- LexisNexis .TXT / .RTF ----------------------------------------------------------------


def lexisnexis_lines(articles: list[Article], cover: bool = True) -> list[str]:
    lines = ["", "", ""]
    if cover:
        lines += [
            f"Download Request: Selected Items: 1-{len(articles)}",
            "Time Of Request: Monday, March 13, 2023  16:51:31",
            "",
            "Terms: (CSTO and Armenia)",
            "",
            "Source: Combined Sources",
            "Project ID: None",
            "",
            "",
        ]
    total = len(articles)
    for i, a in enumerate(articles, start=1):
        lines += [f"{i} of {total} DOCUMENTS".center(78).rstrip(), "", ""]
        lines += [a.outlet.center(78).rstrip(), ""]
        lines += [date_text(a.date, a.language).center(78).rstrip(), ""]
        lines += [a.title, ""]
        if a.author:
            lines += [f"BYLINE: {a.author}", ""]
        if a.section:
            lines += [f"SECTION: {a.section}", ""]
        lines += [f"LENGTH: {a.words} words", ""]
        for j, paragraph in enumerate(a.paragraphs):
            lines += textwrap.wrap(paragraph, 78) + [""]
            if a.blank_lines_inside and j == 0:
                lines += [""]
        lines += [f"LOAD-DATE: {date_text(a.date, 'en')}", ""]
        lines += [f"LANGUAGE: {LANGUAGE_NAMES[a.language].upper()}", ""]
        lines += ["PUBLICATION-TYPE: Newspaper", "", ""]
        lines += [f"Copyright {a.date.year} {a.outlet}".center(78).rstrip()]
        lines += ["All Rights Reserved".center(78).rstrip(), ""]
    return lines


def lexisnexis_txt(path: Path, articles: list[Article], cover: bool = True) -> Path:
    path.write_text("\r\n".join(lexisnexis_lines(articles, cover)) + "\r\n", encoding="utf-8")
    return path


def rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            code = ord(ch)
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path: Path, lines: list[str], bold: set[int] = frozenset()) -> Path:
    """An RTF file with one paragraph per line (the lines at ``bold`` in bold)."""
    body = []
    for i, line in enumerate(lines):
        text = rtf_escape(line)
        body.append(("{\\b " + text + "}" if i in bold else text) + "\\par")
    head = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs22\n"
    path.write_bytes((head + "\n".join(body) + "\n}").encode("ascii"))
    return path


def lexisnexis_rtf(path: Path, articles: list[Article], cover: bool = True) -> Path:
    return write_rtf(path, [line.strip() for line in lexisnexis_lines(articles, cover)])


# --- Factiva .RTF / .HTML --------------------------------------------------------------------


def accession(a: Article, i: int) -> str:
    code = hashlib.sha1(f"{a.title}{i}".encode()).hexdigest()[:8]
    return f"{_source_code(a)}0000{a.date:%Y%m%d}e{code}"


def _source_code(a: Article) -> str:
    return "".join(w[0] for w in a.outlet.split()).upper().ljust(4, "X")[:4]


def factiva_lines(articles: list[Article]) -> tuple[list[str], set[int]]:
    """The paragraphs of a Factiva article-format export and those in bold."""
    lines, bold = [], set()
    for i, a in enumerate(articles):
        if a.section:
            lines.append(a.section)
        bold.add(len(lines))
        lines.append(a.title)
        if a.author:
            lines.append(f"By {a.author}")
        lines.append(f"{a.words:,} words")
        lines += [date_text(a.date, a.language, style="factiva"), "09:12"]
        lines += [a.outlet, _source_code(a), LANGUAGE_NAMES[a.language]]
        lines.append(f"(c) {a.date.year} {a.outlet}. All Rights Reserved.")
        lines += a.body_lines()
        lines += ["", f"Document {accession(a, i)}", ""]
    return lines, bold


def factiva_rtf(path: Path, articles: list[Article]) -> Path:
    lines, bold = factiva_lines(articles)
    return write_rtf(path, lines, bold)


def factiva_tagged_rows(a: Article, i: int) -> list[tuple[str, list[str]]]:
    """The tagged fields of one article of Factiva's "Full Article/Report plus
    Indexing" display, in Factiva's order; each value as its paragraphs."""
    rows: list[tuple[str, list[str]]] = []
    if a.section:
        rows.append(("SE", [a.section]))
    rows.append(("HD", [a.title]))
    if a.author:
        rows.append(("BY", [a.author]))
    rows += [("WC", [f"{a.words:,} words"]), ("PD", [date_text(a.date, a.language, "factiva")])]
    rows += [("ET", ["09:12"]), ("SN", [a.outlet]), ("SC", [_source_code(a)])]
    rows += [("LA", [LANGUAGE_NAMES[a.language]]), ("CY", [f"(c) {a.date.year} {a.outlet}"])]
    lead, *rest = a.body_lines() or [""]
    rows += [("LP", [lead]), ("TD", rest)]
    rows += [("CO", ["csto : Collective Security Treaty Organization"])]
    rows += [("NS", ["gpol : Domestic Politics | gcat : Political/General News"])]
    rows += [("RE", ["armen : Armenia | russ : Russia"]), ("IPD", ["Armenia ; CSTO"])]
    rows += [("PUB", [a.outlet]), ("AN", [f"Document {accession(a, i)}"])]
    return rows


def factiva_tagged_rtf(path: Path, articles: list[Article], table: bool = True) -> Path:
    """Factiva's RTF with indexing: per article a two-column table (the tag, right
    aligned, and its value; a value of several paragraphs keeps them in its cell),
    then a page break. ``table=False`` writes each field as one paragraph, the tag
    and the value separated by a tab (as a word processor re-saving it has it)."""
    head = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20\n"
    body = []
    for i, a in enumerate(articles):
        for tag, paragraphs in factiva_tagged_rows(a, i):
            value = "\\par ".join(rtf_escape(p) for p in paragraphs)
            if table:
                body.append(
                    "\\trowd\\cellx1000\\cellx9000\\intbl\\qr{\\b "
                    f"{tag}}}\\cell\\ql {value}\\cell\\row"
                )
            else:
                body.append(f"{{\\b {tag}}}\\tab {value}\\par")
        body.append("\\pard\\par\\page")
    path.write_bytes((head + "\n".join(body) + "\n}").encode("ascii"))
    return path


def factiva_html(path: Path, articles: list[Article]) -> Path:
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Factiva</title></head>",
        "<body><div id='headlines'>Search Summary: CSTO and Armenia</div>",
    ]
    for i, a in enumerate(articles):
        rows = [("HD", html.escape(a.title))]
        if a.author:
            rows.append(("BY", html.escape(a.author)))
        rows += [("WC", f"{a.words:,} words"), ("PD", date_text(a.date, a.language, "factiva"))]
        rows += [("ET", "09:12"), ("SN", html.escape(a.outlet)), ("SC", _source_code(a))]
        if a.section:
            rows.append(("SE", html.escape(a.section)))
        rows += [("LA", LANGUAGE_NAMES[a.language]), ("CY", f"(c) {a.date.year} {a.outlet}")]
        lead, *rest = a.paragraphs
        rows.append(
            ("LP", f"<p class='articleParagraph enarticleParagraph'>{html.escape(lead)}</p>")
        )
        text = "".join(
            f"<p class='articleParagraph enarticleParagraph'>{html.escape(p)}</p>" for p in rest
        )
        rows += [("TD", text), ("AN", f"Document {accession(a, i)}")]
        table = "".join(
            f"<tr><td class='index' align='right' valign='top'><b>{tag}</b>&nbsp;</td>"
            f"<td>{value}</td></tr>"
            for tag, value in rows
        )
        div = f"<div class='article {a.language}Article'><p></p>"
        parts.append(f"{div}<table border='0'>{table}</table></div>")
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


# --- PDF: a printed web page, and a Nexis Uni export saved as PDF ------------------------


def _pdf(header: tuple[str, str] | None, footer: tuple[str, str] | None):
    """An fpdf2 document (DejaVu Sans, from matplotlib, for any script) whose every page
    has ``header`` and ``footer`` (left and right text; ``{page}`` and ``{pages}``
    replaced), as a browser or an archive prints them."""
    import matplotlib
    from fpdf import FPDF

    class Printed(FPDF):
        def _line(self, left: str, right: str) -> None:
            self.set_font("dejavu", size=8)
            self.cell(0, 5, left.format(page=self.page_no(), pages="{nb}"), align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, right.format(page=self.page_no(), pages="{nb}"), align="R")
            self.set_font("dejavu", size=11)

        def header(self) -> None:
            if header:
                self._line(*header)
                self.ln(12)

        def footer(self) -> None:
            if footer:
                self.set_y(-12)
                self._line(*footer)

    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    pdf = Printed(format="A4")
    pdf.set_creation_date(dt.datetime(2023, 3, 13, tzinfo=dt.UTC))  # same bytes every run
    pdf.add_font("dejavu", fname=str(font))
    pdf.set_font("dejavu", size=11)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    return pdf


def _paragraph(pdf, text: str) -> None:
    """One paragraph, wrapped, with a gap below it."""
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def printed_page_pdf(
    path: Path, a: Article, url: str = "https://asbarez.com/armenia-csto-drills/"
) -> Path:
    """A web page printed to PDF by a browser: on every page the print time and the
    page's title above, its address and ``page/pages`` below; the article's headline,
    date and byline, then its paragraphs."""
    header = ("3/13/23, 10:12 AM", f"{a.title} – {a.outlet}")
    pdf = _pdf(header, (url, "{page}/{pages}"))
    for line in (a.title, date_text(a.date, a.language, "factiva")):
        _paragraph(pdf, line)
    if a.author:
        _paragraph(pdf, f"By {a.author}")
    for paragraph in a.paragraphs:
        _paragraph(pdf, paragraph)
    pdf.output(str(path))
    return path


def nexis_uni_pdf(path: Path, articles: list[Article], cover: bool = True) -> Path:
    """A Nexis Uni export downloaded as PDF: the lines of the .DOCX, a page for the
    cover and for each article, ``Page N of M`` below every page."""
    pdf = _pdf(None, ("", "Page {page} of {pages}"))
    lines = nexis_uni_lines(articles, cover)
    for line in lines[:-1]:  # (no page after the last article)
        if line is None:
            pdf.add_page()
        elif line:
            _paragraph(pdf, line)
    pdf.output(str(path))
    return path


WRITERS = {
    "nexis_uni.docx": nexis_uni_docx,
    "nexis_uni.pdf": nexis_uni_pdf,
    "lexisnexis.txt": lexisnexis_txt,
    "lexisnexis.rtf": lexisnexis_rtf,
    "factiva.rtf": factiva_rtf,
    "factiva_tagged.rtf": factiva_tagged_rtf,
    "factiva.html": factiva_html,
}


def main(out: str) -> None:
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    for name, write in WRITERS.items():
        write(folder / name, sample_articles(10))
    printed_page_pdf(folder / "printed_page.pdf", sample_articles(1, start=10)[0])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "archive_fixtures")
