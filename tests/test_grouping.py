"""Grouping statements by speaker, affiliation, actor type or outlet (``by=``)."""

from __future__ import annotations

import pandas as pd
import pytest

from cscaucasus import analysis


def test_affiliation_puts_a_person_with_their_organisation(seed_corpus):
    st, actors = seed_corpus.statements, seed_corpus.actors
    by_speaker = analysis.sentiment_by_actor(st)
    by_side = analysis.sentiment_by_actor(st, by="affiliation", actors=actors)
    assert list(by_side.columns)[0] == "affiliation"
    sides = dict(zip(actors.name, actors.affiliation.fillna(""), strict=True))
    cst = by_speaker[by_speaker.speaker.map(lambda s: s == "CSTO" or sides.get(s) == "CSTO")]
    assert by_side.set_index("affiliation").loc["CSTO", "n"] == cst.n.sum()  # Zas + CSTO
    assert by_side.n.sum() == by_speaker.n.sum()  # every statement counts once


def test_type_and_outlet_groupings_count_every_statement_once(seed_corpus):
    st = seed_corpus.statements
    total = analysis.statements_per_actor(st).statements.sum()
    by_type = analysis.statements_per_actor(st, by="type", actors=seed_corpus.actors)
    by_outlet = analysis.statements_per_actor(st, by="outlet", articles=seed_corpus.articles)
    assert set(by_type.type) <= {"person", "organization", "state", "unknown"}
    assert by_type.statements.sum() == by_outlet.statements.sum() == total
    assert set(by_outlet.outlet) <= set(seed_corpus.articles.outlet)
    month = analysis.statements_per_month(st, seed_corpus.articles, by="outlet")
    assert month.statements.sum() == total and "outlet" in month.columns


def test_targets_are_grouped_too(seed_corpus):
    pairs = analysis.who_talks_about_whom(
        seed_corpus.statements, by="affiliation", actors=seed_corpus.actors
    )
    assert not (pairs.affiliation == pairs.target).any()
    assert "Stanislav Zas" not in set(pairs.target)  # he counts as the CSTO


def test_a_grouping_names_what_it_needs(seed_corpus):
    with pytest.raises(TypeError, match=r"by='affiliation' needs actors="):
        analysis.sentiment_by_actor(seed_corpus.statements, by="affiliation")
    with pytest.raises(TypeError, match=r"by='outlet' needs articles="):
        analysis.statements_per_actor(seed_corpus.statements, by="outlet")
    with pytest.raises(ValueError, match="by must be one of speaker, affiliation, type, outlet"):
        analysis.sentiment_by_actor(seed_corpus.statements, by="party")


def test_statements_by_groups_speakers_per_outlet_and_month(seed_corpus):
    st, actors, articles = seed_corpus.statements, seed_corpus.actors, seed_corpus.articles
    per_speaker = analysis.statements_by(st, articles, per="outlet")
    per_side = analysis.statements_by(st, articles, per="outlet", by="affiliation", actors=actors)
    assert list(per_side.columns) == ["affiliation", "outlet", "statements"]
    assert per_side.statements.sum() == per_speaker.statements.sum()  # each counted once
    sides = dict(zip(actors.name, actors.affiliation.fillna(""), strict=True))
    csto = per_speaker[per_speaker.speaker.map(lambda s: s == "CSTO" or sides.get(s) == "CSTO")]
    got = per_side[per_side.affiliation == "CSTO"].set_index("outlet").statements
    assert got.to_dict() == csto.groupby("outlet").statements.sum().to_dict()  # Zas + CSTO
    assert "Stanislav Zas" not in set(per_side.affiliation)
    by_outlet = analysis.statements_by(st, articles, per="month", by="outlet")
    per_month = analysis.statements_per_month(st, articles, by="outlet")
    assert by_outlet.statements.sum() == per_month.statements.sum()
    assert set(by_outlet.outlet) <= set(articles.outlet)


def test_statements_by_refuses_a_grouping_that_is_its_column(seed_corpus):
    st, articles = seed_corpus.statements, seed_corpus.articles
    with pytest.raises(ValueError, match=r"by='outlet' cannot group the speakers counted per"):
        analysis.statements_by(st, articles, per="outlet", by="outlet")
    with pytest.raises(ValueError, match=r"the column counted per is per="):
        analysis.statements_by(st, articles, by="month")  # the old keyword for per=


def test_top_words_by_affiliation(seed_corpus):
    st, actors = seed_corpus.statements, seed_corpus.actors
    words = analysis.top_words(st, by="affiliation", actors=actors, n=50)
    assert list(words.columns) == ["affiliation", "word", "contribution", "count"]
    assert "Stanislav Zas" not in set(words.affiliation) and "CSTO" in set(words.affiliation)
    # the same as relabelling each speaker by hand with the gazetteer's affiliation
    sides = dict(zip(actors.name, actors.affiliation.fillna(""), strict=True))
    by_hand = st.assign(speaker=st.speaker.map(lambda s: s if pd.isna(s) else sides.get(s) or s))
    expected = analysis.top_words(by_hand, n=50).rename(columns={"speaker": "affiliation"})
    pd.testing.assert_frame_equal(words, expected)
    assert not words.equals(analysis.top_words(st, n=50).rename(columns={"speaker": "affiliation"}))
    by_type = analysis.top_words(st, by="type", actors=actors)
    assert set(by_type.type) <= {"person", "organization", "state", "unknown"}
    with pytest.raises(TypeError, match=r"by='outlet' needs articles="):
        analysis.top_words(st, by="outlet")
