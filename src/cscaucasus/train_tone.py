"""Train, export and cross-validate the tone classifier of :mod:`cscaucasus.tone`.

    python -m cscaucasus.train_tone            rebuild src/cscaucasus/data/tone_model.json
    python -m cscaucasus.train_tone --check    exit 1 if the shipped model differs

The classifier is scikit-learn's multinomial :class:`~sklearn.linear_model.
LogisticRegression` (newton-cg, L2) over :func:`cscaucasus.tone.features` of each hand-coded
statement of :data:`TRAIN_FILES`: ``tests/data/tone_train.csv``, since the ninth round
(docs/tone.md) the development sheets ``tests/data/tone_dev2.csv`` and
``tests/data/tone_dev3.csv``, read as the pipeline reads them (:func:`read_training`), so
that those two are training data and no longer a development measure, and since the tenth
round training batches g and h, ``tests/data/tone_train_g.csv`` and ``tone_train_h.csv``,
since the eleventh training batch i, ``tone_train_i.csv``, and since the twelfth training
batch j, ``tone_train_j.csv``, read the same way. Features seen in
fewer than ``MIN_DF`` statements are dropped; ``NEUTRAL_OFFSET`` is added to the neutral
class's intercept (since the fourteenth round, the twelfth model); ``NB_SCALE`` (off: the
fifteenth round's candidate, not shipped) scales the binary features by their spread over
the classes (:func:`nb_scales`); ``LEARNER`` (the eighteenth round's candidates, not
shipped: "svm", "cnb", "stack"; :func:`fit_other`) fits another learner over the same
features, exported as the same linear model; the weights are exported rounded to
``DIGITS`` decimals as plain JSON, which :func:`cscaucasus.tone.classifier_tone` reads
without scikit-learn. The same data and code give the same file, byte for byte (a test rebuilds it).

:func:`cross_validate` gives out-of-fold tones for every method (VADER with the
domain lexicon off and on, the phrase lexicon, the classifier on words alone, and the
classifier on words and the lexicon's findings), folds grouped by outlet so that the
figures speak for outlets the model has not seen; :func:`agreement` scores them the way
content analysis does (Krippendorff's alpha, sign accuracy, confusion table).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from . import tone as tone_module
from .lexicon import verbs
from .sentiment import score_text

ROOT = Path(__file__).resolve().parents[2]
TRAIN_FILE = ROOT / "tests" / "data" / "tone_train.csv"
# What the shipped model is trained on: the training statements, the two development
# sheets earlier rounds tuned on (statements in the pipeline's form of 34 more outlets;
# docs/tone.md, "Ninth round") and training batches g and h (483 and 317 statements in the
# pipeline's form in outlets of the training statements, h mostly neutral; "Tenth round") and
# training batch i (417 statements, polar statements in plain words; "Eleventh round") and
# training batch j (433 statements, the ninth model's development errors; "Twelfth round").
# tone_dev4, tone_dev5 and tone_dev6 stay development sheets.
TRAIN_FILES = (
    TRAIN_FILE,
    TRAIN_FILE.with_name("tone_dev2.csv"),
    TRAIN_FILE.with_name("tone_dev3.csv"),
    TRAIN_FILE.with_name("tone_train_g.csv"),
    TRAIN_FILE.with_name("tone_train_h.csv"),
    TRAIN_FILE.with_name("tone_train_i.csv"),
    TRAIN_FILE.with_name("tone_train_j.csv"),
)
MODEL_PATH = Path(__file__).resolve().parent / "data" / tone_module.MODEL_FILE
CLASSES = (-1, 0, 1)
MIN_DF = 2
C = 1.0
SOLVER = "newton-cg"  # converges in a few exact steps: fast and reproducible
TOL = 1e-6
DIGITS = 4
# Lexicon dropout: every statement is trained on twice, once with the lexicon's features
# and once without, so that the words keep weights of their own. The lexicon was written
# while reading the training statements and explains them almost perfectly; trained on
# them alone, the classifier leaned on it and read polar statements in other wording as
# neutral (docs/tone.md, "Development").
LEXICON_DROPOUT = True
# Each hand-written base statement weighs one in the fit, however many times it is printed
# (batches a-e print a base up to four times with procedural openers and closers; batch f
# and validation sheets print each statement once): the printings are replicates of one
# coded judgement, and counting them four times made the classifier learn the first
# batches' words at the expense of the statements the pipeline hands over
# (docs/tone.md, "Fourth development round").
WEIGHT_BY_BASE = True
# An offset added to the neutral class's intercept after the fit (a threshold on the neutral
# class: below zero, a statement between neutral and a pole goes to the pole more often),
# so that the labels and the expected tone both follow it. -0.2 was chosen by the
# cross-validation by outlet on the training statements over -0.5..+0.5 (the fourteenth
# round, docs/tone.md; the twelfth model).
NEUTRAL_OFFSET = -0.2
# Weighted words (the fifteenth round's candidate A): each binary feature (word, stem, pair,
# negated word) is scaled in the fit by the spread of its smoothed log rates over the coded
# classes (the log-count ratio of NB-weighted logistic regression, Wang & Manning 2012),
# the scales divided by their mean; the exported weights are the fitted ones times the scale.
NB_SCALE = False
_SCALED = ("w:", "s:", "b:", "not:")
# The learner (the eighteenth round's candidates, docs/tone.md): "logistic" (the shipped
# recipe), "svm" (a linear SVM, its decision values calibrated out of fold), "cnb"
# (complement naive Bayes, its log-likelihoods calibrated out of fold) or "stack" (the
# classifier, the same on words alone and the lexicon's total, combined by a logistic
# regression fitted out of fold on the statements in the pipeline's form). Every learner
# is exported as the same linear model: weights per feature and class, an intercept.
LEARNER = "logistic"
SVM_C = 1.0
CALIBRATION_C = 100.0  # the map from a learner's three values to probabilities
STACK_C = 1.0
INNER_FOLDS = 5
# Batches of hand-written statements (docs/tone.md); every other row of the training
# sheets is a statement in the pipeline's form (batch f, tone_dev2, tone_dev3, g-j).
HAND_WRITTEN = ("a", "b", "c", "d", "e")
# The column suffix of a classifier's expected tone, P(+1) - P(-1), in cross_validate.
EXPECTED = "expected tone"
# VADER's usual cut-offs: compound >= 0.05 positive, <= -0.05 negative.
VADER_CUT = 0.05


def read_coded(path: str | Path) -> pd.DataFrame:
    """A hand-coded tone sheet: ``text`` and ``tone`` (-1/0/1) at least. Rows whose
    ``tone`` is empty (coders who did not agree, in a sheet that ``cscaucasus validate
    --tone-sheet`` wrote) are left out; any other value that is not a tone is an error."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = {"text", "tone"} - set(table.columns)
    if missing:
        raise ValueError(f"{path}: missing columns {sorted(missing)}")
    bad = ~table["tone"].isin(["-1", "0", "1", ""])
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0]) + 2
        raise ValueError(f"{path}: row {row}: tone must be -1, 0 or 1")
    table = table[table["tone"].ne("")]
    return table.assign(tone=table["tone"].astype(int))


