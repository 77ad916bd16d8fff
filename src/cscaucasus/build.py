"""Write a Corpus to ``data/processed/``, read it back, and build it incrementally.

Layout of the output folder:

* ``<table>.parquet/part-<…>.parquet`` for the per-article tables (articles,
  boilerplate, paragraphs, sentences, mentions, statements, events): each part holds
  the rows of a run of consecutive articles, in document order. A part ends before an
  article whose id hashes to 0 modulo ``articles_per_part`` (content-defined
  boundaries, as in rsync), so parts hold about that many articles and adding,
  editing or removing an article changes the one part it falls in. Part names sort in
  document order (the hex of the first article's path), so ``pandas.read_parquet``
  and ``dask.dataframe.read_parquet`` read a folder in order; ``manifest.json`` lists
  the parts in order too.
* ``actors.parquet`` and ``problems.parquet``: single files.
* ``manifest.json``: input hashes, settings, versions, and every table's rows and
  parts, each part with a key (a hash of its articles' cache keys and the library
  versions) that says whether the file must be written again.
* ``cache_keys.parquet`` (each article's cache keys) and ``.cache/files.parquet`` (the
  input files' stat signatures): see :mod:`cscaucasus.cache`.

Files are written atomically (a temporary file, then ``os.replace``) and
deterministically: the same input gives byte-identical files, however it was built,
so the manifest holds no timestamps.

:func:`build` is ``cscaucasus build``: when the output folder holds an earlier build,
it processes only the articles of the parts that changed and rewrites only the files
that changed, without reading the rest of the earlier tables.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import chronology, corrections
from .cache import arrow_strings, changed_periods, event_periods, member, select
from .corpus import Corpus, CorpusError, load_corpus, merge_parts, process_articles, scan_corpus
from .ingest import problems_table
from .schema import LIST, SCHEMAS, TABLES, typed

MANIFEST = "manifest.json"
DEPENDENCIES = ("pandas", "pyarrow", "nltk", "vaderSentiment", "trafilatura", "pyyaml")
KEYS = "cache_keys.parquet"
#: The stat signatures of the files read (machine-specific, so kept apart from the
#: tables and the deterministic cache keys; see :func:`cache.known_files`).
FILE_STATS = ".cache/files.parquet"
STAT_COLUMNS = ("size", "mtime_ns", "ctime_ns", "inode")
#: Tables with a row per article or per piece of one, written in parts.
PER_ARTICLE = (
    "articles",
    "boilerplate",
    "paragraphs",
    "sentences",
    "mentions",
    "entities",
    "statements",
)
PARTED = (*PER_ARTICLE, "events")
ARTICLES_PER_PART = 256
_MAX_NAME_BYTES = 100  # of a path in a part name (file names stop at 255 bytes)


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_parquet(df: pd.DataFrame, path: Path, name: str | None = None) -> None:
    """``df`` as a zstd parquet file; ``name`` (a table of the contract) fixes the type
    of list columns, which Arrow cannot infer from a part where every list is empty."""
    table = pa.Table.from_pandas(df, preserve_index=False)
    if name is not None:
        for col, dtype in SCHEMAS[name].items():
            if dtype == LIST and table.schema.field(col).type != pa.list_(pa.string()):
                at = table.schema.get_field_index(col)
                table = table.set_column(at, col, table.column(col).cast(pa.list_(pa.string())))
    # one chunk per column: the bytes must not depend on how the columns were assembled
    table = table.combine_chunks()
    atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _version(dist: str) -> str | None:
    try:
        return version(dist)
    except PackageNotFoundError:
        return None


def _versions() -> dict[str, Any]:
    return {
        "package": {"name": "cscaucasus", "version": _version("cscaucasus")},
        "dependencies": {dist: _version(dist) for dist in DEPENDENCIES},
    }


def manifest(
    settings: dict[str, Any],
    article_hashes: dict[str, str],
    inputs: Path,
    tables: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    """What went in (file hashes, settings, versions) and what came out (``tables``)."""
    names = []
    for folder, _, files in os.walk(inputs):
        rel = os.path.relpath(folder, inputs).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        names += [prefix + name for name in files if not name.startswith(".")]
    # the loaded articles' raw bytes were hashed when read: hash only the other files
    hashes = {n: article_hashes.get(n) or file_sha256(inputs / n) for n in sorted(names)}
    return {
        **_versions(),
        "settings": {
            k: v for k, v in settings.items() if k not in ("path", "keys", "files", "reused")
        },
        "inputs": hashes,
        "input_hash": hashlib.sha256(
            "".join(f"{name}\0{digest}\n" for name, digest in hashes.items()).encode()
        ).hexdigest(),
        "tables": tables,
    }


# --- parts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """A run of consecutive articles whose rows share one file per table."""

    file: str  # part-<hex of the first article's path>.parquet: sorts in document order
    ids: tuple[str, ...]


def plan_parts(
    article_ids: Sequence[str], paths: Sequence[str], per_part: int = ARTICLES_PER_PART
) -> list[Part]:
    """The parts of articles in document order (one empty part for no articles).

    >>> [len(p.ids) for p in plan_parts([f"a{i}" for i in range(600)], ["x"] * 600)]
    [120, 332, 148]
    """
    parts, start = [], 0
    for i in range(1, len(article_ids) + 1):
        if i == len(article_ids) or _starts_part(article_ids[i], per_part):
            parts.append(Part(_part_file(paths[start]), tuple(article_ids[start:i])))
            start = i
    return parts or [Part(_part_file(""), ())]


def _starts_part(article_id: str, per_part: int) -> bool:
    return zlib.crc32(article_id.encode()) % per_part == 0


def _part_file(path: str) -> str:
    raw = path.encode()
    if len(raw) <= _MAX_NAME_BYTES:
        return f"part-{raw.hex()}.parquet"
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return f"part-{raw[:_MAX_NAME_BYTES].hex()}-{digest}.parquet"


def part_key(part: Part, keys: dict[str, tuple[str, str]], salt: str) -> str | None:
    """What a part's rows depend on: its articles' cache keys (content, metadata,
    settings, gazetteer, code) and the library versions. None: not known (no keys)."""
    if any(a not in keys for a in part.ids):
        return None
    text = "\n".join([salt, *(f"{a}\0{keys[a][1]}" for a in part.ids)])
    return hashlib.sha256(text.encode()).hexdigest()


def _events_key(key: str | None, cluster_ids: pd.Series) -> str | None:
    """Events also depend on other articles, through their cluster ids."""
    if key is None:
        return None
    text = key + "\n" + "\n".join(pc.fill_null(arrow_strings(cluster_ids), "").to_pylist())
    return hashlib.sha256(text.encode()).hexdigest()


def _content_key(df: pd.DataFrame) -> str:
    """A hash of a small table's content (dtypes and values) and the library versions."""
    digest = hashlib.sha256(json.dumps(_versions(), sort_keys=True).encode())
    digest.update(str(list(df.dtypes.astype(str).items())).encode())
    for column in df.columns:
        values = df[column].astype(object).where(df[column].notna(), None).tolist()
        digest.update(repr((column, values)).encode())
    return digest.hexdigest()


