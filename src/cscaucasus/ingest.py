"""Ingest: read article files, decode them, attach metadata, hash, report problems.

This is the only stage that reads files. It returns one :class:`Document` per
readable article plus the ``problems`` table; a bad file becomes a problem row and
never stops the rest of the corpus from loading.

Supported inputs, in any folder below the corpus root:

* ``*.txt``: plain text, one paragraph per line (blank lines allowed).
* ``*.html`` / ``*.htm``: a saved web page; trafilatura extracts the article body and
  its title, date, author and url.
* news-archive exports (``*.docx``, ``*.rtf``, and ``*.txt``/``*.html`` holding one)
  and ``*.pdf`` (an export saved as PDF, or a printed page): read by :mod:`.archives`.
* ``metadata.csv`` (optional): one row per file with columns ``file, outlet, url,
  published, title, author``; a file without a row still loads.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import stat as stat_module
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import archives
from .documents import (
    RACY_NS,
    Document,
    Problem,
    Signature,
    bom_encoding,
    decode,
    normalize_text,
)
from .schema import typed

#: .docx/.rtf: archive exports; .pdf: an export or a printed page (read by archives)
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".rtf", ".pdf")
METADATA_FILE = "metadata.csv"
#: What ``cscaucasus fetch`` could not store, by list of links and line (see fetch.py).
FETCH_PROBLEMS_FILE = "fetch_problems.csv"
METADATA_COLUMNS = ("file", "outlet", "url", "published", "title", "author")
#: Columns ``cscaucasus fetch`` adds: when and how a page was fetched (not used), and
#: the list of links and the line it came from (``articles.source_file``/``_position``).
PROVENANCE_COLUMNS = ("fetched_at", "status", "source_file", "source_position")
SOURCE_KEYS = ("source_file", "source_position")
MAX_BYTES = 20_000_000  # a single article larger than this is refused as "huge"
MAX_BYTES_EVER = 1 << 31  # what a file read back may hold, whatever ``max_bytes`` was


@dataclass(frozen=True)
class KnownFile:
    """A file as an earlier build read it: its signature then and what it held."""

    stat: Signature
    sha256: str
    format: str
    encoding: str


class ConfigError(ValueError):
    """A configuration file that cannot be used at all: one line naming the file, the
    line and what was expected (``cscaucasus`` exits with status 2)."""


def problems_table(problems: list[Problem], stage: str = "ingest") -> pd.DataFrame:
    rows = [(p.path, p.severity, p.message, None, p.stage or stage) for p in problems]
    columns = ["path", "severity", "message", "article_id", "stage"]
    return typed(pd.DataFrame(rows, columns=columns), "problems")


def article_files(root: Path) -> list[str]:
    """Article files below ``root``, as POSIX paths relative to it, in a stable order
    (hidden files and folders skipped)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        rel = os.path.relpath(dirpath, root).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        found.extend(
            prefix + name
            for name in filenames
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith(".")
        )
    return sorted(found)


def article_ids(files: list[str]) -> dict[str, str]:
    """Stable ids from the path below the root, without suffix ("a/b.txt" -> "a/b").

    If two files differ only by suffix ("x.txt", "x.html"), both keep their suffix.
    """
    stems = [_stem(f) for f in files]
    clashes = {s for s, n in Counter(stems).items() if n > 1}
    return {f: (f if s in clashes else s) for f, s in zip(files, stems, strict=True)}


def _suffix(rel: str) -> str:
    """``rel``'s suffix in lower case, as ``PurePosixPath(rel).suffix.lower()``."""
    name = rel.rpartition("/")[2]
    dot = name.rfind(".")
    return name[dot:].lower() if 0 < dot < len(name) - 1 else ""


def _stem(rel: str) -> str:
    """``rel`` without its suffix, as ``PurePosixPath.with_suffix("")`` has it."""
    folder, _, name = rel.rpartition("/")
    dot = name.rfind(".")
    if dot > 0 and dot < len(name) - 1:
        name = name[:dot]
    return f"{folder}/{name}" if folder else name