def read_training(paths: Sequence[str | Path]) -> pd.DataFrame:
    """The coded sheets at ``paths`` as one training table: each row keeps its sheet's
    ``outlet`` (empty: the sheet's name) and ``base`` (empty: its ``id``, else its row),
    so that cross-validation can group by them; a validation sheet's statements are
    read as the pipeline reads them (:func:`as_read`)."""
    tables = []
    for path in paths:
        table = read_coded(path).reset_index(drop=True)
        for column in ("id", "outlet", "base"):
            if column not in table.columns:
                table[column] = ""
        name = Path(path).stem
        table["text"] = as_read(Path(path), table)
        table["id"] = table["id"].where(table["id"].ne(""), [f"{name}:{i}" for i in table.index])
        table["outlet"] = table["outlet"].where(table["outlet"].ne(""), name)
        table["base"] = table["base"].where(table["base"].ne(""), table["id"])
        tables.append(table)
    out = pd.concat(tables, ignore_index=True)
    duplicated = out.text.duplicated()
    return out[~duplicated].reset_index(drop=True)


_MARKED = re.compile(r"\[\[(.*?)\]\]")
_VERB_BEFORE = re.compile(r"([A-Za-z]+)(?: that)?\s*$")
_QUOTES = "\"\u201c\u201e\u00ab'"


