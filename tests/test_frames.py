"""Reporting frames as data (cscaucasus.frames) and the statements they give."""

from __future__ import annotations

import pandas as pd
import pytest

from cscaucasus.evaluate import statements_for_texts
from cscaucasus.frames import object_candidates


def rows(text: str, published: str = "2024-03-01") -> list[tuple]:
    st = statements_for_texts({"a": text}, {"a": published})
    return [(r.speaker, r.kind, r.cue, r.text) for r in st.itertuples()]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # TASS: a title, a name, a speech act with a noun phrase
        (
            "Russian Deputy Foreign Minister Andrei Rudenko stressed the need for a "
            "settlement based on the trilateral statements.",
            "Andrei Rudenko",
            "stressed",
            "the need for a settlement based on the trilateral statements",
        ),
        # Azatutyun: "denounced X as Y"
        (
            "Pashinyan denounced the alliance as ineffective during a session on Wednesday.",
            "Nikol Pashinyan",
            "denounced",
            "the alliance as ineffective during a session on Wednesday",
        ),
        # Armenpress: an institution reaffirms
        (
            "The Armenian Foreign Ministry reaffirmed its commitment to the peace agenda.",
            "Armenian Foreign Ministry",
            "reaffirmed",
            "its commitment to the peace agenda",
        ),
        # APA: expressed + a feeling
        (
            "Zakharova expressed concern over the growing Western presence in the region.",
            "Maria Zakharova",
            "expressed",
            "concern over the growing Western presence in the region",
        ),
        # RIA Novosti / OC Media: capitals and states speak for their governments
        (
            "Moscow rejects the idea that the CSTO failed Armenia.",
            "Russia",
            "rejects",
            "the idea that the CSTO failed Armenia",
        ),
        (
            "Yerevan has called for an international mission in the region.",
            "Armenia",
            "called for",
            "an international mission in the region",
        ),
        (
            "Armenia formally requested that the CSTO send a fact-finding mission.",
            "Armenia",
            "requested",
            "the CSTO send a fact-finding mission",
        ),
    ],
)
def test_object_frames(text, speaker, cue, content):
    assert rows(text) == [(speaker, "indirect", cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Aliyev welcomed the delegation at the airport on Monday.",  # a person object
        "Lavrov welcomed Pashinyan to the talks in Moscow.",
        "Zakharova expressed goods to the region by rail.",  # no feeling after "expressed"
        "Peskov dismissed the reports saying Putin had fallen ill.",  # the reports' words
        "Pashinyan denied saying that the bloc was dead.",
        "The Charter stresses the need for collective defence of all members.",  # a document
        "Putin noted, pointing out their undoubtedly acute nature.",  # no object
    ],
)
def test_no_statement_without_the_frame(text):
    assert rows(text) == []


def test_candidates_are_records_without_a_speaker():
    c = object_candidates("Lavrov welcomed the decision to resume talks.", 0, [(0, 45)])
    assert [(x.verb, x.start, x.end) for x in c] == [("welcomed", 16, 45)]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # TASS: the statement of a body, its issuer named after the document noun
        (
            "The CSTO secretariat issued a statement on Friday.\n“The bloc remains open to "
            "dialogue with Yerevan,” reads the statement of the bloc's secretariat.",
            "CSTO",
            "reads the statement",
            "The bloc remains open to dialogue with Yerevan",
        ),
        # Armenpress: the document before the quote, its issuer named just before
        (
            "Armenia's Foreign Ministry issued a statement.\nThe statement reads: “Armenia "
            "will not attend the summit in Minsk.”",
            "Armenian Foreign Ministry",
            "The statement reads",
            "Armenia will not attend the summit in Minsk",
        ),
        # AFP / Reuters: an office speaks for its owner
        (
            "Ilham Aliyev received the delegation. His office said the sides discussed the "
            "peace treaty.",
            "Ilham Aliyev",
            "said",
            "the sides discussed the peace treaty",
        ),
        # the gazetteer's office of the owner's role
        (
            "In Yerevan, Prime Minister Nikol Pashinyan's office said the government was "
            "ready to receive refugees.",
            "Office of the Prime Minister of Armenia",
            "said",
            "the government was ready to receive refugees",
        ),
        # RIA Novosti: "in a statement posted on its website that": no second cue
        (
            "The Russian Foreign Ministry said in a statement posted on its website that it "
            "regretted the decision.",
            "Russian Foreign Ministry",
            "said",
            "it regretted the decision",
        ),
    ],
)
def test_documents_and_offices_as_sources(text, speaker, cue, content):
    assert [(s, c, t) for s, _, c, t in rows(text)] == [(speaker, cue, content)]


