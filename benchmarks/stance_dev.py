"""Score the stance toward a target on the development stance sheet.

    python benchmarks/stance_dev.py            print the figures
    python benchmarks/stance_dev.py --record   also write src/cscaucasus/data/stance_dev.json

tests/data/tone_dev2_stance.csv (tests/data/tone_dev2_README.md, "Stance"): the 150
statements of tone_dev2 with a ``target`` and ``stance`` coded by hand by the codebook
(docs/tone_codebook.md, "Stance toward a target") before any stance code existed. It is
a **development** sheet: the stance code was tuned while reading its errors. The tables
are built from tone_dev2's articles as a researcher's would be (``load_corpus``), and the
machine's ``target``/``stance`` of each coded statement are compared with the coder's
(cscaucasus.evaluate_tone.stance_figures). ``--record`` stores the figures that
cscaucasus.stance.validation() and notebook 03 show.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import cscaucasus as cs
from cscaucasus.evaluate_tone import stance_figures

ROOT = Path(__file__).resolve().parents[1]
SHEET = ROOT / "tests" / "data" / "tone_dev2_stance.csv"
ARTICLES = ROOT / "tests" / "data" / "tone_dev2" / "articles"
RECORD = ROOT / "src" / "cscaucasus" / "data" / "stance_dev.json"


def figures() -> dict:
    """The stance figures on the development sheet, from freshly built tables."""
    sheet = pd.read_csv(SHEET, dtype=str, keep_default_na=False)
    corpus = cs.load_corpus(ARTICLES, jobs=1)
    return {"sheet": SHEET.relative_to(ROOT).as_posix(), **stance_figures(sheet, corpus.statements)}


def run(argv: list[str] | None, score: Callable[[], dict], record: Path, doc: str) -> int:
    """Print ``score()``'s figures; with ``--record`` also write them to ``record`` (the
    command line of this script and of benchmarks/stance_sealed.py)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--record", action="store_true", help=f"write {record.name}")
    args = parser.parse_args(argv)
    found = score()
    print(json.dumps(found, indent=1))
    if args.record:
        record.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {record.relative_to(ROOT)}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(argv, figures, RECORD, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