def _salt(per_part: int) -> str:
    return json.dumps({**_versions(), "articles_per_part": per_part}, sort_keys=True)


def split_parts(df: pd.DataFrame, parts: list[Part]) -> list[pd.DataFrame]:
    """The rows of ``df`` (in document order) of each part, as slices."""
    bounds = part_bounds(df, parts)
    return [df.iloc[bounds[k] : bounds[k + 1]] for k in range(len(parts))]


def part_bounds(df: pd.DataFrame, parts: list[Part]) -> np.ndarray:
    """Where each part's rows start in ``df`` (rows in document order), and the end."""
    index = {a: k for k, part in enumerate(parts) for a in part.ids}
    if len(df):
        codes, uniques = pd.factorize(df["article_id"])
        part_of = np.array([index[a] for a in uniques], dtype=np.int64)[codes]
    else:
        part_of = np.array([], dtype=np.int64)
    if (part_of[1:] < part_of[:-1]).any():
        raise ValueError("table rows are not in document order")
    return np.searchsorted(part_of, np.arange(len(parts) + 1))


class _Writer:
    """Writes part files side by side (Arrow encodes and compresses without the GIL) and
    collects the manifest entries of each table."""

    def __init__(self, out: Path, old: dict[str, Any], rewrite: bool = False):
        self.out, self.old, self.rewrite = out, old, rewrite
        self.pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))
        self.pending: list = []
        self.entries = {  # the earlier parts of each table, by file
            name: {e["file"]: e for e in table.get("parts") or []}
            for name, table in (old.get("tables") or {}).items()
        }

    def old_entries(self, name: str) -> dict[str, dict[str, Any]]:
        return self.entries.get(name, {})

    def unchanged(self, name: str, file: str, key: str | None) -> bool:
        entry = self.old_entries(name).get(file)
        return (
            not self.rewrite
            and key is not None
            and entry is not None
            and entry.get("key") == key
            and (self.out / f"{name}.parquet" / file).is_file()
        )

    def parts(
        self, name: str, parts: list[Part], frames: dict[str, pd.DataFrame], keys: dict
    ) -> dict[str, Any]:
        """Write the parts of table ``name`` given in ``frames`` (by file) whose key
        changed; a part not in ``frames`` must be unchanged (its entry is kept)."""
        folder = self.out / f"{name}.parquet"
        if folder.is_file():  # the single-file layout of earlier versions
            folder.unlink()
        folder.mkdir(parents=True, exist_ok=True)
        before = self.old_entries(name)
        entries = []
        for part in parts:
            key = keys.get(part.file)
            if part.file not in frames:
                entries.append(before[part.file])
                continue
            frame = frames[part.file]
            if not self.unchanged(name, part.file, key):
                target = folder / part.file
                self.pending.append(self.pool.submit(write_parquet, frame, target, name))
            entries.append({"file": part.file, "rows": len(frame), "key": key})
        wanted = {part.file for part in parts}
        for stale in folder.glob("*.parquet"):
            if stale.name not in wanted:
                stale.unlink()
        rows = sum(e["rows"] for e in entries)
        return {"rows": rows, "file": f"{name}.parquet", "parts": entries}

    def single(self, name: str, df: pd.DataFrame) -> dict[str, Any]:
        """Write a table as one file, unless the file holds these very rows already
        (``key``: a hash of the rows' content and the library versions)."""
        target = self.out / f"{name}.parquet"
        if target.is_dir():
            shutil.rmtree(target)
        key = _content_key(df)
        before = (self.old.get("tables") or {}).get(name) or {}
        if self.rewrite or before.get("key") != key or not target.is_file():
            self.pending.append(self.pool.submit(write_parquet, df, target, name))
        return {"rows": len(df), "file": f"{name}.parquet", "key": key}

    def finish(self) -> None:
        try:
            for done in self.pending:
                done.result()
        finally:
            self.pool.shutdown()


