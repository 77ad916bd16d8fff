"""Statement frequency: counts per actor, outlet, article, month; shares; speaker × target."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from cscaucasus.analysis import frequency as fq  # noqa: E402
from cscaucasus.schema import empty_table, typed  # noqa: E402


@pytest.fixture
def statements() -> pd.DataFrame:
    rows = [
        ("a1", "Nikol Pashinyan", "direct", ["CSTO", "Vladimir Putin"]),
        ("a1", "Nikol Pashinyan", "indirect", ["CSTO"]),
        ("a1", "Vladimir Putin", "direct", ["Nikol Pashinyan", "Vladimir Putin"]),
        ("a2", "Vladimir Putin", "indirect", ["CSTO"]),
        ("a2", "Nikol Pashinyan", "direct", []),
        ("a3", None, "direct", ["CSTO"]),
        ("a3", "CSTO", "indirect", ["Armenia"]),
    ]
    df = pd.DataFrame(rows, columns=["article_id", "speaker", "kind", "targets"])
    return typed(df.assign(paragraph_id=0, start=0, end=1), "statements")


@pytest.fixture
def articles() -> pd.DataFrame:
    return typed(
        pd.DataFrame(
            {
                "article_id": ["a1", "a2", "a3"],
                "outlet": ["Asbarez", "TASS", "Asbarez"],
                "published": [pd.Timestamp("2022-11-23"), pd.Timestamp("2022-12-01"), pd.NaT],
            }
        ),
        "articles",
    )


def test_statements_per_actor(statements):
    got = fq.statements_per_actor(statements)
    assert got.to_dict("list") == {
        "speaker": ["Nikol Pashinyan", "Vladimir Putin", "CSTO"],
        "statements": [3, 2, 1],
        "direct": [2, 1, 0],
        "indirect": [1, 1, 1],
        "direct_share": [2 / 3, 0.5, 0.0],
    }


def test_statements_by_outlet_and_article(statements, articles):
    by_outlet = fq.statements_by(statements, articles, per="outlet")
    assert list(by_outlet.itertuples(index=False, name=None)) == [
        ("CSTO", "Asbarez", 1),
        ("Nikol Pashinyan", "Asbarez", 2),
        ("Nikol Pashinyan", "TASS", 1),
        ("Vladimir Putin", "Asbarez", 1),
        ("Vladimir Putin", "TASS", 1),
    ]
    by_article = fq.statements_by(statements, articles, per="article_id")
    assert by_article["statements"].sum() == 6
    with pytest.raises(ValueError, match="per must be one of outlet, article_id, month"):
        fq.statements_by(statements, articles, per="author")


def test_statements_per_month_drops_undated(statements, articles):
    got = fq.statements_per_month(statements, articles)
    assert [(str(m), s, n) for m, s, n in got.itertuples(index=False, name=None)] == [
        ("2022-11", "Nikol Pashinyan", 2),
        ("2022-11", "Vladimir Putin", 1),
        ("2022-12", "Nikol Pashinyan", 1),
        ("2022-12", "Vladimir Putin", 1),
    ]


def test_direct_indirect_share(statements):
    got = fq.direct_indirect_share(statements)
    assert list(got.itertuples(index=False, name=None)) == [
        ("CSTO", "direct", 0, 0.0),
        ("CSTO", "indirect", 1, 1.0),
        ("Nikol Pashinyan", "direct", 2, 2 / 3),
        ("Nikol Pashinyan", "indirect", 1, 1 / 3),
        ("Vladimir Putin", "direct", 1, 0.5),
        ("Vladimir Putin", "indirect", 1, 0.5),
    ]


def test_who_talks_about_whom_excludes_self_and_unknown_speakers(statements):
    got = fq.who_talks_about_whom(statements)
    assert list(got.itertuples(index=False, name=None)) == [
        ("Nikol Pashinyan", "CSTO", 2),
        ("CSTO", "Armenia", 1),
        ("Nikol Pashinyan", "Vladimir Putin", 1),
        ("Vladimir Putin", "CSTO", 1),
        ("Vladimir Putin", "Nikol Pashinyan", 1),
    ]


def test_inputs_are_not_modified(statements, articles):
    before = statements.copy()
    fq.statements_per_actor(statements)
    fq.who_talks_about_whom(statements)
    fq.statements_by(statements, articles, per="month")
    pd.testing.assert_frame_equal(statements, before)


def test_empty_input(articles):
    empty = empty_table("statements")
    assert fq.statements_per_actor(empty).empty
    assert list(fq.statements_per_actor(empty).columns) == [
        "speaker",
        "statements",
        "direct",
        "indirect",
        "direct_share",
    ]
    assert fq.statements_by(empty, articles, per="month").empty
    assert fq.statements_per_month(empty, articles).empty
    assert fq.direct_indirect_share(empty).empty
    assert list(fq.who_talks_about_whom(empty).columns) == ["speaker", "target", "statements"]
    assert fq.plot_statements_per_actor(empty) is not None


def test_plot_statements_per_actor(statements):
    ax = fq.plot_statements_per_actor(statements, top=2)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Vladimir Putin", "Nikol Pashinyan"]  # most quoted at the top
    assert len(ax.patches) == 4  # direct and indirect bars for two speakers
    assert sorted(t.get_text() for t in ax.texts) == [" n=2", " n=3"]


def test_all_names_exported():
    assert set(fq.__all__) == {
        "compare_counts",
        "most_corroborated",
        "statements_per_actor",
        "statements_by",
        "statements_per_month",
        "direct_indirect_share",
        "who_talks_about_whom",
        "plot_statements_per_actor",
        "in_headline",
    }


def test_seed_counts(seed_corpus):
    got = fq.statements_per_actor(seed_corpus.statements)
    body = seed_corpus.statements[~seed_corpus.statements["in_headline"]]
    assert got["statements"].sum() == body["speaker"].notna().sum()  # headlines not again
    # the rules find 18 statements by Pashinyan and 17 each by Zas and Putin in the seeds,
    # each ", adding that …" clause and "“…,” Pashinyan noted, calling this the main
    # failure" a statement of its own, as the hand-labelled tests/data/statements_gold.csv
    # counts them (18, 17, 17); ties sort by name
    top = got.head(3)[["speaker", "statements"]].values.tolist()
    assert top == [["Nikol Pashinyan", 18], ["Stanislav Zas", 17], ["Vladimir Putin", 17]]