def as_read(path: Path, table: pd.DataFrame) -> list[str]:
    """The texts of a validation sheet's statements as the pipeline reads them: a
    statement of reported speech cut after the speaker's own verb of attitude (the word
    before it in its paragraph, as its coder's sheet in the folder beside the sheet marks
    it: "…welcomed [[the news]]") with that verb before it, as :func:`cscaucasus.tone.
    read_texts` reads it in the tables and as the coder coded it (the codebook's rule for
    reported speech); a direct quote, and every statement of a sheet without such a
    folder, as it is."""
    texts = table["text"].tolist()
    coded = sorted(path.with_suffix("").glob("coder_*.csv"))
    if not coded or "id" not in table.columns:
        return texts
    sheet = pd.read_csv(coded[0], dtype=str, keep_default_na=False, encoding="utf-8-sig")
    paragraphs = dict(zip(sheet["unit_id"], sheet["paragraph"], strict=True))
    attitude = frozenset(verbs("attitude"))
    out = []
    for unit, text in zip(table["id"], texts, strict=True):
        found = _MARKED.search(paragraphs.get(unit, ""))
        before = found.string[: found.start()] if found and found.group(1) == text else ""
        verb = _VERB_BEFORE.search(before) if before.rstrip()[-1:] not in _QUOTES else None
        own = verb is not None and verb.group(1).lower() in attitude
        out.append(f"{verb.group(1)} {text}" if own else text)  # type: ignore[union-attr]
    return out


# --------------------------------------------------------------------------- training


def feature_dicts(texts: Sequence[str], lexicon: bool = True) -> list[dict[str, float]]:
    """:func:`cscaucasus.tone.features` of each text (without the ``lex`` features when
    ``lexicon`` is False)."""
    out = []
    for text in texts:
        feats = tone_module.features(text)
        if not lexicon:
            feats = {k: v for k, v in feats.items() if not k.startswith("lex")}
        out.append(feats)
    return out


def fit(
    texts: Sequence[str],
    labels: Sequence[int],
    lexicon: bool = True,
    weights: Sequence[float] | None = None,
    groups: Sequence[str] | None = None,
    pipeline: Sequence[bool] | None = None,
) -> tone_module.Model:
    """A :class:`~cscaucasus.tone.Model` trained on ``texts`` and their ``labels``
    (each row weighing its ``weights``, e.g. :func:`base_weights`; default 1)."""
    dicts = feature_dicts(texts, lexicon)
    return fit_features(dicts, labels, lexicon, weights, groups, pipeline)


def pipeline_rows(table: pd.DataFrame) -> np.ndarray:
    """Whether each row of a training table is a statement in the pipeline's form (not
    of the hand-written batches a-e)."""
    batch = table["batch"] if "batch" in table.columns else pd.Series("", index=table.index)
    return ~batch.fillna("").isin(HAND_WRITTEN).to_numpy()


def fit_features(
    dicts: Sequence[dict[str, float]],
    labels: Sequence[int],
    lexicon: bool = True,
    weights: Sequence[float] | None = None,
    groups: Sequence[str] | None = None,
    pipeline: Sequence[bool] | None = None,
) -> tone_module.Model:
    """A :class:`~cscaucasus.tone.Model` trained on feature dicts and their ``labels``
    (``groups``, each row's outlet, and ``pipeline``, whether it is a statement in the
    pipeline's form, are read by the learners other than :data:`LEARNER` "logistic")."""
    if LEARNER != "logistic":
        return fit_other(dicts, labels, lexicon, weights, groups, pipeline)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    kept, targets = training_rows(dicts, labels, lexicon)
    scales: dict[str, float] = {}
    if NB_SCALE:
        scales = nb_scales(kept[: len(dicts)], list(labels), weights)
        kept = [{k: v * scales.get(k, 1.0) for k, v in d.items()} for d in kept]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(kept)
    model = LogisticRegression(C=C, solver=SOLVER, max_iter=1000, tol=TOL)
    sample_weight = None
    if weights is not None:  # the dropout copies weigh what their statements weigh
        sample_weight = np.resize(np.asarray(weights, dtype=float), len(kept))
    model.fit(matrix, np.asarray(targets), sample_weight=sample_weight)
    names = vectorizer.get_feature_names_out()
    coef = model.coef_
    if scales:
        coef = coef * np.array([scales.get(str(name), 1.0) for name in names])
    coef = np.round(coef, DIGITS)
    weights = {
        str(name): tuple(float(x) for x in coef[:, j])
        for j, name in enumerate(names)
        if np.any(coef[:, j] != 0)
    }
    offsets = [NEUTRAL_OFFSET if c == 0 else 0.0 for c in model.classes_]
    intercept = tuple(float(x) for x in np.round(model.intercept_ + offsets, DIGITS))
    meta: dict[str, Any] = {"n": len(dicts), "min_df": MIN_DF, "C": C, "lexicon_features": lexicon}
    if NEUTRAL_OFFSET:
        meta["neutral_offset"] = NEUTRAL_OFFSET
    if NB_SCALE:
        meta["word_scale"] = "log-count ratio spread"
    if weights is not None:
        meta["weighted"] = "per base statement"
    if lexicon:
        meta["lexicon_dropout"] = LEXICON_DROPOUT
    return tone_module.Model(tuple(int(c) for c in model.classes_), intercept, weights, meta)


