"""Agreement of the tone methods with hand-coded tone sheets (``tests/data/tone_*.csv``).

A sheet has one row per statement: its ``text``, the speaker (``speaker`` or ``actor``)
and one or more coders' tones in columns whose names hold ``tone``, ``coder``, ``code``,
``annotator``, ``rater``, ``label`` or ``gold`` (``tone_a``, ``coder_2``; every value
-1/0/1 or negative/neutral/positive, empty where a coder left a statement out).
With two coders or more the intercoder alpha comes first: it is the ceiling no method
can be expected to pass. Each method is then compared with each coder (alpha and sign
accuracy, averaged over coders) and with the reference (the adjudicated ``tone``
column when a sheet has one besides the coders', else the statements on which the
coders agree) in a confusion table; and, per actor with at least ``MIN_ACTOR``
statements, whether the method's mean tone has the sign of the coders' mean tone, by
two rules (``docs/tone.md``, "An actor's sign"):

* **strict** (``same_sign``): the signs of the two means are equal, a mean of exactly
  0.00 counting as a sign of its own;
* **neutral band** (``same_call``): each mean is called negative below
  ``-NEUTRAL_BAND``, positive above ``+NEUTRAL_BAND`` and neutral within the band
  (inclusive); the two calls are equal.

With two coders or more, the last coder's actor means are judged against the first's
by both rules too: what people reach among themselves.

For the default classifier the actors are judged a second time (``actors_expected``)
on the mean of its **expected tone**, P(+1) - P(-1) (``tone_score``), instead of the
mean of its -1/0/+1 labels: an actor's mean of calibrated probabilities estimates the
share of the coders' polar codes without the bias of counting the most probable class
("probabilistic classify and count"; docs/tone.md, "An actor's mean").
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import tone
from .train_tone import agreement, alpha, vader_tone

MIN_ACTOR = 10
# Half-width of the band of mean tone (on the -1..+1 scale) called neutral for an actor:
# within it, the actor's polar statements of one sign outnumber the other's by at most
# one in ten.
NEUTRAL_BAND = 0.1
CODE_VALUES = {
    **{"-1": -1, "\u22121": -1, "0": 0, "1": 1, "+1": 1},
    **{"negative": -1, "neutral": 0, "positive": 1, "neg": -1, "neu": 0, "pos": 1},
}
_CODER_COLUMN = re.compile(r"tone|coder|code|annotator|rater|label|gold", re.IGNORECASE)
_NOT_CODES = {"tone_score", "tone_evidence"}


def methods() -> dict[str, Callable[[str], int]]:
    """The methods compared: the default tone first, then the others."""
    return {
        f"tone ({tone.DEFAULT_METHOD}, default)": lambda t: tone.tone(t).tone,
        "phrase lexicon": lambda t: tone.lexicon_tone(t).tone,
        "VADER, domain lexicon on": lambda t: vader_tone(t, True),
        "VADER, domain lexicon off": lambda t: vader_tone(t, False),
    }


def expectations() -> dict[str, Callable[[str], float]]:
    """The methods with an expected tone, P(+1) - P(-1), by name: the default when it is
    the classifier (the phrase lexicon's score is not a probability, nor VADER's)."""
    if tone.DEFAULT_METHOD != "classifier":
        return {}
    return {f"tone ({tone.DEFAULT_METHOD}, default)": lambda t: tone.tone(t).score}


def parse_codes(values: pd.Series) -> pd.Series | None:
    """The column as float codes -1/0/1 (NaN where empty), or None if it is not a code
    column (any non-empty value outside the code values)."""
    text = values.astype("string").str.strip().str.lower().fillna("")
    if not text.ne("").any() or not text[text.ne("")].isin(list(CODE_VALUES)).all():
        return None
    return text.map(lambda v: CODE_VALUES.get(v, np.nan)).astype("float64")


def coder_columns(table: pd.DataFrame) -> dict[str, pd.Series]:
    """The coders' tone columns of a sheet, parsed, by column name."""
    out = {}
    for column in table.columns:
        if column in _NOT_CODES or not _CODER_COLUMN.search(column):
            continue
        codes = parse_codes(table[column])
        if codes is not None:
            out[column] = codes
    return out


