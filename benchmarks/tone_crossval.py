"""Cross-validated agreement of every tone method with the hand coding of tone_train.csv.

    python benchmarks/tone_crossval.py

Folds are grouped by outlet (the figure for outlets the classifier has not seen) and,
more strictly, by base statement (each hand-written statement is printed by several
outlets; holding out all its printings is the figure for statements never seen).
The default of cscaucasus.tone is the method with the highest alpha by outlet.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cscaucasus import train_tone  # noqa: E402


def main() -> None:
    table = train_tone.read_coded(train_tone.TRAIN_FILE)
    print(
        f"tone_train.csv: {len(table)} statements, {table.outlet.nunique()} outlets, "
        f"{table.base.nunique()} base statements"
    )
    for group in ("outlet", "base"):
        predicted = train_tone.cross_validate(table, group=group)
        print(f"\n5-fold cross-validation grouped by {group}")
        print(f"  {'method':32s} {'alpha':>6s} {'sign acc':>8s}")
        for method in predicted.columns.drop("tone"):
            r = train_tone.agreement(predicted["tone"], predicted[method])
            print(f"  {method:32s} {r['alpha']:6.3f} {r['accuracy']:8.3f}")


if __name__ == "__main__":
    main()