def _start_writing(out: Path) -> dict[str, Any]:
    """The previous manifest; the manifest and cache files are removed until the new
    ones are written, so an interrupted write leaves nothing to trust."""
    out.mkdir(parents=True, exist_ok=True)
    old = read_manifest(out)
    for name in (MANIFEST, KEYS, FILE_STATS):
        (out / name).unlink(missing_ok=True)
    return old


#: What ``cache_keys.parquet`` keeps of each article besides its keys: enough to
#: know, without reading the tables, which files an incremental build can skip.
KEY_COLUMNS = ("article_id", "path", "sha256", "format", "encoding", "text_key", "actor_key")


def _update_events(
    writer: _Writer,
    before: pd.DataFrame,
    fresh: pd.DataFrame,
    old_parts: list[Part],
    parts: list[Part],
    dirty: list[Part],
    keys: dict[str, str | None],
    clean: set[str],
    reused: set[str],
    finish: Callable[[pd.DataFrame], pd.DataFrame] = lambda frame: frame,
) -> dict[str, Any]:
    """Write the events parts an incremental build changes; their manifest entry.

    ``before`` holds every earlier event, ``fresh`` the events of the ``dirty`` parts'
    articles (with their earlier cluster ids where taken whole from the cache). Only the
    periods where a new, changed or removed article has events are clustered again, and
    of the other parts only those whose cluster ids change are written again.
    """
    periods = changed_periods(before, fresh, reused)
    again_before = member(before.article_id, clean) & np.isin(event_periods(before), periods)
    again_fresh = np.isin(event_periods(fresh), periods)
    subset = pd.concat([before[again_before], fresh[again_fresh]], ignore_index=True)
    clustered = chronology.cluster_events(subset).cluster_id.to_numpy(object, na_value=None)
    cut = int(again_before.sum())

    ids_before = before.cluster_id.to_numpy(object, na_value=None)
    redo = np.flatnonzero(again_before)
    moved = redo[ids_before[redo] != clustered[:cut]]  # earlier events with a new cluster
    ids_before[redo] = clustered[:cut]
    ids_fresh = fresh.cluster_id.to_numpy(object, na_value=None)
    ids_fresh[again_fresh] = clustered[cut:]

    frames = {}
    is_dirty, current = {p.file for p in dirty}, {p.file for p in parts}
    old_bounds = part_bounds(before, old_parts)
    touched = set(np.searchsorted(old_bounds, moved, side="right") - 1)
    for k, part in enumerate(old_parts):
        if part.file in current and part.file not in is_dirty and k in touched:
            rows = slice(old_bounds[k], old_bounds[k + 1])
            frame = before.iloc[rows]
            frames[part.file] = frame.assign(cluster_id=pd.array(ids_before[rows], dtype="string"))
    new_bounds = part_bounds(fresh, dirty)
    for k, part in enumerate(dirty):
        rows = slice(new_bounds[k], new_bounds[k + 1])
        frame = fresh.iloc[rows]
        frames[part.file] = frame.assign(cluster_id=pd.array(ids_fresh[rows], dtype="string"))
    frames = {file: finish(frame) for file, frame in frames.items()}  # e.g. corrections
    events_keys = {
        p.file: _events_key(keys[p.file], frames[p.file].cluster_id) if p.file in frames else None
        for p in parts
    }
    return writer.parts("events", parts, frames, events_keys)


