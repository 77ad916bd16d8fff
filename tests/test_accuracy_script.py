"""``make accuracy`` prints every labelled set's figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_accuracy_script_reports_every_set() -> None:
    out = subprocess.run(
        # the sealed tone sets are scored once, by hand, never by the suite
        [sys.executable, str(ROOT / "benchmarks" / "accuracy.py"), "--tone", "tone_train.csv"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for name in (
        "statements_gold",
        "statements_outlets",
        "events_gold",
        "events_outlets",
        "tone_train",
    ):
        assert name in out
    seeds = next(line for line in out.splitlines() if "statements_gold" in line).split()
    n_gold, f1 = int(seeds[2]), float(seeds[6])
    assert n_gold == len((ROOT / "tests/data/statements_gold.csv").read_text().splitlines()) - 1
    assert f1 >= 0.95
