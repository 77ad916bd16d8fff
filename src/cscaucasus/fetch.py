"""Fetch: a list of links becomes raw ``.html`` files and ``metadata.csv`` rows.

``cscaucasus fetch LINKS --into data/raw`` reads a text file of URLs (one a line) or a
CSV with a ``url`` column — Media Cloud's story export and GDELT's article lists are
recognised by their headers and their title, outlet, date and language kept — and
downloads each page once, politely:

* a descriptive user agent, ``robots.txt`` honoured (RFC 9309: a missing file allows
  all, an unreachable one forbids all), a pause between two requests to one host;
* timeouts; retries with exponential backoff (or the server's ``Retry-After``) on 429,
  5xx and broken connections; redirects followed up to a limit;
* a response that is not HTML, or larger than the limit, refused.

Each page is written (atomically) as ``<into>/web/<host>/<slug>-<hash>.html`` and its
row appended to ``<into>/metadata.csv`` at once (url, outlet, title, published, and
``fetched_at``, ``status``, and the list and line the link came from in
``source_file``, ``source_position``), so an interrupted run loses nothing already fetched, and a
new run fetches only the links without a file. Every link not fetched gets a problem
row, printed and kept in ``<into>/fetch_problems.csv`` (with the list and line it came
from), which the build adds to the ``problems`` table.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.robotparser import RobotFileParser

import httpx

from .ingest import FETCH_PROBLEMS_FILE, METADATA_FILE, Problem

WEB_FOLDER = "web"
PROBLEMS_FILE = FETCH_PROBLEMS_FILE
#: The columns of :data:`PROBLEMS_FILE`: the list and line of the link, its address,
#: and why it was not stored (the build puts each row in ``problems``).
PROBLEM_COLUMNS = ("source_file", "source_position", "url", "severity", "message")
#: The columns ``fetch`` writes to metadata.csv (ingest reads the first five; the
#: others say where and when the file came from).
FETCH_COLUMNS = (
    *("file", "outlet", "url", "published", "title", "author"),
    *("fetched_at", "status", "source_file", "source_position"),
)
HTML_TYPES = ("text/html", "application/xhtml+xml")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def user_agent(contact: str | None = None) -> str:
    """The User-Agent sent with every request: who fetches, and why."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("cscaucasus")
    except PackageNotFoundError:  # pragma: no cover
        release = "dev"
    who = f"; contact: {contact}" if contact else ""
    return f"cscaucasus/{release} (research corpus of news articles; polite fetcher{who})"


@dataclass(frozen=True)
class Link:
    """One link to fetch, with what its list says about it."""

    url: str
    meta: dict[str, str | None] = field(default_factory=dict)
    line: int | None = None  # where the link is in its list (line of the file)


@dataclass
class Settings:
    """How politely and how patiently to fetch (the CLI's options)."""

    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds to connect, and between two bytes read
    retries: int = 3  # further attempts after a 429/5xx or a broken connection
    backoff: float = 1.0  # first pause before a retry, doubled each time
    max_backoff: float = 60.0  # the longest pause (also caps Retry-After)
    max_redirects: int = 5
    max_bytes: int = 20_000_000
    user_agent: str = field(default_factory=user_agent)


# --- reading the list of links -------------------------------------------------------------

#: Known CSV exports: how to tell them (header columns that must all be there) and
#: which of their columns fill which metadata column.
SOURCES: dict[str, tuple[frozenset[str], dict[str, str]]] = {
    "mediacloud": (
        frozenset({"url", "media_name", "publish_date"}),
        {"title": "title", "outlet": "media_name", "published": "publish_date"},
    ),
    "gdelt": (
        frozenset({"url", "seendate", "domain"}),
        {"title": "title", "outlet": "domain"},
    ),
    "gdelt-csv": (
        frozenset({"url", "mobileurl", "title"}),
        {"title": "title"},
    ),
}