def _write_cache_files(
    out: Path, settings: dict[str, Any], articles: pd.DataFrame, writer: _Writer
) -> None:
    """The cache keys and file signatures of ``articles`` (id, path, hash, format and
    encoding of every article, in document order), written by ``writer``."""
    keys = settings.get("keys") or {}
    columns = {c: articles[c].tolist() for c in KEY_COLUMNS[:5]}
    pairs = [keys.get(a, (None, None)) for a in columns["article_id"]]
    columns["text_key"] = [pair[0] for pair in pairs]
    columns["actor_key"] = [pair[1] for pair in pairs]
    types = dict.fromkeys(KEY_COLUMNS, pa.string())
    writer.pending.append(writer.pool.submit(_write_columns, columns, types, out / KEYS))
    stats = sorted((settings.get("files") or {}).items())
    columns = {"path": [path for path, _ in stats]}
    for i, name in enumerate(STAT_COLUMNS):
        columns[name] = [signature[i] for _, signature in stats]
    types = {"path": pa.string(), **dict.fromkeys(STAT_COLUMNS, pa.int64())}
    writer.pending.append(writer.pool.submit(_write_columns, columns, types, out / FILE_STATS))


def _write_manifest(
    out: Path, settings: dict[str, Any], articles: pd.DataFrame, inputs: Path, tables: dict
) -> None:
    """``manifest.json``, written last: while it is missing, nothing in ``out`` is trusted."""
    hashes = dict(zip(articles.path.tolist(), articles.sha256.tolist(), strict=True))
    text = manifest(settings, hashes, inputs, {n: tables[n] for n in TABLES})
    body = json.dumps(text, indent=2, sort_keys=True) + "\n"
    atomic_write(out / MANIFEST, lambda tmp: tmp.write_text(body, encoding="utf-8"))


def _write_columns(columns: dict[str, list], types: dict[str, pa.DataType], path: Path) -> None:
    """A cache file straight from Python lists (no pandas on the way)."""
    table = pa.table({name: pa.array(values, type=types[name]) for name, values in columns.items()})
    atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))


def write_corpus(
    corpus: Corpus,
    out: str | os.PathLike[str],
    inputs: str | os.PathLike[str],
    *,
    articles_per_part: int = ARTICLES_PER_PART,
    rewrite: bool = False,
) -> Path:
    """Write every table of ``corpus``, the cache files and ``manifest.json`` into ``out``.

    Part files whose key is unchanged since the build recorded in ``out`` are left as
    they are (``rewrite=True`` writes them all).
    """
    _write_corpus(corpus, Path(out), Path(inputs), articles_per_part, rewrite)
    return Path(out)


