"""Ingest: every kind of bad input becomes one problem row; the rest still loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import cscaucasus as cs

ARTICLE = (
    "Armenia asks allies for help\n\n"
    "Armenian Prime Minister Nikol Pashinyan said on Tuesday that Armenia would ask "
    "the CSTO for assistance after the attack on its border.\n\n"
    "The alliance has not yet answered the request, officials in Yerevan said.\n"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def only_problem(corpus: cs.Corpus, name: str, stages: tuple[str, ...] = ("ingest", "clean")):
    """The one problem of file ``name`` raised while reading and cleaning it.

    Later stages may add their own warnings (the chronology flags relative dates
    in an undated article); they are tested where they arise.
    """
    problems = corpus.problems
    rows = problems[problems.path.str.endswith(name) & problems.stage.isin(stages)]
    assert len(rows) == 1, corpus.problems.to_string()
    return rows.iloc[0]


def test_seed_corpus_loads_cleanly(seed_corpus: cs.Corpus) -> None:
    arts = seed_corpus.articles
    assert len(arts) == 5
    assert seed_corpus.problems.empty
    assert arts.title.notna().all() and arts.outlet.notna().all()
    assert (arts.published_source == "metadata").all()
    assert list(arts.outlet) == [
        "Asbarez",
        "kaos.gr",
        "Caucasus Watch",
        "Horizon Weekly",
        "CivilNet",
    ]
    assert str(arts.set_index("article_id").published["004_2104853c8d861992"].date()) == (
        "2022-10-27"
    )


def test_article_ids_come_from_file_names(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", ARTICLE)
    write(tmp_path, "sub/a.txt", ARTICLE.replace("Tuesday", "Monday"))
    write(tmp_path, "x.txt", ARTICLE.replace("Tuesday", "Friday"))
    write(
        tmp_path,
        "x.html",
        "<html><body><p>" + ARTICLE.replace("Tuesday", "Sunday") + "</p></body></html>",
    )
    ids = list(cs.load_corpus(tmp_path).articles.article_id)
    assert ids == ["b", "sub/a", "x.html", "x.txt"]


def test_file_without_metadata_row_loads(tmp_path: Path) -> None:
    write(tmp_path, "metadata.csv", "file,outlet,url,published,title,author\n")
    write(tmp_path, "a.txt", ARTICLE)
    corpus = cs.load_corpus(tmp_path)
    row = corpus.articles.iloc[0]
    assert row.title == "Armenia asks allies for help"  # headline found in the text
    assert row.published_source == "unknown" and str(row.published) == "NaT"
    # Nothing is wrong with the file; only its "on Tuesday" cannot be dated.
    problem = only_problem(corpus, "a.txt", stages=("ingest", "clean", "chronology"))
    assert problem.stage == "chronology" and "publication date unknown" in problem.message


@pytest.mark.parametrize(
    ("name", "content", "severity", "fragment"),
    [
        ("empty.txt", b"", "error", "empty file"),
        ("blank.txt", b"  \n\n \t\n", "error", "empty file"),
        ("binary.txt", bytes(range(256)) * 4, "error", "binary file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 50, "error", "binary"),
    ],
)
def test_unreadable_files_are_skipped_with_a_problem(
    tmp_path: Path, name: str, content: bytes, severity: str, fragment: str
) -> None:
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, name, content)
    corpus = cs.load_corpus(tmp_path)
    assert list(corpus.articles.article_id) == ["good"]
    problem = only_problem(corpus, name)
    assert problem.severity == severity and fragment in problem.message


@pytest.mark.parametrize(
    ("encoding", "text", "needle"),
    [
        ("cp1251", "Пашинян заявил, что Армения не подпишет декларацию ОДКБ.\n" * 3, "ОДКБ"),
        ("latin-1", "The café in Yerevan hosted the délégation on Monday.\n" * 3, "délégation"),
    ],
)
def test_legacy_encodings_are_decoded_and_reported(
    tmp_path: Path, encoding: str, text: str, needle: str
) -> None:
    write(tmp_path, "legacy.txt", text.encode(encoding))
    corpus = cs.load_corpus(tmp_path)
    assert needle in corpus.articles.text.iloc[0]
    problem = only_problem(corpus, "legacy.txt")
    assert problem.severity == "warning" and "not UTF-8" in problem.message


def test_identical_duplicate_is_reported_once(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "copy-of-a.txt", ARTICLE)
    corpus = cs.load_corpus(tmp_path)
    assert list(corpus.articles.article_id) == ["a"]
    assert "identical duplicate of" in only_problem(corpus, "copy-of-a.txt").message


def test_huge_file_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "huge.txt", ARTICLE * 40)
    corpus = cs.load_corpus(tmp_path, max_bytes=2_000)
    assert list(corpus.articles.article_id) == ["a"]
    assert "too large" in only_problem(corpus, "huge.txt").message


def test_metadata_problems(tmp_path: Path) -> None:
    write(
        tmp_path,
        "metadata.csv",
        "file,outlet,url,published,title,author\n"
        "a.txt,Asbarez,https://asbarez.com/a,not a date,Armenia asks allies for help,\n"
        "missing.txt,CivilNet,,2022-10-27,Gone,\n"
        "b.txt,Eurasianet,,2022-11-02,A completely different story about grain prices,\n",
    )
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE.replace("Tuesday", "Monday"))
    corpus = cs.load_corpus(tmp_path)
    assert list(corpus.articles.article_id) == ["a", "b"]
    assert "unparseable published date" in only_problem(corpus, "a.txt").message
    assert "not in the corpus folder" in only_problem(corpus, "missing.txt").message
    assert "does not match the headline" in only_problem(corpus, "b.txt").message
    a = corpus.articles.set_index("article_id").loc["a"]
    assert a.outlet == "Asbarez" and a.published_source == "unknown"


def test_dateline_in_text_gives_published_and_disagreement_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "metadata.csv", "file,published\nb.txt,2021-01-01\n")
    write(tmp_path, "a.txt", "Thursday, October 8, 2020\n\n" + ARTICLE)
    write(tmp_path, "b.txt", "8 October 2020\n\n" + ARTICLE.replace("Tuesday", "Monday"))
    corpus = cs.load_corpus(tmp_path)
    arts = corpus.articles.set_index("article_id")
    assert str(arts.loc["a", "published"].date()) == "2020-10-08"
    assert arts.loc["a", "published_source"] == "text"
    assert str(arts.loc["b", "published"].date()) == "2021-01-01"
    assert "disagrees with the dateline" in only_problem(corpus, "b.txt").message


def test_strict_mode_raises_one_error_listing_every_problem(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", "Thursday, October 8, 2020\n\n" + ARTICLE)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "binary.txt", b"\x00\x01\x02" * 100)
    with pytest.raises(cs.CorpusError) as info:
        cs.load_corpus(tmp_path, strict=True)
    message = str(info.value)
    assert "2 input problem(s)" in message
    assert "empty.txt: empty file" in message and "binary.txt: binary file" in message


def test_raw_files_are_never_modified(tmp_path: Path, raw_dir: Path) -> None:
    copy = tmp_path / "raw"
    shutil.copytree(raw_dir, copy)
    before = {p.name: p.read_bytes() for p in copy.iterdir()}
    cs.load_corpus(copy)
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before


def test_loading_never_touches_the_network(raw_dir: Path, no_network: None) -> None:
    corpus = cs.load_corpus(raw_dir)
    assert len(corpus.sentences) > 100


def test_a_scan_keeps_no_text_and_reads_it_back_the_same(tmp_path: Path) -> None:
    from cscaucasus.ingest import FileChangedError, load_text, read_documents

    write(tmp_path, "a.txt", "Caf\u00e9 talks\n\nThe\u00a0CSTO met on\u200b Monday.\r\n")
    write(tmp_path, "b.txt", "Ереван\n\nТекст статьи.\n".encode("cp1251"))
    kept, _ = read_documents(tmp_path)
    scanned, problems = read_documents(tmp_path, keep_text=False)
    assert [d.body for d in scanned] == [None, None]
    assert [p.message for p in problems] == ["not UTF-8: decoded as cp1251"]
    for full, lazy in zip(kept, scanned, strict=True):
        assert (lazy.sha256, lazy.encoding) == (full.sha256, full.encoding)
        assert load_text(tmp_path, lazy).text == full.text
    write(tmp_path, "a.txt", "Changed since the scan.\n")
    scanned[0].body = None
    with pytest.raises(FileChangedError, match="a.txt changed"):
        load_text(tmp_path, scanned[0])


def test_wire_dateline_gives_published_when_metadata_has_none(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.txt",
        "Talks\n\nYEREVAN, November 24, 2022 (Reuters) - Nikol "
        "Pashinyan said on Wednesday that the talks had failed.\n",
    )
    write(
        tmp_path,
        "b.txt",
        "Talks\n\nYEREVAN, November 24 (Reuters) - Nikol Pashinyan "
        "said on Wednesday that the talks had failed.\n",
    )
    corpus = cs.load_corpus(tmp_path)
    arts = corpus.articles.set_index("article_id")
    assert arts.loc["a", "published_source"] == "text"
    assert str(arts.loc["a", "published"].date()) == "2022-11-24"
    assert arts.loc["b", "published_source"] == "unknown"  # no year: no date
    wednesday = corpus.events[(corpus.events.article_id == "a")]
    assert "2022-11-23" in set(wednesday.date.dt.strftime("%Y-%m-%d"))


@pytest.mark.parametrize("size", [0, 1, 9, 10, 11, 40])
def test_a_file_is_read_whole_up_to_the_limit(tmp_path: Path, size: int) -> None:
    from cscaucasus import ingest

    path = write(tmp_path, "a.txt", b"x" * size)
    raw, st, why = ingest.read_regular(path, 10, tmp_path)
    if size <= 10:
        assert (raw, st.st_size, why) == (b"x" * size, size, None)
    else:
        assert raw is None and why == f"file is too large ({size:,} bytes > 10); skipped"


def test_a_file_larger_than_its_stat_says_is_read_on(tmp_path: Path) -> None:
    # a file that grows between its stat and its read, or one of /proc (size 0), is read
    # as far as the limit, not only as far as the size it had
    from cscaucasus import ingest

    status = Path("/proc/self/status")
    if not status.exists() or status.stat().st_size:
        pytest.skip("needs a file whose stat size is 0 but that holds text (Linux /proc)")
    raw, _, why = ingest.read_regular(status, 1_000_000)
    assert why is None and b"Name:" in raw and raw.endswith(b"\n")
    assert ingest.read_regular(status, 5)[2] == "file is too large (> 5 bytes); skipped"
