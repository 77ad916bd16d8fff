"""HTML ingestion: trafilatura extracts body and metadata from a saved page."""

from __future__ import annotations

from pathlib import Path

import cscaucasus as cs

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Zatulin barred from entering Armenia | Example Caucasus News</title>
<meta property="og:title" content="Zatulin barred from entering Armenia">
<meta name="author" content="Ani Petrosyan">
<meta property="article:published_time" content="2022-10-20T08:30:00+04:00">
<link rel="canonical" href="https://news.example.am/en/2022/10/20/zatulin-barred">
</head><body>
<nav><a href="/">Home</a> | <a href="/politics">Politics</a> |
<a href="/subscribe">Subscribe</a></nav>
<article>
<h1>Zatulin barred from entering Armenia</h1>
<p class="byline">By Ani Petrosyan</p>
<p>Russian lawmaker Konstantin Zatulin said on Thursday that he had been banned from entering
Armenia, a move that could strain relations between Yerevan and Moscow.</p>
<p>“This is an unfriendly step,” Zatulin told TASS. “We will demand an explanation.”</p>
<p>Armenia’s National Security Service declined to comment on the report, the agency said.</p>
<div class="share">Share on Facebook | Twitter | Telegram</div>
</article>
<aside><h3>Related</h3><ul><li><a href="/a">Pashinyan meets Putin in Sochi</a></li></ul></aside>
<footer><p>© 2022 Example Caucasus News. All rights reserved.</p></footer>
</body></html>
"""


def test_html_page_is_extracted_with_metadata(tmp_path: Path) -> None:
    (tmp_path / "zatulin.html").write_text(PAGE, encoding="utf-8")
    corpus = cs.load_corpus(tmp_path)
    assert corpus.problems.empty, corpus.problems
    art = corpus.articles.iloc[0]
    assert art.article_id == "zatulin" and art.format == "html"
    assert art.title == "Zatulin barred from entering Armenia"
    assert art.author == "Ani Petrosyan"
    assert art.url == "https://news.example.am/en/2022/10/20/zatulin-barred"
    assert str(art.published.date()) == "2022-10-20"
    assert art.published_source == "metadata"
    paragraphs = art.text.split("\n\n")
    assert paragraphs[0].startswith("Russian lawmaker Konstantin Zatulin said on Thursday")
    assert (
        paragraphs[1]
        == "“This is an unfriendly step,” Zatulin told TASS. “We will demand an explanation.”"
    )
    assert paragraphs[2].startswith("Armenia’s National Security Service declined")
    assert len(paragraphs) == 3
    for junk in ("Share on", "Subscribe", "All rights reserved", "Pashinyan meets Putin"):
        assert junk not in art.text
    removed = " ".join(corpus.boilerplate.raw_text)
    assert "Pashinyan meets Putin in Sochi" in removed and "Share on Facebook" in removed


def test_metadata_csv_overrides_the_page(tmp_path: Path) -> None:
    (tmp_path / "zatulin.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "file,outlet,published\nzatulin.html,CivilNet,2022-10-21\n", encoding="utf-8"
    )
    art = cs.load_corpus(tmp_path).articles.iloc[0]
    assert art.outlet == "CivilNet" and str(art.published.date()) == "2022-10-21"
    assert art.author == "Ani Petrosyan"


def test_page_without_article_text_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>", "utf-8")
    (tmp_path / "ok.txt").write_text(
        "The CSTO met in Yerevan on Monday, officials said.\n", "utf-8"
    )
    corpus = cs.load_corpus(tmp_path)
    assert len(corpus.articles) == 2
    row = corpus.problems.iloc[0]
    assert row.path.endswith("empty.html") and "no article text" in row.message