def _write_corpus(
    corpus: Corpus, out: Path, inputs: Path, per_part: int, rewrite: bool = False
) -> int:
    """:func:`write_corpus`; the number of files written."""
    old = _start_writing(out)
    articles = corpus.articles
    parts = plan_parts(articles.article_id.tolist(), articles.path.tolist(), per_part)
    salt = _salt(per_part)
    keys = {p.file: part_key(p, corpus.settings.get("keys") or {}, salt) for p in parts}
    keys = corrections.salted(keys, parts, corrections.read_corrections(inputs))
    writer = _Writer(out, old, rewrite)
    tables = {}
    try:
        for name in PARTED:
            frames = split_parts(getattr(corpus, name), parts)
            table_keys = keys
            if name == "events":
                table_keys = {
                    p.file: _events_key(keys[p.file], f.cluster_id)
                    for p, f in zip(parts, frames, strict=True)
                }
            by_file = {p.file: f for p, f in zip(parts, frames, strict=True)}
            tables[name] = writer.parts(name, parts, by_file, table_keys)
        tables["actors"] = writer.single("actors", corpus.actors)
        tables["problems"] = writer.single("problems", corpus.problems)
        settings = {**corpus.settings, "articles_per_part": per_part}
        files = len(writer.pending)
        _write_cache_files(out, settings, articles, writer)
    finally:
        writer.finish()
    _write_manifest(out, settings, articles, inputs, tables)
    return files


# --- reading ---------------------------------------------------------------------------


def read_manifest(path: str | os.PathLike[str]) -> dict[str, Any]:
    file = Path(path) / MANIFEST
    return json.loads(file.read_text(encoding="utf-8")) if file.is_file() else {}


def read_table(
    path: Path, files: Sequence[str] | None = None, columns: Sequence[str] | None = None
) -> pd.DataFrame:
    """A table file, or the part ``files`` of a table folder in order (default: every
    part, by name), as ``pandas.read_parquet`` gives it but with list columns as Python
    lists (as the stages make them), converted by Arrow at once."""
    return arrow_to_pandas(read_arrow(path, files, columns), columns or ())


def read_arrow(
    path: Path, files: Sequence[str] | None = None, columns: Sequence[str] | None = None
) -> pa.Table | None:
    """:func:`read_table` up to the Arrow table (None: a folder without parts)."""
    if not path.is_dir():
        return pq.ParquetFile(path).read(columns=columns)
    names = sorted(p.name for p in path.glob("*.parquet")) if files is None else files
    pieces = [pq.ParquetFile(path / name).read(columns=columns) for name in names]
    return pa.concat_tables(pieces, promote_options="default") if pieces else None


def _read_joined(path: Path, files: Sequence[str] | None) -> pa.Table | None:
    """:func:`read_arrow`, with each column in one chunk (rows are then taken without
    joining the chunks again and again)."""
    table = read_arrow(path, files)
    return None if table is None else table.combine_chunks()


def arrow_to_pandas(table: pa.Table | None, columns: Sequence[str] = ()) -> pd.DataFrame:
    """:func:`read_table` from the Arrow table on (``columns``: those of an empty one)."""
    if table is None:
        return pd.DataFrame(columns=list(columns))
    lists = [f.name for f in table.schema if pa.types.is_list(f.type)]
    df = table.drop_columns(lists).to_pandas()
    for name in lists:
        df[name] = pd.Series(table.column(name).to_pylist(), index=df.index, dtype=object)
    return df[table.column_names]


def _part_files(info: dict[str, Any], name: str) -> list[str] | None:
    table = (info.get("tables") or {}).get(name) or {}
    parts = table.get("parts")
    return None if parts is None else [e["file"] for e in parts]


def read_corpus(path: str | os.PathLike[str] = "data/processed") -> Corpus:
    """A Corpus from the parquet files written by :func:`write_corpus` (fast reload)."""
    path = Path(path)
    info = read_manifest(path)
    tables = {
        name: typed(read_table(path / f"{name}.parquet", _part_files(info, name)), name)
        for name in TABLES
    }
    return Corpus(**tables, settings=_cached_settings(path, info))


