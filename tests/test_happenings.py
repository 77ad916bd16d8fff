"""Happenings: the events of a story's copies are one cluster (``events.cluster_id``)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import cscaucasus as cs
from cscaucasus import cli, happenings
from cscaucasus.analysis import chronology
from cscaucasus.build import build, read_corpus
from cscaucasus.schema import typed

ROOT = Path(__file__).resolve().parents[1]


def event(event_id, article_id, date, date_text, description, period_cluster) -> dict:
    return {
        "event_id": event_id,
        "article_id": article_id,
        "sentence_id": 0,
        "date": pd.Timestamp(date),
        "precision": "day",
        "date_text": date_text,
        "description": description,
        "actors": ["CSTO"],
        "period_cluster": period_cluster,
        "start": 0,
        "end": len(date_text),
    }


def test_copies_of_a_story_are_one_happening_with_every_copy_as_a_source() -> None:
    """A late repost's "yesterday" is a day later, and the clustering of events split it
    from its original; ``cluster_id`` follows the story. An event of the copy with
    other words, and an independent article's event, stay apart; the chronology reads
    the column."""
    events = typed(pd.DataFrame([
        event("a:e0", "a", "2022-11-22", "yesterday", "The CSTO summit opened in Yerevan",
              "c20221122-x"),
        event("a:e1", "a", "2022-11-21", "on Monday", "Armenia refused to sign the declaration",
              "c20221121-w"),
        event("b:e0", "b", "2022-11-23", "Yesterday", "The CSTO summit session opened in Yerevan",
              "c20221123-y"),
        event("b:e1", "b", "2022-11-21", "on Monday", "Zas met Pashinyan in Moscow",
              "c20221121-z"),
        event("c:e0", "c", "2022-11-23", "yesterday", "The CSTO summit opened in Yerevan",
              "c20221123-y"),
    ]), "events")  # fmt: skip
    articles = typed(
        pd.DataFrame(
            {
                "article_id": ["a", "b", "c"],
                "outlet": ["TASS", "news.am", "Armenpress"],
                "published": pd.to_datetime(["2022-11-23", "2022-11-24", "2022-11-24"]),
                "story_id": ["a", "a", "c"],
            }
        ),
        "articles",
    )
    linked = happenings.link(events, articles)
    assert linked.cluster_id.tolist() == [
        "c20221122-x", "c20221121-w", "c20221122-x", "c20221121-z", "c20221123-y",
    ]  # fmt: skip
    assert linked.period_cluster.equals(events.period_cluster)  # the clustering stays visible
    table = chronology(cs.Corpus(articles=articles, events=linked)).set_index("cluster_id")
    assert table.loc["c20221122-x", "sources"] == ["a", "b"]
    assert table.loc["c20221122-x", ["count", "stories"]].tolist() == [2, 1]
    assert table.loc["c20221122-x", "outlets"] == ["TASS", "news.am"]
    assert table.loc["c20221122-x", "date"] == pd.Timestamp("2022-11-22")
    assert table.loc["c20221123-y", "sources"] == ["c"]  # not a copy: its own report
    assert sorted(table.index) == ["c20221121-w", "c20221121-z", "c20221122-x", "c20221123-y"]
    evidence = cs.analysis.event_evidence(cs.Corpus(articles=articles, events=linked))
    evidence = evidence.set_index("article_id").loc["b"].set_index("date_text")
    assert evidence.cluster_id.to_dict() == {
        "Yesterday": "c20221122-x",
        "on Monday": "c20221121-z",
    }
    alone = articles.assign(story_id=pd.array(["a", "b", "c"], dtype="string"))
    assert happenings.link(events, alone).cluster_id.tolist() == events.period_cluster.tolist()


def test_the_same_words_and_date_expression_at_another_date_are_another_happening() -> None:
    """A "November 23" resolved to another year in a copy a day late is not the
    original's event; the same date a day later in a repost a day late is (a relative
    expression moves with its article)."""
    events = pd.DataFrame(
        {
            "event_id": ["a:e0", "b:e0", "c:e0"],
            "article_id": ["a", "b", "c"],
            "date": pd.to_datetime(["2022-11-23", "2019-11-23", "2022-11-24"]),
            "precision": ["day"] * 3,
            "date_text": ["November 23", "November 23", "november 23"],
            "description": ["The CSTO summit opened in Yerevan"] * 3,
            "period_cluster": pd.array(["c1", "c2", "c3"], dtype="string"),
        }
    )
    published = pd.to_datetime(["2022-11-24", "2022-11-25", "2022-11-25"])
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "story_id": ["a"] * 3,
                             "published": published})  # fmt: skip
    assert happenings.follow_stories(events, articles).tolist() == ["c1", "c2", "c1"]
    undated = articles.assign(published=pd.to_datetime([None] * 3))  # no delay known
    assert happenings.follow_stories(events, undated).tolist() == ["c1", "c2", "c3"]


def test_an_event_without_a_period_cluster_or_description_is_left_as_it_is() -> None:
    events = pd.DataFrame(
        {
            "event_id": ["a:e0", "b:e0", "b:e1"],
            "article_id": ["a", "b", "b"],
            "date": pd.to_datetime([None, None, "2022-11-23"]),
            "precision": [None, None, "day"],
            "date_text": ["a day later", "a day later", "today"],
            "description": [None, None, "Talks"],
            "period_cluster": pd.array([None, None, "c1"], dtype="string"),
        }
    )
    articles = pd.DataFrame(
        {"article_id": ["a", "b"], "story_id": ["a", "a"], "published": pd.to_datetime([None] * 2)}
    )
    assert happenings.follow_stories(events, articles).tolist() == [pd.NA, pd.NA, "c1"]


WORDS = ["summit", "border", "mission", "treaty", "troops", "talks"]


@st.composite
def corpora(draw) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Articles in a few stories and their events (few date expressions and words, so
    that copies' events match often)."""
    n = draw(st.integers(1, 7))
    story = [f"s{draw(st.integers(0, 2))}" for _ in range(n)]
    days = [draw(st.sampled_from(["2022-11-23", "2022-11-24", None])) for _ in range(n)]
    ids = [f"a{i}" for i in range(n)]
    published = pd.to_datetime(days)
    articles = pd.DataFrame({"article_id": ids, "story_id": story, "published": published})
    rows = []
    for i in range(n):
        for k in range(draw(st.integers(0, 3))):
            words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3))
            date = pd.Timestamp(draw(st.sampled_from(["2022-11-22", "2022-11-23", "2019-11-23"])))
            date_text = draw(st.sampled_from(["yesterday", "in May"]))
            cluster = draw(st.sampled_from(["c1", "c2", "c3", None]))
            rows.append((f"a{i}:e{k}", f"a{i}", date, "day", date_text, " ".join(words), cluster))
    events = pd.DataFrame(rows, columns=list(happenings.EVENT_COLUMNS))
    events["period_cluster"] = events["period_cluster"].astype("string")
    return articles, events


