"""Score the stance toward a target on the sealed set, summary figures only.

    python benchmarks/stance_sealed.py            print the figures
    python benchmarks/stance_sealed.py --record   also write src/cscaucasus/data/stance_sealed.json

tests/data/tone_sealed3.csv (tests/data/tone_sealed3_README.md): 422 statements the tool
found in 65 composed articles, ``target`` and ``stance`` coded by two coders
independently (the sheet holds their agreed target and the stance toward it). The set is
sealed: run this once per shipped stance stage, at the end of a round of work, and record
what it prints (no statement, only the figures). The tables are rebuilt from the set's
articles with the current code (``load_corpus``); a coded statement is found again by its
id, or by its text within its article when the attribution has renumbered it; one the
current code no longer finds counts as a statement without a machine target. Statements
where the coders named one target but differ on the stance are left out.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from stance_dev import run  # (a sibling script: the same command line)

import cscaucasus as cs
from cscaucasus.evaluate_tone import stance_figures

ROOT = Path(__file__).resolve().parents[1]
SHEET = ROOT / "tests" / "data" / "tone_sealed3.csv"
ARTICLES = ROOT / "tests" / "data" / "tone_sealed3" / "articles"
RECORD = ROOT / "src" / "cscaucasus" / "data" / "stance_sealed.json"


def figures() -> dict:
    """The stance figures on the sealed sheet, from freshly built tables."""
    sheet = pd.read_csv(SHEET, dtype=str, keep_default_na=False)
    sheet = sheet[~((sheet["target"] != "") & (sheet["stance"] == ""))].reset_index(drop=True)
    statements = cs.load_corpus(ARTICLES, jobs=1).statements
    ids = statements["statement_id"].astype(str)
    by_id = dict(zip(ids, statements["text"], strict=True))
    by_text = {(i.rsplit(":", 1)[0], t): i for i, t in zip(ids, statements["text"], strict=True)}
    found = [
        sid if by_id.get(sid) == text else by_text.get((sid.rsplit(":", 1)[0], text), f"-{k}")
        for k, (sid, text) in enumerate(zip(sheet["statement_id"], sheet["text"], strict=True))
    ]
    lost = sum(f.startswith("-") for f in found)
    result = stance_figures(sheet.assign(statement_id=found), statements.assign(statement_id=ids))
    return {"sheet": SHEET.relative_to(ROOT).as_posix(), "not_found_now": lost, **result}


def main(argv: list[str] | None = None) -> int:
    return run(argv, figures, RECORD, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
