"""Ingest: read article files, decode them, attach metadata, hash, report problems.

This is the only stage that reads files. It returns one :class:`Document` per
readable article plus the ``problems`` table; a bad file becomes a problem row and
never stops the rest of the corpus from loading.

Supported inputs, in any folder below the corpus root:

* ``*.txt``: plain text, one paragraph per line (blank lines allowed).
* ``*.html`` / ``*.htm``: a saved web page; trafilatura extracts the article body and
  its title, date, author and url.
* ``metadata.csv`` (optional): one row per file with columns ``file, outlet, url,
  published, title, author``; a file without a row still loads.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import archives
from .schema import typed

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".rtf")  # .docx/.rtf: archive exports
METADATA_FILE = "metadata.csv"
METADATA_COLUMNS = ("file", "outlet", "url", "published", "title", "author")
#: Columns ``cscaucasus fetch`` adds: when and how a page was fetched (not used), and
#: the list of links and the line it came from (``articles.source_file``/``_position``).
PROVENANCE_COLUMNS = ("fetched_at", "status", "source_file", "source_position")
SOURCE_KEYS = ("source_file", "source_position")
MAX_BYTES = 20_000_000  # a single article larger than this is refused as "huge"

# Encodings tried, in order, after UTF-8 fails. cp1251 (Cyrillic) and cp1252/latin-1
# (Western) are the legacy encodings of this field's outlets; the choice between them
# is made by charset-normalizer's coherence scoring.
LEGACY_ENCODINGS = ("cp1251", "cp1252", "latin_1", "koi8_r", "iso8859_2", "cp1250")


#: What says a file is unchanged since it was read: size, mtime, ctime, inode.
Signature = tuple[int, int, int, int]
#: A file whose mtime or ctime is this close to the moment it was read may change again
#: within the same timestamp tick (2 s on FAT) without its stat changing: its signature
#: is not kept, so it is read and hashed again next time (git's "racily clean" rule).
RACY_NS = 2_000_000_000


@dataclass
class Document:
    """One article file as read: decoded text and what is known about it.

    The normalized text is kept UTF-8 encoded in ``body`` (half the memory of a ``str``
    of text with any non-ASCII character; decoded by ``text`` when a stage needs it).
    ``body`` is None for a file not read because its stat signature matched a previous
    read (see ``known`` in :func:`read_documents`), or once the text is no longer needed;
    ``stat`` is the signature to keep for the next build (None: the file changed too
    recently to trust it).
    """

    article_id: str
    path: str
    sha256: str
    format: str
    encoding: str
    body: bytes | None
    meta: dict[str, str | None] = field(default_factory=dict)
    stat: Signature | None = None
    hashed: bool = True  # False: ``sha256`` is the one recorded for an unchanged stat
    #: more columns of ``articles`` (an archive export's ``source_file``, ``section``, …)
    fields: dict[str, object] = field(default_factory=dict)

    @property
    def text(self) -> str | None:
        return None if self.body is None else self.body.decode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class KnownFile:
    """A file as an earlier build read it: its signature then and what it held."""

    stat: Signature
    sha256: str
    format: str
    encoding: str


@dataclass(frozen=True)
class Problem:
    path: str
    severity: str  # "error" (file skipped) or "warning" (file loaded, with a caveat)
    message: str


def problems_table(problems: list[Problem], stage: str = "ingest") -> pd.DataFrame:
    rows = [(p.path, p.severity, p.message, None, stage) for p in problems]
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
    try:
        raw = file.read_bytes()
        text, encoding = decode(raw)
    except (OSError, UnicodeError) as exc:
        return {}, [Problem(path, "error", f"cannot read metadata: {exc}")]
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
    for line_no, row in enumerate(reader, start=2):
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


def decode(raw: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM allowed) or, failing that, the likeliest legacy encoding."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)).best()
    encoding = best.encoding if best is not None else "latin_1"
    return raw.decode(encoding, errors="replace"), encoding


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def looks_binary(raw: bytes) -> bool:
    """NUL bytes, or many control characters, mean this is not a text file."""
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 100)


def normalize_text(text: str) -> str:
    """Unicode NFKC, unified line ends, no zero-width or soft-hyphen characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    if _NEEDS_TRANSLATE.search(text) is None:  # str.translate with a dict is slow
        return text
    return text.translate(_INVISIBLE)


