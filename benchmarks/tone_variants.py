"""Variants of the tone classifier, each scored on every development measure at once.

    python benchmarks/tone_variants.py [VARIANT ...]     (default: every variant)
    python benchmarks/tone_variants.py --offsets VARIANT ...   the neutral offset's grid
    python benchmarks/tone_variants.py --shrink [VARIANT ...]  an actor mean's shrinkage grid
    python benchmarks/tone_variants.py --actors [VARIANT ...]  the sixteenth round's actor estimates

A variant changes one thing of the shipped recipe (``cscaucasus.train_tone``): a setting
of the fit, the features, the training data's weights, or the rule that turns the
model's probabilities into a label. Each is scored by

* 5-fold cross-validation grouped by outlet over the training statements, all of them
  and batch f's rows alone (the statements in the pipeline's form: the training data's
  nearest stand-in for a sealed set), and the rows of batches g, h, i, j, k and l
  (``tests/data/tone_train_g.csv``, ``tone_train_h.csv``, ``tone_train_i.csv``,
  ``tone_train_j.csv``, ``tone_train_k.csv``, ``tone_train_l.csv``, each in the fold of its
  outlet) out of the same folds (batches k and l are not trained on by the shipped recipe:
  the thirteenth round's rule kept the tenth model; the seventeenth round's candidate, the
  thirteenth model, is trained also on both, docs/tone.md);
* ``tone_dev2`` to ``tone_dev6``, trained on every training statement,
  each on the statements' texts and as the tables hold them
  (``tone_crossval.pipeline_texts``); since the ninth round the shipped recipe is trained
  also on ``tone_dev2`` and ``tone_dev3`` (each sheet's outlets in five folds of their
  own in the cross-validation), so their figures are in-sample, since the tenth round
  on batches g and h, since the eleventh on batch i and since the twelfth on batch j;
  the fresh measures are batch f's
  rows and ``tone_dev4``, ``tone_dev5`` and ``tone_dev6`` as the tables hold them, pooled in
  the next-to-last line (the tenth round's rule, docs/tone.md; the ninth round pooled the
  first three), and the same statements with the sheets on their text in the last (the
  eleventh round's rule added it);

as ``alpha/sign accuracy`` and, in brackets, the speakers with at least ten statements
whose mean has the coded sign: strict / by the neutral band for the labels' mean, then
the same for the mean expected tone; beside every variant but the shipped recipe, the
paired bootstrap of its sign accuracy against the shipped recipe's on the same
statements (the change, statements gained and lost, 95 % interval). A variant counts as
a gain only where it raises the development sheets and the cross-validation together
(docs/tone.md, "Seventh round" and "Eighth round"); a paired difference of two or three
statements on a sheet is noise. A variant may bring lines of its own for the phrase
lexicon (a class tried before it is written into ``data/tone_lexicon.yml``).
Since the fourteenth round the shipped recipe adds ``train_tone.NEUTRAL_OFFSET`` (-0.2)
to the neutral class's intercept, and so does every variant that does not set it;
``--offsets`` prints a variant's cross-validation by outlet for each offset of
``OFFSET_GRID``, by which that round chose it; ``--shrink`` prints, for each z of
``SHRINK_GRID``, the speakers with the coders' sign when an actor's mean expected tone is
shrunk to zero by z standard errors (the fifteenth round's candidate B); ``--actors``
the speakers with the coders' sign by the shipped mean of the expected tone and by the
sixteenth round's candidates (the mean over the statements labelled polar; the expected
tone calibrated class by class, Platt or isotonic).
The eighteenth round's candidates (``ROUND18``) are other learners over the same features
(``train_tone.LEARNER``: a linear SVM, complement naive Bayes, a stack of the classifier and
the phrase lexicon), their C and offsets chosen by ``--offsets``.
Development data only: never pass a sealed sheet.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

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
    # Lines added to the phrase lexicon's entries (YAML, as in data/tone_lexicon.yml)
    # for this variant: a lexicon class tried before it is written into the file.
    lexicon_lines: str = ""
    # Coded sheets of tests/data (by name) trained on beside the training statements,
    # read as the pipeline reads them (train_tone.read_training); in the cross-validation
    # each sheet's outlets fall into five folds of their own, so that the training
    # statements' folds, and the figures on them, are paired with the shipped recipe's.
    # The shipped recipe trains on tone_dev2 and tone_dev3 since the ninth round, on
    # training batches g and h since the tenth, on batch i since the eleventh and on
    # batch j since the twelfth.
    also_trained_on: tuple[str, ...] = (
        "tone_dev2", "tone_dev3", "tone_train_g", "tone_train_h", "tone_train_i",
        "tone_train_j",
    )  # fmt: skip


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
    # the fifth model's recipe, shipped until the ninth round: the training statements only
    "fifth model (not trained on tone_dev2, tone_dev3, batches g-j)": Variant(also_trained_on=()),
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

# ------------------------------------------- the tenth round (docs/tone.md): batch g

#: Training batches g and h (eleventh session): statements in the pipeline's form in outlets
#: of the training statements; their rows fall into the folds of their outlets
#: (``Bench.folds``) and are scored out of fold as ``CV, batch g rows`` / ``batch h rows``.
BATCH_G = "tone_train_g"
BATCH_H = "tone_train_h"
#: Training batch i (twelfth session): polar statements in plain words, the same way.
BATCH_I = "tone_train_i"
#: Training batch j (thirteenth session): the ninth model's development errors, the same way.
BATCH_J = "tone_train_j"
#: Training batch k (thirteenth session): the tenth model's development errors, the same way.
BATCH_K = "tone_train_k"
#: Training batch l (sixteenth session): the twelfth model's development errors and speakers'
#: mixes, the same way.
BATCH_L = "tone_train_l"
BATCHES = {"g": BATCH_G, "h": BATCH_H, "i": BATCH_I, "j": BATCH_J, "k": BATCH_K, "l": BATCH_L}
#: The statements in the pipeline's form: batch f's rows and the added sheets.
_PIPELINE_FORM = ("f", "tone_dev2", "tone_dev3", BATCH_G)
ROUND10: dict[str, Variant] = {
    # the sixth model's recipe, shipped until the tenth round: not trained on batches g-j
    "sixth model (not trained on batches g-j)": Variant(also_trained_on=("tone_dev2", "tone_dev3")),
    # measured on the seventh model's recipe (docs/tone.md); here on the shipped one
    "the pipeline's form weighing 1.5": Variant(batch_weight=dict.fromkeys(_PIPELINE_FORM, 1.5)),
    # the seventh model's recipe, shipped in the tenth round until batch h: not on h-j
    "seventh model (not trained on batches h-j)": Variant(
        also_trained_on=("tone_dev2", "tone_dev3", BATCH_G)
    ),
}
VARIANTS |= ROUND10

# ------------------------------------------ the eleventh round (docs/tone.md): batch i
ROUND11: dict[str, Variant] = {
    # the eighth model's recipe, shipped until the eleventh round: not trained on i, j
    # (the round's rule measured the ninth against it)
    "eighth model (not trained on batches i, j)": Variant(
        also_trained_on=("tone_dev2", "tone_dev3", BATCH_G, BATCH_H)
    ),
}
VARIANTS |= ROUND11

# ------------------------------------------- the twelfth round (docs/tone.md): batch j
ROUND12: dict[str, Variant] = {
    # the ninth model's recipe, shipped until the twelfth round: not trained on batch j
    # (the round's rule measured the tenth, the shipped recipe since, against it)
    "ninth model (not trained on batch j)": Variant(
        also_trained_on=("tone_dev2", "tone_dev3", BATCH_G, BATCH_H, BATCH_I)
    ),
}
VARIANTS |= ROUND12

# ---------------------------------------- the thirteenth round (docs/tone.md): batch k
_ELEVENTH = ("tone_dev2", "tone_dev3", BATCH_G, BATCH_H, BATCH_I, BATCH_J, BATCH_K)
ROUND13: dict[str, Variant] = {
    # the round's candidate: the tenth model's recipe trained also on batch k; by the
    # round's rule it did not ship (pooled -0.001 as the tables hold the tone and on the
    # text), so the shipped recipe stayed the tenth's (since the fourteenth round this
    # variant carries the twelfth model's neutral offset too)
    "eleventh model (trained also on batch k)": Variant(also_trained_on=_ELEVENTH),
}
VARIANTS |= ROUND13

# --------------------------------------- the seventeenth round (docs/tone.md): batch l
_TWELFTH = ("tone_dev2", "tone_dev3", BATCH_G, BATCH_H, BATCH_I, BATCH_J)
ROUND17: dict[str, Variant] = {
    # the round's candidate: the twelfth model's recipe (its neutral offset as it is)
    # trained also on batches k and l; shipped if the pooled fresh measures, as the tables
    # hold them and on the text, do not fall against the twelfth
    "thirteenth model (trained also on batches k and l)": Variant(
        also_trained_on=(*_TWELFTH, BATCH_K, BATCH_L)
    ),
    # for the record only (decides nothing): the same recipe trained also on batch l alone
    "twelfth recipe trained also on batch l (not k)": Variant(also_trained_on=(*_TWELFTH, BATCH_L)),
}
VARIANTS |= ROUND17

# ------------------------------------ the fourteenth round (docs/tone.md): not more data

#: Character n-grams of each word (scikit-learn's ``char_wb``): the word padded with a
#: space on either side, every run of CHAR_SIZES characters, each occurrence CHAR_VALUE.
CHAR_SIZES = (3, 4, 5)
CHAR_VALUE = 0.5


@functools.cache
def _word_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    return tuple("c:" + padded[i : i + n] for n in CHAR_SIZES for i in range(len(padded) - n + 1))


def _char_ngrams(text: str, feats: Features) -> Features:
    """The features with each word's character n-grams (``c:``) beside them."""
    out = dict(feats)
    for word in tone._WORD.findall(tone.prepare(text)):
        for gram in _word_grams(word):
            out[gram] = out.get(gram, 0.0) + CHAR_VALUE
    return out


