"""Score the stance toward a target on the sealed set, summary figures only.

    python benchmarks/stance_sealed.py            print the figures
    python benchmarks/stance_sealed.py --record   also write src/cscaucasus/data/stance_sealed.json

tests/data/tone_sealed14.csv (tests/data/tone_sealed14_README.md): 477 statements the tool
found in 30 composed articles, ``target`` and ``stance`` coded by two coders
independently (the sheet holds their agreed target and the stance toward it), scored once
in the sixteenth session, 2026-12-08, with the twelfth tone model after the eighteenth
round; the sets before it, tone_sealed13 (400 statements, scored once with the same model
after the seventeenth round), tone_sealed12 (361 statements), tone_sealed11 (359),
tone_sealed10 (467),
tone_sealed9 (492), tone_sealed8 (472), tone_sealed7 (471), tone_sealed6 (526),
tone_sealed5 (519),
tone_sealed4 (419) and tone_sealed3 (422), were scored once each (docs/tone.md). The set is
sealed: run this once per shipped stance stage, at the end of a round of work, and record
what it prints (no statement, only the figures). The tables are rebuilt from the set's
articles with the current code (``load_corpus``); a coded statement is found again by its
id, or by its text within its article when the attribution has renumbered it; one the
current code no longer finds counts as a statement without a machine target. Statements
where the coders named one target but differ on the stance are left out. Beside the
stance it prints the tables' ``statements.tone`` against the coders' agreed tone
(``pipeline_tone_*``: the tone as the pipeline reads a statement, with the speaker's own
verb before reported speech cut after it; benchmarks/tone_sealed.py scores the text
alone).
"""

from __future__ import annotations

from pathlib import Path

from stance_dev import run, sheet_figures  # (a sibling script: the same command line)

ROOT = Path(__file__).resolve().parents[1]
SHEET = ROOT / "tests" / "data" / "tone_sealed14.csv"
ARTICLES = ROOT / "tests" / "data" / "tone_sealed14" / "articles"
RECORD = ROOT / "src" / "cscaucasus" / "data" / "stance_sealed.json"


def main(argv: list[str] | None = None) -> int:
    return run(argv, lambda _: sheet_figures(SHEET, ARTICLES), {"tone_sealed14": RECORD}, __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
