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

Files are written deterministically: the same input gives byte-identical files,
however it was built, so the manifest holds no timestamps. A build holds the folder's
lock (:func:`output.output_lock`) and publishes atomically: every table file's name ends
in a hash of its bytes (``part-<hex>-<hash>.parquet``), so a file never changes once
named; the new files are written beside the old ones, ``manifest.json`` (naming each
file with its size and sha256) replaces the old one in one rename, and only then are
the files it does not name removed. Until that rename the previous build is what every
reader sees, and it survives any failure; :func:`read_corpus` reads the files of one
manifest, checked against their hashes. See ``docs/reliability.md``.

:func:`build` is ``cscaucasus build``: when the output folder holds an earlier build,
it processes only the articles of the parts that changed and rewrites only the files
that changed, without reading the rest of the earlier tables.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import corrections, freshness, output, pipeline, stories
from .arrays import member, objects, select
from .cache import Cached
from .corpus import Scan, load_corpus, process_articles, scan_corpus
from .fingerprint import versions
from .ingest import problems_table
from .output import (
    MANIFEST,
    OutputError,
    StaleRead,
    atomic_write,
    output_lock,
    remove_unnamed,
)
from .pipeline import merge_parts
from .schema import LIST, SCHEMAS, TABLES, typed
from .tables import (
    FILE_STATS,
    FILE_STATS_DIR,
    FORMAT,
    KEY_COLUMNS,
    KEYS,
    STAT_COLUMNS,
    BuildState,
    Corpus,
    CorpusError,
    arrow_to_pandas,
    cached_state,
    part_entries,
    read_arrow,
    read_corpus,
    read_joined,
    read_keys,
    read_manifest,
    read_table,
)

#: Tables with a row per article or per piece of one, written in parts.
PARTED = pipeline.PER_ARTICLE_TABLES
#: Those an incremental build reads whole from the earlier build (while it scans the
#: corpus): every period of the events may be clustered again.
READ_WHOLE = ("events",)
#: The others, read only from the parts of the articles processed again.
PER_ARTICLE = tuple(t for t in PARTED if t not in READ_WHOLE)
ARTICLES_PER_PART = 256
_MAX_NAME_BYTES = 100  # of a path in a part name (file names stop at 255 bytes)


def write_part(df: pd.DataFrame, folder: Path, stem: str, name: str) -> dict[str, Any]:
    """``df`` as a part file of table ``name`` in ``folder``, named by its stem and the
    hash of its bytes; the ``file``, ``sha256`` and ``size`` of its manifest entry."""
    table = _arrow_table(df, name)
    return output.write_named(
        folder, stem, lambda tmp: pq.write_table(table, tmp, compression="zstd")
    )


