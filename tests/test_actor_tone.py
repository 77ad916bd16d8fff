"""Tests for cscaucasus.analysis.actor_tone: aggregation with bootstrap intervals, words, plots."""

from __future__ import annotations

import math

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")

from cscaucasus import sentiment  # noqa: E402
from cscaucasus.analysis import actor_tone as analysis  # noqa: E402
from cscaucasus.analysis.actor_tone import (  # noqa: E402
    bootstrap_ci,
    plot_actor_target_heatmap,
    plot_sentiment_by_actor,
    sentiment_by_actor,
    sentiment_by_actor_month,
    sentiment_by_actor_target,
    top_words,
)
from cscaucasus.schema import typed  # noqa: E402


def make_statements(rows: list[tuple]) -> pd.DataFrame:
    """Statements from (article_id, speaker, text, targets, compound) tuples."""
    frame = pd.DataFrame(rows, columns=["article_id", "speaker", "text", "targets", "compound"])
    frame["statement_id"] = [f"s{i}" for i in range(len(frame))]
    frame["paragraph_id"] = range(len(frame))
    frame["start"] = [10 * i for i in range(len(frame))]
    frame["end"] = frame["start"] + 5
    return typed(frame, "statements")


THREE = make_statements(
    [
        ("a1", "Nikol Pashinyan", "x", ["CSTO"], 0.0),
        ("a1", "Nikol Pashinyan", "x", ["CSTO", "Russia"], 0.3),
        ("a2", "Nikol Pashinyan", "x", [], 0.9),
        ("a2", "Stanislav Zas", "x", ["Armenia"], -0.5),
        ("a2", None, "x", ["CSTO"], 0.8),  # unresolved speaker: left out
        ("a2", "Stanislav Zas", None, ["Armenia"], None),  # unscored: left out
    ]
)


def test_sentiment_by_actor_hand_computed():
    table = sentiment_by_actor(THREE)
    assert list(table.columns) == ["speaker", "n", "mean", "ci_low", "ci_high", "small_sample"]
    assert table.speaker.tolist() == ["Nikol Pashinyan", "Stanislav Zas"]
    assert table.n.tolist() == [3, 1]
    assert table["mean"].tolist() == pytest.approx([0.4, -0.5])
    # Resampling [0, 0.3, 0.9]: the all-0 and all-0.9 resamples each have probability
    # 1/27 = 3.7% > 2.5%, so the percentile interval is exactly (0, 0.9).
    assert (table.ci_low[0], table.ci_high[0]) == (0.0, 0.9)
    # one statement: no interval
    assert math.isnan(table.ci_low[1]) and math.isnan(table.ci_high[1])
    assert table.small_sample.tolist() == [True, True]
    assert sentiment_by_actor(THREE, min_n=3).small_sample.tolist() == [False, True]
    assert str(table.n.dtype) == "int64" and str(table.small_sample.dtype) == "bool"


def test_bootstrap_interval_hand_computed():
    # Resampling [0, 0, 0, 1]: the mean is k/4 with k ~ Binomial(4, 1/4);
    # P(k=0) = 0.316 > 2.5%, and P(k<=2) = 0.949 < 97.5% <= P(k<=3) = 0.996,
    # so the interval is (0, 0.75) around the mean 0.25.
    assert bootstrap_ci(np.array([0.0, 0.0, 0.0, 1.0])) == (0.0, 0.75)
    assert bootstrap_ci(np.array([0.2, 0.6])) == (0.2, 0.6)  # 1/4 each way
    assert bootstrap_ci(np.array([0.5, 0.5, 0.5])) == (0.5, 0.5)
    assert all(math.isnan(v) for v in bootstrap_ci(np.array([0.7])))
    assert all(math.isnan(v) for v in bootstrap_ci(np.array([])))


def test_bootstrap_is_deterministic_and_seeded():
    values = np.linspace(-1, 1, 40) ** 3
    assert bootstrap_ci(values, seed=1) == bootstrap_ci(values, seed=1)
    assert bootstrap_ci(values, seed=1) != bootstrap_ci(values, seed=2)
    low, high = bootstrap_ci(values, seed=1)
    assert low < values.mean() < high


def test_group_interval_does_not_depend_on_other_groups():
    alone = sentiment_by_actor(THREE[THREE.speaker == "Nikol Pashinyan"], n_boot=500, seed=3)
    together = sentiment_by_actor(THREE, n_boot=500, seed=3)
    assert alone.iloc[0].tolist() == together.iloc[0].tolist()