def read_metadata(root: Path) -> tuple[dict[str, dict[str, str | None]], list[Problem]]:
    """Rows of ``metadata.csv`` keyed by the file's path below ``root``."""
    file = root / METADATA_FILE
    if not file.exists():
        return {}, []
    path = METADATA_FILE
    problems: list[Problem] = []
    raw, _, why = read_regular(file, MAX_BYTES, root)
    if raw is None:
        return {}, [Problem(path, "error", f"cannot read metadata: {why}")]
    text, encoding = decode(raw)
    if encoding != "utf-8":
        problems.append(Problem(path, "warning", f"metadata decoded as {encoding}"))
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip().lower() for c in (reader.fieldnames or [])]
    if "file" not in columns:
        msg = f"metadata has no 'file' column (columns: {', '.join(columns) or 'none'})"
        return {}, [*problems, Problem(path, "error", msg)]
    unknown = sorted(set(columns) - set(METADATA_COLUMNS) - set(PROVENANCE_COLUMNS))
    if unknown:
        problems.append(Problem(path, "warning", f"metadata columns ignored: {', '.join(unknown)}"))
    rows: dict[str, dict[str, str | None]] = {}
    for line_no, row in _metadata_rows(reader, len(columns), problems):
        row = {(k or "").strip().lower(): (v or "").strip() or None for k, v in row.items()}
        name = row.get("file")
        if not name:
            problems.append(Problem(path, "warning", f"line {line_no}: no file name"))
            continue
        key = name if "/" not in name and name != "." else Path(name).as_posix()
        if key in rows:
            msg = f"line {line_no}: second row for {key!r}; the first row is used"
            problems.append(Problem(path, "warning", msg))
            continue
        rows[key] = {c: row.get(c) for c in METADATA_COLUMNS if c != "file"}
        rows[key].update({c: row[c] for c in SOURCE_KEYS if row.get(c)})  # a fetched page
    return rows, problems


def fetch_problems(root: Path) -> list[Problem]:
    """The links ``cscaucasus fetch`` could not store into ``root``, as problems of
    their list (``path`` the list's name, stage ``fetch``), so that no link given is
    lost from the ``problems`` table."""
    file = root / FETCH_PROBLEMS_FILE
    if not file.is_file():
        return []
    raw, _, why = read_regular(file, MAX_BYTES, root)
    if raw is None:
        return [Problem(FETCH_PROBLEMS_FILE, "error", f"cannot read: {why}", "fetch")]
    problems = []
    for row in csv.DictReader(io.StringIO(decode(raw)[0])):
        line, url = row.get("source_position"), row.get("url")
        where = ", ".join(x for x in (f"line {line}" if line else "", url or "") if x)
        message = f"{where}: not fetched: {row.get('message') or 'no reason given'}"
        source = row.get("source_file") or FETCH_PROBLEMS_FILE
        severity = row.get("severity") if row.get("severity") in ("error", "warning") else "error"
        problems.append(Problem(source, severity, message.lstrip(": "), "fetch"))
    return problems


def _metadata_rows(
    reader: csv.DictReader, width: int, problems: list[Problem]
) -> Iterator[tuple[int, dict]]:
    """The rows of ``metadata.csv`` with their line numbers; a row that cannot be read
    as one (a stray carriage return, more cells than the header) is left out, with a
    problem of stage ``config`` naming its line."""
    last = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line, last = last + 1, last + 1
            msg = f"line {line}: cannot be read as a row ({exc}); row ignored"
            if "new-line character" in str(exc):
                msg = f"line {line}: a stray line break (CR) inside the row; row ignored"
            problems.append(Problem(METADATA_FILE, "warning", msg, stage="config"))
            continue
        line, last = last + 1, reader.line_num
        if None in row:
            msg = f"line {line}: {width + len(row[None])} cells, the header has {width}"
            problems.append(Problem(METADATA_FILE, "warning", f"{msg}; row ignored", "config"))
            continue
        yield line, row


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(raw: bytes) -> bool:
    """NUL bytes, or many control characters, mean this is not a text file."""
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 100)


