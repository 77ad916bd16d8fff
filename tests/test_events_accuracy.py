"""Accuracy of the event extraction against hand-labelled sets.

Thresholds sit just below what the rules measure, so that a regression fails:

* ``events_gold.csv`` — the seed articles' temporal expressions (independent labeller);
* ``events_outlets.csv`` — single sentences in other outlets' styles (independent);
* ``events_not_events.csv`` — spans that must not become events (independent);
* ``events_extra.csv`` — more sentences in Reuters/TASS/AP/OC Media styles (ours);
* ``heldout_events.csv`` — 20 outlets' styles, labelled blind, now a development set.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from cscaucasus.evaluate_events import evaluate_events, evaluate_sentence_set, format_date

DATA = Path(__file__).parent / "data"


def read(name: str) -> pd.DataFrame:
    path = DATA / name
    if not path.exists():
        pytest.skip(f"{name} is not labelled yet")
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_evaluate_events_counts_matches_and_dates() -> None:
    predicted = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b"],
            "date_text": ["November 23", "Monday", "2020", "last month"],
            "date": pd.to_datetime(["2022-11-23", "2022-12-19", "2020-01-01", None]),
            "precision": ["day", "day", "year", "month"],
        }
    )
    gold = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "date_text": ["On November 23", "on Monday", "last month", "July"],
            "date": ["2022-11-23", "2022-12-12", "", "2020-07"],
            "precision": ["day", "day", "month", "month"],
        }
    )
    scores = evaluate_events(predicted, gold)
    assert (scores["n_matched"], scores["n_correct"]) == (3, 2)
    assert scores["precision"] == 3 / 4 and scores["recall"] == 3 / 4
    assert scores["resolution_accuracy"] == 2 / 3
    assert scores["spurious"] == ["a: '2020'"] and scores["missed"] == ["b: 'July'"]
    assert format_date(pd.Timestamp("2022-09-01"), "month") == "2022-09"


def test_extra_sentences() -> None:
    scores = evaluate_sentence_set(read("events_extra.csv"))
    # measured: 29/29 detected and resolved
    assert scores["precision"] >= 0.96, scores["spurious"]
    assert scores["recall"] >= 0.96, scores["missed"]
    assert scores["resolution_accuracy"] >= 0.96, scores["mismatches"]


def test_heldout_sentences() -> None:
    """``heldout_events.csv``: 45 sentences in 20 outlets' styles, labelled blind to the
    rules. This set became a development set on 2026-11-25 after its blind first run
    scored P 0.943 R 0.825 resolution 0.909; the rules were then generalised from its
    misses (datelines, parts of the day, offsets from a date of the same sentence, tense
    of yearless dates and weekdays, "ago", "the end of the year", dd.mm.yyyy, "every
    Monday"), so it no longer estimates unseen outlets (heldout2 does).
    """
    scores = evaluate_sentence_set(read("heldout_events.csv"))
    # measured 2026-11-25: 40/40 detected and resolved, no spurious event
    assert scores["precision"] >= 0.97, scores["spurious"]
    assert scores["recall"] >= 0.97, scores["missed"]
    assert scores["resolution_accuracy"] >= 0.97, scores["mismatches"]


def test_seed_gold(seed_corpus) -> None:
    gold = read("events_gold.csv")
    scores = evaluate_events(seed_corpus.events, gold)
    assert scores["precision"] >= SEED_THRESHOLDS["precision"], scores["spurious"]
    assert scores["recall"] >= SEED_THRESHOLDS["recall"], scores["missed"]
    assert scores["resolution_accuracy"] >= SEED_THRESHOLDS["resolution"], scores["mismatches"]


def test_outlet_sentences() -> None:
    scores = evaluate_sentence_set(read("events_outlets.csv"))
    assert scores["precision"] >= OUTLET_THRESHOLDS["precision"], scores["spurious"]
    assert scores["recall"] >= OUTLET_THRESHOLDS["recall"], scores["missed"]
    assert scores["resolution_accuracy"] >= OUTLET_THRESHOLDS["resolution"], scores["mismatches"]


def test_not_events(seed_corpus) -> None:
    """No event's date_text lies inside (or contains) a span labelled as a non-event."""
    table = read("events_not_events.csv")
    events = seed_corpus.events
    texts = dict(zip(seed_corpus.articles.article_id, seed_corpus.articles.text, strict=True))
    wrong = []
    for row in table.itertuples(index=False):
        if row.article_id not in texts:
            continue
        found = events[events.article_id == row.article_id]
        wrong += [
            f"{row.article_id}: {e.date_text!r} in {row.text!r}"
            for e in found.itertuples(index=False)
            if e.date_text in row.text
            and row.text in texts[row.article_id]
            and _inside(texts[row.article_id], row.text, e.start, e.end)
        ]
    assert wrong == []


def _inside(text: str, span: str, start: int, end: int) -> bool:
    at = text.find(span)
    while at >= 0:
        if at <= start and end <= at + len(span):
            return True
        at = text.find(span, at + 1)
    return False


# measured 2026-11-24: seeds 47/47 detected, 47/47 resolved (P = R = accuracy = 1.0)
SEED_THRESHOLDS = {"precision": 0.97, "recall": 0.97, "resolution": 0.97}
# measured 2026-11-24: 38/38 detected and resolved, no spurious event on the 10 sentences
# without one. NB: five rules (week expressions, "earlier today", "the 2023 budget",
# "agreed to meet", apposition) were added after reading this set's first misses.
OUTLET_THRESHOLDS = {"precision": 0.97, "recall": 0.97, "resolution": 0.97}