def test_sentiment_by_actor_target_explodes_targets():
    table = sentiment_by_actor_target(THREE)
    assert list(table.columns) == [
        "speaker",
        "target",
        "n",
        "mean",
        "ci_low",
        "ci_high",
        "small_sample",
    ]
    got = table[["speaker", "target", "n"]].values.tolist()
    assert got == [
        ["Nikol Pashinyan", "CSTO", 2],
        ["Nikol Pashinyan", "Russia", 1],
        ["Stanislav Zas", "Armenia", 1],
    ]
    assert table["mean"].tolist() == pytest.approx([0.15, 0.3, -0.5])
    # [0, 0.3]: each extreme resample has probability 1/4
    assert (table.ci_low[0], table.ci_high[0]) == (0.0, 0.3)


def test_sentiment_by_actor_month():
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "published": pd.to_datetime(["2024-02-28 23:00", None]),
        }
    )
    table = sentiment_by_actor_month(THREE, articles)
    assert list(table.columns) == [
        "speaker",
        "month",
        "n",
        "mean",
        "ci_low",
        "ci_high",
        "small_sample",
    ]
    assert table.speaker.tolist() == ["Nikol Pashinyan"]  # a2 has no date
    assert table.month.tolist() == [pd.Timestamp("2024-02-01")]
    assert table.n.tolist() == [2]
    assert table["mean"].tolist() == pytest.approx([0.15])
    assert str(table.month.dtype) == "datetime64[ns]"


def test_empty_input_gives_empty_typed_tables():
    empty = typed(pd.DataFrame(), "statements")
    assert sentiment_by_actor(empty).empty
    assert list(sentiment_by_actor_target(empty).columns)[:2] == ["speaker", "target"]
    articles = pd.DataFrame(
        {"article_id": pd.Series(dtype="string"), "published": pd.Series(dtype="datetime64[ns]")}
    )
    assert sentiment_by_actor_month(empty, articles).empty
    words = top_words(empty)
    assert words.empty and list(words.columns) == ["speaker", "word", "contribution", "count"]


def test_top_words_hand_computed():
    texts = [
        ("Nikol Pashinyan", "The bloc's inaction is a failure."),
        ("Nikol Pashinyan", "We want peace."),
        ("Stanislav Zas", "Cooperation is good, the alliance said."),
    ]
    statements = sentiment.score_statements(
        make_statements([("a1", s, t, [], None) for s, t in texts])
    )
    table = top_words(statements, n=5)
    assert list(table.columns) == ["speaker", "word", "contribution", "count"]
    # Pashinyan, statement 1: inaction -1.0, failure -2.3 (raw sum -3.3)
    c1 = -3.3 / math.sqrt(3.3**2 + 15)
    # statement 2: want +0.3, peace +2.5 (raw sum 2.8)
    c2 = 2.8 / math.sqrt(2.8**2 + 15)
    expected = {
        "peace": c2 * 2.5 / 2.8 / 2,
        "failure": c1 * -2.3 / -3.3 / 2,
        "inaction": c1 * -1.0 / -3.3 / 2,
        "want": c2 * 0.3 / 2.8 / 2,
    }
    pashinyan = table[table.speaker == "Nikol Pashinyan"]
    assert pashinyan.word.tolist() == ["peace", "failure", "inaction", "want"]
    assert pashinyan.contribution.tolist() == pytest.approx(list(expected.values()))
    assert pashinyan["count"].tolist() == [1, 1, 1, 1]
    # a speaker's contributions add up to the speaker's mean compound (before rounding)
    mean = sentiment_by_actor(statements).set_index("speaker")["mean"]
    assert pashinyan.contribution.sum() == pytest.approx(mean["Nikol Pashinyan"], abs=1e-4)
    zas = table[table.speaker == "Stanislav Zas"]
    assert zas.word.tolist() == ["good", "cooperation"]  # 1.9 and 1.6
    assert top_words(statements, n=1).word.tolist() == ["peace", "good"]
    # without the domain lexicon "cooperation" (domain, +1.6) is not a word of the score
    assert top_words(statements, domain=False).query(
        "speaker == 'Stanislav Zas'"
    ).word.tolist() == ["good"]


