"""The output folder's safety: one build at a time, files that never change once named,
and reads that check what they read.

* :func:`output_lock` — a build holds ``<out>/.lock`` (an ``flock`` on the file, which
  the kernel releases when the holder dies, with the holder's pid, host and start time
  written inside for the message a second build gets). A lock file that names a holder
  but is not locked was left by a build that died: it is stale, and taken over.
* :func:`write_named` — a part file's name ends in a hash of its bytes, so a file, once
  named, never changes: a new build writes new names beside the old ones, the manifest
  written last says which files make up the tables, and the files no manifest names are
  removed afterwards (and, after a killed build, by the next one).
* :func:`read_verified` — reads a file the manifest names, checking its size and hash.
* :func:`atomic_write` — a file replaced whole or not at all (written beside it under a
  temporary name, then renamed into place), such as :data:`MANIFEST` or a report.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOCK = ".lock"
MANIFEST = "manifest.json"  # the built tables' record: files, hashes, inputs, versions


class OutputError(Exception):
    """The output folder cannot be written or read as a build (one line, for the user)."""


class OutputBusy(OutputError):
    """Another build holds the output folder's lock."""


class StaleRead(Exception):
    """A file named by the manifest that was read is gone or changed: a newer build
    published meanwhile (the reader reads the manifest again)."""


@dataclass
class Lock:
    """The lock a build holds; ``stale`` describes a dead holder's lock taken over."""

    path: Path
    fd: int
    stale: str | None = None


def _holder(fd: int) -> dict[str, Any]:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return json.loads(os.read(fd, 4096).decode() or "{}")
    except (OSError, ValueError):
        return {}


def describe(holder: dict[str, Any]) -> str:
    """'pid 123 on host x, since 2026-12-06 12:00:00 UTC' (what is known of it)."""
    if not holder:
        return "an unknown process"
    since = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(holder.get("started", 0)))
    return f"pid {holder.get('pid')} on host {holder.get('host')}, since {since}"


@contextmanager
def output_lock(out: Path, wait: float = 0.0, poll: float = 0.2) -> Iterator[Lock]:
    """Hold ``out``'s build lock for the ``with`` block; wait up to ``wait`` seconds for
    another build to finish, else raise :class:`OutputBusy` naming the holder."""
    prepare_folder(out)
    path = out / LOCK
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputBusy(
                        f"{out} is being written by another build ({describe(_holder(fd))}); "
                        "wait for it to finish (or use --wait SECONDS)"
                    ) from None
                time.sleep(poll)
        left = _holder(fd)
        stale = f"a lock left by a build that died ({describe(left)})" if left else None
        mine = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(mine).encode(), 0)
        lock = Lock(path, fd, stale)
        try:
            yield lock
        finally:
            os.ftruncate(fd, 0)  # an empty lock file: nobody holds it
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def prepare_folder(out: Path) -> None:
    """Create ``out`` (and its parents), with one clear error if that is impossible."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"the output {out} is a file, not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"the output {out} is not a folder (a file is in its path)") from None


def named(stem: str, digest: str) -> str:
    """``part-61.parquet`` with the hash ``abc…`` of its bytes: ``part-61-abc….parquet``.

    >>> named("part-61.parquet", "0123456789abcdef" * 4)
    'part-61-0123456789abcdef.parquet'
    """
    base, dot, suffix = stem.rpartition(".")
    return f"{base}-{digest[:16]}{dot}{suffix}"


#: Called at named points of writing (tests make a build stop or die there).
checkpoint: Callable[[str], None] = lambda point: None  # noqa: E731


def write_named(folder: Path, stem: str, write: Callable[[Path], None]) -> dict[str, Any]:
    """``write(tmp)`` into a temporary file in ``folder``, then rename it to its stem
    with the hash of its bytes (:func:`named`); its ``file``, ``sha256`` and ``size``."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{stem}.", suffix=".tmp")
    os.close(fd)
    try:
        write(Path(tmp))
        checkpoint("temporary file written")
        digest, size = file_digest(Path(tmp))
        os.chmod(tmp, 0o644)
        name = named(stem, digest)
        os.replace(tmp, folder / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    checkpoint("part written")
    return {"file": name, "sha256": digest, "size": size}


def file_digest(path: Path) -> tuple[str, int]:
    """The sha256 and size of a regular file, read in blocks."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def read_verified(path: Path, entry: dict[str, Any]) -> bytes:
    """The bytes of the file ``entry`` (of a manifest) names, if its size and hash are
    those recorded; :class:`StaleRead` if it is gone or different."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StaleRead(f"{path} is missing") from None
    if len(data) != entry.get("size") or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        raise StaleRead(f"{path} is not the file the manifest describes (size or hash differ)")
    return data


def remove_unnamed(folder: Path, keep: set[str]) -> int:
    """Remove the part files and temporaries in ``folder`` that ``keep`` does not name
    (left by an earlier build, or by a build that died before publishing)."""
    removed = 0
    if not folder.is_dir():
        return 0
    for path in folder.iterdir():
        leftover = path.name.startswith(".") and path.name.endswith(".tmp")
        if leftover or (path.name.startswith("part-") and path.name not in keep):
            try:
                path.unlink()
                removed += 1
            except FileNotFoundError:
                pass
            except IsADirectoryError:
                continue
    return removed


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


def describe_os_error(exc: OSError) -> str:
    """One line for an operating-system error: what, where, and what to do."""
    where = f" {exc.filename}" if exc.filename else ""
    hints = {
        errno.ENOSPC: "the disk is full; the previous build is still there",
        errno.EDQUOT: "the disk quota is exhausted; the previous build is still there",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
        errno.EROFS: "the file system is read-only",
        errno.EISDIR: "a folder is where a file should be",
        errno.ENOTDIR: "a file is where a folder should be",
    }
    reason = hints.get(exc.errno or 0, exc.strerror or str(exc))
    return f"cannot access{where}: {reason}"