def _arrow_table(df: pd.DataFrame, name: str | None) -> pa.Table:
    table = pa.Table.from_pandas(df, preserve_index=False)
    if name is not None:
        for col, dtype in SCHEMAS[name].items():
            if dtype == LIST and table.schema.field(col).type != pa.list_(pa.string()):
                at = table.schema.get_field_index(col)
                table = table.set_column(at, col, table.column(col).cast(pa.list_(pa.string())))
    # one chunk per column: the bytes must not depend on how the columns were assembled
    return table.combine_chunks()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _input_hash(inputs: Path, name: str) -> str | None:
    """The sha256 of an input file; None for what is not a regular file inside
    ``inputs`` (the reader reported it as a problem)."""
    real = os.path.realpath(inputs / name)
    top = os.path.realpath(inputs)
    try:
        if os.path.commonpath([real, top]) != top or not stat.S_ISREG(os.stat(real).st_mode):
            return None
        return file_sha256(Path(real))
    except OSError:
        return None


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
    # (regular files inside ``inputs``: a FIFO or device is never opened)
    hashes = {n: article_hashes.get(n) or _input_hash(inputs, n) for n in sorted(names)}
    return {
        **versions(),
        "settings": {k: v for k, v in settings.items() if k != "path"},
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


def _linked_key(key: str | None, frame: pd.DataFrame, name: str) -> str | None:
    """The key of a part of a table whose columns a cross-article stage writes
    (``pipeline.CORPUS_COLUMNS``: cluster ids, story ids): the part's own key and those
    columns' values, through which it depends on other articles."""
    if key is None:
        return None
    values = [objects(frame[c]).tolist() for c in pipeline.CORPUS_COLUMNS[name]]
    return hashlib.sha256((key + "\n" + repr(values)).encode()).hexdigest()


def _table_keys(
    name: str, parts: list[Part], frames: dict[str, pd.DataFrame], keys: dict[str, str | None]
) -> dict[str, str | None]:
    """The key of each part of table ``name`` (in ``frames``, by file; None: not known)."""
    if name not in pipeline.CORPUS_COLUMNS:
        return keys
    return {
        p.file: _linked_key(keys[p.file], frames[p.file], name) if p.file in frames else None
        for p in parts
    }


def _content_key(df: pd.DataFrame) -> str:
    """A hash of a small table's content (dtypes and values) and the library versions."""
    digest = hashlib.sha256(json.dumps(versions(), sort_keys=True).encode())
    digest.update(str(list(df.dtypes.astype(str).items())).encode())
    for column in df.columns:
        values = df[column].astype(object).where(df[column].notna(), None).tolist()
        digest.update(repr((column, values)).encode())
    return digest.hexdigest()


def _salt(per_part: int) -> str:
    return json.dumps({**versions(), "articles_per_part": per_part}, sort_keys=True)


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
    collects the manifest entries of each table. A part's entry keeps its ``part`` (the
    stem, :attr:`Part.file`) and the ``file`` it was written to (the stem with the hash
    of its bytes), filled in when the file is written."""

    def __init__(self, out: Path, old: dict[str, Any], rewrite: bool = False):
        self.out, self.old, self.rewrite = out, old, rewrite
        self.pool = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))
        self.pending: list = []
        self.entries = {  # the earlier parts of each table, by stem
            name: {e["part"]: e for e in part_entries(old, name) or []}
            for name in (old.get("tables") or {})
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
            and _size(self.out / f"{name}.parquet" / entry["file"]) == entry.get("size")
        )

    def write(self, name: str, stem: str, frame: pd.DataFrame, entry: dict[str, Any]) -> None:
        """Write ``frame`` as the part ``stem`` of ``name`` in the background; its file
        name, hash and size go into ``entry``."""
        folder = self.out / f"{name}.parquet"
        self.pending.append(
            self.pool.submit(lambda: entry.update(write_part(frame, folder, stem, name)))
        )

    def parts(
        self, name: str, parts: list[Part], frames: dict[str, pd.DataFrame], keys: dict
    ) -> dict[str, Any]:
        """Write the parts of table ``name`` given in ``frames`` (by file) whose key
        changed; a part not in ``frames`` must be unchanged (its entry is kept)."""
        _folder(self.out / f"{name}.parquet")
        before = self.old_entries(name)
        entries = []
        for part in parts:
            key = keys.get(part.file)
            if part.file not in frames:
                entries.append(before[part.file])
                continue
            frame = frames[part.file]
            if self.unchanged(name, part.file, key):
                entries.append(before[part.file])
                continue
            entry = {"part": part.file, "rows": len(frame), "key": key}
            self.write(name, part.file, frame, entry)
            entries.append(entry)
        rows = sum(e["rows"] for e in entries)
        return {"rows": rows, "file": f"{name}.parquet", "parts": entries}

    def single(self, name: str, df: pd.DataFrame) -> dict[str, Any]:
        """Write a table as a folder of one part, unless that part holds these very
        rows already (``key``: a hash of the rows' content and the library versions)."""
        _folder(self.out / f"{name}.parquet")
        key = _content_key(df)
        before = self.old_entries(name).get(SINGLE)
        if self.rewrite or not self.unchanged(name, SINGLE, key):
            before = {"part": SINGLE, "rows": len(df), "key": key}
            self.write(name, SINGLE, df, before)
        return {"rows": len(df), "file": f"{name}.parquet", "key": key, "parts": [before]}

    def finish(self) -> None:
        try:
            for done in self.pending:
                done.result()
        finally:
            self.pool.shutdown()


def _size(path: Path) -> int | None:
    """The size of a regular file (a cheap check that a part is still the one named;
    readers check the hash)."""
    try:
        return path.stat().st_size if path.is_file() else None
    except OSError:
        return None


#: The stem of the one part of a table written whole (actors, problems).
SINGLE = "part.parquet"


def _folder(folder: Path) -> None:
    """A table's folder (a table file of the single-file layout of earlier versions,
    which no current manifest names, is removed)."""
    if folder.is_file():
        folder.unlink()
    folder.mkdir(parents=True, exist_ok=True)


def _start_writing(out: Path) -> dict[str, Any]:
    """The previous complete build's manifest ({} if there is none); what a build that
    died left behind (temporary files, part files no manifest names) is removed.
    Nothing of the previous build is touched: it stays what readers see."""
    if (out / MANIFEST).is_dir():
        raise OutputError(f"{out / MANIFEST} is a folder; remove it to build into {out}")
    try:
        old = read_manifest(out, complete=True)
    except OutputError:
        old = {}
    _remove_unnamed(out, old)
    return old


def _remove_unnamed(out: Path, info: dict[str, Any]) -> None:
    """Remove every table file ``info`` (a manifest) does not name, and temporaries."""
    for name in TABLES:
        keep = {e["file"] for e in part_entries(info, name) or []}
        remove_unnamed(out / f"{name}.parquet", keep)
    remove_unnamed(out, set())
    remove_unnamed(out / FILE_STATS_DIR, set())


def _write_changed(
    writer: _Writer,
    name: str,
    table: pd.DataFrame,
    plan: _Plan,
    relinked: dict[str, pd.DataFrame],
) -> dict[str, Any]:
    """Write the dirty parts of a per-article table, and the unchanged parts whose
    linked columns changed (``relinked``, by file); the table's manifest entry."""
    frames = split_parts(table, plan.dirty)
    by_file = {p.file: f for p, f in zip(plan.dirty, frames, strict=True)} | relinked
    return writer.parts(
        name, plan.parts, by_file, _table_keys(name, plan.parts, by_file, plan.keys)
    )


def _update_corpus(
    out: Path,
    info: dict[str, Any],
    tables: dict[str, pd.DataFrame],
    plan: _Plan,
    whole: dict[str, pd.DataFrame],
    reused: set[str],
    settings: dict[str, Any],
) -> dict[str, dict[str, pd.DataFrame]]:
    """The cross-article stages of the recipe in an incremental build, as a full build
    runs them: each stage's ``update`` (see :class:`pipeline.Changes`) gets the stored
    rows of the unchanged articles (from ``whole``, the tables read whole, or from the
    earlier parts, machine values) and the new rows in ``tables``, which get the columns
    it writes. Returned are the frames (by file) of the unchanged parts whose written
    columns change."""
    now, fresh, stored, gone = {}, {}, {}, {}
    for name, columns in _corpus_stage_columns().items():
        old = _stored_rows(out, info, name, columns, whole, plan.clean)
        if old is None:
            old = tables[name].iloc[0:0][columns]
        kept = member(old.article_id, plan.clean)
        stored[name], gone[name] = select(old, kept), select(old, ~kept)
        both = [{name: stored[name]}, {name: tables[name][columns]}]
        now[name] = merge_parts(both, order=plan.ids)[name]
        fresh[name] = ~member(now[name].article_id, plan.clean)
    before = dict(now)
    for step in pipeline.stages_at(pipeline.CORPUS):
        if step.update is None:
            raise TypeError(f"cross-article stage {step.name!r} declares no update")
        names = list(step.columns)
        changes = pipeline.Changes(
            {n: now[n] for n in names},
            {n: before[n] for n in names},
            {n: fresh[n] for n in names},
            {n: gone[n] for n in names},
            reused,
            settings,
        )
        for name, found in step.update(changes).items():
            now[name] = now[name].assign(**{c: found[c].array for c in found.columns})
    return {
        name: _relinked(out, name, tables, stored[name], now[name], fresh[name], plan)
        for name in pipeline.CORPUS_COLUMNS
    }


def _corpus_stage_columns() -> dict[str, list[str]]:
    """The columns the cross-article stages read or write, by table."""
    columns: dict[str, list[str]] = {}
    for step in pipeline.stages_at(pipeline.CORPUS):
        for name, (inputs, outputs) in step.columns.items():
            columns[name] = list(dict.fromkeys([*columns.get(name, []), *inputs, *outputs]))
    return columns


def _stored_rows(
    out: Path,
    info: dict[str, Any],
    name: str,
    columns: list[str],
    whole: dict[str, pd.DataFrame],
    clean: set[str],
) -> pd.DataFrame | None:
    """The earlier build's ``columns`` of table ``name`` (its machine values: the coders'
    corrections reverted); None when no article stays and the table was not read."""
    if name in whole:
        return whole[name][columns]
    if not clean:
        return None
    old = read_table(out / f"{name}.parquet", part_entries(info, name), columns=columns)
    old = old.astype({c: SCHEMAS[name][c] for c in columns if c in SCHEMAS[name]})
    if name in corrections.ID_COLUMN:
        old = corrections.revert_table(old, name, (info.get("settings") or {}).get("corrections"))
    return old


def _relinked(
    out: Path,
    name: str,
    tables: dict[str, pd.DataFrame],
    stored: pd.DataFrame,
    now: pd.DataFrame,
    fresh: np.ndarray,
    plan: _Plan,
) -> dict[str, pd.DataFrame]:
    """The new rows of table ``name`` (in ``tables``) with the columns the cross-article
    stages wrote (``now``: every row), and the frames (by file) of the unchanged parts
    whose written columns changed, read again with the new values."""
    outputs = list(pipeline.CORPUS_COLUMNS[name])
    if len(tables[name]) != int(fresh.sum()):
        raise ValueError(f"{name}: the cross-article stages lost or added rows")
    tables[name] = tables[name].assign(**{c: now[c].array[fresh] for c in outputs})
    after = {c: now[c].array[~fresh] for c in outputs}
    changed = np.zeros(len(stored), dtype=bool)
    for c in outputs:
        changed |= objects(stored[c]) != objects(pd.Series(after[c]))
    holder = {a: p for p in plan.parts for a in p.ids}
    moved = {holder[a] for a in stored.article_id[changed].unique() if a in holder}
    frames = {}
    for part in (p for p in plan.parts if p in moved and p not in plan.dirty):
        rows = np.flatnonzero(member(stored.article_id, set(part.ids)))
        entry = plan.writer.old_entries(name)[part.file]
        frame = typed(read_table(out / f"{name}.parquet", [entry]), name)
        if len(frame) != len(rows):
            raise StaleRead(f"{name}: part {part.file} is not the one the keys describe")
        frames[part.file] = frame.assign(**{c: after[c][rows] for c in outputs})
    return frames


def _cache_files(state: BuildState, articles: pd.DataFrame) -> tuple[bytes, pa.Table]:
    """The bytes of ``cache_keys.parquet`` (id, path, hash, format, encoding and keys
    of every article, in document order) and the table of the files' stat signatures."""
    keys = state.keys
    columns = {c: articles[c].tolist() for c in KEY_COLUMNS[:5]}
    pairs = [keys.get(a, (None, None)) for a in columns["article_id"]]
    columns["text_key"] = [pair[0] for pair in pairs]
    columns["actor_key"] = [pair[1] for pair in pairs]
    types = dict.fromkeys(KEY_COLUMNS, pa.string())
    sink = pa.BufferOutputStream()
    pq.write_table(_columns_table(columns, types), sink, compression="zstd")
    stats = sorted(state.files.items())
    columns = {"path": [path for path, _ in stats]}
    for i, name in enumerate(STAT_COLUMNS):
        columns[name] = [signature[i] for _, signature in stats]
    types = {"path": pa.string(), **dict.fromkeys(STAT_COLUMNS, pa.int64())}
    return sink.getvalue().to_pybytes(), _columns_table(columns, types)


def _columns_table(columns: dict[str, list], types: dict[str, pa.DataType]) -> pa.Table:
    """A cache table straight from Python lists (no pandas on the way)."""
    return pa.table({name: pa.array(values, type=types[name]) for name, values in columns.items()})


def _publish(
    out: Path,
    settings: dict[str, Any],
    state: BuildState,
    articles: pd.DataFrame,
    inputs: Path,
    tables: dict[str, Any],
) -> None:
    """Make the written parts the build: ``manifest.json`` replaces the old one in one
    rename; then the cache files it vouches for, then the old files are removed."""
    keys, stats = _cache_files(state, articles)
    digest = hashlib.sha256(keys).hexdigest()
    cache = {"keys": {"file": KEYS, "sha256": digest, "size": len(keys)}}
    output.checkpoint("parts written")
    hashes = dict(zip(articles.path.tolist(), articles.sha256.tolist(), strict=True))
    text = manifest(settings, hashes, inputs, {n: tables[n] for n in TABLES})
    body = json.dumps({**text, "format": FORMAT, "cache": cache}, indent=2, sort_keys=True)
    atomic_write(out / MANIFEST, lambda tmp: tmp.write_text(body + "\n", encoding="utf-8"))
    output.checkpoint("manifest written")
    atomic_write(out / KEYS, lambda tmp: tmp.write_bytes(keys))
    # the stat signatures are trusted only beside the cache keys they were written with
    stats = stats.replace_schema_metadata({"keys_sha256": digest})
    atomic_write(out / FILE_STATS, lambda tmp: pq.write_table(stats, tmp, compression="zstd"))
    output.checkpoint("cache written")
    _remove_unnamed(out, read_manifest(out))


def write_corpus(
    corpus: Corpus,
    out: str | os.PathLike[str],
    inputs: str | os.PathLike[str],
    *,
    articles_per_part: int = ARTICLES_PER_PART,
    rewrite: bool = False,
    wait: float = 0.0,
) -> Path:
    """Write every table of ``corpus``, the cache files and ``manifest.json`` into ``out``.

    Part files whose key is unchanged since the build recorded in ``out`` are left as
    they are (``rewrite=True`` writes them all). Holds ``out``'s lock, waiting up to
    ``wait`` seconds for another build (else :class:`output.OutputBusy`).
    """
    with output_lock(Path(out), wait):
        _write_corpus(corpus, Path(out), Path(inputs), articles_per_part, rewrite)
    return Path(out)


def _write_corpus(
    corpus: Corpus, out: Path, inputs: Path, per_part: int, rewrite: bool = False
) -> int:
    """:func:`write_corpus` (with the lock held); the number of files written."""
    old = _start_writing(out)
    articles = corpus.articles
    parts = plan_parts(articles.article_id.tolist(), articles.path.tolist(), per_part)
    salt = _salt(per_part)
    keys = {p.file: part_key(p, corpus.state.keys, salt) for p in parts}
    keys = corrections.salted(keys, parts, corrections.read_corrections(inputs))
    writer = _Writer(out, old, rewrite)
    tables = {}
    try:
        for name in PARTED:
            frames = split_parts(getattr(corpus, name), parts)
            by_file = {p.file: f for p, f in zip(parts, frames, strict=True)}
            tables[name] = writer.parts(
                name, parts, by_file, _table_keys(name, parts, by_file, keys)
            )
        tables["actors"] = writer.single("actors", corpus.actors)
        tables["problems"] = writer.single("problems", corpus.problems)
        settings = {**corpus.settings, "articles_per_part": per_part}
        files = len(writer.pending)
    finally:
        writer.finish()
    _publish(out, settings, corpus.state, articles, inputs, tables)
    return files


# --- reading ---------------------------------------------------------------------------


# --- building --------------------------------------------------------------------------


@dataclass
class BuildResult:
    """What ``cscaucasus build`` reports: row counts, reused articles, problems."""

    out: Path
    rows: dict[str, int]
    reused: int
    problems: pd.DataFrame
    rewritten: int  # table files written (parts and single files)
    stale_lock: str | None = None  # a dead build's lock that was taken over


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
    story_threshold: float = stories.THRESHOLD,
    wait: float = 0.0,
) -> BuildResult:
    """Build the tables of the corpus ``raw`` into ``out`` (``cscaucasus build``).

    With an earlier build in ``out`` (and ``use_cache``), only the parts holding a new,
    changed or removed article are processed and written, and only the events parts
    whose cluster ids changed are rewritten; the files are the same, byte for byte, as
    a full build would write. Raises :class:`CorpusError` with ``strict`` and problems.

    The build holds ``out``'s lock throughout (waiting up to ``wait`` seconds for
    another build, else raising :class:`output.OutputBusy`) and publishes atomically:
    until it is done, and after any failure, ``out`` holds the previous build.
    """
    out, raw = Path(out), Path(raw)
    options = dict(
        actors_file=actors_file,
        domain_lexicon=domain_lexicon,
        max_bytes=max_bytes,
        story_threshold=stories.check_threshold(story_threshold),  # before taking the lock
    )
    with output_lock(out, wait) as lock:
        settings = freshness.build_options(
            strict=strict,
            articles_per_part=None if articles_per_part == ARTICLES_PER_PART else articles_per_part,
            **{**options, "story_threshold": _unless_default(options["story_threshold"])},
        )
        made_from = freshness.recipe(raw, settings)
        result = _build(
            raw, out, strict, jobs, engine, progress, use_cache, articles_per_part, options
        )
        problems = result.problems[["path", "severity", "message"]].itertuples(index=False)
        freshness.record(out, made_from, list(problems))
    result.stale_lock = lock.stale
    return result