def _cached_settings(path: Path, info: dict[str, Any]) -> dict[str, Any]:
    settings = dict(info.get("settings", {}))
    if (path / KEYS).exists():
        keys = pq.ParquetFile(path / KEYS).read(columns=["article_id", *KEY_COLUMNS[5:]])
        keys = keys.to_pydict()
        pairs = zip(keys["text_key"], keys["actor_key"], strict=True)
        settings["keys"] = {
            a: pair for a, pair in zip(keys["article_id"], pairs, strict=True) if pair[0]
        }
        if (path / FILE_STATS).exists():
            stats = pq.ParquetFile(path / FILE_STATS).read().to_pydict()
            signatures = zip(*(stats[c] for c in STAT_COLUMNS), strict=True)
            settings["files"] = dict(zip(stats["path"], signatures, strict=True))
    return settings


# --- building --------------------------------------------------------------------------


@dataclass
class BuildResult:
    """What ``cscaucasus build`` reports: row counts, reused articles, problems."""

    out: Path
    rows: dict[str, int]
    reused: int
    problems: pd.DataFrame
    rewritten: int  # table files written (parts and single files)


def build(
    raw: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    strict: bool = False,
    domain_lexicon: bool = True,
    actors_file: str | os.PathLike[str] | None = None,
    max_bytes: int | None = None,
    jobs: int | None = None,
    engine: str = "pandas",
    progress: Callable[[int, int], None] | None = None,
    use_cache: bool = True,
    articles_per_part: int = ARTICLES_PER_PART,
) -> BuildResult:
    """Build the tables of the corpus ``raw`` into ``out`` (``cscaucasus build``).

    With an earlier build in ``out`` (and ``use_cache``), only the parts holding a new,
    changed or removed article are processed and written, and only the events parts
    whose cluster ids changed are rewritten; the files are the same, byte for byte, as
    a full build would write. Raises :class:`CorpusError` with ``strict`` and problems.
    """
    out, raw = Path(out), Path(raw)
    options = dict(actors_file=actors_file, domain_lexicon=domain_lexicon, max_bytes=max_bytes)
    info = read_manifest(out) if use_cache else {}
    if _part_files(info, "articles") and _per(info) and _has_keys(out):
        try:
            return _update(
                raw, out, info, strict, jobs, engine, progress, articles_per_part, options
            )
        except (OSError, KeyError, pa.ArrowException):  # a damaged earlier build
            info = {}
    previous = None
    if info and (out / MANIFEST).exists():
        try:
            previous = read_corpus(out)
        except Exception:  # a damaged cache only costs a full rebuild
            previous = None
    corpus = load_corpus(
        raw, strict=strict, jobs=jobs, engine=engine, previous=previous, progress=progress,
        **options,
    )  # fmt: skip
    written = _write_corpus(corpus, out, raw, articles_per_part, rewrite=not use_cache)
    rows = {name: len(df) for name, df in corpus.tables().items()}
    return BuildResult(out, rows, corpus.settings.get("reused", 0), corpus.problems, written)


def _has_keys(out: Path) -> bool:
    """Whether ``out`` holds the cache keys an incremental build needs."""
    try:
        return set(pq.read_schema(out / KEYS).names) >= set(KEY_COLUMNS)
    except (OSError, pa.ArrowException):
        return False


def _per(info: dict[str, Any]) -> int | None:
    """The ``articles_per_part`` of the build recorded in ``info``."""
    return (info.get("settings") or {}).get("articles_per_part")


