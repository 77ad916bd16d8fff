"""Score the shipped tone on the sealed tone set, summary figures only.

    python benchmarks/tone_sealed.py            print the figures
    python benchmarks/tone_sealed.py --record   also write src/cscaucasus/data/tone_sealed.json

The sealed set (by default the newest, tests/data/tone_sealed14.csv, 477 statements of a
``cscaucasus sample sentiment`` run coded blind by two coder sessions that did not write its
texts, independently, alpha 0.951, see tests/data/tone_sealed14_README.md, scored once in
the sixteenth session, 2026-12-08, after the eighteenth round shipped nothing, for the
model shipped then, the twelfth; ``--set tone_sealed13`` the one before it, 400 statements
(alpha 0.973), scored once in the sixteenth session for the twelfth model after the
seventeenth round; ``--set tone_sealed12`` the one before tone_sealed13, 361 statements,
scored once in the fifteenth session for the twelfth model after the sixteenth round;
``--set tone_sealed11`` the one before tone_sealed12, 359 statements, scored once in the
fifteenth session for the twelfth model after the fifteenth round; ``--set tone_sealed10``
the one before tone_sealed11, 467 statements, scored once for the twelfth model in the
fourteenth session; ``--set tone_sealed9`` the one before tone_sealed10, 492 statements,
scored once for the tenth model; ``--set tone_sealed8`` the one before that, 472 statements,
scored once for the ninth model; ``--set tone_sealed7`` 471 statements, scored once for the
eighth model; ``--set tone_sealed6`` 526 statements, scored once for the sixth model;
``--set tone_sealed5`` 519 statements, first scored 2026-12-07; ``--set tone_sealed4`` and
``--set tone_sealed3`` the ones before those, 419 and 422 statements coded the same way and
scored once each; ``--set tone_sealed2`` 355 statements coded twice by one coder; ``--set
tone_sealed`` the first one, tests/data/tone_sealed_*.csv, spent on three models and kept
for its history) must never steer development: run this once per shipped model, at the end
of a round of work, and record what it prints. It prints no statement and no per-actor line,
only what a methods section reports: the coders' alpha (the ceiling), then for each method
its alpha and sign accuracy against the coders, the confusion table against the statements
the coders agree on, and how many actors (n >= 10) have the coders' sign of mean tone, by
the strict rule and by the neutral band (cscaucasus.evaluate_tone), with the mean absolute
difference between the method's and the coders' actor means; the same actor figures for the
second coder against the first (the ceiling); and for the default classifier the actor
figures of its mean expected tone (``expected``). ``--record`` stores them with the sha256
of the model file they describe, so that cscaucasus.tone.validation() shows them only for
that model.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from cscaucasus import tone  # noqa: E402
from cscaucasus.evaluate_tone import NEUTRAL_BAND, evaluate_tone_set, tone_sets  # noqa: E402
from cscaucasus.train_tone import MODEL_PATH  # noqa: E402

DATA = ROOT / "tests" / "data"
RECORD = MODEL_PATH.parent / tone.SEALED_FILE


#: The sealed tone sets by name: the files of each (a glob in tests/data).
SETS = {
    "tone_sealed14": "tone_sealed14.csv",
    "tone_sealed13": "tone_sealed13.csv",
    "tone_sealed12": "tone_sealed12.csv",
    "tone_sealed11": "tone_sealed11.csv",
    "tone_sealed10": "tone_sealed10.csv",
    "tone_sealed9": "tone_sealed9.csv",
    "tone_sealed8": "tone_sealed8.csv",
    "tone_sealed7": "tone_sealed7.csv",
    "tone_sealed6": "tone_sealed6.csv",
    "tone_sealed5": "tone_sealed5.csv",
    "tone_sealed4": "tone_sealed4.csv",
    "tone_sealed3": "tone_sealed3.csv",
    "tone_sealed2": "tone_sealed2.csv",
    "tone_sealed": "tone_sealed_*.csv",
}
NEWEST = "tone_sealed14"
#: Who coded each set, where it is not two people (cs.tone.validation() says it).
CODERS_NOTE = {
    "tone_sealed14": "two coder sessions of one model family, not people",
    "tone_sealed13": "two coder sessions of one model family, not people",
    "tone_sealed12": "two coder sessions of one model family, not people",
    "tone_sealed11": "two coder sessions of one model family, not people",
    "tone_sealed10": "two coder sessions of one model family, not people",
    "tone_sealed9": "two coder sessions of one model family, not people",
    "tone_sealed8": "two coder sessions of one model family, not people",
    "tone_sealed7": "two coder sessions of one model family, not people",
    "tone_sealed6": "two coder sessions of one model family, not people",
    "tone_sealed5": "two coder sessions of one model family, not people",
    "tone_sealed4": "two coder sessions of one model family, not people",
    "tone_sealed3": "two coder sessions of one model family, not people",
    "tone_sealed2": "one person coding twice",
}


def figures(name: str = NEWEST) -> dict:
    (table,) = tone_sets(sorted(DATA.glob(SETS[name]))).values()
    result = evaluate_tone_set(table)
    methods = {}
    for method, f in result["methods"].items():
        methods[method] = {
            "alpha": round(f["alpha"], 3),
            "accuracy": round(f["accuracy"], 3),
            **actor_figures(f["actors"]),
            "confusion": f["reference"]["confusion"].to_numpy().tolist(),
        }
        if "actors_expected" in f:
            methods[method]["expected"] = actor_figures(f["actors_expected"])
    return {
        "set": f"tests/data/{SETS[name]}",
        "n": result["n"],
        "coders": len(result["coders"]),
        **({"coders_note": CODERS_NOTE[name]} if name in CODERS_NOTE else {}),
        "intercoder_alpha": round(result["intercoder_alpha"], 3),
        "intercoder_actors": actor_figures(result["intercoder_actors"]),
        "neutral_band": NEUTRAL_BAND,
        "n_reference": result["n_reference"],
        "methods": methods,
    }


def actor_figures(actors) -> dict:
    """How many actors have the coders' sign (strict), the coders' neutral-band call,
    and the mean absolute difference of the actor means: counts, no actor named."""
    return {
        "actors": len(actors),
        "actors_right_sign": int(actors.same_sign.sum()),
        "actors_right_band": int(actors.same_call.sum()),
        "actor_mean_abs_diff": round(
            float((actors.method_mean - actors.coded_mean).abs().mean()), 3
        ),
    }


def actors_text(f: dict) -> str:
    n = f["actors"]
    return (
        f"strict {f['actors_right_sign']}/{n}, band {f['actors_right_band']}/{n}, "
        f"|mean diff| {f['actor_mean_abs_diff']:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--record", action="store_true", help="write the record file")
    parser.add_argument("--date", default=dt.date.today().isoformat(), help="date scored")
    parser.add_argument("--set", default=NEWEST, choices=sorted(SETS), help="which set")
    args = parser.parse_args()
    record = figures(args.set)
    coders = record["intercoder_actors"]
    print(
        f"sealed: {record['n']} statements, {record['coders']} coders, intercoder alpha "
        f"{record['intercoder_alpha']:.3f}; reference: {record['n_reference']} agreed; "
        f"second coder's actors: {actors_text(coders)}"
    )
    for name, f in record["methods"].items():
        print(
            f"  {name:34s} alpha {f['alpha']:.3f}  sign {f['accuracy']:.3f}  actors "
            f"{actors_text(f)}  confusion {f['confusion']}"
        )
        if "expected" in f:
            print(f"  {'  actor means of expected tone':34s} actors {actors_text(f['expected'])}")
    if args.record and args.set != NEWEST:
        parser.error(f"only the newest sealed set ({NEWEST}) is recorded")
    if args.record:
        record["model_sha256"] = hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()
        record["scored"] = args.date
        text = json.dumps(record, indent=1, sort_keys=True) + "\n"
        RECORD.write_text(text, encoding="utf-8")
        print(f"wrote {RECORD}")


if __name__ == "__main__":
    main()