@settings(max_examples=40, deadline=None)
@given(before=corpora(), data=st.data())
def test_following_again_where_a_change_reaches_is_following_everything(before, data) -> None:
    """Change some period clusters and move some articles to other stories: following
    again only the events :func:`happenings.to_follow` picks, and keeping the others'
    earlier clusters (:func:`happenings.update`), gives what following every event
    gives; and the clusters do not depend on the order of the rows."""
    articles, events = before
    earlier = happenings.follow_stories(events, articles).to_numpy(object, na_value=None)
    new_articles = articles.copy()
    stories = new_articles["story_id"].tolist()
    moved: set[str] = set()
    for i in range(len(stories)):
        if data.draw(st.booleans()):
            new = f"s{data.draw(st.integers(0, 3))}"
            if new != stories[i]:
                moved |= {stories[i], new}
                stories[i] = new
    new_articles["story_id"] = stories
    changed = np.array([data.draw(st.booleans()) for _ in range(len(events))], dtype=bool)
    new_events = events.copy()
    new_events.loc[changed, "period_cluster"] = "c9"
    stored = new_events.assign(cluster_id=pd.array(earlier, dtype="string"))
    found = happenings.update(stored, new_articles, changed, moved)
    full = happenings.follow_stories(new_events, new_articles).to_numpy(object, na_value=None)
    assert found.tolist() == full.tolist()
    order = data.draw(st.permutations(range(len(new_events))))
    shuffled = happenings.follow_stories(new_events.iloc[list(order)], new_articles)
    shuffled = shuffled.to_numpy(object, na_value=None)
    assert dict(zip(new_events.event_id.iloc[list(order)], shuffled, strict=True)) == dict(
        zip(new_events.event_id, full, strict=True)
    )


WIRE = (
    "The Collective Security Treaty Organization summit opened in Yerevan yesterday, with "
    "the leaders of Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan meeting Armenian "
    "Prime Minister Nikol Pashinyan behind closed doors. Pashinyan said the alliance had "
    "not reacted to the attack on Armenia's sovereign territory in September and that he "
    "would not sign the draft declaration on assistance to Armenia in its present form. "
    "Secretary General Stanislav Zas told reporters that the member states would return "
    "to the document once the monitoring mission had reported on the border situation."
)


def test_the_chronology_report_lists_a_late_repost_as_a_source_of_one_entry(
    tmp_path: Path, raw_dir: Path
) -> None:
    """A wire story and its repost a day later (its "yesterday" a day later too): notebook
    04 shows the happening once, with both articles and both outlets as its sources."""
    raw = tmp_path / "raw"
    shutil.copytree(raw_dir, raw)
    (raw / "006_wire.txt").write_text(f"CSTO summit opens in Yerevan\n\n{WIRE}\n", encoding="utf-8")
    repost = f"Armenia at the CSTO summit\n\n{WIRE}\n\nFollow us on Telegram for the latest news.\n"
    (raw / "007_repost.txt").write_text(repost, encoding="utf-8")
    with (raw / "metadata.csv").open("a", encoding="utf-8") as fh:
        fh.write("006_wire.txt,TASS,,2022-11-24,CSTO summit opens in Yerevan,\n")
        fh.write("007_repost.txt,Panorama.am,,2022-11-25,Armenia at the CSTO summit,\n")
    processed = tmp_path / "processed"
    build(raw, processed)
    events = read_corpus(processed).events.set_index("event_id")
    wire, copy = events.loc["006_wire:e000"], events.loc["007_repost:e000"]
    assert wire.date_text == copy.date_text == "yesterday"
    assert wire.period_cluster != copy.period_cluster  # a day apart: split by period
    assert wire.cluster_id == copy.cluster_id  # one happening
    books = tmp_path / "notebooks"
    books.mkdir()
    shutil.copy(ROOT / "notebooks" / "04_event_chronology.ipynb", books)
    out = tmp_path / "out"
    argv = ["reports", str(processed), "--out", str(out), "--notebooks", str(books)]
    assert cli.main([*argv, "--jobs", "1"]) == 0
    page = (out / "04_event_chronology.html").read_text(encoding="utf-8")
    entries = page.split("The sentences behind each date")[0]  # (then the evidence)
    sources = re.findall(r"<td>([^<]*\b00[67]_\w+[^<]*)</td>", entries)
    # the summit: one entry, both sources (with the seeds that report it: corroboration)
    assert sources and all("006_wire, 007_repost" in cell for cell in sources)  # no copy apart
    assert "TASS, Panorama.am" in entries
