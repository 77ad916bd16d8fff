"""Write a Corpus to ``data/processed/``: one parquet file per table and a manifest.

Files are written atomically (a temporary file, then ``os.replace``) and
deterministically: the same input gives byte-identical files, so the manifest holds
no timestamps.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .corpus import Corpus
from .schema import TABLES, typed

MANIFEST = "manifest.json"
DEPENDENCIES = ("pandas", "pyarrow", "nltk", "vaderSentiment", "trafilatura", "pyyaml")


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


def write_parquet(df: pd.DataFrame, path: Path) -> None:
    # one chunk per column: the bytes must not depend on how the columns were assembled
    table = pa.Table.from_pandas(df, preserve_index=False).combine_chunks()
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


def manifest(corpus: Corpus, inputs: Path) -> dict[str, Any]:
    """What went in (file hashes, settings, versions) and what came out (row counts)."""
    names = []
    for folder, _, files in os.walk(inputs):
        rel = os.path.relpath(folder, inputs).replace(os.sep, "/")
        prefix = "" if rel == "." else rel + "/"
        names += [prefix + name for name in files if not name.startswith(".")]
    # the loaded articles' raw bytes were hashed when read: hash only the other files
    known = dict(zip(corpus.articles.path, corpus.articles.sha256, strict=True))
    hashes = {n: known.get(n) or file_sha256(inputs / n) for n in sorted(names)}
    return {
        "package": {"name": "cscaucasus", "version": _version("cscaucasus")},
        "dependencies": {dist: _version(dist) for dist in DEPENDENCIES},
        "settings": {
            k: v for k, v in corpus.settings.items() if k not in ("path", "keys", "files", "reused")
        },
        "inputs": hashes,
        "input_hash": hashlib.sha256(
            "".join(f"{name}\0{digest}\n" for name, digest in hashes.items()).encode()
        ).hexdigest(),
        "tables": {
            name: {"rows": len(df), "file": f"{name}.parquet"}
            for name, df in corpus.tables().items()
        },
    }


KEYS = "cache_keys.parquet"
#: The stat signatures of the files read (machine-specific, so kept apart from the
#: tables and the deterministic cache keys; see :func:`cache.known_files`).
FILE_STATS = ".cache/files.parquet"
STAT_COLUMNS = ("size", "mtime_ns", "ctime_ns", "inode")


def write_corpus(
    corpus: Corpus,
    out: str | os.PathLike[str],
    inputs: str | os.PathLike[str],
    *,
    partition_rows: int | None = None,
) -> Path:
    """Write every table of ``corpus`` and ``manifest.json`` into ``out``.

    With ``partition_rows``, each table is written as a folder ``<table>.parquet/``
    of part files of about that many rows (what Dask and Spark read in parallel);
    ``pandas.read_parquet`` reads either form. The per-article cache keys go to
    ``cache_keys.parquet`` for the next incremental build.
    """
    out = Path(out)
    for cache_file in (KEYS, FILE_STATS):  # an interrupted write leaves no cache behind
        (out / cache_file).unlink(missing_ok=True)

    def write(name: str, df: pd.DataFrame) -> None:
        target = out / f"{name}.parquet"
        if partition_rows:
            write_partitioned(df, target, partition_rows)
        else:
            if target.is_dir():
                shutil.rmtree(target)
            write_parquet(df, target)

    # Arrow encodes and compresses without the GIL: the tables are written side by side
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        for done in [pool.submit(write, name, df) for name, df in corpus.tables().items()]:
            done.result()
    keys = corpus.settings.get("keys") or {}
    key_table = pd.DataFrame(
        [(a, t, k) for a, (t, k) in sorted(keys.items())],
        columns=["article_id", "text_key", "actor_key"],
    ).astype("string")
    write_parquet(key_table, out / KEYS)
    stats = corpus.settings.get("files") or {}
    stat_table = pd.DataFrame(
        [(path, *sig) for path, sig in sorted(stats.items())],
        columns=["path", *STAT_COLUMNS],
    ).astype({"path": "string", **dict.fromkeys(STAT_COLUMNS, "int64")})
    write_parquet(stat_table, out / FILE_STATS)
    text = json.dumps(manifest(corpus, Path(inputs)), indent=2, sort_keys=True) + "\n"
    atomic_write(out / MANIFEST, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return out


def write_partitioned(df: pd.DataFrame, target: Path, rows: int) -> None:
    """``df`` as a folder of parquet part files, replaced atomically as a whole."""
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        for i, start in enumerate(range(0, max(len(df), 1), rows)):
            part = df.iloc[start : start + rows]
            table = pa.Table.from_pandas(part, preserve_index=False).combine_chunks()
            pq.write_table(table, tmp / f"part-{i:05d}.parquet", compression="zstd")
        os.chmod(tmp, 0o755)
        old = target.with_name(f".{target.name}.old")
        if target.exists():
            os.replace(target, old)
        os.replace(tmp, target)
        if old.exists():
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def read_table(path: Path) -> pd.DataFrame:
    """``pandas.read_parquet(path)``, with list columns as Python lists (as the stages
    make them) rather than the numpy arrays pandas gives, converted by Arrow at once."""
    table = pq.read_table(path)
    lists = [f.name for f in table.schema if pa.types.is_list(f.type)]
    df = table.drop_columns(lists).to_pandas()
    for name in lists:
        df[name] = pd.Series(table.column(name).to_pylist(), index=df.index, dtype=object)
    return df[table.column_names]


def read_corpus(path: str | os.PathLike[str] = "data/processed") -> Corpus:
    """A Corpus from the parquet files written by :func:`write_corpus` (fast reload)."""
    path = Path(path)
    tables = {name: typed(read_table(path / f"{name}.parquet"), name) for name in TABLES}
    settings = json.loads((path / MANIFEST).read_text(encoding="utf-8")).get("settings", {})
    if (path / KEYS).exists():
        keys = pd.read_parquet(path / KEYS)
        settings["keys"] = {
            a: (t, k)
            for a, t, k in zip(keys.article_id, keys.text_key, keys.actor_key, strict=True)
        }
    if (path / KEYS).exists() and (path / FILE_STATS).exists():
        stats = pd.read_parquet(path / FILE_STATS)
        columns = [stats[c].tolist() for c in STAT_COLUMNS]
        settings["files"] = dict(zip(stats.path, zip(*columns, strict=True), strict=True))
    return Corpus(**tables, settings=settings)