def read_documents(
    path: str | os.PathLike[str] = "data/raw",
    *,
    max_bytes: int | None = None,
    known: Mapping[str, KnownFile] | None = None,
    keep_text: bool = True,
) -> tuple[list[Document], list[Problem]]:
    """Every readable article below ``path`` and the problems met on the way.

    Paths in the results are relative to ``path`` (POSIX style).

    A file larger than ``max_bytes`` (default :data:`MAX_BYTES`) is refused as huge.
    A file in ``known`` (by path) whose stat signature is unchanged is not read: its
    document has the known hash, format and encoding, and ``text`` None. With
    ``keep_text=False`` no text is kept (:func:`load_text` reads it when needed), so
    that a corpus is scanned without holding all its text in memory.
    """
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    root = Path(path)
    if root.is_file():
        raise NotADirectoryError(
            f"{root} is a file: give the folder that holds the articles (e.g. data/raw)"
        )
    if not root.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {root}")
    metadata, problems = read_metadata(root)
    problems += fetch_problems(root)
    files = article_files(root)
    ids = article_ids(files)
    documents: list[Document] = []
    seen: dict[str, str] = {}  # content hash -> path of the first file with it
    exported: set[str] = set()  # the paths of the articles of archive exports
    known = known or {}
    base = os.fspath(root)
    top = os.path.realpath(base)
    scan_ns = time.time_ns()
    for rel in files:
        file, meta = os.path.join(base, rel), metadata.get(rel, {})
        doc, problem = None, None
        if rel in known:
            doc, problem = unchanged_document(file, rel, ids[rel], meta, known[rel], max_bytes)
        real, why = _walked(base, rel, top) if doc is None else (file, None)
        if why is not None:  # a FIFO, device or link out: never opened
            problems.append(Problem(rel, "error", why))
            continue
        read = _read_maybe_article(real, rel, max_bytes) if doc is None else None
        if doc is None and _is_archive(file, rel, read):  # one file, many articles
            found, found_problems = archives.archive_documents(file, rel, ids[rel], metadata)
            problems.extend(found_problems)
            exported.update(d.path for d in found)
            for doc in found:
                _add_unique(doc, documents, problems, seen)
            continue
        if doc is None:
            doc, problem = read_document(
                file,
                rel,
                ids[rel],
                meta,
                max_bytes,
                scan_ns,
                keep_text=keep_text,
                root=base,
                read=read,
            )
        if problem is not None:
            problems.append(problem)
        if doc is not None:
            _add_unique(_with_source(doc), documents, problems, seen)
    present = set(files) | exported
    for name in sorted(set(metadata) - present):
        msg = f"metadata.csv names {name!r}, which is not in the corpus folder"
        problems.append(Problem(name, "warning", msg))
    return documents, problems


def _with_source(doc: Document) -> Document:
    """``doc`` with the list of links it was fetched from (metadata.csv's
    ``source_file``, ``source_position``) moved from its metadata to its fields."""
    if not any(key in doc.meta for key in SOURCE_KEYS):
        return doc
    meta = dict(doc.meta)
    source, position = (meta.pop(key, None) for key in SOURCE_KEYS)
    doc.meta = meta
    if source:
        line = int(position) if position and position.isdigit() else None
        doc.fields = {**doc.fields, "source_file": source, "source_position": line}
    return doc


def _add_unique(
    doc: Document, documents: list[Document], problems: list[Problem], seen: dict[str, str]
) -> None:
    """Keep ``doc`` unless a document with its content hash was kept before."""
    original = seen.get(doc.sha256)
    if original is not None:
        msg = f"identical duplicate of {original}; skipped"
        problems.append(Problem(doc.path, "warning", msg))
        return
    seen[doc.sha256] = doc.path
    documents.append(doc)


def signature(st: os.stat_result) -> Signature:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def unchanged_document(
    file: str | os.PathLike[str],
    path: str,
    article_id: str,
    meta: dict[str, str | None],
    known: KnownFile,
    max_bytes: int,
) -> tuple[Document | None, Problem | None]:
    """The document of a file whose stat signature is ``known``'s, without reading it;
    ``(None, None)`` when the file must be read."""
    try:
        st = os.stat(file)
    except OSError:
        return None, None
    if (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino) != known.stat:
        return None, None
    if st.st_size > max_bytes:
        return None, None
    doc = Document(
        article_id, path, known.sha256, known.format, known.encoding, None, meta, known.stat, False
    )
    return doc, encoding_problem(path, known.encoding)