#: The neutral offsets tried for candidates B and C (``--offsets``), the one with the highest
#: sign accuracy in the cross-validation by outlet over tone_train.csv chosen.
OFFSET_GRID = tuple(round(x / 10, 1) for x in range(-5, 6))
ROUND14: dict[str, Variant] = {
    # The round's candidate B, the neutral offset -0.2 (train_tone.NEUTRAL_OFFSET), was chosen
    # and shipped: the twelfth model, the shipped recipe since. Its offset and C's are the
    # grid's choices (--offsets "tenth model (no neutral offset)", --offsets "A: ..."): the
    # highest sign accuracy in the cross-validation by outlet, alpha breaking a tie.
    "tenth model (no neutral offset)": Variant(settings={"NEUTRAL_OFFSET": 0.0}),
    "A: character n-grams 3-5": Variant(features=_char_ngrams, settings={"NEUTRAL_OFFSET": 0.0}),
    "C: character n-grams 3-5, neutral offset -0.4": Variant(
        features=_char_ngrams, settings={"NEUTRAL_OFFSET": -0.4}
    ),
}
VARIANTS |= ROUND14

# ---------------------------------- the fifteenth round (docs/tone.md): weighted words
ROUND15: dict[str, Variant] = {
    # candidate A: each binary feature scaled in the fit by its log-count-ratio spread
    # (train_tone.NB_SCALE), the twelfth recipe otherwise
    "A15: weighted words (log-count ratio)": Variant(settings={"NB_SCALE": True}),
}
VARIANTS |= ROUND15