def _linear(
    learner: str,
    dicts: Sequence[dict[str, float]],
    labels: Sequence[int],
    lexicon: bool,
    weights: Sequence[float] | None,
) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The feature names, weights (classes x features) and intercepts of ``learner``
    ("logistic", "svm" or "cnb") fitted on the rows of :func:`training_rows`, the classes
    in the order of :data:`CLASSES`; a linear score W x + c of each class."""
    from sklearn.feature_extraction import DictVectorizer

    kept, targets = training_rows(dicts, labels, lexicon)
    if learner == "cnb":
        kept = [tone_module.split_signed(d) for d in kept]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(kept)
    matrix.indices = matrix.indices.astype(np.int32)
    matrix.indptr = matrix.indptr.astype(np.int32)
    sample_weight = None
    if weights is not None:
        sample_weight = np.resize(np.asarray(weights, dtype=float), len(kept))
    y = np.asarray(targets)
    if learner == "svm":
        from sklearn.svm import LinearSVC

        model = LinearSVC(C=SVM_C, random_state=0, max_iter=20000, tol=1e-5)
        model.fit(matrix, y, sample_weight=sample_weight)
        coef, intercept = model.coef_, model.intercept_
    elif learner == "cnb":
        from sklearn.naive_bayes import ComplementNB

        model = ComplementNB(alpha=1.0, norm=False)
        model.fit(matrix, y, sample_weight=sample_weight)
        coef, intercept = model.feature_log_prob_, np.zeros(len(model.classes_))
    else:
        from sklearn.linear_model import LogisticRegression

        model = LogisticRegression(C=C, solver=SOLVER, max_iter=1000, tol=TOL)
        model.fit(matrix, y, sample_weight=sample_weight)
        coef, intercept = model.coef_, model.intercept_
    assert tuple(int(c) for c in model.classes_) == CLASSES
    return [str(n) for n in vectorizer.get_feature_names_out()], coef, intercept


def _scores(
    names: list[str], coef: np.ndarray, intercept: np.ndarray, dicts: Sequence[dict[str, float]]
) -> np.ndarray:
    """The linear scores W x + c of each feature dict (rows) for each class (columns)."""
    index = {n: j for j, n in enumerate(names)}
    out = np.tile(np.asarray(intercept, dtype=float), (len(dicts), 1))
    for i, feats in enumerate(dicts):
        for name, value in feats.items():
            j = index.get(name)
            if j is not None and value:
                out[i] += value * coef[:, j]
    return out


def _inner_folds(groups: Sequence[str] | None, n: int) -> list[tuple[np.ndarray, np.ndarray]]:
    from sklearn.model_selection import GroupKFold

    keys = np.asarray(groups) if groups is not None else np.arange(n).astype(str)
    return list(GroupKFold(n_splits=INNER_FOLDS).split(np.zeros(n), groups=keys))


def _no_lexicon(rows: Sequence[dict[str, float]]) -> list[dict[str, float]]:
    """The rows without the phrase lexicon's features."""
    return [{k: v for k, v in d.items() if not k.startswith("lex")} for d in rows]