def test_headlines_in_the_text_are_flagged():
    text = (
        "Armenia is not leaving the bloc — Kremlin\n"
        "MOSCOW, March 1 (TASS) - Armenia has not notified Moscow of any plan to leave the "
        "CSTO, Kremlin spokesman Dmitry Peskov said.\n"
        "Peskov: no talks on the exit\n"
        "Peskov said more talks would follow."
    )
    st = statements_for_texts({"a": text}, {"a": "2024-03-01"})
    got = st[["speaker", "cue", "in_headline", "text"]].values.tolist()
    assert got == [
        ["Kremlin", "headline", True, "Armenia is not leaving the bloc"],
        [  # (the wire dateline is not Peskov's words)
            "Dmitry Peskov",
            "said",
            False,
            "Armenia has not notified Moscow of any plan to leave the CSTO",
        ],
        ["Dmitry Peskov", "headline", True, "no talks on the exit"],
        ["Dmitry Peskov", "said", False, "more talks would follow"],
    ]


def test_headlines_of_the_title_index_the_title():
    import pandas as pd

    from cscaucasus.actors import find_mentions, load_actors
    from cscaucasus.schema import typed
    from cscaucasus.segment import segment
    from cscaucasus.statements import attribute

    articles = typed(
        pd.DataFrame(
            {
                "article_id": ["a", "b", "c"],
                "text": ["Nothing was said.", "Nothing was said.", "Nothing was said."],
                "title": [
                    "Armenia is not leaving the bloc — Kremlin",
                    "Pashinyan says Armenia may leave the CSTO",
                    "Armenia–Azerbaijan peace talks resume in Washington",  # no source
                ],
                "published": [pd.Timestamp("2024-03-01")] * 3,
            }
        ),
        "articles",
    )
    actors = load_actors()
    paragraphs, sentences = segment(articles)
    mentions = find_mentions(articles, sentences, actors)
    st, _ = attribute(articles, paragraphs, sentences, mentions, actors)
    got = st[["statement_id", "speaker", "cue", "paragraph_id", "in_headline"]].values.tolist()
    assert got == [
        ["a:000", "Kremlin", "headline", -1, True],
        ["b:000", "Nikol Pashinyan", "says", -1, True],
    ]
    titles = dict(zip(articles["article_id"], articles["title"], strict=True))
    assert all(titles[r.article_id][r.start : r.end] == r.text for r in st.itertuples())


@pytest.mark.parametrize(
    "text",
    [
        'Andrei Rudenko arrived in Yerevan. “We are ready to help," Rudenko said.',  # “…"
        'Andrei Rudenko arrived in Yerevan. "We are ready to help,” Rudenko said.',  # "…”
        'Andrei Rudenko arrived in Yerevan. ‘We are ready to help," Rudenko said.',  # ‘…"
    ],
)
def test_quote_marks_as_printed(text):
    assert rows(text) == [("Andrei Rudenko", "direct", "said", "We are ready to help")]