def read_links(path: str | os.PathLike[str]) -> tuple[list[Link], str, list[Problem]]:
    """The links of a text file (one URL a line; ``#`` comments) or a CSV with a
    ``url`` column, the kind of list (``text``, ``csv``, ``mediacloud``, ``gdelt``),
    and a problem for every line that is not a web address."""
    text = Path(path).read_text(encoding="utf-8-sig")
    first = text.lstrip().split("\n", 1)[0].lower()
    if re.search(r"(^|[,;\t\"])\s*(url|sourceurl)\s*(\"|[,;\t]|$)", first):
        return _csv_links(text, str(path))
    links, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        _add_link(links, problems, line, {}, str(path), number)
    return links, "text", problems


def _csv_links(text: str, name: str) -> tuple[list[Link], str, list[Problem]]:
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = {(c or "").strip().lower(): c for c in reader.fieldnames or []}
    kind, mapping = "csv", {"title": "title", "outlet": "outlet", "published": "published"}
    for source, (needed, columns) in SOURCES.items():
        if needed <= set(header):
            kind, mapping = source, columns
            break
    url_column = header.get("url") or header.get("sourceurl")
    links: list[Link] = []
    problems: list[Problem] = []
    for number, row in enumerate(reader, start=2):
        meta = {
            ours: (row.get(header[theirs]) or "").strip() or None
            for ours, theirs in mapping.items()
            if theirs in header
        }
        _add_link(links, problems, (row.get(url_column) or "").strip(), meta, name, number)
    return links, kind, problems


def _add_link(
    links: list[Link], problems: list[Problem], url: str, meta: dict, name: str, line: int
) -> None:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        problems.append(Problem(f"{name}:{line}", "error", f"not a web address: {url!r}"))
        return
    links.append(Link(str(parsed.copy_with(fragment=None)), meta, line))


# --- where a page goes -----------------------------------------------------------------------


def page_file(url: str) -> str:
    """The page's path below the corpus folder: ``web/<host>/<slug>-<hash>.html``,
    the same for the same URL on every run.

    >>> page_file("https://www.asbarez.com/armenia-csto/?p=1")
    'web/asbarez.com/armenia-csto-2128a4c3.html'
    """
    parsed = httpx.URL(url)
    host = re.sub(r"^www\.", "", parsed.host.lower())
    if parsed.port:
        host = f"{host}_{parsed.port}"
    last = [p for p in parsed.path.split("/") if p][-1:] or ["index"]
    slug = re.sub(r"[^A-Za-z0-9]+", "-", re.sub(r"\.\w{2,5}$", "", last[0])).strip("-")[:60]
    digest = hashlib.sha256(url.encode()).hexdigest()[:8]
    return f"{WEB_FOLDER}/{host}/{slug or 'page'}-{digest}.html"


def fetched_urls(into: Path) -> set[str]:
    """The URLs already fetched into ``into``: a metadata row whose file is there."""
    file = into / METADATA_FILE
    if not file.exists():
        return set()
    with file.open(encoding="utf-8-sig", newline="") as fh:
        return {
            row["url"]
            for row in csv.DictReader(fh)
            if row.get("url") and row.get("file") and (into / row["file"]).is_file()
        }


# --- fetching -------------------------------------------------------------------------------


class Refused(Exception):
    """A page that will not be stored, and why (becomes a problem row)."""


