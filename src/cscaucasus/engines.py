"""Execution engines: how the per-article tasks of a build are run, behind a registry.

An engine maps one function over tasks (chunks of articles) and hands the results, in
task order, to a ``collect`` callback while its workers are still up. ``"pandas"``
runs in this process or, with ``jobs`` > 1, in a pool of forked processes; ``"dask"``
runs on the Dask scheduler in effect: a ``distributed.Client`` created before
``load_corpus`` (for a real cluster, ``Client("tcp://scheduler-host:8786")``), or Dask's
local process scheduler (``pip install cscaucasus[dask]``). Every engine runs the very
same function (:func:`cscaucasus.pipeline.process_task`), so the tables do not depend on
the engine. A new engine is one :func:`register` call.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .runtime import worker_pace

MIN_CHUNK, MAX_CHUNK = 8, 128  # articles per task (output does not depend on it)
CHUNKS_PER_JOB = 4  # several tasks per process, so that uneven chunks even out
#: Articles per task at most before the last round of tasks (see :func:`chunk_sizes`):
#: a task has a fixed cost (about 0.05 s of CPU: each stage's tables are made, typed and
#: read once per task), so few large ones, then one small one per process to even out.
MAX_HEAD_CHUNK = 512
AUTO_PARALLEL_ARTICLES = 64  # with jobs=None, smaller corpora run in this process

Task = Any
Collect = Callable[[Iterable[Any]], Any]
Run = Callable[[Callable[[Task], Any], list[Task], int, Collect], Any]


@dataclass(frozen=True)
class Engine:
    """``run(function, tasks, jobs, collect)``; ``local``: its workers can read the
    corpus folder (else the texts are read before the tasks are sent)."""

    name: str
    run: Run
    local: bool = True


ENGINES: dict[str, Engine] = {}


def register(engine: Engine) -> Engine:
    """Make ``engine`` available as ``load_corpus(engine=engine.name)``."""
    ENGINES[engine.name] = engine
    return engine


def get_engine(name: str) -> Engine:
    if name not in ENGINES:
        raise ValueError(f"engine must be one of {tuple(ENGINES)}, not {name!r}")
    return ENGINES[name]


def chunk_size(n_documents: int, jobs: int) -> int:
    """Articles per task: a few tasks per process, each big enough to amortise the
    per-table overhead of pandas, none so big that one slow chunk keeps a core idle.

    >>> chunk_size(100_000, 2), chunk_size(1_000, 2), chunk_size(40, 2)
    (128, 125, 8)
    """
    return max(MIN_CHUNK, min(MAX_CHUNK, -(-n_documents // (jobs * CHUNKS_PER_JOB))))


def chunk_sizes(n_documents: int, jobs: int) -> list[int]:
    """Articles per task, in task order, for ``jobs`` processes: with one, tasks of
    :func:`chunk_size`; with more, the articles but a last round of one such small task
    per process come first, in tasks of up to :data:`MAX_HEAD_CHUNK` shared evenly
    among the processes, so that there are few tasks (each has a fixed cost) and the
    processes still finish together.

    >>> chunk_sizes(1_000, 2), chunk_sizes(1_000, 1)[:3], chunk_sizes(40, 2)
    ([375, 375, 125, 125], [128, 128, 128], [12, 12, 8, 8])
    >>> sum(chunk_sizes(5_000, 2)), len(chunk_sizes(5_000, 2)), max(chunk_sizes(5_000, 2))
    (5000, 12, 475)
    """
    small = chunk_size(n_documents, jobs)
    tail = min(n_documents, small * jobs) if jobs > 1 else 0
    return _split(n_documents - tail, _per_task(n_documents - tail, jobs, small)) + _split(
        tail, small
    )


def _per_task(n: int, jobs: int, small: int) -> int:
    """The size of the head tasks: ``n`` shared evenly in rounds of ``jobs`` tasks of
    at most :data:`MAX_HEAD_CHUNK` (at least ``small``); ``small`` with one process."""
    if jobs <= 1 or n <= 0:
        return small
    rounds = -(-n // (jobs * MAX_HEAD_CHUNK))
    return max(small, -(-n // (jobs * rounds)))


def _split(n: int, size: int) -> list[int]:
    """``n`` articles in tasks of ``size`` (the last one what is left)."""
    return [min(size, n - start) for start in range(0, n, size)] if n > 0 else []


def job_count(jobs: int | None, n_documents: int, engine: Engine) -> int:
    """The processes to use: ``jobs``, with 0 for one per core and None for every core
    once there are enough articles to share (always, for a cluster engine)."""
    if jobs is None:
        jobs = 1 if n_documents < AUTO_PARALLEL_ARTICLES and engine.local else 0
    return jobs or os.cpu_count() or 1


def run_pandas(function: Callable[[Task], Any], tasks: list[Task], jobs: int, collect: Collect):
    """In this process, or in ``jobs`` forked processes."""
    if jobs == 1 or len(tasks) <= 1:
        return collect(map(function, tasks))
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=start_worker, initargs=(os.getpid(),)
    ) as pool:
        return collect(pool.map(function, tasks))


def run_dask(function: Callable[[Task], Any], tasks: list[Task], jobs: int, collect: Collect):
    """On the current Dask scheduler, one bag partition per task."""
    try:
        import dask.bag as db
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ImportError("engine='dask' needs: pip install 'cscaucasus[dask]'") from exc
    if not tasks:
        return collect([])
    bag = db.from_sequence(tasks, npartitions=len(tasks))
    return collect(bag.map(function).compute())


register(Engine("pandas", run_pandas))
register(Engine("dask", run_dask, local=False))


def beside(function: Callable[[], Any]) -> Callable[[], Any]:
    """Start ``function()`` in a forked process and return a function that waits for its
    result: this process meanwhile does other work. The forked process sees this one's
    memory as it is now (nothing is pickled on the way in; the result is, on the way
    back). If the process cannot be forked, fails or dies, the waiting function calls
    ``function()`` here instead, so its result, and any error, are an in-process call's.
    """
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return function
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_send_result, args=(function, send), daemon=True)
    try:
        process.start()
    except OSError:
        receive.close()
        return function
    finally:
        send.close()

    def result() -> Any:
        try:
            done, value = receive.recv()
        except (EOFError, OSError):  # it died before sending
            done, value = False, None
        finally:
            receive.close()
            process.join()
        return value if done else function()

    return result


def _send_result(function: Callable[[], Any], send: Any) -> None:
    """In the forked process of :func:`beside`: ``(True, result)``, or ``(False, None)``
    if ``function`` failed (the caller then runs it itself, to raise its error). It runs
    at a worker's pace (:func:`cscaucasus.runtime.worker_pace`)."""
    worker_pace()
    try:
        outcome = (True, function())
    except BaseException:  # noqa: BLE001 - re-raised by the caller's own call
        outcome = (False, None)
    send.send(outcome)
    send.close()


def start_worker(parent: int) -> None:
    """In a forked worker process, first: the collector's pace for a worker
    (:func:`cscaucasus.runtime.worker_pace`), and :func:`watch_parent`."""
    worker_pace()
    watch_parent(parent)


def watch_parent(parent: int, every: float = 0.5) -> None:
    """In a worker process: exit as soon as ``parent`` is gone (killed with SIGKILL, the
    parent cannot stop its workers, which would otherwise live on)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="watch-parent").start()


def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL(None).malloc_trim  # glibc
    except (AttributeError, OSError):
        return None


_TRIM = _malloc_trim()


def release_memory() -> None:
    """Give the memory freed since (the texts of finished articles, the buffers the
    workers' results came in) back to the system, so that the process's footprint
    follows the tables it holds. Only glibc needs telling; elsewhere a no-op."""
    if _TRIM is not None:
        _TRIM(0)
