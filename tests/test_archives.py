"""Archive exports (Nexis Uni, LexisNexis, Factiva) become one article each, nothing lost."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from make_archive_fixtures import (
    WRITERS,
    Article,
    date_text,
    factiva_rtf,
    factiva_tagged_rtf,
    lexisnexis_lines,
    lexisnexis_txt,
    nexis_uni_docx,
    nexis_uni_lines,
    nexis_uni_pdf,
    printed_page_pdf,
    sample_articles,
    write_docx,
)

import cscaucasus as cs
from cscaucasus import archives
from cscaucasus.analysis import articles_by_source
from cscaucasus.build import build
from cscaucasus.ingest import decode, read_documents


def read(path: Path) -> archives.ArchiveRead:
    return archives.read_archive(path.read_bytes(), path.name, decode)


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_every_layout_reads_every_article_with_its_fields(tmp_path: Path, name: str) -> None:
    articles = sample_articles(7)
    result = read(WRITERS[name](tmp_path / name, articles))
    assert result.problems == []
    assert result.separators == len(result.articles) == 7
    got = result.articles[4]
    want = articles[4]
    assert (got.position, got.title, got.outlet, got.published) == (
        5,
        want.title,
        want.outlet,
        want.date.isoformat(),
    )
    assert got.author is None  # article 4 of the sample has no byline
    assert result.articles[3].author == "Reporter 3"
    assert (got.section, got.word_count) == (want.section, want.words)
    assert got.body.split("\n\n") == want.paragraphs
    # the same article has the same hash whatever export it came in
    assert (
        got.digest()
        == read(WRITERS["factiva.html"](tmp_path / "f.html", articles)).articles[4].digest()
    )


@pytest.mark.parametrize("name", ["nexis_uni.docx", "nexis_uni.pdf", "lexisnexis.txt"])
def test_with_and_without_cover_page(tmp_path: Path, name: str) -> None:
    articles = sample_articles(3)
    write = WRITERS[name]
    with_cover = read(write(tmp_path / f"a_{name}", articles, cover=True))
    without = read(write(tmp_path / f"b_{name}", articles, cover=False))
    assert [a.title for a in with_cover.articles] == [a.title for a in articles]
    assert [a.digest() for a in without.articles] == [a.digest() for a in with_cover.articles]


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_two_empty_lines_inside_an_article_do_not_split_it(tmp_path: Path, name: str) -> None:
    articles = sample_articles(3)
    articles[1].blank_lines_inside = True
    result = read(WRITERS[name](tmp_path / name, articles))
    assert len(result.articles) == 3 and result.problems == []
    assert result.articles[1].body.split("\n\n") == articles[1].paragraphs
    assert result.articles[2].title == articles[2].title


@pytest.mark.parametrize("language", ["fr", "de", "ru"])
@pytest.mark.parametrize(
    "name",
    sorted(WRITERS),
)
def test_dates_in_the_exports_language(tmp_path: Path, name: str, language: str) -> None:
    articles = sample_articles(3, language=language)
    result = read(WRITERS[name](tmp_path / name, articles))
    assert [a.published for a in result.articles] == [a.date.isoformat() for a in articles]


def test_german_lexisnexis_separators(tmp_path: Path) -> None:
    articles = sample_articles(2, language="de")
    lines = lexisnexis_lines(articles)
    lines = [line.replace("1 of 2 DOCUMENTS", "Dokument 1 von 2") for line in lines]
    lines = [line.replace("2 of 2 DOCUMENTS", "Dokument 2 von 2") for line in lines]
    lines = [line.replace("BYLINE:", "AUTOR:").replace("LENGTH:", "LÄNGE:") for line in lines]
    path = tmp_path / "de.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = read(path)
    assert [a.published for a in result.articles] == [a.date.isoformat() for a in articles]
    assert [a.author for a in result.articles] == ["Reporter 0", "Reporter 1"]
    assert result.articles[0].word_count == articles[0].words


@pytest.mark.parametrize(
    "name", ["nexis_uni.docx", "lexisnexis.txt", "factiva.rtf", "factiva_tagged.rtf"]
)
def test_an_unreadable_article_is_named_by_position_and_first_words(
    tmp_path: Path, name: str
) -> None:
    articles = sample_articles(5)
    articles[2].paragraphs = []  # no text at all
    articles[2].title = "Empty shell of a story about Gyumri"
    result = read(WRITERS[name](tmp_path / name, articles))
    assert result.separators == 5 and len(result.articles) == 4
    [(severity, message)] = result.problems
    assert severity == "error" and message.startswith("article 3 (")
    assert "Empty shell" in message or "Gyumri" in message or "Asbarez" in message
    assert [a.position for a in result.articles] == [1, 2, 4, 5]


def test_factiva_tagged_fields_as_tab_separated_paragraphs(tmp_path: Path) -> None:
    """The indexing display re-saved by a word processor (tag, tab, value), as .rtf and
    as .txt: the same articles as from Factiva's own table."""
    articles = sample_articles(4)
    table = read(factiva_tagged_rtf(tmp_path / "table.rtf", articles))
    tabbed = read(factiva_tagged_rtf(tmp_path / "tabs.rtf", articles, table=False))
    assert tabbed.layout == "factiva-tagged" and tabbed.problems == []
    assert [a.digest() for a in tabbed.articles] == [a.digest() for a in table.articles]
    text = tmp_path / "tabs.txt"
    text.write_text("\n".join(archives.rtf_lines((tmp_path / "tabs.rtf").read_bytes())))
    assert archives.is_archive(text, "tabs.txt")
    assert [a.digest() for a in read(text).articles] == [a.digest() for a in table.articles]


