"""Hand validation: sample the machine's coding, have people code it, measure agreement.

The workflow a methods section can cite (see ``docs/validation.md``):

1. :func:`make_sample` draws a reproducible (seeded) stratified random sample of one kind
   of unit and :func:`write_sheet` writes it as a coding sheet (``.xlsx`` or ``.csv``):
   the unit in its context, empty columns for the coder, and a codebook in plain words.
   The machine's codes travel in a hidden sheet (a ``.key.json`` file beside a CSV), so
   the coder does not see them; the statement sample also holds sentences the machine
   did *not* take as statements, under the same kind of id, so that recall can be
   measured.
2. :func:`validate` reads the coded sheets (one per coder), checks every code (a clear
   message names sheet, row and column), then measures intercoder reliability
   (Krippendorff's alpha from the ``krippendorff`` package, bootstrap interval) and the
   machine's agreement with the coders (precision, recall and F1 of statements, speaker
   accuracy, event date accuracy, tone agreement), each with a 95% interval and its n.

Units of each kind:

* ``statements``: a sentence of a body paragraph. The machine says it is a statement
  when one of its statements overlaps the sentence. The sample is stratified: sentences
  with a machine statement (by ``--stratify`` columns) and sentences without one (by
  whether they hold a speech verb, a quotation mark, both or neither). Figures are
  weighted by each stratum's sampling rate, so they estimate the whole corpus.
* ``events``: a dated mention (a row of ``events``): is it a dated happening, and which
  date does it give?
* ``sentiment``: a statement: its tone as negative (−1), neutral (0) or positive (+1).
  The machine's tone is the sign of VADER's compound (±0.05), with and without the
  domain lexicon, and ``statements.tone`` where the table has it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import secrets
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .lexicon import DOUBLE_QUOTES, LOW_QUOTE
from .tables import Corpus

KINDS = ("statements", "events", "sentiment")
#: The first letter of a unit id tells the kind of sample (the rest is blind).
PREFIX = {"statements": "S", "events": "E", "sentiment": "T"}
#: Columns a sample may be stratified by, per kind.
STRATIFY = {
    "statements": ("speaker", "outlet", "kind"),
    "events": ("outlet", "precision"),
    "sentiment": ("speaker", "outlet", "kind"),
}
#: VADER's usual thresholds: compound >= 0.05 positive, <= -0.05 negative.
TONE_THRESHOLD = 0.05
BOOTSTRAP = 1000  # bootstrap replicates of every interval
CONFIDENCE = 0.95
BOOTSTRAP_SEED = 20111  # the intervals are reproducible too
MARK = ("[[", "]]")  # marks the unit inside its context
QUOTE_RE = re.compile(f"[{DOUBLE_QUOTES}{LOW_QUOTE}]")
MAX_CELL = 32_000  # Excel holds at most 32,767 characters in a cell
YES = {"yes", "y", "1", "true", "x"}
NO = {"no", "n", "0", "false"}
TONES = {"-1": -1, "negative": -1, "neg": -1, "0": 0, "neutral": 0, "neu": 0}
STANCES = {"against": -1, "neither": 0, "for": 1}
TONES |= {"1": 1, "+1": 1, "positive": 1, "pos": 1}
DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
UNKNOWN_SPEAKER = "unknown"


# --------------------------------------------------------------------------- codes


@dataclass(frozen=True)
class Code:
    """A column the coder fills in: what to write, and how it is compared."""

    name: str
    level: str  # Krippendorff's level of measurement: nominal / ordinal
    question: str  # the codebook's plain-words definition
    values: str  # what may be written
    only_if: str | None = None  # required only when this code is "yes"


CODES: dict[str, tuple[Code, ...]] = {
    "statements": (
        Code(
            "is_statement",
            "nominal",
            "Does the sentence marked [[ ]] report that someone said, wrote or announced "
            "something: a quotation in quotation marks, or reported speech ('X said that "
            "...', 'according to X', 'the ministry stated ...')? A sentence that only "
            "continues a quotation begun earlier counts as yes. Headlines are not coded.",
            "yes / no",
        ),
        Code(
            "speaker",
            "nominal",
            "Who speaks, as the article identifies them: the full name of a person "
            "(Nikol Pashinyan), or an organisation or state (CSTO, Russian Foreign "
            "Ministry). Write 'unknown' when the article does not say who. Read the "
            "paragraph: 'he said' refers to someone named before.",
            "a name, or unknown",
            only_if="is_statement",
        ),
        Code(
            "kind",
            "nominal",
            "direct: the speaker's own words in quotation marks; indirect: reported "
            "speech, a paraphrase without quotation marks. When both, the marked "
            "sentence's main one.",
            "direct / indirect",
            only_if="is_statement",
        ),
    ),
    "events": (
        Code(
            "is_event",
            "nominal",
            "Does the expression marked [[ ]] give the date (or month, or year) of a "
            "happening: something that happened, happens or is planned then? No for "
            "durations ('for three years'), ages, and dates that are not when "
            "something happens.",
            "yes / no",
        ),
        Code(
            "date",
            "nominal",
            "The calendar date the expression refers to, as precise as the text makes "
            "it: YYYY-MM-DD for a day, YYYY-MM for a month, YYYY for a year. Resolve "
            "relative expressions ('on Monday', 'last month') from the article's "
            "publication date in the column 'published'.",
            "YYYY-MM-DD, YYYY-MM or YYYY",
            only_if="is_event",
        ),
    ),
    "sentiment": (
        Code(
            "tone",
            "ordinal",
            "The tone of what the speaker says in the marked statement, judged on the "
            "speaker's own words, not on the journalist's words around it: -1 negative "
            "(criticism, rejection, accusation, warning, refusal, concern), 0 neutral "
            "(facts, procedure, balanced or mixed), +1 positive (praise, agreement, "
            "support, satisfaction, hope for cooperation).",
            "-1 / 0 / 1 (or negative / neutral / positive)",
        ),
    ),
}
#: Codes a sheet may carry besides its kind's: stance toward a target (issue 17;
#: docs/tone_codebook.md, "Stance toward a target"). A blank sentiment sheet has their
#: columns; a coded sheet is scored on them only when it has them and names a target
#: somewhere (an empty ``target`` is then "no target").
OPTIONAL_CODES: dict[str, tuple[Code, ...]] = {
    "sentiment": (
        Code(
            "target",
            "nominal",
            "Optional, after tone: the actor the statement's main point evaluates, when the "
            "marked text names it (by name, capital, government, 'the bloc' for an "
            "organisation the article named, or an official acting for it): its name as in "
            "the gazetteer (CSTO, Russia, Armenia, European Union). Leave empty when the "
            "text evaluates no named actor, or names only the speaker or the state or body "
            "the speaker speaks for.",
            "an actor's name, or empty",
        ),
        Code(
            "stance",
            "ordinal",
            "The speaker's stance toward the target: -1 against (criticism or blame of "
            "it, refusing or leaving something with it, a warning to it), 0 neither (a "
            "fact, a procedure, a non-answer, an appeal that does not complain), +1 for "
            "(praise, thanks or defence of it, calling it an ally, a commitment to it).",
            "-1 / 0 / 1 (or against / neither / for)",
            only_if="target",
        ),
    ),
}
#: The value an empty ``target`` stands for in a sheet that codes stance.
NO_TARGET = "none"
COMMON_COLUMNS = {
    "coder": "Your name or initials, the same on every row (one sheet per coder).",
    "note": "Optional: anything that made the unit hard to code.",
}
GENERAL = (
    "Code every row of the sheet 'coding', alone: do not discuss the units with other "
    "coders before everyone has finished. Read the context columns (paragraph, title, "
    "outlet, published) and code only what the unit marked [[ ]] says. Unit ids are "
    "random; the order of the rows says nothing. Do not open hidden sheets: they hold the "
    "machine's answers."
)


# --------------------------------------------------------------------------- sampling


@dataclass
class Sample:
    """A drawn sample: what the coder sees, what the machine said, and how it was drawn."""

    kind: str
    info: dict[str, Any]
    coding: pd.DataFrame  # unit_id, context columns, empty coder columns
    machine: pd.DataFrame  # unit_id, machine codes, stratum, stratum_size, stratum_n
    aliases: pd.DataFrame  # alias, name: how coders' names map onto the gazetteer


def open_corpus(path: str | os.PathLike[str]) -> Corpus:
    """Built tables (a folder with ``manifest.json``) are reloaded, raw articles loaded."""
    from .output import MANIFEST
    from .tables import read_corpus

    path = Path(path)
    if (path / MANIFEST).exists():
        return read_corpus(path)
    from .corpus import load_corpus  # the pipeline: imported only for raw articles

    return load_corpus(path)


def make_sample(
    corpus: Corpus,
    kind: str,
    n: int = 200,
    *,
    stratify: Sequence[str] = (),
    seed: int = 0,
    source: str | None = None,
) -> Sample:
    """A stratified random sample of ``n`` units of ``kind`` (see the module docstring).

    The same corpus, ``n``, ``stratify`` and ``seed`` give the same sample, unit ids
    included. ``source`` (where the corpus came from) is recorded in ``info``.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    unknown = [c for c in stratify if c not in STRATIFY[kind]]
    if unknown:
        allowed = ", ".join(STRATIFY[kind])
        raise ValueError(f"cannot stratify {kind} by {', '.join(unknown)} (allowed: {allowed})")
    population = POPULATIONS[kind](corpus)
    rng = np.random.default_rng(seed)
    drawn = draw(population, n, list(stratify), rng, kind)
    tag = _sample_tag(kind, seed, n, stratify, corpus)
    order = rng.permutation(len(drawn))  # the ids are random: the order reveals nothing
    drawn = drawn.iloc[order].reset_index(drop=True)
    drawn.insert(0, "unit_id", [f"{PREFIX[kind]}{tag}-{i + 1:04d}" for i in range(len(drawn))])
    info = {
        "kind": kind,
        "sample_id": f"{PREFIX[kind]}{tag}",
        "seed": seed,
        "n_requested": n,
        "n": len(drawn),
        "population": len(population),
        "stratify": list(stratify),
        "strata": _strata_summary(drawn),
        "corpus": source,
        "corpus_input_hash": corpus.settings.get("input_hash"),
        "articles": len(corpus.articles),
        "package_version": _package_version(),
    }
    coding = drawn[["unit_id", *CONTEXT[kind]]].copy()
    for code in (*CODES[kind], *OPTIONAL_CODES.get(kind, ())):
        coding[code.name] = ""
    coding["coder"] = ""
    coding["note"] = ""
    extra = [c for c in OPTIONAL_MACHINE if c in drawn.columns]
    machine = drawn[["unit_id", *MACHINE[kind], *extra, "stratum", "stratum_size", "stratum_n"]]
    return Sample(kind, info, coding, machine.copy(), alias_table(corpus.actors))


