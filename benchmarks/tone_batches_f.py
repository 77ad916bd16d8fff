"""Hand-coded statements for tests/data/tone_train.csv, batch F (2026-12-06, night):
statements in the form the pipeline hands them over, not as written quotes.

The training statements of batches a-e are quotes as written (1 % reported speech),
while the pipeline's statements are mostly reported speech ("the CSTO had failed to
…", third persons, backshifted tenses), headlines ("Armenia will not …, — Peskov") and
short quotes; the development twin tone_dev2 showed the tone weakest exactly there
(docs/tone.md). Batch F is therefore made the way tone_dev2 and tone_sealed2 were:

* 95 short articles (``tests/data/tone_train_f/articles/``) written for this batch in
  the house styles of 19 outlets that no other tone set uses, 2021-2025, on the
  CSTO-Armenia relationship and around it; real people and events, wording written
  for the set (not quotations);
* ``cscaucasus sample sentiment --corpus tests/data/tone_train_f/articles --n 1000
  --seed 1718 --out tests/data/tone_train_f/sample.csv``: every statement the tool
  found (519), in the form, with the speaker and the boundaries it gave them —
  fragments and statements cut from their negation included;
* one coding sheet, ``tone_train_f/coder_h.csv``, coded by docs/tone_codebook.md from
  the statement and its paragraph before any model was trained on it (``hard`` in
  ``note`` for close cases).

:func:`rows` reads the coded sheet: one training row per statement, printed once (no
openers, closers or slot fills: the form is the pipeline's), its article as ``base``.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "data" / "tone_train_f"
SHEET = FOLDER / "coder_h.csv"
KEY = FOLDER / "sample.key.json"
_MARK = re.compile(r"\[\[|\]\]")


def rows() -> list[dict[str, str]]:
    """Batch F as training rows: ``outlet``, ``year``, ``speaker``, ``text`` (the
    statement), ``context`` (its paragraph), ``tone``, ``note`` and ``base`` (the
    article the statement comes from), in the sheet's order."""
    articles = {u["unit_id"]: u["article_id"] for u in json.loads(KEY.read_text())["machine"]}
    with SHEET.open(encoding="utf-8-sig", newline="") as handle:
        coded = list(csv.DictReader(handle))
    out, seen = [], set()
    for row in coded:
        if row["statement"] in seen:  # a headline that repeats a quote of its body: once
            continue
        seen.add(row["statement"])
        out.append(_row(row, articles[row["unit_id"]]))
    return out


def _row(row: dict[str, str], article: str) -> dict[str, str]:
    return {
        "outlet": row["outlet"],
        "year": row["published"][:4],
        "speaker": row["speaker"],
        "cue": "",
        "text": row["statement"],
        "context": _MARK.sub("", row["paragraph"]),
        "tone": row["tone"],
        "note": row["note"],
        "base": article,
    }