def test_a_quote_goes_on_into_the_next_paragraph_without_reopening():
    text = (
        "Pashinyan spoke to reporters. “The CSTO did not fulfil its obligations to Armenia,\n"
        "and we have drawn our conclusions,” he said."
    )
    assert rows(text) == [
        (
            "Nikol Pashinyan",
            "direct",
            "said",
            "The CSTO did not fulfil its obligations to Armenia,\nand we have drawn our "
            "conclusions",
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # RIA Novosti: a quoted feeling after "expressed"
        (
            "The Russian Embassy in Armenia expressed ‘bewilderment’ at the remarks.",
            "Russian Embassy in Armenia",
            "‘bewilderment’ at the remarks",
        ),
        # APA: a person's words as the object are no person object
        (
            "Grigoryan spoke on Monday.\nAzerbaijan's Foreign Ministry rejected Grigoryan's "
            "statements as an attempt to justify provocations.",
            "Azerbaijani Foreign Ministry",
            "Grigoryan's statements as an attempt to justify provocations",
        ),
        # Armenpress: "it" in the sentence of the body it stands for
        (
            "The Ministry of Defense of Armenia has issued a statement in which it expresses "
            "concern over the continued blockade of the Lachin Corridor.",
            "Armenian Defence Ministry",
            "concern over the continued blockade of the Lachin Corridor",
        ),
    ],
)
def test_more_object_frames(text, speaker, content):
    assert [(s, t) for s, _, _, t in rows(text)] == [(speaker, content)]


def test_an_object_verb_has_no_subject_after_it():
    # not "…, accused the government": the government is the object, the lawmakers speak
    text = (
        "Opposition lawmakers, meanwhile, accused the government of deliberately dismantling "
        "Armenia’s security system."
    )
    # unnamed lawmakers speak (speaker None), never "Armenia"
    assert [s for s, _, _, _ in rows(text) if not pd.isna(s)] == []


def test_a_quote_that_ends_its_sentence_takes_no_cue_from_the_next():
    text = (
        'Protesters gathered outside the government building, chanting "Nikol, traitor". '
        "Prime Minister Nikol Pashinyan said Armenia had not been involved in the fighting."
    )
    assert [(s, k) for s, k, _, _ in rows(text)] == [("Nikol Pashinyan", "indirect")]


def test_a_title_introduced_in_the_article_resolves_a_role_noun_in_title_case():
    text = (
        "ASTANA. President Kassym-Jomart Tokayev addressed the troops on Thursday.\n"
        '"The peacekeepers fulfilled their task with honour," the President said.'
    )
    assert rows(text, "2022-01-13")[0][0] == "Kassym-Jomart Tokayev"


@pytest.mark.parametrize(
    ("headline", "speaker", "kind", "content"),
    [
        # Reuters, AP: the source last after a comma
        (
            "Armenia freezes participation in Russia-led security bloc, Pashinyan says",
            "Nikol Pashinyan",
            "indirect",
            "Armenia freezes participation in Russia-led security bloc",
        ),
        # Title Case is no institution's name (Politico, Eurasianet)
        (
            "Kremlin Says Armenia's EU Bid Incompatible With Eurasian Union",
            "Kremlin",
            "indirect",
            "Armenia's EU Bid Incompatible With Eurasian Union",
        ),
        # RIA Novosti: a verb headline with a colon in its content
        (
            "Moscow rejects Yerevan's accusations: CSTO did its job",
            "Russia",
            "indirect",
            "Yerevan's accusations: CSTO did its job",
        ),
        # BelTA: where the source spoke, then the quote
        (
            "Lukashenko at CSTO summit: ‘Armenia should come back’",
            "Aleksandr Lukashenko",
            "direct",
            "Armenia should come back",
        ),
        # Kommersant, Meduza: the quote first
        (
            "«We are not going to be anyone's outpost»: Pashinyan on the CSTO and the West",
            "Nikol Pashinyan",
            "direct",
            "We are not going to be anyone's outpost",
        ),
    ],
)
def test_headline_styles(headline, speaker, kind, content):
    st = statements_for_texts({"a": headline + "\nYEREVAN - The story."}, {"a": "2024-03-01"})
    assert st[["speaker", "kind", "in_headline", "text"]].values.tolist() == [
        [speaker, kind, True, content]
    ]
