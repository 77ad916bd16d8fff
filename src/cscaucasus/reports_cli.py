"""``cscaucasus reports``: its arguments, and the checks made before any notebook runs.

Parameters come from ``--params-file`` and ``-p NAME VALUE``; they are checked once for
the whole batch (:mod:`cscaucasus.parameters`), with the actor focus resolved against
the built tables. A wrong value stops the command with one line and exit status 2,
before anything in the output folder is touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .output import MANIFEST
from .parameters import ParameterError, check_parameters, resolve_actors
from .reports import INDEX, default_parameters, find_notebooks, run_reports

USAGE_ERROR = 2


def parse_parameters(pairs: Sequence[Sequence[str]], params_file: str | None) -> dict[str, Any]:
    """Parameters from a YAML file, then ``-p NAME VALUE`` pairs (values read as YAML).

    >>> parse_parameters([["actors", '["Nikol Pashinyan"]'], ["min_n", "3"]], None)
    {'actors': ['Nikol Pashinyan'], 'min_n': 3}
    """
    import yaml

    params: dict[str, Any] = {}
    if params_file:
        if not Path(params_file).is_file():
            raise ValueError(
                f"--params-file {params_file}: no such file (a YAML file of parameters,"
                " e.g. a line 'date_from: 2022-01-01')"
            )
        loaded = yaml.safe_load(Path(params_file).read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise ValueError(f"{params_file}: expected a mapping of parameter names to values")
        params.update(loaded)
    for name, value in pairs:
        params[name] = yaml.safe_load(value)
    return {name: _plain(value) for name, value in params.items()}


def _plain(value: Any) -> Any:
    """YAML reads ``2022-01-01`` as a date: notebooks get ISO strings (JSON, papermill)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def configure(p: argparse.ArgumentParser) -> None:
    """Arguments of ``cscaucasus reports``."""
    p.add_argument(
        "processed",
        nargs="?",
        default="data/processed",
        help="built tables (default data/processed)",
    )
    p.add_argument("--out", default="reports", help="output folder (default reports)")
    p.add_argument("--notebooks", default="notebooks", help="notebook folder (default notebooks)")
    p.add_argument(
        "--only", action="append", default=[], help="run notebooks whose name starts with this"
    )
    p.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="notebook parameter; VALUE is read as YAML/JSON (e.g. '[\"Nikol Pashinyan\"]')",
    )
    p.add_argument("--params-file", help="YAML file of notebook parameters")
    p.add_argument("--jobs", type=int, default=1, help="notebooks run in parallel (processes)")
    p.add_argument("--force", action="store_true", help="run every report, even those unchanged")
    p.add_argument(
        "--build",
        nargs="?",
        const="data/raw",
        metavar="RAW",
        help="first build the tables from RAW (default data/raw) into the processed folder",
    )


def checked_parameters(args: argparse.Namespace, notebooks: Sequence[Path]) -> dict[str, Any]:
    """The batch's parameters, checked against what the notebooks declare, actors resolved."""
    params = parse_parameters(args.parameter, args.params_file)
    known: set[str] = set()
    for notebook in notebooks:
        try:
            known.update(default_parameters(notebook))
        except (OSError, ValueError, KeyError, SyntaxError):
            continue  # an unreadable notebook: its run reports why

    checked = check_parameters(params, known=known)
    if checked.get("actors"):
        from .explore import built_actor_names

        actors, names = built_actor_names(checked.get("corpus_path") or args.processed)
        from .names import spelling_key

        checked["actors"] = resolve_actors(checked["actors"], actors, names, spelling=spelling_key)
    return checked


def _build_first(raw: str, processed: str) -> int:
    from .freshness import build_options, current

    made = current(raw, processed, build_options())  # nothing changed: pipeline not imported
    if made is not None:
        articles = made["rows"]["articles"]
        print(f"built {processed}: {articles} articles, already up to date", file=sys.stderr)
        return 0
    from .build import build
    from .corpus import CorpusError

    try:
        result = build(raw, processed)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"built {result.out}: {result.rows['articles']} articles", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    """``cscaucasus reports``: 0 when every notebook ran, 1 if one failed, 2 on bad arguments."""
    if args.build is not None and (code := _build_first(args.build, args.processed)):
        return code
    notebooks = find_notebooks(args.notebooks, args.only)
    if not notebooks:
        print(f"error: no notebooks in {args.notebooks} matching {args.only}", file=sys.stderr)
        return USAGE_ERROR
    if not (Path(args.processed) / MANIFEST).exists():
        print(
            f"error: {args.processed} has no {MANIFEST}; run `make build` "
            "(or `.venv/bin/cscaucasus build`) first",
            file=sys.stderr,
        )
        return 1
    try:
        params = checked_parameters(args, notebooks)
    except (OSError, ValueError) as exc:  # ParameterError, unreadable or bad params file
        print(f"error: {exc}", file=sys.stderr)
        return USAGE_ERROR
    started = time.perf_counter()
    reports = run_reports(
        notebooks,
        args.out,
        processed=args.processed,
        parameters=params,
        jobs=args.jobs,
        progress=lambda line: print(line, file=sys.stderr, flush=True),
        force=args.force,
    )
    failed = [r for r in reports if r.status != "ok"]
    reused = sum(r.reused for r in reports)
    elapsed = time.perf_counter() - started
    print(
        f"wrote {Path(args.out) / INDEX}: {len(reports)} reports, {len(failed)} failed, "
        f"{reused} unchanged and not run again ({elapsed:.1f}s)"
    )
    for r in failed:
        print(
            f"  failed: {r.name} ({r.notebook or 'no notebook written'}) {r.error}", file=sys.stderr
        )
    return 1 if failed else 0


__all__ = ["ParameterError", "USAGE_ERROR", "configure", "parse_parameters", "run"]
