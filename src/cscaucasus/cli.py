"""The ``cscaucasus`` command: ``build`` the tables, ``reports`` from the notebooks,
``sample`` and ``validate`` for hand validation."""

from __future__ import annotations

import argparse
import gc
import os
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
        "--articles-per-part",
        type=int,
        default=None,
        help="about this many articles per parquet part file (default 256)",
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="rebuild every article instead of reusing unchanged ones from --out",
    )
    p.add_argument(
        "--story-threshold",
        type=_similarity,
        default=None,
        metavar="SIMILARITY",
        help="estimated share of 5-word shingles two articles share from which they are "
        "copies of one story, above 0 and at most 1 (default 0.5; see docs/stories.md)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress line")
    p.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for another build writing to --out (default: stop at once)",
    )


def _similarity(value: str) -> float:
    """A story threshold (an argparse type: a bad one is a usage error, exit status 2)."""
    from .stories import check_threshold

    try:
        return check_threshold(float(value))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r}: expected a number above 0 and at most 1 (see docs/stories.md)"
        ) from None


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
    started = time.perf_counter()
    if not args.no_cache and _up_to_date(args, started):
        return 0
    from .build import ARTICLES_PER_PART, build
    from .corpus import CorpusError

    client = None
    if args.engine == "dask" and args.scheduler:
        from distributed import Client

        client = Client(args.scheduler)
    try:
        result = build(
            args.raw,
            args.out,
            strict=args.strict,
            domain_lexicon=not args.no_domain_lexicon,
            jobs=args.jobs,
            engine=args.engine,
            progress=_progress_printer(args.quiet),
            use_cache=not args.no_cache,
            articles_per_part=args.articles_per_part or ARTICLES_PER_PART,
            wait=args.wait,
            **({} if args.story_threshold is None else {"story_threshold": args.story_threshold}),
        )
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        if client is not None:
            client.close()
    elapsed = time.perf_counter() - started
    if result.stale_lock:
        print(f"note: took over {result.stale_lock}", file=sys.stderr)
    rows = result.rows
    print(
        f"built {result.out}: {rows['articles']} articles ({result.reused} unchanged, reused), "
        f"{rows['sentences']} sentences, {rows['statements']} statements, "
        f"{rows['events']} events, {rows['problems']} problems; "
        f"{result.rewritten} files written ({elapsed:.1f}s)"
    )
    for p in result.problems.itertuples():
        print(f"  {p.severity}: {p.path}: {p.message}")
    return 0


def _up_to_date(args: argparse.Namespace, started: float) -> bool:
    """Whether the tables in ``--out`` are current (:mod:`cscaucasus.freshness`), then
    said as a build that reused every article would say it; the pipeline not imported."""
    from .freshness import build_options, current

    options = build_options(
        strict=args.strict,
        domain_lexicon=not args.no_domain_lexicon,
        story_threshold=args.story_threshold,
        articles_per_part=args.articles_per_part,
    )
    made = current(args.raw, args.out, options)
    if made is None:
        return False
    rows, elapsed = made["rows"], time.perf_counter() - started
    print(
        f"built {args.out}: {rows['articles']} articles ({rows['articles']} unchanged, reused), "
        f"{rows['sentences']} sentences, {rows['statements']} statements, "
        f"{rows['events']} events, {rows['problems']} problems; "
        f"0 files written, already up to date ({elapsed:.1f}s)"
    )
    for path, severity, message in made["problems"]:
        print(f"  {severity}: {path}: {message}")
    return True


def _configure_reports(p: argparse.ArgumentParser) -> None:
    from .reports_cli import configure

    configure(p)


@command("reports", "run every notebook with papermill into reports/ (HTML + index.html)")(
    _configure_reports
)
def run_reports(args: argparse.Namespace) -> int:
    from .reports_cli import run

    return run(args)


def _configure_sample(p: argparse.ArgumentParser) -> None:
    from .validation import configure_sample

    configure_sample(p)


@command("sample", "draw a coding sheet for hand validation (statements, events, sentiment)")(
    _configure_sample
)
def run_sample(args: argparse.Namespace) -> int:
    from .validation import run_sample

    return run_sample(args)