def _unless_default(threshold: float) -> float | None:
    return None if threshold == stories.THRESHOLD else threshold


def _build(
    raw: Path,
    out: Path,
    strict: bool,
    jobs: int | None,
    engine: str,
    progress: Callable[[int, int], None] | None,
    use_cache: bool,
    articles_per_part: int,
    options: dict[str, Any],
) -> BuildResult:
    """:func:`build`, with the lock held."""
    info = _start_writing(out)
    info = info if use_cache else {}
    if part_entries(info, "articles") and _per(info) and _has_keys(out, info):
        try:
            return _update(
                raw, out, info, strict, jobs, engine, progress, articles_per_part, options
            )
        except (StaleRead, FileNotFoundError, KeyError, pa.ArrowException):  # damaged
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
    return BuildResult(out, rows, corpus.state.reused, corpus.problems, written)


def _has_keys(out: Path, info: dict[str, Any]) -> bool:
    """Whether ``out`` holds the cache keys (of the build ``info`` describes) that an
    incremental build needs (their hash is checked when they are read)."""
    entry = (info.get("cache") or {}).get("keys") or {}
    try:
        return bool(entry) and (out / KEYS).stat().st_size == entry.get("size")
    except OSError:
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
    """An incremental build on top of the parts in ``out`` (see :func:`build`): scan,
    plan the parts, process the articles of the changed ones (with the earlier rows of
    those whose text is unchanged), then write what changed and publish."""
    before = _Before.start(out, info)
    threshold = stories.check_threshold(options.get("story_threshold", stories.THRESHOLD))
    stories.preload(threshold)  # (made beside the scan)
    scan = scan_corpus(raw, previous=Cached({"articles": before.articles}, before.state), **options)
    plan = _plan(scan, out, info, per_part, corrections.read_corrections(raw), before.parts())
    cached = before.cached(plan, scan, out)
    chosen = plan.chosen  # (a property: a set built anew on each use)
    documents = [d for d in scan.documents if d.article_id in chosen]
    tables = process_articles(scan, documents, cached, jobs, engine, progress)
    stories.ready()  # (before anything forks again)
    problems, fixed = _update_problems(scan, tables, cached.tables["problems"], plan, info)
    if strict and len(problems):
        raise CorpusError(problems)
    whole = {name: cached.tables[name] for name in READ_WHOLE}
    relinked = _update_corpus(out, info, tables, plan, whole, scan.reuse_actor, scan.settings)
    for name in corrections.ID_COLUMN:  # the coders' overrides, after every stage
        tables[name] = corrections.apply_table(tables[name], name, plan.fixes)
    try:
        written = _write_update(plan, tables, relinked, scan, problems)
        files = len(plan.writer.pending)
    finally:
        plan.writer.finish()
    settings = {**scan.settings, "articles_per_part": per_part}
    if fixed is not None:
        settings["corrections"] = fixed
    columns = {c: [getattr(d, c) for d in scan.documents] for c in KEY_COLUMNS[:5]}
    articles = pd.DataFrame({c: pd.array(v, dtype="string") for c, v in columns.items()})
    _publish(out, settings, scan.state(), articles, raw, written)
    rows = {name: written[name]["rows"] for name in TABLES}
    return BuildResult(out, rows, len(scan.reuse_actor), problems, files)