# ---------------------------------- the eighteenth round (docs/tone.md): other learners
# over the same features, each exported as one linear model (train_tone.LEARNER); the
# SVM's C and each candidate's neutral offset are chosen by ``--offsets`` (the
# cross-validation by outlet), the C at offset 0, then the offset.
ROUND18: dict[str, Variant] = {
    **{
        f"A18: linear SVM, C {c}": Variant(settings={"LEARNER": "svm", "SVM_C": c})
        for c in (0.1, 0.3, 1.0)
    },
    "B18: complement naive Bayes": Variant(settings={"LEARNER": "cnb"}),
    "C18: stack of the classifier and the phrase lexicon": Variant(settings={"LEARNER": "stack"}),
    # as chosen by --offsets (docs/tone.md, "Eighteenth round"): the SVM's C 0.1 at offset
    # 0 and its offset 0; the naive Bayes's offset -0.1; the stack's -0.1
    "A18: linear SVM, C 0.1, neutral offset 0": Variant(
        settings={"LEARNER": "svm", "SVM_C": 0.1, "NEUTRAL_OFFSET": 0.0}
    ),
    "B18: complement naive Bayes, neutral offset -0.1": Variant(
        settings={"LEARNER": "cnb", "NEUTRAL_OFFSET": -0.1}
    ),
    "C18: stack, neutral offset -0.1": Variant(
        settings={"LEARNER": "stack", "NEUTRAL_OFFSET": -0.1}
    ),
}
VARIANTS |= ROUND18

#: Candidate B's grid: an actor's mean of expected tone m shrunk to zero by its standard
#: error, sign(m) * max(0, |m| - z * s / sqrt(n)) (``--shrink``); z = 0 is the mean itself.
SHRINK_GRID = tuple(k / 4 for k in range(9))
#: The speakers of these measures (n >= 10) are the pooled fresh actors of the fifteenth
#: round's rule for B, as the tables hold the sheets and on their text.
POOLED_ACTORS = {
    "tables": (
        "CV, batch f rows",
        "tone_dev4 (tables)",
        "tone_dev5 (tables)",
        "tone_dev6 (tables)",
    ),
    "text": ("CV, batch f rows", "tone_dev4 (text)", "tone_dev5 (text)", "tone_dev6 (text)"),
}


# ------------------------------------------------ the eighth round (docs/tone.md): meaning

# The denial of a hostile act or intent as a lexicon class: a negator, up to four words
# that are no verb of refusing a hostile thing ("will not accept pressure" is defiance),
# and a hostile act ("would not put pressure on Yerevan", "had never refused Armenia
# assistance", "no one was planning to expel it", "was not involved in the fighting").
_HOSTILE_ACTS = (
    "pressure|pressuring|threat|threats|threaten|threatens|threatening|refuse|refused|"
    "refuses|refusing|expel|expelled|expelling|attack|attacked|attacking|interfere|"
    "interfered|interfering|intervene|intervened|harm|harmed|hostile|involved in (?:the "
    "|any )?(?:fighting|war|conflict|hostilities|clashes|operation)|leave|leaving|withdraw|"
    "withdrawing|abandon|abandoned|abandoning|turn away|turning away|turned away|turn "
    "(?:its|our|their|his) back|isolate|isolating|punish|punishing|sanctions|blackmail"
)
_DEFIANCE = "accept|allow|let|tolerate|permit|stand|forgive|forget|ignore|succumb|yield|give"
_DENIAL_PATTERNS = [
    r"(?:{NEG}|no one|nobody)(?: (?!(?:" + _DEFIANCE + r"|that|who|which|but)\b)[\w']+){0,4} "
    r"(?:" + _HOSTILE_ACTS + r")\b(?! (?:to|us|our)\b)"
    r"(?!(?: \w+){0,3} (?:without|unanswered|unpunished)\b)",
    r"(?:{NEG})(?: \w+){0,2} (?:directed|aimed|targeted) (?:against|at) (?:anyone|anybody|any|"
    r"third|russia|armenia|azerbaijan|iran|turkey|the west|moscow|yerevan|baku)",
    r"(?:{NEG})(?: \w+){0,1} against (?:anyone|anybody|any (?:third )?(?:country|countries|"
    r"state|states|party|member))",
    r"(?:there (?:is|was|are|were)|we see|sees?|saw) no (?:\w+ )?(?:crisis|tension|tensions|"
    r"threat|threats|danger) (?:in|between|to|for|from)",
]
_OWN_RECORD_PATTERNS = [
    r"(?:done|did|do|does|doing) (?:everything|all|whatever) (?:it|we|they|he|she|that|which)? "
    r"?(?:could|can|possible|in (?:its|our|their|his|her) power|necessary|required|"
    r"to (?:prevent|stop|avoid|help|protect|ensure|keep|save))",
    r"(?:has|have|had) nothing to reproach (?:itself|ourselves|themselves|himself|herself)"
    r"(?: for)?",
    r"(?:nobody|no one|no-one) can accuse (?:us|it|them|him|her|russia|armenia|azerbaijan|"
    r"the \w+)(?: of(?: \w+){1,3})?",
    r"(?:strictly|fully|entirely) within (?:the|its|our|their) (?:mandate|law|framework|"
    r"obligations)",
]


def _entry(name: str, weight: float, patterns: list[str]) -> str:
    """A lexicon entry as the YAML lines of ``data/tone_lexicon.yml``."""
    lines = [f"  - name: {name}", f"    weight: {weight}", "    negatable: false", "    patterns:"]
    lines += ["      - '" + p.replace("'", "''") + "'" for p in patterns]
    return "\n" + "\n".join(lines) + "\n"


DENIAL_NAME = "denial of a hostile act or intent"