def _configure_validate(p: argparse.ArgumentParser) -> None:
    from .validation import configure_validate

    configure_validate(p)


@command("validate", "measure coded sheets: intercoder alpha, then machine vs coders")(
    _configure_validate
)
def run_validate(args: argparse.Namespace) -> int:
    from .validation import run_validate

    return run_validate(args)


def _configure_fetch(p: argparse.ArgumentParser) -> None:
    p.add_argument("links", help="a text file of URLs, or a CSV with a url column")
    p.add_argument("--into", default="data/raw", help="corpus folder (default data/raw)")
    p.add_argument("--delay", type=float, default=1.0, help="seconds between requests to a host")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a server")
    p.add_argument("--retries", type=int, default=3, help="retries on 429/5xx and broken links")
    p.add_argument("--max-bytes", type=int, default=20_000_000, help="largest page stored")
    p.add_argument("--contact", help="an e-mail or URL added to the user agent")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


@command("fetch", "download the pages of a list of links into data/raw (+ metadata.csv)")(
    _configure_fetch
)
def run_fetch(args: argparse.Namespace) -> int:
    from .fetch import Settings, fetch_links, user_agent

    settings = Settings(
        delay=args.delay,
        timeout=args.timeout,
        retries=args.retries,
        max_bytes=args.max_bytes,
        user_agent=user_agent(args.contact),
    )
    result = fetch_links(args.links, args.into, settings, progress=not args.quiet)
    print(
        f"fetched {len(result.fetched)} pages into {args.into} ({result.kind} list; "
        f"{result.skipped} fetched before), {len(result.problems)} problems"
    )
    for p in result.problems:
        print(f"  {p.severity}: {p.path}: {p.message}")
    return 0


#: Exit statuses of ``cscaucasus`` (docs/reliability.md).
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY, EXIT_OUTPUT, EXIT_BUG = 0, 1, 2, 3, 4, 5
EXIT_INTERRUPTED = 130


def failure(exc: BaseException) -> tuple[str, int]:
    """One line saying what went wrong and where, and the exit status for it."""
    from .ingest import ConfigError
    from .output import OutputBusy, OutputError, describe_os_error

    if isinstance(exc, ConfigError):
        return str(exc), EXIT_USAGE
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted; the previous build is still in place", EXIT_INTERRUPTED
    if isinstance(exc, OutputBusy):
        return str(exc), EXIT_BUSY
    if isinstance(exc, OutputError):
        return str(exc), EXIT_OUTPUT
    if isinstance(exc, OSError):
        return describe_os_error(exc), EXIT_OUTPUT
    if isinstance(exc, MemoryError):
        return "out of memory", EXIT_OUTPUT
    summary = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
    return (
        f"internal error ({summary}); run again with --debug for the traceback",
        EXIT_BUG,
    )


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``cscaucasus`` argument parser, with every registered sub-command (and
    ``--debug`` before or after the sub-command). With ``command``, only that one's
    options are set up: setting up ``sample`` imports the whole pipeline, which
    ``reports`` does not need."""
    top = argparse.ArgumentParser(prog="cscaucasus", description=__doc__)
    debug = argparse.ArgumentParser(add_help=False)
    debug.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the Python traceback of a failure",
    )
    top.add_argument("--debug", action="store_true", help="show the traceback of a failure")
    sub = top.add_subparsers(dest="command", required=True)
    for name, (configure, _run, help_text) in COMMANDS.items():
        options = sub.add_parser(name, help=help_text, description=help_text, parents=[debug])
        if command in (None, name):
            configure(options)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    first = next((word for word in words if not word.startswith("-")), None)
    args = parser(first if first in COMMANDS else None).parse_args(words)
    # The objects of the imported modules live as long as the process: keep them out of
    # the garbage collector's full passes, which otherwise cost a tenth of a second on
    # every few thousand articles (the collector still runs for everything made later).
    gc.freeze()
    try:
        return COMMANDS[args.command][1](args)
    except (Exception, KeyboardInterrupt) as exc:
        if args.debug or os.environ.get("CSCAUCASUS_DEBUG"):
            raise
        message, status = failure(exc)
        print(f"error: {message}", file=sys.stderr)
        return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