@dataclass
class _Before:
    """What an incremental build knows of the earlier build before reading its rows:
    its articles (without their text) and state; its events and problems, needed
    whatever changed, are read meanwhile (Arrow decodes without the GIL)."""

    info: dict[str, Any]
    articles: pd.DataFrame
    state: BuildState
    events: Any  # futures of Arrow tables
    problems: Any

    @classmethod
    def start(cls, out: Path, info: dict[str, Any]) -> _Before:
        reader = ThreadPoolExecutor(max_workers=1)
        events = reader.submit(read_joined, out / "events.parquet", part_entries(info, "events"))
        problems = reader.submit(
            read_arrow, out / "problems.parquet", part_entries(info, "problems")
        )
        reader.shutdown(wait=False)
        keys = read_keys(out, info, KEY_COLUMNS[:5])
        if keys is None:
            raise StaleRead(f"{out / KEYS} is not the one {out / MANIFEST} names")
        return cls(info, arrow_to_pandas(keys), cached_state(out, info), events, problems)

    def parts(self) -> list[Part]:
        """The earlier build's parts."""
        ids, paths = self.articles.article_id.tolist(), self.articles.path.tolist()
        return plan_parts(ids, paths, _per(self.info))

    def cached(self, plan: _Plan, scan: Scan, out: Path) -> Cached:
        """The earlier rows of the articles to process whose text is unchanged (from the
        parts that held them), every earlier event and problem, machine values only."""
        holder = {a: p.file for p in plan.old_parts for a in p.ids}
        wanted = {holder[a] for a in plan.chosen if a in scan.reuse_text and a in holder}
        needed = [e["part"] for e in part_entries(self.info, "articles") if e["part"] in wanted]
        partial = Corpus(settings=dict(self.info.get("settings") or {}))
        for name in PER_ARTICLE if needed else ():
            entries = [plan.writer.old_entries(name)[stem] for stem in needed]
            setattr(partial, name, typed(read_table(out / f"{name}.parquet", entries), name))
        partial.events = typed(arrow_to_pandas(self.events.result()), "events")
        partial.problems = typed(arrow_to_pandas(self.problems.result()), "problems")
        partial = corrections.reverted(partial)
        return Cached(partial.tables(), self.state)


