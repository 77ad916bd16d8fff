"""Scoring extracted events against hand-labelled temporal expressions.

Gold rows are ``article_id, date_text, date, precision`` with ``date`` written at its
precision (``2022-11-23``, ``2022-11``, ``2022``; empty when the labeller judged the
expression unresolvable). A predicted event matches a gold row of the same article
when one ``date_text`` contains the other, case and spacing aside ("November 23" and
"on November 23" match); each gold row and each prediction is used at most once, in
text order. Detection precision is matched / predicted, recall matched / gold;
resolution accuracy is the share of matched rows whose date and precision both agree
(an empty gold date agrees only with a NaT prediction).
"""

from __future__ import annotations

import re

import pandas as pd

from . import pipeline
from .schema import typed

__all__ = ["evaluate_events", "evaluate_sentence_set", "events_for_texts", "format_date"]

_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def format_date(date, precision: str | None) -> str:
    """``date`` written at ``precision`` (``""`` for a missing date)."""
    if date is None or pd.isna(date) or precision not in _FORMATS:
        return ""
    return pd.Timestamp(date).strftime(_FORMATS[precision])


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().lower()


def _matches(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def evaluate_events(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float | int]:
    """Detection precision/recall and resolution accuracy (see the module docstring).

    ``predicted`` has ``article_id, date_text, date, precision`` (an ``events`` table);
    ``gold`` has ``article_id, date_text, date, precision``. Also returns the counts
    and ``mismatches``/``missed``/``spurious`` as lists of readable strings.
    """
    gold = gold.fillna({"date": "", "precision": ""})
    matched = correct = 0
    missed, spurious, wrong = [], [], []
    articles = sorted(set(gold.article_id.astype(str)) | set(predicted.article_id.astype(str)))
    for article_id in articles:
        golds = gold[gold.article_id.astype(str) == article_id]
        preds = predicted[predicted.article_id.astype(str) == article_id]
        used: set[int] = set()
        for g in golds.itertuples(index=False):
            hit = next(
                (
                    i
                    for i, p in enumerate(preds.itertuples(index=False))
                    if i not in used and _matches(p.date_text, g.date_text)
                ),
                None,
            )
            if hit is None:
                missed.append(f"{article_id}: {g.date_text!r}")
                continue
            used.add(hit)
            matched += 1
            p = preds.iloc[hit]
            got = format_date(p.date, p.precision)
            want = str(g.date).strip()
            if got == want and (not want or str(p.precision) == str(g.precision)):
                correct += 1
            else:
                wrong.append(f"{article_id}: {g.date_text!r} gold {want!r} got {got!r}")
        spurious += [
            f"{article_id}: {p.date_text!r}"
            for i, p in enumerate(preds.itertuples(index=False))
            if i not in used
        ]
    n_pred, n_gold = len(predicted), len(gold)
    return {
        "precision": matched / n_pred if n_pred else 1.0,
        "recall": matched / n_gold if n_gold else 1.0,
        "resolution_accuracy": correct / matched if matched else 1.0,
        "n_predicted": n_pred,
        "n_gold": n_gold,
        "n_matched": matched,
        "n_correct": correct,
        "missed": missed,
        "spurious": spurious,
        "mismatches": wrong,
    }


def events_for_texts(texts: pd.DataFrame) -> pd.DataFrame:
    """Events of stand-alone texts (``text``, ``published``): one article per row,
    ``article_id`` ``t000``, ``t001``... in row order. For gold sets of single sentences.
    """
    articles = typed(
        pd.DataFrame(
            {
                "article_id": [f"t{i:03d}" for i in range(len(texts))],
                "path": [f"t{i:03d}.txt" for i in range(len(texts))],
                "text": texts.text.astype(str).tolist(),
                "published": pd.to_datetime(texts.published.replace("", None)),
            }
        ),
        "articles",
    )
    empty = typed(pd.DataFrame(), "mentions")  # dates alone: no gazetteer
    tables = pipeline.run(("segment", "events"), {"articles": articles, "mentions": empty}, {})
    return tables["events"]


def evaluate_sentence_set(table: pd.DataFrame) -> dict[str, float | int]:
    """Scores on a gold table of stand-alone texts: ``text, published, date_text, date,
    precision`` rows, one per expected event; a row with an empty ``date_text`` marks a
    text that holds no event (it counts through precision only).
    """
    table = table.fillna("")
    texts = table.drop_duplicates("text").reset_index(drop=True)
    ids = {text: f"t{i:03d}" for i, text in enumerate(texts.text)}
    predicted = events_for_texts(texts)
    gold = table[table.date_text != ""].assign(article_id=table.text.map(ids))
    return evaluate_events(predicted, gold)