@dataclass
class Fetcher:
    """Fetches pages one at a time with :class:`Settings`' manners.

    ``sleep`` and ``now`` are ``time.sleep`` and ``time.monotonic`` (tests replace
    them to check the pauses without waiting).
    """

    settings: Settings = field(default_factory=Settings)
    sleep: Callable[[float], None] = time.sleep
    now: Callable[[], float] = time.monotonic
    client: httpx.Client | None = None
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, RobotFileParser] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.client is None:
            self.client = httpx.Client(
                headers={"User-Agent": self.settings.user_agent},
                timeout=httpx.Timeout(self.settings.timeout),
                follow_redirects=True,
                max_redirects=self.settings.max_redirects,
            )

    def close(self) -> None:
        if self.client is not None:
            self.client.close()

    def _wait_for(self, host: str) -> None:
        """Pause until ``settings.delay`` has passed since the last request to ``host``."""
        last = self._last.get(host)
        if last is not None:
            pause = last + self.settings.delay - self.now()
            if pause > 0:
                self.sleep(pause)
        self._last[host] = self.now()

    def allowed(self, url: str) -> bool:
        """Whether the site's ``robots.txt`` lets this user agent fetch ``url``."""
        parsed = httpx.URL(url)
        origin = f"{parsed.scheme}://{parsed.netloc.decode()}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        return self._robots[origin].can_fetch(self.settings.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser:
        robots = RobotFileParser(origin + "/robots.txt")
        try:
            response = self._request(origin + "/robots.txt")
        except Refused:
            robots.disallow_all = True  # unreachable: assume all is forbidden (RFC 9309)
            return robots
        if response.status_code >= 500:
            robots.disallow_all = True
        elif response.status_code >= 400:
            robots.allow_all = True
        else:
            robots.parse(response.text.splitlines())
        return robots

    def _request(self, url: str) -> httpx.Response:
        """GET ``url`` (body read, up to the size limit), retrying on 429, 5xx and
        broken connections; the last response, or :class:`Refused`."""
        settings = self.settings
        for attempt in range(settings.retries + 1):
            self._wait_for(httpx.URL(url).host)
            try:
                response = self._get(url)
            except httpx.TooManyRedirects as exc:
                raise Refused(f"more than {settings.max_redirects} redirects") from exc
            except httpx.TransportError as exc:  # timeouts, refused or broken connections
                if attempt == settings.retries:
                    raise Refused(f"{type(exc).__name__}: {exc or 'no response'}") from exc
                self.sleep(self._backoff(attempt, None))
                continue
            if response.status_code not in RETRY_STATUSES or attempt == settings.retries:
                return response
            self.sleep(self._backoff(attempt, response.headers.get("Retry-After")))
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int, retry_after: str | None) -> float:
        pause = self.settings.backoff * 2**attempt
        if retry_after:
            pause = _retry_after_seconds(retry_after, pause)
        return min(pause, self.settings.max_backoff)

    def _get(self, url: str) -> httpx.Response:
        """One GET, its body read unless it is too large or not HTML."""
        assert self.client is not None
        with self.client.stream("GET", url) as response:
            if response.status_code >= 400:
                response.read()
                return response
            kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if kind and kind not in HTML_TYPES and not url.endswith("/robots.txt"):
                raise Refused(f"not an HTML page ({kind}); not stored")
            size = int(response.headers.get("Content-Length") or 0)
            if size > self.settings.max_bytes:
                raise Refused(f"page too large ({size:,} bytes > {self.settings.max_bytes:,})")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.settings.max_bytes:
                    msg = f"page too large (over {self.settings.max_bytes:,} bytes)"
                    raise Refused(msg)
            response._content = bytes(body)  # httpx's own slot for a read body
            return response

    def fetch(self, url: str) -> httpx.Response:
        """The page at ``url`` (status 200), or :class:`Refused` with the reason."""
        if not self.allowed(url):
            raise Refused("robots.txt forbids fetching this page")
        response = self._request(url)
        if response.status_code != 200:
            raise Refused(f"HTTP {response.status_code} {response.reason_phrase}")
        return response


def _retry_after_seconds(value: str, default: float) -> float:
    """``Retry-After`` as seconds (a number, or an HTTP date)."""
    if value.strip().isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return default
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


# --- storing ---------------------------------------------------------------------------------


def store_page(
    into: Path, link: Link, response: httpx.Response, fetched_at: str, source: str = ""
) -> dict:
    """Write the page atomically and return its metadata row (``source``: the name of
    the list of links, kept with the link's line in it)."""
    rel = page_file(link.url)
    target = into / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(response.content)
    os.replace(tmp, target)
    return {
        "file": rel,
        "outlet": link.meta.get("outlet") or site_name(response),
        "url": link.url,
        "published": link.meta.get("published"),
        "title": link.meta.get("title"),
        "author": None,
        "fetched_at": fetched_at,
        "status": str(response.status_code),
        "source_file": source or None,
        "source_position": link.line,
    }


