"""The tables of one corpus (:class:`Corpus`), and reading them back from a build.

What a notebook, the reports' kernels or ``cscaucasus reports`` need to open the tables
that ``cscaucasus build`` wrote (see :mod:`cscaucasus.build` for the folder's layout):
pandas and pyarrow, and neither the pipeline nor NLTK, so that opening a build costs
what reading it costs. :mod:`cscaucasus.corpus` (``load_corpus``) and
:mod:`cscaucasus.build` (writing, incremental builds) build on it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .output import MANIFEST, OutputError, StaleRead, read_verified
from .schema import TABLES, empty_table, typed

__all__ = [
    "BuildState",
    "Corpus",
    "CorpusError",
    "arrow_to_pandas",
    "read_arrow",
    "read_corpus",
    "read_manifest",
    "read_table",
]

#: The manifest's layout: 2 names every table file with its size and hash.
FORMAT = 2
KEYS = "cache_keys.parquet"
#: The stat signatures of the files read (machine-specific, so kept apart from the
#: tables and the deterministic cache keys; see :func:`cache.known_files`).
FILE_STATS = ".cache/files.parquet"
FILE_STATS_DIR = ".cache"
STAT_COLUMNS = ("size", "mtime_ns", "ctime_ns", "inode")
#: What ``cache_keys.parquet`` keeps of each article besides its keys: enough to
#: know, without reading the tables, which files an incremental build can skip.
KEY_COLUMNS = ("article_id", "path", "sha256", "format", "encoding", "text_key", "actor_key")


@dataclass
class BuildState:
    """What a build knows besides its tables: each article's cache keys
    (``{article_id: (text_key, actor_key)}``), the stat signature of every file read
    (``{path: (size, mtime_ns, ctime_ns, inode)}``) and how many articles were taken
    whole from the cache."""

    keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    files: dict[str, tuple[int, ...]] = field(default_factory=dict)
    reused: int = 0


class CorpusError(Exception):
    """Raised by ``load_corpus(strict=True)``: every input problem, in one message."""

    def __init__(self, problems: pd.DataFrame):
        self.problems = problems
        lines = [f"  {r.severity}: {r.path}: {r.message}" for r in problems.itertuples()]
        super().__init__(f"{len(problems)} input problem(s):\n" + "\n".join(lines))


@dataclass
class Corpus:
    """Tables of one corpus (see DESIGN.md) and the settings that made them."""

    articles: pd.DataFrame = field(default_factory=lambda: empty_table("articles"))
    boilerplate: pd.DataFrame = field(default_factory=lambda: empty_table("boilerplate"))
    paragraphs: pd.DataFrame = field(default_factory=lambda: empty_table("paragraphs"))
    sentences: pd.DataFrame = field(default_factory=lambda: empty_table("sentences"))
    actors: pd.DataFrame = field(default_factory=lambda: empty_table("actors"))
    mentions: pd.DataFrame = field(default_factory=lambda: empty_table("mentions"))
    entities: pd.DataFrame = field(default_factory=lambda: empty_table("entities"))
    statements: pd.DataFrame = field(default_factory=lambda: empty_table("statements"))
    events: pd.DataFrame = field(default_factory=lambda: empty_table("events"))
    problems: pd.DataFrame = field(default_factory=lambda: empty_table("problems"))
    settings: dict[str, Any] = field(default_factory=dict)
    #: what the build that made the tables knows besides them (cache keys, file stats)
    state: BuildState = field(default_factory=BuildState, repr=False, compare=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table by name, in the order of DESIGN.md."""
        return {name: getattr(self, name) for name in TABLES}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(df)}" for name, df in self.tables().items())
        return f"Corpus({sizes})"


# --- reading a build ------------------------------------------------------------------


def read_manifest(path: str | os.PathLike[str], complete: bool = False) -> dict[str, Any]:
    """``manifest.json`` of the build in ``path`` ({} if there is none). ``complete``:
    raise :class:`OutputError` unless it is a whole manifest of the current layout,
    naming every table's files with their sizes and hashes."""
    file = Path(path) / MANIFEST
    try:
        info = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        info = {}
    except IsADirectoryError:
        raise OutputError(f"{file} is a folder, not a build's manifest") from None
    except (ValueError, UnicodeDecodeError) as exc:
        if complete:
            raise OutputError(f"{file} is damaged ({exc}); build again") from None
        info = {}
    if complete:
        _check_complete(Path(path), info)
    return info


def _check_complete(path: Path, info: dict[str, Any]) -> None:
    if not info:
        raise OutputError(
            f"{path} holds no complete build (no {MANIFEST}); run `cscaucasus build` into it"
        )
    if info.get("format") != FORMAT:
        raise OutputError(
            f"{path / MANIFEST} was written by an earlier version of cscaucasus; build again"
        )
    for name in TABLES:
        entries = part_entries(info, name)
        if entries is None or any(
            not {"file", "sha256", "size", "rows"} <= set(e) for e in entries
        ):
            raise OutputError(f"{path / MANIFEST} does not describe table {name!r}; build again")


