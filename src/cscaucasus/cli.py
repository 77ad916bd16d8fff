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
        "--no-domain-lexicon", action="store_true", help="score sentiment with VADER's lexicon only"
    )


@command("build", "read data/raw and write every table to data/processed (parquet)")(
    _configure_build
)
def run_build(args: argparse.Namespace) -> int:
    from .build import write_corpus
    from .corpus import CorpusError, load_corpus

    started = time.perf_counter()
    try:
        corpus = load_corpus(
            args.raw, strict=args.strict, domain_lexicon=not args.no_domain_lexicon
        )
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out = write_corpus(corpus, args.out, args.raw)
    elapsed = time.perf_counter() - started
    print(
        f"built {out}: {len(corpus.articles)} articles, {len(corpus.sentences)} sentences, "
        f"{len(corpus.statements)} statements, {len(corpus.events)} events, "
        f"{len(corpus.problems)} problems ({elapsed:.1f}s)"
    )
    for p in corpus.problems.itertuples():
        print(f"  {p.severity}: {p.path}: {p.message}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cscaucasus", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (configure, _run, help_text) in COMMANDS.items():
        configure(sub.add_parser(name, help=help_text, description=help_text))
    args = parser.parse_args(argv)
    return COMMANDS[args.command][1](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
