"""The merged timeline table and the timeline figure."""

from __future__ import annotations

import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import cscaucasus as cs  # noqa: E402
from cscaucasus.analysis import chronology, plot_timeline  # noqa: E402
from cscaucasus.schema import typed  # noqa: E402

COLUMNS = [
    "cluster_id",
    "date",
    "precision",
    "description",
    "actors",
    "sources",
    "outlets",
    "count",
    "stories",
    "date_text",
]


def corpus_of(events: list[dict], outlets: dict[str, str]) -> cs.Corpus:
    articles = typed(
        pd.DataFrame({"article_id": list(outlets), "outlet": list(outlets.values())}), "articles"
    )
    return cs.Corpus(articles=articles, events=typed(pd.DataFrame(events), "events"))


def event(event_id, article_id, date, precision, date_text, description, actors, cluster_id):
    return {
        "event_id": event_id,
        "article_id": article_id,
        "sentence_id": 0,
        "date": pd.Timestamp(date) if date else pd.NaT,
        "precision": precision,
        "date_text": date_text,
        "description": description,
        "actors": actors,
        "cluster_id": cluster_id,
        "start": 0,
        "end": len(date_text),
    }


def test_chronology_merges_clusters_and_sorts_by_date() -> None:
    corpus = corpus_of(
        [
            event(
                "b:e000",
                "b",
                "2022-11-23",
                "day",
                "November 23",
                "The summit opened in Yerevan",
                ["CSTO"],
                "c20221123-x",
            ),
            event(
                "a:e000",
                "a",
                "2022-11-01",
                "month",
                "last month",
                "A CSTO session in Yerevan drafted a declaration",
                ["CSTO", "Nikol Pashinyan"],
                "c20221123-x",
            ),
            event(
                "a:e001",
                "a",
                "2022-11-23",
                "day",
                "on Wednesday",
                "Pashinyan refused to sign at the summit in Yerevan",
                ["Nikol Pashinyan"],
                "c20221123-x",
            ),
            event(
                "a:e002",
                "a",
                "2022-09-13",
                "day",
                "September 13",
                "Azerbaijan attacked Armenia",
                ["Azerbaijan"],
                "c20220913-y",
            ),
            event("c:e000", "c", None, "day", "on Monday", "Zas spoke", [], None),
        ],
        {"a": "Asbarez", "b": "CivilNet", "c": "TASS"},
    )
    table = chronology(corpus)
    assert list(table.columns) == COLUMNS
    assert table.cluster_id.tolist() == ["c20220913-y", "c20221123-x"]
    summit = table.iloc[1]
    assert summit.date == pd.Timestamp("2022-11-23") and summit.precision == "day"
    assert summit.sources == ["a", "b"] and summit.outlets == ["Asbarez", "CivilNet"]
    assert summit["count"] == summit["stories"] == 2  # (no stories: every article its own)
    assert summit.actors == ["CSTO", "Nikol Pashinyan"]
    assert summit.date_text == ["last month", "on Wednesday", "November 23"]  # event order
    # the day-precision report sharing most keywords with the others, shortest on ties
    assert summit.description == "The summit opened in Yerevan"
    assert table["count"].dtype == "int64"


def test_chronology_of_an_empty_corpus_has_the_columns() -> None:
    table = chronology(cs.Corpus())
    assert list(table.columns) == COLUMNS and len(table) == 0


def test_seed_chronology(seed_corpus) -> None:
    table = chronology(seed_corpus)
    assert table.date.is_monotonic_increasing
    summit = table[table.date == "2022-11-23"].iloc[0]
    assert summit["count"] == 3
    assert set(summit.outlets) == {"Asbarez", "Caucasus Watch", "Horizon Weekly"}
    assert table["count"].max() == 3
    assert table.cluster_id.is_unique


def synthetic_chronology(n: int) -> pd.DataFrame:
    dates = pd.date_range("2020-01-01", periods=n, freq="9D")
    # bunch some dates together, as real timelines do (several happenings a week)
    dates = dates.where(dates.day_of_year % 3 != 0, dates - pd.Timedelta(days=7))
    return pd.DataFrame(
        {
            "cluster_id": [f"c{i:03d}" for i in range(n)],
            "date": dates,
            "precision": ["day"] * n,
            "description": [
                f"Happening number {i} with a deliberately long description of what occurred"
                for i in range(n)
            ],
            "actors": [[["CSTO"], ["Nikol Pashinyan"], []][i % 3] for i in range(n)],
            "sources": [["a"]] * n,
            "outlets": [["X"]] * n,
            "count": [1 + i % 4 for i in range(n)],
            "stories": [1] * n,
            "date_text": [["x"]] * n,
        }
    ).sort_values("date", kind="stable")


def label_boxes(ax: plt.Axes) -> list:
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in ax.texts]


@pytest.mark.parametrize("color_by", ["count", "actor"])
def test_timeline_labels_do_not_overlap(color_by: str) -> None:
    chron = synthetic_chronology(36)
    ax = plot_timeline(chron, color_by=color_by, max_label_chars=50)
    boxes = label_boxes(ax)
    assert len(boxes) == 36
    overlaps = [
        (i, j) for (i, a), (j, b) in itertools.combinations(enumerate(boxes), 2) if a.overlaps(b)
    ]
    assert overlaps == []
    labels = [t.get_text() for t in ax.texts]
    assert all(len(label.split(" (")[0]) <= 50 for label in labels)
    assert labels[0].startswith(chron.date.iloc[0].strftime("%d %b %Y"))
    plt.close(ax.figure)


def test_timeline_of_many_happenings_keeps_the_most_reported_in_date_order() -> None:
    chron = synthetic_chronology(100)  # counts cycle 1, 2, 3, 4
    ax = plot_timeline(chron, top=20)
    labels = [t.get_text() for t in ax.texts]
    assert len(labels) == 20 and all(label.endswith("(4)") for label in labels)
    kept = chron[chron["count"] == 4].head(20)
    assert labels[0].startswith(kept.date.iloc[0].strftime("%d %b %Y"))
    assert ax.get_title() == "Chronology: the 20 most reported of 100 happenings"
    plt.close(ax.figure)


def test_timeline_colours_by_count_and_by_actor() -> None:
    chron = synthetic_chronology(6)
    ax = plot_timeline(chron, color_by="count")
    colours = ax.collections[-1].get_facecolors()
    assert len({tuple(c) for c in colours}) == chron["count"].nunique()
    plt.close(ax.figure)
    ax = plot_timeline(chron, color_by="actor")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["(no actor)", "CSTO", "Nikol Pashinyan"]
    plt.close(ax.figure)


def test_timeline_of_the_seeds_and_of_nothing(seed_corpus) -> None:
    fig, ax = plt.subplots()
    assert plot_timeline(chronology(cs.Corpus()), ax=ax) is ax
    plt.close(fig)
    table = chronology(seed_corpus)
    ax = plot_timeline(table)
    assert len(ax.texts) == len(table)
    plt.close(ax.figure)
    with pytest.raises(ValueError, match="color_by"):
        plot_timeline(table, color_by="tone")