def fit_other(
    dicts: Sequence[dict[str, float]],
    labels: Sequence[int],
    lexicon: bool = True,
    weights: Sequence[float] | None = None,
    groups: Sequence[str] | None = None,
    pipeline: Sequence[bool] | None = None,
) -> tone_module.Model:
    """The eighteenth round's learners (:data:`LEARNER`), each exported as one linear
    model: a learner's linear values mapped to probabilities by a multinomial logistic
    regression fitted on their out-of-fold values (an inner split by ``groups``), the map
    folded into the weights."""
    n = len(dicts)
    y = np.asarray(labels)
    weight = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    stack = LEARNER == "stack"
    read = [tone_module.split_signed(d) for d in dicts] if LEARNER == "cnb" else list(dicts)
    parts = [("logistic", True), ("logistic", False)] if stack else [(LEARNER, lexicon)]

    def values(train: np.ndarray, test: np.ndarray) -> np.ndarray:
        cols = []
        for learner, lex in parts:
            rows = [dicts[i] for i in train]
            rows = rows if lex else _no_lexicon(rows)
            names, coef, intercept = _linear(learner, rows, list(y[train]), lex, weight[train])
            cols.append(_scores(names, coef, intercept, [read[i] for i in test]))
        if stack:
            cols.append(np.array([[dicts[i].get("lex_score", 0.0)] for i in test]))
        return np.hstack(cols)

    inner = np.zeros((n, 3 * len(parts) + (1 if stack else 0)))
    for train, test in _inner_folds(groups, n):
        inner[test] = values(train, test)
    fitted = (
        np.asarray(pipeline, dtype=bool) if stack and pipeline is not None else np.ones(n, bool)
    )
    meta = _meta_fit(inner[fitted], y[fitted], weight[fitted], STACK_C if stack else CALIBRATION_C)
    combined, intercept = _folded(meta, parts, dicts, y, weight)
    if stack:
        combined["lex_score"] = combined.get("lex_score", np.zeros(3)) + meta.coef_[:, -1]
    exported = {}
    for name in sorted(combined):
        w = np.round(combined[name], DIGITS)
        if np.any(w != 0):
            exported[name] = tuple(float(x) for x in w)
    offsets = np.array([NEUTRAL_OFFSET if c == 0 else 0.0 for c in CLASSES])
    rounded = tuple(float(x) for x in np.round(intercept + offsets, DIGITS))
    return tone_module.Model(CLASSES, rounded, exported, _other_info(n, lexicon, weights))


def _meta_fit(x: np.ndarray, y: np.ndarray, weight: np.ndarray, c: float) -> Any:
    """The multinomial logistic regression that maps a learner's values to probabilities."""
    from sklearn.linear_model import LogisticRegression

    meta = LogisticRegression(C=c, solver="lbfgs", max_iter=5000, tol=1e-8)
    meta.fit(x, y, sample_weight=weight)
    assert tuple(int(c) for c in meta.classes_) == CLASSES
    return meta


def _folded(
    meta: Any,
    parts: Sequence[tuple[str, bool]],
    dicts: Sequence[dict[str, float]],
    y: np.ndarray,
    weight: np.ndarray,
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Each part's learner fitted on every statement, its weights mapped by ``meta``'s
    block of coefficients and summed per feature; and the mapped intercept."""
    combined: dict[str, np.ndarray] = {}
    intercept = np.asarray(meta.intercept_, dtype=float).copy()
    for k, (learner, lex) in enumerate(parts):
        rows = list(dicts) if lex else _no_lexicon(dicts)
        names, coef, base = _linear(learner, rows, list(y), lex, weight)
        block = meta.coef_[:, 3 * k : 3 * k + 3]
        mapped = block @ coef
        intercept += block @ base
        for j, name in enumerate(names):
            combined[name] = combined.get(name, np.zeros(3)) + mapped[:, j]
    return combined, intercept


def _other_info(n: int, lexicon: bool, weights: Sequence[float] | None) -> dict[str, Any]:
    """The record of how :func:`fit_other` fitted its model."""
    info: dict[str, Any] = {
        "n": n,
        "min_df": MIN_DF,
        "learner": LEARNER,
        "lexicon_features": lexicon,
    }
    if LEARNER == "svm":
        info["C"] = SVM_C
    if LEARNER == "cnb":
        info["split_signed"] = True
    if NEUTRAL_OFFSET:
        info["neutral_offset"] = NEUTRAL_OFFSET
    if weights is not None:
        info["weighted"] = "per base statement"
    if lexicon:
        info["lexicon_dropout"] = LEXICON_DROPOUT
    return info


def nb_scales(
    rows: Sequence[dict[str, float]], labels: Sequence[int], weights: Sequence[float] | None
) -> dict[str, float]:
    """Each binary feature's scale for :data:`NB_SCALE`: max_k log q_k - min_k log q_k,
    q_k = (n_k + 1) / (N_k + 2) the smoothed share of class k's rows (each weighing its
    weight) that have it, divided by the mean scale over those features."""
    weight = np.ones(len(rows)) if weights is None else np.asarray(weights, dtype=float)
    codes = np.asarray(labels)
    classes = sorted(set(codes.tolist()))
    totals = np.array([weight[codes == c].sum() for c in classes])
    counts: dict[str, np.ndarray] = {}
    for row, w, code in zip(rows, weight, codes, strict=True):
        k = classes.index(code)
        for name in row:
            if name.startswith(_SCALED):
                counts.setdefault(name, np.zeros(len(classes)))[k] += w
    if not counts:
        return {}
    names = sorted(counts)
    logs = np.log((np.array([counts[n] for n in names]) + 1.0) / (totals + 2.0))
    spread = logs.max(axis=1) - logs.min(axis=1)
    spread = spread / spread.mean()
    return dict(zip(names, spread.tolist(), strict=True))


def base_weights(table: pd.DataFrame) -> np.ndarray | None:
    """Each row's weight in the fit: one over the number of rows that print the same
    ``base`` statement (None, all rows weighing one, without :data:`WEIGHT_BY_BASE`)."""
    if not WEIGHT_BY_BASE:
        return None
    return (1.0 / table.groupby("base")["text"].transform("size")).to_numpy()


def training_rows(
    dicts: Sequence[dict[str, float]], labels: Sequence[int], lexicon: bool = True
) -> tuple[list[dict[str, float]], list[int]]:
    """The rows the classifier is fitted on: features seen in at least ``MIN_DF``
    statements, and with :data:`LEXICON_DROPOUT` each statement a second time without
    the lexicon's features."""
    counts = Counter(name for feats in dicts for name in feats)
    kept = [{k: v for k, v in d.items() if counts[k] >= MIN_DF} for d in dicts]
    targets = list(labels)
    if lexicon and LEXICON_DROPOUT:
        kept += [{k: v for k, v in d.items() if not k.startswith("lex")} for d in kept]
        targets += targets
    return kept, targets