def site_name(response: httpx.Response) -> str:
    """The outlet as the site names itself (``og:site_name`` and the like, read by
    trafilatura), else its domain (courlan)."""
    import courlan
    import trafilatura

    try:
        meta = trafilatura.extract_metadata(response.text)
    except Exception:  # a page trafilatura cannot parse still has a domain
        meta = None
    if meta is not None and meta.sitename:
        return meta.sitename
    url = str(response.url)
    return courlan.extract_domain(url) or httpx.URL(url).host


def append_metadata(into: Path, row: dict) -> None:
    """Add ``row`` to ``into/metadata.csv`` (created with :data:`FETCH_COLUMNS`; an
    existing file keeps its columns, and gains ours if it lacks them)."""
    file = into / METADATA_FILE
    if not file.exists():
        _write_csv(file, list(FETCH_COLUMNS), [row])
        return
    with file.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        columns = list(reader.fieldnames or [])
        missing = [c for c in FETCH_COLUMNS if c not in columns]
        rows = list(reader) if missing else None
    if missing:
        _write_csv(file, columns + missing, [*(rows or []), row])
        return
    with file.open("a", encoding="utf-8", newline="") as fh:
        csv.DictWriter(fh, columns, extrasaction="ignore").writerow(row)
        fh.flush()
        os.fsync(fh.fileno())


def _write_csv(file: Path, columns: list[str], rows: Iterable[dict]) -> None:
    fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    os.replace(tmp, file)


def _problem_row(source: str, line: object, url: str | None, problem: Problem) -> dict:
    return {
        "source_file": source,
        "source_position": line,
        "url": url,
        "severity": problem.severity,
        "message": problem.message,
    }


def write_problems(into: Path, source: str, rows: list[dict]) -> None:
    """Write this run's problems with the list ``source`` to :data:`PROBLEMS_FILE`,
    in place of that list's earlier ones (the links that failed were tried again),
    keeping those of other lists."""
    file = into / PROBLEMS_FILE
    kept: list[dict] = []
    if file.exists():
        with file.open(encoding="utf-8-sig", newline="") as fh:
            kept = [r for r in csv.DictReader(fh) if r.get("source_file") not in (source, None)]
    _write_csv(file, list(PROBLEM_COLUMNS), [*kept, *rows])


# --- the command -----------------------------------------------------------------------------


@dataclass
class FetchResult:
    kind: str  # the kind of list read (text, csv, mediacloud, gdelt)
    fetched: list[str]  # files written this run
    skipped: int  # links fetched by an earlier run
    problems: list[Problem]


def fetch_links(
    links_file: str | os.PathLike[str],
    into: str | os.PathLike[str] = "data/raw",
    settings: Settings | None = None,
    *,
    progress: bool = True,
    fetcher: Fetcher | None = None,
) -> FetchResult:
    """Fetch every link of ``links_file`` not fetched yet into the corpus ``into``."""
    from tqdm import tqdm

    into = Path(into)
    into.mkdir(parents=True, exist_ok=True)
    links, kind, problems = read_links(links_file)
    done = fetched_urls(into)
    todo = list({link.url: link for link in links if link.url not in done}.values())
    fetcher = fetcher or Fetcher(settings or Settings())
    fetched: list[str] = []
    source = Path(links_file).name
    rows = [_problem_row(source, p.path.rpartition(":")[2], None, p) for p in problems]
    try:
        for link in tqdm(todo, desc="fetch", unit="page", disable=not progress):
            try:
                response = fetcher.fetch(link.url)
            except Refused as exc:
                problems.append(Problem(link.url, "error", str(exc)))
                rows.append(_problem_row(source, link.line, link.url, problems[-1]))
                continue
            stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
            row = store_page(into, link, response, stamp, source)
            append_metadata(into, row)
            fetched.append(row["file"])
    finally:
        fetcher.close()
        write_problems(into, source, rows)
    skipped = len({link.url for link in links} & done)
    return FetchResult(kind, fetched, skipped, problems)
