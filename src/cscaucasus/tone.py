"""Tone of diplomatic statements: negative (-1), neutral (0) or positive (+1).

VADER (:mod:`cscaucasus.sentiment`) rates words as a reader of social media would; an
official's register defeats it ("could neither confirm nor deny" scores -0.66, a warning
worded as hope scores positive). This module reads a statement's content the way the
codebook (``docs/tone_codebook.md``) tells a human coder to, in two layers:

* the **phrase lexicon** (``data/tone_lexicon.yml``): conventional phrases of the
  diplomatic register with weights, negation ("not ready to sign", "did not fulfil its
  obligations"), denials and non-answers that neutralise the words inside them, veiled
  warnings worded as hope, and the "but" rule — :func:`lexicon_tone`;
* the **classifier** (``data/tone_model.json``): a multinomial logistic regression over
  words, word pairs, negation-marked words and the lexicon's findings, trained by
  :mod:`cscaucasus.train_tone` on the hand-coded ``tests/data/tone_train.csv``, the
  development sheets ``tone_dev2.csv`` and ``tone_dev3.csv`` and training batches g to j
  (``tone_train_g.csv``, ``tone_train_h.csv``, ``tone_train_i.csv``,
  ``tone_train_j.csv``) beside it, and
  shipped as plain weights, so scoring needs neither scikit-learn nor the network —
  :func:`classifier_tone`.

:func:`tone` is the default (the method the cross-validated figures chose, see
``docs/tone.md``); :func:`tone_statements` adds ``tone``, ``tone_score`` and
``tone_evidence`` to the statements table and leaves VADER's columns as they are.

>>> tone("We could neither confirm nor deny these reports.").tone
0
>>> tone("Armenia is not ready to sign the declaration in its current form.").tone
-1
"""

from __future__ import annotations

import functools
import heapq
import importlib.resources
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import pandas as pd

from . import valences
from .lexicon import verbs
from .yamlfile import parse_yaml

try:  # the parser of the standard library's re module (sre_parse before 3.11)
    import re._constants as _sre
    import re._parser as _sre_parser
except ImportError:  # pragma: no cover
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

__all__ = [
    "METHODS",
    "TONE_COLUMNS",
    "Tone",
    "classifier_tone",
    "features",
    "lexicon_tone",
    "load_lexicon",
    "load_model",
    "read_texts",
    "tone",
    "tone_statements",
    "validation",
]

LEXICON_FILE = "tone_lexicon.yml"
MODEL_FILE = "tone_model.json"
SEALED_FILE = "tone_sealed.json"  # the sealed set's figures for the shipped model
TONE_COLUMNS: dict[str, str] = {"tone": "Int8", "tone_score": "float64", "tone_evidence": "string"}

# Curly quotes and dashes as the lexicon's patterns expect them.
_TYPOGRAPHIC = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_WORD_RUN = re.compile(r"\w{2,}")  # a word as \b sees it (hyphens and quotes split)
_CLAUSE_END = re.compile(r"[.;:!?\"()]|,\s+(?:and|but|while|whereas)\b|\s-\s")
# Words after a negator (up to this many, within the clause) are marked NOT_ for the
# classifier, the usual way of letting a bag of words see negation.
NOT_SCOPE = 3
# Words longer than this are also a feature cut to their first STEM characters
# (truncation, the simplest stemmer: "strengthen", "strengthening" and "strengthened"
# share "stren"), so that the classifier reads a form its training statements lack.
STEM = 5


class Tone(NamedTuple):
    """A statement's tone (-1/0/+1), a score in -1..1 and the evidence behind it."""

    tone: int
    score: float
    evidence: str


@dataclass(frozen=True)
class Entry:
    name: str
    weight: float
    negatable: bool
    priority: int
    pattern: re.Pattern[str]
    # Word beginnings one of which every match has (None: not known): the entry is
    # only tried on texts with such a word, which is far cheaper than the pattern.
    heads: frozenset[str] | None


@dataclass(frozen=True)
class Lexicon:
    entries: tuple[Entry, ...]
    negator: re.Pattern[str]
    window: int
    contrast: re.Pattern[str]
    contrast_after: float
    contrast_before: float
    threshold: float


class Match(NamedTuple):
    start: int
    end: int
    entry: Entry
    value: float  # the weight after negation and the contrast rule
    rule: str  # "" or what changed the weight


# --------------------------------------------------------------------------- lexicon