def _masked_denials(text: str, feats: Features) -> Features:
    """The words of a denial of a hostile act written as one token ``xdenialx`` (no word,
    pair, stem or negation feature of their own, no valence), so that "would not" in it
    is not read as a refusal: the token's weight is learnt from the training statements."""
    prepared = tone.prepare(text)
    matches = tone.find_phrases(prepared)
    spans = [(m.start, m.end) for m in matches if m.entry.name == DENIAL_NAME]
    if not spans:
        return feats
    pieces = tone._split_at(prepared, spans)
    masked = " ".join(
        "".join(p if i % 2 == 0 else " xdenialx " for i, p in enumerate(pieces)).split()
    )
    out = {k: v for k, v in feats.items() if k.startswith("lex")}
    words = tone._WORD.findall(masked)
    for word in words:
        out["w:" + word] = 1.0
        if len(word) > tone.STEM and word != "xdenialx":
            out["s:" + word[: tone.STEM]] = 1.0
    for first, second in zip(words, words[1:], strict=False):
        out[f"b:{first}_{second}"] = 1.0
    negated = tone._negated_words(masked)
    for word in negated:
        out["not:" + word] = 1.0
    quiet = spans + [(m.start, m.end) for m in matches if m.entry.weight == 0]
    kept = " ".join(
        p for i, p in enumerate(tone._split_at(prepared, sorted(set(quiet)))) if i % 2 == 0
    )
    out.update(tone._valence_features(tone._WORD.findall(kept), set(negated)))
    return out


# Words whose general valence is more often the occasion than the speaker's judgement
# (fighting, victims, peace, agreement, help as topics), and the words of a predicate
# after a copula ("was biased", "had been constructive"): each group's valences summed
# apart (``valence:topic_*``, ``valence:judged_*``) so that the classifier weighs them
# on its own.
TOPIC_WORDS = frozenset(
    [
        "war",
        "wars",
        "killed",
        "killing",
        "killings",
        "victims",
        "casualties",
        "bloodshed",
        "shelling",
        "shelled",
        "attack",
        "attacks",
        "attacked",
        "fighting",
        "fight",
        "clashes",
        "clash",
        "conflict",
        "conflicts",
        "crisis",
        "hostilities",
        "incursion",
        "offensive",
        "refugees",
        "exodus",
        "aggression",
        "violence",
        "dead",
        "death",
        "deaths",
        "wounded",
        "destruction",
        "threat",
        "threats",
        "danger",
        "terrorism",
        "terrorist",
        "disaster",
        "tragedy",
        "tragic",
        "crash",
        "peace",
        "peaceful",
        "agreement",
        "agreements",
        "agreed",
        "settlement",
        "stability",
        "stable",
        "security",
        "help",
        "helped",
        "assistance",
        "ceasefire",
        "treaty",
    ]
)
COPULAS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "remains",
        "remain",
        "remained",
        "seems",
        "seemed",
        "looks",
        "looked",
        "become",
        "became",
        "becomes",
    ]
)
PREDICATE_ADVERBS = frozenset(
    [
        "not",
        "very",
        "so",
        "too",
        "quite",
        "rather",
        "extremely",
        "deeply",
        "absolutely",
        "completely",
        "totally",
        "fully",
        "highly",
        "particularly",
        "especially",
        "simply",
        "clearly",
        "truly",
        "really",
        "also",
        "still",
    ]
)


def _valence_groups(text: str, feats: Features, topic: bool, judged: bool) -> Features:
    prepared = tone.prepare(text)
    matches = tone.find_phrases(prepared)
    words = tone._unneutralised(prepared, tone._WORD.findall(prepared), matches)
    negated = set(tone._negated_words(prepared))
    predicate = set()
    for i, word in enumerate(words):
        if judged and word in COPULAS:
            j = i + 1
            while j < len(words) and words[j] in PREDICATE_ADVERBS:
                j += 1
            if j < len(words) and words[j] not in ("a", "an", "the"):
                predicate.add(j)
    groups: dict[str, list[str]] = {"": [], "topic_": [], "judged_": []}
    for i, word in enumerate(words):
        group = "judged_" if i in predicate else "topic_" if topic and word in TOPIC_WORDS else ""
        groups[group].append(word)
    out = dict(feats)
    for group, members in groups.items():
        values = tone._valence_features(members, negated)
        out[f"valence:{group}positive"] = values["valence:positive"]
        out[f"valence:{group}negative"] = values["valence:negative"]
    return out


def _negated_valences(text: str, feats: Features) -> Features:
    """The valences of negated words summed apart (``valence:negated_*``) instead of
    turned into the other sign: "not a threat" and "would not visit" weighed on their own."""
    prepared = tone.prepare(text)
    matches = tone.find_phrases(prepared)
    words = tone._unneutralised(prepared, tone._WORD.findall(prepared), matches)
    negated = set(tone._negated_words(prepared))
    values = tone._word_valences()
    out = dict(feats) | tone._valence_features([w for w in words if w not in negated], set())
    turned = [values[w] for w in words if w in negated and w in values]
    out["valence:negated_positive"] = sum(v for v in turned if v > 0) / 4
    out["valence:negated_negative"] = -sum(v for v in turned if v < 0) / 4
    return out


def _no_negator_words(text: str, feats: Features) -> Features:
    """Negators neither single features nor in pairs: only what they negate (``not:``)."""
    negators = tone._single_word_negators() | {"no", "not", "never", "nobody", "nothing"}
    out = {}
    for key, value in feats.items():
        kind, _, body = key.partition(":")
        if kind == "w" and body in negators:
            continue
        if kind == "b" and any(part in negators for part in body.split("_", 1)):
            continue
        out[key] = value
    return out


