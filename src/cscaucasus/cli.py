"""The ``cscaucasus`` command: ``build`` the tables, ``reports`` from the notebooks."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

COMMANDS: dict[str, tuple[Callable[[argparse.ArgumentParser], None], Callable]] = {}


def command(name: str, help: str):
    """Register a sub-command: the decorated function gets the parsed arguments."""

    def register(configure: Callable[[argparse.ArgumentParser], None]):
        def wrap(run: Callable[[argparse.Namespace], int]):
            COMMANDS[name] = (configure, run, help)
            return run

        return wrap

    return register


def _configure_build(p: argparse.ArgumentParser) -> None:
    p.add_argument("raw", nargs="?", default="data/raw", help="corpus folder (default data/raw)")
    p.add_argument("--out", default="data/processed", help="output folder for parquet tables")
    p.add_argument("--strict", action="store_true", help="fail on any input problem")
    p.add_argument(
        "--no-domain-lexicon",
        action="store_true",
        help="score sentiment with VADER's lexicon only",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="worker processes (0: one per core; default: every core for large corpora)",
    )
    p.add_argument("--engine", choices=["pandas", "dask"], default="pandas")
    p.add_argument(
        "--scheduler", help="with --engine dask: address of a Dask scheduler (tcp://host:8786)"
    )
    p.add_argument(
        "--partition-rows",
        type=int,
        help="write each table as a folder of parquet parts of this many rows",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="rebuild every article instead of reusing unchanged ones from --out",
    )
    p.add_argument("--quiet", action="store_true", help="no progress line")


def _progress_printer(quiet: bool):
    if quiet:
        return None
    last = [-1.0]
    started = time.perf_counter()

    def show(done: int, total: int) -> None:
        now = time.perf_counter()
        if done < total and now - last[0] < 0.5:
            return
        last[0] = now
        rate = done / max(now - started, 1e-9)
        end = "\n" if done >= total else ""
        print(f"\r  {done:,}/{total:,} articles ({rate:,.0f}/s)", end=end, file=sys.stderr)

    return show


@command("build", "read data/raw and write every table to data/processed (parquet)")(
    _configure_build
)
def run_build(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .build import MANIFEST, read_corpus, write_corpus
    from .corpus import CorpusError, load_corpus

    started = time.perf_counter()
    previous = None
    if not args.no_cache and (Path(args.out) / MANIFEST).exists():
        try:
            previous = read_corpus(args.out)
        except Exception as exc:  # a damaged cache only costs a full rebuild
            print(f"note: not reusing {args.out} ({exc}); full rebuild", file=sys.stderr)
    client = None
    if args.engine == "dask" and args.scheduler:
        from distributed import Client

        client = Client(args.scheduler)
    try:
        corpus = load_corpus(
            args.raw,
            strict=args.strict,
            domain_lexicon=not args.no_domain_lexicon,
            jobs=args.jobs,
            engine=args.engine,
            previous=previous,
            progress=_progress_printer(args.quiet),
        )
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        if client is not None:
            client.close()
    out = write_corpus(corpus, args.out, args.raw, partition_rows=args.partition_rows)
    elapsed = time.perf_counter() - started
    reused = corpus.settings.get("reused", 0)
    print(
        f"built {out}: {len(corpus.articles)} articles ({reused} unchanged, reused), "
        f"{len(corpus.sentences)} sentences, {len(corpus.statements)} statements, "
        f"{len(corpus.events)} events, {len(corpus.problems)} problems ({elapsed:.1f}s)"
    )
    for p in corpus.problems.itertuples():
        print(f"  {p.severity}: {p.path}: {p.message}")
    return 0


def _configure_reports(p: argparse.ArgumentParser) -> None:
    from .reports import configure

    configure(p)


@command("reports", "run every notebook with papermill into reports/ (HTML + index.html)")(
    _configure_reports
)
def run_reports(args: argparse.Namespace) -> int:
    from .reports import run

    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cscaucasus", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (configure, _run, help_text) in COMMANDS.items():
        configure(sub.add_parser(name, help=help_text, description=help_text))
    args = parser.parse_args(argv)
    return COMMANDS[args.command][1](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