@functools.cache
def load_lexicon() -> Lexicon:
    """The phrase lexicon of ``data/tone_lexicon.yml``, compiled once."""
    source = importlib.resources.files("cscaucasus") / "data" / LEXICON_FILE
    spec = parse_yaml(source.read_text(encoding="utf-8"))
    negators = spec["negators"]
    entries = []
    for item in spec["entries"]:
        body = "|".join(f"(?:{p})" for p in item["patterns"]).replace("{NEG}", negators)
        entries.append(
            Entry(
                name=str(item["name"]),
                weight=float(item["weight"]),
                negatable=bool(item.get("negatable", True)),
                priority=int(item.get("priority", 0)),
                pattern=re.compile(rf"\b(?:{body})\b"),
                heads=word_heads(body),
            )
        )
    return Lexicon(
        entries=tuple(entries),
        negator=re.compile(rf"\b(?:{negators})\b"),
        window=int(spec["negation_window"]),
        contrast=re.compile(rf"\b(?:{spec['contrast']})\b"),
        contrast_after=float(spec["contrast_after"]),
        contrast_before=float(spec["contrast_before"]),
        threshold=float(spec["threshold"]),
    )


def word_heads(pattern: str) -> frozenset[str] | None:
    """Word beginnings (two to four characters) one of which every match of
    ``\\b(?:pattern)`` has at the start of a word, read from the parsed pattern; None
    when no such set is found. A text none of whose words begins so cannot match.

    >>> sorted(word_heads("(?:deeply|gravely) concerned|alarm(?:ed)?"))
    ['alar', 'conc']
    """
    return _heads(_sre_parser.parse(pattern), True)


