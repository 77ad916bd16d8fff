"""Accuracy of statement extraction on hand-labelled sets (labelled independently).

* ``tests/data/statements_gold.csv``: every statement of the five seed articles.
* ``tests/data/statements_outlets.csv``: paragraphs in other outlets' styles (Reuters, TASS,
  Asbarez, Eurasianet, AP, RFE/RL, OC Media); rows with kind ``none`` are paragraphs that
  hold no statement (they count only through precision).

* ``tests/data/heldout_statements.csv``: 40 short articles in 20 outlets' styles, labelled
  blind to the rules; a development set since 2026-11-25 (see its test).
* ``tests/data/heldout3_statements.csv``: 30 full-length articles in 30 outlets' styles,
  labelled blind to the rules; a development set since 2026-11-25 (see its test).
* ``tests/data/heldout4_statements.csv``: 45 undated news items in 45 outlets' styles,
  labelled blind to the rules; a development set since 2026-11-25 (see its test).

The thresholds sit just below the measured values, so a regression fails. The outlet
snippets have no publication date, so dated role nouns ("the Russian leader") stay
unresolved there unless the snippet names one of the role's actors (speaker None): that
is most of the attribution gap.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from cscaucasus.evaluate import evaluate_statements, normalise, statements_for_texts

DATA = Path(__file__).resolve().parent / "data"


def read(name: str) -> pd.DataFrame:
    path = DATA / name
    if not path.is_file():
        pytest.skip(f"{name} not present")
    return pd.read_csv(path, keep_default_na=False, dtype=str)


def test_seed_gold(seed_corpus):
    gold = read("statements_gold.csv")
    result = evaluate_statements(seed_corpus.statements, gold)
    assert result["n_gold"] == len(gold)
    assert result["precision"] >= 0.98
    assert result["recall"] >= 0.96
    assert result["f1"] >= 0.98
    assert result["attribution_accuracy"] >= 0.98
    assert result["kind_accuracy"] >= 0.98


def test_outlets():
    cases = read("statements_outlets.csv")
    texts = dict(cases.groupby("article_id")["text"].first())
    predicted = statements_for_texts(texts)
    result = evaluate_statements(predicted, cases[cases["kind"] != "none"])
    assert result["precision"] >= 0.97
    assert result["recall"] >= 0.99
    assert result["f1"] >= 0.98
    assert result["attribution_accuracy"] >= 0.86


def test_heldout_development_set():
    """``heldout_statements.csv`` became a development set on 2026-11-25, after its blind
    first run scored P 0.895 R 0.654 F1 0.756 speaker 0.627; its figures are no longer an
    estimate for unseen outlets (``heldout2_*`` is the blind set now)."""
    cases = read("heldout_statements.csv")
    texts = dict(cases.groupby("article_id")["text"].first())
    predicted = statements_for_texts(texts)
    result = evaluate_statements(predicted, cases[cases["kind"] != "none"])
    assert result["precision"] >= 0.99
    assert result["recall"] >= 0.95
    assert result["f1"] >= 0.97
    assert result["attribution_accuracy"] >= 0.97
    assert result["kind_accuracy"] >= 0.99


def test_heldout3_development_set():
    """``heldout3_statements.csv`` (30 full-length articles in 30 outlets' styles): its
    blind first run on 2026-11-25 scored P 0.979 R 0.899 F1 0.938 speaker 0.790; then a
    development set for speaker attribution (pronouns after narrative sentences, printed
    names, institutions, capitals), so its figures are no longer an estimate for unseen
    outlets."""
    cases = read("heldout3_statements.csv")
    texts = dict(cases.groupby("article_id")["text"].first())
    predicted = statements_for_texts(texts)
    result = evaluate_statements(predicted, cases[cases["kind"] != "none"])
    assert result["precision"] >= 0.99
    assert result["recall"] >= 0.97
    assert result["f1"] >= 0.98
    assert result["attribution_accuracy"] >= 0.97
    assert result["kind_accuracy"] >= 0.99


def test_heldout4_development_set():
    """``heldout4_statements.csv`` (45 undated news items in 45 outlets' styles): its
    blind first run on 2026-11-25 scored P 0.960 R 0.866 F1 0.911 speaker 0.876; then a
    development set (more reporting verbs and appeals, unnamed persons, sentence-final
    "according to", "the statement said", subjects that refer back resolved once every
    quote is known), so its figures are no longer an estimate for unseen outlets. The
    one speaker left wrong is a naming convention ("Khachatrian" printed, "Khachatryan"
    labelled) the text cannot give."""
    cases = read("heldout4_statements.csv")
    texts = dict(cases.groupby("article_id")["text"].first())
    predicted = statements_for_texts(texts)
    result = evaluate_statements(predicted, cases[cases["kind"] != "none"])
    assert result["precision"] >= 0.99
    assert result["recall"] >= 0.99
    assert result["f1"] >= 0.99
    assert result["attribution_accuracy"] >= 0.98
    assert result["kind_accuracy"] >= 0.99


def test_evaluator_counts_and_matching():
    predicted = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "speaker": ["Zas", None, "Putin"],
            "kind": ["direct", "indirect", "direct"],
            "text": ["We are ready to act now", "the talks went well", "Nothing to add"],
        }
    )
    gold = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "speaker": ["Zas", "", "Lavrov"],
            "kind": ["direct", "indirect", "direct"],
            "first_words": ["We are ready", "the talks", "Something else"],
            "last_words": ["act now.", "went well", "entirely,"],
        }
    )
    r = evaluate_statements(predicted, gold)
    assert (r["n_matched"], r["n_predicted"], r["n_gold"]) == (2, 3, 3)
    assert r["precision"] == pytest.approx(2 / 3)
    assert r["recall"] == pytest.approx(2 / 3)
    assert r["attribution_accuracy"] == 1.0  # None matches an empty gold speaker
    assert r["unmatched_gold"]["first_words"].tolist() == ["Something else"]
    assert r["unmatched_predicted"]["text"].tolist() == ["Nothing to add"]


def test_evaluator_one_to_one():
    predicted = pd.DataFrame(
        {"article_id": ["a"], "speaker": ["X"], "kind": ["direct"], "text": ["one two three"]}
    )
    gold = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "speaker": ["X", "X"],
            "kind": ["direct", "direct"],
            "first_words": ["one", "one"],
            "last_words": ["three", "three"],
        }
    )
    r = evaluate_statements(predicted, gold)
    assert r["n_matched"] == 1 and r["recall"] == 0.5 and r["precision"] == 1.0


def test_normalise():
    assert normalise("“Ready,” he SAID — Azerbaijan’s") == "ready he said azerbaijans"
    assert normalise(None) == ""


def test_statements_for_texts_runs_the_pipeline():
    s = statements_for_texts({"x": "“We will act,” Putin said."}, {"x": "2022-01-01"})
    assert s[["speaker", "kind", "text"]].values.tolist() == [
        ["Vladimir Putin", "direct", "We will act"]
    ]
