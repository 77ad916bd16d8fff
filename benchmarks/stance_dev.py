"""Score the stance toward a target on a development stance sheet.

    python benchmarks/stance_dev.py [--set tone_dev2|tone_dev3]            print the figures
    python benchmarks/stance_dev.py [--set tone_dev2|tone_dev3] --record   also write its record

tests/data/tone_dev2_stance.csv (tests/data/tone_dev2_README.md, "Stance"): the 150
statements of tone_dev2 with a ``target`` and ``stance`` coded by hand by the codebook
(docs/tone_codebook.md, "Stance toward a target") before any stance code existed;
tests/data/tone_dev3.csv (tests/data/tone_dev3_README.md): 227 statements of 46 articles
in 22 further outlets, made like the sealed sets and coded before any model's output on
them was read. Both are **development** sheets: the stance code was tuned while reading
their errors. The tables are built from the set's articles as a researcher's would be
(``load_corpus``), and the machine's ``target``/``stance`` of each coded statement are
compared with the coder's (cscaucasus.evaluate_tone.stance_figures). ``--record`` stores
the figures that cscaucasus.stance.validation() and notebook 03 show
(data/stance_dev.json for tone_dev2, data/stance_dev3.json for tone_dev3).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import cscaucasus as cs
from cscaucasus.evaluate_tone import stance_sheet_figures

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
RECORDS = ROOT / "src" / "cscaucasus" / "data"
#: set -> (coded sheet, its articles, the record cs.stance.validation() shows)
SETS = {
    "tone_dev2": (
        DATA / "tone_dev2_stance.csv",
        DATA / "tone_dev2" / "articles",
        RECORDS / "stance_dev.json",
    ),
    "tone_dev3": (
        DATA / "tone_dev3.csv",
        DATA / "tone_dev3" / "articles",
        RECORDS / "stance_dev3.json",
    ),
}


def sheet_figures(sheet_path: Path, articles: Path) -> dict:
    """The stance figures of a coded sheet from freshly built tables of its articles
    (cscaucasus.evaluate_tone.stance_sheet_figures: a statement found again by its id or
    its text; one no longer found counts as one without a machine target)."""
    sheet = pd.read_csv(sheet_path, dtype=str, keep_default_na=False)
    statements = cs.load_corpus(articles, jobs=1).statements
    found = stance_sheet_figures(sheet, statements)
    return {"sheet": sheet_path.relative_to(ROOT).as_posix(), **found}


def run(
    argv: list[str] | None,
    score: Callable[[str], dict],
    records: dict[str, Path],
    doc: str,
) -> int:
    """Print ``score(set)``'s figures; with ``--record`` also write them to the set's
    record (the command line of this script and of benchmarks/stance_sealed.py)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--set", choices=sorted(records), default=next(iter(records)))
    parser.add_argument("--record", action="store_true", help="write the set's record")
    args = parser.parse_args(argv)
    found = score(args.set)
    print(json.dumps(found, indent=1))
    if args.record:
        record = records[args.set]
        record.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {record.relative_to(ROOT)}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(
        argv,
        lambda name: sheet_figures(*SETS[name][:2]),
        {name: paths[2] for name, paths in SETS.items()},
        __doc__,
    )


if __name__ == "__main__":
    raise SystemExit(main())