def encoding_problem(path: str, encoding: str) -> Problem | None:
    if encoding in ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return None
    if encoding.startswith("utf-8, "):
        return Problem(path, "warning", f"UTF-8 with invalid bytes: {encoding.split(', ')[1]}")
    return Problem(path, "warning", f"not UTF-8: decoded as {encoding}")


def read_regular(
    file: str | os.PathLike[str], max_bytes: int, root: str | os.PathLike[str] | None = None
) -> tuple[bytes | None, os.stat_result | None, str | None]:
    """The bytes and stat of ``file`` if it is a regular file (after following links)
    inside ``root``; else ``(None, None, why)``. A FIFO, device or socket is never opened
    for reading (it could block, or never end)."""
    real, why = _checked(file, root)
    if why is not None:
        return None, None, why
    return _read_real(real, max_bytes)


def _checked(
    file: str | os.PathLike[str], root: str | os.PathLike[str] | None, top: str | None = None
) -> tuple[str, str | None]:
    """``file``'s real path and why it must not be opened (None: it may); ``top`` is
    ``root``'s real path, if known."""
    real = os.path.realpath(file)
    if root is not None:
        top = os.path.realpath(root) if top is None else top
        if os.path.commonpath([real, top]) != top:
            return real, f"a link to {real}, outside the corpus folder; skipped"
    try:
        mode = os.stat(real).st_mode
    except OSError as exc:
        return real, f"cannot read file: {exc}"
    if not stat_module.S_ISREG(mode):
        return real, f"not a regular file ({_kind(mode)}); skipped"
    return real, None


def _walked(root: str, rel: str, top: str) -> tuple[str, str | None]:
    """:func:`_checked` for ``rel``, a path found by walking ``root`` (whose real path
    is ``top``) without following links: a file that is not itself a link is a regular
    file below ``top`` when ``lstat`` says so, with no need to resolve its path."""
    file = os.path.join(root, rel)
    try:
        mode = os.lstat(file).st_mode
    except OSError:
        mode = 0
    if stat_module.S_ISREG(mode):
        return os.path.join(top, rel), None
    return _checked(file, root, top)


def _read_real(real: str, max_bytes: int) -> tuple[bytes | None, os.stat_result | None, str | None]:
    """The bytes and stat of the regular file at the resolved path ``real`` (see
    :func:`read_regular`), opened without following a link and without blocking."""
    try:
        st = os.stat(real)
        if st.st_size > max_bytes:
            return None, None, f"file is too large ({st.st_size:,} bytes > {max_bytes:,}); skipped"
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as fh:
            now = os.fstat(fd)
            if not stat_module.S_ISREG(now.st_mode):  # replaced meanwhile
                return None, None, "not a regular file; skipped"
            # fh.read(max_bytes + 1), without a buffer of max_bytes for every file
            raw = fh.read(min(now.st_size, max_bytes) + 1)
            if max_bytes >= len(raw) > now.st_size:  # it grew meanwhile: read on
                raw += fh.read(max_bytes + 1 - len(raw))
    except OSError as exc:
        return None, None, f"cannot read file: {exc}"
    if len(raw) > max_bytes:
        return None, None, f"file is too large (> {max_bytes:,} bytes); skipped"
    return raw, st, None


def _read_maybe_article(
    real: str, rel: str, max_bytes: int
) -> tuple[bytes | None, os.stat_result | None, str | None] | None:
    """:func:`_read_real` for a file that may be an export or an article (.txt, .html),
    None for another (not read here)."""
    if _suffix(rel) not in archives.MAYBE_ARCHIVE_SUFFIXES:
        return None
    return _read_real(real, max_bytes)


def _is_archive(
    file: str, rel: str, read: tuple[bytes | None, os.stat_result | None, str | None] | None
) -> bool:
    """:func:`archives.is_archive`, sniffing the bytes of ``read`` when the file was read."""
    suffix = _suffix(rel)
    if read is None or read[0] is None or suffix not in archives.MAYBE_ARCHIVE_SUFFIXES:
        return archives.is_archive(file, rel)
    return archives.sniff(read[0][: archives.SNIFF_BYTES], suffix)