def draw(
    population: pd.DataFrame,
    n: int,
    stratify: list[str],
    rng: np.random.Generator,
    kind: str,
) -> pd.DataFrame:
    """The sampled rows of ``population`` with their ``stratum``, its size and its n.

    Statements: half the sample from sentences the machine took as statements
    (allocated to ``stratify`` strata in proportion to their size), half from the other
    sentences, in equal shares by speech verb / quotation mark; other kinds: in
    proportion to the ``stratify`` strata.
    """
    labels = _stratum_labels(population, stratify)
    if kind == "statements":
        negative = population["machine_is_statement"] == "no"
        neg_labels = "not a statement: " + population["cues"]
        labels = labels.where(~negative, neg_labels)
        sizes = labels.value_counts().to_dict()
        pos = {k: v for k, v in sizes.items() if not k.startswith("not a statement")}
        neg = {k: v for k, v in sizes.items() if k not in pos}
        n_pos = min(sum(pos.values()), -(-n // 2))
        n_neg = min(sum(neg.values()), n - n_pos)
        n_pos = min(sum(pos.values()), n - n_neg)
        take = {**allocate(pos, n_pos), **allocate(neg, n_neg, proportional=False)}
    else:
        sizes = labels.value_counts().to_dict()
        take = allocate(sizes, n)
    rows = []
    for label in sorted(take):
        members = np.flatnonzero((labels == label).to_numpy())
        chosen = np.sort(rng.choice(members, size=take[label], replace=False))
        rows.append(
            population.iloc[chosen].assign(
                stratum=label, stratum_size=len(members), stratum_n=take[label]
            )
        )
    if not rows:
        return population.iloc[0:0].assign(stratum="", stratum_size=0, stratum_n=0)
    return pd.concat(rows, ignore_index=True)


def allocate(sizes: dict[str, int], n: int, *, proportional: bool = True) -> dict[str, int]:
    """How many units to draw from each stratum: ``n`` in all (at most every unit), one
    per stratum first while ``n`` allows, the rest in proportion to the strata's sizes
    (or in equal shares), never more than a stratum holds.

    >>> allocate({"a": 90, "b": 10}, 10)
    {'a': 9, 'b': 1}
    >>> allocate({"a": 90, "b": 2, "c": 50}, 12, proportional=False)
    {'a': 5, 'b': 2, 'c': 5}
    """
    n = min(n, sum(sizes.values()))
    order = sorted(sizes, key=lambda k: (-sizes[k], k))
    take = dict.fromkeys(sizes, 0)
    for key in order[:n]:
        take[key] = 1 if sizes[key] else 0
    total = sum(sizes.values())
    for _ in range(n - sum(take.values())):
        room = [k for k in order if take[k] < sizes[k]]
        share = {k: (n * sizes[k] / total if proportional else n / len(sizes)) for k in room}
        best = max(room, key=lambda k: (share[k] - take[k], sizes[k]))
        take[best] += 1
    return {k: take[k] for k in sorted(take) if take[k]}


def _stratum_labels(population: pd.DataFrame, stratify: list[str]) -> pd.Series:
    if not stratify:
        return pd.Series("all", index=population.index, dtype=object)
    parts = [c + "=" + population[c].astype(object).fillna("(none)").astype(str) for c in stratify]
    label = parts[0]
    for part in parts[1:]:
        label = label + ", " + part
    return label.astype(object)


def _strata_summary(drawn: pd.DataFrame) -> list[dict[str, Any]]:
    grouped = drawn.groupby("stratum", sort=True)[["stratum_size", "stratum_n"]].first()
    return [
        {"stratum": s, "size": int(r.stratum_size), "n": int(r.stratum_n)}
        for s, r in grouped.iterrows()
    ]


def _sample_tag(kind: str, seed: int, n: int, stratify: Sequence[str], corpus: Corpus) -> str:
    ids = "\n".join(corpus.articles.article_id.astype(str))
    text = f"{kind}|{seed}|{n}|{','.join(stratify)}|{ids}"
    return hashlib.sha256(text.encode()).hexdigest()[:4].upper()


def _dist_version(name: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return None


def _package_version() -> str | None:
    from . import __version__

    return __version__


# --------------------------------------------------------------------------- populations


def _article_info(corpus: Corpus) -> pd.DataFrame:
    arts = corpus.articles[["article_id", "outlet", "published", "title"]].copy()
    arts["published"] = arts["published"].dt.strftime("%Y-%m-%d").astype(object)
    return arts


def enclosing(
    corpus: Corpus, blocks: pd.DataFrame, units: pd.DataFrame, *, mark: bool = True
) -> list[str]:
    """For each unit (``article_id``, ``start``, ``end``), the text of the ``blocks``
    (paragraphs or sentences: ``article_id``, ``start``, ``end``) it lies in, from the
    first block it touches to the last, with the unit marked ``[[ ]]``."""
    texts = dict(zip(corpus.articles.article_id, corpus.articles.text, strict=True))
    spans = {
        a: (g.start.to_numpy(np.int64), g.end.to_numpy(np.int64))
        for a, g in blocks.sort_values(["article_id", "start"]).groupby("article_id", sort=False)
    }
    out = []
    for a, s, e in zip(units.article_id, units.start, units.end, strict=True):
        text = texts.get(a) or ""
        starts, ends = spans.get(a, (np.array([s]), np.array([e])))
        first = max(int(np.searchsorted(starts, s, side="right")) - 1, 0)
        last = max(int(np.searchsorted(starts, max(e - 1, s), side="right")) - 1, first)
        lo, hi = min(int(starts[first]), s), max(int(ends[last]), e)
        marked = MARK[0] + text[s:e] + MARK[1] if mark else text[s:e]
        piece = text[lo:s] + marked + text[e:hi]
        out.append(piece.strip())
    return out


def _overlapping(sentences: pd.DataFrame, statements: pd.DataFrame) -> list[list[int]]:
    """For each sentence, the positions of the statements that overlap it."""
    found: list[list[int]] = [[] for _ in range(len(sentences))]
    rows_of = sentences.groupby("article_id", sort=False).indices
    starts = sentences.start.to_numpy(np.int64)
    ends = sentences.end.to_numpy(np.int64)
    for i, (a, s, e) in enumerate(
        zip(statements.article_id, statements.start, statements.end, strict=True)
    ):
        rows = rows_of.get(a)
        if rows is None:
            continue
        for r in rows[(starts[rows] < e) & (ends[rows] > s)]:
            found[r].append(i)
    return found


def _joined(values: Iterable[Any]) -> str:
    seen: list[str] = []
    for v in values:
        v = UNKNOWN_SPEAKER if v is None or v is pd.NA or v != v else str(v)
        if v not in seen:
            seen.append(v)
    return " | ".join(seen)


def statement_population(corpus: Corpus) -> pd.DataFrame:
    """Every sentence of a body paragraph with the machine's codes and its cue class."""
    from .statements import CUE_RE

    body = corpus.paragraphs.loc[corpus.paragraphs["kind"] != "heading", ["article_id"]]
    body = body.assign(paragraph_id=corpus.paragraphs.loc[body.index, "paragraph_id"])
    sentences = corpus.sentences.merge(body, on=["article_id", "paragraph_id"])
    statements = corpus.statements.reset_index(drop=True)
    hits = _overlapping(sentences, statements)
    speakers, kinds = statements["speaker"].tolist(), statements["kind"].tolist()
    ids = statements["statement_id"].tolist()
    verb = sentences.text.map(lambda t: CUE_RE.search(t) is not None)
    quote = sentences.text.map(lambda t: QUOTE_RE.search(t) is not None)
    cues = np.select(
        [verb & quote, verb, quote], ["speech verb and quote", "speech verb", "quote"], "neither"
    )
    out = sentences[["article_id", "sentence_id", "start", "end"]].assign(
        sentence=sentences.text.astype(object),
        paragraph=enclosing(corpus, corpus.paragraphs, sentences),
        machine_is_statement=["yes" if h else "no" for h in hits],
        machine_speaker=[_joined(speakers[i] for i in h) if h else "" for h in hits],
        machine_kind=[_joined(kinds[i] for i in h) if h else "" for h in hits],
        statement_ids=[" | ".join(ids[i] for i in h) for h in hits],
        cues=cues,
    )
    out["speaker"] = out.machine_speaker.str.split(" | ", regex=False).str[0]
    out["kind"] = out.machine_kind.str.split(" | ", regex=False).str[0]
    return out.merge(_article_info(corpus), on="article_id", how="left")


def event_population(corpus: Corpus) -> pd.DataFrame:
    """Every dated mention with its sentence (the expression marked) and the machine's date."""
    events = corpus.events.reset_index(drop=True)
    sentences = corpus.sentences[["article_id", "sentence_id", "start", "end"]]
    out = events[["article_id", "event_id", "date_text", "precision", "start", "end"]].assign(
        sentence=enclosing(corpus, sentences, events),
        paragraph=enclosing(corpus, corpus.paragraphs, events),
        machine_is_event="yes",
        machine_date=machine_dates(events["date"], events["precision"]),
        machine_precision=events["precision"].astype(object),
    )
    return out.merge(_article_info(corpus), on="article_id", how="left")


def machine_dates(dates: pd.Series, precision: pd.Series) -> list[str]:
    """Dates written at their precision (``2022-11-23``, ``2022-11``, ``2022``; ``""``
    for an undated event), as the coder writes them."""
    formats = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    return [
        pd.Timestamp(d).strftime(formats.get(p, "%Y-%m-%d")) if pd.notna(d) else ""
        for d, p in zip(dates, precision, strict=True)
    ]


def tone_of(compound: Iterable[float]) -> list[int | None]:
    """The sign of VADER's compound with its usual ±0.05 thresholds (None: no score).

    >>> tone_of([0.3, 0.04, -0.05, float("nan")])
    [1, 0, -1, None]
    """
    out: list[int | None] = []
    for c in compound:
        if c is None or c != c:
            out.append(None)
        else:
            out.append(1 if c >= TONE_THRESHOLD else -1 if c <= -TONE_THRESHOLD else 0)
    return out


def sentiment_population(corpus: Corpus) -> pd.DataFrame:
    """Every statement with its context and the machine's tones: VADER with and without
    the domain lexicon, and the ``tone`` column when the table has one."""
    from . import sentiment

    statements = corpus.statements.reset_index(drop=True)
    sentences = corpus.sentences[["article_id", "sentence_id", "start", "end"]]
    with_domain = sentiment.score_statements(statements[["text"]], domain=True)
    plain = sentiment.score_statements(statements[["text"]], domain=False)
    out = statements[["article_id", "statement_id", "speaker", "kind", "start", "end"]].assign(
        statement=statements.text.astype(object),
        sentence=enclosing(corpus, sentences, statements, mark=False),
        paragraph=enclosing(corpus, corpus.paragraphs, statements),
        machine_vader_domain=with_domain["compound"].to_numpy(),
        machine_vader_plain=plain["compound"].to_numpy(),
    )
    if "tone" in statements.columns:
        out["machine_tone"] = pd.to_numeric(statements["tone"], errors="coerce").to_numpy()
    if "target" in statements.columns:
        out["machine_target"] = statements["target"].astype(object).fillna("").to_numpy()
        out["machine_stance"] = pd.to_numeric(statements["stance"], errors="coerce").to_numpy()
    out["paragraph"] = _headlines_from_titles(corpus, statements, out["paragraph"].tolist())
    out["speaker"] = out.speaker.astype(object).fillna(UNKNOWN_SPEAKER)
    return out.merge(_article_info(corpus), on="article_id", how="left")


def _headlines_from_titles(
    corpus: Corpus, statements: pd.DataFrame, paragraphs: list[str]
) -> list[str]:
    """``paragraphs`` with a headline statement's shown in its title, marked there: its
    offsets refer to ``articles.title`` (``paragraph_id`` -1), not to the text."""
    titles = dict(zip(corpus.articles.article_id, corpus.articles.title, strict=True))
    rows = zip(
        statements.article_id,
        statements.paragraph_id,
        statements.start,
        statements.end,
        paragraphs,
        strict=True,
    )
    out = []
    for article, para, start, end, shown in rows:
        title = titles.get(article)
        if para == -1 and isinstance(title, str):
            shown = title[:start] + MARK[0] + title[start:end] + MARK[1] + title[end:]
        out.append(shown)
    return out


POPULATIONS = {
    "statements": statement_population,
    "events": event_population,
    "sentiment": sentiment_population,
}
#: What the coder sees of each unit (besides its id).
CONTEXT = {
    "statements": ["outlet", "published", "title", "sentence", "paragraph"],
    "events": ["outlet", "published", "title", "date_text", "sentence", "paragraph"],
    "sentiment": ["outlet", "published", "title", "speaker", "statement", "paragraph"],
}
#: What the machine said (hidden from the coder), and where the unit comes from.
MACHINE = {
    "statements": [
        "article_id", "sentence_id", "statement_ids", "machine_is_statement", "machine_speaker",
        "machine_kind",
    ],
    "events": ["article_id", "event_id", "machine_is_event", "machine_date", "machine_precision"],
    "sentiment": [
        "article_id", "statement_id", "machine_vader_domain", "machine_vader_plain",
    ],
}  # fmt: skip
#: Machine codes taken when the tables have them (``statements.tone``, issue 17).
OPTIONAL_MACHINE = ("machine_tone", "machine_target", "machine_stance")


def alias_table(actors: pd.DataFrame) -> pd.DataFrame:
    """Every name and alias of the gazetteer with its canonical name, so that a coder's
    'Pashinyan' or 'the Republic of Armenia' counts as the machine's actor."""
    rows = []
    for name, aliases in zip(actors["name"], actors["aliases"], strict=True):
        for alias in [name, *(aliases if isinstance(aliases, list | tuple | np.ndarray) else [])]:
            rows.append((normal_name(alias), str(name)))
        if len(str(name).split()) > 1:
            rows.append((normal_name(str(name).split()[-1]), str(name)))  # the surname alone
    table = pd.DataFrame(rows, columns=["alias", "name"]).drop_duplicates("alias", keep="first")
    return table.sort_values("alias", kind="stable").reset_index(drop=True)


def normal_name(text: Any) -> str:
    """A name compared without case, spacing or a leading 'the'.

    >>> normal_name("  The  CSTO ")
    'csto'
    """
    text = re.sub(r"\s+", " ", str(text)).strip().casefold()
    return text[4:] if text.startswith("the ") else text


# --------------------------------------------------------------------------- sheets


def codebook_table(kind: str) -> pd.DataFrame:
    """The codebook of a sample in plain words: what each column holds or asks."""
    context = {
        "unit_id": "The unit's id (random: it says nothing about the unit).",
        "outlet": "Where the article was published.",
        "published": "The article's publication date (resolve relative dates from it).",
        "title": "The article's headline.",
        "sentence": "The sentence the unit lies in.",
        "paragraph": "The paragraph around the unit, with the unit marked [[ like this ]].",
        "date_text": "The date expression to code (marked [[ ]] in the sentence).",
        "speaker": "Who the tool says is speaking (for context; 'unknown' if it could not tell).",
        "statement": "The statement to code: what the speaker says.",
    }
    rows = [("(all)", "", GENERAL)]
    rows += [(c, "(given)", context[c]) for c in ["unit_id", *CONTEXT[kind]]]
    for code in (*CODES[kind], *OPTIONAL_CODES.get(kind, ())):
        filled = "is yes" if code.only_if in ("is_statement", "is_event") else "is filled in"
        when = f" Fill in only when {code.only_if} {filled}." if code.only_if else ""
        rows.append((code.name, code.values, code.question + when))
    rows += [(name, "text", meaning) for name, meaning in COMMON_COLUMNS.items()]
    return pd.DataFrame(rows, columns=["column", "what to write", "meaning"])


def write_sheet(sample: Sample, out: str | os.PathLike[str]) -> list[Path]:
    """Write ``sample`` as a coding sheet: ``.xlsx`` (sheets coding, codebook, sample and
    the hidden machine and aliases) or ``.csv`` (with ``.codebook.csv`` and, for the
    researcher only, ``.key.json`` holding the machine's codes). The files written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".xlsx":
        _write_xlsx(sample, out)
        return [out]
    if out.suffix.lower() != ".csv":
        raise ValueError(f"{out}: a coding sheet is .xlsx or .csv")
    codebook = out.with_suffix(".codebook.csv")
    key = out.with_suffix(".key.json")
    sample.coding.to_csv(out, index=False, encoding="utf-8-sig")
    codebook_table(sample.kind).to_csv(codebook, index=False, encoding="utf-8-sig")
    record = {
        "info": sample.info,
        "machine": _records(sample.machine),
        "aliases": _records(sample.aliases),
    }
    key.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return [out, codebook, key]


def _records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [
        {k: (None if _missing(v) else _plain(v)) for k, v in row.items()}
        for row in df.to_dict(orient="records")
    ]


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _plain(value: Any) -> Any:
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def _cell_text(value: Any) -> Any:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if _missing(value):
        return None
    value = _plain(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"
    return value


def _append_table(ws, df: pd.DataFrame, widths: dict[str, int] | None = None) -> None:
    from openpyxl.styles import Alignment, Font

    ws.append(list(df.columns))
    for row in df.itertuples(index=False):
        ws.append([_cell_text(v) for v in row])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.data_type == "f":  # text starting with "=" is text, not a formula
                cell.data_type = "s"
            cell.alignment = wrap
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "B2"
    from openpyxl.utils import get_column_letter

    for i, name in enumerate(df.columns, start=1):
        width = (widths or {}).get(name, 14)
        ws.column_dimensions[get_column_letter(i)].width = width


WIDTHS = {"paragraph": 70, "sentence": 50, "statement": 50, "title": 30, "meaning": 90}
WIDTHS |= {"what to write": 24, "column": 16, "note": 30, "value": 60, "key": 20}


def _write_xlsx(sample: Sample, out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "coding"
    _append_table(ws, sample.coding, WIDTHS)
    last = len(sample.coding) + 1
    choices = {"is_statement": "yes,no", "kind": "direct,indirect", "is_event": "yes,no"}
    choices["tone"] = "-1,0,1"
    for i, name in enumerate(sample.coding.columns, start=1):
        column = get_column_letter(i)
        if name in {c.name for c in CODES[sample.kind]} | set(COMMON_COLUMNS):
            for (cell,) in ws.iter_rows(min_row=2, max_row=last, min_col=i, max_col=i):
                cell.number_format = "@"  # typed text stays text ("2022-11" is no date)
        if name in choices and last > 1:
            rule = DataValidation(type="list", formula1=f'"{choices[name]}"', allow_blank=True)
            ws.add_data_validation(rule)
            rule.add(f"{column}2:{column}{last}")
    _append_table(wb.create_sheet("codebook"), codebook_table(sample.kind), WIDTHS)
    _append_table(wb.create_sheet("sample"), _info_rows(sample.info), WIDTHS)
    for name, df in (("machine", sample.machine), ("aliases", sample.aliases)):
        hidden = wb.create_sheet(name)
        _append_table(hidden, df)
        hidden.sheet_state = "hidden"
    tmp = out.with_name(f".{out.name}.tmp")
    wb.save(tmp)
    os.replace(tmp, out)


def _info_rows(info: dict[str, Any]) -> pd.DataFrame:
    rows = [(k, json.dumps(v, ensure_ascii=False)) for k, v in info.items()]
    return pd.DataFrame(rows, columns=["key", "value"])


ROW = "__row__"  # the row number in the sheet (header: row 1)


def sample_of(unit_id: str) -> str:
    """The sample a unit id belongs to: ``S3FA2-0007`` -> ``S3FA2``."""
    return unit_id.split("-", 1)[0]


@dataclass
class CodedSheet:
    """One coder's sheet as read: the coding rows (text as typed), and what the workbook
    carries of the sample (machine codes, sample info, aliases) when it does."""

    path: Path
    rows: list[dict[str, Any]]  # each with its row number under ROW
    machine: pd.DataFrame | None = None
    info: dict[str, Any] | None = None
    aliases: pd.DataFrame | None = None


def _text(value: Any) -> str:
    """A cell as the coder typed it: numbers without a trailing .0, dates as ISO days."""
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_table(wb, name: str) -> list[dict[str, Any]] | None:
    if name not in wb.sheetnames:
        return None
    rows = list(wb[name].iter_rows(values_only=True))
    if not rows:
        return []
    header = [str(h) if h is not None else "" for h in rows[0]]
    return [dict(zip(header, r, strict=False)) for r in rows[1:]]


def read_sheet(path: str | os.PathLike[str]) -> CodedSheet:
    """A coded sheet (``.xlsx`` or ``.csv``) with the machine's codes that go with it (the
    workbook's hidden sheets, or the ``.key.json`` files in a CSV's folder)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        import csv

        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = [
                {ROW: i, **{k: (v or "").strip() for k, v in r.items() if k}}
                for i, r in enumerate(csv.DictReader(fh), start=2)
            ]
        sheet = CodedSheet(path, rows)
        keys = sorted(path.parent.glob("*.key.json"))
        machine, aliases = [], []
        for key in keys:
            record = json.loads(key.read_text(encoding="utf-8"))
            machine.append(pd.DataFrame(record["machine"]))
            aliases.append(pd.DataFrame(record["aliases"], columns=["alias", "name"]))
            if rows and record["info"]["sample_id"] == sample_of(rows[0].get("unit_id", "")):
                sheet.info = record["info"]
        if machine:
            sheet.machine = pd.concat(machine, ignore_index=True)
            sheet.aliases = pd.concat(aliases, ignore_index=True)
        return sheet
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        coding = _xlsx_table(wb, "coding")
        if coding is None:
            coding = _xlsx_table(wb, wb.sheetnames[0]) or []
        rows = [
            {ROW: i, **{str(k): _text(v) for k, v in r.items() if k}}
            for i, r in enumerate(coding, start=2)
        ]
        sheet = CodedSheet(path, [r for r in rows if any(v for k, v in r.items() if k != ROW)])
        machine = _xlsx_table(wb, "machine")
        if machine is not None:
            sheet.machine = pd.DataFrame(machine)
        aliases = _xlsx_table(wb, "aliases")
        if aliases is not None:
            sheet.aliases = pd.DataFrame(aliases, columns=["alias", "name"])
        info = _xlsx_table(wb, "sample")
        if info is not None:
            sheet.info = {r["key"]: json.loads(r["value"]) for r in info if r.get("key")}
    finally:
        wb.close()
    return sheet


# --------------------------------------------------------------------------- checking


@dataclass(frozen=True)
class SheetProblem:
    """Something wrong in a coded sheet, located so the coder can fix it."""

    sheet: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}, sheet 'coding'"
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


class ValidationError(Exception):
    """Coded sheets that cannot be measured; ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[SheetProblem]):
        self.problems = list(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the coded sheets:\n{lines}")


@dataclass
class Coding:
    """One coder's valid codes of one sample: a row per coded unit."""

    sheet: str
    coder: str
    sample_id: str
    kind: str
    codes: pd.DataFrame  # unit_id and one column per code (None where not coded)
    skipped: list[int] = field(default_factory=list)  # rows left uncoded (allow_partial)


def parse_code(code: Code, text: str, names: dict[str, str]) -> Any:
    """The value of a filled-in cell, or raise ValueError saying what is allowed."""
    low = text.strip().casefold()
    if code.name in ("is_statement", "is_event"):
        if low in YES or low in NO:
            return "yes" if low in YES else "no"
    elif code.name == "kind":
        if low in ("direct", "indirect"):
            return low
    elif code.name in ("tone", "stance"):
        if low in TONES or (code.name == "stance" and low in STANCES):
            return TONES.get(low, STANCES.get(low))
    elif code.name == "target":
        if low in ("", NO_TARGET, "-"):
            return NO_TARGET
        canonical = normal_name(text)  # a gazetteer name first ("Russia"), then aliases
        return canonical if canonical in _canonical(names) else speaker_key(text, names)
    elif code.name == "date":
        if DATE_RE.match(low) and _real_date(low):
            return low
    elif code.name == "speaker":
        return speaker_key(text, names)
    raise ValueError(f"{text!r} is not one of: {code.values}")


def _canonical(names: dict[str, str]) -> set[str]:
    """The gazetteer's names among an alias map's values, compared as names are."""
    return {normal_name(n) for n in names.values()}


def _real_date(text: str) -> bool:
    """Whether ``YYYY[-MM[-DD]]`` names a real day, month or year (no 2022-13-40)."""
    try:
        pd.Timestamp(text + "-01" * (2 - text.count("-")))
    except ValueError:
        return False
    return True


def speaker_key(text: str, names: dict[str, str]) -> str:
    """A speaker as compared: the gazetteer's name for a known name or alias, else the
    name as written (without case or spacing); 'unknown' for no speaker."""
    key = normal_name(text)
    if key in ("", UNKNOWN_SPEAKER, "none", "?", "n/a"):
        return UNKNOWN_SPEAKER
    return normal_name(names.get(key, key))


def sheet_codes(kind: str, header: dict[str, Any]) -> tuple[Code, ...]:
    """The codes a sheet of ``kind`` is checked on: its kind's, and the optional ones
    (stance) whose columns it has."""
    return CODES[kind] + tuple(c for c in OPTIONAL_CODES.get(kind, ()) if c.name in header)


def check_sheet(
    sheet: CodedSheet, known: set[str], names: dict[str, str], *, allow_partial: bool = False
) -> tuple[Coding | None, list[SheetProblem]]:
    """The valid codes of one sheet, and every problem found in it (any problem that is
    not an uncoded row left out with ``allow_partial`` makes the sheet unusable)."""
    label = str(sheet.path)
    if not sheet.rows:
        return None, [SheetProblem(label, None, None, "the sheet has no units")]
    first = sheet.rows[0].get("unit_id", "")
    kind = next((k for k, p in PREFIX.items() if first.startswith(p)), None)
    if kind is None:
        return None, [SheetProblem(label, sheet.rows[0][ROW], "unit_id", f"unknown id {first!r}")]
    codes = sheet_codes(kind, sheet.rows[0])
    problems = [
        SheetProblem(label, None, c.name, "the column is missing")
        for c in codes
        if c.name not in sheet.rows[0]
    ]
    if not any(row.get(c.name) for row in sheet.rows for c in CODES[kind]):
        names_ = ", ".join(c.name for c in CODES[kind])
        problems.append(SheetProblem(label, None, None, f"no unit is coded ({names_} empty)"))
    if problems:
        return None, problems
    records, skipped, seen = [], [], set()
    for row in sheet.rows:
        number, unit = row[ROW], row.get("unit_id", "")
        if unit not in known or sample_of(unit) != sample_of(first):
            problems.append(SheetProblem(label, number, "unit_id", f"unknown unit id {unit!r}"))
            continue
        if unit in seen:
            problems.append(SheetProblem(label, number, "unit_id", f"{unit} appears twice"))
            continue
        seen.add(unit)
        if allow_partial and not any(row.get(c.name) for c in CODES[kind]):
            skipped.append(number)
            continue
        record, found = _check_row(row, codes, names, label)
        problems += found
        records.append(record)
    coders = sorted({row.get("coder", "") for row in sheet.rows} - {""})
    if len(coders) > 1:
        problems.append(
            SheetProblem(label, None, "coder", f"one coder per sheet, found {', '.join(coders)}")
        )
    if problems:
        return None, problems
    coder = coders[0] if coders else sheet.path.stem
    table = pd.DataFrame(records, columns=["unit_id", *(c.name for c in codes)])
    return Coding(label, coder, sample_of(first), kind, table, skipped), []


def _check_row(
    row: dict[str, Any], codes: Sequence[Code], names: dict[str, str], label: str
) -> tuple[dict[str, Any], list[SheetProblem]]:
    record: dict[str, Any] = {"unit_id": row["unit_id"]}
    problems = []
    for code in codes:
        text = row.get(code.name, "")
        needed = code.only_if is None or record.get(code.only_if) not in (None, "no", NO_TARGET)
        if not needed:
            record[code.name] = None
            continue
        if not text and code.name == "target":
            record[code.name] = NO_TARGET
            continue
        if not text:
            problems.append(SheetProblem(label, row[ROW], code.name, "missing code"))
            record[code.name] = None
            continue
        try:
            record[code.name] = parse_code(code, text, names)
        except ValueError as exc:
            problems.append(SheetProblem(label, row[ROW], code.name, str(exc)))
            record[code.name] = None
    return record, problems


# --------------------------------------------------------------------------- measuring


def _figure(value: float | None, low: float | None, high: float | None, n: int, method: str):
    def r(x: float | None) -> float | None:
        return None if x is None or not math.isfinite(x) else round(float(x), 4)

    return {"value": r(value), "low": r(low), "high": r(high), "n": int(n), "method": method}


def wilson(hits: int, n: int, confidence: float = CONFIDENCE) -> tuple[float, float]:
    """Wilson's score interval of a proportion (sound for small n and for 0 or 1).

    >>> [round(x, 3) for x in wilson(9, 10)]
    [0.596, 0.982]
    """
    from statistics import NormalDist

    if n == 0:
        return math.nan, math.nan
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def bootstrap(
    statistic, strata: np.ndarray, *, replicates: int | None = None, seed: int = BOOTSTRAP_SEED
) -> tuple[float, float]:
    """Percentile interval of ``statistic(rows)`` over resamples of the rows, drawn with
    replacement within each stratum (as the sample was drawn); ``replicates`` defaults
    to :data:`BOOTSTRAP`."""
    rng = np.random.default_rng(seed)
    replicates = replicates or BOOTSTRAP
    groups = [np.flatnonzero(strata == s) for s in np.unique(strata)]
    values = []
    for _ in range(replicates):
        rows = np.concatenate([rng.choice(g, size=len(g), replace=True) for g in groups])
        values.append(statistic(rows))
    values = np.asarray(values, dtype=float)
    values = values[np.isfinite(values)]
    if not len(values):
        return math.nan, math.nan
    tail = (1 - CONFIDENCE) / 2 * 100
    return float(np.percentile(values, tail)), float(np.percentile(values, 100 - tail))


def proportion(hits: np.ndarray, weights: np.ndarray, strata: np.ndarray) -> dict[str, Any]:
    """A (weighted) share with its 95% interval: Wilson's when every unit weighs the
    same, else a stratified bootstrap."""
    hits = np.asarray(hits, dtype=bool)
    n = len(hits)
    if n == 0:
        return _figure(None, None, None, 0, "none")
    weights = np.asarray(weights, dtype=float)
    value = float(np.average(hits, weights=weights))
    if np.allclose(weights, weights[0]):
        return _figure(value, *wilson(int(hits.sum()), n), n, "wilson")
    low, high = bootstrap(lambda r: np.average(hits[r], weights=weights[r]), strata)
    return _figure(value, low, high, n, "stratified bootstrap")


def alpha(data: np.ndarray, level: str, domain: Sequence[Any] | None = None) -> float:
    """Krippendorff's alpha of a coders x units matrix (NaN: not coded), from the
    ``krippendorff`` package; NaN when undefined (fewer than two values in all)."""
    import krippendorff

    pairable = np.sum(~np.isnan(data), axis=0) >= 2
    values = data[:, pairable]
    if values.size == 0 or len(np.unique(values[~np.isnan(values)])) < 2:
        return math.nan
    return float(
        krippendorff.alpha(reliability_data=values, level_of_measurement=level, value_domain=domain)
    )


def alpha_figure(data: np.ndarray, level: str, domain: Sequence[Any] | None) -> dict[str, Any]:
    """Alpha with a bootstrap interval over units (resampled with replacement)."""
    pairable = np.flatnonzero(np.sum(~np.isnan(data), axis=0) >= 2)
    data = data[:, pairable]
    value = alpha(data, level, domain)
    low, high = bootstrap(lambda r: alpha(data[:, r], level, domain), np.zeros(data.shape[1]))
    figure = _figure(value, low, high, data.shape[1], "bootstrap over units")
    figure["level"] = level
    return figure


def _matrix(columns: Sequence[pd.Series], code: Code) -> tuple[np.ndarray, list[Any] | None]:
    """Coders' values (aligned Series) as a numeric matrix for ``krippendorff``."""
    if code.level == "ordinal":
        data = np.array([pd.to_numeric(c, errors="coerce").to_numpy(float) for c in columns])
        return data, [-1, 0, 1]
    labels = sorted({v for c in columns for v in c.dropna()})
    index = {v: i for i, v in enumerate(labels)}
    data = np.array(
        [[index.get(v, np.nan) if v is not None else np.nan for v in c] for c in columns]
    )
    return data.astype(float), None


def _aligned(codings: Sequence[Coding], code: str) -> list[pd.Series]:
    units = sorted(set().union(*(set(c.codes.unit_id) for c in codings)))
    return [
        c.codes.set_index("unit_id")[code].reindex(units).astype(object).where(lambda s: s.notna())
        for c in codings
    ]


def coded_codes(codings: Sequence[Coding]) -> tuple[Code, ...]:
    """The codes every coding of a sample has: its kind's, and the optional ones (stance)
    when each coder's sheet has them and names a target somewhere."""
    kind = codings[0].kind

    def coded(code: Code) -> bool:
        column = "target" if code.name == "stance" else code.name
        return all(
            column in c.codes and c.codes[column].map(lambda v: v not in (None, NO_TARGET)).any()
            for c in codings
        )

    return CODES[kind] + tuple(c for c in OPTIONAL_CODES.get(kind, ()) if coded(c))


def reliability(codings: Sequence[Coding]) -> list[dict[str, Any]]:
    """Krippendorff's alpha between the coders, per code (nominal or ordinal as fits),
    with the share of units on which every coder agrees."""
    out = []
    for code in coded_codes(codings):
        columns = _aligned(codings, code.name)
        data, domain = _matrix(columns, code)
        figure = alpha_figure(data, code.level, domain)
        pairable = np.sum(~np.isnan(data), axis=0) >= 2
        same = [len(set(data[~np.isnan(data[:, j]), j])) == 1 for j in np.flatnonzero(pairable)]
        agree = float(np.mean(same)) if same else math.nan
        out.append({"code": code.name, **figure, "agreement": round(agree, 4) if same else None})
    return out


def reference(codings: Sequence[Coding], code: str) -> pd.Series:
    """Per unit the value most coders gave (a single coder's own); None on a tie."""
    table = pd.concat(_aligned(codings, code), axis=1)

    def majority(values: pd.Series) -> Any:
        counts = values.dropna().value_counts()
        if counts.empty or (len(counts) > 1 and counts.iloc[0] == counts.iloc[1]):
            return None
        return counts.index[0]

    return table.apply(majority, axis=1)


def _joined_keys(text: Any, names: dict[str, str]) -> set[str]:
    """The machine's speakers of a unit (``A | B``) as compared with a coder's."""
    return {speaker_key(s, names) for s in str(text if not _missing(text) else "").split(" | ")}


def _units(machine: pd.DataFrame, ref: pd.DataFrame) -> pd.DataFrame:
    """The machine's rows of the units with a reference code, with their weights."""
    units = machine.merge(ref, left_on="unit_id", right_index=True)
    size = pd.to_numeric(units["stratum_size"]).to_numpy(float)
    taken = pd.to_numeric(units["stratum_n"]).to_numpy(float)
    return units.assign(weight=size / taken, stratum=units["stratum"].astype(str))


def statement_agreement(
    codings: Sequence[Coding], machine: pd.DataFrame, names: dict[str, str]
) -> dict[str, Any]:
    """Precision, recall and F1 of the machine's statements (weighted by the strata's
    sampling rates), and how often its speaker and kind are right where both say
    statement."""
    ref = pd.DataFrame({c.name: reference(codings, c.name) for c in CODES["statements"]})
    units = _units(machine, ref[ref.is_statement.notna()])
    m = (units.machine_is_statement == "yes").to_numpy()
    r = (units.is_statement == "yes").to_numpy()
    w, strata = units.weight.to_numpy(), units.stratum.to_numpy()

    def scores(rows: np.ndarray) -> tuple[float, float, float]:
        tp = float(np.sum(w[rows] * (m[rows] & r[rows])))
        fp = float(np.sum(w[rows] * (m[rows] & ~r[rows])))
        fn = float(np.sum(w[rows] * (~m[rows] & r[rows])))
        p = tp / (tp + fp) if tp + fp else math.nan
        rc = tp / (tp + fn) if tp + fn else math.nan
        f1 = 2 * p * rc / (p + rc) if p + rc else math.nan
        return p, rc, f1

    every = np.arange(len(units))
    value = scores(every)
    out = {}
    for i, (name, n) in enumerate(
        [("precision", int(m.sum())), ("recall", int(r.sum())), ("f1", len(units))]
    ):
        low, high = bootstrap(lambda rows, i=i: scores(rows)[i], strata)
        out[name] = _figure(value[i], low, high, n, "stratified bootstrap")
    both = units[m & r]
    for code, column in (("speaker", "machine_speaker"), ("kind", "machine_kind")):
        known = both[both[code].notna()]
        hits = [
            v in _joined_keys(mv, names) if code == "speaker" else v in str(mv).split(" | ")
            for v, mv in zip(known[code], known[column], strict=True)
        ]
        out[f"{code}_accuracy"] = proportion(
            np.array(hits, dtype=bool), known.weight.to_numpy(), known.stratum.to_numpy()
        )
    out["undecided"] = int(len(ref) - ref.is_statement.notna().sum())
    return out


def event_agreement(codings: Sequence[Coding], machine: pd.DataFrame) -> dict[str, Any]:
    """How many of the machine's dated mentions are dated happenings, and how often
    its date (at its precision) is the coders' date."""
    ref = pd.DataFrame({c.name: reference(codings, c.name) for c in CODES["events"]})
    units = _units(machine, ref[ref.is_event.notna()])
    out = {
        "event_precision": proportion(
            (units.is_event == "yes").to_numpy(), units.weight.to_numpy(), units.stratum.to_numpy()
        )
    }
    dated = units[(units.is_event == "yes") & units.date.notna()]
    machine_date = dated.machine_date.map(lambda d: "" if _missing(d) else str(d))
    out["date_accuracy"] = proportion(
        (machine_date == dated.date).to_numpy(), dated.weight.to_numpy(), dated.stratum.to_numpy()
    )
    out["undecided"] = int(len(ref) - ref.is_event.notna().sum())
    return out


#: The machine's tones a sentiment sample may hold, with their labels.
TONE_SOURCES = {
    "machine_vader_domain": "VADER with the domain lexicon",
    "machine_vader_plain": "VADER without the domain lexicon",
    "machine_tone": "statements.tone",
}


def tone_agreement(codings: Sequence[Coding], machine: pd.DataFrame) -> dict[str, Any]:
    """Per machine tone (VADER with and without the domain lexicon; ``tone`` when the
    sample has it): Krippendorff's alpha (ordinal) with the coders' reference, the share
    of units with the same tone, and the confusion table (rows: coders, columns: machine)."""
    ref = reference(codings, "tone").rename("ref")
    units = _units(machine, ref[ref.notna()].to_frame())
    out: dict[str, Any] = {}
    coded = units.ref.astype(int).to_numpy()
    for column, label in TONE_SOURCES.items():
        if column not in units or units[column].isna().all():
            continue
        scores = pd.to_numeric(units[column], errors="coerce")
        if column == "machine_tone":
            tones = [None if _missing(v) else int(np.sign(v)) for v in scores]
        else:
            tones = tone_of(scores)
        keep = np.array([t is not None for t in tones])
        said = np.array([t for t in tones if t is not None], dtype=float)
        data = np.vstack([coded[keep].astype(float), said])
        hits = coded[keep] == said
        confusion = pd.crosstab(
            pd.Categorical(coded[keep], categories=[-1, 0, 1]),
            pd.Categorical(said.astype(int), categories=[-1, 0, 1]),
            dropna=False,
        )
        out[column] = {
            "label": label,
            "alpha": alpha_figure(data, "ordinal", [-1, 0, 1]),
            "accuracy": proportion(
                hits, units.weight.to_numpy()[keep], units.stratum.to_numpy()[keep]
            ),
            "confusion": {str(i): {str(j): int(confusion.loc[i, j]) for j in (-1, 0, 1)}
                          for i in (-1, 0, 1)},
        }  # fmt: skip
    values, counts = np.unique(coded, return_counts=True)
    if len(coded):
        out["majority_class"] = {
            "tone": int(values[np.argmax(counts)]),
            "accuracy": round(float(counts.max() / len(coded)), 4),
            "n": len(coded),
        }
    out["undecided"] = int(ref.isna().sum())
    if "stance" in {c.name for c in coded_codes(codings)} and "machine_target" in machine:
        out.update(stance_agreement(codings, machine))
    return out


def stance_agreement(codings: Sequence[Coding], machine: pd.DataFrame) -> dict[str, Any]:
    """The machine's ``target`` against the coders' (the same actor, or both none; and
    of the coders' targets, how many it found), and its ``stance`` where both name the
    same target: Krippendorff's alpha (ordinal) and the share with the same stance."""
    names = {normal_name(n): normal_name(n) for n in machine["machine_target"].dropna()}
    ref = pd.DataFrame({c: reference(codings, c) for c in ("target", "stance")})
    units = _units(machine, ref[ref.target.notna()])
    said = [speaker_key(t, names) if not _missing(t) and t else NO_TARGET
            for t in units.machine_target]  # fmt: skip
    same = np.array([a == b for a, b in zip(units.target, said, strict=True)], dtype=bool)
    w, strata = units.weight.to_numpy(), units.stratum.to_numpy()
    named = (units.target != NO_TARGET).to_numpy()
    both = same & named & units.stance.notna().to_numpy()
    both &= pd.to_numeric(units.machine_stance, errors="coerce").notna().to_numpy()
    coded = units.stance[both].astype(float).to_numpy()
    tool = pd.to_numeric(units.machine_stance[both]).to_numpy(float)
    return {
        "target_accuracy": proportion(same, w, strata),
        "target_recall": proportion(same[named], w[named], strata[named]),
        "stance_alpha": alpha_figure(np.vstack([coded, tool]), "ordinal", [-1, 0, 1]),
        "stance_accuracy": proportion(coded == tool, w[both], strata[both]),
    }


#: The columns of a tone sheet besides the coders' (see :func:`tone_sheet`).
TONE_SHEET_COLUMNS = ["id", "statement_id", "outlet", "published", "speaker", "text"]


def tone_sheet(checked: CheckedSheets) -> pd.DataFrame:
    """The coded statements of the sentiment samples among ``checked`` as a tone sheet,
    the format of ``tests/data/tone_*.csv`` that :mod:`cscaucasus.evaluate_tone` scores
    and :mod:`cscaucasus.train_tone` trains on: a row per coded statement (``id`` is its
    unit id) with its ``text``, ``speaker``, ``outlet`` and ``published`` as the coders
    saw them, one column ``tone_<coder>`` per coder (-1/0/1; empty where that coder did
    not code it) and ``tone``, the coders' majority (empty on a tie)."""
    samples = {i: g for i, g in checked.samples().items() if g[0].kind == "sentiment"}
    if not samples:
        raise ValueError("no sentiment sample among the sheets: a tone sheet needs one")
    seen: dict[str, dict[str, Any]] = {}
    for sheet in checked.sheets:
        for row in sheet.rows:
            seen.setdefault(str(row.get("unit_id", "")), row)
    machine = checked.machine.set_index("unit_id")
    names = {normal_name(n): str(n) for n in checked.names.values()}
    columns = _coder_columns(c.coder for g in samples.values() for c in g)
    pieces = []
    for group in samples.values():
        ref = reference(group, "tone")
        units = list(ref.index)
        piece = pd.DataFrame(
            {
                "id": units,
                "statement_id": [str(machine.statement_id.get(u, "")) for u in units],
                **{c: [str(seen[u].get(c, "")) for u in units] for c in TONE_SHEET_COLUMNS[2:5]},
                "text": [str(seen[u].get("statement", "")) for u in units],
            }
        )
        for coding in group:
            codes = coding.codes.set_index("unit_id")["tone"].reindex(units)
            piece[columns[coding.coder]] = [_code_text(v) for v in codes]
        piece["tone"] = [_code_text(v) for v in ref]
        if "stance" in {c.name for c in coded_codes(group)}:
            targets = [_target_text(t, names) for t in reference(group, "target")]
            stances = [_code_text(v) for v in reference(group, "stance")]
            piece["target"] = targets
            # a stance only toward the coders' agreed target (none where they named none,
            # or different ones: one coder's stance toward its own target is no reference)
            piece["stance"] = [
                code if target else "" for target, code in zip(targets, stances, strict=True)
            ]
        pieces.append(piece)
    table = pd.concat(pieces, ignore_index=True)
    order = [*TONE_SHEET_COLUMNS, *sorted(set(columns.values())), "tone"]
    order += [c for c in ("target", "stance") if c in table.columns]
    return table.reindex(columns=order).fillna("")


def _target_text(target: Any, names: dict[str, str]) -> str:
    """A reference target as the gazetteer writes it ("" for none or a tie)."""
    if _missing(target) or target in (None, NO_TARGET):
        return ""
    return names.get(str(target), str(target))


def _coder_columns(coders: Iterable[str]) -> dict[str, str]:
    """``tone_<coder>`` per coder: lowercase letters and digits, distinct."""
    out: dict[str, str] = {}
    for coder in sorted(set(coders)):
        base = "tone_" + (re.sub(r"[^a-z0-9]+", "_", coder.casefold()).strip("_") or "coder")
        name, k = base, 2
        while name in out.values():
            name, k = f"{base}_{k}", k + 1
        out[coder] = name
    return out


def _code_text(value: Any) -> str:
    return "" if _missing(value) else str(int(value))


def write_tone_sheet(table: pd.DataFrame, out: str | os.PathLike[str]) -> Path:
    """A tone sheet (:func:`tone_sheet`) as CSV: the same sheets give the same bytes."""
    from .build import atomic_write

    out = Path(out)
    body = table.to_csv(index=False, lineterminator="\n")
    atomic_write(out, lambda tmp: tmp.write_text(body, encoding="utf-8"))
    return out


# --------------------------------------------------------------------------- validate


def validate(
    paths: Sequence[str | os.PathLike[str]], *, allow_partial: bool = False
) -> dict[str, Any]:
    """Read coded sheets, check them and measure: the content of ``validation.json``.

    Raises :class:`ValidationError` naming every missing or invalid code (sheet, row,
    column); with ``allow_partial``, rows (and sheets) left wholly uncoded are skipped
    and listed under ``notes`` instead.
    """
    checked = check_sheets(paths, allow_partial=allow_partial)
    samples = []
    for sample_id, group in checked.samples().items():
        rows = checked.machine[checked.machine.unit_id.map(sample_of) == sample_id]
        samples.append(measure(group, rows, checked.names, checked.infos.get(sample_id)))
    return {
        "about": {
            "package_version": _package_version(),
            "krippendorff_version": _dist_version("krippendorff"),
            "bootstrap_replicates": BOOTSTRAP,
            "confidence": CONFIDENCE,
            "tone_threshold": TONE_THRESHOLD,
        },
        "samples": samples,
        "notes": checked.notes,
    }


@dataclass
class CheckedSheets:
    """Coded sheets read and checked: every valid coding, with the sample material."""

    sheets: list[CodedSheet]
    codings: list[Coding]
    machine: pd.DataFrame
    names: dict[str, str]
    infos: dict[str, dict[str, Any]]
    notes: list[str]

    def samples(self) -> dict[str, list[Coding]]:
        """The codings of each sample, by sample id, each sample's sorted by coder."""
        ids = sorted({c.sample_id for c in self.codings})
        return {
            i: sorted([c for c in self.codings if c.sample_id == i], key=lambda c: c.coder)
            for i in ids
        }


def check_sheets(
    paths: Sequence[str | os.PathLike[str]], *, allow_partial: bool = False
) -> CheckedSheets:
    """Read and check coded sheets (see :func:`validate`); raise :class:`ValidationError`
    naming every problem."""
    sheets = [read_sheet(p) for p in paths]
    machine, names, infos = _sample_material(sheets)
    known = set(machine.unit_id) if len(machine) else set()
    codings, problems, notes = [], [], []
    for sheet in sheets:
        coding, found = check_sheet(sheet, known, names, allow_partial=allow_partial)
        if allow_partial and found and all(p.row is None and p.column is None for p in found):
            notes += [f"skipped: {p}" for p in found]
            continue
        problems += found
        if coding is not None:
            codings.append(coding)
            notes += [f"{coding.sheet}: row {r} not coded, left out" for r in coding.skipped]
    problems += _duplicate_coders(codings)
    if problems:
        raise ValidationError(problems)
    if not codings:
        raise ValidationError([SheetProblem(str(p), None, None, "nothing coded") for p in paths])
    return CheckedSheets(sheets, codings, machine, names, infos, notes)


def _sample_material(
    sheets: Sequence[CodedSheet],
) -> tuple[pd.DataFrame, dict[str, str], dict[str, dict[str, Any]]]:
    """The machine's codes, the alias map and the sample descriptions the sheets carry."""
    machines = [s.machine for s in sheets if s.machine is not None and len(s.machine)]
    machine = (
        pd.concat(machines, ignore_index=True).drop_duplicates("unit_id", keep="first")
        if machines
        else pd.DataFrame(columns=["unit_id"])
    )
    machine["unit_id"] = machine["unit_id"].astype(str)
    names: dict[str, str] = {}
    for sheet in sheets:
        if sheet.aliases is not None:
            names |= {
                str(a): str(n) for a, n in zip(sheet.aliases.alias, sheet.aliases.name, strict=True)
            }
    infos = {s.info["sample_id"]: s.info for s in sheets if s.info and "sample_id" in s.info}
    return machine, names, infos


def _duplicate_coders(codings: Sequence[Coding]) -> list[SheetProblem]:
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for c in codings:
        key = (c.sample_id, c.coder)
        if key in seen:
            message = f"coder {c.coder!r} also coded sample {c.sample_id} in {seen[key]}"
            problems.append(SheetProblem(c.sheet, None, "coder", message))
        seen.setdefault(key, c.sheet)
    return problems


AGREEMENT = {
    "statements": lambda codings, machine, names: statement_agreement(codings, machine, names),
    "events": lambda codings, machine, names: event_agreement(codings, machine),
    "sentiment": lambda codings, machine, names: tone_agreement(codings, machine),
}


def measure(
    codings: Sequence[Coding],
    machine: pd.DataFrame,
    names: dict[str, str],
    info: dict[str, Any] | None,
) -> dict[str, Any]:
    """Reliability between the coders (first), then the machine against them."""
    kind = codings[0].kind
    coded = sorted(set().union(*(set(c.codes.unit_id) for c in codings)))
    return {
        "sample_id": codings[0].sample_id,
        "kind": kind,
        "sample": info,
        "sheets": [
            {"file": c.sheet, "coder": c.coder, "coded": len(c.codes), "skipped": len(c.skipped)}
            for c in codings
        ],
        "coders": [c.coder for c in codings],
        "units_coded": len(coded),
        "reference": (
            f"the codes of {codings[0].coder}"
            if len(codings) == 1
            else f"the majority of {len(codings)} coders (ties left out)"
        ),
        "reliability": reliability(codings) if len(codings) > 1 else [],
        "agreement": AGREEMENT[kind](codings, machine, names),
    }


def write_result(result: dict[str, Any], out: str | os.PathLike[str]) -> Path:
    """``validation.json``: the same sheets give the same bytes."""
    from .build import atomic_write

    out = Path(out)
    body = json.dumps(result, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    atomic_write(out, lambda tmp: tmp.write_text(body, encoding="utf-8"))
    return out


def read_result(path: str | os.PathLike[str]) -> dict[str, Any] | None:
    """A ``validation.json`` (None when there is none yet)."""
    path = Path(path)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


# --------------------------------------------------------------------------- report


LABELS = {
    "is_statement": "is a statement",
    "speaker": "speaker",
    "kind": "direct / indirect",
    "is_event": "is a dated happening",
    "date": "date",
    "tone": "tone",
    "precision": "statements: precision",
    "recall": "statements: recall",
    "f1": "statements: F1",
    "speaker_accuracy": "speaker right (where both say statement)",
    "kind_accuracy": "direct/indirect right (where both say statement)",
    "event_precision": "dated mentions that are dated happenings",
    "date_accuracy": "date right (at its precision)",
    "target": "stance: target",
    "stance": "stance",
    "target_accuracy": "stance: target right (the same actor, or none)",
    "target_recall": "stance: coders' targets found",
    "stance_alpha": "stance alpha (where both name the same target)",
    "stance_accuracy": "stance right (where both name the same target)",
}


def sample_table(result: dict[str, Any] | None) -> pd.DataFrame:
    """What was sampled, how, from what, and who coded it: one row per sample."""
    rows = []
    for s in (result or {}).get("samples", []):
        info = s.get("sample") or {}
        strata = info.get("strata") or []
        rows.append(
            {
                "sample": s["sample_id"],
                "units": s["kind"],
                "population": info.get("population"),
                "drawn": info.get("n"),
                "coded": s["units_coded"],
                "seed": info.get("seed"),
                "stratified by": ", ".join(info.get("stratify") or []) or "-",
                "strata": len(strata),
                "coders": ", ".join(s["coders"]),
                "reference": s["reference"],
            }
        )
    return pd.DataFrame(rows)


def reliability_table(result: dict[str, Any] | None) -> pd.DataFrame:
    """Krippendorff's alpha between the coders, per sample and code."""
    rows = []
    for s in (result or {}).get("samples", []):
        for r in s["reliability"]:
            rows.append(
                {
                    "sample": s["sample_id"],
                    "code": LABELS.get(r["code"], r["code"]),
                    "level": r["level"],
                    "alpha": r["value"],
                    "low": r["low"],
                    "high": r["high"],
                    "units": r["n"],
                    "all agree": r["agreement"],
                }
            )
    return pd.DataFrame(rows)


def agreement_table(result: dict[str, Any] | None) -> pd.DataFrame:
    """The machine against the coders: every figure with its interval and n."""
    rows = []
    for s in (result or {}).get("samples", []):
        for name, value in _ordered(s["agreement"]):
            if "label" in value:  # a machine tone
                for measure_name in ("alpha", "accuracy"):
                    f = value[measure_name]
                    label = f"tone {measure_name}: {value['label']}"
                    rows.append(_agreement_row(s["sample_id"], label, f))
            elif "value" in value:
                rows.append(_agreement_row(s["sample_id"], LABELS.get(name, name), value))
    return pd.DataFrame(rows)


def _ordered(agreement: dict[str, Any]) -> list[tuple[str, Any]]:
    """The machine's figures in the order of :data:`LABELS`, then the machine tones."""
    rank = {name: i for i, name in enumerate(LABELS)}
    names = sorted(agreement, key=lambda k: (rank.get(k, len(rank)), k))
    return [(k, agreement[k]) for k in names if isinstance(agreement[k], dict)]


def _agreement_row(sample: str, label: str, f: dict[str, Any]) -> dict[str, Any]:
    return {
        "sample": sample,
        "figure": label,
        "value": f["value"],
        "low": f["low"],
        "high": f["high"],
        "n": f["n"],
        "interval": f["method"],
    }


def confusion_tables(result: dict[str, Any] | None) -> dict[str, pd.DataFrame]:
    """Per machine tone, coders' tone (rows) against the machine's (columns)."""
    out = {}
    for s in (result or {}).get("samples", []):
        for value in s["agreement"].values():
            if isinstance(value, dict) and "confusion" in value:
                table = pd.DataFrame(value["confusion"]).T
                table.index = [f"coders {i}" for i in table.index]
                table.columns = [f"machine {c}" for c in table.columns]
                out[f"{s['sample_id']}: {value['label']}"] = table
    return out


def _fmt(f: dict[str, Any] | None) -> str:
    if not f or f.get("value") is None:
        return "not defined"
    interval = ""
    if f.get("low") is not None:
        interval = f", 95% CI [{f['low']:.2f}, {f['high']:.2f}]"
    return f"{f['value']:.2f}{interval}, n = {f['n']}"


def methods_text(result: dict[str, Any] | None) -> str:
    """A paragraph per sample for a paper's methods section: what was sampled, how, by
    whom, and the figures."""
    if not result:
        return (
            "No validation yet: run `cscaucasus sample`, code the sheets, then "
            "`cscaucasus validate`."
        )
    paragraphs = [_methods_paragraph(s, result["about"]) for s in result["samples"]]
    about = result["about"]
    paragraphs.append(
        f"Intervals are 95% intervals: Wilson's for unweighted shares, else percentile "
        f"bootstrap ({about['bootstrap_replicates']} replicates, resampling within the "
        f"sampling strata; units for alpha). Alpha: Krippendorff's alpha computed with "
        f"the krippendorff package {about.get('krippendorff_version') or ''} "
        f"(cscaucasus {about.get('package_version') or ''})."
    )
    return "\n\n".join(paragraphs)


def _methods_paragraph(s: dict[str, Any], about: dict[str, Any]) -> str:
    info = s.get("sample") or {}
    units = {"statements": "sentences", "events": "dated mentions", "sentiment": "statements"}
    strat = ", ".join(info.get("stratify") or [])
    text = (
        f"Sample {s['sample_id']}: {info.get('n', s['units_coded'])} {units[s['kind']]} drawn "
        f"at random (seed {info.get('seed')}) from {info.get('population', '?')} in "
        f"{info.get('articles', '?')} articles"
    )
    if s["kind"] == "statements":
        text += (
            ", half from sentences the tool took as statements"
            + (f" (stratified by {strat})" if strat else "")
            + " and half from the others, stratified by whether they hold a speech verb "
            "or a quotation mark; estimates are weighted by the strata's sampling rates"
        )
    elif strat:
        text += f", stratified by {strat}"
    coders = s["coders"]
    text += (
        f". {len(coders)} coder{'s' if len(coders) > 1 else ''} ({', '.join(coders)}) "
        f"coded {s['units_coded']} units independently with the codebook, blind to the "
        f"tool's codes."
    )
    for r in s["reliability"]:
        text += f" Krippendorff's alpha ({r['level']}) for {LABELS[r['code']]}: {_fmt(r)}."
    text += f" Against {s['reference']}:"
    parts = []
    for name, value in _ordered(s["agreement"]):
        if "label" in value:
            parts.append(
                f"tone by {value['label']}: alpha {_fmt(value['alpha'])}; "
                f"same tone {_fmt(value['accuracy'])}"
            )
        elif "value" in value:
            parts.append(f"{LABELS.get(name, name)} {_fmt(value)}")
    return text + " " + "; ".join(parts) + "."


# --------------------------------------------------------------------------- command line


def configure_sample(p: argparse.ArgumentParser) -> None:
    """Arguments of ``cscaucasus sample``."""
    p.add_argument("kind", choices=KINDS, help="what to sample")
    p.add_argument("--n", type=int, default=200, help="units to sample (default 200)")
    p.add_argument("--stratify", default="", help="comma-separated columns, e.g. speaker,outlet")
    p.add_argument("--seed", type=int, default=None, help="random seed (default: a new one)")
    p.add_argument("--out", required=True, help="coding sheet to write (.xlsx or .csv)")
    p.add_argument(
        "--corpus", default="data/processed", help="built tables or raw folder (data/processed)"
    )


def run_sample(args: argparse.Namespace) -> int:
    """``cscaucasus sample``: write a coding sheet; 1 on bad arguments."""
    path = Path(args.corpus)
    if not path.exists():
        print(f"error: {path} does not exist; run `cscaucasus build` first", file=sys.stderr)
        return 1
    seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
    stratify = [c.strip() for c in args.stratify.split(",") if c.strip()]
    corpus = open_corpus(path)
    from .build import read_manifest

    corpus.settings.setdefault("input_hash", read_manifest(path).get("input_hash"))
    try:
        sample = make_sample(
            corpus, args.kind, args.n, stratify=stratify, seed=seed, source=str(path)
        )
        written = write_sheet(sample, args.out)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    info = sample.info
    short = f" (only {info['n']} available)" if info["n"] < args.n else ""
    print(
        f"wrote {', '.join(map(str, written))}: {info['n']} {args.kind} units{short} from "
        f"{info['population']}, {len(info['strata'])} strata, seed {seed}, "
        f"sample {info['sample_id']}"
    )
    return 0


def configure_validate(p: argparse.ArgumentParser) -> None:
    """Arguments of ``cscaucasus validate``."""
    p.add_argument("sheets", nargs="+", help="coded sheets (.xlsx or .csv), one per coder")
    p.add_argument("--out", default=None, help="validation.json (default: beside the sheets)")
    p.add_argument(
        "--allow-partial", action="store_true", help="leave out rows no code was filled in"
    )
    p.add_argument("--report", default="reports", help="where to write 05_validation")
    p.add_argument("--no-report", action="store_true", help="write validation.json only")
    p.add_argument("--notebooks", default="notebooks", help="notebook folder (default notebooks)")
    p.add_argument("--corpus", default="data/processed", help="built tables (for the report)")
    p.add_argument(
        "--tone-sheet",
        default=None,
        help="also write the coded statements of sentiment samples as a tone sheet (CSV) "
        "for python -m cscaucasus.evaluate_tone and train_tone",
    )


def run_validate(args: argparse.Namespace) -> int:
    """``cscaucasus validate``: 0 when measured, 1 when a sheet has problems."""
    try:
        result = validate(args.sheets, allow_partial=args.allow_partial)
    except ValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out = Path(args.out) if args.out else Path(args.sheets[0]).parent / "validation.json"
    write_result(result, out)
    if args.tone_sheet:
        try:
            table = tone_sheet(check_sheets(args.sheets, allow_partial=args.allow_partial))
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        written = write_tone_sheet(table, args.tone_sheet)
        print(f"wrote {written}: {len(table)} coded statements")
    for note in result["notes"]:
        print(f"  note: {note}", file=sys.stderr)
    print(methods_text(result))
    print(f"wrote {out}")
    if args.no_report:
        return 0
    from .reports import find_notebooks, run_reports

    notebooks = find_notebooks(args.notebooks, ["05"])
    if not notebooks:
        print(f"error: no 05 notebook in {args.notebooks}", file=sys.stderr)
        return 1
    params = {"validation_path": str(out.resolve())}
    reports = run_reports(notebooks, args.report, processed=args.corpus, parameters=params)
    for r in reports:
        print(f"wrote {Path(args.report) / (r.html or r.name)} ({r.status})")
    return 0 if all(r.status == "ok" for r in reports) else 1