def test_plots_draw_intervals_labels_and_small_samples():
    table = sentiment_by_actor(THREE)
    ax = plot_sentiment_by_actor(table)
    labels = [t.get_text() for t in ax.texts]
    assert labels == ["n=3, small", "n=1, small"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Nikol Pashinyan", "Stanislav Zas"]
    heat = plot_actor_target_heatmap(sentiment_by_actor_target(THREE))
    texts = sorted(t.get_text() for t in heat.texts)
    assert texts == ["+0.15\nn=2", "+0.30\nn=1", "-0.50\nn=1"]  # small samples: hatched
    assert len([p for p in heat.patches if p.get_hatch() == "//"]) == 3
    empty = typed(pd.DataFrame(), "statements")
    assert plot_sentiment_by_actor(sentiment_by_actor(empty)) is not None
    assert plot_actor_target_heatmap(sentiment_by_actor_target(empty)) is not None
    import matplotlib.pyplot as plt

    plt.close("all")


def test_public_names():
    assert set(analysis.__all__) >= {
        "sentiment_by_actor",
        "sentiment_by_actor_target",
        "sentiment_by_actor_month",
        "top_words",
        "plot_sentiment_by_actor",
        "plot_actor_target_heatmap",
    }


def test_docstring_examples():
    import doctest

    result = doctest.testmod(analysis)
    assert result.attempted > 0 and result.failed == 0


def test_bootstrap_batches_do_not_change_the_interval(monkeypatch):
    values = np.linspace(-1, 1, 50) ** 3
    whole = bootstrap_ci(values, n_boot=300, seed=4)
    monkeypatch.setattr(analysis, "BOOTSTRAP_BATCH_DRAWS", 7 * len(values))  # 7 per batch
    assert bootstrap_ci(values, n_boot=300, seed=4) == whole


def test_plots_keep_the_most_quoted_when_there_are_many_speakers():
    import matplotlib.pyplot as plt

    rows = [
        {"speaker": f"Speaker {i:02d}", "target": f"Target {i % 7}", "n": 40 - i, "mean": 0.1}
        for i in range(40)
    ]
    heat_table = pd.DataFrame(rows).assign(small_sample=False)
    heat = plot_actor_target_heatmap(heat_table, top=5)
    assert [t.get_text() for t in heat.get_yticklabels()] == [f"Speaker {i:02d}" for i in range(5)]
    assert "5 of 40 speakers" in heat.get_title()
    table = pd.DataFrame(
        {
            "speaker": [f"Speaker {i:02d}" for i in range(40)],
            "n": list(range(40, 0, -1)),
            "mean": 0.2,
            "ci_low": 0.1,
            "ci_high": 0.3,
            "small_sample": False,
        }
    )
    bars = plot_sentiment_by_actor(table, top=10)
    assert len(bars.get_yticklabels()) == 10
    assert bars.get_title() == "the 10 of 40 speakers with the most statements"
    plt.close("all")


@pytest.mark.parametrize("size", [3, 12, 20])
def test_heat_map_labels_are_readable_and_fit_their_cells(size: int):
    """At the notebooks' 110 dpi: labels of 8-10 points inside their cells, the figure no
    wider than a report page (so the page does not shrink it), the score on the bar."""
    import matplotlib.pyplot as plt

    rows = [
        {"speaker": f"National Security Service {i:02d}", "n": 900 + 40 * i + j,
         "target": f"Collective Security Council {j:02d}",
         "mean": -0.99 + 0.09 * ((i + j) % 23), "small_sample": (i + j) % 5 == 0}
        for i in range(size) for j in range(size)
    ]  # fmt: skip
    table = pd.DataFrame(rows)
    table.attrs["score"] = "tone"
    with plt.rc_context({"figure.dpi": 110}):
        ax = plot_actor_target_heatmap(table, top=20)
        plt.tight_layout()
        ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    assert ax.figure.get_figwidth() <= 11.0
    cell = ax.get_window_extent(renderer).width / min(size, 20)
    for text in ax.texts:
        assert 8 <= text.get_fontsize() <= 10
        assert text.get_window_extent(renderer).width <= cell, text.get_text()
    assert ax.figure.axes[-1].get_ylabel() == "mean validated tone"
    plt.close("all")


def test_an_empty_chart_says_why_and_draws_no_scale():
    empty = typed(pd.DataFrame(), "statements")
    for ax in (
        plot_sentiment_by_actor(sentiment_by_actor(empty)),
        plot_actor_target_heatmap(sentiment_by_actor_target(empty)),
    ):
        assert not ax.axison
        assert "in this selection" in " ".join(t.get_text() for t in ax.texts)