ROUND8: dict[str, Variant] = {
    "denial of a hostile act (lexicon, weight 0)": Variant(
        lexicon_lines=_entry(DENIAL_NAME, 0, _DENIAL_PATTERNS)
    ),
    "denial (weight 0.5) and defence of its own record": Variant(
        lexicon_lines=_entry(DENIAL_NAME, 0.5, _DENIAL_PATTERNS)
        + _entry("defence of its own record", 0.5, _OWN_RECORD_PATTERNS)
    ),
    "denial (weight 0), its words masked": Variant(
        lexicon_lines=_entry(DENIAL_NAME, 0, _DENIAL_PATTERNS), features=_masked_denials
    ),
    "topic words' valences apart": Variant(
        features=lambda t, f: _valence_groups(t, f, topic=True, judged=False)
    ),
    "predicate words' valences apart": Variant(
        features=lambda t, f: _valence_groups(t, f, topic=False, judged=True)
    ),
    "topic and predicate valences apart": Variant(
        features=lambda t, f: _valence_groups(t, f, topic=True, judged=True)
    ),
    "negated words' valences apart": Variant(features=_negated_valences),
    "negators not single features or pairs": Variant(features=_no_negator_words),
    # (the round's last variant, "trained also on tone_dev2 and tone_dev3", is the shipped
    # recipe since the ninth round; the variants above add their change to it since then)
}
VARIANTS |= ROUND8


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
        if model.split:
            feats = tone.split_signed(feats)
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
        from sklearn.model_selection import GroupKFold

        self.table = train_tone.read_training([train_tone.TRAIN_FILE])
        # each outlet's fold in the cross-validation, so that a sheet's statements in the
        # training statements' outlets fall in their outlets' folds (batches g-k)
        split = GroupKFold(n_splits=5).split(self.table, groups=self.table.outlet)
        self.folds = {
            o: k for k, (_, test) in enumerate(split) for o in self.table.outlet.iloc[test]
        }
        self.batches = {}
        for letter, name in BATCHES.items():
            rows = train_tone.read_training([train_tone.TRAIN_FILE.with_name(f"{name}.csv")])
            self.batches[letter] = rows[~rows.text.isin(self.table.text)].reset_index(drop=True)
        self.devs: dict[str, tuple[pd.DataFrame, list[str]]] = {}
        for sheet in DEVS:
            dev = train_tone.read_coded(sheet)
            self.devs[sheet.stem] = (dev, pipeline_texts(dev, sheet.with_suffix("") / "articles"))
        self._features: dict[tuple[str, str], Features] = {}

    def features(self, variant: Variant, texts: list[str]) -> list[Features]:
        out = []
        for text in texts:
            key = (tone.LEXICON_FILE, text)  # a variant's lexicon gives other features
            if key not in self._features:
                self._features[key] = tone.features(text)
            feats = self._features[key]
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
                dicts,
                list(rows.tone),
                True,
                self.weights(variant, rows),
                list(rows.outlet),
                train_tone.pipeline_rows(rows),
            )

    def also_trained_on(self, variant: Variant) -> tuple[pd.DataFrame, np.ndarray]:
        """The variant's added sheets as training rows (``batch``: the sheet's name), and
        each row's fold (0-4): its outlet's fold where the training statements have the
        outlet (batches g-k), else five folds of the sheets' own outlets (tone_dev2, tone_dev3)."""
        from sklearn.model_selection import GroupKFold

        data = train_tone.TRAIN_FILE.parent
        sheets = [
            train_tone.read_training([data / f"{name}.csv"]).assign(batch=name)
            for name in variant.also_trained_on
        ]
        if not sheets:
            return self.table.iloc[:0], np.zeros(0, dtype=int)
        extra = pd.concat(sheets, ignore_index=True)
        # a text already trained on once is left out, as train_tone.read_training does
        seen = extra.text.isin(self.table.text) | extra.text.duplicated()
        extra = extra[~seen].reset_index(drop=True)
        known = extra.outlet.isin(self.folds).to_numpy()
        fold = np.array(extra.outlet.map(self.folds).fillna(-1), dtype=int)
        own = extra[~known]
        for k, (_, test) in enumerate(GroupKFold(n_splits=5).split(own, groups=own.outlet)):
            fold[np.flatnonzero(~known)[test]] = k
        return extra, fold

    def score(self, variant: Variant) -> dict[str, Scored]:
        """Each measure's coded statements and the variant's probabilities for them."""
        from sklearn.model_selection import GroupKFold

        table = self.table
        extra, extra_fold = self.also_trained_on(variant)
        batch_folds = {
            b: rows.outlet.map(self.folds).to_numpy() for b, rows in self.batches.items()
        }
        with _lexicon(variant.lexicon_lines):
            probs = np.zeros((len(table), 3))
            batch_probs = {b: np.zeros((len(rows), 3)) for b, rows in self.batches.items()}
            folds = GroupKFold(n_splits=5).split(table, groups=table.outlet)
            for k, (train, test) in enumerate(folds):
                rows = pd.concat([table.iloc[train], extra[extra_fold != k]])
                model = self.fit(variant, rows)
                test_texts = list(table.text.iloc[test])
                probs[test] = probabilities(self.features(variant, test_texts), model)
                for b, batch in self.batches.items():
                    texts = list(batch.text[batch_folds[b] == k])
                    found = probabilities(self.features(variant, texts), model)
                    batch_probs[b][batch_folds[b] == k] = found
            f_rows = table.batch.eq("f").to_numpy()
            out = {
                "CV by outlet": Scored(table, probs),
                "CV, batch f rows": Scored(table[f_rows], probs[f_rows]),
            }
            for b, batch in self.batches.items():
                out[f"CV, batch {b} rows"] = Scored(batch, batch_probs[b])
            model = self.fit(variant, pd.concat([table, extra]))
            for name, (dev, read) in self.devs.items():
                for how, texts in (("text", list(dev.text)), ("tables", read)):
                    dev_probs = probabilities(self.features(variant, texts), model)
                    out[f"{name} ({how})"] = Scored(dev, dev_probs)
        return out