def evaluate_tone_set(table: pd.DataFrame) -> dict[str, Any]:
    """Every figure of the module docstring for one sheet."""
    coders = coder_columns(table)
    if not coders or "text" not in table.columns:
        raise ValueError("a tone sheet needs a text column and at least one coder column")
    coded = pd.DataFrame(coders)
    # An adjudicated ``tone`` beside the coders' columns is the reference, not a coder.
    coder_names = [c for c in coded.columns if c != "tone"] or list(coded.columns)
    reference = _reference(coded, coder_names)
    predictions = {name: table.text.map(method) for name, method in methods().items()}
    speakers = table.get("speaker", table.get("actor"))
    several = len(coder_names) > 1
    result: dict[str, Any] = {
        "n": len(table),
        "coders": coder_names,
        "intercoder_alpha": alpha(*(coded[c] for c in coder_names)) if several else float("nan"),
        "n_reference": int(reference.notna().sum()),
        # the last coder's actor means judged against the first's (the ceiling)
        "intercoder_actors": _actor_signs(
            coded[coder_names[-1]], coded[coder_names[0]], speakers if several else None
        ),
        "methods": {},
    }
    for name, predicted in predictions.items():
        result["methods"][name] = _method_figures(
            predicted, coded, coder_names, reference, speakers
        )
    for name, expected in expectations().items():
        result["methods"][name]["actors_expected"] = _actor_signs(
            table.text.map(expected), coded[coder_names].mean(axis=1), speakers
        )
    return result


def _reference(coded: pd.DataFrame, coder_names: list[str]) -> pd.Series:
    if "tone" in coded.columns and "tone" not in coder_names:
        return coded["tone"]
    if len(coder_names) == 1:
        return coded[coder_names[0]]
    agreed = coded[coder_names].nunique(axis=1, dropna=True).eq(1)
    return coded[coder_names].mean(axis=1).where(agreed)


def _method_figures(
    predicted: pd.Series,
    coded: pd.DataFrame,
    coder_names: list[str],
    reference: pd.Series,
    speakers: pd.Series | None,
) -> dict[str, Any]:
    per_coder = []
    for coder in coder_names:
        present = coded[coder].notna()
        per_coder.append(agreement(coded[coder][present].astype(int), predicted[present]))
    present = reference.notna()
    figures = {
        "alpha": float(np.mean([r["alpha"] for r in per_coder])),
        "accuracy": float(np.mean([r["accuracy"] for r in per_coder])),
        "reference": agreement(reference[present].astype(int), predicted[present]),
        "actors": _actor_signs(predicted, coded[coder_names].mean(axis=1), speakers),
    }
    return figures


def mean_call(means: pd.Series | np.ndarray) -> np.ndarray:
    """Mean tones called -1, 0 or +1 by the neutral band: 0 within +-NEUTRAL_BAND
    (inclusive, after rounding to six decimals), else the sign.

    >>> mean_call(np.array([-0.35, -0.1, 0.0, 0.05, 0.1, 0.11])).tolist()
    [-1.0, 0.0, 0.0, 0.0, 0.0, 1.0]
    """
    values = np.asarray(means, dtype=float)
    return np.where(np.abs(np.round(values, 6)) <= NEUTRAL_BAND, 0.0, np.sign(values))


