"""Score the stance toward a target on a development stance sheet.

    python benchmarks/stance_dev.py [--set tone_dev4|tone_dev5|tone_dev6]  print the figures
    python benchmarks/stance_dev.py [--set tone_dev4|tone_dev5|tone_dev6] --record   and record

tests/data/tone_dev4.csv and tests/data/tone_dev5.csv (their READMEs): 194 and 197
statements of 36 articles each in 18 and 18 more outlets, made like the sealed sets, the
tone coded before any model's output on them was read, ``target`` and ``stance`` coded by
the codebook (docs/tone_codebook.md, "Stance toward a target") by coder F before any
stance output on them was read. They are the stance's **development** sheets since the
ninth tone round (docs/tone.md): the tone is not trained on them, while it is trained on
tone_dev2 and tone_dev3, the sheets the stance was first tuned on
(tests/data/tone_dev2_stance.csv, tests/data/tone_dev3.csv), which this script still
scores (``--set tone_dev2``, ``--set tone_dev3``) but no longer records: the stance takes
the tone as its value, so their stance figures are in-sample. The tables are built from
the set's articles as a researcher's would be (``load_corpus``), and the machine's
``target``/``stance`` of each coded statement are compared with the coder's
(cscaucasus.evaluate_tone.stance_figures). ``--record`` stores the figures that
cscaucasus.stance.validation() and notebook 03 show (data/stance_dev4.json,
data/stance_dev5.json, data/stance_dev6.json). tests/data/tone_dev6.csv (185 statements,
32 articles, 16 more outlets; target and stance coded by coder H in the tenth session
before any stance output on it was read) is the third such sheet; its first-run figures
are in its README and docs/tone.md. The records were last written with the tenth tone
model (docs/tone.md, "Twelfth round"); re-record them whenever the tone model changes.
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
#: set -> (coded sheet, its articles, the record cs.stance.validation() shows); the
#: recorded sets first, in the order cs.stance.validation() shows them
SETS = {
    "tone_dev4": (
        DATA / "tone_dev4.csv",
        DATA / "tone_dev4" / "articles",
        RECORDS / "stance_dev4.json",
    ),
    "tone_dev5": (
        DATA / "tone_dev5.csv",
        DATA / "tone_dev5" / "articles",
        RECORDS / "stance_dev5.json",
    ),
    "tone_dev6": (
        DATA / "tone_dev6.csv",
        DATA / "tone_dev6" / "articles",
        RECORDS / "stance_dev6.json",
    ),
}
#: sets scored but not recorded: tone_dev2 and tone_dev3 because the tone is trained on
#: them (in-sample figures)
UNRECORDED = {
    "tone_dev2": (DATA / "tone_dev2_stance.csv", DATA / "tone_dev2" / "articles"),
    "tone_dev3": (DATA / "tone_dev3.csv", DATA / "tone_dev3" / "articles"),
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
    unrecorded: tuple[str, ...] = (),
) -> int:
    """Print ``score(set)``'s figures; with ``--record`` also write them to the set's
    record (the command line of this script and of benchmarks/stance_sealed.py); the
    sets ``unrecorded`` are scored but have no record."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    choices = sorted([*records, *unrecorded])
    parser.add_argument("--set", choices=choices, default=next(iter(records)))
    parser.add_argument("--record", action="store_true", help="write the set's record")
    args = parser.parse_args(argv)
    if args.record and args.set not in records:
        parser.error(f"{args.set} has no record (see this script's docstring)")
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
        lambda name: sheet_figures(*(SETS[name][:2] if name in SETS else UNRECORDED[name])),
        {name: paths[2] for name, paths in SETS.items()},
        __doc__,
        tuple(UNRECORDED),
    )


if __name__ == "__main__":
    raise SystemExit(main())