def test_factiva_tagged_article_run_into_the_next_is_reported(tmp_path: Path) -> None:
    lines = archives.rtf_lines(
        factiva_tagged_rtf(tmp_path / "x.rtf", sample_articles(3)).read_bytes()
    )
    first_an = next(i for i, line in enumerate(lines) if line.startswith("AN|"))
    result = archives.split_lines(lines[:first_an] + lines[first_an + 1 :])
    assert result.separators == len(result.articles) == 2
    assert result.problems == [
        (
            "warning",
            "the file has 3 headlines (HD) and 2 accession numbers (AN): an article may "
            "have run into the next one",
        )
    ]


def test_a_lost_separator_is_reported_against_the_announced_total(tmp_path: Path) -> None:
    lines = nexis_uni_lines(sample_articles(4))
    lines.remove("End of Document")  # two articles run together
    result = read(write_docx(tmp_path / "x.docx", lines))
    assert any("announces 4 documents, the file has 3" in m for _, m in result.problems)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.docx", None),
        ("notes.rtf", b"{\\rtf1\\ansi Just some notes\\par on the meeting\\par}"),
        ("broken.docx", b"PK\x03\x04 not really a zip"),
        ("empty.rtf", b""),
    ],
)
def test_unknown_layout_is_an_error_not_a_crash_nor_a_quiet_zero(
    tmp_path: Path, name: str, content: bytes | None
) -> None:
    path = tmp_path / name
    if content is None:
        write_docx(path, ["Minutes of the meeting", "", "Nothing of an export here."])
    else:
        path.write_bytes(content)
    result = read(path)
    assert result.articles == []
    assert [s for s, _ in result.problems] == ["error"]