def shifted(probs: np.ndarray, neutral: float) -> np.ndarray:
    """``probs`` with ``neutral`` added to the neutral class's logit, renormalised."""
    logits = np.log(np.clip(probs, 1e-300, 1)) + np.array([0.0, neutral, 0.0])
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exp / exp.sum(axis=1, keepdims=True)


def offset_grid(bench: Bench, name: str) -> None:
    """The cross-validation by outlet (tone_train.csv) of variant ``name`` with each neutral
    offset of :data:`OFFSET_GRID` (in place of the recipe's ``NEUTRAL_OFFSET``): the
    fourteenth round chose B's and C's offset by it."""
    variant = dataclasses.replace(
        VARIANTS[name], settings=VARIANTS[name].settings | {"NEUTRAL_OFFSET": 0.0}
    )
    coded, probs = bench.score(variant)["CV by outlet"]
    print(f"{name}: neutral offset, CV by outlet alpha/sign [speakers]")
    gold = coded.tone.to_numpy()
    for offset in OFFSET_GRID:
        said = labels(variant, shifted(probs, offset))
        found = train_tone.agreement(gold, said)
        exact = f"{int((said == gold).sum())} right, alpha {found['alpha']:.5f}"
        print(f"  {offset:+.1f}  {figures(variant, coded, shifted(probs, offset))}  ({exact})")


def shrunk_mean(values: np.ndarray, z: float) -> float:
    """Candidate B: the mean of ``values`` shrunk to zero by ``z`` standard errors."""
    mean = float(values.mean())
    error = float(values.std(ddof=1)) / math.sqrt(len(values))
    return math.copysign(max(0.0, abs(mean) - z * error), mean)


def actor_counts(coded: pd.DataFrame, probs: np.ndarray, z: float) -> tuple[int, int, int]:
    """Speakers with n >= 10 whose shrunk mean expected tone has the coders' sign: strict,
    by the neutral band, and how many speakers."""
    frame = pd.DataFrame({"coded": coded.tone.to_numpy(), "e": probs[:, 2] - probs[:, 0]})
    rows = [
        (group.coded.mean(), shrunk_mean(group.e.to_numpy(), z))
        for _, group in frame.groupby(coded.speaker.to_numpy())
        if len(group) >= MIN_ACTOR
    ]
    if not rows:
        return 0, 0, 0
    coded_means, estimates = (np.array(c) for c in zip(*rows, strict=True))
    strict = int((np.sign(coded_means) == np.sign(estimates)).sum())
    band = int((mean_call(coded_means) == mean_call(estimates)).sum())
    return strict, band, len(rows)


def shrink_grid(bench: Bench, name: str = "shipped") -> None:
    """Candidate B of the fifteenth round with variant ``name``'s probabilities: for each z
    of :data:`SHRINK_GRID`, the speakers with the coders' sign (strict / band) in the
    cross-validation by outlet, by which z is chosen, and on the pooled fresh actors."""
    variant = VARIANTS[name]
    scored = bench.score(variant)
    print(f"{name}: z, CV by outlet strict/band; pooled fresh actors (tables; text)")
    for z in SHRINK_GRID:
        cv = actor_counts(*scored["CV by outlet"], z)
        line = f"  {z:.2f}  CV {cv[0]}/{cv[1]} of {cv[2]}"
        for how, measures in POOLED_ACTORS.items():
            counts = np.array([actor_counts(*scored[m], z) for m in measures]).sum(axis=0)
            line += f"; {how} {counts[0]}/{counts[1]} of {counts[2]}"
        print(line, flush=True)


#: The sixteenth round's 162 development speaker measures (n >= 10 in each measure), by
#: which ``--actors`` chooses an actor estimate: the cross-validation by outlet, batches
#: f-k out of fold and the three fresh sheets as the tables hold them.
DEV_ACTORS = (
    "CV by outlet",
    *(f"CV, batch {b} rows" for b in "fghijk"),
    "tone_dev4 (tables)",
    "tone_dev5 (tables)",
    "tone_dev6 (tables)",
)
#: The same with batch l's speakers out of fold (the seventeenth round reports them).
DEV_ACTORS_L = (*DEV_ACTORS, "CV, batch l rows")
#: The sixteenth round's actor estimates (``--actors``): S, the shipped mean of the
#: expected tone, then the candidates A (the mean over the statements labelled polar),
#: B and C (the expected tone calibrated class by class, Platt / isotonic).
ACTOR_RULES = (
    "S: mean of expected tone",
    "A: mean of the polar statements",
    "B: Platt",
    "C: isotonic",
)


def polar_mean(said: np.ndarray, expected: np.ndarray) -> float:
    """Candidate A: the mean of ``expected`` over the statements labelled -1 or +1 (0.0 if
    none is)."""
    polar = said != 0
    return float(expected[polar].mean()) if polar.any() else 0.0