def _kind(mode: int) -> str:
    for test, name in (
        (stat_module.S_ISFIFO, "a FIFO"),
        (stat_module.S_ISCHR, "a character device"),
        (stat_module.S_ISBLK, "a block device"),
        (stat_module.S_ISSOCK, "a socket"),
        (stat_module.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "not a file"


def read_document(
    file: str | os.PathLike[str],
    path: str,
    article_id: str,
    meta: dict[str, str | None],
    max_bytes: int,
    scan_ns: int | None = None,
    *,
    keep_text: bool = True,
    root: str | os.PathLike[str] | None = None,
    read: tuple[bytes | None, os.stat_result | None, str | None] | None = None,
) -> tuple[Document | None, Problem | None]:
    """Read and decode one file; ``(None, problem)`` when it cannot be used.

    ``path`` is the file's path below the corpus root, as recorded in the tables (so
    the tables do not depend on where the corpus folder lives). The document keeps the
    file's stat signature, taken before the read, unless the file changed less than
    :data:`RACY_NS` before ``scan_ns`` (default: now). Only a regular file (after
    following links) inside ``root`` (if given) is read, unless ``read`` holds what
    :func:`read_regular` returned for it already.
    """
    scan_ns = time.time_ns() if scan_ns is None else scan_ns
    read = read_regular(file, max_bytes, root) if read is None else read
    return _document(read, path, article_id, meta, scan_ns, keep_text)


def _document(
    read: tuple[bytes | None, os.stat_result | None, str | None],
    path: str,
    article_id: str,
    meta: dict[str, str | None],
    scan_ns: int,
    keep_text: bool,
) -> tuple[Document | None, Problem | None]:
    """:func:`read_document` from what :func:`read_regular` returned for the file."""
    raw, st, why = read
    if raw is None or st is None:
        return None, Problem(path, "error", str(why))
    if not raw.strip():
        return None, Problem(path, "error", "empty file; skipped")
    if bom_encoding(raw) is None and looks_binary(raw):
        return None, Problem(path, "error", "binary file, not text; skipped")
    text, encoding = decode(raw)
    problem = encoding_problem(path, encoding)
    settled = max(st.st_mtime_ns, st.st_ctime_ns) < scan_ns - RACY_NS
    fmt = "html" if path.lower().endswith((".html", ".htm")) else "txt"
    doc = Document(
        article_id=article_id,
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        format=fmt,
        encoding=encoding,
        body=_body(text) if keep_text else None,
        meta=dict(meta),
        stat=signature(st) if settled else None,
    )
    return doc, problem


def _body(text: str) -> bytes:
    return normalize_text(text).encode("utf-8", "surrogatepass")


class FileChangedError(RuntimeError):
    """An article file changed between the scan of a build and the reading of its text."""


def load_text(root: str | os.PathLike[str], doc: Document) -> Document:
    """Read ``doc``'s text (``body``) from its file below ``root``, as
    :func:`read_document` would have; raises :class:`FileChangedError` if the file no
    longer has the content that was hashed."""
    if doc.path.startswith(f"{doc.fields.get('source_file')}#") or doc.format == "pdf":
        return _load_exported(root, doc)  # an export's article, or a printed page
    base = os.fspath(root)
    real, why = _walked(base, doc.path, os.path.realpath(base))
    raw, _, why = _read_real(real, MAX_BYTES_EVER) if why is None else (None, None, why)
    if raw is None:
        raise FileChangedError(f"{doc.path} can no longer be read ({why}); build again")
    if hashlib.sha256(raw).hexdigest() != doc.sha256:
        raise FileChangedError(f"{doc.path} changed while the corpus was read; build again")
    doc.body = _body(decode(raw)[0])
    return doc


def _load_exported(root: str | os.PathLike[str], doc: Document) -> Document:
    rel = str(doc.fields.get("source_file") or doc.path)
    stem = doc.article_id.rsplit("#", 1)[0] if "#" in doc.path else doc.article_id
    found, _ = archives.archive_documents(os.path.join(root, rel), rel, stem, {})
    match = next((d for d in found if d.sha256 == doc.sha256), None)
    if match is None:
        raise FileChangedError(f"{doc.path} changed while the corpus was read; build again")
    doc.body = match.body
    return doc