@dataclass
class _Plan:
    """The parts of an incremental build: all of them (``parts``, with their keys), the
    earlier build's, and the ``dirty`` ones whose articles are processed again."""

    ids: list[str]
    parts: list[Part]
    old_parts: list[Part]
    keys: dict[str, str | None]
    dirty: list[Part]
    writer: _Writer
    fixes: Any

    @property
    def chosen(self) -> set[str]:
        """The articles to process: those of the dirty parts."""
        return {a for p in self.dirty for a in p.ids}

    @property
    def clean(self) -> set[str]:
        """The articles whose rows stay as they are."""
        return set(self.ids) - self.chosen


def _plan(
    scan: Scan, out: Path, info: dict[str, Any], per_part: int, fixes: Any, old_parts: list[Part]
) -> _Plan:
    """Which parts an incremental build must process again: those whose key changed."""
    ids = [d.article_id for d in scan.documents]
    parts = plan_parts(ids, [d.path for d in scan.documents], per_part)
    salt = _salt(per_part)
    keys = {p.file: part_key(p, scan.keys, salt) for p in parts}
    keys = corrections.salted(keys, parts, fixes)
    writer = _Writer(out, info)
    unlinked = [n for n in PARTED if n not in pipeline.CORPUS_COLUMNS]  # keys: the part's own
    dirty = [
        p for p in parts if not all(writer.unchanged(n, p.file, keys[p.file]) for n in unlinked)
    ]
    return _Plan(ids, parts, old_parts, keys, dirty, writer, fixes)