def to_json(model: tone_module.Model) -> str:
    """The model as the JSON text shipped in ``data/tone_model.json``."""
    spec = {
        "classes": list(model.classes),
        "intercept": list(model.intercept),
        "meta": model.meta,
        "weights": {k: list(model.weights[k]) for k in sorted(model.weights)},
    }
    return json.dumps(spec, indent=None, separators=(",", ":"), sort_keys=False) + "\n"


def build(paths: str | Path | Sequence[str | Path] = TRAIN_FILES) -> str:
    """The model file's text, trained afresh on the coded statements at ``paths`` (one
    sheet or several), with the cross-validated figures of the default and of VADER in
    ``meta["validation"]``."""
    sheets = [paths] if isinstance(paths, str | Path) else list(paths)
    table = read_training(sheets)
    model = fit(
        list(table.text),
        list(table.tone),
        weights=base_weights(table),
        groups=list(table.outlet),
        pipeline=pipeline_rows(table),
    )
    figures = validation_figures(table)
    figures["set"] = " + ".join(_shown(p) for p in sheets)
    meta = {**model.meta, "validation": figures}
    return to_json(tone_module.Model(model.classes, model.intercept, model.weights, meta))


def _shown(path: str | Path) -> str:
    """A sheet's path as the model records it: relative to the repository if inside."""
    path = Path(path).resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else path.name


def validation_figures(table: pd.DataFrame, group: str = "outlet") -> dict[str, Any]:
    """Out-of-fold alpha and sign accuracy of the default classifier and the fixed
    methods on a coded sheet (folds grouped by ``group``), rounded for the record."""
    predicted = cross_validate(table, group=group, trained={"tone (default)": True})
    methods = {}
    for name in predicted.columns.drop("tone"):
        r = agreement(predicted["tone"], predicted[name])
        methods[name] = {"alpha": round(r["alpha"], 3), "accuracy": round(r["accuracy"], 3)}
    return {
        "set": "tests/data/tone_train.csv",
        "n": len(table),
        "outlets": int(table[group].nunique()) if group == "outlet" else None,
        "folds": 5,
        "grouped_by": group,
        "methods": methods,
    }


# --------------------------------------------------------------------------- methods


def vader_tone(text: str, domain: bool = True) -> int:
    compound = score_text(text, domain)["compound"]
    return 1 if compound >= VADER_CUT else -1 if compound <= -VADER_CUT else 0