def _heads(items: Any, start_ok: bool) -> frozenset[str] | None:
    """:func:`word_heads` of a parsed sequence; ``start_ok``: it begins a word."""
    candidates: list[frozenset[str]] = []
    run, run_ok = "", start_ok
    for op, av in items:
        if op is _sre.LITERAL:
            char = chr(av)
            if char.isalnum() or char == "_":
                run += char
                continue
            if run_ok and len(run) >= 2:
                candidates.append(frozenset([run[:4]]))
            run, run_ok = "", True  # a non-word character: a word may start next
            continue
        if run_ok and len(run) >= 2:
            candidates.append(frozenset([run[:4]]))
        here_ok = run_ok and not run
        run, run_ok = "", op is _sre.AT
        inner: frozenset[str] | None = None
        if op is _sre.SUBPATTERN:
            inner = _heads(av[-1], here_ok)
        elif op is _sre.BRANCH:
            branches = [_heads(b, here_ok) for b in av[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            inner = _heads(av[2], here_ok)
        if inner:
            candidates.append(inner)
    if run_ok and len(run) >= 2:
        candidates.append(frozenset([run[:4]]))
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def text_heads(prepared: str) -> frozenset[str]:
    """The beginnings (two, three and four characters) of every word of ``prepared``."""
    heads = set()
    for word in _WORD_RUN.findall(prepared):
        heads.update((word[:2], word[:3], word[:4]))
    return frozenset(heads)


def prepare(text: str) -> str:
    """The text the lexicon and the classifier read: lowercase, straight quotes."""
    return " ".join(text.translate(_TYPOGRAPHIC).lower().split())


def find_phrases(prepared: str, lexicon: Lexicon | None = None) -> list[Match]:
    """The lexicon's phrases in ``prepared`` text: the longest of overlapping matches,
    each with its weight after negation and the "but" rule, in text order."""
    lexicon = lexicon or load_lexicon()
    heads = text_heads(prepared)
    found = [
        (m.start(), m.end(), entry)
        for entry in lexicon.entries
        if entry.heads is None or not entry.heads.isdisjoint(heads)
        for m in entry.pattern.finditer(prepared)
        if m.end() > m.start()
    ]
    found.sort(key=lambda f: (-f[2].priority, f[0] - f[1], f[0]))
    taken: list[tuple[int, int, Entry]] = []
    for start, end, entry in found:
        if all(end <= s or start >= e for s, e, _ in taken):
            taken.append((start, end, entry))
    taken.sort(key=lambda f: f[0])
    contrast = lexicon.contrast.search(prepared)
    return [_weigh(prepared, start, end, entry, lexicon, contrast) for start, end, entry in taken]


def _weigh(
    prepared: str,
    start: int,
    end: int,
    entry: Entry,
    lexicon: Lexicon,
    contrast: re.Match[str] | None,
) -> Match:
    value, rules = entry.weight, []
    if entry.negatable and value and _negated(prepared, start, lexicon):
        value *= -0.8 if value > 0 else -0.2
        rules.append("negated")
    if contrast is not None and value:
        after = start >= contrast.end()
        value *= lexicon.contrast_after if after else lexicon.contrast_before
        rules.append(f"{'after' if after else 'before'} {contrast.group(0)!r}")
    return Match(start, end, entry, value, "; ".join(rules))


def _negated(prepared: str, start: int, lexicon: Lexicon) -> bool:
    """A negator among the ``window`` words before ``start``, in the same clause."""
    before = prepared[max(0, start - 80) : start]
    ends = list(_CLAUSE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    words = before.split()[-lexicon.window :]
    return bool(words) and lexicon.negator.search(" ".join(words)) is not None


def lexicon_tone(text: str) -> Tone:
    """The phrase lexicon's tone of ``text``: the sum of its phrases' weights.

    >>> lexicon_tone("Russia remains our strategic ally.")
    Tone(tone=1, score=0.603, evidence='strategic ally: remains our strategic ally +2.0')
    """
    lexicon = load_lexicon()
    matches = find_phrases(prepare(text), lexicon)
    total = sum(m.value for m in matches)
    label = int(math.copysign(1, total)) if abs(total) >= lexicon.threshold else 0
    score = round(total / math.sqrt(total * total + 7), 4)
    return Tone(label, score, _lexicon_evidence(text, matches))


def _lexicon_evidence(text: str, matches: list[Match]) -> str:
    prepared = prepare(text)
    parts = []
    for m in matches:
        rule = f" ({m.rule})" if m.rule else ""
        parts.append(f"{m.entry.name}: {prepared[m.start : m.end]} {m.value:+.1f}{rule}")
    return "; ".join(parts)


# ------------------------------------------------------------------------ classifier


def features(text: str, matches: list[Match] | None = None) -> dict[str, float]:
    """The classifier's features of ``text``: words (``w:``), their first :data:`STEM`
    characters (``s:``, for words longer than that), word pairs (``b:``),
    words after a negator (``not:``), the words' general valences (``valence:positive``,
    ``valence:negative``) and the lexicon's phrases (``lex:`` by name and ``lex_score``,
    the lexicon's total). ``matches`` are :func:`find_phrases` results
    when the caller has them."""
    prepared = prepare(text)
    return _features(prepared, find_phrases(prepared) if matches is None else matches)


def _features(prepared: str, matches: list[Match]) -> dict[str, float]:
    out: dict[str, float] = {}
    words = _WORD.findall(prepared)
    for word in words:
        out["w:" + word] = 1.0
        if len(word) > STEM:
            out["s:" + word[:STEM]] = 1.0
    for first, second in zip(words, words[1:], strict=False):
        out[f"b:{first}_{second}"] = 1.0
    negated = _negated_words(prepared)
    for word in negated:
        out["not:" + word] = 1.0
    out.update(_valence_features(_unneutralised(prepared, words, matches), set(negated)))
    total = 0.0
    for m in matches:
        key = "lex:" + m.entry.name
        out[key] = out.get(key, 0.0) + m.value
        total += m.value
    out["lex_score"] = total
    return out


def _unneutralised(prepared: str, words: list[str], matches: list[Match]) -> list[str]:
    """``words`` without those inside a phrase that neutralises them (an entry of weight
    0: a non-answer, a denial, a condolence): their general valence is not the tone."""
    spans = [(m.start, m.end) for m in matches if m.entry.weight == 0]
    if not spans:
        return words
    kept = " ".join(piece for i, piece in enumerate(_split_at(prepared, spans)) if i % 2 == 0)
    return _WORD.findall(kept)


def _split_at(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """``text`` cut at ``spans`` (sorted, not overlapping): outside, inside, outside, …"""
    pieces, last = [], 0
    for start, end in sorted(spans):
        pieces += [text[last:start], text[start:end]]
        last = end
    return [*pieces, text[last:]]


def _valence_features(words: list[str], negated: set[str]) -> dict[str, float]:
    """General vocabulary: the summed positive and negative valences (VADER's lexicon and
    the domain lexicon's single words, /4) of the words, a negated word's halved and
    turned. They let the classifier read polar words its training statements lack."""
    valences = _word_valences()
    positive = negative = 0.0
    for word in words:
        value = valences.get(word)
        if value is None:
            continue
        if word in negated:
            value = -0.5 * value
        if value > 0:
            positive += value
        else:
            negative += value
    return {"valence:positive": positive / 4, "valence:negative": negative / 4}


@functools.cache
def _word_valences() -> dict[str, float]:
    domain = valences.domain_table()
    words = {t: float(v) for t, v in zip(domain.term, domain.valence, strict=True) if " " not in t}
    return valences.vader_word_valences() | words


def _negated_words(prepared: str) -> list[str]:
    negators = _single_word_negators()
    marked = []
    for clause in _CLAUSE_END.split(prepared):
        scope = 0
        for word in clause.split():
            if word in negators:
                scope = NOT_SCOPE
            elif scope:
                marked.append(word.strip(",'"))
                scope -= 1
    return marked


@functools.cache
def _single_word_negators() -> frozenset[str]:
    alternatives = load_lexicon().negator.pattern[5:-3].split("|")  # inside \\b(?:...)\\b
    return frozenset(a for a in alternatives if re.fullmatch(r"[a-z']+", a))


@dataclass(frozen=True)
class Model:
    classes: tuple[int, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    meta: dict[str, Any]
    # Per class index: each feature's weight for that class minus its largest weight
    # for another class (what the evidence ranks by), computed once.
    margins: tuple[dict[str, float], ...] = field(init=False, repr=False, compare=False)
    split: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "split", bool(self.meta.get("split_signed")))
        margins: tuple[dict[str, float], ...] = tuple({} for _ in self.classes)
        if len(margins) == 3:  # the shipped model: the same maxima, unrolled (speed)
            first, second, third = margins
            for name, (a, b, c) in self.weights.items():
                first[name], second[name], third[name] = a - max(b, c), b - max(a, c), c - max(a, b)
        else:
            for name, weights in self.weights.items():
                for k, table in enumerate(margins):
                    table[name] = weights[k] - max(w for j, w in enumerate(weights) if j != k)
        object.__setattr__(self, "margins", margins)


def split_signed(feats: dict[str, float]) -> dict[str, float]:
    """``feats`` with every negative value moved to a feature of its own, ``name:neg``,
    valued by its size (a model of counts, complement naive Bayes, reads no negative
    value; its file says ``split_signed``)."""
    return {(k + ":neg" if v < 0 else k): abs(v) for k, v in feats.items() if v}


@functools.cache
def load_model() -> Model:
    """The shipped classifier (``data/tone_model.json``), read once."""
    source = importlib.resources.files("cscaucasus") / "data" / MODEL_FILE
    return model_from_json(source.read_text(encoding="utf-8"))


def model_from_json(text: str) -> Model:
    """A :class:`Model` from the JSON that :mod:`cscaucasus.train_tone` writes."""
    spec = json.loads(text)
    return Model(
        classes=tuple(int(c) for c in spec["classes"]),
        intercept=tuple(float(v) for v in spec["intercept"]),
        weights={k: tuple(map(float, v)) for k, v in spec["weights"].items()},
        meta=dict(spec.get("meta", {})),
    )


def classifier_tone(text: str, model: Model | None = None) -> Tone:
    """The classifier's tone of ``text``: the most probable class; the score is
    P(positive) - P(negative); the evidence names the lexicon's phrases and the
    features that pushed most towards the chosen class."""
    model = model or load_model()
    prepared = prepare(text)
    matches = find_phrases(prepared)
    feats = _features(prepared, matches)
    label, score, best, pushes = classify(feats, model)
    return Tone(label, score, _classifier_evidence(prepared, matches, pushes, model, best))


def classify(
    feats: dict[str, float], model: Model
) -> tuple[int, float, int, list[tuple[float, str]]]:
    """The model's class for ``feats``, its score P(+1) - P(-1), the class's index and
    the (value, feature) pairs the model knows."""
    get = model.weights.get
    if model.split:  # a model of counts (the eighteenth round's complement naive Bayes)
        feats = split_signed(feats)
    pushes = [(value, name) for name, value in feats.items() if value and name in model.weights]
    if len(model.intercept) == 3:  # the shipped model: the sums unrolled, in the same order
        a, b, c = model.intercept
        for value, name in pushes:
            wa, wb, wc = get(name)  # type: ignore[misc]
            a += value * wa
            b += value * wb
            c += value * wc
        logits = [a, b, c]
    else:
        logits = list(model.intercept)
        for value, name in pushes:
            for k, w in enumerate(model.weights[name]):
                logits[k] += value * w
    top = max(logits)
    exp = [math.exp(v - top) for v in logits]
    probabilities = [v / sum(exp) for v in exp]
    best = max(range(len(logits)), key=lambda k: (logits[k], -abs(model.classes[k])))
    score = _prob(model, probabilities, 1) - _prob(model, probabilities, -1)
    return model.classes[best], round(score, 4), best, pushes


def _prob(model: Model, probabilities: list[float], label: int) -> float:
    return probabilities[model.classes.index(label)] if label in model.classes else 0.0


def _classifier_evidence(
    prepared: str,
    matches: list[Match],
    pushes: list[tuple[float, str]],
    model: Model,
    best: int,
) -> str:
    table = model.margins[best]
    margins = []
    for value, name in pushes:
        if name.startswith("lex"):
            continue
        margin = value * table[name]
        if margin > 0:
            margins.append((margin, name))
    top = heapq.nsmallest(3, margins, key=lambda item: (-item[0], item[1]))
    words = [f"{_feature_label(name)} {m:+.2f}" for m, name in top]
    parts = [f"{m.entry.name}: {prepared[m.start : m.end]} {m.value:+.1f}" for m in matches]
    if words:
        parts.append("words: " + ", ".join(words))
    return "; ".join(parts)


def _feature_label(name: str) -> str:
    """A classifier feature as the evidence shows it: ``b:strategic_ally`` as
    "strategic ally", a stem ``s:stren`` as "stren*"."""
    kind, _, body = name.partition(":")
    return body.replace("_", " ") + ("*" if kind == "s" else "")


def validation() -> pd.DataFrame:
    """What the shipped tone agrees with, how well and on how many: the figures on the
    sealed set, coded by two coders and never used in development (when
    ``data/tone_sealed.json`` was recorded for this very model file), then the
    cross-validated ones recorded when the model was trained (``measured, method,
    alpha, accuracy, actors_right_sign, actors_right_band, n, coded_set,
    folds_grouped_by``), the default first. ``actors_right_sign``: of the actors with at least ten
    statements, how many get the coders' sign of mean tone, strictly (a coded mean of
    exactly 0.00 met only by 0.00); ``actors_right_band``: how many get the coders' call
    when a mean within +-0.1 is called neutral (docs/tone.md). On the sealed set, the
    row ``coders (second against first)`` is the ceiling for both, and the row
    ``tone (default), actor means of expected tone`` judges the actors on the mean of
    ``tone_score`` (P(+1) - P(-1)) instead of the mean of ``tone``."""
    rows = []
    sealed = sealed_record()
    if sealed is not None:
        who = f", {sealed['coders_note']}" if sealed.get("coders_note") else ""
        coded = (
            f"{sealed['set']} ({sealed['coders']} coders{who}, intercoder alpha "
            f"{sealed['intercoder_alpha']:.3f}; scored {sealed['scored']})"
        )
        methods = _default_first(sealed["methods"])
        if "intercoder_actors" in sealed:
            ceiling = {"alpha": sealed["intercoder_alpha"], "accuracy": None}
            methods["coders (second against first)"] = ceiling | sealed["intercoder_actors"]
        for name, f in methods.items():
            name = "tone (default)" if name.endswith("default)") else name
            rows.append(("sealed", name, f["alpha"], f["accuracy"], *_actor_counts(f),
                         sealed["n"], coded, None))  # fmt: skip
            if "expected" in f:  # the same tone, actors judged on its mean expected tone
                rows.append(("sealed", f"{name}, {EXPECTED_ROW}", None, None,
                             *_actor_counts(f["expected"]), sealed["n"], coded, None))  # fmt: skip
    record = load_model().meta.get("validation", {})
    rows += [
        ("cross-validated", name, f["alpha"], f["accuracy"], None, None, record["n"],
         record["set"], record["grouped_by"])
        for name, f in _default_first(record.get("methods", {})).items()
    ]  # fmt: skip
    columns = ["measured", "method", "alpha", "accuracy", "actors_right_sign"]
    columns += ["actors_right_band", "n", "coded_set", "folds_grouped_by"]
    return pd.DataFrame(rows, columns=columns)


#: The row of :func:`validation` that judges actors on the mean expected tone.
EXPECTED_ROW = "actor means of expected tone"


def _default_first(methods: dict[str, Any]) -> dict[str, Any]:
    """``methods`` with the default tone first, the others in their order."""
    return dict(sorted(methods.items(), key=lambda item: not item[0].endswith("default)")))


def _actor_counts(figures: dict[str, Any]) -> tuple[str, str | None]:
    """``a/n`` of actors with the coders' sign, strict and by the neutral band."""
    n = figures["actors"]
    band = figures.get("actors_right_band")
    return f"{figures['actors_right_sign']}/{n}", None if band is None else f"{band}/{n}"


def sealed_record() -> dict[str, Any] | None:
    """The sealed set's figures (``data/tone_sealed.json``, written by
    ``benchmarks/tone_sealed.py --record``) if they were measured for the shipped model."""
    import hashlib

    data = importlib.resources.files("cscaucasus") / "data"
    source = data / SEALED_FILE
    if not source.is_file():
        return None
    record = json.loads(source.read_text(encoding="utf-8"))
    shipped = hashlib.sha256((data / MODEL_FILE).read_bytes()).hexdigest()
    return record if record.get("model_sha256") == shipped else None


# --------------------------------------------------------------------------- default

# The methods, by the name the cross-validation and the reports use.
METHODS = {"lexicon": lexicon_tone, "classifier": classifier_tone}
DEFAULT_METHOD = "classifier"


def tone(text: str, method: str = DEFAULT_METHOD) -> Tone:
    """The tone of one statement's content by ``method`` (default: the validated one)."""
    return METHODS[method](text)


@functools.lru_cache(maxsize=1 << 16)
def _memo_tone(text: str, method: str) -> Tone:
    return tone(text, method)


def tone_many(texts: Iterable[str | None], method: str = DEFAULT_METHOD) -> pd.DataFrame:
    """``tone``, ``tone_score``, ``tone_evidence`` for each text (a missing text: NA).

    Each distinct text is scored once per process (syndicated copy repeats quotes).
    """
    rows: list[tuple[Any, float, Any]] = []
    for text in texts:
        rows.append(_memo_tone(text, method) if isinstance(text, str) else (None, math.nan, None))
    table = pd.DataFrame(rows, columns=list(TONE_COLUMNS))
    return table.astype(TONE_COLUMNS)


def tone_statements(statements: pd.DataFrame, method: str = DEFAULT_METHOD) -> pd.DataFrame:
    """``statements`` with ``tone``, ``tone_score`` and ``tone_evidence`` filled in from
    each statement's ``text`` (:func:`read_texts`); every other column (VADER's included)
    is left as it is."""
    out = statements.copy()
    scored = tone_many(read_texts(out), method)
    for column in TONE_COLUMNS:
        out[column] = scored[column].array
    return out


def read_texts(statements: pd.DataFrame) -> list[str | None]:
    """The text each statement's tone is read from: its ``text``, and for reported speech
    (``kind`` not ``direct``) whose ``cue`` begins with a verb of the speaker's own act of
    attitude (role ``attitude`` in ``data/verbs.yml``) that verb before it, since the
    statement is that act's object ("accused [France of colonial crimes]"; the codebook's
    rule for reported speech). None for a missing text.

    >>> read_texts(pd.DataFrame({"text": ["the news", "the news"], "kind": ["indirect",
    ...     "direct"], "cue": ["welcomed", "welcomed"]}))
    ['welcomed the news', 'the news']
    """
    if "text" not in statements.columns:
        return [None] * len(statements)
    texts = statements["text"].astype("object").where(statements["text"].notna(), None)
    if "cue" not in statements.columns or not len(statements):
        return texts.tolist()
    attitude = frozenset(verbs("attitude"))
    cues = statements["cue"].astype("object")
    firsts = {c: c.split()[0] for c in cues.dropna().unique() if str(c).strip()}
    own = {c: f for c, f in firsts.items() if f.lower() in attitude}
    if not own:  # most corpora: no cue is the speaker's own verb
        return texts.tolist()
    read = cues.isin(list(own)).to_numpy() & texts.notna().to_numpy()
    if "kind" in statements.columns:
        read &= statements["kind"].astype("object").ne("direct").to_numpy()
    out = texts.tolist()
    for i in read.nonzero()[0]:
        out[i] = f"{own[cues.iat[i]]} {out[i]}"
    return out