def calibration_maps(
    probs: np.ndarray, gold: np.ndarray, weights: np.ndarray, kind: str
) -> list[Callable[[np.ndarray], np.ndarray]]:
    """Candidates B and C: one map per class (-1, 0, +1) from P_k to P(coded = k), fitted
    on out-of-fold ``probs`` and the coded ``gold``, each statement weighing ``weights``:
    Platt's (a logistic regression on logit P_k, unpenalised) or isotonic."""
    from sklearn.isotonic import IsotonicRegression
    from sklearn.linear_model import LogisticRegression

    maps: list[Callable[[np.ndarray], np.ndarray]] = []
    for k, c in enumerate(train_tone.CLASSES):
        target = (gold == c).astype(int)
        if kind == "platt":
            x = _logit(probs[:, k])[:, None]
            fit = LogisticRegression(C=1e6, max_iter=1000).fit(x, target, sample_weight=weights)
            a, b = float(fit.coef_[0, 0]), float(fit.intercept_[0])
            maps.append(lambda p, a=a, b=b: 1.0 / (1.0 + np.exp(-(a * _logit(p) + b))))
        else:
            iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
            iso.fit(probs[:, k], target, sample_weight=weights)
            maps.append(iso.predict)
    return maps


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def calibrated(probs: np.ndarray, maps: list[Callable[[np.ndarray], np.ndarray]]) -> np.ndarray:
    """``probs`` through ``maps``, renormalised (a row whose mapped values sum to 0 kept)."""
    mapped = np.column_stack([m(probs[:, k]) for k, m in enumerate(maps)])
    total = mapped.sum(axis=1, keepdims=True)
    return np.where(total > 0, mapped / np.where(total > 0, total, 1), probs)


def actor_rule_counts(
    coded: pd.DataFrame, said: np.ndarray, expected: np.ndarray, rule: str
) -> np.ndarray:
    """Speakers with n >= 10 of one measure: with the coders' sign strict, by the band,
    their number, the summed |difference| of the means, and of the speakers coded exactly
    0.00 how many there are and how many are met strictly."""
    frame = pd.DataFrame({"coded": coded.tone.to_numpy(), "said": said, "e": expected})
    rows = []
    for _, group in frame.groupby(coded.speaker.to_numpy()):
        if len(group) < MIN_ACTOR:
            continue
        e = group.e.to_numpy()
        estimate = polar_mean(group.said.to_numpy(), e) if rule.startswith("A") else e.mean()
        rows.append((group.coded.mean(), estimate))
    if not rows:
        return np.zeros(6)
    coded_means, estimates = (np.array(c) for c in zip(*rows, strict=True))
    zero = np.round(coded_means, 6) == 0
    return np.array(
        [
            (np.sign(coded_means) == np.sign(estimates)).sum(),
            (mean_call(coded_means) == mean_call(estimates)).sum(),
            len(rows),
            np.abs(coded_means - estimates).sum(),
            zero.sum(),
            (zero & (np.sign(estimates) == 0)).sum(),
        ],
        dtype=float,
    )


def actor_rules(bench: Bench, name: str = "shipped") -> None:
    """The sixteenth round's candidates (docs/tone.md): for S, A, B and C, the speakers
    with the coders' sign over :data:`DEV_ACTORS` (the choice) and on the pooled fresh
    actors (:data:`POOLED_ACTORS`, the rule's guard), then each measure's counts. B's and
    C's maps for a statement scored by the model of fold k are fitted on the other folds'
    out-of-fold probabilities of the cross-validation by outlet, for a statement scored
    by the model of all training statements on all of them."""
    variant = VARIANTS[name]
    scored = bench.score(variant)
    table = bench.table
    cv_probs = scored["CV by outlet"].probs
    cv_fold = table.outlet.map(bench.folds).to_numpy()
    gold = table.tone.to_numpy()
    weights = train_tone.base_weights(table)
    weights = np.ones(len(table)) if weights is None else weights

    def folds_of(measure: str, coded: pd.DataFrame) -> np.ndarray:
        if measure.startswith("CV"):
            return np.asarray(coded.outlet.map(bench.folds), dtype=int)
        return np.full(len(coded), -1)  # scored by the model of all training statements

    maps: dict[tuple[str, int], list[Callable[[np.ndarray], np.ndarray]]] = {}
    for kind in ("platt", "isotonic"):
        for k in (-1, 0, 1, 2, 3, 4):
            fit = cv_fold != k
            maps[kind, k] = calibration_maps(cv_probs[fit], gold[fit], weights[fit], kind)

    measures = dict.fromkeys([*DEV_ACTORS, *POOLED_ACTORS["tables"], *POOLED_ACTORS["text"]])
    counts: dict[tuple[str, str], np.ndarray] = {}
    for measure in measures:
        coded, probs = scored[measure]
        said = labels(variant, probs)
        fold = folds_of(measure, coded)
        for rule in ACTOR_RULES:
            p = probs
            if rule[0] in "BC":
                kind = "platt" if rule[0] == "B" else "isotonic"
                p = probs.copy()
                for k in np.unique(fold):
                    p[fold == k] = calibrated(probs[fold == k], maps[kind, int(k)])
            counts[rule, measure] = actor_rule_counts(coded, said, p[:, 2] - p[:, 0], rule)

    def total(rule: str, names: tuple[str, ...]) -> str:
        c = np.sum([counts[rule, m] for m in names], axis=0)
        return (
            f"{int(c[0])}/{int(c[1])} of {int(c[2])} (strict+band {int(c[0] + c[1])}; "
            f"mean |diff| {c[3] / c[2]:.3f}; coded 0.00: {int(c[5])} of {int(c[4])})"
        )

    print(f"{name}: actor estimates, speakers with the coders' sign strict/band")
    for rule in ACTOR_RULES:
        print(f"  {rule}")
        print(f"    development speaker measures: {total(rule, DEV_ACTORS)}")
        for how, names in POOLED_ACTORS.items():
            print(f"    pooled fresh actors ({how}): {total(rule, names)}")
        for measure in measures:
            c = counts[rule, measure]
            print(f"      {measure:22s} {int(c[0])}/{int(c[1])} of {int(c[2])}", flush=True)


class Scored(NamedTuple):
    """A measure's coded statements and a variant's P(-1), P(0), P(+1) for each."""

    coded: pd.DataFrame
    probs: np.ndarray