def fixed_methods() -> dict[str, Callable[[str], int]]:
    """The methods that learn nothing from the coded statements."""
    return {
        "VADER, domain lexicon off": lambda t: vader_tone(t, False),
        "VADER, domain lexicon on": lambda t: vader_tone(t, True),
        "phrase lexicon": lambda t: tone_module.lexicon_tone(t).tone,
    }


def trained_methods() -> dict[str, bool]:
    """The classifiers, by name: whether each uses the lexicon's findings."""
    return {"classifier (words)": False, "classifier (words + lexicon)": True}


def cross_validate(
    table: pd.DataFrame,
    group: str = "outlet",
    folds: int = 5,
    trained: dict[str, bool] | None = None,
    expected: bool = False,
) -> pd.DataFrame:
    """Out-of-fold tones of every method for each row of ``table`` (a coded sheet),
    with folds that never split a ``group`` (outlet, or base statement). ``trained``
    names the classifiers to cross-validate (default :func:`trained_methods`); with
    ``expected``, each classifier's expected tone P(+1) - P(-1) is added as the column
    ``<name>, expected tone``."""
    from sklearn.model_selection import GroupKFold

    out = pd.DataFrame({"tone": table["tone"].to_numpy()}, index=table.index)
    for name, method in fixed_methods().items():
        out[name] = [method(t) for t in table.text]
    labels = table.tone.to_numpy()
    groups = table[group].to_numpy()
    weights = base_weights(table)
    splitter = GroupKFold(n_splits=folds)
    for name, lexicon in (trained or trained_methods()).items():
        dicts = feature_dicts(list(table.text), lexicon)
        predicted = np.zeros(len(table), dtype=int)
        scores = np.zeros(len(table), dtype=float)
        for train, test in splitter.split(dicts, labels, groups=groups):
            weighed = None if weights is None else weights[train]
            model = fit_features(
                [dicts[i] for i in train],
                list(labels[train]),
                lexicon,
                weighed,
                list(groups[train]),
                pipeline_rows(table.iloc[train]),
            )
            classified = [tone_module.classify(dicts[i], model) for i in test]
            predicted[test] = [c[0] for c in classified]
            scores[test] = [c[1] for c in classified]
        out[name] = predicted
        if expected:
            out[f"{name}, {EXPECTED}"] = scores
    return out


# --------------------------------------------------------------------------- figures


def alpha(*codings: Sequence[int]) -> float:
    """Krippendorff's alpha (ordinal, values -1/0/1) of two or more codings of the same
    units, by the ``krippendorff`` package."""
    import krippendorff

    data = np.asarray([list(c) for c in codings], dtype=float)
    if len(np.unique(data[~np.isnan(data)])) < 2:
        return float("nan")
    return float(
        krippendorff.alpha(
            reliability_data=data, level_of_measurement="ordinal", value_domain=list(CLASSES)
        )
    )


def agreement(gold: Sequence[int], predicted: Sequence[int]) -> dict[str, Any]:
    """``n``, ``alpha``, ``accuracy`` (share with the right sign) and ``confusion``
    (rows: the coders' tone, columns: the method's) of ``predicted`` against ``gold``."""
    gold_a, pred_a = np.asarray(gold, dtype=int), np.asarray(predicted, dtype=int)
    confusion = pd.crosstab(
        pd.Categorical(gold_a, categories=CLASSES),
        pd.Categorical(pred_a, categories=CLASSES),
        rownames=["coded"],
        colnames=["method"],
        dropna=False,
    )
    return {
        "n": len(gold_a),
        "alpha": alpha(gold_a, pred_a),
        "accuracy": float(np.mean(gold_a == pred_a)) if len(gold_a) else float("nan"),
        "confusion": confusion,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model")
    parser.add_argument(
        "--data",
        action="append",
        help="coded statements (CSV; repeat to train on several sheets, e.g. a sheet of "
        "cscaucasus validate --tone-sheet beside tests/data/tone_train.csv; default: the "
        "shipped model's sheets, tone_train.csv, tone_dev2.csv, tone_dev3.csv, "
        "tone_train_g.csv, tone_train_h.csv, tone_train_i.csv and tone_train_j.csv)",
    )
    parser.add_argument(
        "--out", type=Path, default=MODEL_PATH, help="model file (default: the shipped one)"
    )
    args = parser.parse_args(argv)
    try:
        text = build(args.data or TRAIN_FILES)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print("shipped model equals a fresh build" if same else "shipped model is STALE")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text):,} bytes, {len(json.loads(text)['weights'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