_INVISIBLE = {
    ord(c): None for c in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
} | {ord("\u00a0"): " ", ord("\t"): " "}
_NEEDS_TRANSLATE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")


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
    files = article_files(root)
    ids = article_ids(files)
    documents: list[Document] = []
    seen: dict[str, str] = {}  # content hash -> path of the first file with it
    exported: set[str] = set()  # the paths of the articles of archive exports
    known = known or {}
    base = os.fspath(root)
    scan_ns = time.time_ns()
    for rel in files:
        file, meta = os.path.join(base, rel), metadata.get(rel, {})
        doc, problem = None, None
        if rel in known:
            doc, problem = unchanged_document(file, rel, ids[rel], meta, known[rel], max_bytes)
        if doc is None and archives.is_archive(file, rel):  # one file, many articles
            found, found_problems = archives.archive_documents(file, rel, ids[rel], metadata)
            problems.extend(found_problems)
            exported.update(d.path for d in found)
            for doc in found:
                _add_unique(doc, documents, problems, seen)
            continue
        if doc is None:
            doc, problem = read_document(
                file, rel, ids[rel], meta, max_bytes, scan_ns, keep_text=keep_text
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
    if encoding in ("utf-8", "utf-8-sig"):
        return None
    return Problem(path, "warning", f"not UTF-8: decoded as {encoding}")


def read_document(
    file: str | os.PathLike[str],
    path: str,
    article_id: str,
    meta: dict[str, str | None],
    max_bytes: int,
    scan_ns: int | None = None,
    *,
    keep_text: bool = True,
) -> tuple[Document | None, Problem | None]:
    """Read and decode one file; ``(None, problem)`` when it cannot be used.

    ``path`` is the file's path below the corpus root, as recorded in the tables (so
    the tables do not depend on where the corpus folder lives). The document keeps the
    file's stat signature, taken before the read, unless the file changed less than
    :data:`RACY_NS` before ``scan_ns`` (default: now).
    """
    scan_ns = time.time_ns() if scan_ns is None else scan_ns
    try:
        st = os.stat(file)
        size = st.st_size
        if size > max_bytes:
            msg = f"file is too large ({size:,} bytes > {max_bytes:,}); skipped"
            return None, Problem(path, "error", msg)
        with open(file, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        return None, Problem(path, "error", f"cannot read file: {exc}")
    if not raw.strip():
        return None, Problem(path, "error", "empty file; skipped")
    if looks_binary(raw):
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
    if doc.path.startswith(f"{doc.fields.get('source_file')}#"):  # an export's article
        return _load_exported(root, doc)
    file = os.path.join(root, doc.path)
    try:
        with open(file, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise FileChangedError(f"{doc.path} can no longer be read ({exc}); build again") from exc
    if hashlib.sha256(raw).hexdigest() != doc.sha256:
        raise FileChangedError(f"{doc.path} changed while the corpus was read; build again")
    doc.body = _body(decode(raw)[0])
    return doc


def _load_exported(root: str | os.PathLike[str], doc: Document) -> Document:
    rel = str(doc.fields["source_file"])
    stem = doc.article_id.rsplit("#", 1)[0]
    found, _ = archives.archive_documents(os.path.join(root, rel), rel, stem, {})
    match = next((d for d in found if d.sha256 == doc.sha256), None)
    if match is None:
        raise FileChangedError(f"{doc.path} changed while the corpus was read; build again")
    doc.body = match.body
    return doc