def _update(
    raw: Path,
    out: Path,
    info: dict[str, Any],
    strict: bool,
    jobs: int | None,
    engine: str,
    progress: Callable[[int, int], None] | None,
    per_part: int,
    options: dict[str, Any],
) -> BuildResult:
    """An incremental build on top of the parts in ``out`` (see :func:`build`)."""
    # the earlier articles without their text: enough to know what can be reused
    old_files = _part_files(info, "articles")
    # the earlier events and problems are needed whatever changed: read them meanwhile
    # (Arrow decodes without the GIL)
    reader = ThreadPoolExecutor(max_workers=1)
    events_before = reader.submit(_read_joined, out / "events.parquet", _part_files(info, "events"))
    problems_before = reader.submit(read_arrow, out / "problems.parquet")
    reader.shutdown(wait=False)
    previous_articles = read_table(out / KEYS, columns=KEY_COLUMNS[:5])
    light = Corpus(settings=_cached_settings(out, info))
    light.articles = previous_articles
    scan = scan_corpus(raw, previous=light, **options)

    ids = [d.article_id for d in scan.documents]
    parts = plan_parts(ids, [d.path for d in scan.documents], per_part)
    salt = _salt(per_part)
    keys = {p.file: part_key(p, scan.keys, salt) for p in parts}
    fixes = corrections.read_corrections(raw)
    keys = corrections.salted(keys, parts, fixes)
    writer = _Writer(out, info)
    dirty = [
        p for p in parts if not all(writer.unchanged(n, p.file, keys[p.file]) for n in PER_ARTICLE)
    ]
    dirty_ids = [a for p in dirty for a in p.ids]

    # the earlier rows of the reusable articles among them, from the parts that held them
    old_parts = plan_parts(
        previous_articles.article_id.tolist(), previous_articles.path.tolist(), _per(info)
    )
    holder = {a: p.file for p in old_parts for a in p.ids}
    wanted = {holder[a] for a in dirty_ids if a in scan.reuse_text and a in holder}
    needed = [f for f in old_files if f in wanted]
    partial = Corpus(settings=light.settings)
    for name in PER_ARTICLE if needed else ():
        setattr(partial, name, typed(read_table(out / f"{name}.parquet", needed), name))
    partial.events = typed(arrow_to_pandas(events_before.result()), "events")
    partial.problems = typed(arrow_to_pandas(problems_before.result()), "problems")
    partial = corrections.reverted(partial)

    chosen = set(dirty_ids)
    documents = [d for d in scan.documents if d.article_id in chosen]
    tables = process_articles(scan, documents, partial, jobs, engine, progress)
    clean = set(ids) - chosen
    old_problems = partial.problems
    kept = select(
        old_problems,
        member(old_problems.article_id, clean)
        & old_problems.stage.isin(["clean", "chronology"]).to_numpy(),
    )
    stage_problems = merge_parts(
        [{"problems": kept}, {"problems": tables.pop("problems")}], order=ids
    )["problems"]
    problems = typed(
        pd.concat([problems_table(scan.problems), stage_problems], ignore_index=True), "problems"
    )
    fixed = corrections.status(
        fixes, tables, set(dirty_ids), (info.get("settings") or {}).get("corrections")
    )
    problems = pd.concat([problems, corrections.problems(fixed)], ignore_index=True)
    tables["statements"] = corrections.apply_table(tables["statements"], "statements", fixes)
    if strict and len(problems):
        raise CorpusError(problems)

    _start_writing(out)
    written = {}
    try:
        # the new parts are written while the events are clustered again
        for name in PER_ARTICLE:
            frames = split_parts(tables[name], dirty)
            by_file = {p.file: f for p, f in zip(dirty, frames, strict=True)}
            written[name] = writer.parts(name, parts, by_file, keys)
        written["actors"] = writer.single("actors", scan.actors)
        written["problems"] = writer.single("problems", problems)
        # events: only the periods a new, changed or removed article has events in are
        # clustered again; only the parts with events in them are written again
        written["events"] = _update_events(
            writer, partial.events, tables.pop("events"), old_parts, parts, dirty, keys,
            clean, scan.reuse_actor, lambda f: corrections.apply_table(f, "events", fixes),
        )  # fmt: skip
        settings = {**scan.corpus_settings(), "articles_per_part": per_part}
        if fixed is not None:
            settings["corrections"] = fixed
        columns = {c: [getattr(d, c) for d in scan.documents] for c in KEY_COLUMNS[:5]}
        articles = pd.DataFrame({c: pd.array(v, dtype="string") for c, v in columns.items()})
        files = len(writer.pending)
        _write_cache_files(out, settings, articles, writer)
    finally:
        writer.finish()
    _write_manifest(out, settings, articles, raw, written)
    rows = {name: written[name]["rows"] for name in TABLES}
    return BuildResult(out, rows, len(scan.reuse_actor), problems, files)
