"""Variants of the tone classifier, each scored on every development measure at once.

    python benchmarks/tone_variants.py [VARIANT ...]     (default: every variant)

A variant changes one thing of the shipped recipe (``cscaucasus.train_tone``): a setting
of the fit, the features, the training data's weights, or the rule that turns the
model's probabilities into a label. Each is scored by

* 5-fold cross-validation grouped by outlet over the training statements, all of them
  and batch f's rows alone (the statements in the pipeline's form: the training data's
  nearest stand-in for a sealed set);
* ``tone_dev2`` and ``tone_dev3``, trained on every training statement, each on the
  statements' texts and as the tables hold them (``tone_crossval.pipeline_texts``);

as ``alpha/sign accuracy`` and, in brackets, the speakers with at least ten statements
whose mean has the coded sign: strict / by the neutral band for the labels' mean, then
the same for the mean expected tone. A variant counts as a gain only where it raises
the development sheets and the cross-validation together (docs/tone.md, "Seventh
round"); a paired difference of two or three statements on a sheet is noise.
Development data only: never pass a sealed sheet.
"""

from __future__ import annotations

import contextlib
import functools
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tone_crossval import DEVS, pipeline_texts  # noqa: E402

from cscaucasus import tone, train_tone  # noqa: E402
from cscaucasus.evaluate_tone import MIN_ACTOR, mean_call  # noqa: E402

Features = dict[str, float]
CLASSES = np.array(train_tone.CLASSES)


@dataclass(frozen=True)
class Variant:
    """One change to the recipe: module settings of ``train_tone`` for the fit, a
    transformation of each statement's features, a factor on each training row's weight
    (by coded class and by batch), and offsets added to the log-probabilities of the
    classes -1, 0, +1 before the label is chosen (or a rule on the probabilities)."""

    settings: dict[str, Any] = field(default_factory=dict)
    features: Callable[[str, Features], Features] | None = None
    balanced: bool = False
    batch_weight: dict[str, float] = field(default_factory=dict)
    offsets: tuple[float, float, float] = (0.0, 0.0, 0.0)
    rule: Callable[[np.ndarray], np.ndarray] | None = None


def _sqrt_valences(text: str, feats: Features) -> Features:
    """The summed valences compressed: many topic words weigh less than their sum."""
    out = dict(feats)
    for key in ("valence:positive", "valence:negative"):
        out[key] = math.copysign(math.sqrt(abs(out[key])), out[key])
    return out


@functools.cache
def _entity_words() -> frozenset[str]:
    """Names of states, capitals, demonyms and the gazetteer's people, lower case."""
    from cscaucasus import actors

    table = actors.load_actors()
    names = list(actors.DEMONYMS) + list(actors.CAPITALS)
    names += [s["name"] for s in actors.STATES]
    for row in table.itertuples():
        if row.type == "person":
            names += [row.name, *list(row.aliases or [])]
        elif row.type == "state":
            names.append(row.name)
    words = {w for n in names for w in tone._WORD.findall(str(n).lower()) if len(w) >= 3}
    return frozenset(words | {"csto", "nato", "eaeu", "kremlin"}) - {"the", "and", "united"}


def _masked_entities(text: str, feats: Features) -> Features:
    """Every name of a state, capital, people or person written as one word ``ENT``, so
    that the classifier learns no actor's prior from the training statements."""
    entities = _entity_words()

    def word(w: str) -> str:
        return "ENT" if w.removesuffix("'s") in entities else w

    words = tone._WORD.findall(tone.prepare(text))
    stems = {w[: tone.STEM] for w in words if len(w) > tone.STEM and word(w) == w}
    out: Features = {}
    for key, value in feats.items():
        kind, _, body = key.partition(":")
        if kind in ("w", "not"):
            key = f"{kind}:{word(body)}"
        elif kind == "b":
            key = "b:" + "_".join(word(w) for w in body.split("_", 1))
        elif kind == "s" and body not in stems:
            continue
        out[key] = value
    return out