def read_table(
    path: Path,
    files: Sequence[str | dict[str, Any]] | None = None,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """A table file, or the part ``files`` of a table folder in order (default: every
    part, by name), as ``pandas.read_parquet`` gives it but with list columns as Python
    lists (as the stages make them), converted by Arrow at once. A file given by its
    manifest entry is checked against the entry's size and hash."""
    return arrow_to_pandas(read_arrow(path, files, columns), columns or ())


def read_arrow(
    path: Path,
    files: Sequence[str | dict[str, Any]] | None = None,
    columns: Sequence[str] | None = None,
) -> pa.Table | None:
    """:func:`read_table` up to the Arrow table (None: a folder without parts)."""
    if not path.is_dir():
        return pq.ParquetFile(path).read(columns=columns)
    names = sorted(p.name for p in path.glob("*.parquet")) if files is None else files
    pieces = [_read_piece(path, name, columns) for name in names]
    return pa.concat_tables(pieces, promote_options="default") if pieces else None


def _read_piece(
    folder: Path, file: str | dict[str, Any], columns: Sequence[str] | None
) -> pa.Table:
    if isinstance(file, str):
        return pq.ParquetFile(folder / file).read(columns=columns)
    data = read_verified(folder / file["file"], file)
    return pq.ParquetFile(pa.BufferReader(data)).read(columns=columns)


def read_joined(path: Path, files: Sequence[str | dict[str, Any]] | None) -> pa.Table | None:
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


def part_entries(info: dict[str, Any], name: str) -> list[dict[str, Any]] | None:
    """The manifest entries of table ``name``'s files, in order (None: not listed)."""
    table = (info.get("tables") or {}).get(name) or {}
    parts = table.get("parts")
    return None if parts is None else list(parts)


#: How often :func:`read_corpus` starts again when builds publish while it reads.
READ_ATTEMPTS = 20


def read_corpus(path: str | os.PathLike[str] = "data/processed") -> Corpus:
    """A Corpus from the tables of the build in ``path`` (fast reload).

    Every file is the one its manifest names, with the size and hash recorded there, so
    the tables are those of one complete build, whatever a concurrent build is doing: if
    a build publishes while they are read, they are read again from its manifest.
    Raises :class:`OutputError` for a folder without a complete build, or with a file
    that no longer matches an unchanged manifest (a damaged build: build again).
    """
    path = Path(path)
    for _ in range(READ_ATTEMPTS):
        info = read_manifest(path, complete=True)
        try:
            return _read_generation(path, info)
        except StaleRead as exc:
            if read_manifest(path) == info:  # nobody published: the file is damaged
                raise OutputError(f"{exc}; the build in {path} is damaged: build again") from None
    raise OutputError(f"{path} changed {READ_ATTEMPTS} times while being read; try again")


def _read_generation(path: Path, info: dict[str, Any]) -> Corpus:
    tables = {
        name: typed(read_table(path / f"{name}.parquet", part_entries(info, name)), name)
        for name in TABLES
    }
    settings = dict(info.get("settings", {}))
    return Corpus(**tables, settings=settings, state=cached_state(path, info))


def read_keys(path: Path, info: dict[str, Any], columns: Sequence[str]) -> pa.Table | None:
    """The cache keys that ``info`` (the manifest) vouches for; None if there are none
    (an earlier build's, or a build that died before writing them)."""
    entry = (info.get("cache") or {}).get("keys")
    if not entry:
        return None
    try:
        data = read_verified(path / KEYS, entry)
        return pq.ParquetFile(pa.BufferReader(data)).read(columns=columns)
    except (StaleRead, OSError, pa.ArrowException):
        return None


def cached_state(path: Path, info: dict[str, Any]) -> BuildState:
    """The cache keys and file signatures of the build ``info`` describes."""
    state = BuildState()
    keys = read_keys(path, info, ["article_id", *KEY_COLUMNS[5:]])
    if keys is None:
        return state
    keys = keys.to_pydict()
    pairs = zip(keys["text_key"], keys["actor_key"], strict=True)
    state.keys = {a: pair for a, pair in zip(keys["article_id"], pairs, strict=True) if pair[0]}
    try:
        stats = pq.ParquetFile(path / FILE_STATS).read()
    except (OSError, pa.ArrowException):
        return state
    tie = (stats.schema.metadata or {}).get(b"keys_sha256", b"").decode()
    if tie == info["cache"]["keys"]["sha256"]:  # written with these very keys
        stats = stats.to_pydict()
        signatures = zip(*(stats[c] for c in STAT_COLUMNS), strict=True)
        state.files = dict(zip(stats["path"], signatures, strict=True))
    return state