def _actor_signs(
    predicted: pd.Series, coded_mean: pd.Series, speakers: pd.Series | None
) -> pd.DataFrame:
    """Per actor with at least MIN_ACTOR coded statements (that the method also rates):
    n, the coders' mean tone, the method's mean tone, whether their signs agree
    (``same_sign``, strict) and whether their neutral-band calls agree (``same_call``)."""
    columns = ["actor", "n", "coded_mean", "method_mean", "same_sign", "same_call"]
    if speakers is None:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(
        {
            "actor": speakers.to_numpy(),
            "coded": coded_mean.to_numpy(),
            "method": predicted.to_numpy(),
        }
    ).dropna()
    frame = frame[frame.actor.astype(str).str.strip().ne("")]
    grouped = frame.groupby("actor", sort=True).agg(
        n=("coded", "size"), coded_mean=("coded", "mean"), method_mean=("method", "mean")
    )
    grouped = grouped[grouped.n >= MIN_ACTOR].reset_index()
    grouped["same_sign"] = np.sign(grouped.coded_mean) == np.sign(grouped.method_mean)
    grouped["same_call"] = mean_call(grouped.coded_mean) == mean_call(grouped.method_mean)
    return grouped[columns]


def actor_summary(actors: pd.DataFrame) -> str:
    """``strict a/n, neutral band b/n`` for an :func:`_actor_signs` table ("-": none)."""
    if not len(actors):
        return "-"
    n = len(actors)
    return (
        f"strict {int(actors.same_sign.sum())}/{n}, neutral band {int(actors.same_call.sum())}/{n}"
    )


def format_tone_set(name: str, result: dict[str, Any], per_actor: bool = True) -> list[str]:
    """The figures of :func:`evaluate_tone_set` as the lines ``make accuracy`` prints;
    without ``per_actor``, no line names an actor (a sealed set's errors stay unread)."""
    lines = [f"tone: {name} ({result['n']} statements; coders: {', '.join(result['coders'])})"]
    if len(result["coders"]) > 1:
        lines.append(
            f"  intercoder alpha (the ceiling): {result['intercoder_alpha']:.3f}; "
            f"reference = {result['n_reference']} statements"
        )
    if len(result["intercoder_actors"]):
        lines.append(
            f"  actors (n >= {MIN_ACTOR}), last coder's mean against the first's: "
            + actor_summary(result["intercoder_actors"])
        )
    lines.append(f"  {'method':34s} {'alpha':>6s} {'sign acc':>8s}  actors with right sign")
    for method, figures in result["methods"].items():
        right = actor_summary(figures["actors"])
        lines.append(f"  {method:34s} {figures['alpha']:6.3f} {figures['accuracy']:8.3f}  {right}")
        if len(figures.get("actors_expected", ())):
            expected = actor_summary(figures["actors_expected"])
            lines.append(f"  {'  actor means of expected tone':50s}  {expected}")
    for method, figures in result["methods"].items():
        confusion = figures["reference"]["confusion"]
        lines.append(f"  confusion, {method} (rows: coded -1/0/+1; columns: method):")
        lines.extend("    " + " ".join(f"{v:5d}" for v in row) for row in confusion.to_numpy())
    for method, actors in _actor_tables(result):
        if not len(actors) or not per_actor:
            continue
        lines.append(f"  per actor (n >= {MIN_ACTOR}), {method}:")
        lines.extend(
            f"    {r.actor:28s} n={r.n:3d} coded {r.coded_mean:+.2f} method "
            f"{r.method_mean:+.2f} strict {'ok' if r.same_sign else 'WRONG'}, "
            f"band {'ok' if r.same_call else 'WRONG'}"
            for r in actors.itertuples()
        )
    return lines


def _actor_tables(result: dict[str, Any]) -> list[tuple[str, pd.DataFrame]]:
    """(title, per-actor table) of every method, and of its expected tone if it has one."""
    out = []
    for method, figures in result["methods"].items():
        out.append((method, figures["actors"]))
        if "actors_expected" in figures:
            out.append((f"{method}, expected tone", figures["actors_expected"]))
    return out


# --------------------------------------------------------------------------- sheets on disk

_PART = re.compile(r"^(tone_[A-Za-z0-9]+)_(.+)$")


