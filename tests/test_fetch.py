"""``cscaucasus fetch`` against a local HTTP server (127.0.0.1 only; never the internet)."""

from __future__ import annotations

import contextlib
import csv
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import cscaucasus as cs
from cscaucasus import fetch
from cscaucasus.analysis import articles_by_source
from cscaucasus.cli import main
from cscaucasus.fetch import Fetcher, Refused, Settings, fetch_links, read_links

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta property="og:site_name" content="Test Gazette"><title>{title}</title></head>
<body><article><h1>{title}</h1><p>YEREVAN - Prime Minister Nikol Pashinyan said on Monday
that Armenia would not take part in the exercises of the Collective Security Treaty
Organization this year, citing the alliance's silence on the border attacks.</p>
<p>"We have drawn our conclusions," he told reporters in the capital.</p></article>
</body></html>"""
HUGE = 30_000_000


class Handler(BaseHTTPRequestHandler):
    """Pages that misbehave in every way a crawler meets."""

    hits: Counter = Counter()
    agents: list[str] = []

    def log_message(self, *args) -> None:  # keep the test output quiet
        pass

    def _send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # client gave up
            self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        path = self.path
        self.hits[path] += 1
        self.agents.append(self.headers.get("User-Agent", ""))
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path.startswith(("/page/", "/private/")):
            self._send(200, PAGE.format(title=f"Page {path.rsplit('/', 1)[-1]}").encode())
        elif path == "/flaky":  # 500, then fine
            if self.hits[path] == 1:
                self._send(500, b"oops")
            else:
                self._send(200, PAGE.format(title="Flaky").encode())
        elif path == "/busy":  # 429 with Retry-After, then fine
            if self.hits[path] == 1:
                self._send(429, b"slow down", Retry_After="7")
            else:
                self._send(200, PAGE.format(title="Busy").encode())
        elif path == "/slow":
            time.sleep(0.6)
            self._send(200, PAGE.format(title="Slow").encode())
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/report.pdf":
            self._send(200, b"%PDF-1.4 not a page", "application/pdf")
        elif path == "/huge":
            self._huge()
        else:
            self._send(404, b"not here")

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(HUGE))
        self.end_headers()
        block = b"<p>" + b"x" * 65_530 + b"</p>"
        try:
            for _ in range(HUGE // len(block)):
                self.wfile.write(block)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture
def server() -> Iterator[str]:
    Handler.hits = Counter()
    Handler.agents = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


FAST = Settings(delay=0, timeout=0.25, retries=2, backoff=0, max_bytes=1_000_000)


def links_file(tmp_path: Path, base: str, paths: list[str]) -> Path:
    file = tmp_path / "links.txt"
    file.write_text("# links\n" + "\n".join(base + p for p in paths) + "\n")
    return file


def metadata_rows(into: Path) -> list[dict]:
    with (into / "metadata.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_misbehaviour_is_a_problem_and_the_good_pages_are_stored(
    tmp_path: Path, server: str
) -> None:
    paths = ["/page/a", "/page/b", "/missing", "/flaky", "/slow", "/loop", "/report.pdf"]
    paths += ["/huge", "/private/secret"]
    into = tmp_path / "raw"
    result = fetch_links(links_file(tmp_path, server, paths), into, FAST, progress=False)
    assert result.kind == "text"
    messages = {p.path.removeprefix(server): p.message for p in result.problems}
    assert messages == {
        "/missing": "HTTP 404 Not Found",
        "/slow": messages["/slow"],
        "/loop": "more than 5 redirects",
        "/report.pdf": "not an HTML page (application/pdf); not stored",
        "/huge": f"page too large ({HUGE:,} bytes > 1,000,000)",
        "/private/secret": "robots.txt forbids fetching this page",
    }
    assert "Timeout" in messages["/slow"]
    assert Handler.hits["/slow"] == 3  # two retries
    assert Handler.hits["/flaky"] == 2  # 500, then 200 on the retry
    assert Handler.hits["/private/secret"] == 0  # never asked for
    assert Handler.hits["/robots.txt"] == 1  # once per site
    assert all(agent.startswith("cscaucasus/") for agent in Handler.agents)

    rows = metadata_rows(into)
    assert [r["url"].removeprefix(server) for r in rows] == ["/page/a", "/page/b", "/flaky"]
    assert {r["outlet"] for r in rows} == {"Test Gazette"}
    assert {r["status"] for r in rows} == {"200"}
    assert all(r["fetched_at"].endswith("+00:00") for r in rows)
    assert sorted(result.fetched) == sorted(r["file"] for r in rows)
    assert all((into / r["file"]).read_text().startswith("<!DOCTYPE html>") for r in rows)
    with (into / "fetch_problems.csv").open() as fh:
        assert len(list(csv.DictReader(fh))) == 6

    # the fetched pages are a corpus: no warning about the fetch columns of metadata.csv
    corpus = cs.load_corpus(into, jobs=1)
    assert len(corpus.articles) == 3 and set(corpus.articles.outlet) == {"Test Gazette"}
    assert set(corpus.articles.url) == {r["url"] for r in rows}
    assert not corpus.problems.message.str.contains("ignored").any()
    # each page knows the list and the line its link came from (line 1 is a comment)
    assert set(corpus.articles.source_file) == {"links.txt"}
    assert sorted(corpus.articles.source_position) == [2, 3, 5]
    # every link not stored is a problem of the build, naming its list, line and address
    fetched = corpus.problems[corpus.problems.stage == "fetch"]
    assert set(fetched.path) == {"links.txt"} and set(fetched.severity) == {"error"}
    assert sorted(fetched.message.str.replace(server, "")) == [
        "line 10, /private/secret: not fetched: robots.txt forbids fetching this page",
        "line 4, /missing: not fetched: HTTP 404 Not Found",
        "line 6, /slow: not fetched: " + messages["/slow"],
        "line 7, /loop: not fetched: more than 5 redirects",
        "line 8, /report.pdf: not fetched: not an HTML page (application/pdf); not stored",
        f"line 9, /huge: not fetched: page too large ({HUGE:,} bytes > 1,000,000)",
    ]
    [by_source] = articles_by_source(corpus.articles, corpus.problems).to_dict("records")
    assert by_source == {
        "source": "links.txt",
        "kind": "links",
        "format": "html",
        "articles": 3,
        "errors": 6,  # the links not stored
        "warnings": 3,  # (undated pages: their relative dates stay undated)
    }


def test_a_second_run_fetches_only_what_is_missing(tmp_path: Path, server: str) -> None:
    into = tmp_path / "raw"
    links = links_file(tmp_path, server, ["/page/a", "/page/b", "/missing"])
    fetch_links(links, into, FAST, progress=False)
    again = fetch_links(links, into, FAST, progress=False)
    assert again.fetched == [] and again.skipped == 2
    assert Handler.hits["/page/a"] == 1 and Handler.hits["/missing"] == 2
    assert len(metadata_rows(into)) == 2
    assert [r["url"] for r in problem_rows(into)] == [server + "/missing"]  # once, not twice


def problem_rows(into: Path) -> list[dict]:
    with (into / "fetch_problems.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_fetch_problems_of_each_list_are_kept_until_it_is_fetched_again(
    tmp_path: Path, server: str
) -> None:
    into = tmp_path / "raw"
    first = tmp_path / "first.txt"
    first.write_text(f"{server}/missing\nnot a link\n")
    fetch_links(first, into, FAST, progress=False)
    second = tmp_path / "second.txt"
    second.write_text(f"{server}/page/a\n{server}/report.pdf\n")
    fetch_links(second, into, FAST, progress=False)
    rows = [(r["source_file"], r["source_position"], r["url"]) for r in problem_rows(into)]
    assert rows == [
        ("first.txt", "2", ""),
        ("first.txt", "1", server + "/missing"),
        ("second.txt", "2", server + "/report.pdf"),
    ]
    corpus = cs.load_corpus(into, jobs=1)
    table = articles_by_source(corpus.articles, corpus.problems)
    assert table[["source", "kind", "articles", "errors"]].values.tolist() == [
        ["first.txt", "links", 0, 2],  # a list that gave nothing still has its row
        ["second.txt", "links", 1, 1],
    ]
    assert "line 2: not fetched: not a web address: 'not a link'" in set(corpus.problems.message)


def test_an_interrupted_run_loses_nothing_fetched(
    tmp_path: Path, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    into = tmp_path / "raw"
    links = links_file(tmp_path, server, ["/page/a", "/page/b", "/page/c"])
    real = Fetcher.fetch

    def interrupted(self, url):
        if url.endswith("/page/b"):
            raise KeyboardInterrupt
        return real(self, url)

    monkeypatch.setattr(Fetcher, "fetch", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fetch_links(links, into, FAST, progress=False)
    [row] = metadata_rows(into)
    assert row["url"] == server + "/page/a" and (into / row["file"]).is_file()
    monkeypatch.setattr(Fetcher, "fetch", real)
    rest = fetch_links(links, into, FAST, progress=False)
    assert len(rest.fetched) == 2 and Handler.hits["/page/a"] == 1
    assert [r["url"] for r in metadata_rows(into)] == [server + f"/page/{x}" for x in "abc"]


def test_pauses_between_requests_to_a_host_and_on_retry_after(server: str) -> None:
    clock = [100.0]
    pauses: list[float] = []

    def sleep(seconds: float) -> None:
        pauses.append(round(seconds, 6))
        clock[0] += seconds

    settings = Settings(delay=5, timeout=1, retries=2, backoff=1, max_backoff=60)
    fetcher = Fetcher(settings, sleep=sleep, now=lambda: clock[0])
    fetcher.fetch(server + "/page/a")  # robots.txt, then the page: one pause
    fetcher.fetch(server + "/busy")  # a pause, 429 (Retry-After: 7), a pause, the page
    fetcher.close()
    assert pauses == [5.0, 5.0, 7.0]  # the delay already covers the next request after 7 s


def test_backoff_doubles_and_is_capped() -> None:
    fetcher = Fetcher(Settings(backoff=1.5, max_backoff=5))
    assert [fetcher._backoff(a, None) for a in range(4)] == [1.5, 3.0, 5, 5]
    assert fetcher._backoff(0, "2") == 2.0
    fetcher.close()


def test_media_cloud_and_gdelt_lists_keep_their_metadata(tmp_path: Path, server: str) -> None:
    mediacloud = tmp_path / "mc.csv"
    mediacloud.write_text(
        "stories_id,publish_date,title,url,language,media_id,media_name,media_url\n"
        f"1,2022-11-24 10:00:00,Armenia skips drills,{server}/page/a,en,7,Asbarez,asbarez.com\n"
    )
    links, kind, problems = read_links(mediacloud)
    assert kind == "mediacloud" and problems == []
    assert links[0].meta == {
        "title": "Armenia skips drills",
        "outlet": "Asbarez",
        "published": "2022-11-24 10:00:00",
    }
    into = tmp_path / "raw"
    fetch_links(mediacloud, into, FAST, progress=False)
    [row] = metadata_rows(into)
    assert (row["outlet"], row["title"], row["published"]) == (
        "Asbarez",
        "Armenia skips drills",
        "2022-11-24 10:00:00",
    )
    assert (row["source_file"], row["source_position"]) == ("mc.csv", "2")
    gdelt = tmp_path / "gdelt.csv"
    gdelt.write_text(
        "url,url_mobile,title,seendate,socialimage,domain,language,sourcecountry\n"
        f"{server}/page/b,,Drills without Armenia,20221124T101500Z,,armenpress.am,English,Armenia\n"
    )
    links, kind, _ = read_links(gdelt)
    assert kind == "gdelt" and links[0].meta == {
        "title": "Drills without Armenia",
        "outlet": "armenpress.am",
    }


def test_list_lines_that_are_not_links_are_problems(tmp_path: Path) -> None:
    file = tmp_path / "links.txt"
    file.write_text("https://example.org/a#part\nftp://example.org/b\nnot a link\n\n")
    links, kind, problems = read_links(file)
    assert [link.url for link in links] == ["https://example.org/a"]
    assert [p.path for p in problems] == [f"{file}:2", f"{file}:3"]
    plain = tmp_path / "urls.csv"
    plain.write_text("id;URL\n1;https://example.org/c\n")
    assert [link.url for link in read_links(plain)[0]] == ["https://example.org/c"]


def test_existing_metadata_keeps_its_rows_and_gains_the_fetch_columns(
    tmp_path: Path, server: str
) -> None:
    into = tmp_path / "raw"
    into.mkdir()
    (into / "metadata.csv").write_text("file,outlet\nold.txt,Azatutyun\n")
    fetch_links(links_file(tmp_path, server, ["/page/a"]), into, FAST, progress=False)
    rows = metadata_rows(into)
    assert rows[0]["file"] == "old.txt" and rows[0]["outlet"] == "Azatutyun"
    assert rows[1]["status"] == "200" and list(rows[1])[:2] == ["file", "outlet"]


def test_refused_robots_when_the_robots_file_is_unreachable(tmp_path: Path) -> None:
    fetcher = Fetcher(Settings(delay=0, timeout=0.2, retries=0))
    with pytest.raises(Refused, match="robots.txt forbids"):
        fetcher.fetch("http://127.0.0.1:9/page")  # nothing listens on the discard port
    fetcher.close()


def test_cli_fetch(tmp_path: Path, server: str, capsys) -> None:
    links = links_file(tmp_path, server, ["/page/a", "/missing"])
    into = tmp_path / "raw"
    code = main(["fetch", str(links), "--into", str(into), "--quiet", "--delay", "0"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith(f"fetched 1 pages into {into} (text list; 0 fetched before), 1 problems")
    assert "HTTP 404" in out
    assert fetch.page_file(server + "/page/a") in {r["file"] for r in metadata_rows(into)}


def test_an_older_fetch_problems_file_still_reaches_the_problems(tmp_path: Path) -> None:
    (tmp_path / "fetch_problems.csv").write_text(
        "url,severity,message\nhttps://example.org/a,error,HTTP 404 Not Found\n"
    )
    _, problems = cs.ingest.read_documents(tmp_path)
    assert [(p.path, p.severity, p.message, p.stage) for p in problems] == [
        (
            "fetch_problems.csv",
            "error",
            "https://example.org/a: not fetched: HTTP 404 Not Found",
            "fetch",
        )
    ]