@contextlib.contextmanager
def _lexicon(lines: str) -> Iterator[None]:
    """The phrase lexicon with ``lines`` (YAML entries) appended to its entries, for the
    duration: written to a temporary file that :func:`cscaucasus.tone.load_lexicon` reads."""
    if not lines:
        yield
        return
    import tempfile

    source = Path(tone.__file__).parent / "data" / tone.LEXICON_FILE
    old = tone.LEXICON_FILE
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tone_lexicon.yml"
        path.write_text(source.read_text(encoding="utf-8") + lines, encoding="utf-8")
        tone.LEXICON_FILE = str(path)  # an absolute path: joined to the data folder as is
        _clear_caches()
        try:
            yield
        finally:
            tone.LEXICON_FILE = old
            _clear_caches()


def _clear_caches() -> None:
    tone.load_lexicon.cache_clear()
    tone._single_word_negators.cache_clear()


def paired(coded: pd.DataFrame, base: np.ndarray, other: np.ndarray, draws: int = 2000) -> str:
    """The change in sign accuracy from ``base`` to ``other`` labels (statements gained and
    lost) with its 95 % interval by a paired bootstrap over the statements (seed 0)."""
    gold = coded.tone.to_numpy()
    change = (other == gold).astype(int) - (base == gold).astype(int)
    rng = np.random.default_rng(0)
    means = change[rng.integers(0, len(change), (draws, len(change)))].mean(axis=1)
    low, high = np.quantile(means, [0.025, 0.975])
    gained, lost = int((change > 0).sum()), int((change < 0).sum())
    return f"{change.mean():+.3f} (+{gained} -{lost}) [{low:+.3f}, {high:+.3f}]"


def actor_totals(variant: Variant, scored: dict[str, Scored], names: tuple[str, ...]) -> str:
    """The speakers with n >= 10 of each measure in ``names`` with the coders' sign, summed:
    labels' means strict/band, then the expected tone's (the shipped estimator), of n."""
    counts = np.zeros(5, dtype=int)
    for measure in names:
        coded, probs = scored[measure]
        frame = pd.DataFrame(
            {
                "coded": coded.tone.to_numpy(),
                "label": labels(variant, probs),
                "expected": probs[:, 2] - probs[:, 0],
            }
        )
        grouped = frame.groupby(coded.speaker.to_numpy())
        means = grouped.mean()[grouped.size() >= MIN_ACTOR]
        for k, c in enumerate(("label", "expected")):
            counts[2 * k] += int((np.sign(means.coded) == np.sign(means[c])).sum())
            counts[2 * k + 1] += int((mean_call(means.coded) == mean_call(means[c])).sum())
        counts[4] += len(means)
    return f"labels {counts[0]}/{counts[1]}, expected tone {counts[2]}/{counts[3]} of {counts[4]}"


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
    """Score each variant; beside every one but the shipped recipe, the paired bootstrap
    of its sign accuracy against the shipped recipe's on the same statements."""
    bench = Bench()
    shipped: dict[str, Scored] = {}
    for name in names or list(VARIANTS):
        variant = VARIANTS[name]
        scored = bench.score(variant)
        if not shipped:
            shipped = scored if name == "shipped" else bench.score(VARIANTS["shipped"])
        print(name)
        for measure, (coded, probs) in scored.items():
            line = f"  {measure:22s} {figures(variant, coded, probs)}"
            if name != "shipped":
                base = labels(VARIANTS["shipped"], shipped[measure].probs)
                line += f"  sign {paired(coded, base, labels(variant, probs))}"
            print(line, flush=True)
        if name != "shipped":
            print(f"  {'fresh measures pooled':22s} sign {pooled(variant, scored, shipped)}")
            text = pooled(variant, scored, shipped, POOLED_TEXT)
            print(f"  {'the same, on the text':22s} sign {text}")
        for what, names in (
            ("development speaker measures", DEV_ACTORS_L),
            ("pooled fresh actors (tables)", POOLED_ACTORS["tables"]),
            ("pooled fresh actors (text)", POOLED_ACTORS["text"]),
        ):
            print(f"  {what}: {actor_totals(variant, scored, names)}")


#: The measures no recipe was tuned or trained on, pooled for the paired bootstrap: batch
#: f out of fold and the fresh sheets as the tables hold them (docs/tone.md, "Ninth round").
POOLED = ("CV, batch f rows", "tone_dev4 (tables)", "tone_dev5 (tables)", "tone_dev6 (tables)")


#: The same statements with the sheets read on the statements' text (the eleventh round's
#: second measure: the text-only sign accuracy is the one the sealed sets put lowest).
POOLED_TEXT = ("CV, batch f rows", "tone_dev4 (text)", "tone_dev5 (text)", "tone_dev6 (text)")


def pooled(
    variant: Variant,
    scored: dict[str, Scored],
    shipped: dict[str, Scored],
    measures: tuple[str, ...] = POOLED,
) -> str:
    """:func:`paired` over the statements of every measure in ``measures`` at once."""
    coded = pd.concat([scored[m].coded[["tone"]] for m in measures], ignore_index=True)
    base = np.concatenate([labels(VARIANTS["shipped"], shipped[m].probs) for m in measures])
    other = np.concatenate([labels(variant, scored[m].probs) for m in measures])
    return paired(coded, base, other)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--offsets"]:  # the neutral offsets of the variants named after it
        bench = Bench()
        for name in sys.argv[2:]:
            offset_grid(bench, name)
    elif sys.argv[1:2] == ["--actors"]:  # the sixteenth round's actor estimates
        bench = Bench()
        for name in sys.argv[2:] or ["shipped"]:
            actor_rules(bench, name)
    elif sys.argv[1:2] == ["--shrink"]:  # candidate B's grid for the variants named after it
        bench = Bench()
        for name in sys.argv[2:] or ["shipped"]:
            shrink_grid(bench, name)
    else:
        main(sys.argv[1:])