def tone_sets(paths: list[Path]) -> dict[str, pd.DataFrame | str]:
    """The tone sheets among ``paths`` (``tone_*.csv``), one table per set.

    A set is one file (``tone_x.csv``: text and coder columns together) or several
    files sharing a prefix (``tone_x_texts.csv``, ``tone_x_coder_a.csv``,
    ``tone_x_coder_b.csv``): the file with a ``text`` column holds the statements, each
    other file one coder's codes, joined on the id column they share; each coder's code
    column is named after the file (``coder_a``). A file with both ``text`` and ``tone``
    columns is a whole sheet, never a part (``tone_train_g.csv`` and ``tone_train_h.csv``
    beside ``tone_train.csv``). A set that cannot be read so gives a message (str)
    instead of a table.
    """
    parts = [p for p in paths if _PART.match(p.stem) and not _whole_sheet(p)]
    groups: dict[str, list[Path]] = {}
    for path in sorted(paths):
        match = _PART.match(path.stem) if path in parts else None
        prefix = match.group(1) if match else path.stem
        siblings = [p for p in parts if p.stem.startswith(prefix + "_")]
        key = prefix if match and len(siblings) > 1 else path.stem
        groups.setdefault(key, []).append(path)
    out: dict[str, pd.DataFrame | str] = {}
    for name, files in groups.items():
        tables = {p: pd.read_csv(p, dtype=str, keep_default_na=False) for p in files}
        try:
            out[name] = tables[files[0]] if len(files) == 1 else _join_set(name, tables)
        except ValueError as error:
            out[name] = str(error)
    return out