def _update_problems(
    scan: Scan,
    tables: dict[str, pd.DataFrame],
    before: pd.DataFrame,
    plan: _Plan,
    info: dict[str, Any],
) -> tuple[pd.DataFrame, Any]:
    """The problems of an incremental build (the earlier stage problems of the clean
    articles, the new ones of the others), and the record of the corrections."""
    kept = select(
        before,
        member(before.article_id, plan.clean)
        & before.stage.isin(pipeline.problem_stages(pipeline.TEXT, pipeline.ACTOR)).to_numpy(),
    )
    stage_problems = merge_parts(
        [{"problems": kept}, {"problems": tables.pop("problems")}], order=plan.ids
    )["problems"]
    problems = typed(
        pd.concat([problems_table(scan.problems), stage_problems], ignore_index=True), "problems"
    )
    fixed = corrections.status(
        plan.fixes, tables, plan.chosen, (info.get("settings") or {}).get("corrections")
    )
    problems = pd.concat([problems, corrections.problems(fixed)], ignore_index=True)
    return problems, fixed


def _write_update(
    plan: _Plan,
    tables: dict[str, pd.DataFrame],
    relinked: dict[str, dict[str, pd.DataFrame]],
    scan: Scan,
    problems: pd.DataFrame,
) -> dict[str, Any]:
    """Write the parts an incremental build changes: the parts processed again, and the
    unchanged parts whose cross-article columns changed (``relinked``); every table's
    manifest entry."""
    writer, written = plan.writer, {}
    for name in PARTED:
        frames = relinked.get(name, {})
        written[name] = _write_changed(writer, name, tables[name], plan, frames)
    written["actors"] = writer.single("actors", scan.actors)
    written["problems"] = writer.single("problems", problems)
    return written