def test_ingest_gives_one_document_per_article_with_stable_ids(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    articles = sample_articles(4)
    nexis_uni_docx(raw / "nexis.docx", articles)
    (raw / "plain.txt").write_text("A plain article.\n\nIt has one sentence or two.\n")
    (raw / "metadata.csv").write_text("file,outlet\nnexis.docx,Overridden Outlet\n")
    documents, problems = read_documents(raw)
    assert problems == []
    exported = [d for d in documents if d.fields]
    assert len(exported) == 4 and len(documents) == 5
    assert all(
        d.article_id.startswith("nexis#") and d.path.startswith("nexis.docx#") for d in exported
    )
    assert [d.fields["source_position"] for d in exported] == [1, 2, 3, 4]
    assert {d.meta["outlet"] for d in exported} == {"Overridden Outlet"}
    assert exported[1].meta["title"] == articles[1].title
    # a fresh download of the same search (another cover page) keeps every id
    nexis_uni_docx(raw / "nexis.docx", articles, cover=False)
    again, _ = read_documents(raw)
    assert [d.article_id for d in again] == [d.article_id for d in documents]


def test_metadata_row_for_one_article_overrides_it_alone(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    nexis_uni_docx(raw / "nexis.docx", sample_articles(2))
    first = read_documents(raw)[0][0]
    (raw / "metadata.csv").write_text(f"file,url\n{first.path},https://example.org/a\n")
    documents, problems = read_documents(raw)
    assert problems == []
    assert [d.meta["url"] for d in documents] == ["https://example.org/a", None]


def test_the_same_article_in_two_exports_is_reported_once(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    nexis_uni_docx(raw / "a_nexis.docx", sample_articles(3))
    factiva_rtf(raw / "b_factiva.rtf", sample_articles(2, start=2))  # article 2 again
    documents, problems = read_documents(raw)
    assert len(documents) == 4
    [duplicate] = problems
    assert duplicate.path.startswith("b_factiva.rtf#")
    assert "duplicate of a_nexis.docx#" in duplicate.message


def test_corpus_articles_carry_the_exports_fields(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    articles = sample_articles(3)
    lexisnexis_txt(raw / "ln.txt", articles)
    corpus = cs.load_corpus(raw, jobs=1)
    table = corpus.articles
    assert table.source_file.tolist() == ["ln.txt"] * 3
    assert table.source_position.tolist() == [1, 2, 3]
    assert table.word_count.tolist() == [a.words for a in articles]
    assert table.section.tolist() == [a.section for a in articles]
    assert table.published.dt.date.tolist() == [a.date for a in articles]
    assert table.format.tolist() == ["lexisnexis-txt"] * 3
    assert table.title.tolist() == [a.title for a in articles]
    assert (corpus.statements.article_id.isin(table.article_id)).all()
    assert len(corpus.statements) >= 3  # Pashinyan is quoted in each


def test_incremental_build_after_a_new_download(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(cs.ingest, "RACY_NS", 0)
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    articles = sample_articles(12)
    nexis_uni_docx(raw / "nexis.docx", articles)
    first = build(raw, out, jobs=1, articles_per_part=4)
    assert first.rows["articles"] == 12 and first.reused == 0
    # the same export downloaded again (no cover page this time): nothing changes
    nexis_uni_docx(raw / "nexis.docx", articles, cover=False)
    again = build(raw, out, jobs=1, articles_per_part=4)
    assert again.reused == 12 and again.rewritten == 0
    # a later download with one more article at its end: only that one is new
    articles.append(sample_articles(1, start=99)[0])
    nexis_uni_docx(raw / "nexis.docx", articles)
    update = build(raw, out, jobs=1, articles_per_part=4)
    assert update.rows["articles"] == 13 and update.reused == 12
    assert_same_as_full_build(raw, out, tmp_path / "full")
    # one more in the middle: it is new, and the articles after it have a new
    # source_position (their ids stay), so their rows are made again
    articles.insert(5, sample_articles(1, start=100)[0])
    nexis_uni_docx(raw / "nexis.docx", articles)
    update = build(raw, out, jobs=1, articles_per_part=4)
    assert update.rows["articles"] == 14 and update.reused == 5
    assert_same_as_full_build(raw, out, tmp_path / "full")


def assert_same_as_full_build(raw: Path, out: Path, full: Path) -> None:
    shutil.rmtree(full, ignore_errors=True)
    build(raw, full, jobs=1, articles_per_part=4, use_cache=False)
    files = sorted(
        p.relative_to(full)
        for p in full.rglob("*.parquet")
        if p.is_file() and ".cache" not in p.parts
    )
    assert files == sorted(
        p.relative_to(out)
        for p in out.rglob("*.parquet")
        if p.is_file() and ".cache" not in p.parts
    )
    for path in files:
        assert (out / path).read_bytes() == (full / path).read_bytes(), path


@settings(max_examples=60, deadline=None)
@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.sampled_from(["en", "fr", "de", "ru"]),
    st.sampled_from(["lexis", "factiva"]),
)
def test_parse_date_reads_every_export_date(date: dt.date, language: str, style: str) -> None:
    assert archives.parse_date(date_text(date, language, style)) == date.isoformat()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(
    ["End of Document", "1 of 3 DOCUMENTS", "Body", "Length: 12 words", "", "Byline: X",
     "Document ABCDEF0123456789", "12 words", "5 May 2022", "Some text of an article.",
     "AN|Document ABCDEF0123456789|", "HD|A headline|", "TD|Text.|", "LP\tLead."]
), max_size=40))  # fmt: skip
def test_any_arrangement_of_layout_lines_is_read_or_reported(lines: list[str]) -> None:
    result = archives.split_lines(lines)
    if result.layout is not None:
        named = [m for s, m in result.problems if m.startswith("article ")]
        assert len(result.articles) + len(named) == result.separators


def test_fixture_script_writes_one_export_of_each_kind(tmp_path: Path) -> None:
    from make_archive_fixtures import main

    main(str(tmp_path))
    documents, problems = read_documents(tmp_path)
    assert len(documents) == 11  # the same ten articles in seven exports, a printed page
    assert [d.format for d in documents].count("pdf") == 1
    assert len(problems) == 60 and {p.severity for p in problems} == {"warning"}


def test_an_article_without_date_still_loads(tmp_path: Path) -> None:
    article = Article("No date here", "Asbarez", dt.date(2022, 5, 1), ["Some text of it."])
    lines = nexis_uni_lines([article], cover=False)
    lines[2] = "Undated"
    result = read(write_docx(tmp_path / "x.docx", lines))
    assert len(result.articles) == 1 and result.articles[0].published is None


def test_articles_by_source_counts_every_export_and_its_losses(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "site").mkdir(parents=True)
    articles = sample_articles(4)
    articles[1].paragraphs = []  # not readable
    nexis_uni_docx(raw / "a.docx", articles)
    factiva_rtf(raw / "b.rtf", sample_articles(2, start=3))  # article 3 again, and a new one
    write_docx(raw / "notes.docx", ["Minutes of a meeting"])
    (raw / "site" / "x.txt").write_text("A plain article.\n\nIt has one sentence or two.\n")
    corpus = cs.load_corpus(raw, jobs=1)
    table = articles_by_source(corpus.articles, corpus.problems)
    assert table[
        ["source", "kind", "format", "articles", "errors", "warnings"]
    ].values.tolist() == [
        ["a.docx", "export", "nexis-uni-docx", 3, 1, 0],
        ["b.rtf", "export", "factiva-rtf", 1, 0, 1],
        ["notes.docx", "export", "", 0, 1, 0],
        ["site", "folder", "txt", 1, 0, 0],
    ]


def test_a_plain_article_mentioning_documents_is_not_an_export(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text(
        "Document of the week\n\nThe Document 7 of 12 DOCUMENTS was signed at the end of "
        "Document talks.\n\nEnd of Document talks, said the minister.\n"
    )
    assert not archives.is_archive(plain, "plain.txt")
    export = lexisnexis_txt(tmp_path / "ln.txt", sample_articles(1))
    assert archives.is_archive(export, "ln.txt")


@pytest.mark.parametrize("language", ["en", "fr", "de", "ru"])
def test_a_printed_page_pdf_is_one_article_without_its_page_furniture(
    tmp_path: Path, language: str
) -> None:
    article = sample_articles(1, language=language)[0]
    # two pages, the long paragraph cut by the page break
    long = " ".join(article.paragraphs * 3)
    article.paragraphs = [*article.paragraphs * 4, long, *article.paragraphs]
    url = "https://asbarez.com/armenia-csto-drills/"
    raw = tmp_path / "raw"
    raw.mkdir()
    printed_page_pdf(raw / "printed.pdf", article, url)
    [doc], problems = read_documents(raw)
    assert problems == []
    assert (doc.article_id, doc.path, doc.format) == ("printed", "printed.pdf", "pdf")
    assert (doc.meta["url"], doc.meta["outlet"]) == (url, "asbarez.com")
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[:3] == [
        article.title,
        date_text(article.date, language, "factiva"),
        "By Reporter 0",
    ]
    assert doc.meta["published"] == article.date.isoformat()  # in the page's language
    assert paragraphs[3:] == article.paragraphs  # the cut one whole again, nothing added
    # a build reads it as a .txt: headline, date and byline from its first lines
    corpus = cs.load_corpus(raw, jobs=1)
    [row] = corpus.articles.to_dict("records")
    assert (row["title"], row["published"].date(), row["url"]) == (article.title, article.date, url)
    # read again from the file when the scan kept no text
    doc.body = None
    assert cs.ingest.load_text(raw, doc).text.split("\n\n") == paragraphs


def test_a_nexis_uni_export_saved_as_pdf_is_read_as_the_export(tmp_path: Path) -> None:
    articles = sample_articles(4)
    articles[1].paragraphs = articles[1].paragraphs * 8  # an article over two pages
    result = read(nexis_uni_pdf(tmp_path / "nexis.pdf", articles))
    assert (result.layout, result.separators, result.problems) == ("nexis-uni", 4, [])
    docx = read(nexis_uni_docx(tmp_path / "nexis.docx", articles))
    assert [a.digest() for a in result.articles] == [a.digest() for a in docx.articles]
    assert not any("Page " in a.body for a in result.articles)
    documents, _ = read_documents(tmp_path)
    assert {d.format for d in documents} == {"nexis-uni-docx"}  # the PDF's are duplicates


def test_a_pdf_without_text_or_damaged_is_an_error_row(tmp_path: Path) -> None:
    from fpdf import FPDF

    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 170, 250, style="F")  # an image of a page, no text layer
    scan.output(str(tmp_path / "scan.pdf"))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a PDF")
    (tmp_path / "ok.txt").write_text("A plain article.\n\nIt has one sentence or two.\n")
    documents, problems = read_documents(tmp_path)
    assert [d.path for d in documents] == ["ok.txt"]
    assert [(p.path, p.severity) for p in problems] == [
        ("broken.pdf", "error"),
        ("scan.pdf", "error"),
    ]
    assert problems[0].message.startswith("PDF cannot be read")
    assert problems[1].message.startswith("PDF without text (1 page, no text layer")


_WORDS = st.lists(
    st.sampled_from(["CSTO", "Armenia", "talks", "said", "the", "allies"]), min_size=1
)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.lists(_WORDS.map(lambda w: " ".join(w).capitalize() + "."), min_size=1, max_size=5),
        min_size=1,
        max_size=4,
    ),
    st.sampled_from(["3/13/23, 10:12 AM", "Page 1 of 3", "https://asbarez.com/a/ 1/3", "2"]),
)
def test_pdf_paragraphs_keep_the_text_and_drop_the_furniture(
    pages: list[list[str]], furniture: str
) -> None:
    from cscaucasus.pdftext import Box, paragraphs

    laid_out = []
    for texts in pages:
        boxes = [Box(furniture, 0.02, 0.04, 8.0)]  # above the text, set smaller
        boxes += [Box(t, 0.1 + 0.1 * i, 0.15 + 0.1 * i, 11.0) for i, t in enumerate(texts)]
        boxes.append(Box("Asbarez", 0.96, 0.98, 11.0))  # the same line below every page
        laid_out.append(boxes)
    result = paragraphs(laid_out)
    body = [t for texts in pages for t in texts]
    expected = body + (["Asbarez"] if len(pages) == 1 else [])  # (one page: no repetition)
    assert result.paragraphs == expected
    assert result.url == ("https://asbarez.com/a/" if furniture.startswith("http") else None)