def _whole_sheet(path: Path) -> bool:
    """Whether the CSV at ``path`` has both a ``text`` and a ``tone`` column."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle), [])
    return {"text", "tone"} <= set(header)


def _join_set(name: str, tables: dict[Path, pd.DataFrame]) -> pd.DataFrame:
    texts = [p for p, t in tables.items() if "text" in t.columns]
    if len(texts) != 1:
        raise ValueError(f"{name}: expected one file with a text column, found {len(texts)}")
    merged = tables[texts[0]]
    for path, table in tables.items():
        if path == texts[0]:
            continue
        keys = [c for c in merged.columns if c in table.columns and table[c].is_unique]
        key = next((k for k in keys if "id" in k.lower()), keys[0] if keys else None)
        if key is None or not merged[key].is_unique:
            raise ValueError(f"{path.name}: no id column shared with {texts[0].name}")
        codes = {c: parse_codes(table[c]) for c in table.columns if c != key}
        usable = [c for c, v in codes.items() if v is not None and _CODER_COLUMN.search(c)]
        if not usable:
            raise ValueError(f"{path.name}: no column of tone codes (-1/0/1)")
        column = next((c for c in usable if "tone" in c.lower()), usable[0])
        coder = _PART.match(path.stem).group(2) if _PART.match(path.stem) else path.stem
        coder = coder if _CODER_COLUMN.search(coder) else f"coder_{coder}"
        piece = pd.DataFrame({key: table[key], coder: table[column]})
        merged = merged.drop(columns=[coder], errors="ignore").merge(piece, on=key, how="left")
    return merged.fillna("")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m cscaucasus.evaluate_tone SHEET...``: the figures of each tone sheet
    (e.g. one written by ``cscaucasus validate --tone-sheet``); 1 if one cannot be read."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sheets", nargs="+", type=Path, help="tone sheets (CSV)")
    args = parser.parse_args(argv)
    missing = [p for p in args.sheets if not p.is_file()]
    if missing:
        print(f"error: no such file: {', '.join(map(str, missing))}", file=sys.stderr)
        return 1
    status = 0
    for name, table in tone_sets(list(args.sheets)).items():
        try:
            if isinstance(table, str):
                raise ValueError(table)
            print("\n".join(format_tone_set(name, evaluate_tone_set(table))))
        except ValueError as error:
            print(f"error: {name}: {error}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())


def stance_sheet_figures(sheet: pd.DataFrame, statements: pd.DataFrame) -> dict[str, Any]:
    """:func:`stance_figures` of a coded stance sheet against tables built now: a coded
    statement is found again by its id, or by its text within its article when the
    attribution has renumbered it; one the current code no longer finds (``not_found_now``)
    counts as a statement without a machine target or tone. Statements where the coders
    named one target but differ on the stance are left out."""
    sheet = sheet[~((sheet["target"] != "") & (sheet["stance"] == ""))].reset_index(drop=True)
    ids = statements["statement_id"].astype(str)
    by_id = dict(zip(ids, statements["text"], strict=True))
    by_text = {(i.rsplit(":", 1)[0], t): i for i, t in zip(ids, statements["text"], strict=True)}
    found = [
        sid if by_id.get(sid) == text else by_text.get((sid.rsplit(":", 1)[0], text), f"-{k}")
        for k, (sid, text) in enumerate(zip(sheet["statement_id"], sheet["text"], strict=True))
    ]
    lost = sum(f.startswith("-") for f in found)
    result = stance_figures(sheet.assign(statement_id=found), statements.assign(statement_id=ids))
    return {"not_found_now": lost, **result}


def stance_figures(sheet: pd.DataFrame, statements: pd.DataFrame) -> dict[str, Any]:
    """The machine's ``target`` and ``stance`` against a coded stance sheet (columns
    ``statement_id``, ``target`` (empty: none), ``stance``): how often the target is the
    coders' (the same actor, or both none), how many of the coders' targets it finds and
    how many of its own the coders gave, and on the statements where both name the same
    target the stance's alpha (ordinal) and accuracy; beside them the same for the
    statement's tone taken as the stance (on those statements), the proxy it replaces; and
    the pipeline's ``tone`` against the sheet's coded ``tone`` where both have one."""
    by_id = statements.assign(statement_id=statements["statement_id"].astype(object))
    machine = by_id.set_index("statement_id").reindex(sheet["statement_id"].to_numpy())
    # names compared as written but for case (a sheet writes an actor the gazetteer
    # lacks as its coder's name in lower case: "west")
    coded = sheet["target"].fillna("").astype(str).str.casefold().to_numpy()
    said = machine["target"].astype(object).fillna("").astype(str).str.casefold().to_numpy()
    same = coded == said
    named, found = coded != "", said != ""
    both = same & named & machine["stance"].notna().to_numpy()
    truth = pd.to_numeric(sheet["stance"]).to_numpy()[both].astype(int)
    stance = machine["stance"].to_numpy()[both].astype(int)
    tones = machine["tone"].to_numpy()[both].astype(int)
    # the pipeline's statements.tone against the coded tone (what the tables hold: the
    # statement as the pipeline reads it, tone.read_texts), where both have one
    coded_tone = pd.to_numeric(sheet.get("tone", pd.Series(dtype=str)), errors="coerce")
    has_tone = coded_tone.notna().to_numpy() & machine["tone"].notna().to_numpy()
    pipeline = machine["tone"].to_numpy()[has_tone].astype(int)
    coded_t = coded_tone.to_numpy()[has_tone].astype(int)
    return {
        "statements": len(sheet),
        "target_accuracy": round(float(same.mean()), 3),
        "coded_targets": int(named.sum()),
        "target_recall": round(float(same[named].mean()), 3),
        "machine_targets": int(found.sum()),
        "target_precision": round(float(same[found].mean()), 3),
        "matched": int(both.sum()),
        "stance_alpha": round(alpha(truth, stance), 3),
        "stance_accuracy": round(float((truth == stance).mean()), 3),
        "tone_as_stance_alpha": round(alpha(truth, tones), 3),
        "tone_as_stance_accuracy": round(float((truth == tones).mean()), 3),
        "pipeline_tone_n": int(has_tone.sum()),
        "pipeline_tone_alpha": round(alpha(coded_t, pipeline), 3),
        "pipeline_tone_accuracy": round(float((coded_t == pipeline).mean()), 3),
    }