def _stop_unigrams(text: str, feats: Features) -> Features:
    """Function words dropped as single-word features (kept in pairs and negation)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    keep = {"not", "no", "never", "nothing", "nobody", "none", "cannot", "nor", "neither"}
    drop = {f"w:{w}" for w in ENGLISH_STOP_WORDS if w not in keep}
    return {k: v for k, v in feats.items() if k not in drop}


def _expected_band(probabilities: np.ndarray) -> np.ndarray:
    """The label by the expected tone P(+1) - P(-1): its sign beyond +-0.3, else 0."""
    score = probabilities[:, 2] - probabilities[:, 0]
    return np.where(np.abs(score) > 0.3, np.sign(score), 0).astype(int)


VARIANTS: dict[str, Variant] = {
    "shipped": Variant(),
    "C 0.5": Variant(settings={"C": 0.5}),
    "C 2": Variant(settings={"C": 2.0}),
    "class-balanced weights": Variant(balanced=True),
    "no lexicon dropout": Variant(settings={"LEXICON_DROPOUT": False}),
    "min_df 1": Variant(settings={"MIN_DF": 1}),
    "min_df 3": Variant(settings={"MIN_DF": 3}),
    "batch f weighs 1.5": Variant(batch_weight={"f": 1.5}),
    "batches a-c weigh 0.5": Variant(batch_weight={"a": 0.5, "b": 0.5, "c": 0.5}),
    "valences square-rooted": Variant(features=_sqrt_valences),
    "names masked": Variant(features=_masked_entities),
    "function words not single features": Variant(features=_stop_unigrams),
    "neutral logit +0.2": Variant(offsets=(0.0, 0.2, 0.0)),
    "neutral logit -0.2": Variant(offsets=(0.0, -0.2, 0.0)),
    "negative logit -0.2": Variant(offsets=(-0.2, 0.0, 0.0)),
    "label by expected tone, band 0.3": Variant(rule=_expected_band),
}


@contextlib.contextmanager
def _settings(values: dict[str, Any]) -> Iterator[None]:
    old = {name: getattr(train_tone, name) for name in values}
    for name, value in values.items():
        setattr(train_tone, name, value)
    try:
        yield
    finally:
        for name, value in old.items():
            setattr(train_tone, name, value)


def probabilities(dicts: list[Features], model: tone.Model) -> np.ndarray:
    """P(-1), P(0), P(+1) of each statement under ``model`` (the classes in that order)."""
    order = [model.classes.index(c) for c in train_tone.CLASSES]
    out = np.zeros((len(dicts), len(order)))
    for i, feats in enumerate(dicts):
        logits = np.array(model.intercept, dtype=float)
        for name, value in feats.items():
            if value and name in model.weights:
                logits += value * np.asarray(model.weights[name])
        exp = np.exp(logits - logits.max())
        out[i] = (exp / exp.sum())[order]
    return out


def labels(variant: Variant, probs: np.ndarray) -> np.ndarray:
    if variant.rule is not None:
        return variant.rule(probs)
    logits = np.log(np.clip(probs, 1e-12, 1)) + np.asarray(variant.offsets)
    return CLASSES[logits.argmax(axis=1)]


class Bench:
    """The training table, the development sheets and their texts, read once."""

    def __init__(self) -> None:
        self.table = train_tone.read_training([train_tone.TRAIN_FILE])
        self.devs: dict[str, tuple[pd.DataFrame, list[str]]] = {}
        for sheet in DEVS:
            dev = train_tone.read_coded(sheet)
            self.devs[sheet.stem] = (dev, pipeline_texts(dev, sheet.with_suffix("") / "articles"))
        self._features: dict[str, Features] = {}

    def features(self, variant: Variant, texts: list[str]) -> list[Features]:
        out = []
        for text in texts:
            if text not in self._features:
                self._features[text] = tone.features(text)
            feats = self._features[text]
            out.append(variant.features(text, feats) if variant.features else feats)
        return out

    def weights(self, variant: Variant, rows: pd.DataFrame) -> np.ndarray:
        weights = train_tone.base_weights(rows)
        weights = np.ones(len(rows)) if weights is None else weights
        weights = weights * rows.batch.map(variant.batch_weight).fillna(1.0).to_numpy()
        if variant.balanced:
            mass = pd.Series(weights).groupby(rows.tone.to_numpy()).sum()
            weights = weights * (mass.sum() / (len(mass) * mass))[rows.tone].to_numpy()
        return weights

    def fit(self, variant: Variant, rows: pd.DataFrame) -> tone.Model:
        with _settings(variant.settings):
            dicts = self.features(variant, list(rows.text))
            return train_tone.fit_features(
                dicts, list(rows.tone), True, self.weights(variant, rows)
            )

    def score(self, variant: Variant) -> dict[str, str]:
        from sklearn.model_selection import GroupKFold

        table = self.table
        probs = np.zeros((len(table), 3))
        folds = GroupKFold(n_splits=5).split(table, groups=table.outlet)
        for train, test in folds:
            model = self.fit(variant, table.iloc[train])
            probs[test] = probabilities(self.features(variant, list(table.text.iloc[test])), model)
        f_rows = table.batch.eq("f").to_numpy()
        out = {
            "CV by outlet": figures(variant, table, probs),
            "CV, batch f rows": figures(variant, table[f_rows], probs[f_rows]),
        }
        model = self.fit(variant, table)
        for name, (dev, read) in self.devs.items():
            for how, texts in (("text", list(dev.text)), ("tables", read)):
                dev_probs = probabilities(self.features(variant, texts), model)
                out[f"{name} ({how})"] = figures(variant, dev, dev_probs)
        return out


def figures(variant: Variant, coded: pd.DataFrame, probs: np.ndarray) -> str:
    """``alpha/sign [speakers: labels strict/band, expected tone strict/band of n]``."""
    gold = coded.tone.to_numpy()
    said = labels(variant, probs)
    frame = pd.DataFrame(
        {"coded": gold, "label": said, "expected": probs[:, 2] - probs[:, 0]},
    )
    grouped = frame.groupby(coded.speaker.to_numpy())
    means = grouped.mean()[grouped.size() >= MIN_ACTOR]
    right = [
        f"{int((np.sign(means.coded) == np.sign(means[c])).sum())}/"
        f"{int((mean_call(means.coded) == mean_call(means[c])).sum())}"
        for c in ("label", "expected")
    ]
    agreement = train_tone.agreement(gold, said)
    return (
        f"{agreement['alpha']:.3f}/{agreement['accuracy']:.3f} "
        f"[{right[0]} e{right[1]} of {len(means)}]"
    )


def main(names: list[str]) -> None:
    bench = Bench()
    for name in names or list(VARIANTS):
        scored = bench.score(VARIANTS[name])
        print(name)
        for measure, value in scored.items():
            print(f"  {measure:22s} {value}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
