"""Grouping statements by speaker, affiliation, actor type or outlet (``by=``)."""

from __future__ import annotations

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
